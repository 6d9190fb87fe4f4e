"""The colours of the GUI's messages and hints, so that an error looks the same on every page.

Labels take these as style sheets (``label.setStyleSheet(ERROR_STYLE)``), rich text inside a
span (``f"<span style='{MUTED_STYLE}'>…</span>"``).
"""

from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b3261e;"  # something was refused or failed
WARNING_STYLE = "color: #8a4b00;"  # worth a second look, but allowed
OK_STYLE = "color: #2e7d32;"  # done, saved
MUTED_STYLE = "color: #5f6368;"  # an explanation, hint or caption next to what matters
# A boxed note above a form: a locked trip, a returned claim's comment.
NOTICE_BANNER_STYLE = (
    "QLabel { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; padding: 6px; }"
)
# A yellow warning about the database file: read-only, or on a network drive.
WARNING_BANNER_STYLE = (
    "QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e0c060; "
    "border-radius: 4px; padding: 6px; }"
)


def error_label(object_name: str = "") -> QLabel:
    """A red, wrapping label, hidden until a refusal is put in it."""
    label = QLabel(objectName=object_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def muted_label(text: str = "", object_name: str = "") -> QLabel:
    """A grey, wrapping label: the explanation or hint that goes with a control."""
    label = QLabel(text, objectName=object_name)
    label.setStyleSheet(MUTED_STYLE)
    label.setWordWrap(True)
    return label
