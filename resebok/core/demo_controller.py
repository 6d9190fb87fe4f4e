"""The controller's side of the demo: indicator targets and the 2021 interim report's analysis.

The story of DESIGN.md: the pandemic cut the paid mileage from 2019 to 2020, so a tougher
target was set for 2021, which the forecast at the interim accounts (31 August) says will not
be met. Later targets keep falling a little each year. Call it after ``build_demo``::

    from resebok.core.demo_controller import add_demo_controller
    add_demo_controller(db)
"""

from datetime import date

from sqlite_utils import Database

from resebok.core.indicator import municipality_unit, set_target
from resebok.core.report_settings import ReportSettings, save_report_settings

# Paid own-car km per year for the whole municipality (lower is better).
DEMO_TARGETS = {
    2020: 95_000,
    2021: 70_000,  # the tougher target after the pandemic year
    2022: 70_000,
    2023: 68_000,
    2024: 66_000,
    2025: 64_000,
    2026: 62_000,
}
DEMO_CUTOFF = date(2021, 8, 31)
DEMO_ANALYSIS = """\
Utbetald kilometerersättning beräknas inte nå målet för 2021. Målet skärptes efter 2020, då \
pandemin flyttade möten och konferenser till digitala former och de utbetalda kilometrarna \
föll kraftigt. Under 2021 har möten åter börjat hållas på plats.

Omkring 79 procent av de utbetalda kilometrarna ligger inom kommunstyrelsens budget. \
Lokalvårdsenheten kör mest: enheten har inga egna fordon och kör mellan kommunens byggnader. \
En första analys visar att cirka tio fordon skulle täcka behovet; inköpet föreslås i budgeten \
för 2022.

Sydnärke arkivenhet betjänar sju medlemsorganisationer. Arkivarierna bor utanför Lekeberg och \
tar egen bil hemifrån när det är effektivare än att hämta en kommunbil i Fjugesta. \
Skyndsamhetskravet begränsar hur mycket resorna kan samordnas; digitaliseringen av arkiven \
minskar resandet på sikt.

Åtgärder: digitala möten som förstahandsval, kommunens miljöbilar och kollektivtrafik, och \
kommunbilar till lokalvården."""


def add_demo_controller(db: Database, actor: str = "Controller") -> None:
    """Targets for 2020–2026 and the 2021 interim report's settings and analysis."""
    scope = municipality_unit(db)
    with db.atomic():
        for year, target in DEMO_TARGETS.items():
            set_target(db, year, target, scope.id, actor=actor)
        save_report_settings(
            db, ReportSettings(2021, scope.id, DEMO_CUTOFF, DEMO_ANALYSIS), actor=actor
        )
