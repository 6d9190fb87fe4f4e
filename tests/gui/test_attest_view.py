"""The attest view as a manager uses it: see the flags, approve several, return with a comment."""

from datetime import date

import pytest
from claim_gui_helpers import (
    ACTOR,
    add_chef,
    add_cleaner,
    capture_messages,
    log_trip,
    submitted_claim,
    when_dialog_opens,
)
from PySide6.QtCore import QSettings, Qt

from resebok.core.attest import add_attestant_unit
from resebok.core.audit import claim_log
from resebok.core.claims import ClaimState, build_claim, get_claim, reopen_claim, submit_claim
from resebok.core.distance import suggest_km
from resebok.core.org import add_employee
from resebok.gui.attest_view import AttestView
from resebok.gui.comment_dialog import CommentDialog


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def chef(db, org):
    return add_chef(db, org)


@pytest.fixture
def two_claims(db, org, chef):
    colleague = add_cleaner(db, org)
    first = submitted_claim(db, org, "2026-10", 12.3)
    second = submitted_claim(db, org, "2026-10", 20.0, employee=colleague)
    return first, second


def _view(qtbot, db, settings) -> AttestView:
    view = AttestView(db, actor=ACTOR, settings=settings)
    qtbot.addWidget(view)
    return view


def test_manager_approves_two_claims_in_one_step(qtbot, db, chef, two_claims, settings):
    view = _view(qtbot, db, settings)
    assert view.attestant_id() == chef.id
    assert "Lokalvårdsenheten" in view.units.text()
    assert {item.claim.id for item in view.items()} == {c.id for c in two_claims}
    assert not view.approve_button.isEnabled()

    qtbot.mouseClick(view.all_button, Qt.MouseButton.LeftButton)
    assert view.approve_button.text() == "&Attestera (2)"
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)

    for claim in two_claims:
        approved = get_claim(db, claim.id)
        assert approved.state == ClaimState.APPROVED
        assert approved.approved_by == ACTOR
    assert view.items() == []
    assert "2 reseräkningar attesterades" in view.message.text()
    assert "Inga inskickade reseräkningar" in view.count.text()
    assert view.changed


def test_return_needs_a_comment_and_then_goes_back_as_draft(qtbot, db, chef, two_claims, settings):
    first, second = two_claims
    view = _view(qtbot, db, settings)
    assert view.select_claims([first.id]) == 1
    seen = {}

    def answer(dialog: CommentDialog):
        dialog.run()  # without a comment: the core refuses, the dialog says why
        seen["error"] = dialog.error_text()
        seen["state"] = get_claim(db, first.id).state
        dialog.comment.setPlainText("Ange vem du besökte den 5:e.")
        dialog.run()

    when_dialog_opens(qtbot, answer, CommentDialog)
    qtbot.mouseClick(view.return_button, Qt.MouseButton.LeftButton)

    assert seen["error"] == "Skriv en kommentar om varför reseräkningen skickas tillbaka."
    assert seen["state"] == ClaimState.SUBMITTED
    returned = get_claim(db, first.id)
    assert returned.state == ClaimState.DRAFT
    assert returned.return_comment == "Ange vem du besökte den 5:e."
    assert claim_log(db, first.id)[-1].actor == ACTOR
    assert get_claim(db, second.id).state == ClaimState.SUBMITTED
    assert [item.claim.id for item in view.items()] == [second.id]
    assert "skickades tillbaka" in view.message.text()


def test_cancelled_return_changes_nothing(qtbot, db, chef, two_claims, settings):
    view = _view(qtbot, db, settings)
    view.table.selectAll()
    when_dialog_opens(qtbot, lambda dialog: dialog.reject(), CommentDialog)
    view.return_selected()
    assert all(get_claim(db, c.id).state == ClaimState.SUBMITTED for c in two_claims)


def test_flags_show_what_deserves_a_look(qtbot, db, org, settings):
    chef = add_employee(db, "9002", "Helena Chef", org.department.id)
    add_attestant_unit(db, chef.id, org.archive.id)
    archivist = org.archivist
    home_trip = ("Kumla", "Hallsbergs kommunhus", "Arkivdepå Fjugesta")
    normal = suggest_km(db, [org.place(db, name) for name in home_trip]).km
    log_trip(db, org, date(2026, 10, 6), normal, home_trip, archivist, from_home=True)
    log_trip(db, org, date(2026, 10, 7), 90.0, ("Arkivdepå Fjugesta", "Laxå kommunhus"), archivist)
    claim = build_claim(db, archivist.id, "2026-10", archivist.name)
    submit_claim(db, claim.id, archivist.name)

    view = _view(qtbot, db, settings)
    view.choose_attestant(chef.id)
    (item,) = view.items()
    assert (item.flagged_trips, item.home_trips) == (1, 1)
    model = view.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    flagged, home = headers.index("Avvikande km"), headers.index("Från bostaden")
    assert model.index(0, flagged).data() == "1"
    assert "avviker mer än 25 %" in model.index(0, flagged).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, flagged).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "började i bostaden" in model.index(0, home).data(Qt.ItemDataRole.ToolTipRole)
    without_reason = headers.index("Utan skäl")  # logged without the green prompt
    assert model.index(0, without_reason).data() == "2"
    assert "utan angivet skäl" in model.index(0, without_reason).data(Qt.ItemDataRole.ToolTipRole)
    reduction = headers.index("Avdrag km")
    assert model.index(0, reduction).data() == "28,0"


def test_the_chosen_attestant_is_remembered(qtbot, db, org, chef, settings):
    other = add_employee(db, "9002", "Helena Chef", org.department.id)
    add_attestant_unit(db, other.id, org.archive.id)
    view = _view(qtbot, db, settings)
    view.choose_attestant(other.id)
    assert "Sydnärke arkivenhet" in view.units.text()
    again = _view(qtbot, db, settings)
    assert again.attestant_id() == other.id


def test_a_refused_approval_changes_none_of_the_claims(
    qtbot, db, chef, two_claims, settings, monkeypatch
):
    view = _view(qtbot, db, settings)
    view.table.selectAll()
    first, second = two_claims
    reopen_claim(db, second.id, "Någon annan", "ändrad under tiden")  # no longer submitted
    shown = capture_messages(monkeypatch)
    view.approve_selected()
    assert shown[0][0] == "warning" and "Ingen av de markerade" in shown[0][1]
    assert get_claim(db, first.id).state == ClaimState.SUBMITTED
    assert [item.claim.id for item in view.items()] == [first.id]


def test_without_attestants_the_view_says_so(qtbot, db, org, settings):
    view = _view(qtbot, db, settings)
    assert view.attestant_id() is None
    assert "inga attestanter" in view.count.text()
    assert not view.approve_button.isEnabled()


def test_preapprovals_have_a_tab(qtbot, db, org, chef, settings):
    view = _view(qtbot, db, settings)
    assert view.tabs.widget(1) is view.preapprovals
    assert view.tabs.tabText(1) == "Förhandsgodkännanden"
