"""Everything the controller's report shows, gathered from the core in one call.

The PDF (resebok.reports.controller_report) and the view's preview are built from this record
only, so neither runs SQL and both show the same figures. The report covers 1 January to the
cut-off day (the interim accounts) of one year, for the municipality or one committee.
"""

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from resebok.core.controller_summary import (
    SharedUnitSummary,
    UnitRow,
    UnitTree,
    YearOnYear,
    shared_unit_summary,
    unit_tree_summary,
    year_on_year,
)
from resebok.core.fleet_what_if import FleetReport, fleet_report
from resebok.core.green_effect import GreenEffect, green_effect
from resebok.core.indicator import (
    IndicatorError,
    IndicatorResult,
    default_cutoff,
    indicator,
    municipality_unit,
)
from resebok.core.models import Mode
from resebok.core.org import get_unit
from resebok.core.periods import Period
from resebok.core.report_settings import ReportSettings, report_settings_or_default
from resebok.core.settings import get_setting


@dataclass(frozen=True)
class ControllerReportData:
    organisation: str  # the municipality's name, from the settings
    printed_on: date
    settings: ReportSettings
    period: Period  # 1 January to the cut-off
    indicator: IndicatorResult
    tree: UnitTree  # own-car figures per unit, on the settings' basis
    pie_committee: UnitRow | None  # whose units the pie chart shows
    year_on_year: YearOnYear
    green: GreenEffect
    shared_units: list[SharedUnitSummary]
    fleet: FleetReport | None = None  # the fleet-need section, when the settings choose a unit

    @property
    def scope_name(self) -> str:
        return self.indicator.scope.name

    @property
    def analysis(self) -> str:
        return self.settings.analysis


def _pie_committee(tree: UnitTree, wanted: int | None) -> UnitRow | None:
    """The chosen committee, else the scope itself when it is one, else the one with most km."""
    if wanted is not None and wanted in tree:
        return tree.row(wanted)
    committees = tree.committees()
    if not committees:
        return None
    return max(committees, key=lambda row: (row.own_car.km_tenths, row.unit.name))


def collect_report_data(
    db: Database,
    year: int,
    cutoff: date | None = None,
    scope_id: int | None = None,
    settings: ReportSettings | None = None,
    today: date | None = None,
) -> ControllerReportData:
    """Gather the report for *year* to *cutoff* and the scope.

    *settings* default to those saved for the year and scope (the analysis text among them);
    an explicit *cutoff* wins over the saved one; without either, the report runs to today in
    the current year and to 31 December in others.
    """
    scope = get_unit(db, scope_id) if scope_id is not None else municipality_unit(db)
    if scope is None:
        raise IndicatorError("Enheten finns inte längre.")
    settings = settings or report_settings_or_default(db, year, scope.id)
    today = today or date.today()
    cutoff = cutoff or settings.cutoff or default_cutoff(year, today)
    period = Period.year_to(cutoff)
    result = indicator(db, year, cutoff, scope.id)
    tree = unit_tree_summary(db, period, settings.basis, scope.id)
    return ControllerReportData(
        organisation=str(get_setting(db, "municipality_name") or "") or scope.name,
        printed_on=today,
        settings=settings,
        period=period,
        indicator=result,
        tree=tree,
        pie_committee=_pie_committee(tree, settings.pie_committee_id),
        year_on_year=year_on_year(
            db, period, settings.previous_year, settings.basis, scope.id, Mode.OWN_CAR
        ),
        green=green_effect(db, period, scope.id),
        shared_units=shared_unit_summary(db, period, settings.basis, scope.id),
        fleet=(
            fleet_report(db, settings.fleet_unit_id, period, settings.fleet_coverage, result)
            if settings.fleet_unit_id is not None
            else None
        ),
    )
