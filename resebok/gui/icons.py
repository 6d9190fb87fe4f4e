"""The application icon, from the PNGs rendered out of resources/icons/resebok.svg.

PNGs rather than the SVG, so that the icon does not depend on Qt's SVG plugin being present
in a frozen build, and looks hand-sized at 16 px.
"""

from PySide6.QtGui import QIcon, QPixmap

from resebok.core.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_file(size: int) -> str:
    return str(resource_path(f"icons/resebok-{size}.png"))


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(icon_file(size))
    return icon


def app_pixmap(size: int) -> QPixmap:
    """The icon at *size* px, for the About dialog and the wizard's logo."""
    return app_icon().pixmap(size, size)
