"""Read casualty figures: a phrase into low/best/high bounds, a text into candidate figures and their originators.

Pure Python, no Django. The rules are the methodology table of DESIGN.md, kept below as data; docs/methodology.md
shows them as rendered by `methodology_markdown()` (`python -m claims.parsing --write-docs` rewrites that section).
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import cast

__all__ = [
    "ATTRIBUTION_CUES",
    "CONVENTIONS",
    "METRIC_CUES",
    "NON_FIGURES",
    "NUMBER_FORMS",
    "PEOPLE_NOUNS",
    "POPULATION_CUES",
    "QUALIFIERS",
    "QUALIFIER_CUES",
    "QUALIFIER_SUFFIXES",
    "RANGE_FORMS",
    "THING_NOUNS",
    "TIME_UNITS",
    "UNQUANTIFIED_CUES",
    "VAGUE_MAGNITUDES",
    "VAGUE_MULTIPLIERS",
    "ZERO_CUES",
    "Candidate",
    "Figure",
    "ParseError",
    "bounds_for",
    "extract_figures",
    "methodology_markdown",
    "number_value",
    "parse_figure",
]


def _words(text: str) -> frozenset[str]:
    """Return the set of words in a space-separated list; long lists of cue words stay readable that way."""
    return frozenset(text.split())


def _word_list(text: str) -> tuple[str, ...]:
    """Return the words of a space-separated list, in order."""
    return tuple(text.split())


# --- The rule tables ------------------------------------------------------------------------------------------

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

# Cues written before the number. "over" and "under" count only when a number follows ("over 300 people"), and a
# following time unit makes the whole a duration ("over two days"), which is never a figure.
QUALIFIER_CUES = {
    "exact": ("exactly", "a total of"),
    "approximate": (
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "an estimated",
        "nearly",
        "almost",
        "close to",
    ),
    "at_least": ("at least", "no fewer than", "not fewer than", "not less than", "a minimum of"),
    "more_than": ("more than", "over", "upwards of", "in excess of", "exceeding"),
    "at_most": ("up to", "as many as", "at most", "no more than", "not more than", "a maximum of"),
    "fewer_than": ("fewer than", "less than", "under"),
}

# Cues written after the number: "12 or more", "30 or so".
QUALIFIER_SUFFIXES = {"or more": "at_least", "or so": "approximate"}

RANGE_FORMS = ("between X and Y", "from X to Y", "X to Y", "X–Y", "X-Y", "X or Y")

# "no" needs what is counted after it ("no casualties", "no civilians were killed"); the others need a casualty
# verb ("nobody was killed", "none of the soldiers were hurt").
ZERO_CUES = ("no", "nobody", "no one", "no-one", "none", "zero")
_ZERO_CUES_NEEDING_A_VERB = ("nobody", "no one", "no-one", "none")

VAGUE_MAGNITUDES = {
    "a few": {"conservative": 2, "literal": 2},
    "several": {"conservative": 3, "literal": 3},
    "tens": {"conservative": 10, "literal": 20},
    "dozens": {"conservative": 12, "literal": 24},
    "scores": {"conservative": 20, "literal": 40},
    "hundreds": {"conservative": 100, "literal": 200},
    "thousands": {"conservative": 1_000, "literal": 2_000},
    "tens of thousands": {"conservative": 10_000, "literal": 20_000},
    "hundreds of thousands": {"conservative": 100_000, "literal": 200_000},
    "millions": {"conservative": 1_000_000, "literal": 2_000_000},
}

# "several hundred" = 3 × 100 and "a few thousand" = 2 × 1,000 under either convention: the unit is singular.
VAGUE_MULTIPLIERS = {
    "a few": 2,
    "several": 3,
}
_VAGUE_UNITS = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "hundred thousand": 100_000,
    "million": 1_000_000,
}

UNQUANTIFIED_CUES = (
    "a large number of",
    "large numbers of",
    "a great number of",
    "a significant number of",
    "a number of",
    "a great many",
    "many",
    "numerous",
    "countless",
    "heavy casualties",
    "mass casualties",
)

# Longer cues win over shorter ones ("killed or wounded" is casualties, not killed). Cues that end in "toll" are
# read before the number ("the death toll rose to 45"); the transitive verbs too ("killed 12 soldiers").
METRIC_CUES = {
    "killed": (
        "killed",
        "killing",
        "dead",
        "death",
        "deaths",
        "died",
        "fatalities",
        "fatality",
        "lives",
        "lives of",
        "deaths of",
        "lost their lives",
        "bodies",
        "perished",
        "death toll",
    ),
    "wounded": ("wounded", "wounding", "injured", "injuring", "injuries", "hurt"),
    "casualties": (
        "casualties",
        "casualty",
        "casualty toll",
        "killed or wounded",
        "killed and wounded",
        "killed or injured",
        "killed and injured",
        "dead or wounded",
        "dead and wounded",
        "dead or injured",
        "dead and injured",
    ),
    "missing": ("missing",),
    "captured": (
        "captured",
        "capturing",
        "prisoners",
        "prisoner",
        "prisoners of war",
        "POWs",
        "taken prisoner",
        "taken captive",
    ),
    "displaced": ("displaced", "displacing", "fled", "fleeing", "refugees", "refugee"),
}
_TRANSITIVE_CUES = (
    "killed",
    "killing",
    "wounded",
    "wounding",
    "injured",
    "injuring",
    "captured",
    "capturing",
    "displaced",
    "displacing",
    "lives of",
    "deaths of",
)

POPULATION_CUES = {
    "civilian": ("civilians", "civilian"),
    "military": (
        "soldiers",
        "servicemen",
        "serviceman",
        "service members",
        "troops",
        "military personnel",
        "military",
        "fighters",
        "combatants",
    ),
}
# Adjectives that name the population and let the noun follow: "civilian deaths", "military casualties".
_POPULATION_ADJECTIVES = ("civilian", "military")

# Nouns for people that say nothing about the population; a figure about them is counted as `all`.
PEOPLE_NOUNS = (
    "people",
    "persons",
    "person",
    "residents",
    "inhabitants",
    "villagers",
    "individuals",
    "children",
    "child",
    "women",
    "woman",
    "men",
    "man",
    "victims",
    "others",
    "journalists",
    "volunteers",
)

# A number followed by one of these counts things, not people: never a casualty figure. Singulars are matched too.
THING_NOUNS = (
    "vehicles",
    "armored vehicles",
    "trucks",
    "tanks",
    "drones",
    "aircraft",
    "planes",
    "helicopters",
    "jets",
    "strikes",
    "airstrikes",
    "missiles",
    "rockets",
    "shells",
    "rounds",
    "bombs",
    "mines",
    "guns",
    "weapons",
    "launchers",
    "homes",
    "houses",
    "buildings",
    "apartments",
    "schools",
    "hospitals",
    "villages",
    "towns",
    "cities",
    "settlements",
    "districts",
    "regions",
    "provinces",
    "countries",
    "positions",
    "checkpoints",
    "cease-fires",
    "ceasefires",
    "truces",
    "attacks",
    "incidents",
    "times",
    "kilometers",
    "kilometres",
    "km",
    "miles",
    "meters",
    "metres",
    "tons",
    "tonnes",
    "hectares",
    "sides",
)
TIME_UNITS = (
    "seconds",
    "minutes",
    "hours",
    "days",
    "nights",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
)

NON_FIGURES = {
    "date": ("27 September 2020", "September 27", "Sept. 27", "2020-11-05"),
    "time": ("10:30", "10 a.m."),
    "year": ("in 2020", "since 1994", "1992-1994", "2020"),
    "age": ("a 12-year-old", "aged 45", "children under 5"),
    "duration": ("six weeks", "44 days", "the 44-day war", "over two days"),
    "count of things": (
        "one armored vehicle, one truck",
        "three drones",
        "12 villages",
        "the two cease-fires",
    ),
    "ordinal": ("the second cease-fire", "3rd"),
    "ratio": ("one in five", "2 out of 3"),
    "percentage": ("40%", "40 percent"),
    "money": ("$5 million", "300 euros"),
}

NUMBER_FORMS = (
    "5,000",
    "5000",
    "5 000",
    "5\u00a0000",
    "5.000",
    "1.2 million",
    "2.5 thousand",
    "twenty-three",
    "one hundred and twelve",
    "five thousand",
    "a hundred",
    "a dozen",
    "two dozen",
)

ATTRIBUTION_CUES = {
    "X said / says / reported / estimated / told / announced / claimed / stated / added / confirmed / wrote / "
    "counted / documented / recorded": "X",
    "X said …, and estimated …": "X, the speaker of the earlier verb",
    "…, X said. / …, said X.": "X",
    "according to X": "X",
    "X's estimate / figures / count / tally / data": "X",
    "X, citing Y, …": "Y: the cited party originated the figure, X relayed it",
    "passive (“were reported”, “it is estimated”), a pronoun, or no cue": "none",
}
_ATTRIBUTION_VERBS = (
    "said",
    "says",
    "say",
    "reported",
    "reports",
    "estimated",
    "estimates",
    "told",
    "tells",
    "announced",
    "announces",
    "claimed",
    "claims",
    "stated",
    "states",
    "added",
    "adds",
    "confirmed",
    "confirms",
    "wrote",
    "writes",
    "counted",
    "documented",
    "recorded",
)


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


@dataclass(frozen=True)
class Candidate:
    """A casualty figure found in a text, with the sentence it stands in and whom that sentence attributes it to."""

    start: int
    end: int
    phrase: str
    figure: Figure
    sentence: str
    originator: str | None


# --- Numbers --------------------------------------------------------------------------------------------------

_UNITS_AND_TEENS = _word_list(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
)
_TENS = _word_list("twenty thirty forty fifty sixty seventy eighty ninety")
_SMALL_NUMBERS = {word: value for value, word in enumerate(_UNITS_AND_TEENS)}
_SMALL_NUMBERS.update({word: 10 * (index + 2) for index, word in enumerate(_TENS)})
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def _key(cue: str) -> str:
    """Return a cue as written in the tables: lower case, single spaces."""
    return " ".join(cue.lower().split())


def _alternation(phrases) -> str:
    """Return a regex matching any of the phrases, longest first, with any run of spaces between words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered)


_NUMBER_WORD = rf"(?:{_alternation([*_SMALL_NUMBERS, *_SCALES])})\b"
# "and" joins only after a scale ("one hundred and twelve"), so "between two and three" stays two numbers.
_WORD_NUMBER = (
    rf"(?:an?\s+(?=(?:{'|'.join(_SCALES)})\b))?\b{_NUMBER_WORD}"
    rf"(?:(?:\s+|-|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+){_NUMBER_WORD})*"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+|\d+(?:\.\d+)?)(?![\d]|[.,]\d)"
_DIGIT_NUMBER = rf"{_DIGITS}(?:\s+(?:{'|'.join(_SCALES)})\b|(?![^\W\d_]))"
_NUMBER = rf"(?:{_DIGIT_NUMBER}|{_WORD_NUMBER})"
# A number glued to a code, a decimal, a date or a price is not one: "Su-25", "11.05", "$5".
_NUMBER_START = r"(?<![\w.,\-/:$€£¥₽#])"

_DIGIT_NUMBER_RE = re.compile(rf"(?P<digits>{_DIGITS})(?:\s+(?P<scale>{'|'.join(_SCALES)}))?", re.IGNORECASE)
_THOUSANDS_WITH_DOTS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")


def number_value(written: str) -> int:
    """Return the whole number written in digits or English words; raise ParseError if it is not a count."""
    written = written.strip()
    digits = _DIGIT_NUMBER_RE.fullmatch(written)
    if digits:
        return _digits_value(digits["digits"], digits["scale"], written)
    return _words_value(written)


def _digits_value(digits: str, scale: str | None, written: str) -> int:
    """Return the value of digits with an optional scale word ("1.2 million")."""
    digits = re.sub(r"[,\s\u00a0\u202f]", "", digits)
    # A count is whole, so "5.000" can only be five thousand, as written in many European-language sources;
    # with a scale word one dot is a decimal point ("1.2 million", "2.500 million"), several are separators.
    if digits.count(".") > 1 or (not scale and _THOUSANDS_WITH_DOTS_RE.fullmatch(digits)):
        digits = digits.replace(".", "")
    value = Decimal(digits) * (_SCALES[scale.lower()] if scale else 1)
    if value != value.to_integral_value():
        raise ParseError(
            f"“{written}” is not a whole number of people; write it as a count (e.g. “2.5 million”)."
        )
    return int(value)


def _words_value(written: str) -> int:
    """Return the value of an English number written in words ("one hundred and twelve", "two dozen")."""
    total = current = 0
    for word in re.split(r"[\s-]+", written.lower()):
        if word in ("a", "an"):
            current = 1
        elif word == "and":
            continue
        elif word in _SMALL_NUMBERS:
            value = _SMALL_NUMBERS[word]
            # "twenty three" follows a round ten; "five six" or "twenty twenty" is two numbers, not one.
            if (value < 10 and current % 10) or (value >= 10 and current % 100):
                raise ParseError(f"“{written}” is not one number; write a single figure.")
            current += value
        elif word in ("hundred", "dozen"):
            current = (current or 1) * _SCALES[word]
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            raise ParseError(f"“{written}” is not a number.")
    return total + current


# --- Amounts: the number and the qualifier around it ----------------------------------------------------------

_QUALIFIER_BY_CUE = {cue: qualifier for qualifier, cues in QUALIFIER_CUES.items() for cue in cues}
_UNQUANTIFIED_WORDS = [cue for cue in UNQUANTIFIED_CUES if not cue.endswith(" casualties")]
# "heavy casualties": the adjective is the amount, and the noun is read like any other ("heavy civilian casualties").
_UNQUANTIFIED_ADJECTIVES = [cue.split()[0] for cue in UNQUANTIFIED_CUES if cue.endswith(" casualties")]

_AMOUNT_RE = re.compile(
    rf"""
    (?P<range>
        \bbetween\s+(?P<between_low>{_NUMBER})\s+and\s+(?P<between_high>{_NUMBER})
      | \bfrom\s+(?P<from_low>{_NUMBER})\s+to\s+(?P<from_high>{_NUMBER})
      | {_NUMBER_START}(?P<span_low>{_NUMBER})\s+(?:to|or)\s+(?P<span_high>{_NUMBER})
      | {_NUMBER_START}(?P<dash_low>{_DIGIT_NUMBER})\s*[-–—]\s*(?P<dash_high>{_DIGIT_NUMBER})
    )
  | (?P<qualified>\b(?P<cue>{_alternation(_QUALIFIER_BY_CUE)})\s+(?P<qualified_number>{_NUMBER}))
  | (?P<suffixed>{_NUMBER_START}(?P<suffixed_number>{_NUMBER})\s+(?P<suffix>{_alternation(QUALIFIER_SUFFIXES)})\b)
  | (?P<vague>\b(?:
        (?P<multiplier>{_alternation(VAGUE_MULTIPLIERS)})\s+(?P<unit>{_alternation(_VAGUE_UNITS)})
      | (?P<magnitude>{_alternation(VAGUE_MAGNITUDES)})
    )\b)
  | (?P<unquantified>\b(?:
        {_alternation(_UNQUANTIFIED_WORDS)}
      | (?:{_alternation(_UNQUANTIFIED_ADJECTIVES)})(?=\s+(?:(?:civilian|military)\s+)?casualties\b)
    )\b)
  | (?P<zero>\b(?:{_alternation(ZERO_CUES)})\b)
  | (?P<number>{_NUMBER_START}{_NUMBER})
    """,
    re.IGNORECASE | re.VERBOSE,
)

# --- What is never a casualty figure --------------------------------------------------------------------------

_MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))"
)
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_TIME_UNIT = r"(?:second|minute|hour|day|night|week|month|year|decade|century)"
_NON_FIGURE_RE = re.compile(
    rf"""
    (?P<date>
        \b\d{{4}}-\d{{1,2}}-\d{{1,2}}\b
      | \b\d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}})\b
      | \b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?
      | \b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b\.?(?:,?\s+\d{{4}}\b)?
      | \b{_MONTH}\.?\s+\d{{4}}\b
    )
  | (?P<time>
        \b\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b))?
      | \b\d{{1,2}}(?:\.\d{{2}})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock\b)
    )
  | (?P<year>
        \b(?:in|since|by|until|till|before|after|during|from|early|late|mid|spring|summer|autumn|fall|winter)
        \s+(?:the\s+year\s+)?{_YEAR}\b(?![.,]\d)
    )
  | (?P<age>
        \b(?:aged|age|ages)\s+(?:between\s+)?{_NUMBER}
      | {_NUMBER}[-\s]+(?:year|month|week|day)s?[-\s]+old\b
      | \b(?:children|boys|girls|those|anyone)\s+(?:under|over|below|above|younger\s+than|older\s+than)
        \s+(?:the\s+age\s+of\s+)?{_NUMBER}
    )
  | (?P<duration>{_NUMBER}-{_TIME_UNIT}s?\b)
  | (?P<percentage>{_NUMBER}\s*(?:%|percent\b|per\s+cent\b|pct\b))
  | (?P<money>
        (?:US\$|[$€£¥₽]|\b(?:USD|EUR)\s?)\s*{_NUMBER}(?:\s*(?:m|mn|bn|k)\b)?
      | {_NUMBER}\s+(?:dollars|euros|pounds|rubles|roubles|manats|drams|dinars|hryvnias|USD|EUR)\b
    )
  | (?P<ordinal>\b\d+(?:st|nd|rd|th)\b)
  | (?P<ratio>\b{_NUMBER}\s+(?:in|out\s+of)\s+(?:every\s+)?(?!{_YEAR}\b){_NUMBER})
    """,
    re.IGNORECASE | re.VERBOSE,
)
_YEAR_LIKE_RE = re.compile(_YEAR)

# --- Words around the amount ----------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?|\d[\d,.]*|\S")


def _lexicon() -> dict[tuple[str, ...], tuple[str, str]]:
    """Return every cue word or phrase, as lower-case word tuples, with its kind and value."""
    entries: dict[tuple[str, ...], tuple[str, str]] = {}
    for noun in THING_NOUNS:
        entries[tuple(noun.lower().split())] = ("thing", noun)
    for unit in TIME_UNITS:
        entries[(unit,)] = ("time", unit)
    for noun in PEOPLE_NOUNS:
        entries[(noun,)] = ("person", "all")
    for population, cues in POPULATION_CUES.items():
        for cue in cues:
            kind = "adjective" if cue in _POPULATION_ADJECTIVES else "person"
            entries[tuple(cue.lower().split())] = (kind, population)
    for metric, cues in METRIC_CUES.items():
        for cue in cues:
            entries[tuple(cue.lower().split())] = ("metric", metric)
    return entries


_LEXICON = _lexicon()
_LONGEST_CUE = max(len(words) for words in _LEXICON)

# Words that end the noun phrase after a number: "5,000 deaths on both sides", "12 were killed".
_NOUN_PHRASE_STOPS = _words(
    "of on in at by for from to with without and or but nor than as were was is are be been being have "
    "has had will would could should may might must did do does the a an this that these those their its "
    "his her our who which whom whose after before during since while when where near across over under "
    "into onto out up down about around including among amid against per said says according yesterday "
    "today overnight earlier later early late last"
)
# Words allowed between the people counted and the casualty verb: "12 people were reportedly killed".
_AUXILIARIES = _words(
    "were was is are be been being have has had also all reportedly allegedly later subsequently feared "
    "believed confirmed found now still went remain remained remains already officially reported"
)
_CLOSING_QUOTES = frozenset("\"”’'")
_DETERMINERS_AFTER_OF = _words("the their its our his her them whom those these")

_TOLL_RE = re.compile(
    rf"\b(?:(?P<population>{'|'.join(_POPULATION_ADJECTIVES)})\s+)?"
    rf"(?P<cue>{_alternation(cue for cues in METRIC_CUES.values() for cue in cues if cue.endswith(' toll'))})"
    # What the toll is of may come between: "the death toll from Saturday's strike on the market has risen to 45".
    r"(?:\s+(?:from|in|after|among|since)\s[^.;:!?\d]{0,100}?)?"
    r"\s+(?:(?:has|had|have|now|officially|reportedly|already)\s+)*"
    r"(?:(?:rose|risen|climbed|reached|jumped|increased|grown|grew|hit|stood|stands|is|was|of|at|to)\s+){0,2}$",
    re.IGNORECASE,
)
_TRANSITIVE_RE = re.compile(rf"\b(?:the\s+)?(?P<cue>{_alternation(_TRANSITIVE_CUES)})\s+$", re.IGNORECASE)
_CHANGE_BEFORE_RE = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|grew|grown|fell|dropped)\s+$", re.I)
_COORDINATION_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


@dataclass(frozen=True)
class _Token:
    word: str
    start: int
    end: int


def _tokens(text: str, start: int, end: int, limit: int = 14) -> list[_Token]:
    """Return up to `limit` lower-cased tokens of text[start:end]."""
    tokens = []
    for match in _TOKEN_RE.finditer(text, start, end):
        tokens.append(_Token(match.group().lower(), match.start(), match.end()))
        if len(tokens) == limit:
            break
    return tokens


def _lookup(tokens: list[_Token], index: int) -> tuple[tuple[str, str] | None, int]:
    """Return the lexicon entry starting at tokens[index], longest first, and how many tokens it spans."""
    for length in range(min(_LONGEST_CUE, len(tokens) - index), 0, -1):
        words = tuple(token.word for token in tokens[index : index + length])
        if words in _LEXICON:
            return _LEXICON[words], length
    # Regular plurals stand for their singulars: "one armored vehicle", "one soldier", "a week".
    entry = _LEXICON.get((tokens[index].word + "s",))
    if entry and entry[0] in ("thing", "time", "person"):
        return entry, 1
    return None, 0


@dataclass
class _NounPhrase:
    kind: str | None = None  # metric, person, thing, time, or None when no known noun follows
    metric: str | None = None
    populations: frozenset = frozenset()
    head: str | None = None
    end: int | None = None  # end of the noun, or of the last unknown word ("12 Armenians")
    next_index: int = 0


def _read_noun_phrase(tokens: list[_Token]) -> _NounPhrase:
    """Read what the amount counts from the tokens after it: "of their soldiers", "Armenian servicemen"."""
    phrase = _NounPhrase()
    populations: set[str] = set()
    index = 0
    if index < len(tokens) and tokens[index].word == "of":
        index += 1
        if index < len(tokens) and tokens[index].word in _DETERMINERS_AFTER_OF:
            index += 1
    last_was_adjective = False
    for _ in range(4):
        if index >= len(tokens):
            break
        entry, length = _lookup(tokens, index)
        last_was_adjective = False
        if entry is None:
            word = tokens[index].word
            if not word[0].isalpha() or word in _NOUN_PHRASE_STOPS:
                break
            phrase.end, index = tokens[index].end, index + 1
            continue
        kind, value = entry
        phrase.end, index = tokens[index + length - 1].end, index + length
        if kind == "adjective":
            populations.add(value)
            last_was_adjective = True
            continue
        phrase.kind, phrase.head = kind, value
        if kind == "metric":
            phrase.metric = value
            # A participle may describe the people that follow: "30 wounded soldiers".
            following, following_length = _lookup(tokens, index) if index < len(tokens) else (None, 0)
            if following and following[0] == "person":
                populations.add(following[1])
                phrase.end, index = tokens[index + following_length - 1].end, index + following_length
        elif kind == "person":
            populations.add(value)
            # "12 soldiers and civilians": both populations are counted.
            if index + 1 < len(tokens) and tokens[index].word in ("and", "or"):
                other, other_length = _lookup(tokens, index + 1)
                if other and other[0] == "person":
                    populations.add(other[1])
                    phrase.end, index = tokens[index + other_length].end, index + 1 + other_length
        break
    if phrase.kind is None and last_was_adjective:
        phrase.kind = "person"  # "one civilian was killed": the adjective stands for the people
    phrase.populations = frozenset(populations - {"all"})
    phrase.next_index = index
    return phrase


def _read_casualty_verb(tokens: list[_Token], index: int) -> tuple[str | None, int | None]:
    """Return the metric and end of a casualty verb after the people counted: "were reportedly killed"."""
    if index < len(tokens) and tokens[index].word == ",":
        index = _after_aside(tokens, index)
    for _ in range(4):
        # A closing quote may stand between: 'exactly 17 militants" died'.
        if index < len(tokens) and (
            tokens[index].word in _AUXILIARIES or tokens[index].word in _CLOSING_QUOTES
        ):
            index += 1
    if index >= len(tokens):
        return None, None
    entry, length = _lookup(tokens, index)
    if entry and entry[0] == "metric":
        return entry[1], tokens[index + length - 1].end
    return None, None


def _after_aside(tokens: list[_Token], comma: int) -> int:
    """Return the index after an aside between commas ("20 people, most of them children, were killed")."""
    for index in range(comma + 1, min(len(tokens), comma + 10)):
        word = tokens[index].word
        if word[0].isdigit() or word in ".;:":
            break  # another figure or the end of the clause: no aside
        if word == ",":
            return index + 1
    return comma


# --- Reading amounts in context -------------------------------------------------------------------------------


@dataclass
class _Reading:
    """An amount found in a text, with what it counts as far as the words around it say."""

    amount_start: int
    amount_end: int
    start: int
    end: int
    qualifier: str
    numbers: tuple[int, ...] = ()
    magnitude: str | None = None
    metric: str | None = None
    metric_source: str | None = None  # noun, toll, verb_before, verb_after, shared_verb
    population: str = "all"
    counts_people: bool = False
    rejection: str | None = None


def _check_convention(convention: str) -> None:
    """Raise ValueError unless the convention is one of CONVENTIONS."""
    if convention not in CONVENTIONS:
        known = ", ".join(f"“{name}”" for name in CONVENTIONS)
        raise ValueError(f"Unknown convention “{convention}”; use one of {known}.")


def _non_figure_spans(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, kind) of every date, time, year, age, duration, percentage, money and ordinal."""
    # Every alternative of _NON_FIGURE_RE is a named group, so a match always has a lastgroup.
    return [
        (match.start(), match.end(), cast(str, match.lastgroup)) for match in _NON_FIGURE_RE.finditer(text)
    ]


def _overlapping(spans: list[tuple[int, int, str]], starts: list[int], start: int, end: int):
    """Return the first non-figure span that overlaps text[start:end], or None."""
    index = bisect.bisect_left(starts, end) - 1
    while index >= 0 and spans[index][1] > start:
        if spans[index][0] < end:
            return spans[index]
        index -= 1
    return None


def _amount(text: str, match: re.Match) -> tuple[str, tuple[int, ...], str | None]:
    """Return the qualifier, the numbers and the vague magnitude of an amount match."""
    if match["range"]:
        for pair in ("between", "from", "span", "dash"):
            if match[f"{pair}_low"]:
                low_written, high_written = match[f"{pair}_low"], match[f"{pair}_high"]
                break
        low, high = number_value(low_written), number_value(high_written)
        # "between 2 and 3 million": the scale written once applies to both ends.
        scale = high_written.split()[-1].lower()
        if (
            scale in _SCALES
            and low_written.split()[-1].lower() not in _SCALES
            and low * _SCALES[scale] <= high
        ):
            low *= _SCALES[scale]
        if pair == "from" and _CHANGE_BEFORE_RE.search(text, max(0, match.start() - 20), match.start()):
            return "exact", (high,), None  # "the toll rose from 12 to 45": 45 is the figure, 12 the old one
        if low > high:
            raise ParseError(
                f"“{match.group()}” runs from high to low; write the range as “between X and Y”."
            )
        return "range", (low, high), None
    if match["qualified"]:
        cue = _key(match["cue"])
        return _QUALIFIER_BY_CUE[cue], (number_value(match["qualified_number"]),), None
    if match["suffixed"]:
        suffix = _key(match["suffix"])
        return QUALIFIER_SUFFIXES[suffix], (number_value(match["suffixed_number"]),), None
    if match["vague"]:
        if match["multiplier"]:
            multiplier = _key(match["multiplier"])
            unit = _key(match["unit"])
            return "vague", (VAGUE_MULTIPLIERS[multiplier] * _VAGUE_UNITS[unit],), None
        return "vague", (), _key(match["magnitude"])
    if match["unquantified"]:
        return "unquantified", (), None
    if match["zero"]:
        return "exact", (0,), None
    return "exact", (number_value(match["number"]),), None


def _read_amount(
    text: str, match: re.Match, spans: list[tuple[int, int, str]], span_starts: list[int]
) -> _Reading | None:
    """Read one amount and the words around it; return None when the match is not an amount at all."""
    start, end = match.span()
    overlap = _overlapping(spans, span_starts, start, end)
    if overlap:
        reading = _Reading(start, end, start, end, "exact")
        reading.rejection = _non_figure_message(text, overlap)
        return reading
    try:
        qualifier, numbers, magnitude = _amount(text, match)
    except ParseError as error:
        reading = _Reading(start, end, start, end, "exact")
        reading.rejection = str(error)
        return reading
    reading = _Reading(start, end, start, end, qualifier, numbers, magnitude)

    # Before the amount: "the death toll rose to 45", "killed 12 soldiers".
    before = max(0, start - 160)
    toll = _TOLL_RE.search(text, before, start)
    transitive = None if toll else _TRANSITIVE_RE.search(text, before, start)
    if toll:
        reading.start, reading.metric, reading.metric_source = (
            toll.start(),
            _METRIC_BY_CUE[_key(toll["cue"])],
            "toll",
        )
    elif transitive:
        reading.start, reading.metric = transitive.start(), _METRIC_BY_CUE[_key(transitive["cue"])]
        reading.metric_source = "verb_before"

    # After the amount: what is counted, then perhaps a casualty verb: "12 Armenian soldiers were killed".
    tokens = _tokens(text, end, min(len(text), end + 200), limit=24)
    noun = _read_noun_phrase(tokens)
    populations = set(noun.populations)
    if toll and toll["population"]:
        populations.add(toll["population"].lower())
    verb_metric, verb_end = _read_casualty_verb(tokens, noun.next_index)
    if noun.kind in ("thing", "time"):
        what = "is a duration" if noun.kind == "time" else f"counts {noun.head}, not people"
        assert noun.end is not None  # a known noun sets where it ends
        reading.end = noun.end
        reading.rejection = f"“{text[start : noun.end]}” {what}: not a casualty figure."
        return reading
    if verb_metric:
        assert verb_end is not None  # a verb's metric comes with where the verb ends
        reading.metric, reading.metric_source, reading.end = verb_metric, "verb_after", verb_end
    elif noun.kind == "metric" and reading.metric is None:
        reading.metric, reading.metric_source = noun.metric, "noun"
    if noun.kind is not None or verb_metric or (noun.end and reading.metric_source == "verb_before"):
        reading.end = max(reading.end, noun.end or end)
    reading.counts_people = noun.kind in ("person", "metric")
    if len(populations) == 1:
        reading.population = populations.pop()

    if match["zero"]:
        needs_verb = _key(match["zero"]) in _ZERO_CUES_NEEDING_A_VERB
        if not (verb_metric or (not needs_verb and reading.counts_people)):
            return None
    if match["unquantified"]:
        preceding = text[max(0, start - 4) : start].lower().split()
        # "as many as possible", "how many people": no figure.
        if (preceding and preceding[-1] in ("as", "how")) or not (reading.counts_people or reading.metric):
            return None
    if reading.metric is None and not reading.counts_people and _written_like_a_year(match, qualifier):
        reading.rejection = f"“{match.group()}” looks like a year; if it is a count, say what is counted."
    return reading


def _written_like_a_year(match: re.Match, qualifier: str) -> bool:
    """Return True for a bare four-digit number, or range of them, that could be a year: "2020", "1992-1994"."""
    if qualifier not in ("exact", "range") or not (match["number"] or match["span_low"] or match["dash_low"]):
        return False
    if match["number"]:
        written = [match["number"]]
    else:
        written = [match["span_low"] or match["dash_low"], match["span_high"] or match["dash_high"]]
    return all(_YEAR_LIKE_RE.fullmatch(number.strip()) for number in written)


_NON_FIGURE_NAMES = {
    "date": "a date",
    "time": "a time of day",
    "year": "a year",
    "age": "an age",
    "duration": "a duration",
    "percentage": "a percentage",
    "money": "a sum of money",
    "ordinal": "an ordinal",
    "ratio": "a ratio",
}


def _non_figure_message(text: str, span: tuple[int, int, str]) -> str:
    """Return why a date, age or the like is no casualty figure."""
    start, end, kind = span
    return f"“{text[start:end]}” is {_NON_FIGURE_NAMES[kind]}, not a casualty figure."


_METRIC_BY_CUE = {_key(cue): metric for metric, cues in METRIC_CUES.items() for cue in cues}


def _share_casualty_verbs(text: str, readings: list[_Reading]) -> None:
    """Give people counted in a list the verb the list shares: "killed 12 soldiers and 3 civilians"."""

    def inherit(
        reading: _Reading, neighbour: _Reading, sources: tuple[str, ...], gap: tuple[int, int]
    ) -> None:
        if (
            reading.metric is None
            and reading.counts_people
            and reading.rejection is None
            and neighbour.rejection is None
            and neighbour.metric_source in sources
            and _COORDINATION_RE.fullmatch(text, *gap)
        ):
            reading.metric, reading.metric_source = neighbour.metric, "shared_verb"

    # The verb after the list reaches back ("12 soldiers and 3 civilians were killed"), the verb before it
    # reaches forward ("killed 12 soldiers and 3 civilians").
    for index in range(len(readings) - 2, -1, -1):
        reading, following = readings[index], readings[index + 1]
        inherit(reading, following, ("verb_after", "shared_verb"), (reading.end, following.amount_start))
    for index in range(1, len(readings)):
        previous, reading = readings[index - 1], readings[index]
        inherit(reading, previous, ("verb_before", "shared_verb"), (previous.end, reading.amount_start))


def _read(text: str) -> list[_Reading]:
    """Return every amount in the text, in order, each with what it counts or why it is no figure."""
    spans = _non_figure_spans(text)
    span_starts = [span[0] for span in spans]
    readings = []
    for match in _AMOUNT_RE.finditer(text):
        reading = _read_amount(text, match, spans, span_starts)
        if reading is not None:
            readings.append(reading)
    _share_casualty_verbs(text, readings)
    return readings


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


def _figure(reading: _Reading, convention: str) -> Figure:
    """Return the Figure a reading stands for, under a convention."""
    numbers = reading.numbers
    if reading.magnitude:
        numbers = (VAGUE_MAGNITUDES[reading.magnitude][convention],)
    low, best, high = bounds_for(reading.qualifier, *numbers)
    return Figure(reading.qualifier, low, best, high, reading.metric, reading.population, convention)


# --- Public reading functions ---------------------------------------------------------------------------------

_ANY_METRIC_CUE_RE = re.compile(
    rf"\b(?:{_alternation(cue for cues in METRIC_CUES.values() for cue in cues)})\b", re.IGNORECASE
)


def parse_figure(text: str, convention: str = "conservative") -> Figure:
    """Return the casualty figure a phrase states; raise ParseError if it states none."""
    _check_convention(convention)
    readings = _read(text)
    figures = [reading for reading in readings if reading.rejection is None]
    if not figures:
        if readings:
            raise ParseError(readings[0].rejection)
        spans = _non_figure_spans(text)
        if spans:
            raise ParseError(_non_figure_message(text, spans[0]))
        raise ParseError(
            f"No casualty figure in “{text.strip()}”: write the number in digits or words with what it counts "
            "(“at least 12 killed”), a vague magnitude (“dozens of people”), or a cue such as “no casualties” "
            "or “a large number of bodies”."
        )
    chosen = next((reading for reading in figures if reading.metric), figures[0])
    figure = _figure(chosen, convention)
    if figure.metric is None:
        # A phrase may name what it counts away from the number: "5,000 on both sides were killed".
        cue = _ANY_METRIC_CUE_RE.search(text)
        if cue:
            figure = replace(figure, metric=_METRIC_BY_CUE[_key(cue.group())])
    return figure


def extract_figures(text: str, convention: str = "conservative") -> list[Candidate]:
    """Return the casualty figures a text states, in text order, each with its sentence and originator."""
    _check_convention(convention)
    sentences = _sentence_spans(text)
    sentence_starts = [start for start, _ in sentences]
    attributions_by_sentence: dict[int, list[tuple[int, str]]] = {}
    candidates = []
    for reading in _read(text):
        if reading.rejection or reading.metric is None:
            continue
        index = max(0, bisect.bisect_right(sentence_starts, reading.start) - 1)
        sentence_start, sentence_end = sentences[index] if sentences else (0, len(text))
        sentence = text[sentence_start:sentence_end]
        if index not in attributions_by_sentence:
            attributions_by_sentence[index] = _attributions(sentence)
        originator = _originator(attributions_by_sentence[index], reading.start - sentence_start)
        candidates.append(
            Candidate(
                start=reading.start,
                end=reading.end,
                phrase=text[reading.start : reading.end],
                figure=_figure(reading, convention),
                sentence=sentence,
                originator=originator,
            )
        )
    return candidates


# --- Sentences and attribution --------------------------------------------------------------------------------

_ABBREVIATIONS = _words(
    "mr mrs ms dr gen lt col maj sgt capt st no vs jan feb mar apr jun jul aug sep sept oct nov dec u.s "
    "u.n u.k a.m p.m e.g i.e approx est"
)
_SENTENCE_GAP_RE = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n\s*")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every sentence, without surrounding white space."""
    breaks = []
    for gap in _SENTENCE_GAP_RE.finditer(text):
        if "\n" not in gap.group():
            following = text[gap.end() : gap.end() + 1]
            word_before = re.search(r"([\w.]+)[.!?]\W*$", text[max(0, gap.start() - 20) : gap.end()])
            last_word = word_before.group(1).lower() if word_before else ""
            # "Sept. 27", "Mr. Aliyev", "J. Smith" do not end a sentence.
            if not (following.isupper() or following.isdigit() or following in "\"'“‘("):
                continue
            if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
                continue
        breaks.append(gap)
    spans, start = [], 0
    for gap in breaks:
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(text)))
    stripped = []
    for start, end in spans:
        segment = text[start:end]
        if segment.strip():
            left = len(segment) - len(segment.lstrip())
            right = len(segment.rstrip())
            stripped.append((start + left, start + right))
    return stripped


_ACCORDING_TO_RE = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_CITING_RE = re.compile(r"\bciting\s+", re.IGNORECASE)
_POSSESSIVE_ESTIMATE_RE = re.compile(r"['’]s?\s+(?:estimates?|figures?|count|tally|data)\b", re.IGNORECASE)
_ATTRIBUTION_VERB_RE = re.compile(rf"\b(?:{'|'.join(_ATTRIBUTION_VERBS)})\b", re.IGNORECASE)

_PASSIVE_OR_ADJECTIVE_BEFORE = _words("is are was were be been being the a an no")
_PRONOUNS = _words("he she it they we i you this that there who which")
# Words that end a subject read backwards from its verb: "..., but Armenia said" gives "Armenia".
_CLAUSE_WORDS = _words(
    "that which who whom whose while whereas but when as because although though if so where and or then "
    "also however meanwhile"
)
# Words between a subject and its verb that are not part of the name: "Russia has estimated".
_SUBJECT_TRAILERS = _words(
    "has have had also earlier later previously separately then now initially reportedly officially first "
    "again on last this week month yesterday today monday tuesday wednesday thursday friday saturday "
    "sunday"
)
# Words that end a name read forwards: "according to officials in Stepanakert" gives "officials".
_NAME_STOPS = _words("that which who whom when while but and as on in at after before during said says")
_MAX_NAME_WORDS = 10


def _name_after(sentence: str, position: int) -> str | None:
    """Return the name that starts at position: "according to [the UN refugee agency], ..."."""
    words = []
    for match in _TOKEN_RE.finditer(sentence, position):
        word = match.group()
        if not word[0].isalpha() or word.lower() in _NAME_STOPS:
            break
        words.append(match)
        if len(words) > _MAX_NAME_WORDS:
            return None
    return _name_from(sentence, words)


def _name_before(sentence: str, position: int) -> str | None:
    """Return the subject that ends just before position: "[Azerbaijan's Defense Ministry] said"."""
    tokens = list(_TOKEN_RE.finditer(sentence, max(0, position - _LOOK_BACK), position))
    while tokens and tokens[-1].group().lower() in _SUBJECT_TRAILERS:
        tokens.pop()
    words: list[re.Match] = []
    while tokens:
        token = tokens[-1]
        word = token.group()
        if not word[0].isalpha():
            break
        if word.lower() in _ATTRIBUTION_VERBS:
            break  # "the group said it had documented": the subject of "documented" is "it"
        if word.lower() in _CLAUSE_WORDS:
            # "Armenia and Azerbaijan said": "and" between two names belongs to the subject.
            joins_names = word.lower() == "and" and words and words[-1].group()[0].isupper()
            if not (joins_names and len(tokens) > 1 and tokens[-2].group()[0].isupper()):
                break
        words.append(token)
        tokens.pop()
        if len(words) > _MAX_NAME_WORDS:
            return None
    return _name_from(sentence, sorted(words, key=lambda match: match.start()))


def _name_from(sentence: str, words: list[re.Match]) -> str | None:
    """Return the text the words span, unless it is no name (empty, a pronoun)."""
    if not words:
        return None
    name = sentence[words[0].start() : words[-1].end()]
    if name.lower() in _PRONOUNS:
        return None
    return name


# How far back from an attribution verb its subject is looked for; a name has at most _MAX_NAME_WORDS words.
_LOOK_BACK = 240
_WORD_BEFORE_RE = re.compile(r"(\w+)\W*$")
_AND_BEFORE_RE = re.compile(r"\band\s+$", re.IGNORECASE)
_BOUNDARY_BEFORE_RE = re.compile(r"[,\"”]\s*$")
_RELATIVE_BEFORE_RE = re.compile(r",?\s*\b(?:which|who)\s+$", re.IGNORECASE)
_PARENTHESIS_BEFORE_RE = re.compile(r",\s*(?P<aside>[^,]+),\s*$")
_APPOSITION_STARTS = ("which", "who", "whose", "a", "an", "the")


def _subject(sentence: str, verb: re.Match) -> str | None:
    """Return who the attribution verb's sentence names as speaker, as written."""
    window = (max(0, verb.start() - _LOOK_BACK), verb.start())
    name = _name_before(sentence, verb.start())
    if name:
        return name
    relative = _RELATIVE_BEFORE_RE.search(sentence, *window)
    if relative:  # "The army, which says ..."
        return _name_before(sentence, relative.start())
    parenthesis = _PARENTHESIS_BEFORE_RE.search(sentence, *window)
    if parenthesis:
        citing = _CITING_RE.match(sentence, parenthesis.start("aside"))
        if citing:
            # "TASS, citing the ministry, reported": the ministry originated the figure, TASS relays it.
            return _name_after(sentence, citing.end())
        if parenthesis["aside"].split()[0].lower() in _APPOSITION_STARTS:
            # "Mira Halvorsen, a spokeswoman, said"; "The army, which says ..., claimed".
            return _name_before(sentence, parenthesis.start())
    if _BOUNDARY_BEFORE_RE.search(sentence, *window):
        return _name_after(sentence, verb.end())  # "..., said Mira Halvorsen, a spokeswoman."
    return None


def _attributions(sentence: str) -> list[tuple[int, str]]:
    """Return (position, originator) of every attribution cue in a sentence, in order."""
    found = []
    for match in _ACCORDING_TO_RE.finditer(sentence):
        found.append((match.start(), _name_after(sentence, match.end())))
    for match in _CITING_RE.finditer(sentence):
        found.append((match.start(), _name_after(sentence, match.end())))
    for match in _POSSESSIVE_ESTIMATE_RE.finditer(sentence):
        found.append((match.start(), _name_before(sentence, match.start())))
    speaker = None
    for match in _ATTRIBUTION_VERB_RE.finditer(sentence):
        window = (max(0, match.start() - _LOOK_BACK), match.start())
        previous = _WORD_BEFORE_RE.search(sentence, *window)
        following = sentence[match.end() : match.end() + 16].lower()
        if previous and previous.group(1).lower() in _PASSIVE_OR_ADJECTIVE_BEFORE:
            continue  # "no casualties were reported", "an estimated 5,000"
        if match.group().lower().startswith("claim") and re.match(r"\s+(?:the\s+)?lives\b", following):
            continue  # "claimed the lives of 30" is a casualty verb
        if re.match(r"\s+of\b", following):
            continue  # "reports of shelling", "claims of victory" are nouns
        name = _subject(sentence, match)
        if name is None and _AND_BEFORE_RE.search(sentence, *window):
            name = speaker  # "The group counted ... and estimated ...": the same speaker
        speaker = name or speaker
        found.append((match.start(), name))
    return sorted((position, name) for position, name in found if name and not re.search(r"\d", name))


def _originator(attributions: list[tuple[int, str]], start: int) -> str | None:
    """Return the originator named nearest before the figure, else the next one ("..., the ministry said")."""
    before = [name for position, name in attributions if position < start]
    if before:
        return before[-1]
    after = [name for position, name in attributions if position >= start]
    return after[0] if after else None


# --- The methodology, rendered --------------------------------------------------------------------------------

DOCS_PATH = Path(__file__).resolve().parents[2] / "docs" / "methodology.md"
DOCS_START = "<!-- rules:start -->"
DOCS_END = "<!-- rules:end -->"


def _quoted(phrases) -> str:
    return ", ".join(f"“{phrase}”" for phrase in phrases)


def _bound_symbols(qualifier: str) -> tuple[str, str, str]:
    """Return the low, best and high columns of a qualifier, worked out by bounds_for itself."""
    if qualifier == "range":
        symbols = {100: "X", 200: "Y"}
        bounds = bounds_for(qualifier, 100, 200)
    else:
        symbols = {100: "floor" if qualifier == "vague" else "N", 101: "N+1", 99: "N−1"}
        bounds = bounds_for(qualifier, 100)
    low, best, high = ("–" if bound is None else symbols[bound] for bound in bounds)
    return low, best, high


def methodology_markdown() -> str:
    """Return the rule tables as Markdown, for docs/methodology.md."""
    cues = {qualifier: _quoted(QUALIFIER_CUES.get(qualifier, ())) for qualifier in QUALIFIERS}
    suffixes = {
        qualifier: [suffix for suffix, reading in QUALIFIER_SUFFIXES.items() if reading == qualifier]
        for qualifier in QUALIFIERS
    }
    cues["exact"] = f"a bare number; {cues['exact']}; zero: {_quoted(ZERO_CUES)} (see below)"
    cues["range"] = _quoted(RANGE_FORMS)
    cues["vague"] = "a plural magnitude (see below)"
    cues["unquantified"] = _quoted(UNQUANTIFIED_CUES)
    lines = [
        "### Qualifiers and bounds",
        "",
        "`N` is the number in the phrase; `floor` is the vague magnitude's floor under the convention used.",
        "",
        "| qualifier | cues | low | best | high |",
        "|---|---|---|---|---|",
    ]
    for qualifier in QUALIFIERS:
        written = cues[qualifier]
        if suffixes[qualifier]:
            written += "; after the number: " + _quoted(f"N {suffix}" for suffix in suffixes[qualifier])
        lines.append(f"| {qualifier} | {written} | " + " | ".join(_bound_symbols(qualifier)) + " |")
    lines += [
        "",
        "Zero: “no” counts as 0 when what is counted follows it (“no casualties”, “no civilians were killed”); "
        f"{_quoted(_ZERO_CUES_NEEDING_A_VERB)} count as 0 when a casualty verb follows (“nobody was killed”).",
        "",
        "### Vague magnitudes",
        "",
        "| phrase | " + " | ".join(f"{name} floor" for name in CONVENTIONS) + " |",
        "|---|" + "---|" * len(CONVENTIONS),
    ]
    for cue, floors in VAGUE_MAGNITUDES.items():
        lines.append(f"| {cue} | " + " | ".join(f"{floors[name]:,}" for name in CONVENTIONS) + " |")
    examples = [(multiplier, unit) for multiplier in VAGUE_MULTIPLIERS for unit in ("hundred", "thousand")]
    lines += [
        "",
        f"{_quoted(VAGUE_MULTIPLIERS)} also multiply a singular unit ({_quoted(_VAGUE_UNITS)}), "
        "under either convention: "
        + ", ".join(
            f"“{multiplier} {unit}” = {VAGUE_MULTIPLIERS[multiplier]} × {_VAGUE_UNITS[unit]:,}"
            for multiplier, unit in examples
        )
        + ".",
        "",
        "### Conventions",
        "",
        "| convention | reading |",
        "|---|---|",
        *(f"| {name} | {description} |" for name, description in CONVENTIONS.items()),
        "",
        "### Numbers",
        "",
        "| written | read as |",
        "|---|---|",
        *(f"| {form.replace(chr(0xA0), '&nbsp;')} | {number_value(form):,} |" for form in NUMBER_FORMS),
        "",
        "### What is counted",
        "",
        "| metric | cues |",
        "|---|---|",
        *(f"| {metric} | {_quoted(metric_cues)} |" for metric, metric_cues in METRIC_CUES.items()),
        "",
        "| population | cues |",
        "|---|---|",
        *(
            f"| {population} | {_quoted(population_cues)} |"
            for population, population_cues in POPULATION_CUES.items()
        ),
        f"| all | anything else, e.g. {_quoted(PEOPLE_NOUNS)} |",
        "",
        "### Never a casualty figure",
        "",
        "| kind | examples |",
        "|---|---|",
        *(f"| {kind} | {_quoted(examples)} |" for kind, examples in NON_FIGURES.items()),
        "",
        f"Counts of things: a number followed by {_quoted(THING_NOUNS)} (or their singulars).",
        "",
        f"Durations: a number followed by {_quoted(TIME_UNITS)} (or their singulars).",
        "",
        "### Who said it",
        "",
        "| the sentence says | originator |",
        "|---|---|",
        *(f"| {cue} | {originator} |" for cue, originator in ATTRIBUTION_CUES.items()),
    ]
    return "\n".join(lines) + "\n"


def write_docs(path: Path = DOCS_PATH) -> None:
    """Rewrite the rules section of docs/methodology.md from the tables in this module."""
    text = path.read_text(encoding="utf-8")
    if DOCS_START not in text or DOCS_END not in text:
        raise SystemExit(
            f"{path} lacks the markers {DOCS_START} and {DOCS_END}; add them where the rules go."
        )
    head, rest = text.split(DOCS_START, 1)
    _, tail = rest.split(DOCS_END, 1)
    path.write_text(f"{head}{DOCS_START}\n{methodology_markdown()}{DOCS_END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument(
        "--write-docs", action="store_true", help=f"rewrite the rules section of {DOCS_PATH}"
    )
    arguments.add_argument("phrase", nargs="*", help="a phrase to read")
    options = arguments.parse_args()
    if options.write_docs:
        write_docs()
    for phrase in options.phrase:
        try:
            print(parse_figure(phrase))
        except ParseError as error:
            print(f"ParseError: {error}", file=sys.stderr)


# --- quote checks -------------------------------------------------------------------------------------------

_QUOTE_FOLDING = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
        "‘": "'", "’": "'", "‚": "'", "′": "'",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
        "–": "-", "—": "-",
    }
)  # fmt: skip
# A separator between digit groups: "5,000", "5 000", "5.000", "5'000" all read as 5000.
_DIGIT_GROUP_SEPARATOR = re.compile(r"(?<=\d)[ ,.'](?=\d{3}(?!\d))")


def normalise_for_quoting(text: str) -> str:
    """Fold what differs between copies of one sentence: case, quotes, dashes, spaces, thousands separators."""
    text = _DIGIT_GROUP_SEPARATOR.sub("", text.translate(_QUOTE_FOLDING)).casefold()
    return " ".join(text.split())


def quote_found(quote: str, phrase: str, numbers, snapshot: str) -> bool:
    """Say whether `quote`, and the figure (its phrase, or one of its numbers), appear in `snapshot`."""
    return quote_found_in(quote, phrase, numbers, normalise_for_quoting(snapshot))


def quote_found_in(quote: str, phrase: str, numbers, text: str) -> bool:
    """Say what quote_found() says, given the snapshot as normalise_for_quoting() leaves it.

    For checking many quotes against one long text: folding the text costs more than the rest.
    """
    sentence = normalise_for_quoting(quote).strip(" \"'")
    if not sentence or sentence not in text:
        return False
    if phrase.strip() and normalise_for_quoting(phrase) in text:
        return True
    return any(re.search(rf"(?<!\d){n}(?!\d)", text) for n in numbers)
