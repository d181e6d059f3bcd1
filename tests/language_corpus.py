"""The format of the per-language corpora (issue 16): tests/corpus_<code>.py for ru, uk, ar, fr, es and de.

Plain data, no Django and no pytest, so that bench/parsing.py can import it too. Each corpus module defines:

- `CASES`: phrases and whole sentences as the language's own media print them (wire copy, a ministry's bulletin,
  a regional administration's Telegram post, a health ministry's statement, a monitor's report), each with the
  figure a careful recorder would enter, read alone by `parse_figure(phrase, language=<code>)` under the
  conservative convention. When a sentence holds several figures, the label is the first casualty figure it
  states (what parse_figure returns: the first amount that says what it counts).
- `NON_FIGURES`: phrases that write a number and state no casualty figure (dates, years, ages, times, unit
  numbers, ordinal days, percentages, money, counts of equipment or buildings, durations); parse_figure must
  refuse every one.
- `EXTRACTIONS`: short passages in the language, each with the figures extract_figures must propose and whom
  their sentence credits (`Expected.originator`, alternatives separated by " | ", None when no one is named).

The labels follow tests/reading_corpus.py: metric, population and group are the codes of claims.models; bounds as
claims.parsing.Figure holds them ("не менее 40" is at_least 40/40/None; "более 300" is more_than 301/None/None;
"до 5 тысяч" is at_most None/None/5,000; "десятки" is vague 10/None/None under the conservative convention and
20 under the literal one, given as `literal_low`). The events, figures and names are invented or altered.
"""

from __future__ import annotations

from typing import NamedTuple

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
METRICS = ("killed", "wounded", "casualties", "missing", "captured", "displaced")
POPULATIONS = ("civilian", "military", "all")
GROUPS = ("all", "children", "women", "men", "elderly")
# What a case exercises; every corpus covers each at least once (tests/test_language_corpora.py checks it).
COVERS = (
    "qualifier",  # a qualifier cue before or after the number
    "vague",  # a vague magnitude (dozens, hundreds...) or several/a few hundred
    "words",  # a number written in words, with its case, gender or agreement
    "mixed",  # digits and words together ("12 тыс. 368", "1 мільйон 300 тисяч")
    "separator",  # thousands by dot, space or apostrophe; decimal comma with a scale word
    "range",  # a range, with a multiplier shared by both ends or not
    "false_friend",  # a word that looks like a qualifier and is not one here
    "breakdown",  # a total with its parts ("including 5 children"): the label is the total
    "zero",  # no casualties
    "context_metric",  # a metric word whose meaning depends on context (victims, affected...)
    "military",  # bulletins' words for the armed (occupiers, heroes, fighters)
    "unquantified",  # heavy losses, many dead
    "sentence",  # a whole real-style sentence with other numbers around
)


class Case(NamedTuple):
    phrase: str
    qualifier: str
    low: int | None
    best: int | None
    high: int | None
    metric: str | None
    population: str = "all"
    group: str = "all"
    covers: tuple[str, ...] = ()
    literal_low: int | None = None  # a vague floor under the literal convention, when it differs


class Expected(NamedTuple):
    phrase: (
        str  # occurs once in the passage; a candidate matches when its span overlaps it and its numbers agree
    )
    low: int | None
    best: int | None
    high: int | None
    metric: str
    originator: str | None  # alternatives separated by " | "; None when no one is named


class Extraction(NamedTuple):
    key: str
    text: str
    expected: tuple[Expected, ...]


def names_match(expected: str | None, found: str | None) -> bool:
    """Return True when an extraction's originator names the labelled speaker: both None, or one of the label's
    alternatives (" | ") contains the found name or is contained in it, case aside."""
    if expected is None or found is None:
        return expected is found
    found = found.casefold()
    return any(
        alternative.strip().casefold() in found or found in alternative.strip().casefold()
        for alternative in expected.split("|")
    )
