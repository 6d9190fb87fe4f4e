"""Domain records. Plain dataclasses: storage modules turn rows into these and back."""

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Mode(StrEnum):
    OWN_CAR = "own_car"
    POOL_CAR = "pool_car"
    PUBLIC_TRANSPORT = "public_transport"
    WALK_CYCLE = "walk_cycle"
    DIGITAL = "digital"

    @property
    def label(self) -> str:
        return MODE_LABELS[self]


MODE_LABELS = {
    Mode.OWN_CAR: "Egen bil",
    Mode.POOL_CAR: "Kommunbil",
    Mode.PUBLIC_TRANSPORT: "Kollektivtrafik",
    Mode.WALK_CYCLE: "Gång/cykel",
    Mode.DIGITAL: "Digitalt möte",
}


class PurposeCategory(StrEnum):
    MEETING = "meeting"
    CONFERENCE = "conference"
    SITE_WORK = "site_work"
    DOCUMENT_RETRIEVAL = "document_retrieval"
    HOME_VISIT = "home_visit"
    OTHER = "other"

    @property
    def label(self) -> str:
        return PURPOSE_LABELS[self]


PURPOSE_LABELS = {
    PurposeCategory.MEETING: "Möte",
    PurposeCategory.CONFERENCE: "Konferens/utbildning",
    PurposeCategory.SITE_WORK: "Arbete på plats",
    PurposeCategory.DOCUMENT_RETRIEVAL: "Hämtning av handlingar",
    PurposeCategory.HOME_VISIT: "Hembesök",
    PurposeCategory.OTHER: "Övrigt",
}

UNIT_KINDS = ("municipality", "committee", "department", "unit")
FUELS = ("petrol", "diesel", "hvo", "biogas", "electric")


@dataclass(frozen=True)
class Place:
    id: int
    name: str
    address: str = ""
    municipality: str = ""
    lat: float | None = None
    lon: float | None = None

    @property
    def has_position(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class OrgUnit:
    id: int
    code: str
    name: str
    kind: str
    parent_id: int | None
    kostnadsstalle: str  # the cost centre (kostnadsställe) that the unit books against


@dataclass(frozen=True)
class MemberOrg:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class Employee:
    id: int
    number: str
    name: str
    unit_id: int
    home_place_id: int | None = None
    workplace_place_id: int | None = None
    commute_km: float = 0.0


@dataclass(frozen=True)
class Vehicle:
    id: int
    registration: str
    model: str
    fuel: str
    home_base_place_id: int | None


@dataclass
class Trip:
    """A trip as entered: at least two stops, in order; a round trip returns to the first."""

    date: dt.date
    employee_id: int
    unit_id: int
    stop_ids: list[int]
    km: float
    mode: Mode = Mode.OWN_CAR
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    member_org_id: int | None = None
    vehicle_id: int | None = None
    odometer_start: int | None = None
    odometer_end: int | None = None
    purpose: str = ""
    purpose_category: PurposeCategory = PurposeCategory.OTHER
    passengers: int = 0
    from_home: bool = False
    paid_on: dt.date | None = None
    suggested_km: float | None = None
    km_flagged: bool = False
    id: str | None = None
    stop_names: list[str] = field(default_factory=list)
    # The home rule's verdict (resebok.core.home_rule), filled in when the trip is saved:
    # commuting is not reimbursable; a trip from or to home is reduced by the commute.
    reimbursable: bool = True
    reduction_km: float = 0.0
    reimbursement_note: str = ""
