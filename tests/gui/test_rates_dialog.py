"""Ersättningsnivåer: rate periods edited with the core's messages, and the home-rule switch."""

from datetime import date

import pytest
from claim_gui_helpers import TODAY, answer_questions, log_trip, when_dialog_opens
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from resebok.core.rates import RateKind, list_rate_periods
from resebok.core.settings import get_setting
from resebok.core.trips import get_trip
from resebok.gui.main_window import MainWindow
from resebok.gui.rates_dialog import RatePeriodDialog, RatesPage


@pytest.fixture
def page(qtbot, db, org):
    widget = RatesPage(db, today=TODAY)
    qtbot.addWidget(widget)
    return widget


def _employer_periods(db):
    return list_rate_periods(db, RateKind.EMPLOYER)


def test_page_lists_both_kinds_of_periods(page):
    model = page.table.model()
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert ["Arbetsgivarens ersättning (avtal)", "(tidigare)", "tills vidare"] == rows[0][:3]
    assert rows[0][3] == "25,00\u00a0kr/mil"
    assert ["Skattefri ersättning (Skatteverket)", "(tidigare)", "2022-12-31"] == rows[1][:3]
    assert rows[1][3] == "18,50\u00a0kr/mil"
    assert rows[2][1:3] == ["2023-01-01", "tills vidare"]


def test_bad_input_shows_the_message_and_saves_nothing(qtbot, db, page):
    before = list_rate_periods(db)
    dialog = RatePeriodDialog(db, page, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.rate.setText("tjugo")
    dialog.save()
    assert "Ange beloppet i kronor" in dialog.error_text()
    dialog.rate.setText("30,00")  # overlaps the open-ended default period
    dialog.save()
    assert "överlappar" in dialog.error_text()
    assert dialog.result() != RatePeriodDialog.DialogCode.Accepted
    dialog.valid_from.set_value(date(2027, 1, 1))
    dialog.valid_to.set_value(date(2026, 12, 31))
    dialog.save()
    assert "slutdatum ligger före startdatumet" in dialog.error_text()
    assert list_rate_periods(db) == before


def test_end_the_default_period_and_add_a_new_rate(qtbot, db, page):
    (default,) = _employer_periods(db)
    assert page.select_period(default.id)

    def end_it(dialog: RatePeriodDialog):
        assert not dialog.kind.isEnabled()
        dialog.valid_to.set_value(date(2026, 12, 31))
        dialog.save()

    when_dialog_opens(qtbot, end_it, RatePeriodDialog)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert _employer_periods(db)[0].valid_to == date(2026, 12, 31)
    assert "Perioden ändrades" in page.message.text()

    def add(dialog: RatePeriodDialog):
        assert dialog.kind.currentData() == "employer"
        dialog.valid_from.date.setDate(QDate(2027, 1, 1))
        dialog.rate.setText("30,50")
        dialog.note.setText("Nytt avtal")
        dialog.save()

    when_dialog_opens(qtbot, add, RatePeriodDialog)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    new = _employer_periods(db)[-1]
    assert (new.valid_from, new.valid_to, new.ore_per_mil, new.note) == (
        date(2027, 1, 1),
        None,
        3050,
        "Nytt avtal",
    )
    assert page.table.current_record().id == new.id


def test_delete_asks_first(qtbot, db, page, monkeypatch):
    (default,) = _employer_periods(db)
    page.select_period(default.id)
    answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    page.delete_selected()
    assert _employer_periods(db) == [default]
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert _employer_periods(db) == []
    assert "togs bort" in page.message.text()


def test_home_rule_switch_recomputes_unlocked_trips(qtbot, db, org, page):
    stops = ("Kumla", "Hallsbergs kommunhus")
    trip = log_trip(db, org, date(2026, 10, 6), 40.0, stops, org.archivist)
    assert get_trip(db, trip.id).reduction_km == 28.0
    assert page.home_rule.isChecked()
    page.home_rule.setChecked(False)
    assert get_setting(db, "home_commute_reduction") is False
    assert get_trip(db, trip.id).reduction_km == 0.0
    assert "1 resa räknades om" in page.home_message.text()
    page.home_rule.setChecked(True)
    assert get_trip(db, trip.id).reduction_km == 28.0


def test_rates_are_under_the_administration_menu(qtbot, db, org, tmp_path):
    window = MainWindow(db, tmp_path / "x.sqlite")
    qtbot.addWidget(window)
    texts = [action.text() for action in window.admin_menu.actions()]
    assert "&Ersättningsnivåer…" in texts
