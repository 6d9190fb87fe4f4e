"""The controller's table of units as typed rows: what the view shows, and CSV and XLSX exports.

One definition of the columns serves the tree table in the controller view and
both exports, so a spreadsheet always has the columns and figures the controller saw. Values
stay typed (integers, km as floats with one decimal, money in öre, shares as fractions): the
view formats them for the eye, the CSV writer for Swedish Excel (resebok.core.csv_export) and
the XLSX writer as real numbers with number formats, so the spreadsheet can sum them.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import IO

from resebok.core.controller_summary import UnitRow, UnitTree
from resebok.core.csv_export import Text, decimal_comma, kr, to_excel_csv
from resebok.core.models import Mode
from resebok.core.periods import long_date


class ColumnKind(StrEnum):
    TEXT = "text"
    COUNT = "count"  # a whole number
    KM = "km"  # one decimal
    KR = "kr"  # the value is öre; shown and exported as kronor with two decimals
    KG = "kg"  # one decimal
    SHARE = "share"  # a fraction, shown as a percentage


@dataclass(frozen=True)
class UnitColumn:
    key: str
    header: str
    kind: ColumnKind

    @property
    def is_number(self) -> bool:
        return self.kind is not ColumnKind.TEXT


UNIT_COLUMNS: tuple[UnitColumn, ...] = (
    UnitColumn("name", "Enhet", ColumnKind.TEXT),
    UnitColumn("code", "Kod", ColumnKind.TEXT),
    UnitColumn("trips", "Resor", ColumnKind.COUNT),
    UnitColumn("km", "Körda km", ColumnKind.KM),
    UnitColumn("paid_km", "Ersatta km", ColumnKind.KM),
    UnitColumn("amount", "Ersättning (kr)", ColumnKind.KR),
    UnitColumn("tax_free", "Skattefritt (kr)", ColumnKind.KR),
    UnitColumn("taxable", "Skattepliktigt (kr)", ColumnKind.KR),
    UnitColumn("co2", "CO₂ (kg)", ColumnKind.KG),
    UnitColumn("share_of_scope", "Andel av totalen", ColumnKind.SHARE),
    UnitColumn("share_of_committee", "Andel av nämnden", ColumnKind.SHARE),
)
COLUMN_INDEX = {column.key: n for n, column in enumerate(UNIT_COLUMNS)}

KIND_LABELS = {
    "municipality": "Kommun",
    "committee": "Nämnd",
    "department": "Förvaltning",
    "unit": "Enhet",
}

Value = str | int | float | None


def unit_values(row: UnitRow, mode: Mode | None = Mode.OWN_CAR) -> tuple[Value, ...]:
    """The row's values in UNIT_COLUMNS order, rolled up through the tree.

    Shares are always of own-car km (the core's definition). A committee's share of itself
    (always 100 %) is left empty, as in the report, so the column reads as "within".
    """
    figures = row.figures(mode)
    within = None if row.unit.kind == "committee" else row.share_of_committee
    return (
        row.unit.name,
        row.unit.code,
        figures.trips,
        figures.km,
        figures.paid_km,
        figures.amount_ore,
        figures.tax_free_ore,
        figures.taxable_ore,
        round(figures.co2_kg, 1),
        row.share_of_scope,
        within,
    )


def _title(tree: UnitTree, scope_name: str, mode: Mode | None) -> str:
    what = "egen bil" if mode is Mode.OWN_CAR else "alla färdsätt"
    return f"{scope_name}: {what} {tree.period.label}, {tree.basis.label}"


# --- CSV --------------------------------------------------------------------------------------

EXTRA_HEADERS = ("Nivå", "Typ")  # the tree's depth and the unit's kind, after the name


def _csv_cell(value: Value, kind: ColumnKind) -> str | Text:
    if value is None:
        return ""
    if kind is ColumnKind.TEXT:
        return Text(str(value))
    if kind is ColumnKind.COUNT:
        return str(int(value))
    if kind is ColumnKind.KR:
        return kr(int(value))
    if kind is ColumnKind.SHARE:
        return decimal_comma(float(value) * 100, 1)
    return decimal_comma(float(value), 1)


def unit_table_csv(tree: UnitTree, mode: Mode | None = Mode.OWN_CAR) -> bytes:
    """The table for Swedish Excel: UTF-8 with BOM, semicolons, decimal comma, shares in %.

    A level and a kind column keep the tree readable in a flat sheet; names are neutralised
    against formula injection (resebok.core.csv_export).
    """
    header = [UNIT_COLUMNS[0].header, *EXTRA_HEADERS]
    for column in UNIT_COLUMNS[1:]:
        header.append(f"{column.header} (%)" if column.kind is ColumnKind.SHARE else column.header)
    rows = []
    for row in tree.rows:
        values = unit_values(row, mode)
        cells: list[str | Text] = [
            _csv_cell(values[0], ColumnKind.TEXT),
            str(row.depth),
            KIND_LABELS.get(row.unit.kind, row.unit.kind),
        ]
        cells += [
            _csv_cell(value, column.kind)
            for value, column in zip(values[1:], UNIT_COLUMNS[1:], strict=True)
        ]
        rows.append(cells)
    return to_excel_csv(header, rows)


# --- XLSX -------------------------------------------------------------------------------------

# Excel's format codes are written in the file's own (English) notation; Excel shows them in
# the reader's locale, so Swedish Excel displays "1 234,5".
XLSX_FORMATS = {
    ColumnKind.COUNT: "#,##0",
    ColumnKind.KM: "#,##0.0",
    ColumnKind.KR: "#,##0.00",
    ColumnKind.KG: "#,##0.0",
    ColumnKind.SHARE: "0.0%",
}
MAX_SHEET_TITLE = 31  # Excel's limit
FORBIDDEN_IN_TITLE = "[]:*?/\\"


def sheet_title(text: str) -> str:
    """A worksheet name Excel accepts: no []:*?/\\ and at most 31 characters."""
    cleaned = "".join("-" if ch in FORBIDDEN_IN_TITLE else ch for ch in text).strip("'")
    return cleaned[:MAX_SHEET_TITLE] or "Enheter"


def _xlsx_value(value: Value, kind: ColumnKind) -> Value | Decimal:
    if value is None:
        return None
    if kind is ColumnKind.KR:
        return Decimal(int(value)) / 100  # exact kronor, never a float of öre
    return value


def write_unit_table_xlsx(
    tree: UnitTree,
    out: str | Path | IO[bytes],
    scope_name: str,
    mode: Mode | None = Mode.OWN_CAR,
    today: date | None = None,
) -> None:
    """An Excel workbook of the table: real numbers with number formats, a bold header row.

    The sheet is named after the period, its first rows say what the figures are, names are
    indented by their depth in the tree, and the header row is frozen for scrolling.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title(f"Enheter {tree.period.label}")
    sheet["A1"] = _title(tree, scope_name, mode)
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = (
        f"Utdrag ur Resebok {long_date(today or date.today())}. Andelarna gäller körda km "
        "i egen bil."
    )
    sheet["A2"].font = Font(italic=True, color="666666")
    header_row = 4
    bold = Font(bold=True)
    for n, column in enumerate(UNIT_COLUMNS, start=1):
        cell = sheet.cell(header_row, n, column.header)
        cell.font = bold
        if column.is_number:
            cell.alignment = Alignment(horizontal="right", wrap_text=True)
    for offset, row in enumerate(tree.rows, start=1):
        values = unit_values(row, mode)
        summary_row = row.unit.kind in ("municipality", "committee")
        for n, (value, column) in enumerate(zip(values, UNIT_COLUMNS, strict=True), start=1):
            cell = sheet.cell(header_row + offset, n, _xlsx_value(value, column.kind))
            if column.is_number:
                cell.number_format = XLSX_FORMATS[column.kind]
            else:
                cell.data_type = "s"  # a name starting with "=" stays text, never a formula
            if n == 1 and row.depth:
                cell.alignment = Alignment(indent=row.depth)
            if summary_row:
                cell.font = bold
    widths = _column_widths(tree)
    for n, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(header_row, n).column_letter].width = width
    sheet.freeze_panes = sheet.cell(header_row + 1, 2)
    workbook.save(out)


def _column_widths(tree: UnitTree) -> Sequence[float]:
    names = [len(row.unit.name) + 2 * row.depth for row in tree.rows] or [10]
    widths: list[float] = [max(12, min(48, max(names) + 2))]
    for column in UNIT_COLUMNS[1:]:
        widths.append(8 if column.kind is ColumnKind.TEXT else max(12, len(column.header) + 2))
    return widths
