"""A small dialog that asks why (a claim is returned, a claim is reopened) and then does it.

The action runs while the dialog is open: when the core refuses (a return without a comment,
a claim that somebody else moved), its Swedish message shows in the dialog, what was typed
stays, and nothing is changed. The dialog closes only when the action succeeded.
"""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from resebok.core.claims import ClaimError
from resebok.gui.styles import error_label


class CommentDialog(QDialog):
    def __init__(
        self,
        title: str,
        explanation: str,
        label: str,
        ok_text: str,
        action: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        required_message: str = "",
        placeholder: str = "",
    ) -> None:
        """*action(comment)* does the work; *required_message*, when given, is shown for an
        empty comment without calling it (the core decides for returns, so they pass none)."""
        super().__init__(parent)
        self.action = action
        self.required_message = required_message
        self.setWindowTitle(title)
        self.setMinimumWidth(480)

        intro = QLabel(explanation)
        intro.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(placeholder)
        self.comment.setFixedHeight(90)
        comment_label = QLabel(label)
        comment_label.setBuddy(self.comment)
        self.error = error_label()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("A&vbryt"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.comment.setFocus()

    def text(self) -> str:
        return self.comment.toPlainText().strip()

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.comment.setFocus()

    def run(self) -> None:
        if self.required_message and not self.text():
            self._show_error(self.required_message)
            return
        try:
            self.action(self.text())
        except ClaimError as error:
            self._show_error(str(error))
            return
        self.accept()
