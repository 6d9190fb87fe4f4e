"""Render resources/icons/resebok.svg to the PNG sizes desktops ask for, and a Windows .ico.

Run it after changing the SVG; the PNGs and the .ico are committed so that neither a build nor
the application needs an SVG renderer (Qt's SVG image plugin is then optional in the bundle).

    .venv/bin/python installer/render_icons.py
"""

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "resebok.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
# Windows Explorer and the Start menu pick from these; 256 is stored as PNG, as Vista+ expects.
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def png_path(size: int) -> Path:
    return ICONS / f"resebok-{size}.png"


def render_pngs() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        if not image.save(str(png_path(size)), "PNG"):
            raise SystemExit(f"could not write {png_path(size)}")


def write_ico() -> None:
    """An .ico whose entries are the PNGs themselves (valid since Windows Vista)."""
    images = [(size, png_path(size).read_bytes()) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in images:
        dimension = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    (ICONS / "resebok.ico").write_bytes(header + entries + b"".join(d for _, d in images))


if __name__ == "__main__":
    render_pngs()
    write_ico()
    print(f"wrote {len(SIZES)} PNGs and resebok.ico to {ICONS}")
