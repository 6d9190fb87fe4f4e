"""GUI test fixtures: the green prompt stays out of the way of tests about other things.

Saving an own-car trip in the trip dialog opens the green prompt, a modal dialog that waits
for an answer. Tests of the trip form, the main window and the like are not about that
answer, so the prompt is bypassed for them (the dialog saves as it did before the prompt).
Tests of the prompt itself mark themselves ``@pytest.mark.green_prompt`` and get the real
thing (tests/gui/test_green_prompt.py).
"""

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from resebok.gui.i18n import apply_language, ui_language
from resebok.gui.trip_dialog import TripDialog


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "green_prompt: the trip dialog opens the real green prompt for own-car trips"
    )


@pytest.fixture(autouse=True)
def swedish_user_interface(qapp):
    """The application's default language, as create_application() sets it: Swedish, with the
    singular forms of counted messages ("1 resa") from resebok_sv.qm. A test that switches to
    English gets Swedish back afterwards."""
    apply_language(qapp, "sv")
    yield
    if ui_language() != "sv":
        apply_language(qapp, "sv")


@pytest.fixture(autouse=True)
def bypass_green_prompt(request, monkeypatch):
    if request.node.get_closest_marker("green_prompt") is None:
        monkeypatch.setattr("resebok.gui.trip_dialog.needs_green_prompt", lambda *_args: False)


@pytest.fixture
def open_dialog(request, qtbot, db):
    """Open a trip dialog on screen (offscreen in CI), as the main window would, with the test
    module's ``TODAY`` as its today."""
    dialogs: list[TripDialog] = []

    def opener(**kwargs) -> TripDialog:
        dialog = TripDialog(db, today=request.module.TODAY, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialogs.append(dialog)
        return dialog

    yield opener
    # Delete the dialogs now, while the database is still open: a closed dialog must not
    # outlive its test and react to the next test's focus changes.
    for dialog in dialogs:
        dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
