"""What every Resebok PDF shares: fonts, margins, colours and the "Sida N av M" footer."""

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from resebok import __version__

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
MARGIN = 14 * mm
GREY = colors.Color(0.42, 0.42, 0.42)
RULE = colors.Color(0.75, 0.75, 0.75)


def _numbered_canvas(footer_left: str, footer_mid: str) -> Callable[..., pdf_canvas.Canvas]:
    """A canvas class that holds its pages until the end, then stamps "Sida N av M" on each.

    The total is only known once the story has been laid out, hence the two passes.
    """

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _height = A4
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(GREY)
            self.setStrokeColor(RULE)
            self.line(MARGIN, 12 * mm, width - MARGIN, 12 * mm)
            self.drawString(MARGIN, 8.5 * mm, footer_left)
            self.drawString(MARGIN, 5 * mm, footer_mid)
            self.drawRightString(width - MARGIN, 8.5 * mm, f"Sida {number} av {total}")
            self.restoreState()

    return NumberedCanvas


def write_pdf(
    out: str | Path | BinaryIO,
    story: Sequence[Flowable],
    *,
    title: str,
    author: str,
    footer_left: str,
    printed_on: date,
) -> None:
    """Lay *story* out on A4 into *out* (a path or a binary file object), footer on each page."""
    target: Any = str(out) if isinstance(out, str | Path) else out
    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=18 * mm,
        title=title,
        author=author,
        creator=f"Resebok {__version__}",
        invariant=1,
    )
    footer_mid = f"Utskriven {printed_on.isoformat()} med Resebok {__version__}"
    doc.build(list(story), canvasmaker=_numbered_canvas(footer_left, footer_mid))
