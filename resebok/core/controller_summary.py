"""The controller's figures per unit: km, trips, allowance, CO₂, rolled up through the tree.

One SQL aggregate per question: trips are grouped by charged unit (``trips.unit_id``), mode
and fuel in the database, over the indexed date column of the chosen basis (trip date or
payout date, resebok.core.periods). The organisation tree is small, so the roll-up from unit
to department, committee and municipality happens in Python on those few grouped rows. km are
summed as whole tenths (the precision trips are stored in) and CO₂ as whole grams, so a
parent's figure is exactly the sum of its children's and the table always adds up.

What "amount" means. For a trip on a claim (``claim_lines``) it is what the claim line says:
the amount, its tax-free and its taxable part, as computed when the claim was made. For an
own-car trip that the home rule reimburses but that is on no claim yet (not claimed, or
imported history) it is an estimate by the same rule as a claim line (resebok.core.money):
(km − home-rule reduction) × the employer's rate valid on the trip date, the tax-free part at
the lower of that and Skatteverket's rate; the estimated part is reported separately
(``estimated_ore``). Other modes and commuting trips carry no allowance (0). An own-car trip
on a date without a configured rate counts in ``unpriced_trips`` and adds nothing.

CO₂ uses the factors configured in resebok.core.co2: an own car by its owner's fuel
(``employees.car_fuel``, petrol when unknown), a pool car by the vehicle's fuel, public
transport at the bus factor (a trip does not record train or bus; the bus factor is the higher,
so CO₂ is not understated), walking, cycling and digital meetings at zero.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlite_utils import Database

from resebok.core.models import MemberOrg, Mode, OrgUnit
from resebok.core.org import get_unit, subtree_ids, unit_tree_order
from resebok.core.periods import Basis, Period
from resebok.core.privacy import mask_rows

# --- figures ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """Additive totals of a set of trips; integers so that sums are exact."""

    trips: int = 0
    km_tenths: int = 0  # travelled km × 10
    paid_km_tenths: int = 0  # reimbursed km × 10: km less the home-rule reduction, own car only
    amount_ore: int = 0  # allowance: tax_free_ore + taxable_ore
    tax_free_ore: int = 0
    taxable_ore: int = 0
    estimated_ore: int = 0  # the part of amount_ore computed from rates, not from a claim
    unpriced_trips: int = 0  # own-car trips with neither a claim nor a rate for their date
    co2_g: int = 0

    def __add__(self, other: "Figures") -> "Figures":
        return Figures(
            self.trips + other.trips,
            self.km_tenths + other.km_tenths,
            self.paid_km_tenths + other.paid_km_tenths,
            self.amount_ore + other.amount_ore,
            self.tax_free_ore + other.tax_free_ore,
            self.taxable_ore + other.taxable_ore,
            self.estimated_ore + other.estimated_ore,
            self.unpriced_trips + other.unpriced_trips,
            self.co2_g + other.co2_g,
        )

    @property
    def km(self) -> float:
        return self.km_tenths / 10

    @property
    def paid_km(self) -> float:
        return self.paid_km_tenths / 10

    @property
    def co2_kg(self) -> float:
        return self.co2_g / 1000

    def amount_json(self) -> dict[str, int]:
        return {
            "total_ore": self.amount_ore,
            "tax_free_ore": self.tax_free_ore,
            "taxable_ore": self.taxable_ore,
            "estimated_ore": self.estimated_ore,
        }


ZERO = Figures()


def total_of(figures: Iterable[Figures]) -> Figures:
    result = ZERO
    for item in figures:
        result = result + item
    return result


ModeFigures = dict[Mode, Figures]


def _add_modes(a: ModeFigures, b: ModeFigures) -> ModeFigures:
    return {mode: a.get(mode, ZERO) + b.get(mode, ZERO) for mode in Mode if mode in a or mode in b}


# --- adapters to the claims and green modules (their schema and configuration) ----------------

# Whole tenths of a km, as resebok.core.money.km_tenths (trips store km to one decimal).
_KM_T = "CAST(ROUND(t.km * 10) AS INTEGER)"
# A group's km in whole tenths: trips store km to one decimal, so rounding the sum once is
# exact, and cheaper than rounding every trip (the yearly summary, benchmarks/run.py).
_KM_SUM_T = "CAST(ROUND(SUM(t.km) * 10) AS INTEGER)"
_REDUCTION_T = "CAST(ROUND(t.reduction_km * 10) AS INTEGER)"
_ESTIMATED = "(l.trip_id IS NULL AND t.mode = 'own_car' AND t.reimbursable = 1)"
_EST_T = f"MAX(0, {_KM_T} - {_REDUCTION_T})"


def _rate_case(periods: Iterable[tuple[date | None, date | None, int]]) -> str:
    """A CASE giving the rate (öre per mil) valid on ``t.date``, NULL when none is.

    The values are inlined: they come typed from resebok.core.rates (dates and integers, never
    user text), and a CASE over a handful of periods costs far less per trip than a join.
    """
    branches = []
    for valid_from, valid_to, ore_per_mil in periods:
        tests = []
        if valid_from is not None:
            tests.append(f"t.date >= '{valid_from.isoformat()}'")
        if valid_to is not None:
            tests.append(f"t.date <= '{valid_to.isoformat()}'")
        branches.append(f"WHEN {' AND '.join(tests) or '1'} THEN {int(ore_per_mil)}")
    return f"(CASE {' '.join(branches)} END)" if branches else "NULL"


_CLAIM_JOIN = "LEFT JOIN claim_lines l ON l.trip_id = t.id"


def _allowance_exprs(db: Database) -> dict[str, str]:
    """Per-trip SQL expressions (over ``trips t`` and ``_CLAIM_JOIN``) of the allowance.

    Keys: paid_km_t (reimbursed km in tenths), amount, tax_free, estimated (öre) and unpriced
    (1 for a trip that needs a rate and has none). The only place that knows the claims
    module: claim lines (migration m002_claims) carry the amounts a claim was computed with,
    and resebok.core.rates the rates by validity dates (periods of one kind never overlap).
    The estimate repeats resebok.core.money.split_amount in SQL: one rounding half up per trip.
    """
    from resebok.core.rates import RateKind, list_rate_periods

    def case(kind: RateKind) -> str:
        return _rate_case(
            (p.valid_from, p.valid_to, p.ore_per_mil) for p in list_rate_periods(db, kind)
        )

    employer, tax_free = case(RateKind.EMPLOYER), case(RateKind.TAX_FREE)
    est_amount = f"COALESCE((({_EST_T}) * {employer} + 50) / 100, 0)"
    est_tax_free = f"COALESCE((({_EST_T}) * MIN({employer}, {tax_free}) + 50) / 100, 0)"
    on_claim = "l.trip_id IS NOT NULL"
    return {
        "paid_km_t": f"""CASE WHEN {on_claim} THEN CAST(ROUND(l.paid_km * 10) AS INTEGER)
                              WHEN {_ESTIMATED} THEN {_EST_T} ELSE 0 END""",
        "amount": f"""CASE WHEN {on_claim} THEN l.amount_ore
                           WHEN {_ESTIMATED} THEN {est_amount} ELSE 0 END""",
        "tax_free": f"""CASE WHEN {on_claim} THEN l.tax_free_ore
                             WHEN {_ESTIMATED} THEN {est_tax_free} ELSE 0 END""",
        "estimated": f"CASE WHEN {_ESTIMATED} THEN {est_amount} ELSE 0 END",
        "unpriced": f"({_ESTIMATED} AND ({employer} IS NULL OR {tax_free} IS NULL))",
    }


_PUBLIC_TRANSPORT_FACTOR = "bus"


def co2_grams_per_km(db: Database) -> Callable[[Mode, str], float]:
    """g CO₂ per km for a trip of *mode* in a car of *fuel* ("" when not a car).

    The only place that knows the green helper's configuration (resebok.core.co2).
    """
    from resebok.core.co2 import list_factors

    grams = {factor.key: factor.grams for factor in list_factors(db)}

    def factor(mode: Mode, fuel: str) -> float:
        if mode in (Mode.OWN_CAR, Mode.POOL_CAR):
            return grams.get(fuel or "petrol", grams["petrol"])
        if mode is Mode.PUBLIC_TRANSPORT:
            return grams[_PUBLIC_TRANSPORT_FACTOR]
        return 0.0

    return factor


# --- the grouped query ------------------------------------------------------------------------


def _scope_clause(db: Database, scope_id: int | None) -> tuple[str, list[Any]]:
    if scope_id is None:
        return "", []
    ids = subtree_ids(db, scope_id)
    # Unary plus: the period's date index must drive. Through the (unit_id, date …) index
    # SQLite would read the period's trips unit by unit, jumping all over a large file (on a
    # million trips, four times slower from a cold cache; benchmarks/run.py, issue 8).
    return f" AND +t.unit_id IN ({','.join('?' for _ in ids)})", list(ids)


def grouped_figures(
    db: Database,
    period: Period,
    basis: Basis,
    *,
    scope_id: int | None = None,
    mode: Mode | None = None,
    group: str = "t.unit_id",
    where: str = "",
    params: Iterable[Any] = (),
    km_only: bool = False,
) -> list[tuple[tuple[Any, ...], Mode, Figures]]:
    """Figures per (*group* columns, mode); one GROUP BY over the basis's indexed date column.

    Returns (the group's values, the mode, its figures), with CO₂ computed per fuel group.
    *km_only* counts trips and km alone (the other figures stay zero) without the joins that
    the allowance and CO₂ need, so the foundation's yearly summary costs what a bare GROUP BY
    does (benchmarks/run.py); trips and km are the same expressions either way.
    """
    scope, scope_params = _scope_clause(db, scope_id)
    mode_clause = " AND t.mode = ?" if mode is not None else ""
    mode_params = [str(mode)] if mode is not None else []
    group_columns = [column.strip() for column in group.split(",")]
    columns = [f"{column} AS g{n}" for n, column in enumerate(group_columns)]
    if km_only and mode is not None:
        # One mode and no joins: the (mode, date) index leads anyway, and grouping by the
        # plain columns alone is what keeps the yearly summary as fast as a bare GROUP BY.
        grouping = list(group_columns)
    else:
        # The unary plus keeps SQLite from scanning a whole (unit_id, date) index in group
        # order: the date range of the period is what must pick the index.
        grouping = [f"+{column}" for column in group_columns] + ["t.mode"]
        columns.append("t.mode AS mode")
    columns.append(f"COUNT(*) AS trips, {_KM_SUM_T} AS km_t")
    joins = ""
    if not km_only:
        # Named so that no joined table has a column of that name: SQLite resolves a GROUP BY
        # name against the tables' columns first, and "fuel" grouped by vehicles.fuel.
        columns.append(
            "CASE t.mode WHEN 'own_car' THEN e.car_fuel WHEN 'pool_car' THEN v.fuel "
            "ELSE '' END AS trip_fuel"
        )
        grouping.append("trip_fuel")
        columns.extend(f"SUM({expr}) AS {name}" for name, expr in _allowance_exprs(db).items())
        joins = f"""
        CROSS JOIN employees e ON e.id = t.employee_id -- CROSS: trips stay the outer loop
        LEFT JOIN vehicles v ON v.id = t.vehicle_id
        {_CLAIM_JOIN}"""
    sql = f"""
        SELECT {", ".join(columns)}
        FROM trips t{joins}
        WHERE t.{basis.column} BETWEEN ? AND ?{mode_clause}{scope}{where}
        GROUP BY {", ".join(grouping)}
    """
    co2 = co2_grams_per_km(db) if not km_only else None
    args = [*period.params(), *mode_params, *scope_params, *params]
    key_names = [f"g{n}" for n in range(len(group_columns))]
    result = []
    for row in db.query(sql, args):
        row_mode = mode if mode is not None else Mode(row["mode"])
        km_t = row["km_t"] or 0
        key = tuple([row[name] for name in key_names])
        if co2 is None:
            result.append((key, row_mode, Figures(trips=row["trips"], km_tenths=km_t)))
            continue
        amount = row["amount"] or 0
        tax_free = row["tax_free"] or 0
        figures = Figures(
            trips=row["trips"],
            km_tenths=km_t,
            paid_km_tenths=row["paid_km_t"] or 0,
            amount_ore=amount,
            tax_free_ore=tax_free,
            taxable_ore=amount - tax_free,
            estimated_ore=row["estimated"] or 0,
            unpriced_trips=row["unpriced"] or 0,
            co2_g=round(km_t * co2(row_mode, row["trip_fuel"] or "") / 10),
        )
        result.append((key, row_mode, figures))
    return result


def paid_km_by_payout_day(db: Database, period: Period, scope_id: int | None) -> dict[date, int]:
    """Reimbursed own-car km (tenths) per payout day in the period: the indicator's raw data.

    One GROUP BY over the indexed payout date, with only the reimbursed-km expression, since
    the indicator reads several years at a time.
    """
    scope, scope_params = _scope_clause(db, scope_id)
    paid_km = _allowance_exprs(db)["paid_km_t"]
    rows = db.query(
        f"""SELECT t.paid_on, SUM({paid_km}) AS paid_km_t FROM trips t {_CLAIM_JOIN}
            WHERE t.paid_on BETWEEN ? AND ? AND t.mode = 'own_car'{scope}
            GROUP BY t.paid_on""",
        [*period.params(), *scope_params],
    )
    return {date.fromisoformat(row["paid_on"]): row["paid_km_t"] or 0 for row in rows}


def figures_by_unit(
    db: Database,
    period: Period,
    basis: Basis = Basis.TRIP_DATE,
    scope_id: int | None = None,
    mode: Mode | None = None,
    km_only: bool = False,
) -> dict[int, ModeFigures]:
    """Figures of the trips charged to each unit itself (not the units below), per mode.

    *km_only*: trips and km alone, as grouped_figures says.
    """
    by_unit: dict[int, ModeFigures] = {}
    for (unit_id,), row_mode, figures in grouped_figures(
        db, period, basis, scope_id=scope_id, mode=mode, km_only=km_only
    ):
        modes = by_unit.setdefault(unit_id, {})
        modes[row_mode] = modes[row_mode] + figures if row_mode in modes else figures
    return by_unit


# --- the tree ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitRow:
    """One node of the organisation tree with its own and its rolled-up figures."""

    unit: OrgUnit
    depth: int  # 0 for the top of the summary (the scope)
    parent_id: int | None
    child_ids: tuple[int, ...]
    own: ModeFigures  # trips charged to this unit itself
    total: ModeFigures  # this unit and every unit below it
    committee_id: int | None  # the committee the unit belongs to (itself for a committee)
    share_of_scope: float | None  # own-car km of the subtree / the top's own-car km
    share_of_committee: float | None  # ... / its committee's own-car km; None above committees

    def figures(self, mode: Mode | None = Mode.OWN_CAR, rolled_up: bool = True) -> Figures:
        """The figures of one mode, or of all modes together (*mode* None)."""
        source = self.total if rolled_up else self.own
        if mode is None:
            return total_of(source.values())
        return source.get(mode, ZERO)

    @property
    def own_car(self) -> Figures:
        """Own-car figures of the subtree: what the indicator and the allowance are about."""
        return self.figures(Mode.OWN_CAR)

    @property
    def is_leaf(self) -> bool:
        return not self.child_ids


@dataclass(frozen=True)
class UnitTree:
    """A period's figures for every unit in the scope, in tree order (parents first)."""

    period: Period
    basis: Basis
    rows: list[UnitRow]
    _index: dict[int, int] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._index.update({row.unit.id: n for n, row in enumerate(self.rows)})

    def row(self, unit: int | str) -> UnitRow:
        """A row by unit id or code; KeyError when the unit is not in the summary."""
        if isinstance(unit, int):
            return self.rows[self._index[unit]]
        for row in self.rows:
            if row.unit.code == unit:
                return row
        raise KeyError(unit)

    def __contains__(self, unit_id: object) -> bool:
        return unit_id in self._index

    @property
    def roots(self) -> list[UnitRow]:
        return [row for row in self.rows if row.depth == 0]

    def total(self, mode: Mode | None = Mode.OWN_CAR) -> Figures:
        return total_of(row.figures(mode) for row in self.roots)

    def children(self, unit_id: int) -> list[UnitRow]:
        return [self.row(child) for child in self.row(unit_id).child_ids]

    def committees(self) -> list[UnitRow]:
        return [row for row in self.rows if row.unit.kind == "committee"]

    def units_within(self, unit_id: int, kind: str = "unit") -> list[UnitRow]:
        """Rows of *kind* below *unit_id* (e.g. the units of a committee, for its pie chart)."""
        below = set(_descendants(self, unit_id))
        return [row for row in self.rows if row.unit.id in below and row.unit.kind == kind]


def _descendants(tree: UnitTree, unit_id: int) -> list[int]:
    found: list[int] = []
    stack = list(tree.row(unit_id).child_ids)
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(tree.row(current).child_ids)
    return found


def _share(part: Figures, whole: Figures) -> float | None:
    return part.km_tenths / whole.km_tenths if whole.km_tenths else None


def unit_tree_summary(
    db: Database,
    period: Period,
    basis: Basis = Basis.TRIP_DATE,
    scope_id: int | None = None,
) -> UnitTree:
    """Every unit of the scope (all units when None) with its figures, rolled up the tree.

    Shares are of own-car km: each row's share of the scope's total, and of its committee's.
    Units without trips are included with zero figures, so the tree is always whole.
    """
    own = figures_by_unit(db, period, basis, scope_id)
    ordered = unit_tree_order(db)
    if scope_id is not None:
        keep = set(subtree_ids(db, scope_id))
        scope_depth = next((depth for depth, unit in ordered if unit.id == scope_id), 0)
        ordered = [(depth - scope_depth, unit) for depth, unit in ordered if unit.id in keep]
    units = {unit.id: unit for _depth, unit in ordered}
    children: dict[int, list[int]] = {unit_id: [] for unit_id in units}
    for _depth, unit in ordered:
        if unit.parent_id in children and unit.id != scope_id:
            children[unit.parent_id].append(unit.id)
    totals: dict[int, ModeFigures] = {}
    for _depth, unit in reversed(ordered):  # children come after their parent
        rolled = dict(own.get(unit.id, {}))
        for child in children[unit.id]:
            rolled = _add_modes(rolled, totals[child])
        totals[unit.id] = rolled
    committee_of = _committees(db, ordered)
    tops = [unit.id for depth, unit in ordered if depth == 0]
    scope_total = total_of(totals[top].get(Mode.OWN_CAR, ZERO) for top in tops)
    rows = []
    for depth, unit in ordered:
        own_car = totals[unit.id].get(Mode.OWN_CAR, ZERO)
        committee_id = committee_of.get(unit.id)
        committee_total = (
            totals[committee_id].get(Mode.OWN_CAR, ZERO) if committee_id in totals else None
        )
        rows.append(
            UnitRow(
                unit=unit,
                depth=depth,
                parent_id=unit.parent_id if depth > 0 else None,
                child_ids=tuple(children[unit.id]),
                own=own.get(unit.id, {}),
                total=totals[unit.id],
                committee_id=committee_id,
                share_of_scope=_share(own_car, scope_total),
                share_of_committee=(
                    _share(own_car, committee_total) if committee_total is not None else None
                ),
            )
        )
    return UnitTree(period, basis, rows)


def _committees(db: Database, ordered: list[tuple[int, OrgUnit]]) -> dict[int, int]:
    """The committee above (or at) each unit; units above committees have none."""
    parents = {unit.id: unit.parent_id for unit in (u for _d, u in ordered)}
    kinds = {unit.id: unit.kind for _d, unit in ordered}
    committee_of: dict[int, int] = {}
    for unit_id in parents:
        current: int | None = unit_id
        while current is not None:
            kind = kinds.get(current)
            if kind is None:  # above the scope: look it up once
                above = get_unit(db, current)
                if above is None:
                    break
                kinds[current], parents[current] = above.kind, above.parent_id
                kind = above.kind
            if kind == "committee":
                committee_of[unit_id] = current
                break
            current = parents.get(current)
    return committee_of


# --- the pie of a committee's units --------------------------------------------------------

OTHERS = "Övriga"


@dataclass(frozen=True)
class PieSlice:
    label: str  # the unit's name, or "Övriga"
    km: float
    share: float  # of the committee's own-car km
    unit_id: int | None  # None for "Övriga"


def committee_pie(
    tree: UnitTree, committee_id: int, min_share: float = 0.04, max_slices: int = 8
) -> list[PieSlice]:
    """Own-car km per unit within a committee, largest first, for a pie chart.

    Units below *min_share* of the committee's km, those beyond *max_slices* − 1, and km
    charged to the committee or a department directly (not to a unit) go together into one
    "Övriga" slice, so that every slice can carry a label and the pie adds up to the
    committee's total.
    """
    total = tree.row(committee_id).own_car.km_tenths
    if total <= 0:
        return []
    units = sorted(
        (row for row in tree.units_within(committee_id) if row.own_car.km_tenths > 0),
        key=lambda row: (-row.own_car.km_tenths, row.unit.name),
    )
    big = [row for row in units if row.own_car.km_tenths / total >= min_share][: max_slices - 1]
    slices = [
        PieSlice(row.unit.name, row.own_car.km, row.own_car.km_tenths / total, row.unit.id)
        for row in big
    ]
    rest = total - sum(row.own_car.km_tenths for row in big)
    if rest > 0:
        slices.append(PieSlice(OTHERS, rest / 10, rest / total, None))
    return slices


# --- member organisations of shared units -----------------------------------------------------


@dataclass(frozen=True)
class MemberShare:
    member: MemberOrg | None  # None: trips charged to no member organisation
    figures: Figures
    share: float | None  # of the unit's km

    @property
    def name(self) -> str:
        return self.member.name if self.member else "Ej fördelat på medlem"


@dataclass(frozen=True)
class SharedUnitSummary:
    """A unit that several organisations share (the joint archive) and its km per member."""

    unit: OrgUnit
    members: list[MemberShare]  # every member, most km first; "not charged" last
    total: Figures


def shared_unit_summary(
    db: Database,
    period: Period,
    basis: Basis = Basis.TRIP_DATE,
    scope_id: int | None = None,
    mode: Mode | None = Mode.OWN_CAR,
) -> list[SharedUnitSummary]:
    """Per shared unit in the scope, the figures per member organisation the trips charge.

    Every member of the unit is listed, also those without trips in the period.
    """
    members: dict[int, list[MemberOrg]] = {}
    for row in db.query(
        """SELECT um.unit_id, m.id, m.code, m.name FROM unit_member_orgs um
           JOIN member_orgs m ON m.id = um.member_org_id ORDER BY m.name"""
    ):
        members.setdefault(row["unit_id"], []).append(
            MemberOrg(row["id"], row["code"], row["name"])
        )
    if scope_id is not None:
        keep = set(subtree_ids(db, scope_id))
        members = {unit: orgs for unit, orgs in members.items() if unit in keep}
    if not members:
        return []
    marks = ",".join("?" for _ in members)
    figures: dict[tuple[int, int | None], Figures] = {}
    for (unit_id, member_id), _mode, item in grouped_figures(
        db,
        period,
        basis,
        mode=mode,
        group="t.unit_id, t.member_org_id",
        where=f" AND t.unit_id IN ({marks})",
        params=list(members),
    ):
        figures[(unit_id, member_id)] = figures.get((unit_id, member_id), ZERO) + item
    result = []
    for unit_id, orgs in members.items():
        unit = get_unit(db, unit_id)
        if unit is None:
            continue
        total = total_of(item for (unit, _m), item in figures.items() if unit == unit_id)
        known = {org.id: org for org in orgs}
        shares = [MemberShare(org, figures.get((unit_id, org.id), ZERO), None) for org in orgs] + [
            # Trips charged to an organisation that is no longer linked count as its own line.
            MemberShare(MemberOrg(member_id, "", f"Organisation {member_id}"), item, None)
            for (unit, member_id), item in figures.items()
            if unit == unit_id and member_id is not None and member_id not in known
        ]
        shares.sort(key=lambda share: (-share.figures.km_tenths, share.name))
        unassigned = figures.get((unit_id, None))
        if unassigned is not None:
            shares.append(MemberShare(None, unassigned, None))
        shares = [replace(share, share=_share(share.figures, total)) for share in shares]
        result.append(SharedUnitSummary(unit, shares, total))
    result.sort(key=lambda summary: summary.unit.name)
    return result


# --- year on year -----------------------------------------------------------------------------


@dataclass(frozen=True)
class YearOnYearRow:
    unit: OrgUnit
    depth: int
    current: Figures
    previous: Figures

    @property
    def diff_km(self) -> float:
        return (self.current.km_tenths - self.previous.km_tenths) / 10

    @property
    def diff_share(self) -> float | None:
        """The change as a share of the previous year's km (−0.16 is 16 % less)."""
        if not self.previous.km_tenths:
            return None
        return (self.current.km_tenths - self.previous.km_tenths) / self.previous.km_tenths


@dataclass(frozen=True)
class YearOnYear:
    period: Period
    previous_period: Period
    basis: Basis
    mode: Mode | None
    rows: list[YearOnYearRow]  # tree order, like UnitTree.rows

    @property
    def total(self) -> YearOnYearRow:
        """The top of the scope (the sum of the tops when the scope is the whole database)."""
        tops = [row for row in self.rows if row.depth == 0]
        if len(tops) == 1:
            return tops[0]
        return YearOnYearRow(
            OrgUnit(0, "", "Totalt", "municipality", None, ""),
            0,
            total_of(row.current for row in tops),
            total_of(row.previous for row in tops),
        )


def year_on_year(
    db: Database,
    period: Period,
    previous_year: int,
    basis: Basis = Basis.TRIP_DATE,
    scope_id: int | None = None,
    mode: Mode | None = Mode.OWN_CAR,
) -> YearOnYear:
    """The same period in *previous_year* against *period*, per unit (rolled up)."""
    previous = period.in_year(previous_year)
    now = unit_tree_summary(db, period, basis, scope_id)
    before = unit_tree_summary(db, previous, basis, scope_id)
    rows = [
        YearOnYearRow(row.unit, row.depth, row.figures(mode), before.row(row.unit.id).figures(mode))
        for row in now.rows
    ]
    return YearOnYear(period, previous, basis, mode, rows)


# --- drill-down to trips ----------------------------------------------------------------------


def _drill_where(
    db: Database, unit_id: int, period: Period, basis: Basis, mode: Mode | None, subtree: bool
) -> tuple[str, list[Any]]:
    ids = subtree_ids(db, unit_id) if subtree else [unit_id]
    where = f"t.{basis.column} BETWEEN ? AND ? AND t.unit_id IN ({','.join('?' for _ in ids)})"
    params: list[Any] = [*period.params(), *ids]
    if mode is not None:
        where += " AND t.mode = ?"
        params.append(str(mode))
    return where, params


def count_unit_trips(
    db: Database,
    unit_id: int,
    period: Period,
    basis: Basis = Basis.TRIP_DATE,
    mode: Mode | None = Mode.OWN_CAR,
    subtree: bool = True,
) -> int:
    where, params = _drill_where(db, unit_id, period, basis, mode, subtree)
    return int(next(db.query(f"SELECT COUNT(*) AS n FROM trips t WHERE {where}", params))["n"])


def unit_trips(
    db: Database,
    unit_id: int,
    period: Period,
    basis: Basis = Basis.TRIP_DATE,
    mode: Mode | None = Mode.OWN_CAR,
    subtree: bool = True,
    limit: int = 200,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """One page of the trips behind a unit's figures (the controller's drill-down).

    Keys: id, date, paid_on, employee, unit_code, unit, route, km, paid_km_tenths, mode,
    purpose, member_org, amount_ore, on_claim. The amount follows the module's rule (a claim
    line's amount, else the estimate), so the page adds up to the unit's figures.
    """
    exprs = _allowance_exprs(db)
    where, params = _drill_where(db, unit_id, period, basis, mode, subtree)
    sql = f"""
        SELECT t.id, t.date, t.paid_on, e.name AS employee, u.code AS unit_code,
               u.name AS unit, t.route_text AS route, t.km, t.mode, t.purpose,
               m.name AS member_org, l.trip_id IS NOT NULL AS on_claim,
               {exprs["paid_km_t"]} AS paid_km_tenths, {exprs["amount"]} AS amount_ore
        FROM trips t
        JOIN employees e ON e.id = t.employee_id
        JOIN org_units u ON u.id = t.unit_id
        LEFT JOIN member_orgs m ON m.id = t.member_org_id
        {_CLAIM_JOIN}
        WHERE {where}
        ORDER BY t.{basis.column} DESC, t.date DESC, t.start_time DESC, t.id
        LIMIT ? OFFSET ?
    """
    rows = []
    for row in db.query(sql, [*params, limit, offset]):
        row = dict(row)
        row["on_claim"] = bool(row["on_claim"])
        rows.append(row)
    mask_rows(db, rows)  # the employee's home shows as "Bostaden" (resebok.core.privacy)
    return rows
