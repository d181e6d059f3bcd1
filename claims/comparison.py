"""Every estimate of each quantity in a conflict, per origin, over time: the data and geometry of the chart."""

import datetime as dt
from dataclasses import dataclass, field

from .models import Claim, Population, Qualifier

# One colour per origin, in order of first appearance; interested parties are drawn as diamonds as well.
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f"]

WIDTH, HEIGHT = 760, 280
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 20, 40
INSET = 36  # keeps the first and last marks, and their date labels, off the plot's edges


@dataclass
class Estimate:
    claim: Claim
    x: float = 0.0
    y_low: float | None = None
    y_best: float | None = None
    y_high: float | None = None
    open_above: bool = False  # "at least", "more than", vague: the bar runs off the top
    open_below: bool = False  # "at most", "fewer than": the bar starts from zero


@dataclass
class Series:
    origin_id: int | None
    origin_name: str
    interested_party: bool
    colour: str
    estimates: list[Estimate] = field(default_factory=list)


@dataclass
class Quantity:
    label: str
    metric: str
    population: str
    sides: list
    series: list[Series] = field(default_factory=list)
    ticks_x: list[tuple[float, str]] = field(default_factory=list)
    ticks_y: list[tuple[float, str]] = field(default_factory=list)
    undated: list[Claim] = field(default_factory=list)

    @property
    def claims(self) -> list[Claim]:
        return sorted((e.claim for s in self.series for e in s.estimates), key=sort_key) + self.undated


def sort_key(claim: Claim):
    return (claim.stated_on or dt.date.max, claim.pk)


def compare(claims) -> list[Quantity]:
    """Group claims (with originator, its root, sides, conflict parties and interested_party loaded)."""
    quantities: dict[tuple, Quantity] = {}
    for claim in sorted(claims, key=sort_key):
        key = claim.quantity_id
        if key not in quantities:
            sides = sorted(claim.sides.all(), key=lambda actor: actor.name)
            population = (
                "" if claim.population == Population.ALL else f", {Population(claim.population).label}"
            )
            quantities[key] = Quantity(
                label=f"{claim.metric}{population}, {claim.sides_text() or 'sides not stated'}",
                metric=claim.metric,
                population=claim.population,
                sides=sides,
            )
        quantity = quantities[key]
        if claim.stated_on is None:
            quantity.undated.append(claim)
            continue
        origin = claim.originator.root or claim.originator if claim.originator else None
        series = next((s for s in quantity.series if s.origin_id == (origin.pk if origin else None)), None)
        if series is None:
            series = Series(
                origin_id=origin.pk if origin else None,
                origin_name=origin.name if origin else "unattributed",
                interested_party=bool(claim.interested_party),
                colour=PALETTE[len(quantity.series) % len(PALETTE)],
            )
            quantity.series.append(series)
        series.estimates.append(Estimate(claim=claim))
    for quantity in quantities.values():
        place(quantity)
    return sorted(quantities.values(), key=lambda q: -len(q.claims))


def place(quantity: Quantity) -> None:
    """Compute each estimate's coordinates and the axes' ticks."""
    estimates = [e for s in quantity.series for e in s.estimates]
    if not estimates:
        return
    first = min(_stated_on(e) for e in estimates)
    last = max(_stated_on(e) for e in estimates)
    span = max((last - first).days, 1)
    top = max(
        max(n for n in (e.claim.low, e.claim.best, e.claim.high, 0) if n is not None) for e in estimates
    )
    top = max(nice_ceiling(top * 1.1 or 1), 4)  # at least 4, so that the five ticks are whole numbers
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: dt.date) -> float:
        if first == last:
            return LEFT + plot_w / 2
        return LEFT + INSET + (plot_w - 2 * INSET) * (day - first).days / span

    def y(value: float) -> float:
        return TOP + plot_h * (1 - value / top)

    for estimate in estimates:
        claim = estimate.claim
        estimate.x = round(x(_stated_on(estimate)), 1)
        estimate.y_low = round(y(claim.low), 1) if claim.low is not None else None
        estimate.y_best = round(y(claim.best), 1) if claim.best is not None else None
        estimate.y_high = round(y(claim.high), 1) if claim.high is not None else None
        if claim.low is not None and claim.high is None and claim.qualifier != Qualifier.EXACT:
            estimate.open_above, estimate.y_high = True, float(TOP)
        if claim.high is not None and claim.low is None:
            estimate.open_below, estimate.y_low = True, round(y(0), 1)
    quantity.ticks_y = [(round(y(top * i / 4), 1), f"{round(top * i / 4):,}") for i in range(5)]
    days = [first + dt.timedelta(days=round(span * i / 4)) for i in range(5)] if first != last else [first]
    quantity.ticks_x = [(round(x(day), 1), day.strftime("%d %b %Y")) for day in days]


def _stated_on(estimate: Estimate) -> dt.date:
    """The date of an estimate's claim: compare() puts only dated claims in a series."""
    assert estimate.claim.stated_on is not None
    return estimate.claim.stated_on


def nice_ceiling(value: float) -> int:
    """Round up to 1, 2 or 5 times a power of ten, for readable axes."""
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude
