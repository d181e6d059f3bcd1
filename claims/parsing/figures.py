"""What a casualty figure is, whatever language it was written in: qualifiers, conventions, bounds, results."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

QUALIFIERS = (
    "exact",
    "approximate",
    "at_least",
    "more_than",
    "at_most",
    "fewer_than",
    "range",
    "vague",
    "unquantified",
)

CONVENTIONS = {
    "conservative": "A plural magnitude counts once: dozens = 12, hundreds = 100, thousands = 1,000 "
    "(as ACLED codes vague counts). The default.",
    "literal": "A plural magnitude counts as at least two units: dozens = 24, hundreds = 200, thousands = 2,000. "
    "Only vague floors change.",
}


# --- Results --------------------------------------------------------------------------------------------------


class ParseError(ValueError):
    """The text holds no casualty figure; the message says why and what to write instead."""


@dataclass(frozen=True)
class Figure:
    """One casualty figure, read by the methodology table."""

    qualifier: str
    low: int | None
    best: int | None
    high: int | None
    metric: str | None
    population: str
    convention: str
    group: str = "all"  # children, women, men, elderly: whose losses by age and sex (Claim.group)


@dataclass(frozen=True)
class Candidate:
    """A casualty figure found in a text, with the sentence it stands in and whom that sentence attributes it to."""

    start: int
    end: int
    phrase: str
    figure: Figure
    sentence: str
    originator: str | None
    # How the originator was found: named in its sentence, or resolved from a description, a pronoun or the
    # paragraph (attribution.ATTRIBUTION_CONFIDENCE says how far to trust each).
    attribution: str | None = None
    part_of: int | None = None  # the index, in the same list, of the total this figure breaks down
    as_of: dt.date | None = None  # the day its sentence dates it to ("on Sunday", "yesterday")
    # The period its sentence counts over ("since the war began in April 2023"): first and last day.
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    area: str | None = None  # the place its sentence names for the losses, as written ("the Kharkiv region")


# --- Bounds ---------------------------------------------------------------------------------------------------


def _check_convention(convention: str) -> None:
    """Raise ValueError unless the convention is one of CONVENTIONS."""
    if convention not in CONVENTIONS:
        known = ", ".join(f"“{name}”" for name in CONVENTIONS)
        raise ValueError(f"Unknown convention “{convention}”; use one of {known}.")


def bounds_for(
    qualifier: str, n: int | None = None, n2: int | None = None
) -> tuple[int | None, int | None, int | None]:
    """Return (low, best, high) for a qualifier and its number(s), by the methodology table."""
    if qualifier == "exact":
        return n, n, n
    if qualifier == "approximate":
        return None, n, None
    if qualifier == "at_least":
        return n, n, None
    if qualifier == "more_than":
        assert n is not None, "more_than needs a number"
        return n + 1, None, None
    if qualifier == "at_most":
        return None, None, n
    if qualifier == "fewer_than":
        assert n is not None, "fewer_than needs a number"
        return None, None, n - 1
    if qualifier == "range":
        return n, None, n2
    if qualifier == "vague":
        return n, None, None
    if qualifier == "unquantified":
        return None, None, None
    raise ValueError(f"Unknown qualifier “{qualifier}”; use one of {', '.join(QUALIFIERS)}.")
