"""What the controller view's filters say, handed to every page of the view.

Kept free of widgets so that a page (the fleet page among them) can be written and tested
against a plain ``ViewState`` without the filter bar.
"""

from dataclasses import dataclass
from datetime import date
from typing import Protocol, runtime_checkable

from resebok.core.models import OrgUnit
from resebok.core.periods import Basis, Period


@dataclass(frozen=True)
class ViewState:
    """The filters once they are valid.

    *period* drives the unit table and the charts of units; *year* and *cutoff* drive the
    indicator and the printed report (which covers 1 January to the cut-off). *scope* is the
    municipality or one committee.
    """

    year: int
    period: Period
    cutoff: date
    scope: OrgUnit
    basis: Basis

    @property
    def settings_key(self) -> tuple[int, int]:
        """Report settings and the analysis are saved per year and scope."""
        return (self.year, self.scope.id)


@runtime_checkable
class ControllerPage(Protocol):
    """A page of the controller view that follows the filters.

    ``show_state`` is called when the page becomes visible after the filters changed (pages
    out of sight are not refreshed until they are shown), so it may run a few queries.
    """

    def show_state(self, state: ViewState) -> None: ...
