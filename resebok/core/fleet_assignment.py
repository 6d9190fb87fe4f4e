"""How many cars a day's trips need, and which trips N cars can take: pure interval algorithms.

A trip occupies its car from its start to its end minute, as a half-open interval
[start, end): a car that comes back at 10:00 can leave again at 10:00, so two trips that touch
need one car and two that overlap by a minute need two.

*Peak.* The most cars in use at once is a sweep over the start and end events, ends before
starts at the same minute.

*Assignment.* With N cars, which trips should they take so that the km covered is as large as
possible and no car is in two places at once? A set of trips can be driven by N cars exactly
when at no moment more than N of them overlap (an interval graph is perfect: its chromatic
number is its largest clique), so the question is the maximum-weight N-colourable subgraph of
an interval graph. It is solved exactly as a min-cost flow (Carlson and Nemhauser 1966; Arkin
and Silverberg 1987): the day's distinct times are nodes on a timeline; an idle car flows
along the timeline from one time to the next at no cost; a trip is an arc from its start to
its end with capacity 1 and cost −weight. N units of flow from the first to the last time are
N cars, and a cut at any moment crosses at most N trip arcs. Successive shortest paths add one
car at a time, and after k augmentations the flow is a minimum-cost flow of value k, so one run
gives the optimum for every N = 1 … peak. Weights are integers, km in tenths × (trips + 1) + 1,
so among assignments with the most km the one with the most trips wins, exactly. Days split
into independent blocks wherever no trip is under way, which keeps each graph small.
"""

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

SLOT_MINUTES = 5  # the grid on which trips without times are placed
DAY_MINUTES = 24 * 60
_INFINITE = 1 << 30


@dataclass(frozen=True)
class Interval:
    """One trip on a day's timeline: minutes after midnight, end > start; weight in km tenths."""

    start: int
    end: int
    weight: int


def peak_in_use(intervals: Sequence[Interval]) -> int:
    """The most intervals under way at one moment; touching ones do not overlap."""
    events = sorted(
        [(i.start, 1) for i in intervals] + [(i.end, -1) for i in intervals],
    )  # at equal times -1 sorts first: the returning car is free for the leaving trip
    running = best = 0
    for _time, change in events:
        running += change
        best = max(best, running)
    return best


def blocks(intervals: Sequence[Interval]) -> list[list[int]]:
    """Indices grouped into blocks separated by moments when no trip is under way."""
    order = sorted(range(len(intervals)), key=lambda n: (intervals[n].start, intervals[n].end))
    groups: list[list[int]] = []
    reach = -1
    for n in order:
        if not groups or intervals[n].start >= reach:
            groups.append([])
        groups[-1].append(n)
        reach = max(reach, intervals[n].end)
    return groups


class _Flow:
    """A min-cost-flow network over one block's timeline (successive shortest paths)."""

    def __init__(self, intervals: Sequence[Interval]):
        times = sorted({t for i in intervals for t in (i.start, i.end)})
        node = {t: n for n, t in enumerate(times)}
        self.sink = len(times) - 1
        self.head: list[int] = []
        self.cap: list[int] = []
        self.cost: list[int] = []
        self.adjacent: list[list[int]] = [[] for _ in times]
        for n in range(self.sink):
            self._arc(n, n + 1, _INFINITE, 0)
        scale = len(intervals) + 1
        self.trip_arcs = [
            self._arc(node[i.start], node[i.end], 1, -(i.weight * scale + 1)) for i in intervals
        ]

    def _arc(self, a: int, b: int, cap: int, cost: int) -> int:
        """An arc and its residual twin (the twin is always the arc's number + 1)."""
        index = len(self.head)
        for tail, head_, capacity, price in ((a, b, cap, cost), (b, a, 0, -cost)):
            self.head.append(head_)
            self.cap.append(capacity)
            self.cost.append(price)
            self.adjacent[tail].append(len(self.head) - 1)
        return index

    def augment(self) -> int:
        """Send one more car along the cheapest residual path; returns the path's cost.

        Bellman-Ford with a queue (SPFA): the residual graph has negative arcs but, the flow
        being of minimum cost at every step, no negative cycle.
        """
        size = self.sink + 1
        distance = [_INFINITE] * size
        via = [-1] * size
        queued = [False] * size
        distance[0] = 0
        queue = deque([0])
        head, cap, cost, adjacent = self.head, self.cap, self.cost, self.adjacent
        while queue:
            v = queue.popleft()
            queued[v] = False
            base = distance[v]
            for arc in adjacent[v]:
                if cap[arc] > 0:
                    w = head[arc]
                    candidate = base + cost[arc]
                    if candidate < distance[w]:
                        distance[w] = candidate
                        via[w] = arc
                        if not queued[w]:
                            queued[w] = True
                            queue.append(w)
        v = self.sink
        while v != 0:
            arc = via[v]
            cap[arc] -= 1
            cap[arc ^ 1] += 1
            v = head[arc ^ 1]
        return distance[self.sink]

    def used(self) -> list[bool]:
        return [self.cap[arc] == 0 for arc in self.trip_arcs]

    def cars(self, count: int) -> list[list[int]]:
        """Decompose the flow into *count* car paths: each the trips it drives, in time order.

        The arcs with flow form a DAG (every arc goes forward in time), so following flow from
        the first time always reaches the last, and a path's trips follow one another.
        """
        flow = [0] * len(self.head)
        for arc in range(0, len(self.head), 2):
            flow[arc] = self.cap[arc ^ 1]  # what the twin holds is what went forward
        trip_of = {arc: n for n, arc in enumerate(self.trip_arcs)}
        paths: list[list[int]] = []
        for _car in range(count):
            v, path = 0, []
            while v != self.sink:
                arc = next(
                    (a for a in self.adjacent[v] if a % 2 == 0 and flow[a] > 0),
                    2 * v,  # the timeline arc from v (made first): an unused car idles
                )
                flow[arc] = max(0, flow[arc] - 1)
                if arc in trip_of:
                    path.append(trip_of[arc])
                v = self.head[arc]
            paths.append(path)
        return paths


def _mask(indices: Sequence[int], used: Sequence[bool]) -> int:
    mask = 0
    for index, taken in zip(indices, used, strict=True):
        if taken:
            mask |= 1 << index
    return mask


def coverage_masks(intervals: Sequence[Interval]) -> list[int]:
    """For N = 0 … peak, which intervals N cars take over (bit n for intervals[n]).

    Each is a maximum-weight choice (km first, then the number of trips) that N cars can drive;
    the last mask holds every interval.
    """
    per_block: list[list[int]] = []
    for indices in blocks(intervals):
        flow = _Flow([intervals[n] for n in indices])
        masks = [0]
        while masks[-1].bit_count() < len(indices):
            flow.augment()
            masks.append(_mask(indices, flow.used()))
        per_block.append(masks)
    longest = max((len(masks) for masks in per_block), default=1)
    combined = []
    for cars in range(longest):
        mask = 0
        for masks in per_block:
            mask |= masks[min(cars, len(masks) - 1)]
        combined.append(mask)
    return combined


def assign_cars(intervals: Sequence[Interval], cars: int) -> list[list[int]]:
    """*cars* lists of interval indices: what each car drives, in time order, km maximised.

    No list holds two overlapping intervals and no interval is in two lists; the intervals in
    the lists are those of ``coverage_masks(intervals)[min(cars, peak)]``.
    """
    if cars < 0:
        raise ValueError("cars must not be negative")
    result: list[list[int]] = [[] for _ in range(cars)]
    for indices in blocks(intervals):
        flow = _Flow([intervals[n] for n in indices])
        sent = 0
        while sent < cars and not all(flow.used()):
            flow.augment()
            sent += 1
        for car, path in enumerate(flow.cars(sent)):
            result[car].extend(indices[n] for n in path)
    return result


# --- trips without times ----------------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    collides: bool  # it overlaps the employee's other trips: the working day had no room


def _slots(start: int, end: int) -> range:
    """The grid slots a trip touches (partly touched slots count)."""
    return range(start // SLOT_MINUTES, -(-end // SLOT_MINUTES))


def place_untimed(
    timed: Sequence[tuple[int, Interval]],
    untimed: Sequence[tuple[int, int]],
    day_start: int,
    day_end: int,
) -> list[Placement]:
    """Place trips without times (employee, minutes) inside the working hours.

    Each goes where it overlaps none of its employee's trips, if it can, and among those
    places where the fewest cars are already in use, earliest first: a unit that had pool
    cars would book such a trip into a free car. Longer trips are placed first (they have
    fewest choices). *timed* holds (employee, interval) of the day's trips with times.
    """
    size = DAY_MINUTES // SLOT_MINUTES
    load = [0] * size
    busy: dict[int, list[int]] = {}
    for employee, interval in timed:
        own = busy.setdefault(employee, [0] * size)
        for slot in _slots(interval.start, interval.end):
            load[slot] += 1
            own[slot] += 1
    order = sorted(range(len(untimed)), key=lambda n: (-untimed[n][1], untimed[n][0], n))
    placements: list[Placement | None] = [None] * len(untimed)
    first = day_start // SLOT_MINUTES
    for n in order:
        employee, minutes = untimed[n]
        length = max(1, -(-minutes // SLOT_MINUTES))
        last = max(first, day_end // SLOT_MINUTES - length)
        own = busy.setdefault(employee, [0] * size)
        best: tuple[bool, int, int] | None = None
        for slot, peak, clash in _windows(load, own, first, last, length):
            key = (clash, peak, slot)
            if best is None or key < best:
                best = key
        assert best is not None
        collides, _peak, slot = best
        start = slot * SLOT_MINUTES
        end = min(DAY_MINUTES, start + minutes)
        placements[n] = Placement(start, end, collides)
        for covered in _slots(start, end):
            load[covered] += 1
            own[covered] += 1
    return [p for p in placements if p is not None]


def _windows(
    load: list[int], own: list[int], first: int, last: int, length: int
) -> list[tuple[int, int, bool]]:
    """(slot, most cars in use, employee busy) for each window of *length* slots from first to
    last: a sliding maximum and a running sum, so a day costs one pass over its slots."""
    size = len(load)
    result: list[tuple[int, int, bool]] = []
    window: deque[int] = deque()  # slots with decreasing load: the front is the maximum
    busy = 0
    stop = min(size, last + length)
    for slot in range(first, stop):
        while window and load[window[-1]] <= load[slot]:
            window.pop()
        window.append(slot)
        busy += own[slot] > 0
        begin = slot - length + 1
        if begin < first:
            continue  # the first window is not full yet
        while window[0] < begin:
            window.popleft()
        result.append((begin, load[window[0]], busy > 0))
        busy -= own[begin] > 0
    if not result:  # the trip is longer than what is left of the day: start at the first slot
        segment = range(first, min(size, first + length))
        result.append(
            (first, max((load[s] for s in segment), default=0), any(own[s] for s in segment))
        )
    return result
