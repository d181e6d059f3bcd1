"""Read casualty figures: a phrase into a figure, a text into candidate figures with their originators."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import cast

from .attribution import Speakers
from .dates import as_of_in
from .figures import Candidate, Figure, ParseError, _check_convention, bounds_for
from .languages import detect_language, reading_language
from .lexicon import (
    AUXILIARIES,
    DETERMINERS_AFTER_OF,
    GROUP_CUES,
    METRIC_CUES,
    NOUN_PHRASE_STOPS,
    ONE_PERSON_NOUNS,
    PEOPLE_NOUNS,
    POPULATION_ADJECTIVES,
    POPULATION_CUES,
    QUALIFIER_CUES,
    QUALIFIER_SUFFIXES,
    THING_NOUNS,
    TIME_UNITS,
    TRANSITIVE_CUES,
    UNQUANTIFIED_CUES,
    VAGUE_MAGNITUDES,
    VAGUE_MULTIPLIERS,
    VAGUE_UNITS,
    ZERO_CUES,
    ZERO_CUES_NEEDING_A_VERB,
    _alternation,
    _key,
)
from .multilingual import OTHER_LANGUAGES, extract_figures_in, parse_figure_in
from .numbers import _DIGIT_NUMBER, _NUMBER, _NUMBER_START, _SCALES, number_value
from .periods import period_in
from .places import area_in
from .sentences import _TOKEN_RE, _sentence_spans

# --- Amounts: the number and the qualifier around it ----------------------------------------------------------

_QUALIFIER_BY_CUE = {cue: qualifier for qualifier, cues in QUALIFIER_CUES.items() for cue in cues}
_UNQUANTIFIED_WORDS = [cue for cue in UNQUANTIFIED_CUES if not cue.endswith(" casualties")]
# "heavy casualties": the adjective is the amount, and the noun is read like any other ("heavy civilian casualties").
_UNQUANTIFIED_ADJECTIVES = [cue.split()[0] for cue in UNQUANTIFIED_CUES if cue.endswith(" casualties")]

# "between 580,000 and approximately 617,910": a hedge on the upper end leaves a range.
_ROUGHLY = r"(?:approximately|about|around|some|roughly|nearly|almost)"

_AMOUNT_RE = re.compile(
    rf"""
    (?P<range>
        \bbetween\s+(?P<between_low>{_NUMBER})\s+and\s+(?:{_ROUGHLY}\s+)?(?P<between_high>{_NUMBER})
      | \bfrom\s+(?P<from_low>{_NUMBER})\s+to\s+(?P<from_high>{_NUMBER})
      | {_NUMBER_START}(?P<span_low>{_NUMBER})\s+(?:to|or)\s+(?P<span_high>{_NUMBER})
      | {_NUMBER_START}(?P<dash_low>{_DIGIT_NUMBER})\s*[-–—]\s*(?P<dash_high>{_DIGIT_NUMBER})
    )
  | (?P<qualified>\b(?P<cue>{_alternation(_QUALIFIER_BY_CUE)})\s+(?P<qualified_number>{_NUMBER})
        # "as many as 200,000-300,000", "some 20 to 30": a range after the cue is the range.
        (?:\s*[-–—]\s*(?P<qualified_dash_high>{_DIGIT_NUMBER})|\s+(?:to|or)\s+(?P<qualified_span_high>{_NUMBER}))?
    )
  | (?P<suffixed>{_NUMBER_START}(?P<suffixed_number>{_NUMBER})\s+(?P<suffix>{_alternation(QUALIFIER_SUFFIXES)})\b)
  | (?P<vague>\b(?:
        (?P<multiplier>{_alternation(VAGUE_MULTIPLIERS)})\s+(?P<unit>{_alternation(VAGUE_UNITS)})
      | (?P<magnitude>{_alternation(VAGUE_MAGNITUDES)})
    )\b)
  | (?P<unquantified>\b(?:
        {_alternation(_UNQUANTIFIED_WORDS)}
      | (?:{_alternation(_UNQUANTIFIED_ADJECTIVES)})(?=\s+(?:(?:civilian|military)\s+)?casualties\b)
    )\b)
  | (?P<zero>\b(?:{_alternation(ZERO_CUES)})\b)
  | (?P<number>{_NUMBER_START}{_NUMBER})
    # "killing a woman": an article before a noun for one person is one, when a casualty verb goes with it.
  | (?P<one>\ban?(?=\s+(?:[^\W\d_][\w-]*\s+)?(?:{_alternation(ONE_PERSON_NOUNS)})\b))
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
        \b(?:aged|age|ages)\s+(?:between\s+)?{_NUMBER}(?:\s*(?:to|and|-|–)\s*{_NUMBER})?
      # "A man, 67, was killed": an age between commas after one person.
      | (?:(?<=\bman,\s)|(?<=\bboy,\s)|(?<=\bgirl,\s)|(?<=\bwoman,\s))\d{{1,3}}(?=,)
      | {_NUMBER}[-\s]+(?:year|month|week|day)s?[-\s]+old\b
      | \b(?:a\s+)?(?:child|boy|girl|son|daughter)\s+of\s+{_NUMBER}\b(?!\s+(?:children|people|others))
      | \b(?:children|boys|girls|those|anyone)\s+(?:under|over|below|above|younger\s+than|older\s+than)
        \s+(?:the\s+age\s+of\s+)?{_NUMBER}
    )
  | (?P<duration>{_NUMBER}-{_TIME_UNIT}s?\b)
  | (?P<percentage>{_NUMBER}\s*(?:%|percent\b|per\s+cent\b|pct\b)
        # "90% of the enclave's 2.3 million people": the base of a share is no count of casualties either.
        (?:\s+of\s+(?:(?:the|its|their)\s+)?(?:[^\W\d_][\w'’-]*\s+){{0,2}}{_NUMBER})?)
  | (?P<money>
        (?:US\$|[$€£¥₽]|\b(?:USD|EUR)\s?)\s*{_NUMBER}(?:\s*(?:m|mn|bn|k)\b)?
      | {_NUMBER}\s+(?:dollars|euros|pounds|rubles|roubles|manats|drams|dinars|hryvnias|USD|EUR)\b
    )
  | (?P<ordinal>\b\d+(?:st|nd|rd|th)\b)
  # "Brigade 47", "Route 5", "kilometre 45", "Flight 17": a number that names a unit, a road or a place.
  | (?P<designation>\b(?-i:Brigade|Regiment|Battalion|Division|Route|Highway|Road|Block|Building|Sector|Gate|Flight
        |Unit|Zone|Hall|Ward|Camp|Platform|Terminal|Bus|No\.)\s+\d+\b
      | \b(?:kilometre|kilometer|km|mile)\s+\d+\b)
  | (?P<ratio>\b{_NUMBER}\s+(?:in|out\s+of)\s+(?:every\s+)?(?!{_YEAR}\b){_NUMBER})
  | (?P<rate>\b{_NUMBER}(?:\s+[^\W\d_]+){{0,2}}?\s+(?:for\s+(?:every|each)|per)\s+(?:{_NUMBER}\s+)?[^\W\d_]+
      | \b{_NUMBER}(?:\s+[^\W\d_]+){{1,4}}?\s+(?:a|each|every)\s+(?:day|week|month|year)\b
        (?!\s+(?:after|before|later|earlier|ago|into))
      | \b{_NUMBER}\s+[^\W\d_]+\s+to\s+(?:one|1)\s+[^\W\d_]+)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_YEAR_LIKE_RE = re.compile(_YEAR)

# --- Words around the amount ----------------------------------------------------------------------------------


def _lexicon() -> dict[tuple[str, ...], tuple[str, str]]:
    """Return every cue word or phrase, as lower-case word tuples, with its kind and value."""
    entries: dict[tuple[str, ...], tuple[str, str]] = {}
    for noun in THING_NOUNS:
        entries[tuple(noun.lower().split())] = ("thing", noun)
    for unit in TIME_UNITS:
        entries[(unit,)] = ("time", unit)
    for noun in PEOPLE_NOUNS:
        entries[tuple(noun.split())] = ("person", "all")
    for population, cues in POPULATION_CUES.items():
        for cue in cues:
            kind = "adjective" if cue in POPULATION_ADJECTIVES else "person"
            entries[tuple(cue.lower().split())] = (kind, population)
    for metric, cues in METRIC_CUES.items():
        for cue in cues:
            entries[tuple(cue.lower().split())] = ("metric", metric)
    return entries


_LEXICON = _lexicon()
_LONGEST_CUE = max(len(words) for words in _LEXICON)

_CLOSING_QUOTES = frozenset("\"”’'")


_TOLL_OF = (
    r"(?:\s+(?:from|in|after|among|since|of|on)\s(?:[^.;:!?\d]|(?<=[^\W\d_]\s)(?:\d{1,2}|1[6-9]\d\d|20\d\d)\b)"
    r"{0,100}?)?"
)
_TOLL_VERBS = (
    r"\s+(?:(?:has|had|have|now|officially|reportedly|already)\s+)*"
    r"(?:(?:rose|risen|rises|rise|climbed|climbs|reached|reaches|jumped|increased|grown|grew|hit|stood|stands|is|was|of"
    r"|at|to|passes|passed"
    r"|exceeded|exceeds|surpassed|topped|tops|amounted|amounts)\s+)"
)
_TOLL_RE = re.compile(
    rf"\b(?:(?P<population>{'|'.join(POPULATION_ADJECTIVES)})\s+)?"
    rf"(?P<cue>{_alternation(cue for cues in METRIC_CUES.values() for cue in cues if cue.endswith(' toll'))})"
    # What the toll is of may come between: "the death toll from Saturday's strike on the market has risen to 45",
    # "since October 7" (a day of the month is no figure).
    rf"{_TOLL_OF}"
    rf"{_TOLL_VERBS}{{0,2}}$",
    re.IGNORECASE,
)
# "the number of children killed has risen to 25,857", "the number of civilian casualties stands at 19": what is
# counted comes first, then the number; its words are read as a noun phrase's (metric and population).
_NUMBER_OF_RE = re.compile(
    r"(?:(?:\b(?:put(?:s|ting)?|estimate[ds]?|estimating)\s+)?\b(?:the\s+)?(?:total\s+)?(?:number|count|tally)\s+of\s+"
    # "put civilian deaths at 1,260", "estimate Chinese dead at 400,000 or more": the same, with "put ... at".
    r"|\b(?:put(?:s|ting)?|estimate[ds]?|estimating)\s+(?:the\s+)?"
    # "Adding combatant deaths, the total rises to around 288,000": the total of what was named before.
    r"|\bthe\s+(?:overall\s+|grand\s+|new\s+)?(?=total\b))"
    r"(?P<what>(?:[^\W\d_][\w'’-]*\s+){0,6}?[^\W\d_][\w'’-]*)"
    rf"{_TOLL_OF}"
    rf"{_TOLL_VERBS}{{1,2}}$",
    re.IGNORECASE,
)
# "Total enemy personnel losses have reached about 305,000", "losses in the Avdeyevka direction amounted to up
# to 395 servicemen": a plural casualty noun, then a verb of reaching; the words before it say whose.
_LOSSES_RE = re.compile(
    r"\b(?P<what>(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:losses|casualties|deaths|fatalities))"
    rf"{_TOLL_OF}"
    r"\s+(?:(?:have|has|had|now|officially|reportedly|already|were|was)\s+)*"
    r"(?:reached|amounted\s+to|amount\s+to|stood\s+at|stand\s+at|stands\s+at|totalled|totaled|exceeded"
    r"|passed|rose\s+to|risen\s+to|climbed\s+to|put\s+at|estimated\s+at)\s+$",
    re.IGNORECASE,
)
# A table's row, or a bulletin's: "Civilians reported killed: 52–74", "Killed – 12". What it counts must say the
# harm, not only who.
_LABEL_RE = re.compile(
    r"^[ \t]*(?P<what>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,5})[ \t]*[:–—][ \t]*$", re.MULTILINE
)
# "Estimates of the death toll vary. Researchers put it at between 162,000 and 378,000": "it" is the toll
# named just before.
_IT_RE = re.compile(r"(?:it|the\s+figure|the\s+number|total)", re.IGNORECASE)
# Who is among a casualty group named first: "Among the dead were two children", "the victims included 4 women".
_AMONG_RE = re.compile(
    r"\b(?:among\s+(?:the\s+)?(?P<among>dead|killed|wounded|injured|casualties|victims)\s+(?:were|was|are|is)"
    r"|(?:the\s+)?(?P<group>dead|killed|wounded|injured|casualties|victims)\s+(?:included|include|includes))\s+$",
    re.IGNORECASE,
)
_PASSING_RE = re.compile(r"\b(?:passe[sd]|exceed(?:ed|s)|surpass(?:ed|es)|top(?:ped|s))\s+$", re.IGNORECASE)
# "killing all 298 people on board": "all" says the count is whole.
_TRANSITIVE_RE = re.compile(
    rf"\b(?:the\s+)?(?P<cue>{_alternation(TRANSITIVE_CUES)})\s+(?:all\s+)?$", re.IGNORECASE
)
_CHANGE_BEFORE_RE = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|grew|grown|fell|dropped)\s+$", re.I)
_COORDINATION_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def _number_of(text: str, before: int, start: int) -> tuple[int, _NounPhrase, bool] | None:
    """Return where "the number of <people counted> has risen to" starts before an amount, and what it counts
    (a metric, or people); None when there is none, or when what it counts is neither ("the number of tanks")."""
    found = _NUMBER_OF_RE.search(text, before, start) or _LOSSES_RE.search(text, before, start)
    row = None if found else _LABEL_RE.search(text, before, start)
    found = found or row
    if not found:
        return None
    if _IT_RE.fullmatch(found["what"]):
        named = list(_ANY_METRIC_CUE_RE.finditer(text, max(0, found.start() - 300), found.start()))
        if not named:
            return None
        return (
            found.start(),
            _NounPhrase(kind="metric", metric=_METRIC_BY_CUE[_key(named[-1].group())]),
            False,
        )
    tokens = _tokens(text, found.start("what"), found.end("what"))
    metric, populations, people = None, set(), False
    index = 0
    while index < len(tokens):
        entry, length = _lookup(tokens, index)
        if entry is None:
            index += 1
            continue
        kind, value = entry
        if kind in ("thing", "time"):
            return None
        if kind == "metric":
            metric = metric or value
        elif kind in ("person", "adjective"):
            people = True
            populations.add(value)
        index += length
    if metric is None and (row or not people):
        return None
    return (
        found.start(),
        _NounPhrase(kind="metric", metric=metric, populations=frozenset(populations - {"all"})),
        row is not None,
    )


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
    # A compound ends in what it counts: "412 weapon-wounded patients", "war-displaced families".
    if "-" in tokens[index].word:
        entry = _LEXICON.get((tokens[index].word.rsplit("-", 1)[1],))
        if entry and entry[0] == "metric":
            return entry, 1
    return None, 0


# "members of regime forces", "members of the armed group", "members of the militia".
_ARMED_AFTER_MEMBERS = frozenset(("forces", "army", "armed", "militia", "militias", "brigade", "battalion"))
_GROUP_BY_NOUN = {noun: group for group, nouns in GROUP_CUES.items() for noun in nouns}


@dataclass
class _NounPhrase:
    kind: str | None = None  # metric, person, thing, time, or None when no known noun follows
    metric: str | None = None
    populations: frozenset = frozenset()
    head: str | None = None
    group: str = "all"
    end: int | None = None  # end of the noun, or of the last unknown word ("12 Armenians")
    next_index: int = 0
    head_word: str | None = None  # the noun as written ("others")


def _read_noun_phrase(tokens: list[_Token]) -> _NounPhrase:
    """Read what the amount counts from the tokens after it: "of their soldiers", "Armenian servicemen"."""
    phrase = _NounPhrase()
    populations: set[str] = set()
    index = 0
    if index < len(tokens) and tokens[index].word in ("more", "further", "additional"):
        index += 1  # "12 more of its soldiers", "a further 40 civilians"
    if index < len(tokens) and tokens[index].word == "of":
        index += 1
        if index < len(tokens) and tokens[index].word in DETERMINERS_AFTER_OF:
            index += 1
    last_was_adjective = False
    for _ in range(4):
        if index >= len(tokens):
            break
        entry, length = _lookup(tokens, index)
        last_was_adjective = False
        if entry is None:
            word = tokens[index].word
            if word == "members" and _ARMED_AFTER_MEMBERS.intersection(
                t.word for t in tokens[index + 1 : index + 6]
            ):
                # "19 members of regime forces", "members of the armed group": the armed of a side.
                populations.add("military")
                phrase.kind, phrase.head, phrase.head_word = "person", "military", word
                phrase.end, index = tokens[index].end, index + 1
                break
            if word.isdigit() and index + 1 < len(tokens):
                after, after_length = _lookup(tokens, index + 1)
                if after and after[0] == "thing":  # "two Leopard 2 tanks": a model's number, then the thing
                    phrase.kind, phrase.head = "thing", after[1]
                    phrase.end = tokens[index + after_length].end
                    break
            if not word[0].isalpha() or word in NOUN_PHRASE_STOPS:
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
            if following is None and index + 1 < len(tokens) and tokens[index].word.isalpha():
                # One describing word between: "195 captured Russian soldiers", "30 wounded enemy fighters".
                after, after_length = _lookup(tokens, index + 1)
                if after and after[0] in ("person", "adjective"):
                    following, following_length, index = after, after_length, index + 1
            if following and following[0] == "adjective":
                following = ("person", following[1])  # "12 wounded civilian ..." names who they are
            if following and following[0] == "thing":  # "40 captured tanks" counts no one
                phrase.kind, phrase.head, phrase.metric = "thing", following[1], None
                phrase.end = tokens[index + following_length - 1].end
                break
            if following and following[0] == "person":
                populations.add(following[1])
                phrase.end, index = tokens[index + following_length - 1].end, index + following_length
        elif kind == "person":
            populations.add(value)
            phrase.group = _GROUP_BY_NOUN.get(tokens[index - 1].word, "all")
            phrase.head_word = tokens[index - 1].word
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


def _people_named_after(tokens: list[_Token]) -> _NounPhrase | None:
    """Return the people that "were" names after an amount ("560 were children"), or None."""
    if len(tokens) < 2 or tokens[0].word not in ("were", "was"):
        return None
    entry, length = _lookup(tokens, 1)
    if entry is None or entry[0] != "person":
        return None
    return _NounPhrase(
        kind="person",
        populations=frozenset({entry[1]} - {"all"}),
        head=entry[1],
        group=_GROUP_BY_NOUN.get(tokens[1].word, "all"),
        end=tokens[length].end,
        next_index=1 + length,
    )


def _auxiliary_follows(tokens: list[_Token], index: int) -> bool:
    return index < len(tokens) and tokens[index].word in AUXILIARIES


def _read_casualty_verb(tokens: list[_Token], index: int) -> tuple[str | None, int | None]:
    """Return the metric and end of a casualty verb after the people counted: "were reportedly killed"."""
    if index < len(tokens) and tokens[index].word == "of":
        # "192 servicemen of the Azerbaijani Army were martyred": whose they are, then the verb.
        for ahead in range(index + 1, min(len(tokens), index + 7)):
            if tokens[ahead].word in ("were", "was", "have", "had", "has"):
                index = ahead
                break
            if not tokens[ahead].word[0].isalpha():
                break
    if (
        index < len(tokens)
        and tokens[index].word in ("who", "that")
        and _auxiliary_follows(tokens, index + 1)
    ):
        index += 1  # "3,825 servicemen who were killed"
    if index < len(tokens) and tokens[index].word == ",":
        aside_end = _after_aside(tokens, index)
        # No aside, but the comma that closes one around this amount: "including 18 children, were killed".
        index = aside_end if aside_end != index or not _auxiliary_follows(tokens, index + 1) else index + 1
    for _ in range(4):
        # A closing quote may stand between: 'exactly 17 militants" died'.
        if index < len(tokens) and (
            tokens[index].word in AUXILIARIES or tokens[index].word in _CLOSING_QUOTES
        ):
            index += 1
    # "remained in Russian captivity": one word may qualify the captivity.
    if (
        index + 2 < len(tokens)
        and tokens[index].word == "in"
        and tokens[index + 2].word == "captivity"
        and tokens[index + 1].word.isalpha()
    ):
        return _LEXICON[("in", "captivity")][1], tokens[index + 2].end
    # "Seven prisoners were among the dead": they are counted as the dead, not as prisoners.
    if [token.word for token in tokens[index : index + 2]] == ["among", "the"]:
        index += 2
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
    bare: bool = False  # only a casualty word after the amount ("over 20 injured"): no one named
    group: str = "all"
    counted_end: int = 0  # where what is counted ends, before any verb after it
    standalone_part: bool = False  # "560 were children": a part whose total comes before
    part_metric: str | None = None  # what that total counts ("Of the killed, 560 were children"), if said
    part_of: _Reading | None = None  # the total this figure breaks down ("..., including 18 children")
    rejection: str | None = None


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


# The largest number a claim's bounds can hold (a signed 64-bit integer).
_LARGEST_COUNT = 2**63 - 1
_ZERO_GROUPS_RE = re.compile(r"^(?P<lead>\d{1,3})(?P<zeros>(?:[,. \u00a0\u202f]000)+)$")


def _range(match: re.Match, low_written: str, high_written: str) -> tuple[int, int]:
    """Return a range's ends, a scale written once applying to both: "between 2 and 3 million", "70 or 80,000"
    (70,000 to 80,000: the low end is written as the high end's leading group)."""
    low, high = number_value(low_written), number_value(high_written)
    scale = high_written.split()[-1].lower()
    if scale in _SCALES and low_written.split()[-1].lower() not in _SCALES and low * _SCALES[scale] <= high:
        low *= _SCALES[scale]
    elif (grouped := _ZERO_GROUPS_RE.match(high_written.strip())) and low_written.strip().isdigit():
        lead = int(grouped["lead"])
        if lead / 10 < low <= lead:
            low *= 1000 ** (len(grouped["zeros"]) // 4)
    if low > high:
        raise ParseError(f"“{match.group()}” runs from high to low; write the range as “between X and Y”.")
    return low, high


def _amount(text: str, match: re.Match) -> tuple[str, tuple[int, ...], str | None]:
    """Return the qualifier, the numbers and the vague magnitude of an amount match."""
    if match["range"]:
        for pair in ("between", "from", "span", "dash"):
            if match[f"{pair}_low"]:
                low_written, high_written = match[f"{pair}_low"], match[f"{pair}_high"]
                break
        if pair == "from" and _CHANGE_BEFORE_RE.search(text, max(0, match.start() - 20), match.start()):
            return "exact", (number_value(high_written),), None  # "the toll rose from 12 to 45": 45, not 12
        return "range", _range(match, low_written, high_written), None
    if match["qualified"] and (match["qualified_dash_high"] or match["qualified_span_high"]):
        high_written = match["qualified_dash_high"] or match["qualified_span_high"]
        return "range", _range(match, match["qualified_number"], high_written), None
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
            return "vague", (VAGUE_MULTIPLIERS[multiplier] * VAGUE_UNITS[unit],), None
        return "vague", (), _key(match["magnitude"])
    if match["unquantified"]:
        return "unquantified", (), None
    if match["zero"]:
        return "exact", (0,), None
    if match["one"]:
        return "exact", (1,), None
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
    if any(number > _LARGEST_COUNT for number in numbers):
        reading.rejection = f"“{match.group()}” is larger than any count a claim can hold."
        return reading
    if qualifier == "fewer_than" and numbers and numbers[0] <= 0:
        reading.rejection = f"“{match.group()}” is fewer than none: not a count."
        return reading

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
    among = None if toll or transitive else _AMONG_RE.search(text, before, start)
    if among:  # "Among the dead were two children", "the victims included 4 women"
        reading.start, reading.metric = among.start(), _METRIC_BY_CUE[_key(among["among"] or among["group"])]
        reading.metric_source, reading.counts_people = "verb_before", True
        # A part of the figure named before, if there is one of that metric ("victims" go with any harm).
        reading.standalone_part, reading.part_metric = True, reading.metric
    of_the = _OF_THE_RE.search(text, before, start)
    if of_the:  # "Of the killed, 560 were children": a part of the killed named before
        reading.standalone_part, reading.part_metric = True, _METRIC_BY_CUE[_key(of_the["metric"])]
    elif _OF_THEM_RE.search(text, before, start):  # "Of them, 16 children were killed and 74 injured"
        reading.standalone_part = True
    passing = _PASSING_RE.search(text, before, start)
    if passing and reading.qualifier == "exact" and (toll or _NUMBER_OF_RE.search(text, before, start)):
        reading.qualifier = "more_than"  # "the death toll passes 30,000": more than 30,000
    number_of = None if toll or transitive else _number_of(text, before, start)
    if number_of:
        reading.start, reading.metric, reading.metric_source = number_of[0], number_of[1].metric, "toll"
        reading.counts_people = True

    # After the amount: what is counted, then perhaps a casualty verb: "12 Armenian soldiers were killed". A
    # table's row ends with its line.
    line_end = text.find("\n", end) if number_of and number_of[2] else -1
    tokens = _tokens(text, end, line_end if line_end != -1 else min(len(text), end + 200), limit=24)
    noun = _read_noun_phrase(tokens)
    populations = set(noun.populations)
    if toll and toll["population"]:
        populations.add(_LEXICON[(toll["population"].lower(),)][1])
    if number_of:
        populations |= number_of[1].populations
        reading.counts_people = True
    verb_metric, verb_end = _read_casualty_verb(tokens, noun.next_index)
    if noun.metric == "wounded" and verb_metric == "displaced":
        verb_metric = None  # "three wounded soldiers were evacuated": the wounded, not the displaced
    partitive = tuple(token.word for token in tokens[:2]) in _PARTITIVES
    if partitive and (noun.kind in ("metric", "person") or verb_metric):
        reading.standalone_part = True  # "19,200 civilian casualties, 8,983 of them killed"
    if noun.kind is None and not verb_metric and not reading.metric:
        # "Of them, 560 were children", "Twenty-three of them were children": a part of a total named before,
        # by the people it counts.
        named = _people_named_after(tokens[2:] if partitive else tokens)
        if named is not None:
            noun = named
            reading.standalone_part = True
    if noun.kind in ("thing", "time"):
        what = "is a duration" if noun.kind == "time" else f"counts {noun.head}, not people"
        assert noun.end is not None  # a known noun sets where it ends
        reading.end = noun.end
        reading.rejection = f"“{text[start : noun.end]}” {what}: not a casualty figure."
        return reading
    if verb_metric:
        assert verb_end is not None  # a verb's metric comes with where the verb ends
        reading.metric, reading.metric_source, reading.end = verb_metric, "verb_after", verb_end
    elif noun.kind == "metric" and (
        reading.metric is None or (reading.metric == "casualties" and reading.metric_source == "toll")
    ):
        # "losses were officially put at 5,732 dead": the noun after the number says which losses.
        reading.metric, reading.metric_source = noun.metric, "noun"
    if noun.kind is not None or verb_metric or (noun.end and reading.metric_source == "verb_before"):
        reading.end = max(reading.end, noun.end or end)
    # "1,200 were killed", "killed 150", "Fourteen citizens were martyred": whoever a casualty verb befell are
    # people, and may be broken down ("..., including 27 children").
    reading.counts_people = (
        reading.counts_people
        or noun.kind in ("person", "metric")
        or bool(verb_metric)
        or (reading.metric_source == "verb_before" and noun.kind is None and noun.end is None)
    )
    # No one named: "over 20 injured", "and injured 47", "five others": the people of the figure before.
    reading.bare = (
        not noun.populations
        and not number_of
        and not toll
        and (
            (noun.kind == "metric" and not verb_metric)
            or (noun.kind is None and reading.metric_source == "verb_before" and not among)
            or noun.head_word == "others"
        )
    )
    reading.group = noun.group
    reading.counted_end = max(end, noun.end or end)
    if len(populations) == 1:
        reading.population = populations.pop()

    if match["one"] and not (transitive or verb_metric or among):
        return None  # "a woman said", "a soldier was seen": no figure
    if match["zero"]:
        needs_verb = _key(match["zero"]) in ZERO_CUES_NEEDING_A_VERB
        if not (verb_metric or (not needs_verb and reading.counts_people)):
            return None
    if match["unquantified"]:
        preceding = text[max(0, start - 4) : start].lower().split()
        # "as many as possible", "how many people": no figure.
        if (preceding and preceding[-1] in ("as", "how")) or not (reading.counts_people or reading.metric):
            return None
    if (
        tokens
        and tokens[0].word.isalpha()
        and _lookup(tokens, 0)[0] is None
        and _written_like_a_year(match, qualifier)
    ):
        # "The 2022 invasion killed thousands", "the 1980-1988 war": a year names the event, whatever verb follows.
        reading.rejection = f"“{match.group()}” reads as a year; if it is a count, say what is counted."
    elif match["between_low"] and not noun.kind and _written_like_a_year(match, qualifier):
        # "killed between 1985 and 2018": years, whatever verb comes before.
        reading.rejection = f"“{match.group()}” reads as years; if it is a count, say what is counted."
    elif reading.metric is None and not reading.counts_people and _written_like_a_year(match, qualifier):
        reading.rejection = f"“{match.group()}” looks like a year; if it is a count, say what is counted."
    return reading


def _written_like_a_year(match: re.Match, qualifier: str) -> bool:
    """Return True for a bare four-digit number, or range of them, that could be a year: "2020", "1992-1994"."""
    if qualifier not in ("exact", "range") or not (
        match["number"] or match["span_low"] or match["dash_low"] or match["between_low"]
    ):
        return False
    if match["number"]:
        written = [match["number"]]
    else:
        written = [
            match["span_low"] or match["dash_low"] or match["between_low"],
            match["span_high"] or match["dash_high"] or match["between_high"],
        ]
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
    "designation": "the number of a unit, a road or a place",
    "ratio": "a ratio",
    "rate": "a rate (so many for every one)",
}


def _non_figure_message(text: str, span: tuple[int, int, str]) -> str:
    """Return why a date, age or the like is no casualty figure."""
    start, end, kind = span
    return f"“{text[start:end]}” is {_NON_FIGURE_NAMES[kind]}, not a casualty figure."


_METRIC_BY_CUE = {_key(cue): metric for metric, cues in METRIC_CUES.items() for cue in cues}


_BREAKDOWN_RE = re.compile(
    # Where the total was counted may come between: "killed about 1,200 people in Israel, including 815 ...".
    r"(?:\s+(?:in|on|at|across|near|during)\s+[^\d,.;:!?]{1,50}?)?"
    r"(?:,?\s*(?:including|among\s+them|among\s+whom|(?P<partitive>of\s+whom|of\s+them|of\s+which|of\s+these))\s+"
    # "27,449 civilian casualties in Ukraine: 9,701 killed ...", "3,774 civilian casualties (1,095 killed ...)".
    r"|\s*[:(]\s*)$",
    re.I,
)
# "Of them, 16 children were killed": a part of the figures named before.
_OF_THEM_RE = re.compile(r"\b(?:of|among)\s+(?:them|these|those|whom)\s*,?\s*$", re.IGNORECASE)
# "Of the killed, 560 were children": the part names the metric of its total.
_OF_THE_RE = re.compile(
    r"\bof\s+(?:the|those)\s+(?P<metric>killed|dead|wounded|injured)\s*,?\s*$", re.IGNORECASE
)
_CLAUSE_END_RE = re.compile(r"[.;:!?]")
_PARTITIVES = frozenset((("of", "them"), ("of", "whom"), ("of", "those"), ("of", "these")))
_WERE_RE = re.compile(r"\s+(?:were|was)\b", re.IGNORECASE)


def _largest(reading: _Reading) -> int | None:
    """Return the largest number a reading writes, None for a vague magnitude or no number."""
    return max(reading.numbers) if reading.numbers else None


def _may_be_part(reading: _Reading, total: _Reading) -> bool:
    """Return whether a reading can be a part of a total: never more than it ("killed 12 (police said 14)")."""
    part, whole = _largest(reading), _largest(total)
    return part is None or whole is None or part <= whole


def _link(reading: _Reading, total: _Reading) -> None:
    """Make a reading a part of a total: it counts the total's people, unless it names its own."""
    reading.part_of = total
    if reading.population == "all":
        reading.population = total.population


def _earlier_total(text: str, earlier: list[_Reading], part: _Reading, metric: str | None) -> _Reading | None:
    """Return the figure named before (up to four figures back, in the paragraph) that a part breaks down: the
    nearest of the part's own metric, or, when the part says none or only "victims", the nearest of any."""
    totals = [
        reading
        for reading in earlier
        if reading.rejection is None
        and reading.metric
        and reading.part_of is None
        and part.amount_start - reading.end < 500
        and "\n\n" not in text[reading.end : part.amount_start]
    ][-4:]
    wanted = metric if metric not in (None, "casualties") else part.metric
    for total in reversed(totals):
        if wanted in (None, "casualties", total.metric, *_PART_METRICS.get(total.metric, ())) and (
            _may_be_part(part, total)
        ):
            return total
    return None


# A total of casualties breaks down into its killed and its wounded.
_PART_METRICS: dict[str | None, tuple[str, ...]] = {"casualties": ("killed", "wounded")}


def _link_breakdowns(text: str, readings: list[_Reading]) -> None:
    """Link the parts of a breakdown to their total: "About 70 civilians, including 18 children, were killed",
    "9,000 people were killed, including 5,000 children and 3,000 women", "27,449 civilian casualties: 9,701
    killed and 17,748 injured", and parts named after their total ("Of the killed, 560 were children", "the
    victims included 4 women"). A part counts what its total counts (the metric and population), by its own
    group; the total takes a verb that follows the parts."""
    for index, reading in enumerate(readings):
        if reading.rejection:
            continue
        previous = readings[index - 1] if index else None
        if previous is not None and previous.rejection is None:
            gap = (previous.end, reading.amount_start)
            counted_gap = (
                previous.counted_end,
                reading.amount_start,
            )  # the total's verb may follow its parts
            breakdown = _BREAKDOWN_RE.fullmatch(text, *gap) or _BREAKDOWN_RE.fullmatch(text, *counted_gap)
            total = None
            if breakdown and previous.counts_people:
                total = previous
            elif (
                previous.part_of is not None
                and not _CLAUSE_END_RE.search(text, *counted_gap)
                and _COORDINATION_RE.fullmatch(text, *gap)
            ):
                total = previous.part_of  # "..., including 5,000 children and 3,000 women"
                if reading.metric and reading.metric not in (
                    total.metric,
                    *_PART_METRICS.get(total.metric, ()),
                ):
                    # "Of them, 16 children were killed and 74 injured": the 74 are a part of the injured.
                    total = _earlier_total(text, readings[:index], reading, reading.metric)
            # "654,965 excess deaths, of which 601,027 were due to violence": a partitive names its total's people.
            partitive = (
                breakdown is not None and breakdown["partitive"] and _WERE_RE.match(text, reading.amount_end)
            )
            if (
                total is not None
                and (reading.counts_people or partitive)
                and reading.qualifier not in ("vague", "unquantified")
                and _may_be_part(reading, total)
            ):
                _link(reading, total)
                continue
        if not reading.standalone_part or reading.qualifier in ("vague", "unquantified"):
            continue  # "among them several aid workers": no part is vague
        total = _earlier_total(text, readings[:index], reading, reading.part_metric)
        if total is not None:
            _link(reading, total)  # "9,701 killed ... Of them, 560 were children"
            if reading.part_metric == "casualties" and total.metric in ("killed", "wounded"):
                reading.metric = total.metric  # "45 were killed ... the victims included 4 women"
    # A verb after the last part counts for the total and every part: "70 civilians, including 18 children,
    # were killed"; a verb of the total counts for its parts: "9,000 were killed, including 5,000 children".
    parts = [(reading, reading.part_of) for reading in readings if reading.part_of is not None]
    for part, whole in parts:
        if whole.metric is None and part.metric_source == "verb_after":
            whole.metric, whole.metric_source = part.metric, "shared_verb"
    for part, whole in parts:
        if part.metric is None and whole.metric is not None:
            part.metric, part.metric_source = whole.metric, "shared_verb"


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

    _link_breakdowns(text, readings)
    # The verb after the list reaches back ("12 soldiers and 3 civilians were killed"), the verb before it
    # reaches forward ("killed 12 soldiers and 3 civilians").
    for index in range(len(readings) - 2, -1, -1):
        reading, following = readings[index], readings[index + 1]
        inherit(reading, following, ("verb_after", "shared_verb"), (reading.end, following.amount_start))
    for index in range(1, len(readings)):
        previous, reading = readings[index - 1], readings[index]
        inherit(reading, previous, ("verb_before", "shared_verb"), (previous.end, reading.amount_start))
        # "18 servicemen were killed and over 20 injured", "killed 11 civilians and injured 47", "two civilians
        # were martyred and five others were injured": the 20, the 47 and the five are the same people.
        verb_start = reading.start if reading.metric_source == "verb_before" else reading.amount_start
        # After a part, the clause is its total's: "230 people, including 12 civilians, were killed and more
        # than 400 wounded" are not the civilians' wounded.
        people = previous.part_of.population if previous.part_of is not None else previous.population
        if (
            reading.bare
            and reading.population == "all"
            and people != "all"
            and previous.rejection is None
            and _COORDINATION_RE.fullmatch(text, previous.end, verb_start)
        ):
            reading.population = people
    # A part counts its total's people, now that the total knows them ("five others were injured, among them
    # two women").
    for reading in readings:
        if reading.part_of is not None and reading.population == "all":
            reading.population = reading.part_of.population


def _read(text: str) -> list[_Reading]:
    """Return every amount in the text, in order, each with what it counts or why it is no figure."""
    spans = _non_figure_spans(text)
    span_starts = [span[0] for span in spans]
    readings = []
    for match in _AMOUNT_RE.finditer(text):
        if match["span_low"] and _overlapping(
            spans, span_starts, match.start("span_low"), match.end("span_low")
        ):
            # "since October 7 to 23,084": the low end is a day of a date, the figure the number after "to".
            match = _AMOUNT_RE.match(text, match.start("span_high")) or match
        reading = _read_amount(text, match, spans, span_starts)
        if reading is not None:
            readings.append(reading)
    _share_casualty_verbs(text, readings)
    return readings


def _figure(reading: _Reading, convention: str) -> Figure:
    """Return the Figure a reading stands for, under a convention."""
    numbers = reading.numbers
    if reading.magnitude:
        numbers = (VAGUE_MAGNITUDES[reading.magnitude][convention],)
    low, best, high = bounds_for(reading.qualifier, *numbers)
    return Figure(
        reading.qualifier, low, best, high, reading.metric, reading.population, convention, reading.group
    )


# --- Public reading functions ---------------------------------------------------------------------------------

_ANY_METRIC_CUE_RE = re.compile(
    rf"\b(?:{_alternation(cue for cues in METRIC_CUES.values() for cue in cues)})\b", re.IGNORECASE
)


def _language_of(text: str, language: str | None) -> str:
    """Return the language to read a text in: the one given, else the one it is written in, else English."""
    if language is None:
        return reading_language(text)
    if language != "en" and language not in OTHER_LANGUAGES:
        raise ValueError(f"The reader does not read “{language}”; it reads en, {', '.join(OTHER_LANGUAGES)}.")
    return language


_LATIN_LANGUAGES = ("en", "fr", "es", "de")
# A text this short is read in every Latin-script language when its own cannot be told; a longer one in English.
_SHORT_TEXT = 2_000


def _parse_in_any_latin_language(text: str, convention: str) -> Figure:
    """Read a phrase too short to tell English, French, Spanish and German apart ("12 muertos"): the first of
    them that reads a figure of something counted, else English's reading or its refusal."""
    found: list[Figure] = []
    refusal = None
    for code in _LATIN_LANGUAGES:
        try:
            figure = parse_figure(text, convention, language=code)
        except ParseError as error:
            refusal = refusal or error
            continue
        if figure.metric:
            return figure
        # Another language's bare number ("2020", "six weeks") is no reason to accept it; only English's is.
        if code == "en":
            found.append(figure)
    if found:
        return found[0]
    assert refusal is not None
    raise refusal


def parse_figure(text: str, convention: str = "conservative", language: str | None = None) -> Figure:
    """Return the casualty figure a phrase states; raise ParseError if it states none. The phrase is read in
    `language` (en, ru, uk, ar, fr, es, de), or in the language it is written in when that is None."""
    _check_convention(convention)
    if language is None:
        detected = detect_language(text)
        if detected is None and reading_language(text) == "en":
            return _parse_in_any_latin_language(text, convention)
        if detected in _LATIN_LANGUAGES:
            try:
                return parse_figure(text, convention, language=detected)
            except ParseError:
                # A phrase told wrongly ("Seven die as ...": German by its "die") is read in the others too.
                return _parse_in_any_latin_language(text, convention)
    language = _language_of(text, language)
    if language != "en":
        return parse_figure_in(text, language, convention)
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


def extract_figures(
    text: str,
    convention: str = "conservative",
    published_on: dt.date | None = None,
    language: str | None = None,
) -> list[Candidate]:
    """Return the casualty figures a text states, in text order, each with its sentence and originator, and
    the day its sentence dates it to (relative days such as "on Sunday" counted from `published_on`). The text
    is read in `language`, or in the language it is written in when that is None."""
    _check_convention(convention)
    # Too short to tell English, French, Spanish and German apart ("Murieron 2 niños."): the language that finds
    # the most figures in it.
    short_and_untold = language is None and len(text) <= _SHORT_TEXT and detect_language(text) is None
    if short_and_untold and reading_language(text) == "en":
        found = [extract_figures(text, convention, published_on, code) for code in _LATIN_LANGUAGES]
        return max(found, key=len)
    language = _language_of(text, language)
    if language != "en":
        return extract_figures_in(text, language, convention, published_on)
    sentences = _sentence_spans(text)
    sentence_starts = [start for start, _ in sentences]
    speakers = Speakers(text, sentences)
    candidates: list[Candidate] = []
    position: dict[int, int] = {}  # id of a reading -> index of its candidate
    context: dict[int, tuple] = {}  # sentence index -> (as of, period, area)
    for reading in _read(text):
        if reading.rejection or reading.metric is None:
            continue
        position[id(reading)] = len(candidates)
        index = max(0, bisect.bisect_right(sentence_starts, reading.start) - 1)
        sentence_start, sentence_end = sentences[index] if sentences else (0, len(text))
        sentence = text[sentence_start:sentence_end]
        credit = speakers.credit(index, reading.start - sentence_start)
        if index not in context:  # what a sentence says of all its figures, read once however many they are
            context[index] = (
                as_of_in(sentence, published_on),
                period_in(sentence, published_on) or (None, None),
                area_in(sentence),
            )
        as_of, (period_start, period_end), area = context[index]
        candidates.append(
            Candidate(
                start=reading.start,
                end=reading.end,
                phrase=text[reading.start : reading.end],
                figure=_figure(reading, convention),
                sentence=sentence,
                originator=credit.name,
                attribution=credit.how,
                part_of=position.get(id(reading.part_of)) if reading.part_of is not None else None,
                as_of=as_of,
                period_start=period_start,
                period_end=period_end,
                area=area,
            )
        )
    return candidates
