"""Swedish by default, English when chosen in the settings: texts, numbers, dates and money."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from resebok.core.models import Mode
from resebok.core.periods import Period
from resebok.core.user_config import Role, UserConfig, load_config, save_config
from resebok.gui import formatting
from resebok.gui.app import create_application
from resebok.gui.controller import fmt
from resebok.gui.i18n import apply_language, translation_file, ui_language
from resebok.gui.labels import label
from resebok.gui.main_window import MainWindow
from resebok.gui.settings_dialog import SettingsDialog


@pytest.fixture
def english(qapp):
    apply_language(qapp, "en")
    yield
    apply_language(qapp, "sv")  # tests/gui/conftest.py would too; say it here as well


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_english_translation_is_shipped():
    assert Path(translation_file("en")).is_file()
    assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&Arkiv"  # Swedish here


def test_main_window_speaks_swedish_by_default(qtbot, db):
    window = MainWindow(db, None)
    qtbot.addWidget(window)
    assert ui_language() == "sv"
    assert _menus(window) == [
        "&Arkiv",
        "&Resor",
        "Res&eräkningar",
        "Ra&pporter",
        "A&dministration",
        "&Hjälp",
    ]
    assert window.windowTitle() == "Resebok – tjänsteresor"
    assert window.db_label.text() == "Databas: i minnet"


def test_main_window_in_english(qtbot, db, english):
    window = MainWindow(db, None)
    qtbot.addWidget(window)
    assert _menus(window) == ["&File", "&Trips", "&Claims", "Re&ports", "A&dministration", "&Help"]
    assert window.windowTitle() == "Resebok – business trips"
    assert window.db_label.text() == "Database: in memory"
    assert window.new_action.text() == "&New trip…"
    headers = [window.model.headerData(n, Qt.Orientation.Horizontal) for n in range(3)]
    assert headers == ["Date", "Time", "Employee"]


def test_plural_forms_follow_the_language(qapp):
    apply_language(qapp, "sv")
    assert MainWindow.tr("%n resor importerades.", "", 1) == "1 resa importerades."
    assert MainWindow.tr("%n resor importerades.", "", 3) == "3 resor importerades."
    apply_language(qapp, "en")
    try:
        assert MainWindow.tr("%n resor importerades.", "", 1) == "1 trip was imported."
        assert MainWindow.tr("%n resor importerades.", "", 3) == "3 trips were imported."
    finally:
        apply_language(qapp, "sv")


def test_core_labels_are_shown_in_the_language(english):
    assert label(Mode.OWN_CAR) == "Own car"
    assert label(Role.ATTESTANT) == "Approver"


def test_swedish_numbers_money_and_dates(qapp):
    apply_language(qapp, "sv")
    assert formatting.format_number(1234.5, 2) == "1 234,50"
    assert formatting.format_kr(123450) == "1\u00a0234,50\u00a0kr"
    assert fmt.kr(123450) == "1 234,50"
    assert formatting.format_rate(1850) == "18,50\u00a0kr/mil"
    assert formatting.format_date(date(2026, 11, 27)) == "2026-11-27"
    assert formatting.period_label(Period(date(2021, 1, 1), date(2021, 8, 31))) == (
        "1 jan–31 aug 2021"
    )
    assert formatting.month_label("2025-01") == "januari 2025"
    assert formatting.parse_kr("1 234,50") == 123450


def test_english_numbers_money_and_dates(english):
    assert QLocale().name() == "en_GB"
    assert formatting.format_number(1234.5, 2) == "1,234.50"
    assert formatting.format_kr(123450) == "1,234.50\u00a0kr"
    assert formatting.format_kr(-5) == "-0.05\u00a0kr"
    assert fmt.kr(123450) == "1,234.50"
    assert fmt.km_text(73708) == "73,708 km"
    assert formatting.format_rate(1850) == "18.50\u00a0kr/mil"
    assert formatting.format_date(date(2026, 11, 27)) == "27/11/2026"
    assert formatting.period_label(Period(date(2021, 1, 1), date(2021, 8, 31))) == (
        "1 Jan–31 Aug 2021"
    )
    assert formatting.month_label("2025-01") == "January 2025"
    assert formatting.parse_kr("1,234.50") == 123450


def test_settings_save_the_language_and_say_when_it_applies(qtbot, tmp_path):
    path = tmp_path / "resor.sqlite"
    dialog = SettingsDialog(UserConfig(Role.EMPLOYEE, path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language_combo.currentData() == "sv"
    assert not dialog.language_note.isVisible()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.language_note.isVisible()
    assert "startar om" in dialog.language_note.text()
    dialog.accept()
    assert load_config() == UserConfig(Role.EMPLOYEE, path, language="en")


def test_the_chosen_language_is_used_at_the_next_start(qapp, tmp_path):
    save_config(UserConfig(Role.EMPLOYEE, tmp_path / "resor.sqlite", language="en"))
    try:
        create_application()
        assert ui_language() == "en"
        assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&File"
    finally:
        apply_language(qapp, "sv")
    assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&Arkiv"
    assert QLocale().name() == "sv_SE"
