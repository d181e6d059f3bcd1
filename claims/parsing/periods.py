"""Read the period a casualty sentence counts over, against the day the source was published: "since the war
began in April 2023", "between January and June 2024", "over the past 24 hours", "last month". Pure Python,
English words; the rules are in docs/methodology.md ("Period and area").

- A day named is that day; a month named alone starts on its first day and ends on its last; a year named alone
  runs from 1 January to 31 December. A day or month written without a year takes the publication's year, or the
  year before when it would otherwise start after the publication.
- "Since ..." (and "this year", "this month", "so far this week") runs to the day the sentence dates its figures
  to ("as of Sunday"), else to the publication day, else its end is unknown (None).
- "Over the past N days" runs from N days before the publication day to that day (a count of 24 hours straddles
  two calendar days); "last week" (Monday to Sunday), "last month" and "last year" are the calendar ones before
  the publication's.
- A period still running at publication ends on the publication day.
- Nothing is invented: no period when the sentence states none; when it states one this module cannot date
  ("since the war began", "since early 2023", "the deadliest day since 2014", "a report published in 2023"); when
  it states two different ones (each may belong to another figure); when a relative period has no publication
  day; or when its start falls after its end or after the publication.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Callable
from typing import NamedTuple

from .dates import MONTHS, WEEKDAYS, as_of_in
from .lexicon import PEOPLE_NOUNS, THING_NOUNS, TIME_UNITS

# Month names are capitalised ("may" is a verb); wire copy abbreviates them ("Oct. 7", "Sept. 27").
_MONTH_NUMBERS = {name.capitalize(): number for number, name in enumerate(MONTHS, start=1)}
_MONTH_NUMBERS |= {
    name[:3].capitalize(): number for name, number in list(_MONTH_NUMBERS.items()) if len(name) > 4
}
_MONTH_NUMBERS["Sept"] = 9
_MONTH = r"(?-i:" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:19|20)\d\d\b"
_WEEKDAY = "|".join(WEEKDAYS)


def _date(name: str) -> str:
    """Return a pattern for a day, a month or a year as reporting writes them, in groups named `name`_..."""
    return (
        rf"(?:(?P<{name}_day>{_DAY})\s+(?:of\s+)?(?P<{name}_month>{_MONTH})"  # 7 October
        rf"|(?P<{name}_month2>{_MONTH})(?:\s+(?P<{name}_day2>{_DAY}))?)"  # October 7, October
        rf"(?:,?\s+(?P<{name}_year>{_YEAR}))?"
        rf"|(?P<{name}_alone>{_YEAR})"  # 2023
    )


# The first end of a range may leave to the second what both share: "between 7 and 14 October".
_FIRST = rf"(?:(?P<a_dayonly>{_DAY})(?=\s+(?:and|to|until|till|through)\s+{_DAY}\s+(?:of\s+)?{_MONTH})|{_date('a')})"
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7}
_PART = {"first half": (1, 6), "second half": (7, 12)} | {
    f"{ordinal} quarter": (3 * n - 2, 3 * n)
    for n, ordinals in enumerate((("first",), ("second",), ("third",), ("fourth", "final", "last")), start=1)
    for ordinal in ordinals
}
_WHICH_YEAR = rf"(?:(?P<year>{_YEAR})|(?P<relative>the\s+year|this\s+year|last\s+year))"

# Words before a date that make it the day something else happened, not the period counted: "the war that began
# in April 2023", "a survey published in The Lancet in 2006" (up to five words before), "said in March" (right
# before).
_NOT_THE_PERIOD_BEFORE = re.compile(
    r"(?:\b(?:began|begun|begin|begins|started|starts|erupted|broke\s+out|launched|invaded|escalated|resumed|ended"
    r"|signed|elected|founded|established|created|formed|born|published|released|issued|updated)\b"
    r"(?:\s+[\w'’-]+){0,5}|\b(?:said|says|reported|estimated|announced|report|study|survey|census))\s*,?\s*$",
    re.IGNORECASE,
)
# A period something is compared with is not the figure's: "a 60% increase on last year", "up from 900 in 2022".
_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:increase|rise|drop|fall|decrease|decline|jump)s?\s+(?:on|from|over|compared)|up\s+from|down\s+from"
    r"|compared\s+(?:with|to)|versus|vs\.?|as\s+against)\b[^,;.]{0,30}$",
    re.IGNORECASE,
)
# A period after "including" in its clause is a part's: "10.7 million displaced, including 7.9 million newly
# displaced since 15 April 2023".
_PART_BEFORE = re.compile(
    r"\b(?:including|of\s+whom|of\s+them|among\s+them)\b(?:[^,;.]|\.\d)*$", re.IGNORECASE
)
# A sentence that adds new losses to a running total ("12 more were killed, bringing the toll since September 27
# to 1,177") holds two figures of different scope: no period or area it states is both's.
RUNNING_TOTAL = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed|lifting|lifts)\b"
    r"[^.;]{0,40}?\b(?:toll|total|tally|count|number)\b[^.;]{0,60}?\bto\b",
    re.IGNORECASE,
)
# A year followed by what a number counts is a number: "in 2000 attacks", "between 1900 and 2000 people".
_COUNTED = {
    word
    for noun in (*PEOPLE_NOUNS, *THING_NOUNS, *TIME_UNITS, "cases", "deaths", "dead", "killed", "casualties")
    for word in (noun, noun.removesuffix("s"))
}
# "The deadliest day since 2014", "the first time since October": a comparison, not a period.
_COMPARISON_BEFORE = re.compile(
    r"\b(?:\w+iest|worst|highest|lowest|largest|biggest|greatest|fewest|fiercest|strongest|(?<!\bat\s)most"
    r"|(?<!\bat\s)least|first)\b"
    r"(?:\s+[\w'-]+){0,3}[\s,]*$",
    re.IGNORECASE,
)
# "The toll rose from 1982 to 2023": a change of a number, not years.
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rises|increased|climbed|jumped|grew|fell|dropped|up|down)\s*$", re.I
)


class _Reading(NamedTuple):
    start: dt.date
    end: dt.date | None
    runs_on: bool  # "since ...": ends on the as-of day or the publication day


class _Unreadable(Exception):
    """The sentence states a period that cannot be dated: no period may be proposed for it."""


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _span(day: str | None, month: str | None, year: int) -> tuple[dt.date, dt.date]:
    """Return the first and last day of a day, a month or a year as written."""
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    number = _MONTH_NUMBERS[month.rstrip(".")]
    if day is None:
        return dt.date(year, number, 1), _month_end(year, number)
    try:
        named = dt.date(year, number, int(re.sub(r"\D", "", day)))
    except ValueError:
        raise _Unreadable from None  # "31 February"
    return named, named


def _parts(found: re.Match, name: str) -> tuple[str | None, str | None, str | None]:
    """Return the day, month and year a `_date(name)` match writes."""
    group = found.groupdict()
    if group.get(f"{name}_alone"):
        return None, None, group[f"{name}_alone"]
    return (
        group.get(f"{name}_day") or group.get(f"{name}_day2"),
        group.get(f"{name}_month") or group.get(f"{name}_month2"),
        group.get(f"{name}_year"),
    )


def _dated(
    first: tuple[str | None, str | None], last: tuple[str | None, str | None], year: str | None, published_on
) -> tuple[dt.date, dt.date]:
    """Return the first day of `first` and the last day of `last` (each a day and a month) in `year`; without a
    year, in the publication's year, or the year before when the period would start after the publication."""
    if year is not None:
        return _span(*first, int(year))[0], _span(*last, int(year))[1]
    if published_on is None:
        raise _Unreadable  # no year to give it
    for candidate in (published_on.year, published_on.year - 1):
        start, end = _span(*first, candidate)[0], _span(*last, candidate)[1]
        if start <= published_on:
            return start, end
    raise _Unreadable


def _counted_follows(sentence: str, end: int) -> bool:
    """Return whether the word after `end` is what a number counts (so a "year" just before it is a number)."""
    after = re.match(r"\s+([a-z-]+)", sentence[end:])
    return bool(after and after[1] in _COUNTED)


def _needs(published_on: dt.date | None) -> dt.date:
    if published_on is None:
        raise _Unreadable  # a period relative to a publication day we do not know
    return published_on


def _last_weekday(name: str, published_on: dt.date | None) -> dt.date:
    """Return the last such weekday on or before the publication day (as dates.as_of_in reads "on Sunday")."""
    day = _needs(published_on)
    return day - dt.timedelta(days=(day.weekday() - WEEKDAYS.index(name.lower())) % 7)


# --- The forms, each a pattern and what it reads --------------------------------------------------------------

# A reader returns None when the words are no period after all ("between 1900 and 2000 people").
_Reader = Callable[[re.Match, str, "dt.date | None"], "_Reading | None"]
_FORMS: list[tuple[re.Pattern, _Reader]] = []


def _form(pattern: str) -> Callable[[_Reader], _Reader]:
    def register(reader: _Reader) -> _Reader:
        _FORMS.append((re.compile(pattern, re.IGNORECASE), reader))
        return reader

    return register


@_form(
    rf"\b(?P<word>between|from)\s+(?:the\s+)?(?:{_FIRST})\s+(?P<joint>and|to|until|till|through)\s+"
    rf"(?:the\s+)?(?:{_date('b')})"
)
def _between(found: re.Match, sentence: str, published_on) -> _Reading | None:
    """ "between January and June 2024", "from 1 January to 30 June 2024", "between 7 and 14 October"."""
    group = found.groupdict()
    if (found["word"].lower() == "between") != (found["joint"].lower() == "and"):
        raise _Unreadable  # "between ... to", "from ... and": a sentence read wrongly
    b_day, b_month, b_year = _parts(found, "b")
    if group["a_alone"] or group["b_alone"]:
        if _counted_follows(sentence, found.end()) or _CHANGE_BEFORE.search(sentence[: found.start()]):
            return None  # "between 1900 and 2000 people", "rose from 1982 to 2023": numbers
        if not (group["a_alone"] and group["b_alone"]):
            raise _Unreadable  # "between 2020 and March"
        start, end = _span(None, None, int(group["a_alone"]))[0], _span(None, None, int(group["b_alone"]))[1]
        return _Reading(start, end, runs_on=False)
    a_day, a_month, a_year = _parts(found, "a")
    if group["a_dayonly"]:
        a_day, a_month = group["a_dayonly"], b_month
    if a_year is None or b_year is None or a_year == b_year:
        start, end = _dated((a_day, a_month), (b_day, b_month), a_year or b_year, published_on)
        return _Reading(start, end, runs_on=False)
    return _Reading(
        _span(a_day, a_month, int(a_year))[0], _span(b_day, b_month, int(b_year))[1], runs_on=False
    )


@_form(
    rf"\b(?:in|during|over|throughout)\s+the\s+(?P<part>(?:first|second)\s+half|(?:first|second|third|fourth|final|last)\s+quarter"
    rf"|first\s+(?P<months>\w+)\s+months)\s+of\s+{_WHICH_YEAR}"
)
def _part_of_year(found: re.Match, sentence: str, published_on) -> _Reading:
    """ "in the first half of 2024", "in the third quarter of last year", "in the first six months of the year"."""
    if found["year"]:
        year = int(found["year"])
    else:
        year = _needs(published_on).year - (1 if found["relative"].lower().startswith("last") else 0)
    if found["months"]:
        months = (
            int(found["months"]) if found["months"].isdigit() else _NUMBER_WORDS.get(found["months"].lower())
        )
        if not months or months > 12:
            raise _Unreadable
        first, last = 1, months
    else:
        first, last = _PART[" ".join(found["part"].lower().split())]
    return _Reading(dt.date(year, first, 1), _month_end(year, last), runs_on=False)


@_form(
    rf"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:(?P<this>(?:the|this)\s+(?:year|month))"
    rf"|(?P<month>{_MONTH})(?:\s+(?P<year>{_YEAR}))?|(?P<alone>{_YEAR}))"
)
def _since_the_start_of(found: re.Match, sentence: str, published_on) -> _Reading:
    """ "since the start of the year", "since the beginning of 2024", "since the start of October"."""
    if found["this"]:
        day = _needs(published_on)
        month = 1 if found["this"].lower().endswith("year") else day.month
        return _Reading(dt.date(day.year, month, 1), None, runs_on=True)
    year = found["year"] or found["alone"]
    start, _ = _dated((None, found["month"]), (None, found["month"]), year, published_on)
    return _Reading(start, None, runs_on=True)


@_form(rf"\bsince\s+(?:(?P<weekday>{_WEEKDAY})\b|(?P<yesterday>yesterday)\b|(?:{_date('d')}))")
def _since_a_day(found: re.Match, sentence: str, published_on) -> _Reading | None:
    """ "since 7 October", "since October 7, 2023", "since April 2023", "since 2014", "since Saturday"."""
    if _COMPARISON_BEFORE.search(sentence[: found.start()]):
        raise _Unreadable  # "the deadliest day since 2014"
    if found["weekday"]:
        return _Reading(_last_weekday(found["weekday"], published_on), None, runs_on=True)
    if found["yesterday"]:
        return _Reading(_needs(published_on) - dt.timedelta(1), None, runs_on=True)
    day, month, year = _parts(found, "d")
    if found["d_alone"] and _counted_follows(sentence, found.end()):
        return None  # "since 2000 people fled": a number
    start, _ = _dated((day, month), (day, month), year, published_on)
    return _Reading(start, None, runs_on=True)


@_form(rf"\bsince\s+(?P<event>[^,.;:!?()]{{1,80}}?)\s(?:in|on)\s+(?:(?P<weekday>{_WEEKDAY})\b|{_date('d')})")
def _since_an_event(found: re.Match, sentence: str, published_on) -> _Reading | None:
    """ "since the war began in April 2023", "since Hamas attacked Israel on October 7"."""
    if _COMPARISON_BEFORE.search(sentence[: found.start()]) or re.search(r"\d", found["event"]):
        raise _Unreadable
    if found["weekday"]:
        return _Reading(_last_weekday(found["weekday"], published_on), None, runs_on=True)
    day, month, year = _parts(found, "d")
    if found["d_alone"] and _counted_follows(sentence, found.end()):
        return None  # "since 2000 people fled": a number
    start, _ = _dated((day, month), (day, month), year, published_on)
    return _Reading(start, None, runs_on=True)


@_form(
    r"\bthe\s+(?P<which>past|last|previous|preceding)\s+(?:(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve)\s+)?(?P<unit>hour|day|week|month|year)s?\b(?!\s+of\b)"
)
def _the_past(found: re.Match, sentence: str, published_on) -> _Reading:
    """ "over the past 24 hours", "in the last day", "over the past two weeks", "in the past month"."""
    if found["which"].lower() in ("previous", "preceding") and found["unit"].lower() != "hour":
        raise _Unreadable  # "the previous day" may be the day before another day the sentence names
    day = _needs(published_on)
    count = found["count"] or "1"
    number = int(count) if count.isdigit() else _NUMBER_WORDS[count.lower()]
    unit = found["unit"].lower()
    if unit == "month":
        year, month = divmod(day.year * 12 + day.month - 1 - number, 12)
        start = dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
    elif unit == "year":
        start = dt.date(
            day.year - number, day.month, min(day.day, calendar.monthrange(day.year - number, day.month)[1])
        )
    else:
        start = day - dt.timedelta(days=max(1, math.ceil(number * _UNIT_DAYS[unit])))
    return _Reading(start, day, runs_on=False)


@_form(r"\b(?:(?P<so_far>so\s+far\s+)?(?P<which>last|this)\s+(?P<unit>week|month|year))\b")
def _calendar(found: re.Match, sentence: str, published_on) -> _Reading:
    """ "last month", "last week", "last year", "this year", "so far this month"."""
    before = sentence[: found.start()]
    if re.search(
        r"\b(?:since|until|by|early|earlier|late|later|mid|end\s+of|start\s+of|beginning\s+of|middle\s+of)\s*-?\s*$",
        before,
        re.IGNORECASE,
    ) or _NOT_THE_PERIOD_BEFORE.search(before):
        raise _Unreadable  # "since last year", "earlier this month", "said last week"
    day = _needs(published_on)
    unit, this = found["unit"].lower(), found["which"].lower() == "this"
    if unit == "year":
        year = day.year if this else day.year - 1
        return _Reading(dt.date(year, 1, 1), None if this else dt.date(year, 12, 31), runs_on=this)
    if unit == "month":
        first = day.replace(day=1)
        if this:
            return _Reading(first, None, runs_on=True)
        last = first - dt.timedelta(days=1)
        return _Reading(last.replace(day=1), last, runs_on=False)
    monday = day - dt.timedelta(days=day.weekday())
    if this:
        return _Reading(monday, None, runs_on=True)
    return _Reading(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), runs_on=False)


@_form(
    rf"\b(?:in|during|throughout)\s+(?:all\s+of\s+|the\s+whole\s+of\s+|the\s+month\s+of\s+|the\s+year\s+)?"
    rf"(?:(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?|(?P<alone>{_YEAR}))"
    r"(?!,?\s+(?:19|20)\d\d\b)"
)
def _in_a_month_or_year(found: re.Match, sentence: str, published_on) -> _Reading | None:
    """ "in 2023", "in April", "during March 2024", "throughout 2022"."""
    if _NOT_THE_PERIOD_BEFORE.search(sentence[: found.start()]):
        raise _Unreadable  # "the war that began in April 2023"
    if found["alone"] and _counted_follows(sentence, found.end()):
        return None  # "in 2000 attacks": a number
    if re.match(rf"[-–/]\d|\s+(?:and|or|to)\s+(?:\d|{_MONTH})", sentence[found.end() :]):
        raise _Unreadable  # "in 2023-24", "in 2023 and 2,000 in 2022", "in November and December"
    year = found["year"] or found["alone"]
    start, end = _dated((None, found["month"]), (None, found["month"]), year, published_on)
    return _Reading(start, end, runs_on=False)


# A "since" none of the forms reads is a period stated and not understood: "since the war began", "since then".
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
# Vague periods: stated, and not to be replaced by another period of the same sentence.
_VAGUE = re.compile(
    rf"\b(?:the\s+(?:past|last)\s+(?:few|several|many|couple)\b|(?:early|mid|late)[\s-]+(?:{_YEAR}|{_MONTH})"
    r"|(?:earlier|later)\s+(?:this|last)\s+(?:week|month|year))",
    re.IGNORECASE,
)


def period_in(sentence: str, published_on: dt.date | None) -> tuple[dt.date | None, dt.date | None] | None:
    """Return the first and last day of the period the sentence counts over (the last None when it runs on and
    there is no publication day), or None when it states none, or none that can be dated with certainty."""
    readings: set[_Reading] = set()
    taken: list[tuple[int, int]] = []
    try:
        for pattern, reader in _FORMS:
            for found in pattern.finditer(sentence):
                if any(found.start() < end and start < found.end() for start, end in taken):
                    continue
                taken.append(found.span())
                if _COMPARED_BEFORE.search(sentence[: found.start()]) or _PART_BEFORE.search(
                    sentence[: found.start()]
                ):
                    raise _Unreadable
                reading = reader(found, sentence, published_on)
                if reading is not None:
                    readings.add(reading)
        for found in _SINCE.finditer(sentence):
            if not any(start <= found.start() < end for start, end in taken):
                raise _Unreadable
        if _VAGUE.search(sentence):
            raise _Unreadable
        if readings and RUNNING_TOTAL.search(sentence):
            raise _Unreadable
    except _Unreadable:
        return None
    if len(readings) != 1:
        return None  # none, or two periods: each may be another figure's
    [reading] = readings
    start, end = reading.start, reading.end
    if reading.runs_on:
        masked = "".join(" " if any(s <= i < e for s, e in taken) else c for i, c in enumerate(sentence))
        end = as_of_in(masked, published_on) or published_on
    if published_on is not None:
        if start > published_on:
            return None
        if end is not None and end > published_on:
            end = published_on  # still running when published
    if end is not None and end < start:
        return None
    return start, end
