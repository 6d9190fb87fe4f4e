"""Shared steps for the claim GUI tests: log trips, answer dialogs, stand in for file choices."""

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from resebok.core.attest import add_attestant_unit
from resebok.core.claims import approve_claim, build_claim, submit_claim
from resebok.core.models import Trip
from resebok.core.org import add_employee
from resebok.core.trips import save_trip

TODAY = date(2026, 11, 27)
ROUND = ("Kommunhuset Lekeberg", "Hagaskolan", "Kommunhuset Lekeberg")
ACTOR = "Testare"


def log_trip(db, org, day, km, stops=ROUND, employee=None, **changes):
    employee = employee or org.cleaner
    trip = Trip(
        day, employee.id, employee.unit_id, [org.place(db, n) for n in stops], km, **changes
    )
    return save_trip(db, trip, TODAY)


def submitted_claim(db, org, month="2026-10", km=12.3, employee=None):
    employee = employee or org.cleaner
    log_trip(db, org, date.fromisoformat(month + "-05"), km, employee=employee)
    claim = build_claim(db, employee.id, month, employee.name)
    return submit_claim(db, claim.id, employee.name)


def approved_claim(db, org, month="2026-10", km=12.3, employee=None):
    claim = submitted_claim(db, org, month, km, employee)
    return approve_claim(db, claim.id, "Karin Chef")


def add_chef(db, org):
    """The head of the department, who attests the cleaning unit."""
    chef = add_employee(db, "9001", "Karin Chef", org.department.id)
    add_attestant_unit(db, chef.id, org.cleaning.id)
    return chef


def add_cleaner(db, org, number="1002", name="Cecilia Berg"):
    fjugesta = org.place(db, "Fjugesta")
    return add_employee(db, number, name, org.cleaning.id, fjugesta, fjugesta, 0.0)


def when_dialog_opens(qtbot, handle, kind=None):
    """Run *handle(dialog)* on the next modal dialog (of *kind*), as the user would act on it."""

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None or (kind is not None and not isinstance(dialog, kind)):
            QTimer.singleShot(20, act)
            return
        handle(dialog)

    QTimer.singleShot(0, act)


def answer_questions(monkeypatch, answer=QMessageBox.StandardButton.Yes):
    """QMessageBox.question answers *answer*; returns the texts it was asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def capture_messages(monkeypatch):
    """Information and warning boxes are recorded instead of shown."""
    shown: list[tuple[str, str]] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda _parent, title, text, *_a, _kind=name, **_k: shown.append((_kind, text)),
        )
    return shown


def save_to(monkeypatch, path):
    """The save-file dialog chooses *path*; returns the captions and proposed names it got."""
    asked: list[tuple[str, str]] = []

    def choose(_parent, caption, proposed, _filter, *_args, **_kwargs):
        asked.append((caption, proposed))
        return str(path), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return asked


def no_desktop(monkeypatch):
    """Opening a file with the desktop's program is recorded, not done."""
    opened: list[str] = []

    def open_url(url):
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return opened
