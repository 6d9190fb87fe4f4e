"""The controller's report settings and free-text analysis, saved per year and scope.

The analysis is what the controller writes for the executive committee's working group
(why the target will be missed, what is being done). It is saved with the choices the report
was made with, so the same report can be printed again, from the view or the command line.
Choices that need no column of their own live in a JSON ``options`` text, so that the view
can add one without a migration.
"""

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlite_utils import Database

from resebok.core.periods import Basis

MAX_ANALYSIS_CHARS = 20_000


class ReportSettingsError(ValueError):
    """The message is Swedish and meant for the user."""


@dataclass(frozen=True)
class ReportSettings:
    year: int
    unit_id: int  # the scope: the municipality or a committee
    cutoff: date | None = None  # the interim accounts' day; None: the whole year
    analysis: str = ""
    basis: Basis = Basis.PAID_ON  # of the unit table (the indicator is always by payout)
    compare_year: int | None = None  # year-on-year against; None: the year before
    pie_committee_id: int | None = None  # whose units the pie shows; None: the largest
    updated_at: str = ""
    updated_by: str = ""
    # The fleet-need section (resebok.core.fleet_need, issue 6): the unit it analyses, or None
    # for no section, and the share of days with own-car trips the recommended cars cover.
    fleet_unit_id: int | None = None
    fleet_coverage: float = 90.0

    @property
    def previous_year(self) -> int:
        return self.compare_year if self.compare_year is not None else self.year - 1

    def options(self) -> dict[str, Any]:
        return {
            "basis": str(self.basis),
            "compare_year": self.compare_year,
            "pie_committee_id": self.pie_committee_id,
            "fleet_unit_id": self.fleet_unit_id,
            "fleet_coverage": self.fleet_coverage,
        }


def _settings(row: dict) -> ReportSettings:
    options = json.loads(row["options"] or "{}")
    try:
        basis = Basis(options.get("basis", Basis.PAID_ON))
    except ValueError:
        basis = Basis.PAID_ON
    return ReportSettings(
        year=row["year"],
        unit_id=row["unit_id"],
        cutoff=date.fromisoformat(row["cutoff"]) if row["cutoff"] else None,
        analysis=row["analysis"],
        basis=basis,
        compare_year=options.get("compare_year"),
        pie_committee_id=options.get("pie_committee_id"),
        updated_at=row["updated_at"],
        updated_by=row["updated_by"],
        fleet_unit_id=options.get("fleet_unit_id"),
        fleet_coverage=float(options.get("fleet_coverage", 90.0)),
    )


def load_report_settings(db: Database, year: int, unit_id: int) -> ReportSettings | None:
    rows = list(
        db.query("SELECT * FROM report_settings WHERE year = ? AND unit_id = ?", [year, unit_id])
    )
    return _settings(rows[0]) if rows else None


def report_settings_or_default(db: Database, year: int, unit_id: int) -> ReportSettings:
    return load_report_settings(db, year, unit_id) or ReportSettings(year, unit_id)


def save_report_settings(db: Database, settings: ReportSettings, actor: str = "") -> ReportSettings:
    """Store the settings and analysis for their year and scope (replacing earlier ones)."""
    if settings.cutoff is not None and settings.cutoff.year != settings.year:
        raise ReportSettingsError(
            f"Brytdagen {settings.cutoff.isoformat()} ligger inte i {settings.year}."
        )
    if len(settings.analysis) > MAX_ANALYSIS_CHARS:
        raise ReportSettingsError(
            f"Analysen får vara högst {MAX_ANALYSIS_CHARS} tecken "
            f"(den har {len(settings.analysis)})."
        )
    if not 2000 <= settings.year <= 2100:
        raise ReportSettingsError(f"Året {settings.year} ligger utanför 2000–2100.")
    if not 1 <= settings.fleet_coverage <= 100:
        raise ReportSettingsError("Täckningen för behovet av kommunbilar ska vara 1–100 %.")
    db.execute(
        """INSERT INTO report_settings (year, unit_id, cutoff, analysis, options, updated_at,
               updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (year, unit_id) DO UPDATE SET cutoff = excluded.cutoff,
               analysis = excluded.analysis, options = excluded.options,
               updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
        [
            settings.year,
            settings.unit_id,
            settings.cutoff.isoformat() if settings.cutoff else None,
            settings.analysis.strip(),
            json.dumps(settings.options()),
            datetime.now(UTC).isoformat(timespec="seconds"),
            actor,
        ],
    )
    return load_report_settings(db, settings.year, settings.unit_id)  # type: ignore[return-value]
