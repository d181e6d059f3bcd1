"""Read casualty figures in Russian, Ukrainian, Arabic, French, Spanish and German (issue 16).

The English reader (reading.py) is written around English word order; these languages inflect their words, put the
verb before or after the number as they please, and write numbers their own way. This reader is table-driven: one
lexicon per language (`lexicon_<code>.py`) gives the words, and the rules below are the same for every language:
the qualifiers, bounds and conventions of figures.py, as in English.

How a text is read:

1. Normalised, keeping every character's place in the original (so a figure's phrase is the text as written):
   compatibility forms folded (Arabic presentation forms, full-width digits), Arabic-Indic and Persian digits as
   ASCII digits, Arabic diacritics and tatweel dropped and alef, alef maqsura and teh marbuta folded, ё as е,
   Latin letters inside Cyrillic words (a typist's "мирныx") as the Cyrillic letters they look like.
2. Cut into words, numbers and punctuation; a word matches a cue of the lexicon exactly, or by its stem when the
   cue ends in "*" ("погиб*" matches погиб, погибли, погибших); an Arabic word also without its attached
   particles (و, ف, ب, ل, ال...).
3. Amounts found: numbers in digits, words or both ("12 тыс. 368", "двух тысяч 300"), ranges ("от 20 до 22 тысяч",
   the scale shared), vague magnitudes, zero ("жертв нет"), unquantified cues, and Arabic dual nouns (طفلان).
4. Each amount is rejected when it is a date, a time, a year, an age, a percentage, money, an ordinal, a unit's
   number, a duration or a count of things; otherwise its qualifier is the cue before it (or after it), unless a
   false friend undoes it ("berichtet über 13 Tote", "возросло до 45").
5. What it counts: the metric, population and group named after it up to the next comma, else before it back to
   the clause's start, else after it to the end of the sentence ("12 человек, в том числе 5 детей, погибли").
   A captive's word gives way to a killing in the same clause ("погибли 3 заложника": killed).

The lexicon contract. A `lexicon_<code>.py` defines (words in lower case; "*" ends a stem; "|" separates the
forms of one entry in VAGUE_MAGNITUDES):

- CODE, NAME, DECIMAL_COMMA (True when "2,1 тысячи" is 2.1 thousand)
- NUMBER_WORDS {word: value}: every form of every number word (units, teens, tens, hundreds, collectives)
- SCALES {word: value}: thousand, million, billion in every form and abbreviation ("тыс": 1000); a scale word
  after a number multiplies it; alone it is one of it, unless it is a vague magnitude ("тысячи людей")
- SMALL_SCALES {word: value}: nouns that multiply a number before them ("пять десятков", "две сотни")
- FRACTIONS {word: value}: "полтора" 1.5, "пол" 0.5 ("полтысячи" is in NUMBER_WORDS)
- NUMBER_JOINERS: words inside a number ("et", "y", "und", "و")
- CARDINAL_SUFFIXES: endings written after digits that keep them a count ("5-ти", "3-х")
- QUALIFIER_CUES {qualifier: cues} before the number; QUALIFIER_SUFFIXES {cue: qualifier} after the number or
  after what it counts; FALSE_FRIENDS {cue: words}: a cue right after one of these words is no qualifier
- RANGE_FORMS: "от X до Y", "X–Y", "X или Y"...; CHANGE_VERBS: stems before "с X до Y" that make Y the figure
- ZERO_CUES: words that say none when a casualty word stands within three words ("без жертв", "жертв нет")
- VAGUE_MAGNITUDES {forms: {convention: floor}}; VAGUE_MULTIPLIERS {word: n} × VAGUE_UNITS {word: value}
- UNQUANTIFIED_CUES; METRIC_CUES {metric: cues}; POPULATION_CUES {population: cues}; PEOPLE_NOUNS;
  GROUP_CUES {group: cues}; THING_NOUNS; TIME_UNITS; MONTHS
- YEAR_WORDS (after a year: "году"), YEAR_BEFORE (before one: "в", "en"), AGE_BEFORE / AGE_AFTER, PERCENT_WORDS,
  MONEY_WORDS, DESIGNATIONS (words naming a unit or a place before its number: "бригада", "№"), ORDINAL_SUFFIXES
- BREAKDOWN_CUES ("в том числе", "из них"): what follows is a part of the figure before
- ATTRIBUTION_VERBS, ACCORDING_TO, SPEAKER_NOUNS, NAME_STOPS, DETERMINERS: whom a sentence credits
- NON_FIGURES {kind: examples}, NUMBER_FORMS (examples read in docs/methodology.md)
- optional: CLITICS (Arabic particles written onto a word), DUAL_NOUNS {dual form: singular}, and
  `compound_number(word) -> int | None` for languages that write a number as one word (German)
"""

from __future__ import annotations

import bisect
import datetime as dt
import importlib
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from types import ModuleType

from .dates import as_of_in
from .figures import Candidate, Figure, ParseError, bounds_for

OTHER_LANGUAGES = ("ru", "uk", "ar", "fr", "es", "de")
_LARGEST_COUNT = 2**63 - 1

# --- Normalising ---------------------------------------------------------------------------------------------

_ARABIC_DIGITS = {chr(0x0660 + n): str(n) for n in range(10)} | {chr(0x06F0 + n): str(n) for n in range(10)}
_ARABIC_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0653), 0x0670, 0x0640, 0x0654, 0x0655])
_ARABIC_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "٬": ",",
    "٫": ".",
    "،": ",",
    "؛": ";",
    "؟": "?",
}
_CYRILLIC_FOLD = {"ё": "е", "Ё": "Е"}
# Latin letters that look like Cyrillic ones, as typed inside a Cyrillic word.
_LOOKALIKES = dict(zip("aceopxyiABCEHKMOPTXI", "асеорхуіАВСЕНКМОРТХІ", strict=True))
_SPACES = frozenset("\u00a0\u202f\u2009\u2007")


def _fold_char(character: str) -> str:
    """Return what one character reads as: "" for a mark to drop, else one or more characters."""
    if character.isascii():
        return character
    if character in _ARABIC_DIGITS:
        return _ARABIC_DIGITS[character]
    if character in _ARABIC_MARKS:
        return ""
    if character in _ARABIC_FOLD:
        return _ARABIC_FOLD[character]
    if character in _CYRILLIC_FOLD:
        return _CYRILLIC_FOLD[character]
    if character in "’‘ʼ`´":
        return "'"
    if character in _SPACES:
        return " "
    folded = unicodedata.normalize("NFKC", character)
    if folded != character:
        return "".join(_fold_char(part) if part != character else part for part in folded)
    return character


def normalise(text: str) -> tuple[str, list[int]]:
    """Return the text as the reader reads it, and for each of its characters the index of the original one
    (one more entry at the end: the original's length)."""
    out: list[str] = []
    where: list[int] = []
    for index, character in enumerate(text):
        folded = _fold_char(character)
        out.extend(folded)
        where.extend([index] * len(folded))
    where.append(len(text))
    folded_text = "".join(out)
    if any("\u0400" <= c <= "\u04ff" for c in folded_text):
        folded_text = _CYRILLIC_WORD_RE.sub(_cyrillic_word, folded_text)
    return folded_text, where


_CYRILLIC_WORD_RE = re.compile(r"[^\W\d_]+")


def _cyrillic_word(match: re.Match) -> str:
    word = match.group()
    if any("\u0400" <= c <= "\u04ff" for c in word) and any(c in _LOOKALIKES for c in word):
        return "".join(_LOOKALIKES.get(c, c) for c in word)
    return word


def fold_word(word: str) -> str:
    """Return a lexicon's word as the reader compares it: normalised and in lower case."""
    return normalise(word)[0].lower()


# --- Lexicons ------------------------------------------------------------------------------------------------


@dataclass
class _Cue:
    words: tuple[str, ...]  # each a word, or a stem ending in "*"
    kind: str
    value: object


class _Matcher:
    """Find the longest cue starting at a word, among cues written as words and stems."""

    def __init__(self) -> None:
        self.exact: dict[str, list[_Cue]] = {}
        self.stems: dict[str, list[_Cue]] = {}
        self.longest_stem = 0

    def add(self, phrase: str, kind: str, value: object) -> None:
        words = tuple(fold_word(word) for word in phrase.split())
        if not words:
            return
        cue = _Cue(words, kind, value)
        first = words[0]
        if first.endswith("*"):
            self.stems.setdefault(first[:-1], []).append(cue)
            self.longest_stem = max(self.longest_stem, len(first) - 1)
        else:
            self.exact.setdefault(first, []).append(cue)

    @staticmethod
    def _word_matches(pattern: str, word: str) -> bool:
        return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern

    def candidates(self, word: str) -> list[_Cue]:
        found = list(self.exact.get(word, ()))
        for length in range(1, min(len(word), self.longest_stem) + 1):
            found.extend(self.stems.get(word[:length], ()))
        return found


class Lexicon:
    """A language's lexicon module, compiled for reading."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.code: str = module.CODE
        self.decimal_comma: bool = getattr(module, "DECIMAL_COMMA", True)
        self.number_words = {fold_word(k): v for k, v in module.NUMBER_WORDS.items()}
        self.scales = {fold_word(k): v for k, v in module.SCALES.items()}
        self.small_scales = {fold_word(k): v for k, v in getattr(module, "SMALL_SCALES", {}).items()}
        self.fractions = {fold_word(k): v for k, v in getattr(module, "FRACTIONS", {}).items()}
        self.joiners = frozenset(fold_word(w) for w in getattr(module, "NUMBER_JOINERS", ()))
        self.cardinal_suffixes = frozenset(fold_word(w) for w in getattr(module, "CARDINAL_SUFFIXES", ()))
        self.clitics = tuple(
            sorted((fold_word(c) for c in getattr(module, "CLITICS", ())), key=len, reverse=True)
        )
        self.duals = {fold_word(k): fold_word(v) for k, v in getattr(module, "DUAL_NOUNS", {}).items()}
        self.compound_number = getattr(module, "compound_number", None)
        self.word_variants = getattr(module, "word_variants", None)  # a compound's head ("Regierungssoldaten")
        self.articles = frozenset(fold_word(w) for w in getattr(module, "ARTICLES", ()))
        self.vague = _Matcher()
        for forms, floors in module.VAGUE_MAGNITUDES.items():
            for form in forms.split("|"):
                self.vague.add(form, "vague", floors)
        self.vague_multipliers = {
            fold_word(k): v for k, v in getattr(module, "VAGUE_MULTIPLIERS", {}).items()
        }
        self.vague_units = {fold_word(k): v for k, v in getattr(module, "VAGUE_UNITS", {}).items()}
        self.cues = _Matcher()  # what is counted, and everything else looked up around an amount
        for metric, cues in module.METRIC_CUES.items():
            for cue in cues:
                self.cues.add(cue, "metric", metric)
        for population, cues in module.POPULATION_CUES.items():
            for cue in cues:
                self.cues.add(cue, "population", population)
        for cue in module.PEOPLE_NOUNS:
            self.cues.add(cue, "people", "all")
        for cue in module.THING_NOUNS:
            self.cues.add(cue, "thing", cue)
        for cue in module.TIME_UNITS:
            self.cues.add(cue, "time", cue)
        self.groups = _Matcher()
        for group, cues in module.GROUP_CUES.items():
            for cue in cues:
                self.groups.add(cue, "group", group)
        self.qualifiers = _Matcher()
        for qualifier, cues in module.QUALIFIER_CUES.items():
            for cue in cues:
                self.qualifiers.add(cue, "qualifier", qualifier)
        self.suffixes = _Matcher()
        for cue, qualifier in module.QUALIFIER_SUFFIXES.items():
            self.suffixes.add(cue, "qualifier", qualifier)
        self.false_friends = {
            fold_word(cue): _matcher_of(words, "false") for cue, words in module.FALSE_FRIENDS.items()
        }
        self.change_verbs = _matcher_of(module.CHANGE_VERBS, "change")
        self.ranges = [_range_form(form) for form in module.RANGE_FORMS]
        self.zero = _matcher_of(module.ZERO_CUES, "zero")
        self.unquantified = _matcher_of(module.UNQUANTIFIED_CUES, "unquantified")
        self.months = _matcher_of(module.MONTHS, "month")
        self.year_words = _matcher_of(module.YEAR_WORDS, "year")
        self.year_before = _matcher_of(module.YEAR_BEFORE, "year")
        self.age_before = _matcher_of(module.AGE_BEFORE, "age")
        self.age_after = _matcher_of(module.AGE_AFTER, "age")
        self.percent = _matcher_of(module.PERCENT_WORDS, "percentage")
        self.money = _matcher_of(module.MONEY_WORDS, "money")
        self.designations = _matcher_of(module.DESIGNATIONS, "designation")
        self.ordinal_suffixes = frozenset(fold_word(w) for w in module.ORDINAL_SUFFIXES)
        self.breakdowns = _matcher_of(module.BREAKDOWN_CUES, "breakdown")
        self.verbs = _matcher_of(module.ATTRIBUTION_VERBS, "verb")
        self.according = _matcher_of(module.ACCORDING_TO, "according")
        self.speaker_nouns = _matcher_of(module.SPEAKER_NOUNS, "speaker")
        self.name_stops = _matcher_of(module.NAME_STOPS, "stop")
        self.determiners = frozenset(fold_word(w) for w in module.DETERMINERS)

    def variants(self, word: str) -> list[str]:
        """Return a word and, in a language that attaches particles to words, the word without them."""
        found = [word]
        for clitic in self.clitics:
            if word.startswith(clitic) and len(word) - len(clitic) >= 2:
                found.append(word[len(clitic) :])
        if self.word_variants:
            found.extend(form for form in self.word_variants(word) if form not in found)
        return found


def _matcher_of(phrases, kind: str) -> _Matcher:
    matcher = _Matcher()
    for phrase in phrases:
        matcher.add(phrase, kind, phrase)
    return matcher


def _range_form(form: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the words before X and between X and Y of a range form such as "от X до Y"."""
    before, _, rest = form.partition("X")
    between, _, _ = rest.partition("Y")
    return tuple(fold_word(w) for w in before.split()), tuple(fold_word(w) for w in between.split())


@cache
def lexicon_for(code: str) -> Lexicon:
    """Return the compiled lexicon of a language; raise ValueError for one the reader does not read."""
    if code not in OTHER_LANGUAGES:
        raise ValueError(f"The reader does not read “{code}”; it reads en, {', '.join(OTHER_LANGUAGES)}.")
    return Lexicon(importlib.import_module(f"{__package__}.lexicon_{code}"))


# --- Words ---------------------------------------------------------------------------------------------------

_DIGITS = (
    r"\d{1,3}(?:[ ]\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d])|\d{1,3}(?:'\d{3})+(?!\d)"
    r"|\d{1,3}(?:,\d{3})+(?![\d])|\d+(?:[.,]\d+)?"
)
_TOKEN_RE = re.compile(rf"(?P<number>{_DIGITS})|(?P<word>[^\W\d_]+(?:['-][^\W\d_]+)*)|(?P<punct>[^\w\s])")


@dataclass
class _Token:
    text: str  # as normalised, lower case
    start: int
    end: int
    kind: str  # number, word, punct
    capital: bool = False
    forms: list[str] = field(default_factory=list)


def _tokens(lexicon: Lexicon, text: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN_RE.finditer(text):
        kind = match.lastgroup or "punct"
        word = match.group()
        token = _Token(word.lower(), match.start(), match.end(), kind, word[:1].isupper())
        token.forms = lexicon.variants(token.text) if kind == "word" else [token.text]
        tokens.append(token)
    return tokens


def _match(
    matcher: _Matcher, tokens: list[_Token], index: int, limit: int | None = None
) -> tuple[_Cue, int] | None:
    """Return the longest cue of a matcher starting at tokens[index], and the index after it."""
    best: tuple[_Cue, int] | None = None
    end_limit = len(tokens) if limit is None else min(limit, len(tokens))
    if index >= end_limit:
        return None
    for form in tokens[index].forms:
        for cue in matcher.candidates(form):
            end = index + len(cue.words)
            if end > end_limit:
                continue
            if all(
                any(_Matcher._word_matches(pattern, f) for f in tokens[index + offset].forms)
                for offset, pattern in enumerate(cue.words[1:], start=1)
            ) and (best is None or end > best[1]):
                best = (cue, end)
    return best


def _ends_before(
    matcher: _Matcher, tokens: list[_Token], end: int, reach: int = 4
) -> tuple[_Cue, int] | None:
    """Return the longest cue that ends right before tokens[end], and where it starts."""
    best = None
    for start in range(max(0, end - reach), end):
        found = _match(matcher, tokens, start, end)
        if found and found[1] == end and (best is None or start < best[1]):
            best = (found[0], start)
    return best


# --- Numbers -------------------------------------------------------------------------------------------------


def _digits_value(written: str, lexicon: Lexicon, scaled: bool) -> Decimal | None:
    """Return the value of digits as written in the language; None when they are no number."""
    written = written.replace(" ", "").replace("'", "")
    if re.fullmatch(r"\d+", written):
        return Decimal(written)
    separators = set(re.sub(r"\d", "", written))
    if len(separators) != 1:
        return None
    separator = separators.pop()
    groups = written.split(separator)
    grouped = all(len(group) == 3 for group in groups[1:]) and len(groups[0]) <= 3
    if len(groups) > 2:
        return Decimal("".join(groups)) if grouped else None
    # One separator: a decimal point before a scale word ("2,1 тысячи", "1.5 million"), else digit groups
    # ("43.799", "12,368": a count is whole, so three digits after one separator are a group).
    if scaled or not grouped:
        decimal_mark = "," if lexicon.decimal_comma else "."
        if separator == decimal_mark or scaled:
            return Decimal(".".join(groups))
        return None
    return Decimal("".join(groups))


@dataclass
class _Number:
    start: int  # token indices
    end: int
    value: Decimal
    scaled: bool  # ends in a scale word ("20 тысяч")
    scale: int = 1


def _read_number(lexicon: Lexicon, tokens: list[_Token], index: int) -> _Number | None:
    """Read the number written from tokens[index], in digits, words or both; None when none starts there."""
    total = Decimal(0)
    current: Decimal | None = None
    place = None  # the smallest place value written so far, to tell "12 тыс. 368" from two numbers
    scaled = False
    last_scale = 1
    position = index
    count = 0
    while position < len(tokens) and count < 12:
        token = tokens[position]
        value = None
        kind = None
        if (
            position == index
            and token.text in lexicon.articles
            and position + 1 < len(tokens)
            and any(f in lexicon.fractions for f in tokens[position + 1].forms)
        ):
            position += 1  # "eine halbe Million": the article is no number of its own
            continue
        if token.kind == "number":
            following_scale = _scale_at(lexicon, tokens, position + 1)
            value = _digits_value(token.text, lexicon, following_scale is not None)
            kind = "digits"
        elif token.kind == "word":
            for form in token.forms:
                if form in lexicon.number_words:
                    value, kind = Decimal(lexicon.number_words[form]), "word"
                    break
                if form in lexicon.fractions and (
                    _scale_at(lexicon, tokens, position + 1) or _small_scale_at(lexicon, tokens, position + 1)
                ):
                    value, kind = Decimal(str(lexicon.fractions[form])), "fraction"
                    break
                if lexicon.compound_number and (compound := lexicon.compound_number(form)) is not None:
                    value, kind = Decimal(compound), "word"
                    break
            if value is None:
                scale = _scale_at(lexicon, tokens, position)
                if scale is not None and (current is not None or total):
                    multiplier, scale_end = scale
                    total += (current if current is not None else Decimal(1)) * multiplier
                    current, place, scaled, last_scale = None, multiplier, True, multiplier
                    position, count = scale_end, count + 1
                    continue
                if (
                    (token.text in lexicon.joiners or any(f in lexicon.joiners for f in token.forms))
                    and count
                    and position + 1 < len(tokens)
                ):
                    following = tokens[position + 1]
                    if following.kind == "number" or any(f in lexicon.number_words for f in following.forms):
                        position += 1
                        continue
                # "و430", "وعشرون": a joiner written onto the number.
                joined = [f for f in token.forms[1:] if f in lexicon.number_words]
                if count and joined and token.text[:1] in lexicon.joiners:
                    value, kind = Decimal(lexicon.number_words[joined[0]]), "word"
        if value is None:
            break
        # A new part joins the number only below the place written before: "двух тысяч 300", "vingt et un",
        # "ثلاثة وعشرون" (units before tens, as Arabic writes them).
        if count:
            if current is None and place is not None and value < place:
                pass
            elif (
                current is not None
                and kind == "word"
                and current < 10
                and 20 <= value < 100
                and value % 10 == 0
            ):
                pass  # "ثلاثة وعشرون", "dreiundzwanzig" read as words: three and twenty
            elif current is not None and kind == "word" and value < 1000 and _smaller_place(current, value):
                pass
            else:
                break
        current = (current or Decimal(0)) + value
        position += 1
        count += 1
        small = _small_scale_at(lexicon, tokens, position)
        if small:
            current *= small
            position += 1
            scaled = True
    if count == 0:
        return None
    value = total + (current or Decimal(0))
    return _Number(index, position, value, scaled, last_scale)


def _smaller_place(current: Decimal, value: Decimal) -> bool:
    """Return whether a number word adds below what is written: "сто двадцать": 20 below the hundreds."""
    if current % 100 == 0 and value < 100:
        return True
    return current % 10 == 0 and current % 100 != 0 and value < 10


def _scale_at(lexicon: Lexicon, tokens: list[_Token], position: int) -> tuple[int, int] | None:
    """Return the value of a scale word at tokens[position] and the index after it (and after its full stop)."""
    if position >= len(tokens) or tokens[position].kind != "word":
        return None
    for form in tokens[position].forms:
        if form in lexicon.scales:
            end = position + 1
            if end < len(tokens) and tokens[end].text == "." and tokens[end].start == tokens[position].end:
                end += 1  # "тыс.", "млн.", "Mio."
            return lexicon.scales[form], end
    return None


def _small_scale_at(lexicon: Lexicon, tokens: list[_Token], position: int) -> int | None:
    if position < len(tokens):
        for form in tokens[position].forms:
            if form in lexicon.small_scales:
                return lexicon.small_scales[form]
    return None


def read_number(written: str, language: str) -> int | None:
    """Return the whole number a text writes in a language ("12 тыс. 368", "dreiundzwanzig"), or None."""
    lexicon = lexicon_for(language)
    tokens = _tokens(lexicon, normalise(written)[0])
    if not tokens:
        return None
    number = _read_number(lexicon, tokens, 0)
    if number is None or number.value != number.value.to_integral_value():
        return None
    return int(number.value)


# --- Amounts -------------------------------------------------------------------------------------------------


@dataclass
class _Reading:
    start: int  # token indices of the amount
    end: int
    qualifier: str
    numbers: tuple[int, ...] = ()
    floors: dict | None = None  # a vague magnitude's floors by convention
    metric: str | None = None
    population: str = "all"
    group: str = "all"
    rejection: str | None = None
    phrase_start: int = 0  # token indices of the whole phrase (cue, amount, what is counted)
    phrase_end: int = 0
    part_of: _Reading | None = None
    breakdown: bool = False


def _amount_at(lexicon: Lexicon, tokens: list[_Token], index: int) -> _Reading | None:
    """Return the amount written from tokens[index], with its qualifier, or None."""
    token = tokens[index]
    # Vague: "несколько сотен", "десятки тысяч".
    for form in token.forms:
        if form in lexicon.vague_multipliers and index + 1 < len(tokens):
            unit = next(
                (lexicon.vague_units[f] for f in tokens[index + 1].forms if f in lexicon.vague_units), None
            )
            if unit:
                n = lexicon.vague_multipliers[form] * unit
                return _Reading(index, index + 2, "vague", (n,))
    vague = _match(lexicon.vague, tokens, index)
    if vague and not _number_before(lexicon, tokens, index):
        return _Reading(index, vague[1], "vague", floors=vague[0].value)  # type: ignore[arg-type]
    unquantified = _match(lexicon.unquantified, tokens, index)
    if unquantified:
        return _Reading(index, unquantified[1], "unquantified")
    zero = _match(lexicon.zero, tokens, index)
    starts_a_cue = _match(lexicon.cues, tokens, index)
    if zero and not (starts_a_cue and starts_a_cue[1] > zero[1]):  # "без вести" is missing, not "without"
        return _Reading(index, zero[1], "exact", (0,))
    for form in token.forms:
        if form in lexicon.duals:
            reading = _Reading(index, index + 1, "exact", (2,))
            token.forms = [*token.forms, lexicon.duals[form]]
            return reading
    number = _read_number(lexicon, tokens, index)
    if number is None:
        scale = _scale_at(lexicon, tokens, index)
        if scale is None:
            return None
        # "тысяча человек": a scale word alone is one of it.
        number = _Number(index, scale[1], Decimal(scale[0]), True, scale[0])
    return _with_range(lexicon, tokens, number)


def _number_before(lexicon: Lexicon, tokens: list[_Token], index: int) -> bool:
    if index == 0:
        return False
    previous = tokens[index - 1]
    return previous.kind == "number" or any(
        f in lexicon.number_words or f in lexicon.fractions for f in previous.forms
    )


def _whole(number: _Number, text: str) -> int:
    if number.value != number.value.to_integral_value():
        raise ParseError(f"“{text}” is not a whole number of people; write it as a count.")
    return int(number.value)


def _with_range(lexicon: Lexicon, tokens: list[_Token], low: _Number) -> _Reading:
    """Return the reading of a number, or of the range it starts ("от 20 до 22 тысяч", "5–10")."""
    for before, between in lexicon.ranges:
        if before and [t.text for t in tokens[max(0, low.start - len(before)) : low.start]] != list(before):
            continue
        middle_end = low.end + len(between)
        if not between or [t.text for t in tokens[low.end : middle_end]] != list(between):
            continue
        if middle_end < len(tokens) and tokens[middle_end].start - tokens[middle_end - 1].end > 3:
            continue
        high = _read_number(lexicon, tokens, middle_end) if middle_end < len(tokens) else None
        if high is None:
            continue
        low_value = low.value
        if high.scaled and not low.scaled and low_value * high.scale <= high.value:
            low_value *= high.scale  # "от 20 до 22 тысяч": the scale is shared
        start = low.start - len(before)
        if before and _ends_before(lexicon.change_verbs, tokens, start, 4):
            # "возросло с 12 до 45": the figure is what it rose to.
            reading = _Reading(start, high.end, "exact", (int(high.value),))
            reading.rejection = None
            return reading
        if low_value > high.value or low_value != low_value.to_integral_value():
            continue
        return _Reading(start, high.end, "range", (int(low_value), int(high.value)))
    return _Reading(low.start, low.end, "exact", (int(low.value),) if low.value == int(low.value) else ())


# --- Non-figures ---------------------------------------------------------------------------------------------

_DATE_RE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\.\d{2}\s*(?:uhr|h)\b"
    r"|[$€£¥₽₴]\s*\d[\d.,  ]*|\d+(?:[.,]\d+)?\s*(?:%|٪)",
    re.IGNORECASE,
)
_NON_FIGURE_KINDS = {
    "date": "a date",
    "time": "a time of day",
    "year": "a year",
    "age": "an age",
    "percentage": "a percentage",
    "money": "a sum of money",
    "ordinal": "an ordinal",
    "designation": "the number of a unit, a road or a place",
    "duration": "a duration",
}


def _rejection(lexicon: Lexicon, tokens: list[_Token], written: str, reading: _Reading) -> str | None:
    """Return why an amount (as written) is no casualty figure, or None when it may be one."""
    if not reading.numbers or reading.floors is not None:
        return None
    start, end = reading.start, reading.end
    first = tokens[start]
    while first.kind == "word" and start < end - 1 and first.text not in lexicon.number_words:
        start += 1  # "от 5 до 12": look at the number
        first = tokens[start]
    after = end

    def named(kind: str) -> str:
        return f"“{written}” is {_NON_FIGURE_KINDS[kind]}, not a casualty figure."

    # Glued to a code or a suffix: "Су-25", "3-й", "47-я", "12-летний".
    if first.kind == "number" and start and tokens[start - 1].text == "-" and start >= 2:
        if tokens[start - 2].kind == "word" and tokens[start - 2].end == tokens[start - 1].start:
            return f"“{written}” is part of a name or a code, not a casualty figure."
    last = tokens[end - 1]
    if after < len(tokens) and tokens[after].start == last.end and last.kind == "number":
        glued = tokens[after]
        if glued.text == "-" and after + 1 < len(tokens):
            suffix = tokens[after + 1].text
            if suffix in lexicon.cardinal_suffixes:
                pass
            elif (
                _match(lexicon.age_after, tokens, after + 1)
                or _match(lexicon.cues, tokens, after + 1)
                and (
                    _match(lexicon.cues, tokens, after + 1)[0].kind == "time"  # type: ignore[index]
                )
            ):
                return named("age")
            else:
                return named("ordinal")
        elif glued.kind == "word" and glued.text in lexicon.ordinal_suffixes:
            return named("ordinal")
    if (
        after < len(tokens)
        and tokens[after].text in lexicon.ordinal_suffixes
        and tokens[after].kind == "word"
    ):
        if tokens[after].start == last.end:
            return named("ordinal")
    if (
        after + 1 < len(tokens)
        and tokens[after].text == "."
        and tokens[after].start == last.end
        and lexicon.code == "de"
        and (_match(lexicon.months, tokens, after + 1) or tokens[after + 1].kind == "number")
    ):
        return named("date")
    # A month after the number (or after "de", "."), or before it: a date.
    for offset in (0, 1):
        if after + offset < len(tokens) and _match(lexicon.months, tokens, after + offset):
            if offset == 0 or tokens[after].text in (".", "de", "del", "-", "/", "of"):
                return named("date")
    if (
        start
        and _match(lexicon.months, tokens, start - 1)
        and first.kind == "number"
        and len(first.text) <= 2
    ):
        return named("date")
    if _match(lexicon.percent, tokens, after):
        return named("percentage")
    if _match(lexicon.money, tokens, after) or (start and _match(lexicon.money, tokens, start - 1)):
        return named("money")
    if _match(lexicon.age_after, tokens, after) or _ends_before(lexicon.age_before, tokens, reading.start, 4):
        return named("age")
    if _ends_before(lexicon.designations, tokens, reading.start, 2):
        return named("designation")
    if (
        first.kind == "number"
        and first.text.isdigit()
        and 1600 <= int(first.text) <= 2099
        and end - start == 1
    ):
        if _match(lexicon.year_words, tokens, after) or (
            _ends_before(lexicon.year_before, tokens, reading.start, 3)
            and not _counts_people(lexicon, tokens, after)
        ):
            return named("year")
    return None


def _counts_people(lexicon: Lexicon, tokens: list[_Token], index: int) -> bool:
    for position in range(index, min(len(tokens), index + 3)):
        found = _match(lexicon.cues, tokens, position)
        if found and found[0].kind in ("metric", "population", "people"):
            return True
        if tokens[position].kind != "word":
            return False
    return False


# --- What is counted -----------------------------------------------------------------------------------------

_CLAUSE_PUNCTUATION = frozenset(".;:!?")


@dataclass
class _Found:
    metric: str | None = None
    weak_metric: str | None = None  # a captive's word: a killing in the same clause says more
    populations: set = field(default_factory=set)
    group: str | None = None
    people: bool = False
    end: int | None = None


def _look(lexicon: Lexicon, tokens: list[_Token], indices, found: _Found, nearest_last: bool = False) -> None:
    """Read the cues at the given token indices into found: the first metric cue wins, or with nearest_last (a
    window before the amount) the last one, nearest the amount."""
    skip_until = -1
    for position in sorted(indices):
        if position < skip_until:
            continue
        cue = _match(lexicon.cues, tokens, position)
        group = _match(lexicon.groups, tokens, position)
        if group and found.group is None:
            found.group = group[0].value  # type: ignore[assignment]
            found.people = True
        if cue is None:
            continue
        kind, value = cue[0].kind, cue[0].value
        if kind == "metric":
            if value == "captured":
                found.weak_metric = found.weak_metric or value  # type: ignore[assignment]
            elif found.metric is None or nearest_last:
                found.metric = value  # type: ignore[assignment]
            found.end = max(found.end or 0, cue[1])
        elif kind == "population":
            found.populations.add(value)
            found.people = True
            found.end = max(found.end or 0, cue[1])
        elif kind == "people":
            found.people = True
            found.end = max(found.end or 0, cue[1])
        skip_until = cue[1]


def _is_amount_token(lexicon: Lexicon, token: _Token) -> bool:
    return token.kind == "number" or any(f in lexicon.number_words for f in token.forms)


def _after_window(lexicon: Lexicon, tokens: list[_Token], index: int, through_commas: bool) -> list[int]:
    window = []
    for position in range(index, min(len(tokens), index + (30 if through_commas else 6))):
        token = tokens[position]
        if token.text in _CLAUSE_PUNCTUATION or (token.text == "," and not through_commas):
            break
        if not through_commas and _is_amount_token(lexicon, token):
            break
        window.append(position)
    return window


def _before_window(lexicon: Lexicon, tokens: list[_Token], index: int, floor: int) -> list[int]:
    window = []
    for position in range(index - 1, max(floor, index - 9) - 1, -1):
        token = tokens[position]
        if token.text in _CLAUSE_PUNCTUATION or token.text == "," or _is_amount_token(lexicon, token):
            break
        window.append(position)
    return window


def _read_counted(lexicon: Lexicon, tokens: list[_Token], reading: _Reading, floor: int, written) -> None:
    """Fill a reading's metric, population and group from the words around it."""
    after, before, further = _Found(), _Found(), _Found()
    after_indices = _after_window(lexicon, tokens, reading.end, False)
    _look(lexicon, tokens, after_indices, after)
    # Things and durations right after the number: "12 танков", "три дня" (one describing word may come between).
    for position in after_indices[:2]:
        cue = _match(lexicon.cues, tokens, position)
        if cue and cue[0].kind in ("thing", "time"):
            word = tokens[position].text
            what = "is a duration" if cue[0].kind == "time" else f"counts {word}, not people"
            reading.rejection = f"“{written(reading.start, cue[1])}” {what}: not a casualty figure."
            return
        if cue:
            break
    if (
        reading.end - reading.start == 1
        and tokens[reading.start].text in lexicon.articles
        and not any(
            _match(lexicon.groups, tokens, p)
            or (cue := _match(lexicon.cues, tokens, p)) is not None
            and cue[0].kind in ("metric", "population", "people")
            for p in after_indices[:3]
        )
    ):
        # "ein Soldat wurde getötet" is one; "bei einem Angriff", "ein Sprecher sagte" are articles.
        reading.rejection = f"“{written(reading.start, reading.end)}” is an article here, not a count."
        return
    before_indices = _before_window(lexicon, tokens, reading.start, floor)
    _look(lexicon, tokens, before_indices, before, nearest_last=True)
    metric = after.metric or before.metric
    if metric is None:
        _look(lexicon, tokens, _after_window(lexicon, tokens, reading.end, True), further)
        metric = further.metric
    metric = metric or after.weak_metric or before.weak_metric or further.weak_metric
    reading.metric = metric
    populations = after.populations | before.populations
    if len(populations) == 1:
        reading.population = populations.pop()
    reading.group = after.group or "all"
    reading.phrase_end = max(reading.end, after.end or reading.end)
    reading.phrase_start = reading.start


def _qualify(lexicon: Lexicon, tokens: list[_Token], reading: _Reading) -> None:
    """Apply a qualifier cue before the amount ("не менее", "более") or after it ("и более")."""
    if reading.qualifier not in ("exact", "range") or reading.numbers == (0,):
        return
    cue = _ends_before(lexicon.qualifiers, tokens, reading.start, 4)
    if cue:
        qualifier = cue[0].value
        cue_word = tokens[cue[1]].text
        friends = lexicon.false_friends.get(cue_word)
        undone = (friends and _ends_before(friends, tokens, cue[1], 3)) or (
            qualifier == "at_most" and _ends_before(lexicon.change_verbs, tokens, cue[1], 3)
        )
        if not undone:
            if reading.qualifier == "range":
                reading.phrase_start = cue[1]
                return  # "около 20–30": the range says it
            reading.qualifier = qualifier  # type: ignore[assignment]
            reading.start = cue[1]
            return
    for position in (reading.end, reading.phrase_end):
        suffix = _match(lexicon.suffixes, tokens, position)
        if suffix and reading.qualifier == "exact":
            reading.qualifier = suffix[0].value  # type: ignore[assignment]
            reading.phrase_end = max(reading.phrase_end, suffix[1])
            return


def _read(lexicon: Lexicon, text: str) -> tuple[list[_Reading], list[_Token], str, list[int]]:
    """Return the amounts of a text with what they count, its tokens, the normalised text and its offsets."""
    folded, where = normalise(text)
    tokens = _tokens(lexicon, folded)
    non_figures = [(m.start(), m.end()) for m in _DATE_RE.finditer(folded)]
    readings: list[_Reading] = []
    index = 0
    floor = 0

    def written_span(first: int, end: int) -> str:
        """Return the original text of tokens[first:end]."""
        return text[where[tokens[first].start] : where[tokens[end - 1].end - 1] + 1]

    while index < len(tokens):
        try:
            reading = _amount_at(lexicon, tokens, index)
        except ParseError as error:
            reading = _Reading(index, index + 1, "exact")
            reading.rejection = str(error)
        except (InvalidOperation, ValueError):
            reading = None
        if reading is None:
            index += 1
            continue
        start_char, end_char = tokens[reading.start].start, tokens[reading.end - 1].end
        written = written_span(reading.start, reading.end)
        if any(a < end_char and start_char < b for a, b in non_figures):
            reading.rejection = (
                f"“{written}” is a date, a time, a sum of money or a percentage, not a casualty figure."
            )
        elif not reading.numbers and reading.qualifier in ("exact", "range"):
            reading.rejection = f"“{written}” is not a whole number of people; write it as a count."
        elif any(n > _LARGEST_COUNT for n in reading.numbers):
            reading.rejection = f"“{written}” is larger than any count a claim can hold."
        else:
            reading.rejection = _rejection(lexicon, tokens, written, reading)
        if reading.rejection is None:
            _read_counted(lexicon, tokens, reading, floor, written_span)
        if reading.rejection is None:
            _qualify(lexicon, tokens, reading)
            if reading.qualifier == "exact" and reading.numbers == (0,) and reading.metric is None:
                index += 1  # "нет" with no casualty word near: no figure
                continue
            if reading.qualifier in ("unquantified",) and reading.metric is None:
                index += 1
                continue
            if reading.qualifier == "fewer_than" and reading.numbers and reading.numbers[0] <= 0:
                reading.rejection = f"“{written}” is fewer than none: not a count."
            breakdown = _ends_before(lexicon.breakdowns, tokens, reading.start, 4)
            reading.breakdown = breakdown is not None
        readings.append(reading)
        floor = reading.end
        index = max(reading.end, index + 1)
    _link_parts(readings)
    return readings, tokens, folded, where


def _link_parts(readings: list[_Reading]) -> None:
    """Make a figure after "в том числе", "dont", "darunter" a part of the figure before it."""
    for index, reading in enumerate(readings):
        if not reading.breakdown or reading.rejection:
            continue
        for total in reversed(readings[:index]):
            if total.rejection is None and total.metric:
                if max(reading.numbers or (0,)) <= max(total.numbers or (0,)) or not total.numbers:
                    reading.part_of = total
                    if reading.population == "all":
                        reading.population = total.population
                    reading.metric = reading.metric or total.metric
                break


def _figure(reading: _Reading, convention: str) -> Figure:
    numbers = reading.numbers
    if reading.floors is not None:
        numbers = (reading.floors[convention],)
    low, best, high = bounds_for(reading.qualifier, *numbers)
    return Figure(
        reading.qualifier, low, best, high, reading.metric, reading.population, convention, reading.group
    )


def parse_figure_in(text: str, language: str, convention: str) -> Figure:
    """Return the casualty figure a phrase in another language states; raise ParseError if it states none."""
    lexicon = lexicon_for(language)
    readings = _read(lexicon, text)[0]
    figures = [reading for reading in readings if reading.rejection is None]
    if not figures:
        if readings and readings[0].rejection:
            raise ParseError(readings[0].rejection)
        raise ParseError(
            f"No casualty figure in “{text.strip()}”: write the number in digits or words with what it counts, "
            "a vague magnitude, or a cue such as “no casualties”."
        )
    chosen = next((reading for reading in figures if reading.metric), figures[0])
    return _figure(chosen, convention)


# --- Who said it ---------------------------------------------------------------------------------------------

_SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"»”']?|\n|$)")


def _sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every sentence of a normalised text."""
    spans = []
    start = 0
    for match in re.finditer(
        r"(?<=[.!?؟])[\"»”']?\s+(?=[\"«„“]?[^\W\d_]*[A-ZА-ЯЁІЇЄҐ\u0600-\u06ff\d])|\n+", text
    ):
        before = text[max(0, match.start() - 6) : match.start()]
        if re.search(
            r"\b(?:тыс|млн|млрд|г|гг|ул|им|т\.е|т\.д|Nr|Mio|Mrd|St|Dr|M|Mme|Sr|Sra|av|etc)\.$", before
        ):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _name_after(lexicon: Lexicon, tokens: list[_Token], index: int, end: int) -> tuple[int, int] | None:
    """Return the token span of a speaker named from tokens[index]: up to punctuation, a number or a stop word."""
    position = index
    while position < end and tokens[position].text in lexicon.determiners:
        position += 1
    start = position
    while position < end and position - start < 8:
        token = tokens[position]
        if token.kind != "word" or _match(lexicon.name_stops, tokens, position):
            if token.text in ("-", "'") and position + 1 < end:
                position += 1
                continue
            break
        if _match(lexicon.verbs, tokens, position) and position > start:
            break
        position += 1
    if position == start:
        return None
    if not _looks_like_a_speaker(lexicon, tokens, start, position):
        return None
    return start, position


def _looks_like_a_speaker(lexicon: Lexicon, tokens: list[_Token], start: int, end: int) -> bool:
    return any(tokens[p].capital for p in range(start, end)) or any(
        _match(lexicon.speaker_nouns, tokens, p) for p in range(start, end)
    )


def _name_before(lexicon: Lexicon, tokens: list[_Token], verb: int, floor: int) -> tuple[int, int] | None:
    """Return the token span of a speaker named right before a verb ("Минздрав Газы сообщил")."""
    position = verb
    while position > floor and verb - position < 8:
        token = tokens[position - 1]
        if token.kind != "word" or _match(lexicon.name_stops, tokens, position - 1):
            break
        position -= 1
    start = position
    # Begin at a capitalised word or a speaker's noun: "в результате удара ... Минобороны сообщило".
    while start < verb and not (tokens[start].capital or _match(lexicon.speaker_nouns, tokens, start)):
        start += 1
    while start < verb and tokens[start].text in lexicon.determiners:
        start += 1
    if start == verb or not _looks_like_a_speaker(lexicon, tokens, start, verb):
        return None
    return start, verb


def _credit(lexicon: Lexicon, tokens: list[_Token], start: int, end: int) -> tuple[int, int] | None:
    """Return the token span of the speaker a sentence (tokens[start:end]) credits, or None."""
    for position in range(start, end):
        according = _match(lexicon.according, tokens, position, end)
        if according:
            name = _name_after(lexicon, tokens, according[1], end)
            if name:
                return name
    for position in range(start, end):
        verb = _match(lexicon.verbs, tokens, position, end)
        if not verb:
            continue
        clause_start = position
        while clause_start > start and tokens[clause_start - 1].text not in (",", ";", ":", "—", "–", '"'):
            clause_start -= 1
        before = _name_before(lexicon, tokens, position, clause_start)
        if before and not _is_amount_token(lexicon, tokens[before[0]]):
            return before
        after = _name_after(lexicon, tokens, verb[1], end)
        if after:
            return after
    return None


def extract_figures_in(
    text: str, language: str, convention: str, published_on: dt.date | None = None
) -> list[Candidate]:
    """Return the casualty figures a text in another language states, with their sentences and originators."""
    lexicon = lexicon_for(language)
    readings, tokens, folded, where = _read(lexicon, text)
    sentences = _sentences(folded)
    sentence_starts = [start for start, _ in sentences]
    token_starts = [token.start for token in tokens]
    credits: dict[int, tuple[str | None, str | None]] = {}
    candidates: list[Candidate] = []
    position: dict[int, int] = {}
    last_speaker: tuple[int, str] | None = None  # (sentence index, name) of the speaker last named

    def original(start_char: int, end_char: int) -> tuple[int, int]:
        return where[start_char], where[end_char - 1] + 1

    for index in range(len(sentences)):
        start_char, end_char = sentences[index]
        first = bisect.bisect_left(token_starts, start_char)
        last = bisect.bisect_left(token_starts, end_char)
        span = _credit(lexicon, tokens, first, last)
        if span:
            a, b = original(tokens[span[0]].start, tokens[span[1] - 1].end)
            name = text[a:b].strip(' ,«»"“”„')
            credits[index] = (name, "named")
            last_speaker = (index, name)
        elif (
            last_speaker
            and index - last_speaker[0] <= 2
            and "\n\n" not in folded[sentences[last_speaker[0]][1] : start_char]
        ):
            credits[index] = (last_speaker[1], "paragraph")
        else:
            credits[index] = (None, None)
    for reading in readings:
        if reading.rejection or reading.metric is None:
            continue
        start_char = tokens[reading.start].start
        end_char = tokens[max(reading.phrase_end, reading.end) - 1].end
        index = max(0, bisect.bisect_right(sentence_starts, start_char) - 1)
        sentence_start, sentence_end = sentences[index] if sentences else (0, len(folded))
        a, b = original(start_char, end_char)
        s_a, s_b = original(sentence_start, sentence_end)
        sentence = text[s_a:s_b]
        originator, how = credits.get(index, (None, None))
        position[id(reading)] = len(candidates)
        candidates.append(
            Candidate(
                start=a,
                end=b,
                phrase=text[a:b],
                figure=_figure(reading, convention),
                sentence=sentence,
                originator=originator,
                attribution=how,
                part_of=position.get(id(reading.part_of)) if reading.part_of is not None else None,
                as_of=as_of_in(sentence, published_on) if language == "en" else None,
            )
        )
    return candidates
