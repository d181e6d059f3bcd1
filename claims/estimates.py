"""The consolidated estimate of a quantity and its grade, from the figures of its independent origins.

Pure Python, no Django import: the write path (services.estimating) feeds it the published figures of each
quantity it changes, and docs/methodology.md ("Estimates") is written from the constants and rules here.

The rule, in order:

1. Each origin (whom a figure ultimately comes from, following acts-on-behalf-of to the top) counts once,
   with its latest published figure (latest stated, then latest recorded): relays and repeats of one origin
   are one voice, and an origin's revised figure replaces its earlier one. Unattributed figures have no origin:
   they are shown, never counted.
2. A figure the reviewer rated false or unsupported is discredited: shown, never counted.
3. A party to the conflict (the originator, or whom it acts for) is an interested party: its figure is shown
   and counts for the grade, but never sets a bound alone. Where a party and a non-party give the same
   value, the bound names the non-party's claim; where only parties gave figures, there are no bounds.
4. Of the remaining figures: low is the smallest lower value (a figure's low, else its best), high the
   largest upper value (its high, else its best), best the median of the best values (the lower of the two
   middle ones, when even). Ties go to the earliest claim. Each bound names its claim. Where figures
   contradict each other so that the smallest lower value is above the largest upper one ("more than 12"
   against "up to 3"), low and high span every value given instead (3 to 13).
5. The grade, first rule that applies: discounted (every origin's figure is discredited); confirmed (the
   party held responsible for the incident acknowledged harm: a figure of its own above zero; its denial,
   zero, confirms nothing); contested (two origins' central
   values differ by more than CONTESTED_RATIO times and by more than CONTESTED_GAP); fair (two or more
   credible origins, one at least not a party); weak (otherwise: one origin, or parties only).
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

CONTESTED_RATIO = 2.0  # central values further apart than this factor disagree...
CONTESTED_GAP = 2  # ...when they also differ by more than this many people (1 against 3 is not a dispute)
DISCREDITING_RATINGS = frozenset({"false", "unsupported"})


@dataclass(frozen=True)
class Figure:
    """One published claim of a quantity, as the rule reads it."""

    claim: int
    origin: int | None  # None: unattributed
    stated_on: dt.date | None
    low: int | None
    best: int | None
    high: int | None
    rating: str = ""
    interested: bool = False  # its originator, or whom it acts for, is a party to the conflict
    responsible: bool = False  # its origin is the party held responsible for the incident
    origin_name: str = ""

    @property
    def lower(self) -> int | None:
        return self.low if self.low is not None else self.best

    @property
    def upper(self) -> int | None:
        return self.high if self.high is not None else self.best

    @property
    def central(self) -> float | None:
        """Return one value for comparing figures: the best, else the middle of the bounds, else a bound."""
        if self.best is not None:
            return self.best
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return self.low if self.low is not None else self.high

    @property
    def discredited(self) -> bool:
        return self.rating in DISCREDITING_RATINGS


@dataclass
class Estimate:
    """A quantity's consolidated figure: bounds with the claims that set them, the grade and why."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    low_claim: int | None = None
    best_claim: int | None = None
    high_claim: int | None = None
    grade: str = ""
    explanation: str = ""
    basis: list[dict] = field(default_factory=list)


def latest_per_origin(figures: Iterable[Figure]) -> tuple[list[Figure], list[Figure]]:
    """Return (each origin's latest figure, the unattributed figures), each in claim order."""
    latest: dict[int, Figure] = {}
    unattributed = []
    for figure in figures:
        if figure.origin is None:
            unattributed.append(figure)
            continue
        kept = latest.get(figure.origin)
        if kept is None or order_key(figure) > order_key(kept):
            latest[figure.origin] = figure
    by_claim = sorted(latest.values(), key=lambda f: f.claim)
    return by_claim, sorted(unattributed, key=lambda f: f.claim)


def order_key(figure: Figure) -> tuple[dt.date, int]:
    return (figure.stated_on or dt.date.min, figure.claim)


def consolidate(figures: Iterable[Figure]) -> Estimate:
    """Return the estimate and grade of one quantity from its published figures (the module's rule)."""
    figures = list(figures)
    if not figures:
        return Estimate()
    origins, unattributed = latest_per_origin(figures)
    credible = [f for f in origins if not f.discredited]
    setting = [f for f in credible if not f.interested]
    estimate = Estimate()
    lowers = [(f.lower, f.claim) for f in setting if f.lower is not None]
    uppers = [(f.upper, -f.claim) for f in setting if f.upper is not None]
    bests = sorted((f.best, f.claim) for f in setting if f.best is not None)
    if lowers:
        estimate.low, estimate.low_claim = min(lowers)
    if uppers:
        value, negative_claim = max(uppers)
        estimate.high, estimate.high_claim = value, -negative_claim
    if estimate.low is not None and estimate.high is not None and estimate.low > estimate.high:
        values = [*lowers, *((value, -negative) for value, negative in uppers)]
        estimate.low, estimate.low_claim = min(values)
        estimate.high, estimate.high_claim = max(values, key=lambda v: (v[0], -v[1]))
    if bests:
        estimate.best, estimate.best_claim = bests[(len(bests) - 1) // 2]
    estimate.grade, why = grade_of(origins, credible)
    estimate.basis = [basis_entry(f, estimate, setting) for f in [*origins, *unattributed]]
    estimate.explanation = explain(estimate, origins, unattributed, setting, why)
    return estimate


def grade_of(origins: list[Figure], credible: list[Figure]) -> tuple[str, str]:
    """Return (grade, the reason in words) for these origins' latest figures."""
    if not origins:
        return "weak", "no figure has a named origin"
    if not credible:
        return "discounted", "every origin's figure was rated false or unsupported"
    if acknowledged := [f for f in credible if f.responsible and (f.central or 0) > 0]:
        # The claim, not the party's name: partners may see the claim's origin, not always whom it answers for.
        return "confirmed", (
            f"the party held responsible acknowledged harm with a figure of its own (claim {acknowledged[0].claim})"
        )
    centrals = [(f.central, f) for f in credible if f.central is not None]
    if len(centrals) >= 2:
        smallest, largest = min(centrals, key=lambda c: c[0]), max(centrals, key=lambda c: c[0])
        gap = largest[0] - smallest[0]
        if gap > CONTESTED_GAP and largest[0] > CONTESTED_RATIO * smallest[0]:
            return "contested", (
                f"independent origins disagree: {name(smallest[1])} says {smallest[0]:,g}, "
                f"{name(largest[1])} {largest[0]:,g} (more than {CONTESTED_RATIO:g} times as many)"
            )
    if len(credible) >= 2 and any(not f.interested for f in credible):
        return "fair", f"{len(credible)} independent credible origins agree"
    if len(credible) >= 2:
        return "weak", "only parties to the conflict gave figures"
    return "weak", "one origin only"


def basis_entry(figure: Figure, estimate: Estimate, setting: list[Figure]) -> dict:
    sets = [
        bound
        for bound, claim in (
            ("low", estimate.low_claim),
            ("best", estimate.best_claim),
            ("high", estimate.high_claim),
        )
        if claim == figure.claim
    ]
    if figure.origin is None:
        why = "unattributed: not an independent origin"
    elif figure.discredited:
        why = f"rated {figure.rating}: not counted"
    elif figure.interested:
        why = "a party to the conflict: shown, never sets a bound alone"
    elif figure in setting:
        why = "counted"
    else:
        why = ""
    return {
        "claim": figure.claim,
        "origin": figure.origin,
        "stated_on": figure.stated_on.isoformat() if figure.stated_on else None,
        "low": figure.low,
        "best": figure.best,
        "high": figure.high,
        "interested_party": figure.interested,
        "sets": sets,
        "why": why,
    }


def name(figure: Figure) -> str:
    return figure.origin_name or f"origin {figure.origin}"


def explain(
    estimate: Estimate, origins: list[Figure], unattributed: list[Figure], setting: list[Figure], why: str
) -> str:
    """Return the estimate and grade in sentences an editor or a partner can check against the claims."""
    reports = len(origins) + len(unattributed)
    parts = [
        f"{len(origins)} independent origin{'s' if len(origins) != 1 else ''}"
        f" among the latest published figures ({reports} considered)."
    ]
    bounds = [
        f"{bound} {value:,} (claim {claim})"
        for bound, value, claim in (
            ("low", estimate.low, estimate.low_claim),
            ("best", estimate.best, estimate.best_claim),
            ("high", estimate.high, estimate.high_claim),
        )
        if value is not None
    ]
    if bounds:
        parts.append("Bounds: " + ", ".join(bounds) + ".")
    elif origins and not setting:
        parts.append("No bounds: no credible figure from outside the parties to the conflict.")
    elif not origins:
        parts.append("No bounds: no figure has a named origin.")
    else:
        parts.append("No bounds: no figure gives a number.")
    interested = [f for f in origins if f.interested]
    if interested:
        parts.append(
            "Parties to the conflict, shown but never setting a bound alone: "
            + ", ".join(f"{name(f)} (claim {f.claim})" for f in interested)
            + "."
        )
    parts.append(f"Grade {estimate.grade}: {why}.")
    return " ".join(parts)
