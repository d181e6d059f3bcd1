"""Every estimate of each quantity series in a conflict, per origin, over time: the data and geometry of the chart.

A series is a quantity without its last day counted (Quantity.series): an incident's figures, or a cumulative
toll's successive as-of dates, which then read as one line of figures per origin. Each series gets its own
panel, and a panel whose figures span more than LOG_SPREAD times switches to a logarithmic axis (it says so),
so that "at least 40" and "10,000" both stay readable.
"""

import colorsys
import datetime as dt
import math
from dataclasses import dataclass, field

from django.db.models import QuerySet

from .models import Claim, Group, Population, Qualifier

# One colour per origin, in order of first appearance; interested parties are drawn as diamonds as well.
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f"]


def origin_colour(index: int) -> str:
    """Return the colour of a panel's `index`th origin: the palette's, then hues a golden angle apart, so that
    no two origins of a panel share one however many there are."""
    if index < len(PALETTE):
        return PALETTE[index]
    red, green, blue = colorsys.hls_to_rgb((index * 0.381966) % 1.0, 0.38 + 0.12 * (index % 2), 0.65)
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"


WIDTH, HEIGHT = 760, 280
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 20, 40
INSET = 36  # keeps the first and last marks, and their date labels, off the plot's edges
LOG_SPREAD = (
    20  # the largest figure of a panel over its smallest non-zero one, from which the axis is logarithmic
)


@dataclass
class Estimate:
    claim: Claim
    day: dt.date | None = None  # where it stands on the time axis: the day stated, or a toll's as-of date
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
    where: str = ""  # the incident, or the cumulative toll's area
    cumulative: bool = False  # a toll over an area: the time axis is the as-of date, not the day stated
    scale: str = "linear"  # or "logarithmic"

    @property
    def claims(self) -> list[Claim]:
        return sorted((e.claim for s in self.series for e in s.estimates), key=sort_key) + self.undated


def sort_key(claim: Claim):
    return (claim.stated_on or dt.date.max, claim.pk)


def compare(claims) -> list[Quantity]:
    """Group claims by quantity series, then by origin (with originator, its root, sides, conflict parties and
    interested_party loaded; a queryset also gets its quantity and incident selected here)."""
    if isinstance(claims, QuerySet):
        claims = claims.select_related("quantity", "incident")
    quantities: dict[str, Quantity] = {}
    for claim in sorted(claims, key=sort_key):
        key = claim.quantity.series or claim.quantity.key
        if key not in quantities:
            quantities[key] = new_panel(claim)
        quantity = quantities[key]
        day = claim.quantity.ends_on if quantity.cumulative else claim.stated_on
        if day is None:
            quantity.undated.append(claim)
            continue
        origin = claim.originator.root or claim.originator if claim.originator else None
        series = next((s for s in quantity.series if s.origin_id == (origin.pk if origin else None)), None)
        if series is None:
            series = Series(
                origin_id=origin.pk if origin else None,
                origin_name=origin.name if origin else "unattributed",
                interested_party=bool(claim.interested_party),
                colour=origin_colour(len(quantity.series)),
            )
            quantity.series.append(series)
        series.estimates.append(Estimate(claim=claim, day=day))
    for quantity in quantities.values():
        place(quantity)
    return sorted(quantities.values(), key=lambda q: -len(q.claims))


def new_panel(claim: Claim) -> Quantity:
    """Return the empty panel of the claim's quantity series, labelled with what it counts and where."""
    sides = sorted(claim.sides.all(), key=lambda actor: actor.name)
    counted = [claim.metric]
    if claim.population != Population.ALL:
        counted.append(Population(claim.population).label)
    if claim.group != Group.ALL:
        counted.append(Group(claim.group).label)
    cumulative = claim.quantity.incident_id is None
    if cumulative:
        # The area as the editor wrote it: the quantity keeps it folded to match spellings ("nagorno-karabakh").
        where = f"cumulative toll, {claim.area or claim.quantity.area or 'the whole conflict'}"
    else:
        where = str(claim.incident) if claim.incident else f"incident {claim.quantity.incident_id}"
    return Quantity(
        label=f"{', '.join(counted)}, {claim.sides_text() or 'sides not stated'}: {where}",
        metric=claim.metric,
        population=claim.population,
        sides=sides,
        where=where,
        cumulative=cumulative,
    )


def place(quantity: Quantity) -> None:
    """Compute each estimate's coordinates, the axes' ticks, and the scale: linear, or logarithmic when the
    panel's figures span more than LOG_SPREAD times (0 stays at the bottom: the axis is of log(1 + n))."""
    estimates = [e for s in quantity.series for e in s.estimates]
    if not estimates:
        return
    first = min(_day(e) for e in estimates)
    last = max(_day(e) for e in estimates)
    span = max((last - first).days, 1)
    values = [n for e in estimates for n in (e.claim.low, e.claim.best, e.claim.high) if n is not None]
    largest = max([*values, 0])
    smallest = min((n for n in values if n > 0), default=0)
    logarithmic = smallest > 0 and largest / smallest > LOG_SPREAD
    quantity.scale = "logarithmic" if logarithmic else "linear"
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    if logarithmic:
        top = 10 ** math.ceil(math.log10(largest * 1.1))

        def height(value: float) -> float:
            return math.log10(1 + value) / math.log10(1 + top)

        ticks = [0, *(10**p for p in range(int(math.log10(top)) + 1))]
    else:
        top = max(nice_ceiling(largest * 1.1 or 1), 4)
        step = nice_ceiling(top / 5)  # whole, so that each gridline's label is its value

        def height(value: float) -> float:
            return value / top

        ticks = list(range(0, top + 1, step))

    def x(day: dt.date) -> float:
        if first == last:
            return LEFT + plot_w / 2
        return LEFT + INSET + (plot_w - 2 * INSET) * (day - first).days / span

    def y(value: float) -> float:
        return TOP + plot_h * (1 - height(value))

    for estimate in estimates:
        claim = estimate.claim
        estimate.x = round(x(_day(estimate)), 1)
        estimate.y_low = round(y(claim.low), 1) if claim.low is not None else None
        estimate.y_best = round(y(claim.best), 1) if claim.best is not None else None
        estimate.y_high = round(y(claim.high), 1) if claim.high is not None else None
        if claim.low is not None and claim.high is None and claim.qualifier != Qualifier.EXACT:
            estimate.open_above, estimate.y_high = True, float(TOP)
        if claim.high is not None and claim.low is None:
            estimate.open_below, estimate.y_low = True, round(y(0), 1)
    quantity.ticks_y = [(round(y(tick), 1), f"{tick:,}") for tick in ticks]
    days = [first + dt.timedelta(days=round(span * i / 4)) for i in range(5)] if first != last else [first]
    quantity.ticks_x = [(round(x(day), 1), day.isoformat()) for day in days]


def _day(estimate: Estimate) -> dt.date:
    """The day an estimate stands at: compare() puts only estimates with one in a series."""
    assert estimate.day is not None
    return estimate.day


def nice_ceiling(value: float) -> int:
    """Round up to 1, 2 or 5 times a power of ten, for readable axes."""
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude
