"""Read the day a figure is valid for from its sentence, against the day the source was published: "on Sunday",
"yesterday", "on 12 March". Pure Python, English words."""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_RE = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
)
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR_RE = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"

_AS_OF_RE = re.compile(
    rf"""
    \b(?P<relative>yesterday|today|last\s+night|this\s+morning|overnight)\b
  | \b(?:on|since|by)\s+(?P<weekday>{"|".join(WEEKDAYS)})\b
  | \b(?:on|as\s+of|by)\s+(?:{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}|{_MONTH_RE.replace("month", "month2")}\s+{_DAY_RE.replace("day", "day2")}){_YEAR_RE}\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "last night": -1, "this morning": 0, "overnight": 0}


def as_of_in(sentence: str, published_on: dt.date | None) -> dt.date | None:
    """Return the day the sentence dates its figures to, the publication day's week and year filling what it
    leaves out; None when it names no day, or when a day is relative and there is no publication day."""
    found = _AS_OF_RE.search(sentence)
    if not found:
        return None
    if found["relative"]:
        if published_on is None:
            return None
        return published_on + dt.timedelta(days=_RELATIVE_DAYS[" ".join(found["relative"].lower().split())])
    if found["weekday"]:
        if published_on is None:
            return None
        back = (published_on.weekday() - WEEKDAYS.index(found["weekday"].lower())) % 7
        return published_on - dt.timedelta(days=back)  # the last such day, the publication day included
    month = MONTHS.index((found["month"] or found["month2"]).lower()) + 1
    day = int(found["day"] or found["day2"])
    if found["year"]:
        year = int(found["year"])
    elif published_on is not None:
        year = published_on.year
    else:
        return None
    try:
        day_named = dt.date(year, month, day)
    except ValueError:
        return None  # "on 31 February": no day
    if published_on is not None and day_named > published_on:
        if found["year"] or (month, day) == (2, 29):
            return None  # a day after the publication is no day a figure can be valid for
        day_named = day_named.replace(year=year - 1)  # "on 30 December", read in January
    return day_named
