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
- RANGE_FORMS: "от X до Y", "X–Y", "X или Y"... (a form that writes Y first reads the high end first: "entre un
  maximum de Y et un minimum de X"); CHANGE_VERBS: stems before "с X до Y" that make Y the figure
- ZERO_CUES: words that say none when a casualty word stands within three words ("без жертв", "жертв нет")
- VAGUE_MAGNITUDES {forms: {convention: floor}}; VAGUE_MULTIPLIERS {word: n} × VAGUE_UNITS {word: value}
- UNQUANTIFIED_CUES; METRIC_CUES {metric: cues}; POPULATION_CUES {population: cues}; PEOPLE_NOUNS;
  GROUP_CUES {group: cues}; THING_NOUNS; TIME_UNITS; MONTHS
- YEAR_WORDS (after a year: "году"), YEAR_BEFORE (before one: "в", "en"), AGE_BEFORE / AGE_AFTER, PERCENT_WORDS,
  MONEY_WORDS, DESIGNATIONS (words naming a unit or a place before its number: "бригада", "№"), ORDINAL_SUFFIXES
- BREAKDOWN_CUES ("в том числе", "из них"): what follows is a part of the figure before
- ATTRIBUTION_VERBS, ACCORDING_TO, SPEAKER_NOUNS, NAME_STOPS, DETERMINERS: whom a sentence credits
- NON_FIGURES {kind: examples}, NUMBER_FORMS (examples read in docs/methodology.md)
- optional: CLITICS (Arabic particles written onto a word; ARTICLE_CLITICS those that carry the article, which
  leave no number word: "والاثنين" is "and Monday"; PREPOSITION_CLITICS those that are prepositions, whose noun
  is not what a number before counts: "قتل 5 بغارة"), DUAL_NOUNS {dual form: singular}, and
  `compound_number(word) -> int | None` for languages that write a number as one word (German)
- optional: AGENT_VERBS (verbs whose subject did the harm: no population is read before them, "Hombres armados
  secuestraron a 287"), AGENT_MARKERS (after the amount, the passive's agent: "secuestradas por hombres
  armados"), RATIO_WORDS ("de cada": "uno de cada tres"), CITED_BY (a clause between a speaker and the verb:
  "El portavoz, citado por AMAP, afirmó", "Naciones Unidas, por su parte, cifra"), COUNTS_AFTER_ONLY (zero and
  unquantified cues that count only what follows them: "sin víctimas", not "murieron sin que llegara ayuda";
  "numerosos muertos", not "murieron 5 y numerosos edificios"), RATE_CUES / RATE_BEFORE (a rate's words right
  after or before the amount: "30 muertos al día", "täglich sterben"; RATE_REACH, 4 unless told, how many words
  after it, and NO_RATES the longer words that make a rate's cue one day: "al día siguiente"), RATE_NOUNS (an average named anywhere in
  the amount's clause before it: "la tasa media diaria de bajas ha alcanzado los 1.130"), ARTICLE_REACH (how many words after an article
  may name what it counts: 1 where adjectives follow the noun, "una base militar"), ARTICLE_CLAUSE_REACH (how
  many words after an article's noun its clause may say the harm in, 6 unless told: "Una mujer que viajaba en el
  autobús murió"; past six, a verb of saying ends it)
- optional: TOLL_QUALIFIERS {cue: qualifier} (a toll's verb at its clause's start, the toll between it and the
  number: "تجاوز عدد الشهداء في قطاع غزة 24 ألفا"), TOLL_NOUNS (a toll's nouns: the people right after one are
  what it counts, and a casualty word after them describes them: "عدد جنوده القتلى"; a group within three words
  after one, before the number, is the group counted: "Кількість загиблих дітей зросла до 19"), SPEAKER_BEFORE (words before which the words after a verb of
  saying name a speaker, in a script without capitals: "قال أبو عبيدة إن"), DESCRIPTION_STEMS = False (a word
  sharing five letters with the speaker named before is no description of it: "المتحدث", "المتحدة"),
  ADJECTIVE_BEFORE_NOUN = False (only the word right after a number says it counts things: "12 مدرسة", not "5 في
  مدرسة"), CLAUSE_OPENERS (words that open another clause, whose words the number before does not count: "ارتفع
  إلى 70 فيما أصيب أكثر من مئة"), SIZE_NOUNS (nouns that count a population's size unless a harm is said in
  their clause: "يبلغ تعدادها نحو 7 ملايين نسمة"), NOUN_FIRST_NUMBERS (number words written after the noun they
  count, which says what they count and whose: "الأيام الثلاثة" is a duration, "الشبان الثلاثة" young men)
- optional: ONE_OF (words after "one" that make it one of a kind: "одно из самых"), PARENTHETICALS (asides set off
  by commas that say nothing of what is counted: "к счастью"), VICTIM_CUES (victims: the dead where the wounded are
  counted apart, casualties where their parts are the dead or the wounded), APPOSITION_WORDS (before a group named
  in apposition: "погибли пять человек, все мужчины"; POPULATION_APPOSITION the words after a comma that open a
  closing apposition naming the population of the figures before it: "..., все пострадавшие — мирные жители"),
  WORDS_ONLY_QUALIFIERS (cues that qualify a number in words
  only: "с десяток"), ZERO_NEXT_ONLY (zero cues that say none only of a casualty word right after them: "без"),
  ZERO_OF_NEXT_NOUN and ZERO_PASS_WORDS (zero cues whose absent thing is the noun right after them, "нет
  возможности", and the words that are no such noun), RESIDENTS_BEFORE (before how many live in a place:
  "проживают")
- optional: SUBCLAUSE_OPENERS (words that open a clause of their own, whose verb is not what the amount before
  suffered: "qui a tué"), RATIO_PER (a word between a count and what it is per: "une victime pour 57
  bâtiments"), TOPIC_CUES (a topic set apart by a comma whose figures follow: "Pour les civils, ..."; whose
  captives' word says what they count before a harm further on: "Parmi les prisonniers libérés, 42 sont des
  soldats"), PART_OF (words between a part and its whole, whose noun the part counts: "21 des 23 missiles"),
  NOUN_HARM_OWNED = True (a later amount's casualty noun right after it is its own, not lent to a number before
  with no harm said: "secouru 135 migrants et récupéré 45 corps"),
  VICTIMS_OF (words after which the people named are whom an act struck: "massacres de civils"),
  SCALE_LINKERS ("une centaine de milliers"), UNIT_ADJECTIVES ("une petite dizaine")
- optional: RATE_BEFORE_REACH (how many words before the number a RATE_BEFORE cue may stand: "Täglich sterben in
  Gaza 30 Kinder"), OWNED_HARM = True (a later amount past a comma whose harm follows it owns that harm, and a part
  takes its whole's population: "39.200 Mann, von diesen wurden 2443 verwundet"), HARM_OF_NEXT = True (a casualty
  word right before a later number is that number's, no harm of an amount before it nor a death of the wounded it
  counts: "إصابة 30 شخصا وأنباء عن وفاة 3 منهم"), SPEAKER_NOT_SUBJECT = True (the
  name before a verb of saying is no subject of the figure: "Die Armee meldete 30 Tote"); WHOLE_BEFORE may hold
  phrases of several words ("von den")
- optional: POSSESSIVES (before a person named in a list, with an age or not: "дівчина та її
  40-річна мати" are two), OF_THE_HARMED (casualty words in the genitive: after a person's noun they name whose kin,
  not the person's fate: "Дружина загиблого"), CAPTOR_AFTER (words after which a captive's holder is named, no one
  counted: "в плену у боевиков остаются 50 человек"), GROUPS_LISTED_WITH_PEOPLE = True (a group's noun listed with
  nouns of people of no group, the list closed by "and", counts no one group: "сотни детей, родителей и учителей"),
  PART_TAKES_GROUP_BEFORE = True (a part written with BREAKDOWN_AFTER, "N of them", with no figure before it in its
  sentence, counts the group named before it: "все дети были младше 12 лет, ... тела семерых из них"),
  LISTED_SUBJECTS = True (a comma after a population's noun that opens a list closed by "and" within three words
  ends no clause before the number: "Советская армия, КГБ и МВД потеряли убитыми 15 тысяч человек"),
  UNQUANTIFIED_OBJECTS (unquantified cues that begin with a harm's verb and name its object, whose subject before
  the verb is no population counted: "Боевики убили группу сирийцев")
- optional: DAY_BEFORE_MONTH = True (a number right after "am 30. September" that counts what follows is no second
  day: "38 Soldaten"), BARE_YEARS = True and BARE_YEAR_WORDS (a year written bare before a preposition yields to a
  number that can be no year later in its sentence: "wurde 1958 von der Regierung auf 2,2 Millionen geschätzt";
  not before these words: "und")
- optional: AFFECTED_ALONE_CASUALTIES = True (the affected of AFFECTED_CUES alone are all casualties, "постраждали 8
  людей"; the injured only where their sentence names a killing or another injury: "загинули двоє, ще п'ятеро
  постраждали"); NUMBER_POPULATIONS {noun: population} (a noun right after a number that names its population,
  not its group: "5.000 Mann" are soldiers; "all" names people of no group, after any number but one: "загинули 10
  чоловік"); ZERO_LISTS (zero cues that govern a list of nouns, the casualty word joined to the first by "and"
  still theirs: "без пожежі та постраждалих"), HARMED_WHOLES = True (a whole after one word of WHOLE_BEFORE that
  names its own harm is the figure, as after a phrase of it: "З 98 поранених, ..., 16 дітей, 46 жінок"),
  SPACED_DECIMALS = True (a decimal comma set apart from a percentage's fraction: "46, 2 %" is a percentage),
  THINGS_PAST_HARM = True (a casualty word right after the number that describes the things named next: "5 знищених
  танків", "3 неідентифікованих дрони" count things); WHOLE_OPENERS (words before a whole only where they open
  its clause: "Von 110 Millionen Soldaten sind 27 Millionen gefallen", not "sprach von 30 Toten"), CAPTIVE_WHOLES =
  True (a whole whose own words name captives is a figure: "Von den 5,7 Millionen gefangenen Rotarmisten ..."),
  BRACKETED_AGES = True (a number alone in brackets after a capitalised word that names no harm is an age: "Ein
  Invalide (42) tötet zehn Menschen", "Max M. (23)"; not "Tote (42)"), AMONG_BEFORE (words after which the
  people named up to the amount, past any verb, are whose losses it counts: "Unter den getöteten Zivilisten
  befänden sich 11.700 Kinder"), CAUSE_WORDS (words after which a harm's noun is a cause, which does not
  outweigh the harm named before it: "Die Zahl der Todesopfer aufgrund von Flucht und Vertreibung")
- optional: RESPECTIVELY (words after amounts joined by "and" that give each its own harm of a list of harms, in
  order: "muertos y desaparecidos ... 13 y 6 personas, respectivamente" are 13 killed and 6 missing), LIST_JOINERS
  (the words that join such a list; NUMBER_JOINERS and a comma unless told)
- optional: HARM_JOINERS (words that join two harms said of one count: killed with wounded or missing so joined,
  with no number of their own, are casualties: "sont morts ou ont été mutilés", "durch Verwundung oder Tod
  verloren"), HARM_OTHERS (words between two harms that say the second befell others: "13 muertos y nueve más
  heridos"), STATUS_NOUNS (nouns of people displaced, counted right after the number: a harm said of them in their
  clause overrides them, as it does a captive's word: "Deux exilés sont portés disparus" is missing; a harm at the
  clause's end, past the words read after the number, counts for them and for captives: "Zwei Geiseln seien bei
  einem weiteren Vorfall schwer verletzt worden"), ESTIMATE_CUES (an estimate's verb and preposition right before
  the number: approximate, "estime à 2 600 le nombre de personnes tuées"; not a verb that puts a toll at a number,
  "cifró en", nor one after it, "auf 2,2 Millionen geschätzt")
- optional: LOSSES_SAY_WHOSE = True (losses named before the number are whose the population before it says, a
  people noun of PEOPLE_SAY_ALL after it notwithstanding: "втрати противника склали 1 000 людей" are soldiers)
"""

from __future__ import annotations

import bisect
import datetime as dt
import importlib
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from types import ModuleType
from typing import cast

from .dates import as_of_in
from .figures import Candidate, Figure, ParseError, bounds_for
from .sentences import bounded

OTHER_LANGUAGES = ("ru", "uk", "ar", "fr", "es", "de")
_LARGEST_COUNT = 2**63 - 1
# The longest phrase a claim holds (Claim.phrase).
_LONGEST_PHRASE = 500

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
    "ی": "ي",  # the Persian yeh and kaf of a text typed on a Persian keyboard
    "ک": "ك",
}
# Invisible format characters of web text (direction marks, joiners, a soft hyphen): dropped, so that "قتل<RLM> 5"
# and "13<LRM>,430" read as written.
_FORMAT_MARKS = frozenset(
    "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\ufeff"
)
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
    if character in _ARABIC_MARKS or character in _FORMAT_MARKS:
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


# Characters folded one for one by a table; the others that fold at all (marks dropped, compatibility forms that
# may expand) take the slow path, which keeps each character's place. Worked out once, over the BMP.
_ONE_FOR_ONE = str.maketrans(
    {
        **_ARABIC_DIGITS,
        **_ARABIC_FOLD,
        **_CYRILLIC_FOLD,
        **dict.fromkeys("’‘ʼ´", "'"),
        **dict.fromkeys(_SPACES, " "),
    }
)


@cache
def _slow_characters() -> re.Pattern:
    slow = [
        code
        for code in range(0x80, 0x10000)
        if not 0xD800 <= code <= 0xDFFF and _fold_char(chr(code)) != chr(code).translate(_ONE_FOR_ONE)
    ]
    ranges: list[list[int]] = []
    for code in slow:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    parts = "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)
    return re.compile(f"[{parts}\\U00010000-\\U0010ffff]")


# "القتـ لى والجـ رحى", "الأسلـ حة": a word cut in two by a tatweel and a space, as posts write casualty words to pass
# a platform's filter, reads as one word; not an article ("الـ 24") nor an abbreviation ("1445 هـ") before a space.
_TATWEEL_SPLIT = re.compile("([\u0621-\u063a\u0641-\u064a]+)\u0640+ (?=[\u0621-\u063a\u0641-\u064a])")
_NO_SPLIT_WORDS = frozenset(("ال", "وال", "بال", "فال", "كال", "لل"))


def _tatweel_splits(text: str) -> frozenset[int]:
    """Return the places of the spaces that cut a word after a tatweel."""
    return frozenset(
        match.end() - 1
        for match in _TATWEEL_SPLIT.finditer(text)
        if len(match.group(1)) > 1 and match.group(1) not in _NO_SPLIT_WORDS
    )


def normalise(text: str) -> tuple[str, list[int]]:
    """Return the text as the reader reads it, and for each of its characters the index of the original one
    (one more entry at the end: the original's length)."""
    if not _slow_characters().search(text):
        # Nothing to drop or expand: one character for one, folded by a table (most texts, and fast).
        return fold_lookalikes(text.translate(_ONE_FOR_ONE)), list(range(len(text) + 1))
    out: list[str] = []
    where: list[int] = []
    joined = _tatweel_splits(text) if "\u0640" in text else frozenset()
    for index, character in enumerate(text):
        if index in joined:
            continue  # "القتـ لى والجـ رحى": a word cut by a tatweel and a space is one word
        folded = _fold_char(character)
        out.extend(folded)
        where.extend([index] * len(folded))
    where.append(len(text))
    return fold_lookalikes("".join(out)), where


_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_WORD_RE = re.compile(r"[^\W\d_]+")


def fold_lookalikes(text: str) -> str:
    """Return the text with Latin letters inside Cyrillic words ("мирныx") as the Cyrillic letters they look like;
    the same length, letter for letter."""
    return _WORD_RE.sub(_cyrillic_word, text) if _CYRILLIC_RE.search(text) else text


def _cyrillic_word(match: re.Match) -> str:
    word = match.group()
    if _CYRILLIC_RE.search(word) and any(c in _LOOKALIKES for c in word):
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
        self.cache: dict[str, list[_Cue]] = {}

    def add(self, phrase: str, kind: str, value: object) -> None:
        words = tuple(fold_word(word) for word in phrase.split())
        if not words:
            return
        cue = _Cue(words, kind, value)
        first = words[0]
        self.cache.clear()
        if first.endswith("*"):
            self.stems.setdefault(first[:-1], []).append(cue)
            self.longest_stem = max(self.longest_stem, len(first) - 1)
        else:
            self.exact.setdefault(first, []).append(cue)

    @staticmethod
    def _word_matches(pattern: str, word: str) -> bool:
        return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern

    def candidates(self, word: str) -> list[_Cue]:
        # A text repeats its words: each is looked up once per matcher (the cache is bounded by the vocabulary).
        cached = self.cache.get(word)
        if cached is not None:
            return cached
        found = list(self.exact.get(word, ()))
        for length in range(1, min(len(word), self.longest_stem) + 1):
            found.extend(self.stems.get(word[:length], ()))
        if len(self.cache) < 100_000:
            self.cache[word] = found
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
        # Whether a joiner may follow a scale word inside one number ("ألف و500"); not in Spanish: "5 mil y 7 mil"
        self.joiner_after_scale: bool = getattr(module, "JOINER_AFTER_SCALE", True)
        self.cardinal_suffixes = frozenset(fold_word(w) for w in getattr(module, "CARDINAL_SUFFIXES", ()))
        self.clitics = tuple(
            sorted((fold_word(c) for c in getattr(module, "CLITICS", ())), key=len, reverse=True)
        )
        self.duals = {fold_word(k): fold_word(v) for k, v in getattr(module, "DUAL_NOUNS", {}).items()}
        # Optional: clitics that carry the article ("وال"): taken off, they leave no number word ("والاثنين").
        self.article_clitics = frozenset(fold_word(c) for c in getattr(module, "ARTICLE_CLITICS", ()))
        # Optional: prepositions written onto a word ("ب"): the noun after one is not what a number before counts.
        self.preposition_clitics = tuple(fold_word(c) for c in getattr(module, "PREPOSITION_CLITICS", ()))
        self.compound_number = getattr(module, "compound_number", None)
        # A compound's head as a form of the word ("Regierungssoldaten": "soldaten").
        self.word_variants = getattr(module, "word_variants", None)
        self.articles = frozenset(fold_word(w) for w in getattr(module, "ARTICLES", ()))
        # Optional: possessives before a person named in a list ("дівчина та її 40-річна мати").
        self.possessives = frozenset(fold_word(w) for w in getattr(module, "POSSESSIVES", ()))
        # Optional: a casualty word in the genitive after a person's noun says whose kin, not the person's fate
        # ("мати загиблого військового").
        self.of_the_harmed = frozenset(fold_word(w) for w in getattr(module, "OF_THE_HARMED", ()))
        self.ratios = _matcher_of(getattr(module, "RATIO_WORDS", ()), "ratio")
        # Optional: words after "one" that make it one of a kind, no count ("одно из самых сильных землетрясений").
        self.one_of = _matcher_of(getattr(module, "ONE_OF", ()), "one of")
        # Optional: asides set off by commas that say nothing of what is counted ("Жертв, к счастью, нет").
        self.parentheticals = _matcher_of(getattr(module, "PARENTHETICALS", ()), "aside")
        # Optional: words for victims, the dead where the wounded are counted apart ("жертв ... 12, раненых 30").
        self.victims = _matcher_of(getattr(module, "VICTIM_CUES", ()), "victims")
        # Optional: words before a group named in apposition ("погибли пять человек, все мужчины"); a lexicon with
        # none reads no group in apposition.
        # Optional: zero cues that say none only of a casualty word in the two words right after them ("без").
        self.zero_next_only = frozenset(fold_word(w) for w in getattr(module, "ZERO_NEXT_ONLY", ()))
        # Optional: zero cues that govern a list, whose casualty word may come after "and" ("без пожежі та
        # постраждалих").
        self.zero_lists = frozenset(fold_word(w) for w in getattr(module, "ZERO_LISTS", ()))
        # Optional: words right before a number of people who live somewhere ("проживают", "с населением").
        self.residents = _matcher_of(getattr(module, "RESIDENTS_BEFORE", ()), "residents")
        # Optional: zero cues whose absent thing is the noun right after them ("нет возможности"), and the words
        # after one that are no such noun ("нет пока", "нет среди").
        self.zero_of_next_noun = frozenset(fold_word(w) for w in getattr(module, "ZERO_OF_NEXT_NOUN", ()))
        self.zero_pass = frozenset(fold_word(w) for w in getattr(module, "ZERO_PASS_WORDS", ()))
        # Optional: qualifier cues that qualify a number written in words only ("с десяток", not "с 12 жителями").
        self.words_only = frozenset(fold_word(w) for w in getattr(module, "WORDS_ONLY_QUALIFIERS", ()))
        self.apposition = frozenset(fold_word(w) for w in getattr(module, "APPOSITION_WORDS", ()))
        # Optional: words after a comma that open an apposition naming the population of the figures before it
        # ("все", "все они": "погибли 5 человек, все они военные").
        self.population_apposition = _matcher_of(getattr(module, "POPULATION_APPOSITION", ()), "apposition")
        self.agent_verbs = _matcher_of(getattr(module, "AGENT_VERBS", ()), "agent")
        self.agent_markers = _matcher_of(getattr(module, "AGENT_MARKERS", ()), "agent")
        self.cited_by = _matcher_of(getattr(module, "CITED_BY", ()), "cited")
        self.counts_after = _matcher_of(getattr(module, "COUNTS_AFTER_ONLY", ()), "after")
        self.article_reach: int = getattr(module, "ARTICLE_REACH", 3)
        self.article_clause_reach: int = getattr(module, "ARTICLE_CLAUSE_REACH", 6)
        self.elisions = tuple(
            sorted((fold_word(e) for e in getattr(module, "ELISIONS", ())), key=len, reverse=True)
        )
        self.among = _matcher_of(getattr(module, "AMONG", ()), "among")
        # Words before a verb of saying that belong to it ("a", "ont", "a par ailleurs" indiqué).
        self.auxiliaries = frozenset(
            fold_word(w) for w in getattr(module, "AUXILIARIES", ())
        )  # "parmi": whose losses, named after
        self.approximate_units = {
            fold_word(k): v for k, v in getattr(module, "APPROXIMATE_UNITS", {}).items()
        }
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
        # Optional: an estimate's verb and preposition right before the number make it approximate, as "an
        # estimated" does ("estime à 2 600 le nombre de personnes tuées", "оценивает в 300 человек").
        for cue in getattr(module, "ESTIMATE_CUES", ()):
            self.qualifiers.add(cue, "qualifier", "approximate")
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
        # Optional: a decimal comma may stand apart from the fraction of a percentage ("46, 2 %").
        self.spaced_decimals: bool = getattr(module, "SPACED_DECIMALS", False)
        # Optional: a casualty word right after the number may describe the things that follow it ("5 знищених
        # танків").
        self.things_past_harm: bool = getattr(module, "THINGS_PAST_HARM", False)
        self.money = _matcher_of(module.MONEY_WORDS, "money")
        self.designations = _matcher_of(module.DESIGNATIONS, "designation")
        # Optional: designations that name only a number in words right after them ("اليوم الثالث والستين"), not
        # one in digits nor a range opened by a word ("الحرب العالمية الثانية من 55 إلى 80 مليونا", "... 20 مليون").
        self.word_designations = _matcher_of(getattr(module, "WORD_DESIGNATIONS", ()), "designation")
        # Optional: a count of the wounded stays one when a part of it is said killed ("إصابة 540 جنديا، منهم 38
        # قتلوا": the wounded, some of whom died, as "أصيب 18 عاملا وتأكدت وفاة اثنين منهم").
        self.wounded_keep_dead: bool = getattr(module, "WOUNDED_KEEP_DEAD", False)
        self.ordinal_suffixes = frozenset(fold_word(w) for w in module.ORDINAL_SUFFIXES)
        self.breakdowns = _matcher_of(module.BREAKDOWN_CUES, "breakdown")
        self.verbs = _matcher_of(module.ATTRIBUTION_VERBS, "verb")
        self.according = _matcher_of(module.ACCORDING_TO, "according")
        self.speaker_nouns = _matcher_of(module.SPEAKER_NOUNS, "speaker")
        self.name_stops = _matcher_of(module.NAME_STOPS, "stop")
        self.determiners = frozenset(fold_word(w) for w in module.DETERMINERS)
        # Optional: "5." as an ordinal (German), "vier von fünf" (a ratio), "30 Tote pro Tag" (a rate), and the
        # nouns of "nach israelischen Angaben", "nach UN-Angaben" whose adjective or compound names the speaker.
        self.ordinal_dot: bool = getattr(module, "ORDINAL_DOT", False)
        self.ordinal_before = frozenset(fold_word(w) for w in getattr(module, "ORDINAL_BEFORE", ()))
        self.ratio_between = frozenset(fold_word(w) for w in getattr(module, "RATIO_BETWEEN", ()))
        # Optional: words between a noun of about so many and a scale ("une centaine de milliers").
        self.scale_linkers = frozenset(fold_word(w) for w in getattr(module, "SCALE_LINKERS", ()))
        # Optional: adjectives between a number and its noun of about so many ("une petite dizaine", "une bonne
        # centaine"): about that many all the same.
        self.unit_adjectives = frozenset(fold_word(w) for w in getattr(module, "UNIT_ADJECTIVES", ()))
        # Optional: words after which the people named are whom an act struck, before a verb that harms ("massacres
        # de civils ayant fait 6 000 morts", "attaques contre des civils").
        self.victims_of = _matcher_of(getattr(module, "VICTIMS_OF", ()), "victims")
        # Optional: words that open a sentence's topic, set apart by a comma, whose figures follow ("Pour les
        # civils, le bilan est de 40 morts").
        self.topics = _matcher_of(getattr(module, "TOPIC_CUES", ()), "topic")
        # Optional: a word between a count and the count it is per ("une victime pour 57 bâtiments"): a ratio.
        self.ratio_per = frozenset(fold_word(w) for w in getattr(module, "RATIO_PER", ()))
        self.rates = _matcher_of(getattr(module, "RATE_CUES", ()), "rate")
        self.rates_before = _matcher_of(getattr(module, "RATE_BEFORE", ()), "rate")
        self.rate_nouns = _matcher_of(getattr(module, "RATE_NOUNS", ()), "rate")
        self.rate_reach: int = getattr(module, "RATE_REACH", 4)
        self.no_rates = _matcher_of(getattr(module, "NO_RATES", ()), "rate")
        # Optional: how many words before the number RATE_BEFORE may stand (3; German puts its adverb first and the
        # verb second: "Täglich sterben in Gaza 30 Kinder")
        self.rate_before_reach: int = getattr(module, "RATE_BEFORE_REACH", 3)
        # Optional: a later amount past a comma whose own harm follows it owns that harm, and a part of a whole that
        # counts no harm takes its population ("zählte das Heer 39.200 Mann, von diesen wurden 2443 verwundet").
        self.owned_harm: bool = getattr(module, "OWNED_HARM", False)
        # Optional: a casualty word right before a later number is that number's: no harm of an amount before it,
        # nor a death of the wounded it counts ("عشرات الجرحى ومعلومات عن استشهاد اثنين منهم": tens wounded).
        self.harm_of_next: bool = getattr(module, "HARM_OF_NEXT", False)
        # Optional: whoever a verb of saying before the number names is no subject of the figure ("Die israelische
        # Armee meldete 30 Tote im Gazastreifen").
        self.speaker_not_subject: bool = getattr(module, "SPEAKER_NOT_SUBJECT", False)
        # Optional: the day is written before its month ("am 30. September"), so a number right after a day and
        # month that counts what follows it is no second day: "am 30. September 38 Soldaten getötet".
        self.day_before_month: bool = getattr(module, "DAY_BEFORE_MONTH", False)
        # Optional: a year written bare, after a noun or a verb, before a preposition ("wurde 1958 von der
        # Regierung auf 2,2 Millionen geschätzt"), when a number that can be no year follows in the sentence; but not
        # before BARE_YEAR_WORDS ("und", "sowie": "starben 1800 und 2500 wurden verletzt").
        self.bare_years: bool = getattr(module, "BARE_YEARS", False)
        self.bare_year_words = frozenset(fold_word(w) for w in getattr(module, "BARE_YEAR_WORDS", ()))
        # Optional: a noun that names a population right after a number, not after an article ("5.000 Mann").
        self.number_populations = {
            fold_word(k): v for k, v in getattr(module, "NUMBER_POPULATIONS", {}).items()
        }
        # Optional: a people noun after the number ("40 Menschen") says the population is all, whatever is named
        # before it (German names the attacker there: "Bei Angriffen der Militärjunta wurden 40 Menschen getötet").
        self.people_say_all = _matcher_of(getattr(module, "PEOPLE_SAY_ALL", ()), "people")
        # Optional: ... but not after losses named before the number, whose population is whose losses they are
        # ("втрати противника склали 1 000 людей").
        self.losses_say_whose: bool = getattr(module, "LOSSES_SAY_WHOSE", False)
        self.source_prepositions = frozenset(fold_word(w) for w in getattr(module, "SOURCE_PREPOSITIONS", ()))
        self.source_nouns = frozenset(fold_word(w) for w in getattr(module, "SOURCE_NOUNS", ()))
        self.not_speakers = frozenset(fold_word(w) for w in getattr(module, "NOT_SPEAKERS", ()))
        # Optional: words that credit no one ("сообщалось", "стало известно"), and descriptions that stand for the
        # speaker named before ("по данным ведомства", "говорится в докладе миссии").
        self.halves = _Matcher()  # optional: a half written between a number and its scale ("с половиной")
        for cue, value in getattr(module, "HALF_WORDS", {}).items():
            self.halves.add(cue, "half", value)
        self.recipients = _matcher_of(getattr(module, "RECIPIENTS", ()), "recipient")  # optional: "ТАСС"
        self.zero_of = frozenset(
            fold_word(w) for w in getattr(module, "ZERO_OF", ())
        )  # optional: "ни один из"
        # optional: "из", "з": before a number, the whole that a figure after it is a part of ("Из девяти человек
        # на борту трое погибли")
        self.whole_before = frozenset(fold_word(w) for w in getattr(module, "WHOLE_BEFORE", ()))
        # Optional: a whole after WHOLE_BEFORE that names its own harm is a figure, its parts after it ("З 98
        # поранених ... 16 дітей"), as a whole after a phrase of WHOLE_BEFORE is ("Von den 30 Toten").
        self.harmed_wholes: bool = getattr(module, "HARMED_WHOLES", False)
        # Optional: words before a whole only where they open its clause ("Von 110 Millionen Soldaten sind 27
        # Millionen gefallen", not "sprach von 30 Toten und 50 Verletzten").
        self.whole_openers = frozenset(fold_word(w) for w in getattr(module, "WHOLE_OPENERS", ()))
        # Optional: a whole after a phrase of WHOLE_BEFORE whose own words name captives is a figure, as one that
        # names its own harm is ("Von den 5,7 Millionen gefangenen Rotarmisten kamen 3,3 Millionen um").
        self.captive_wholes: bool = getattr(module, "CAPTIVE_WHOLES", False)
        # Optional: a number alone in brackets after a name or a noun of no harm is the person's age ("Ein Mann (42)").
        self.bracketed_ages: bool = getattr(module, "BRACKETED_AGES", False)
        # Optional: words before whose losses, named after them up to the amount, whatever verb stands between
        # ("Unter den getöteten Zivilisten befänden sich 11.700 Kinder"; AMONG stops at the verb).
        self.among_before = _matcher_of(getattr(module, "AMONG_BEFORE", ()), "among")
        # Optional: words after which a harm's noun is a cause, which does not outweigh the harm counted named before
        # it ("Die Zahl der Todesopfer aufgrund von Flucht und Vertreibung ... auf 2,2 Millionen geschätzt").
        self.causes = _matcher_of(getattr(module, "CAUSE_WORDS", ()), "cause")
        # ... and in several words ("von den": "Von den 300 Passagieren wurden 12 verletzt"), not when the number
        # is a figure of its own ("Von den 30 Toten waren 12 Kinder"), and past a year to the next figure
        self.wholes_before = _matcher_of(
            [w for w in getattr(module, "WHOLE_BEFORE", ()) if " " in w], "whole"
        )
        self.breakdowns_after = _matcher_of(getattr(module, "BREAKDOWN_AFTER", ()), "breakdown")
        self.unattributed = _matcher_of(getattr(module, "UNATTRIBUTED_CUES", ()), "unattributed")
        self.descriptions = _matcher_of(getattr(module, "SPEAKER_DESCRIPTIONS", ()), "description")
        self.description_stems: bool = getattr(module, "DESCRIPTION_STEMS", True)
        self.adjective_before_noun: bool = getattr(module, "ADJECTIVE_BEFORE_NOUN", True)
        self.speaker_before = frozenset(fold_word(w) for w in getattr(module, "SPEAKER_BEFORE", ()))
        self.toll_qualifiers = (
            _Matcher()
        )  # a toll's verb before what it counts: "تجاوز عدد الشهداء ... 24 ألفا"
        for cue, qualifier in getattr(module, "TOLL_QUALIFIERS", {}).items():
            self.toll_qualifiers.add(cue, "qualifier", qualifier)
        # Optional: nouns for a toll ("عدد"): the people named right after one are what it counts, and a casualty
        # word after them describes them ("ارتفاع عدد جنوده القتلى إلى 309"), it has no subject.
        self.toll_nouns = _matcher_of(getattr(module, "TOLL_NOUNS", ()), "toll")
        # Optional: words for the affected that count the injured alone, and all casualties when the dead are
        # counted among them ("постраждали 1 790 дітей – 545 загинули"); words that add others ("ще": "ще двоє
        # загинули" are not among them).
        self.affected = _matcher_of(getattr(module, "AFFECTED_CUES", ()), "affected")
        self.additive = frozenset(fold_word(w) for w in getattr(module, "ADDITIVE_WORDS", ()))
        self.affected_totals = _matcher_of(getattr(module, "AFFECTED_TOTAL_CUES", ()), "affected")
        # Optional: the affected alone are all casualties ("постраждали 8 людей"); they count the injured only
        # beside a killing or an injury named in their sentence ("загинули двоє, ще п'ятеро постраждали").
        self.affected_alone_casualties: bool = getattr(module, "AFFECTED_ALONE_CASUALTIES", False)
        # Optional: words of news, by which a "none" says that nothing is known yet, not that no one was hurt
        # ("щодо загиблих точної інформації поки немає").
        self.no_news = _matcher_of(getattr(module, "NO_NEWS_WORDS", ()), "no news")
        # Optional: words that join two clauses ("та", "і"): a verb after one does not count the number before it.
        self.conjunctions = frozenset(fold_word(w) for w in getattr(module, "CONJUNCTIONS", ()))
        # Optional: words that open another clause ("فيما", "بينما"): what follows one is not what the number before
        # it counts ("ارتفع عدد القتلى إلى 70 فيما أصيب أكثر من مئة").
        self.clause_openers = _matcher_of(getattr(module, "CLAUSE_OPENERS", ()), "opener")
        # Optional: nouns that count a population's size ("نسمة"), not casualties unless its clause says a harm.
        self.size_nouns = _matcher_of(getattr(module, "SIZE_NOUNS", ()), "size")
        # Optional: number words written after the noun they count ("الأطفال الثلاثة", "مدنيين اثنين").
        self.noun_first_numbers = frozenset(fold_word(w) for w in getattr(module, "NOUN_FIRST_NUMBERS", ()))
        # Optional: words that open a clause of their own ("qui", "où"): a verb after one is not what the amount
        # before it suffered ("deux civils blessés dans l'attentat qui a tué le gouverneur").
        self.subclause_openers = frozenset(fold_word(w) for w in getattr(module, "SUBCLAUSE_OPENERS", ()))
        # Optional: the word after a verb of change before by how much ("зросла на 3"): no toll.
        self.change_by = frozenset(fold_word(w) for w in getattr(module, "CHANGE_BY", ()))
        # Optional: singular nouns of people that count one next to a casualty word ("загинула жінка").
        self.singulars = _matcher_of(getattr(module, "SINGULAR_NOUNS", ()), "singular")
        # Optional: words between a part and its whole ("des": "21 des 23 missiles"): the part counts what the whole
        # after it counts, things as well as people.
        self.part_of = _matcher_of(getattr(module, "PART_OF", ()), "part")
        # Optional: a later amount with its casualty noun right after it owns that noun; a number before it with no
        # harm of its own does not borrow it ("secouru 135 migrants et récupéré 45 corps").
        self.noun_harm_owned: bool = getattr(module, "NOUN_HARM_OWNED", False)
        # ... even joined to the amount before it by "and" ("dejó 3.000 damnificados y 42 muertos").
        self.joined_noun_harm_owned: bool = getattr(module, "JOINED_NOUN_HARM_OWNED", False)
        # Optional: words after amounts joined by "and" that give each its own harm in a list of harms
        # ("respectivamente"), and the words that join such a list (the number joiners and a comma unless told).
        self.respectively = _matcher_of(getattr(module, "RESPECTIVELY", ()), "respectively")
        self.list_joiners = frozenset(
            fold_word(w)
            for w in getattr(module, "LIST_JOINERS", (*getattr(module, "NUMBER_JOINERS", ()), ","))
        )
        # Optional: words that join two harms said of one count ("et", "ou", "или"): "des centaines de milliers
        # d'hommes sont morts ou ont été mutilés", "murieron y resultaron heridas varias personas" are casualties.
        self.harm_joiners = frozenset(fold_word(w) for w in getattr(module, "HARM_JOINERS", ()))
        # ... and words between them that say the second harm befell others ("y nueve más heridos", "und weitere").
        self.harm_others = frozenset(fold_word(w) for w in getattr(module, "HARM_OTHERS", ()))
        # Optional: nouns that name people by a status (hostages, prisoners, refugees, exiles) whose metric a harm
        # said of them in their clause overrides ("Zwei Geiseln seien schwer verletzt worden": wounded).
        self.status_nouns = _matcher_of(getattr(module, "STATUS_NOUNS", ()), "status")
        # Optional: range forms whose ends may come in either order ("entre 200 000 y 150 000": between them).
        self.either_way_ranges = frozenset(
            _range_form(form) for form in getattr(module, "EITHER_WAY_RANGES", ())
        )
        # Optional: words after which a captive's holder is named ("в плену у", "в руках"), no one counted.
        self.captors_after = _matcher_of(getattr(module, "CAPTOR_AFTER", ()), "captor")
        # Optional: a group listed with people of no group counts no one group ("детей, родителей и учителей").
        self.groups_listed_with_people: bool = getattr(module, "GROUPS_LISTED_WITH_PEOPLE", False)
        # Optional: "N of them" with no figure before it counts the group named before it ("дети ..., семерых из них").
        self.part_takes_group_before: bool = getattr(module, "PART_TAKES_GROUP_BEFORE", False)
        # Optional: a comma inside a list of forces that is the subject ("армия, КГБ и МВД потеряли") ends no clause.
        self.listed_subjects: bool = getattr(module, "LISTED_SUBJECTS", False)
        # Optional: unquantified cues that begin with the verb of a harm and name its object ("убили группу"): whoever
        # is named before the verb did it.
        self.unquantified_objects = _matcher_of(getattr(module, "UNQUANTIFIED_OBJECTS", ()), "unquantified")
        for cue in getattr(module, "UNQUANTIFIED_OBJECTS", ()):
            self.unquantified.add(cue, "unquantified", "unquantified")

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


def _range_form(form: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """Return the words before X and between X and Y of a range form such as "от X до Y", and whether the form
    writes its high end Y first ("entre un maximum de Y et un minimum de X")."""
    high_first = "X" in form and "Y" in form and form.find("Y") < form.find("X")
    before, _, rest = form.partition("Y" if high_first else "X")
    between, _, _ = rest.partition("X" if high_first else "Y")
    return (
        tuple(fold_word(w) for w in before.split()),
        tuple(fold_word(w) for w in between.split()),
        high_first,
    )


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
        start = match.start()
        lower = word.lower()
        elision = next((e for e in lexicon.elisions if lower.startswith(e) and len(lower) > len(e)), None)
        if kind == "word" and elision:
            # "l'armée", "d'une", "jusqu'à": the elided word is a token of its own.
            tokens.append(_Token(elision, start, start + len(elision), "word", word[:1].isupper(), [elision]))
            word, start = word[len(elision) :], start + len(elision)
        parts = word.lower().split("-")
        if (
            kind == "word"
            and len(parts) == 2
            and all(part in lexicon.number_words for part in parts)
            and not (lexicon.compound_number and lexicon.compound_number(word.lower()) is not None)
        ):
            # "двоє-троє", "п'ять-шість": a range of two number words written as one word ("dix-sept" is one).
            middle = start + len(parts[0])
            tokens.append(_Token(parts[0], start, middle, "word", word[:1].isupper(), [parts[0]]))
            tokens.append(_Token("-", middle, middle + 1, "punct", False, ["-"]))
            tokens.append(_Token(parts[1], middle + 1, match.end(), "word", False, [parts[1]]))
            continue
        token = _Token(word.lower(), start, match.end(), kind, word[:1].isupper())
        token.forms = lexicon.variants(token.text) if kind == "word" else [token.text]
        if lexicon.article_clitics and kind == "word":
            # "والاثنين" is "and Monday": a particle with the article written on is no way to a number word.
            token.forms = [
                form
                for form in token.forms
                if not (
                    form in lexicon.number_words
                    and any(token.text == clitic + form for clitic in lexicon.article_clitics)
                )
            ]
        if (
            kind == "word"
            and token.text in lexicon.ordinal_suffixes
            and len(tokens) >= 2
            and tokens[-1].text == "."
            and tokens[-2].kind == "number"
            and tokens[-2].end == tokens[-1].start
            and tokens[-1].end == token.start
        ):
            # "47.ª Brigada", "3.º": an ordinal written with a dot, one word and no amount.
            text = tokens[-2].text + "." + token.text
            tokens[-2:] = [_Token(text, tokens[-2].start, token.end, "word", False, [text])]
            continue
        tokens.append(token)
    if lexicon.ordinal_dot:
        tokens = _ordinals(lexicon, tokens)
    return tokens


def _ordinals(lexicon: Lexicon, tokens: list[_Token]) -> list[_Token]:
    """Join "5." into one ordinal token where German writes an ordinal ("am 7. Oktober", "vom 5. bis 12. Mai",
    "die 93. Brigade"): no number, no sentence's end. A number that ends a sentence ("stieg auf 21. Die ...")
    stays one."""
    joined: list[_Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (
            token.kind == "number"
            and token.text.isdigit()
            and len(token.text) <= 3
            and index + 2 < len(tokens)
            and tokens[index + 1].text == "."
            and tokens[index + 1].start == token.end
        ):
            following = tokens[index + 2]
            if (
                following.kind == "number"
                or (following.kind == "word" and not following.capital)
                or _match(lexicon.months, tokens, index + 2)
                or (index and tokens[index - 1].text in lexicon.ordinal_before)
            ):
                end = tokens[index + 1].end
                text = token.text + "."
                joined.append(_Token(text, token.start, end, "ordinal", False, [text]))
                index += 2
                continue
        joined.append(token)
        index += 1
    return joined


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
            words = cue.words
            end = index + len(words)
            if end > end_limit or (best is not None and end < best[1]):
                continue  # (past the limit, or shorter than a cue found already: it cannot be the longest)
            for offset in range(1, len(words)):
                pattern, forms = words[offset], tokens[index + offset].forms
                if pattern.endswith("*"):
                    stem = pattern[:-1]
                    if not any(f.startswith(stem) for f in forms):
                        break
                elif pattern not in forms:
                    break
            else:
                if best is None or end > best[1] or _specific(cue) > _specific(best[0]):
                    best = (cue, end)
    return best


def _specific(cue: _Cue) -> tuple[int, int]:
    """Return how closely a cue fits: of two cues over the same words, a word beats a stem and a longer stem a
    shorter one ("гражданск*" over "граждан*", "школьник*" over "школ*")."""
    return sum(len(word.rstrip("*")) for word in cue.words), -sum(word.endswith("*") for word in cue.words)


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
    if len(written) > 24:
        # No count has this many digits: say too large without converting a huge number (quadratic in its length).
        return Decimal(_LARGEST_COUNT + 1)
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
    approximate: bool = False  # ends in a noun of about that many ("une centaine")


def _read_number(lexicon: Lexicon, tokens: list[_Token], index: int) -> _Number | None:
    """Read the number written from tokens[index], in digits, words or both; None when none starts there."""
    total = Decimal(0)
    current: Decimal | None = None
    place = None  # the smallest place value written so far, to tell "12 тыс. 368" from two numbers
    scaled = False
    last_scale = 1
    position = index
    count = 0
    end = index  # after the last part read (not after a joiner that joined nothing)
    approximate = False
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
                    _scale_at(lexicon, tokens, position + 1)
                    or _small_scale_at(lexicon, tokens, position + 1)
                    # "medio centenar", "une demi-douzaine"
                    or _approximate_unit_at(lexicon, tokens, position + 1)
                ):
                    value, kind = Decimal(str(lexicon.fractions[form])), "fraction"
                    break
                if lexicon.compound_number and (compound := lexicon.compound_number(form)) is not None:
                    value, kind = Decimal(compound), "word"
                    break
            if value is None:
                scale = _scale_at(lexicon, tokens, position)
                if scale is not None and (current is not None or total or count == 0):
                    # (a scale word that starts the number is one of it: "тысяча двести", "mille deux cents")
                    multiplier, scale_end = scale
                    total += (current if current is not None else Decimal(1)) * multiplier
                    current, place, scaled, last_scale = None, multiplier, True, multiplier
                    position, count = scale_end, count + 1
                    end = position
                    continue
                if (
                    (token.text in lexicon.joiners or any(f in lexicon.joiners for f in token.forms))
                    and count
                    and position + 1 < len(tokens)
                ):
                    following = tokens[position + 1]
                    half = next(
                        (lexicon.fractions[f] for f in following.forms if f in lexicon.fractions), None
                    )
                    if half is not None and current is None and scaled:
                        total += (
                            Decimal(str(half)) * last_scale
                        )  # "deux millions et demi", "un millón y medio"
                        position = end = position + 2
                        continue
                    if (
                        (
                            following.kind == "number"
                            or any(f in lexicon.number_words for f in following.forms)
                        )
                        and (
                            (following.kind == "number") == (tokens[position - 1].kind == "number")
                            or _scale_at(lexicon, tokens, position - 1) is not None  # "13 ألفا و430"
                        )
                        and not (
                            # "entre 5 mil y 7 mil": two numbers where a joiner never follows a scale word
                            current is None and scaled and not lexicon.joiner_after_scale
                        )
                    ):
                        position += 1  # (digits join digits and words words: "800 000 et un million" is two)
                        continue
                # "و430", "وعشرون": a joiner written onto the number.
                joined = [f for f in token.forms[1:] if f in lexicon.number_words]
                if count and joined and token.text[:1] in lexicon.joiners:
                    value, kind = Decimal(lexicon.number_words[joined[0]]), "word"
        if (
            value is None
            and current is not None
            and (half := _match(lexicon.halves, tokens, position))
            and _scale_at(lexicon, tokens, half[1]) is not None
        ):
            current += Decimal(str(half[0].value))  # "два с половиной миллиона", "пять с половиной тысяч"
            position = end = half[1]
            continue
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
                and 0 < current % 100 < 10
                and 20 <= value < 100
                and value % 10 == 0
            ):
                pass  # "ثلاثة وعشرون", "dreiundzwanzig" read as words: three and twenty ("مئة وثلاثة وعشرون")
            elif current is not None and kind == "word" and 0 < current % 100 < 10 and value == 10:
                pass  # "خمسة عشر", "إحدى عشرة": Arabic writes the teens as a unit and ten
            elif current is not None and kind == "word" and value < 1000 and _smaller_place(current, value):
                pass
            else:
                break
        current = (current or Decimal(0)) + value
        position += 1
        count += 1
        if (
            kind == "digits"
            and position + 1 < len(tokens)
            and tokens[position].text == "-"
            and tokens[position - 1].end == tokens[position].start == tokens[position + 1].start - 1
            and tokens[position + 1].text in lexicon.cardinal_suffixes
        ):
            position += 2  # "от 2-х до 3-х тысяч", "5-ти": a case ending written after the digits
        small = _small_scale_at(lexicon, tokens, position)
        if small:
            current *= small
            position += 1
            scaled = True
            last_scale = last_scale if last_scale > 1 else small  # ("два-три десятки": 20 to 30, shared)
        end = position
        about = _approximate_unit_at(lexicon, tokens, position)
        if not about and position < len(tokens) and tokens[position].text in lexicon.unit_adjectives:
            about = _approximate_unit_at(lexicon, tokens, position + 1)  # "une petite dizaine"
            position += 1 if about else 0
        if about:
            current *= about  # "une centaine", "deux milliers": about that many
            position = end = position + 1
            approximate = True
            if position + 1 < len(tokens) and tokens[position].text in lexicon.scale_linkers:
                # "une centaine de milliers", "une dizaine de millions": about that many thousands, millions
                bigger = _scale_at(lexicon, tokens, position + 1)
                unit = bigger[0] if bigger else _approximate_unit_at(lexicon, tokens, position + 1)
                if unit and unit >= 1000:
                    current *= unit
                    position = end = bigger[1] if bigger else position + 2
            break
    if count == 0:
        return None
    value = total + (current or Decimal(0))
    return _Number(index, end, value, scaled, last_scale, approximate)


def _approximate_unit_at(lexicon: Lexicon, tokens: list[_Token], position: int) -> int | None:
    if position < len(tokens) and tokens[position].kind == "word":
        for form in tokens[position].forms:
            if form in lexicon.approximate_units:
                return lexicon.approximate_units[form]
    return None


def _smaller_place(current: Decimal, value: Decimal) -> bool:
    """Return whether a number word adds below what is written: "сто двадцать": 20 below the hundreds."""
    if current % 100 == 0 and value < 100:
        return True
    if current % 100 in (60, 80) and value < 20:
        return True  # "soixante et onze", "quatre-vingt onze"
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
        for form in tokens[position].forms[:1]:  # as written: "بالمئة" is per cent, not "hundred"
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
    far_metric: bool = False  # what it counts was read only past its clause (the sentence before, or after)
    about: bool = False  # approximate by its own noun ("une centaine"): a cue before it may still qualify it
    singular: bool = False  # one person named by a singular noun next to a casualty word ("загинула жінка")
    people: bool = False  # what it counts names people (a population, a group, "людей"), whatever happened
    # people named one by one of whom it counts the first only (where that one's words end, where the list ends):
    # "Un soldat et deux civils ont été tués"
    listed: tuple[int, int] | None = None


def _amount_at(lexicon: Lexicon, tokens: list[_Token], index: int) -> _Reading | None:
    """Return the amount written from tokens[index], with its qualifier, or None."""
    token = tokens[index]
    longer = _match(lexicon.vague, tokens, index)
    if longer and longer[1] - index > 2 and not _number_before(lexicon, tokens, index):
        floors = cast(dict, longer[0].value)
        return _Reading(index, longer[1], "vague", floors=floors)  # "plusieurs dizaines de milliers"
    # Vague: "несколько сотен", "десятки тысяч".
    for form in token.forms:
        if form in lexicon.vague_multipliers and index + 1 < len(tokens):
            unit = next(
                (lexicon.vague_units[f] for f in tokens[index + 1].forms if f in lexicon.vague_units), None
            )
            if unit:
                n = lexicon.vague_multipliers[form] * unit
                scale = _scale_at(lexicon, tokens, index + 2)  # "несколько десятков тысяч": 3 × 10 × 1,000
                if scale and scale[0] > unit:
                    return _Reading(index, scale[1], "vague", (n * scale[0],))
                return _Reading(index, index + 2, "vague", (n,))
    vague = _match(lexicon.vague, tokens, index)
    # "более сотни", "около тысячи": after a qualifier the form is the singular's genitive, not "hundreds".
    if (
        vague
        and any(f in lexicon.number_words or f in lexicon.scales for f in token.forms)
        and _ends_before(lexicon.qualifiers, tokens, index, 4)
    ):
        vague = None
    if vague and not _number_before(lexicon, tokens, index):
        return _Reading(index, vague[1], "vague", floors=vague[0].value)  # type: ignore[arg-type]
    unquantified = _match(lexicon.unquantified, tokens, index)
    friends = lexicon.false_friends.get(token.text)
    if unquantified and not (friends and _ends_before(friends, tokens, index, 2)):  # "wie viele": how many
        return _Reading(index, unquantified[1], "unquantified")
    zero = _match(lexicon.zero, tokens, index)
    starts_a_cue = _match(lexicon.cues, tokens, index)
    if zero and _match(lexicon.qualifiers, tokens, index):
        zero = None  # "ما لا يقل عن 14": the negation belongs to a qualifier ("not fewer than")
    if (
        zero
        and " ".join(zero[0].words) in lexicon.zero_next_only
        and not any(
            (cue := _match(lexicon.cues, tokens, p)) is not None and cue[0].kind == "metric"
            for p in range(zero[1], min(len(tokens), zero[1] + 2))
        )
    ):
        zero = None  # "без жертв" is none, "Без учета военных погибли 20 человек" is without counting the soldiers
    if (
        zero
        and " ".join(zero[0].words) in lexicon.zero_of_next_noun
        and zero[1] < len(tokens)
        and tokens[zero[1]].kind == "word"
        and tokens[zero[1]].text not in lexicon.zero_pass
        and not _match(lexicon.cues, tokens, zero[1])
        and not _match(lexicon.groups, tokens, zero[1])
    ):
        # "Раненых нет возможности эвакуировать", "У погибших не было документов": none of that noun.
        zero = None
    if zero and not (starts_a_cue and starts_a_cue[1] > zero[1]):  # "без вести" is missing, not "without"
        end = zero[1]
        if end + 1 < len(tokens) and tokens[end].text in lexicon.zero_of:
            group = _read_number(
                lexicon, tokens, end + 1
            )  # "ни один из 12 пассажиров не пострадал": 12 is who
            end = group.end if group else end
        return _Reading(index, end, "exact", (0,))
    single = _match(lexicon.singulars, tokens, index)
    if (
        single
        and not (
            starts_a_cue and starts_a_cue[1] > single[1]
        )  # ("серед цивільного населення": no one person)
        and not _number_before(lexicon, tokens, index)
        and (
            _next_to_a_casualty_word(lexicon, tokens, index, single[1])
            or _listed_before_a_casualty_word(lexicon, tokens, single[1])
        )
    ):
        # "загинула людина", "поранено дитину", "загинув 45-річний чоловік": one, with no numeral.
        return _Reading(index, single[1], "exact", (1,), singular=True)
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


def _next_to_a_casualty_word(lexicon: Lexicon, tokens: list[_Token], start: int, end: int) -> bool:
    """Return whether a casualty word (a metric's cue) stands right before a noun (past an age such as
    "45-річний") or right after it."""
    after = _match(lexicon.cues, tokens, end) if end < len(tokens) else None
    if after and tokens[end].text in lexicon.of_the_harmed:
        return False  # "Син загиблого розповів": the son of the dead, not one dead
    if after and after[0].kind == "metric":
        # ("Окупант вбив двох цивільних": a noun before a verb that harms is who did it, not one harmed)
        return not _match(lexicon.agent_verbs, tokens, end)
    position, words = start - 1, 0
    while position >= 0 and words < 3:
        # "поранено жінку", "загинув 45-річний чоловік", "поранення зазнав 58-річний чоловік", "поранень зазнала
        # 66-річна цивільна жінка": a casualty word two words before at most, past an age.
        if (
            position >= 2
            and tokens[position - 1].text == "-"
            and tokens[position - 2].kind == "number"
            and _match(lexicon.age_after, tokens, position)
        ):
            position -= 3
            continue
        if tokens[position].kind != "word":
            return False
        before = _match(lexicon.cues, tokens, position)
        if before is not None and before[0].kind == "metric" and before[1] == position + 1:
            return True
        position, words = position - 1, words + 1
    return False


def _person_at(lexicon: Lexicon, tokens: list[_Token], index: int) -> tuple[str | None, int] | None:
    """Return the group and the end of one person named from tokens[index]: a singular noun ("женщина"), or an
    article and a noun of people ("une femme", "ein Kind"); else None."""
    single = _match(lexicon.singulars, tokens, index)
    if single is None:
        # Past a possessive and an age: "дівчина та її 40-річна мати", "чоловіка та 58-річну жінку".
        start = index + 1 if index < len(tokens) and tokens[index].text in lexicon.possessives else index
        if (
            start + 3 < len(tokens)
            and tokens[start].kind == "number"
            and tokens[start + 1].text == "-"
            and _match(lexicon.age_after, tokens, start + 2)
        ):
            start += 3
        single = _match(lexicon.singulars, tokens, start) if start > index else None
        index = start if single else index
    if single:
        group = _match(lexicon.groups, tokens, index)
        return (group[0].value if group else None), single[1]  # type: ignore[return-value]
    if index + 1 < len(tokens) and tokens[index].text in lexicon.articles:
        noun = _match(lexicon.cues, tokens, index + 1)
        group = _match(lexicon.groups, tokens, index + 1)
        if group or (noun and noun[0].kind in ("people", "population")):
            end = max(group[1] if group else 0, noun[1] if noun else 0)
            return (group[0].value if group else None), end  # type: ignore[return-value]
    return None


def _people_counted_at(
    lexicon: Lexicon, tokens: list[_Token], index: int
) -> tuple[tuple[str | None, int] | None, int]:
    """Return the group and end of a count of people written from tokens[index] ("троє її дітей", "5 дітей"),
    and how many they are; else (None, 0)."""
    number = _read_number(lexicon, tokens, index)
    if number is None or number.value != int(number.value) or number.value < 1:
        return None, 0
    at = number.end + (number.end < len(tokens) and tokens[number.end].text in lexicon.possessives)
    noun = _match(lexicon.cues, tokens, at)
    group = _match(lexicon.groups, tokens, at)
    if not (group or (noun and noun[0].kind in ("people", "population"))):
        return None, 0
    end = max(group[1] if group else 0, noun[1] if noun else 0)
    return ((group[0].value if group else None), end), int(number.value)  # type: ignore[return-value]


def _count_joined_people(lexicon: Lexicon, tokens: list[_Token], reading: _Reading) -> str | None:
    """Count the people a reading of one names one by one: "погибли мужчина и женщина" are two, "un homme, une
    femme et un enfant ont été tués" three; men, women and children together are of no one group. Return the
    group of those counted so, else None (and the reading stays as it was)."""
    if reading.qualifier != "exact" or len(reading.numbers) != 1 or reading.numbers[0] < 1:
        return None
    base = 1
    first = _person_at(lexicon, tokens, reading.start) if reading.numbers == (1,) else None
    if first is None and reading.end < len(tokens):
        # "zwei Frauen und ein Mann", "трое взрослых и ребенок": a count of people, then one more
        noun = _match(lexicon.cues, tokens, reading.end)
        group = _match(lexicon.groups, tokens, reading.end)
        if not (group or (noun and noun[0].kind in ("people", "population"))):
            return None
        end = max(group[1] if group else 0, noun[1] if noun else 0)
        first, base = ((group[0].value if group else None), end), reading.numbers[0]  # type: ignore[assignment]
    if first is None:
        return None
    # "55 امرأة وطفل": a number before a singular noun, then another bare singular, counts both nouns together
    # (women and children), no one more.
    shared = base > 1 and _match(lexicon.singulars, tokens, reading.end) is not None
    groups, ends, separators = [first[0]], [first[1]], []
    populations = [_populations_in(lexicon, tokens, reading.start, first[1])]
    position, more = first[1], 0
    while position < len(tokens):  # (the last word may be a noun with "and" written onto it: "فتى وفتاة")
        separator = tokens[position].text
        following = position + 1
        if separator not in lexicon.conjunctions | lexicon.joiners and separator != ",":
            # Arabic writes "and" onto the next noun: "رجل وامرأة"
            if not (lexicon.clitics and separator[:1] == "و" and _match(lexicon.singulars, tokens, position)):
                break
            separator, following = "و", position
        person = _person_at(lexicon, tokens, following)
        if person is None and separator != "," and reading.numbers == (1,) and following < len(tokens):
            # "загинули жінка і троє її дітей": one, and a count of people after "and"
            person, count = _people_counted_at(lexicon, tokens, following)
            more += count - 1 if person else 0
        if person is None:
            break
        groups.append(person[0])
        ends.append(person[1])
        separators.append(separator)
        populations.append(_populations_in(lexicon, tokens, following, person[1]))
        position = person[1]
    while separators and separators[-1] == ",":  # "погиб мужчина, женщина ранена": the list ends at "and"
        separators.pop()
        groups.pop()
        ends.pop()
        populations.pop()
    if not separators:
        return None
    if len({frozenset(named) for named in populations if named}) > 1:
        # "погиб один военнослужащий и двое гражданских лиц": soldiers and civilians, each named so, are no one
        # count; the first is the figure ("la vida de un policía y un soldado" are two: a policeman is of none).
        reading.listed = (first[1], ends[-1])
        return None
    said_before = any(
        (cue := _match(lexicon.cues, tokens, p)) is not None and cue[0].kind == "metric"
        for p in range(max(0, reading.start - 3), reading.start)
    )
    said_after = next(
        (
            cue
            for p in range(ends[-1], min(len(tokens), ends[-1] + 3))
            if tokens[p].kind == "word" and (cue := _match(lexicon.cues, tokens, p)) is not None
        ),
        None,
    )
    if said_before and said_after and said_after[0].kind == "metric":
        return None  # "murió un niño y una mujer resultó herida": the last has a fate of its own
    if shared and not more and all(tokens[p].kind == "word" for p in range(first[1], ends[-1])):
        reading.end = ends[-1]
        return groups[0] if len(set(groups)) == 1 and groups[0] else "all"
    reading.numbers = (base + len(groups) - 1 + more,)
    reading.end = ends[-1]
    return groups[0] if len(set(groups)) == 1 and groups[0] else "all"


def _populations_in(lexicon: Lexicon, tokens: list[_Token], start: int, end: int) -> set:
    """Return the populations named in tokens[start:end] (a person named in a list, with their own words)."""
    found = _Found()
    _look(lexicon, tokens, range(start, end), found)
    return found.populations


def _listed_before_a_casualty_word(lexicon: Lexicon, tokens: list[_Token], end: int) -> bool:
    """Return whether a singular noun ending at `end` begins a list of them ("женщина и мужчина", "мужчина,
    женщина и ребенок") that a casualty word follows ("... скончались на месте")."""
    position, joined = end, False
    while position + 1 < len(tokens):
        if tokens[position].text in lexicon.conjunctions or tokens[position].text == ",":
            following = _match(lexicon.singulars, tokens, position + 1)
            if following is None:
                return False
            joined = joined or tokens[position].text in lexicon.conjunctions
        elif (
            lexicon.clitics
            and tokens[position].text[:1] in lexicon.joiners
            and (following := _match(lexicon.singulars, tokens, position)) is not None
        ):
            joined = True  # Arabic writes "and" onto the next noun: "فتاة وشاب استشهدا"
        else:
            break
        position = following[1]
    after = _match(lexicon.cues, tokens, position) if joined and position < len(tokens) else None
    return after is not None and after[0].kind == "metric"


def _number_before(lexicon: Lexicon, tokens: list[_Token], index: int) -> bool:
    if index == 0:
        return False
    previous = tokens[index - 1]
    if previous.kind == "number" and re.fullmatch(r"1[6-9]\d\d|20\d\d", previous.text):
        return False  # a year: "kosteten 2009 Tausenden Zivilpersonen das Leben"
    return previous.kind == "number" or any(
        f in lexicon.number_words or f in lexicon.fractions for f in previous.forms
    )


def _with_range(lexicon: Lexicon, tokens: list[_Token], low: _Number) -> _Reading:
    """Return the reading of a number, or of the range it starts ("от 20 до 22 тысяч", "5–10")."""
    for before, between, high_first in lexicon.ranges:
        written_before = tokens[max(0, low.start - len(before)) : low.start]
        if before and (
            len(written_before) != len(before)
            or not all(word in token.forms for word, token in zip(before, written_before, strict=True))
        ):
            continue  # (a word's forms: "وبين 20 و22", "and between")
        middle_end = low.end + len(between)
        if not between or [t.text for t in tokens[low.end : middle_end]] != list(between):
            glued = tokens[low.end] if low.end < len(tokens) else None
            if not (
                glued is not None
                and len(between) == 1
                and between[0] in lexicon.joiners
                and glued.text.startswith(between[0])
                and any(form in lexicon.number_words for form in glued.forms[1:])
            ):
                continue
            middle_end = low.end  # "بين ثلاثة وخمسة": the "and" written onto the high end
        if middle_end < len(tokens) and tokens[middle_end].start - tokens[middle_end - 1].end > 3:
            continue
        high = _read_number(lexicon, tokens, middle_end) if middle_end < len(tokens) else None
        if high is None:
            continue
        low_value = low.value
        if high_first:  # "entre un maximum de 800 000 et un minimum de 500 000": the high end read first
            if low_value <= high.value or high.value != high.value.to_integral_value():
                continue
            return _Reading(low.start - len(before), high.end, "range", (int(high.value), int(low_value)))
        if high.scaled and not low.scaled and low_value * high.scale <= high.value:
            low_value *= high.scale  # "от 20 до 22 тысяч": the scale is shared
        elif (
            not low.scaled
            and low_value < 1000
            and high.end - high.start == 1
            and tokens[high.start].kind == "number"
        ):
            # "entre 20 et 22 000", "70 ou 80 000": the low end is written as the high end's leading group.
            groups = re.fullmatch(r"\d{1,3}((?:[ .,']\d{3})+)", tokens[high.start].text)
            scale = 1000 ** (len(groups.group(1)) // 4) if groups else 1
            if scale > 1 and low_value * scale <= high.value < low_value * scale * 10:
                low_value *= scale
        if high.approximate and not low.approximate and not low.scaled:
            unit = _approximate_unit_at(lexicon, tokens, high.end - 1)
            if unit and low_value * unit <= high.value:
                low_value *= unit  # "une à deux centaines": the noun of about so many is shared
        start = low.start - len(before)
        if before and _ends_before(lexicon.change_verbs, tokens, start, 4):
            # "возросло с 12 до 45": the figure is what it rose to.
            reading = _Reading(start, high.end, "exact", (int(high.value),))
            reading.rejection = None
            return reading
        high_value = high.value
        if low_value > high_value and (before, between, high_first) in lexicon.either_way_ranges:
            low_value, high_value = high_value, low_value  # "entre 200 000 y 150 000"
        if low_value > high_value or low_value != low_value.to_integral_value():
            continue
        return _Reading(start, high.end, "range", (int(low_value), int(high_value)))
    if low.approximate and low.value == int(low.value):
        return _Reading(low.start, low.end, "approximate", (int(low.value),), about=True)
    return _Reading(low.start, low.end, "exact", (int(low.value),) if low.value == int(low.value) else ())


# --- Non-figures ---------------------------------------------------------------------------------------------

_DATE_RE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\.\d{2}\s*(?:uhr|h)\b"
    # Bounded and anchored after a non-digit, so that a run of thousands of digits is scanned once, not once a digit.
    r"|[$€£¥₽₴]\s*\d[\d.,  ]{0,24}|(?<![\d.,])\d{1,18}(?:[.,]\d{1,6})?\s*(?:%|٪)",
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
    "rate": "a rate",
    "ratio": "a ratio",
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

    if start >= 2 and end == start + 1 and _increment_end(tokens, start - 2) == end + 1:
        return f"“{written}” is a bulletin's change since the day before, not a figure of its own."

    # Glued to a code or a suffix: "Су-25", "3-й", "47-я", "12-летний"; "64/2022", "3/4"; "M23", "F16".
    if (
        first.kind == "number"
        and start
        and tokens[start - 1].kind == "word"
        and tokens[start - 1].end == first.start
        and (tokens[start - 1].text.isascii() or tokens[start - 1].capital)  # (or "Ту-22М3", "Т-72Б3")
    ):
        return f"“{written}” is part of a name or a code, not a casualty figure."
    # "Le massacre[12] a fait 45 morts", "Babi Yar[1]": a footnote's number, alone in square brackets.
    if (
        first.kind == "number"
        and end == start + 1
        and start >= 1
        and tokens[start - 1].text == "["
        and end < len(tokens)
        and tokens[end].text == "]"
    ):
        return f"“{written}” is a footnote's number, not a casualty figure."
    if (
        lexicon.bracketed_ages
        and first.kind == "number"
        and first.text.isdigit()
        and 0 < int(first.text) <= 120
        and end == start + 1
        and start >= 2
        and tokens[start - 1].text == "("
        and end < len(tokens)
        and tokens[end].text == ")"
        and (tokens[start - 2].capital or tokens[start - 2].text == ".")
        and not ((cue := _match(lexicon.cues, tokens, start - 2)) is not None and cue[0].kind == "metric")
    ):
        return named("age")  # "Ein Invalide (42) tötet zehn Menschen": a person's age in brackets after them
    if (
        first.kind == "number"
        and start >= 2
        and tokens[start - 1].text == "/"
        and tokens[start - 2].kind == "number"
        and tokens[start - 2].end == tokens[start - 1].start == first.start - 1
    ):
        return f"“{written}” is part of a name or a code, not a casualty figure."
    last_number = tokens[end - 1]
    if (
        last_number.kind == "number"
        and end + 1 < len(tokens)
        and tokens[end].text == "/"
        and tokens[end + 1].kind == "number"
        and last_number.end == tokens[end].start == tokens[end + 1].start - 1
    ):
        return f"“{written}” is part of a name or a code, not a casualty figure."
    if (
        first.kind == "number"
        and start >= 2
        and tokens[start - 1].text == "-"
        and tokens[start - 2].kind == "word"
        and tokens[start - 2].end == tokens[start - 1].start
    ):
        return f"“{written}” is part of a name or a code, not a casualty figure."
    last = tokens[end - 1]
    if after < len(tokens) and tokens[after].start == last.end and last.kind == "number":
        glued = tokens[after]
        if glued.text == "-" and after + 1 < len(tokens):
            suffix = tokens[after + 1].text
            if suffix in lexicon.cardinal_suffixes:
                pass
            elif _match(lexicon.age_after, tokens, after + 1) or (
                _match(lexicon.cues, tokens, after + 1)
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
    ) and tokens[after].start == last.end:
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
        if (
            after + offset < len(tokens)
            and _match(lexicon.months, tokens, after + offset)
            and (offset == 0 or tokens[after].text in (".", "de", "del", "-", "/", "of"))
        ):
            return named("date")
    # One of several days before their month: "los días 5, 6 y 7 de mayo", "les 5 et 6 juin".
    listed = after
    while (
        listed + 1 < len(tokens)
        and (tokens[listed].text == "," or tokens[listed].text in lexicon.joiners)
        and tokens[listed + 1].kind == "number"
        and len(tokens[listed + 1].text) <= 2
    ):
        listed += 2
    if listed > after and listed < len(tokens) and first.kind == "number" and len(first.text) <= 2:
        following = listed + 1 if tokens[listed].text in (".", "de", "del") else listed
        if following < len(tokens) and _match(lexicon.months, tokens, following):
            return named("date")
    if (
        start
        and _match(lexicon.months, tokens, start - 1)
        and first.kind == "number"
        and len(first.text) <= 2
        and not (
            lexicon.day_before_month
            and start >= 2
            and tokens[start - 2].kind == "ordinal"  # ("30.", read as one ordinal)
            and _counts_people(lexicon, tokens, after)
        )
    ):
        return named("date")
    if _match(lexicon.percent, tokens, after):
        return named("percentage")
    if (
        lexicon.spaced_decimals
        and first.kind == "number"
        and after + 2 < len(tokens)
        and tokens[after].text == ","
        and tokens[after + 1].kind == "number"
        and tokens[after + 1].text.isdigit()
        and len(tokens[after + 1].text) <= 2
        and _match(lexicon.percent, tokens, after + 2)
    ):
        return named("percentage")  # "загинуло приблизно 46, 2 % кримських татар": a decimal comma set apart
    ratio = _match(lexicon.ratios, tokens, after)
    if ratio and ratio[1] < len(tokens) and tokens[ratio[1]].text in lexicon.determiners:
        ratio = None  # "un mort sur la route de Gao", "zéro mort sur les routes": a place, not the whole
    if ratio or _ends_before(lexicon.ratios, tokens, reading.start, 3):
        return named("ratio")  # "uno de cada tres niños"
    if reading.numbers == (1,) and _match(lexicon.one_of, tokens, after):
        # "произошло одно из самых сильных землетрясений": one of the most ..., no count of anyone.
        return f"“{written}” is one of a kind (“one of the most …”), not a count."
    if _match(lexicon.money, tokens, after) or (start and _match(lexicon.money, tokens, start - 1)):
        return named("money")
    if _match(lexicon.age_after, tokens, after) or _ends_before(lexicon.age_before, tokens, reading.start, 4):
        return named("age")
    if _ends_before(lexicon.residents, tokens, reading.start, 5):
        # "В городе проживают 20 тысяч человек", "В поселке с населением 5 тысяч человек погибли 3 жителя".
        return f"“{written}” is how many people live in a place or make up a body, not a casualty figure."
    designation = _ends_before(lexicon.designations, tokens, reading.start, 5)
    longer = _ends_before(lexicon.qualifiers, tokens, reading.start, 8)
    if designation and longer and longer[1] < designation[1]:
        designation = (
            None  # "se sitúa sobre las 250 mil": the end of a qualifier, not the time ("sobre las 10")
        )
    if (
        designation
        and (start > reading.start or first.kind == "number")
        and _match(lexicon.word_designations, tokens, designation[1])
    ):
        designation = (
            None  # "الحرب العالمية الثانية من 55 مليونا": an ordinal before a range's word or digits
        )
    counted = _match(lexicon.cues, tokens, after)
    if designation and not (
        # An article written onto the number before the people it counts is no designation: "يتجاوز الـ20
        # مواطنا" (the 20 citizens), as "اليوم الـ100" (the 100th day) is one.
        designation[1] == reading.start - 1
        and (
            (
                tokens[reading.start - 1].end == first.start
                and counted
                and counted[0].kind in ("people", "population", "metric")
            )
            # ... nor after a bound: "تجاوز الـ 9000" (exceeded the 9,000), "أكثر من الـ 200".
            or _bound_before(lexicon, tokens, reading.start - 1)
        )
    ):
        return named("designation")
    year_like = (
        first.kind == "number"
        and first.text.isdigit()
        and 1600 <= int(first.text) <= 2099
        and (
            end - start == 1
            or (reading.qualifier == "range" and all(1600 <= n <= 2099 for n in reading.numbers))
        )
    )
    said_a_year = year_like and (
        _match(lexicon.year_words, tokens, after)
        or (start and _match(lexicon.months, tokens, start - 1) and end - start == 1)  # "Februar 2022"
        or (
            (_ends_before(lexicon.year_before, tokens, reading.start, 3) or end - start > 1 or start == 0)
            and not _counts_people(lexicon, tokens, after)
        )
        # "Im Jahr 2022 starben 300 Menschen", "В 2022 погибли 300", "de octubre de 2023 murieron 1.200": after a
        # year's marker or a month, a casualty verb does not make a year a count; only people named right after do.
        or (
            end - start == 1
            and (
                _ends_before(lexicon.year_before, tokens, reading.start, 3)
                or any(_match(lexicon.months, tokens, p) for p in range(max(0, start - 3), start))
            )
            and not _people_right_after(lexicon, tokens, after)
        )
        # "kosteten 2009 Tausenden Zivilpersonen das Leben": a year, then the amount.
        or (end - start == 1 and after < len(tokens) and bool(_match(lexicon.vague, tokens, after)))
        # "Entre 1970 y 1990 murieron más de 30.000 personas": a span of years, then the amount of people.
        or (reading.qualifier == "range" and _people_counted_after(lexicon, tokens, after))
        # "Als die Truppen 1989 nach zehn Jahren abzogen, ... auf mehr als 15.000": a bare year before a preposition,
        # a figure that is no year later in its sentence.
        or (lexicon.bare_years and end - start == 1 and _bare_year(lexicon, tokens, reading.start, after))
    )
    if said_a_year:
        return named("year")
    # "el 60% de los cerca de 23 millones de sirios": the base of a share is no count of casualties either.
    share = next(
        (
            p
            for p in range(reading.start - 1, max(-1, reading.start - 7), -1)
            if tokens[p].text in ("%", "٪") or _match(lexicon.percent, tokens, p)
        ),
        None,
    )
    if share is not None and not any(
        tokens[p].text in _CLAUSE_PUNCTUATION or _is_amount_token(lexicon, tokens[p])
        for p in range(share + 1, reading.start)
    ):
        return f"“{written}” is the whole of a percentage, not a casualty figure."
    # "кількість загиблих зросла на 3 — до 45": by how much a toll changed, not the toll.
    if (
        reading.start >= 2
        and tokens[reading.start - 1].text in lexicon.change_by
        and _ends_before(lexicon.change_verbs, tokens, reading.start - 1, 3)
    ):
        return f"“{written}” is by how much a toll changed, not a casualty figure."
    # "vier von fünf Kindern": a ratio; "30 Tote pro Tag": a rate.
    if (
        after + 1 < len(tokens)
        and tokens[after].text in lexicon.ratio_between
        and _is_amount_token(lexicon, tokens[after + 1])
    ) or (
        reading.start >= 2
        and tokens[reading.start - 1].text in lexicon.ratio_between
        and _is_amount_token(lexicon, tokens[reading.start - 2])
    ):
        return named("ratio")
    # "une victime pour 57 bâtiments détruits", "un médecin pour 10 000 habitants": so many per so many others.
    per = next(
        (p for p in range(after, min(len(tokens), after + 4)) if tokens[p].text in lexicon.ratio_per), None
    )
    if (
        per is not None
        and per + 2 < len(tokens)
        and all(
            tokens[p].kind == "word" and not _is_amount_token(lexicon, tokens[p]) for p in range(after, per)
        )
        and (whole := _read_number(lexicon, tokens, per + 1)) is not None
        and (counted := _match(lexicon.cues, tokens, whole.end)) is not None
        and counted[0].kind in ("thing", "people", "population", "metric")
    ):
        return named("ratio")
    if (
        lexicon.ratio_per and start >= 2 and tokens[start - 1].text in lexicon.ratio_per
    ):  # (the "1 000 habitants")
        for position in range(start - 2, max(-1, start - 6), -1):
            if _is_amount_token(lexicon, tokens[position]):
                counted = _match(lexicon.cues, tokens, position + 1)
                if counted and counted[0].kind in ("people", "population", "metric"):
                    return named("ratio")
                break
            if tokens[position].kind != "word":
                break
    for position in range(after, min(len(tokens), after + lexicon.rate_reach)):
        if tokens[position].kind == "punct":
            break
        if _match(lexicon.rates, tokens, position) and not _match(lexicon.no_rates, tokens, position):
            return named("rate")  # (not "murieron al día siguiente", "al día de hoy": a day, not each day)
    # (counted from before the amount's qualifier: "Cada año mueren unas 300 personas")
    qualified = _ends_before(lexicon.qualifiers, tokens, reading.start, 4)
    head = qualified[1] if qualified else reading.start
    for position in range(head - 1, max(-1, head - 1 - lexicon.rate_before_reach), -1):
        if tokens[position].kind == "punct":
            break
        if _match(lexicon.rates_before, tokens, position):
            return named("rate")  # "Täglich sterben 30 Kinder"
    for position in range(reading.start - 1, max(-1, reading.start - 16), -1):
        if tokens[position].text in _CLAUSE_PUNCTUATION or tokens[position].text == ",":
            break
        if tokens[position].text in lexicon.joiners | lexicon.conjunctions and not any(
            (cue := _match(lexicon.cues, tokens, p)) is not None and cue[1] > position
            for p in range(max(0, position - 3), position)
        ):
            break  # (another clause's: "la tasa de mortalidad se disparó y murieron 300", not "muertos y heridos")
        if _match(lexicon.rate_nouns, tokens, position):
            return named("rate")  # "la tasa media diaria de bajas rusas ha alcanzado los 1.130": an average
    # "Chaque jour, une dizaine de civils sont tués": a rate set apart by a comma, at its clause's start.
    comma = next(
        (p for p in range(reading.start - 1, max(-1, reading.start - 5), -1) if tokens[p].kind == "punct"),
        None,
    )
    if comma is not None and tokens[comma].text == ",":
        opening = next((p for p in range(comma - 1, max(-1, comma - 5), -1) if tokens[p].kind == "punct"), -1)
        rate = _match(lexicon.rates_before, tokens, opening + 1)
        if rate and rate[1] == comma:
            return named("rate")
    return None


def _people_counted_after(lexicon: Lexicon, tokens: list[_Token], index: int) -> bool:
    """Return whether another amount of people follows in the clause, within five words."""
    for position in range(index, min(len(tokens), index + 5)):
        if tokens[position].kind == "punct":
            return False
        if _is_amount_token(lexicon, tokens[position]):
            return _counts_people(lexicon, tokens, position + 1)
    return False


def _bound_before(lexicon: Lexicon, tokens: list[_Token], index: int) -> bool:
    """Return whether a qualifier that bounds (more than, at least, about, fewer than) ends right before
    tokens[index], or a toll's verb begins its clause ("يتخطى عدد النازحين الـ 3 ملايين")."""
    bounds = ("more_than", "at_least", "approximate", "fewer_than")
    cue = _ends_before(lexicon.qualifiers, tokens, index, 4)
    if cue is not None:
        return cue[0].value in bounds
    for position in range(index - 1, max(-1, index - 10), -1):
        if tokens[position].text in _CLAUSE_PUNCTUATION or tokens[position].text == ",":
            return False
        if _is_amount_token(lexicon, tokens[position]):
            return False
        toll = _match(lexicon.toll_qualifiers, tokens, position)
        if toll:
            return toll[0].value in bounds
    return False


def _people_right_after(lexicon: Lexicon, tokens: list[_Token], index: int) -> bool:
    """Return whether people are named right after a number (one describing word may come between)."""
    for position in range(index, min(len(tokens), index + 2)):
        found = _match(lexicon.cues, tokens, position)
        if found and found[0].kind in ("population", "people"):
            return True
        if found or tokens[position].kind != "word":
            return False
    return False


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
    status: bool = False  # the weak metric is a noun of status's (STATUS_NOUNS)
    populations: set = field(default_factory=set)
    group: str | None = None
    people: bool = False
    end: int | None = None


def _look(
    lexicon: Lexicon,
    tokens: list[_Token],
    indices,
    found: _Found,
    nearest_last: bool = False,
    status: bool = False,
) -> None:
    """Read the cues at the given token indices into found: the first metric cue wins, or with nearest_last (a
    window before the amount) the last one, nearest the amount; with status (the words after the amount, which
    name what it counts), a noun of status (STATUS_NOUNS) is a weak metric, as a captive's word is."""
    skip_until = -1
    for position in sorted(indices):
        if position < skip_until:
            continue
        cue = _match(lexicon.cues, tokens, position)
        group = _match(lexicon.groups, tokens, position)
        if group and found.group is None:
            found.group = group[0].value  # type: ignore[assignment]
            found.people = True
        elif group and found.group != group[0].value:
            found.group = "all"  # "34 ألفا من النساء والأطفال": women and children, no one group
        if cue is None:
            continue
        kind, value = cue[0].kind, cue[0].value
        if kind == "metric":
            also = [c for c in lexicon.cues.candidates(tokens[position].text) if c.kind == "population"]
            if len(also) == 1 and len(also[0].words) == 1:  # "военнопленных": captured, and military
                found.populations.add(also[0].value)
            for other in also:  # "أسرى الحرب": the same, in two words
                if len(other.words) > 1 and other.words == cue[0].words:
                    found.populations.add(other.value)
            if value == "captured":
                found.weak_metric = found.weak_metric or value  # type: ignore[assignment]
            elif status and _match(lexicon.status_nouns, tokens, position):
                # (refugees counted: a harm said of them says more, "Deux exilés sont portés disparus")
                if found.weak_metric is None:
                    found.weak_metric, found.status = value, True  # type: ignore[assignment]
            elif found.metric is None or (nearest_last and not _a_cause(lexicon, tokens, position)):
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


def _a_cause(lexicon: Lexicon, tokens: list[_Token], position: int) -> bool:
    """Return whether the harm's word at tokens[position] is named as a cause (CAUSE_WORDS), alone or the second of
    two: "Die Zahl der Todesopfer aufgrund von Flucht und Vertreibung" counts the dead, not the displaced."""
    if not (lexicon.causes.exact or lexicon.causes.stems):
        return False
    if _ends_before(lexicon.causes, tokens, position, 3):
        return True
    return (
        position >= 2
        and tokens[position - 1].text in lexicon.joiners | lexicon.conjunctions
        and _ends_before(lexicon.causes, tokens, position - 2, 3) is not None
    )


def _bare_year(lexicon: Lexicon, tokens: list[_Token], start: int, after: int) -> bool:
    """Return whether a number that may be a year, with no qualifier before it, stands before a word that names
    nothing it counts ("wurde 1958 von der Regierung", "1989 nach zehnjährigem Einsatz") while a number that can
    be no year comes later in its sentence: that one is the figure, this one a year."""
    if after >= len(tokens) or tokens[after].kind != "word" or tokens[after].text in lexicon.bare_year_words:
        return False
    if _ends_before(lexicon.qualifiers, tokens, start, 4) or _match(lexicon.cues, tokens, after):
        return False
    for position in range(after + 1, len(tokens)):
        token = tokens[position]
        if token.text in _CLAUSE_PUNCTUATION:
            return False
        if token.kind == "number" and not (token.text.isdigit() and 1600 <= int(token.text) <= 2099):
            return True
    return False


def _is_amount_token(lexicon: Lexicon, token: _Token) -> bool:
    return token.kind == "number" or any(f in lexicon.number_words for f in token.forms)


def _joins_a_metric(lexicon: Lexicon, tokens: list[_Token], position: int) -> bool:
    """Return whether tokens[position] is "and" before a casualty word, or a casualty word with "and" written
    onto it ("وأصيب"): a clause of its own, not what the amount before it counts."""
    token = tokens[position]
    if token.kind != "word" or not lexicon.joiners:
        return False
    if token.text in lexicon.joiners:
        cue = _match(lexicon.cues, tokens, position + 1)
    elif token.text[:1] in lexicon.joiners and len(token.forms) > 1:
        cue = _match(lexicon.cues, tokens, position)
        if cue and not any(
            _Matcher._word_matches(pattern, form) for form in token.forms[1:] for pattern in cue[0].words[:1]
        ):
            cue = None  # the cue matched the word as written, not without its "and"
    else:
        return False
    return bool(cue and cue[0].kind == "metric")


def _increment_end(tokens: list[_Token], position: int) -> int | None:
    """Return the index after a bracketed change at tokens[position] (a bulletin's "(+870)"), or None."""
    texts = [token.text for token in tokens[position : position + 4]]
    if (
        len(texts) == 4
        and texts[0] == "("
        and texts[1] in "+-−–"
        and texts[3] == ")"
        and tokens[position + 2].kind == "number"
    ):
        return position + 4
    return None


def _counts_things(lexicon: Lexicon, tokens: list[_Token], position: int) -> bool:
    """Return whether the word at position names things or a time, not people ("trois attaques", "deux jours")."""
    cue = _match(lexicon.cues, tokens, position) if position < len(tokens) else None
    return bool(cue and cue[0].kind in ("thing", "time"))


def _many_things(lexicon: Lexicon, tokens: list[_Token], index: int) -> bool:
    """Return whether the words after an unquantified cue name things ("عدد من المنازل"), not people said to be
    harmed ("numerosos aldeanos muertos")."""
    thing = _match(lexicon.cues, tokens, index) if index < len(tokens) else None
    if not thing or thing[0].kind not in ("thing", "time"):
        return False
    harmed = _match(lexicon.cues, tokens, thing[1]) if thing[1] < len(tokens) else None
    return not (harmed and harmed[0].kind == "metric")


def _speakers_counted(lexicon: Lexicon, tokens: list[_Token], reading: _Reading) -> bool:
    """Return whether an unquantified cue counts those who speak, not victims: "يقدر العديد من الخبراء عدد القتلى
    بنحو 500", "أكد العديد من الشهود سقوط قتلى" (many experts, many witnesses); not after a casualty word ("قتل عدد
    من المسؤولين")."""
    if reading.end >= len(tokens) or not _match(lexicon.speaker_nouns, tokens, reading.end):
        return False
    named = _match(lexicon.cues, tokens, reading.end)
    if named and named[0].kind in ("metric", "population", "people"):
        return False
    before = _match(lexicon.cues, tokens, reading.start - 1, reading.start) if reading.start else None
    return not (before and before[0].kind == "metric")


def _owned_by_next(lexicon: Lexicon, tokens: list[_Token], position: int) -> bool:
    """Return whether the word at position is in a clause of its own that goes on, within three words and
    without "and" or a comma, to another number: what that number counts, not a number before it."""
    for preceding in range(position - 1, max(-1, position - 4), -1):
        if tokens[preceding].kind == "punct":
            break
        if _match(lexicon.zero, tokens, preceding) and not _match(lexicon.qualifiers, tokens, preceding):
            return True  # "находились 150 пассажиров, никто не пострадал": what none of was counted
    for following in range(position + 1, min(len(tokens), position + 4)):
        token = tokens[following]
        if token.kind == "punct" or token.text in lexicon.joiners:
            return False
        if (
            _is_amount_token(lexicon, token)
            and token.text not in lexicon.articles
            and not _match(lexicon.months, tokens, following + 1)
            and not _counts_things(lexicon, tokens, following + 1)  # ("tués lors de trois attaques")
        ) or _match(
            lexicon.vague, tokens, following
        ):  # ("tuant des dizaines de personnes": a vague amount too)
            return True  # (an article is no number, nor a date: "tuées dimanche par une frappe", "enlevées le 7 octobre")
        if _match(lexicon.zero, tokens, following) and not _match(lexicon.qualifiers, tokens, following):
            return True  # "На борту находились 150 пассажиров, погибших нет": the dead are the zero's
    return False


def _harm_of_next(lexicon: Lexicon, tokens: list[_Token], position: int) -> bool:
    """Return whether, in a lexicon with HARM_OF_NEXT, the casualty word at position governs the number written
    right after it ("وفاة 3 منهم", "استشهاد اثنين منهم", "أودى بحياة 3"): that number's harm, no other's. Not a
    number joined to it by "and" ("العشرات من الشهداء ومئات الجرحى")."""
    if not lexicon.harm_of_next:
        return False
    cue = _match(lexicon.cues, tokens, position)
    if cue is None or cue[0].kind != "metric" or cue[1] >= len(tokens):
        return False
    following = tokens[cue[1]]
    return (
        following.kind == "number"
        or following.text in lexicon.number_words
        or bool(lexicon.vague.candidates(following.text))
    ) and not _counts_things(lexicon, tokens, cue[1] + 1)


def _after_window(lexicon: Lexicon, tokens: list[_Token], index: int, through_commas: bool) -> list[int]:
    window = []
    increment = _increment_end(tokens, index)
    skipped = range(index, increment) if increment else range(0)  # "305 620 (+870) человек ликвидировано"
    if (
        not through_commas
        and not increment
        and index + 1 < len(tokens)
        and tokens[index].text == ","
        and (aside := _match(lexicon.parentheticals, tokens, index + 1))
        and not _metric_before(lexicon, tokens, index)
    ):
        # "Никто, к счастью, не пострадал": an aside right after the amount, which names nothing before it.
        skipped = range(
            index, aside[1] + 1 if aside[1] < len(tokens) and tokens[aside[1]].text == "," else aside[1]
        )
    for position in range(index, min(len(tokens), index + len(skipped) + (30 if through_commas else 6))):
        token = tokens[position]
        if position in skipped:
            continue
        if token.text in _CLAUSE_PUNCTUATION or (token.text == "," and not through_commas):
            break
        if not through_commas and (
            _is_amount_token(lexicon, token) or _match(lexicon.vague, tokens, position)
        ):
            break
        if through_commas and position > index and _is_amount_token(lexicon, token):
            # "mit 50.000 Einwohnern wurden 12 Menschen getötet": a later amount that names its own people ("sur
            # les 2 300 habitants, une cinquantaine") owns the verb after it; not one joined to this one ("3457
            # enfants et 2136 femmes figurent parmi", "14 Separatisten und drei Soldaten getötet": one verb for
            # both), nor a part of a breakdown ("70 civils, dont 18 enfants et 11 femmes, ont été tués").
            following = _match(lexicon.cues, tokens, position + 1)
            names_its_people = bool(following and following[0].kind in ("population", "people")) or bool(
                _approximate_unit_at(lexicon, tokens, position + 1)
            )
            # ... and, where a lexicon says so, one with its own casualty noun right after it ("avait secouru 135
            # migrants et récupéré 45 corps": the bodies are the 45's, not the rescued's).
            names_its_people = names_its_people or bool(
                lexicon.noun_harm_owned and following and following[0].kind == "metric"
            )
            joined = tokens[position - 1].text in lexicon.joiners | lexicon.conjunctions
            in_breakdown = any(
                _match(lexicon.breakdowns, tokens, p) for p in range(max(0, index - 4), position)
            )
            if names_its_people and not joined and not in_breakdown:
                break
            if (
                lexicon.joined_noun_harm_owned
                and joined
                and position - 1 > index  # (not "5 y 7 muertos": one noun for both)
                and following
                and following[0].kind == "metric"
            ):
                break
            # ... and one past a comma whose own harm follows it within three words owns that harm, a part or not:
            # "zählte das Heer 39.200 Mann, von diesen wurden 2443 verwundet", "Im Bus saßen 40 Menschen, 12 wurden
            # verletzt" (not an amount that is no figure: "die im 30jährigen Krieg ums Leben kamen").
            harm = _Found()
            if (
                lexicon.owned_harm
                and not (joined or names_its_people)
                and any(t.text == "," for t in tokens[index:position])
            ):
                try:
                    number = _read_number(lexicon, tokens, position)
                    later = _with_range(lexicon, tokens, number) if number else None
                    if (
                        later
                        and _rejection(lexicon, tokens, "", later) is None
                        and not _counts_things(lexicon, tokens, later.end)  # ("in 24 Stunden verletzt")
                    ):
                        owned = later.end
                        part = _match(lexicon.breakdowns_after, tokens, owned)
                        if (
                            part
                        ):  # ("160375 військовослужбовців, 3360 з яких – загинули": of whom, then the harm)
                            owned = part[1] + (part[1] < len(tokens) and tokens[part[1]].text in "–—-")
                        _look(lexicon, tokens, _after_window(lexicon, tokens, owned, False)[:3], harm)
                except (ParseError, InvalidOperation, ValueError):
                    pass
            if harm.metric:
                break
        if (
            (position > index or (index and _is_amount_token(lexicon, tokens[index - 1])))
            and not through_commas
            and _match(lexicon.breakdowns, tokens, position)
            and not _match(lexicon.breakdowns_after, tokens, position)
        ):
            # "18 فلسطينيا معظمهم من النساء", "7 أشخاص بينهم طفلان": the part's words are not the total's; nor
            # right after a number that follows its noun ("مقتل مدنيين اثنين أحدهما طفلة"), unless the number is
            # the part ("пятеро из них погибли").
            break
        if (position > index or (index and _is_amount_token(lexicon, tokens[index - 1]))) and _match(
            lexicon.agent_markers, tokens, position
        ):
            # "fueron secuestradas por hombres armados", "قتل 5 برصاص مسلحين": the agent is not what is counted
            break
        if not through_commas and _match(lexicon.clause_openers, tokens, position):
            break  # "إلى 70 فيما أصيب أكثر من مئة": "whereas" begins another clause
        if not through_commas and _joins_a_metric(lexicon, tokens, position):
            break  # "استشهد ثلاثة مواطنين وأصيب خمسة": "and wounded" begins the next clause
        window.append(position)
    return window


def _metric_before(lexicon: Lexicon, tokens: list[_Token], index: int) -> bool:
    """Return whether a casualty word stands in the four words before tokens[index], in its clause."""
    for position in range(index - 1, max(-1, index - 5), -1):
        if tokens[position].kind == "punct":
            return False
        cue = _match(lexicon.cues, tokens, position)
        if cue and cue[0].kind == "metric":
            return True
    return False


def _clause_past_an_age(
    lexicon: Lexicon, tokens: list[_Token], index: int, reach: int | None = None
) -> list[int]:
    """Return the words after an amount to its clause's end, `reach` at most (the lexicon's ARTICLE_CLAUSE_REACH,
    six by default), read past an age ("de 14 ans")."""
    window: list[int] = []
    position = index
    limit = lexicon.article_clause_reach if reach is None else reach
    while position < len(tokens) and len(window) < limit:
        token = tokens[position]
        if token.text in _CLAUSE_PUNCTUATION or token.text == ",":
            break
        if lexicon.article_clause_reach > 6 and _match(lexicon.verbs, tokens, position):
            break  # (past six words: "Un testigo dijo que vio morir a su hermano" is no count)
        if _is_amount_token(lexicon, token):
            hyphen = (
                position + 1 < len(tokens) and tokens[position + 1].text == "-"
            )  # "ein 12-jähriger Junge"
            age = _match(lexicon.age_after, tokens, position + 2 if hyphen else position + 1)
            if (
                lexicon.bracketed_ages
                and not age
                and window[-1:] == [position - 1]
                and tokens[position - 1].text == "("
                and tokens[position + 1 : position + 2]
                and tokens[position + 1].text == ")"
            ):
                window.pop()  # "Ein Mann (42) wurde getötet": an age in brackets, read past with them
                position += 2
                continue
            if not age:
                break
            position = age[1]
            continue
        window.append(position)
        position += 1
    return window


def _before_window(
    lexicon: Lexicon, tokens: list[_Token], index: int, floor: int, passable=frozenset()
) -> list[int]:
    window = []
    position, reach = index - 1, 9
    while position >= max(floor, index - reach):
        token = tokens[position]
        if token.text == "," and (opening := _aside_before(lexicon, tokens, position, floor)) is not None:
            reach += position - opening + 1  # "Потери армии, по данным разведки, составляют ..."
            position = opening - 1
            continue
        if (
            position < index - 1
            and (opening := _dash_aside_before(lexicon, tokens, position, floor)) is not None
        ):
            reach += (
                position - opening + 1
            )  # "el total de bajas rusas -entre muertos y heridos- se sitúa en ..."
            position = opening - 1
            continue
        if (
            token.text == ","
            and (aside := _match(lexicon.parentheticals, tokens, position + 1))
            and aside[1] == index
        ):
            position -= 1  # "Жертв, к счастью нет": an aside whose closing comma is left out
            continue
        if (
            token.text == ","
            and lexicon.listed_subjects
            and (named := _ends_before(lexicon.cues, tokens, position, 3)) is not None
            and named[0].kind == "population"
            and any(
                tokens[p].text in lexicon.conjunctions
                and all(t.text != "," for t in tokens[position + 1 : p])
                for p in range(position + 2, min(index, position + 4))
            )
        ):
            reach += 3  # "Советская армия, КГБ и МВД потеряли убитыми 15 тысяч": forces listed as one subject
            position -= 1
            continue
        if (
            token.text in _QUOTE_PAIRS
            and (opening := _quote_opening(lexicon, tokens, position, floor)) is not None
        ):
            # "потери батареи убитыми составили по «Перечневой ведомости чинов, убитых с начала боевых действий…»
            # 7 человек": a title quoted between a toll and its number, read past as one name.
            reach += position - opening + 1
            position = opening - 1
            continue
        if token.text in _CLAUSE_PUNCTUATION or token.text == ",":
            break
        if _is_amount_token(lexicon, token) and position not in passable:
            break
        window.append(position)
        position -= 1
    return window


_DASHES = frozenset("-–—")


def _dash_aside_before(lexicon: Lexicon, tokens: list[_Token], closing: int, floor: int) -> int | None:
    """Return the index of the dash that opens an aside closed by the dash at tokens[closing] ("las tropas rusas
    -entre muertos y heridos- suman"), or None: a dash written apart from a word on one side at least, not one
    inside a word ("noreste-sur") nor a bulletin's ("танков — 5 371", no word between it and the amount)."""

    def apart(position: int) -> bool:
        return not (
            0 < position < len(tokens) - 1
            and tokens[position - 1].end == tokens[position].start
            and tokens[position].end == tokens[position + 1].start
        )

    if tokens[closing].text not in _DASHES or not apart(closing):
        return None
    for position in range(closing - 1, max(floor, closing - 10) - 1, -1):
        text = tokens[position].text
        if text in _DASHES:
            return position if position < closing - 1 and apart(position) else None
        if text in _CLAUSE_PUNCTUATION or text == "," or _is_amount_token(lexicon, tokens[position]):
            return None
    return None


_QUOTE_PAIRS = {"»": "«", "”": "“", "“": "„"}


def _quote_opening(lexicon: Lexicon, tokens: list[_Token], closing: int, floor: int) -> int | None:
    """Return where a quotation closed at tokens[closing] opens, when it holds what would stop a window (a comma,
    a full stop, a number) and so must be read past as a whole; else None."""
    opener = _QUOTE_PAIRS[tokens[closing].text]
    for position in range(closing - 1, max(floor, closing - 25) - 1, -1):
        if tokens[position].text == opener:
            inside = range(position + 1, closing)
            stops = any(
                tokens[p].text in _CLAUSE_PUNCTUATION
                or tokens[p].text == ","
                or _is_amount_token(lexicon, tokens[p])
                for p in inside
            )
            return position if stops and inside else None
        if tokens[position].text in _QUOTE_PAIRS:
            return None
    return None


def _aside_before(lexicon: Lexicon, tokens: list[_Token], comma: int, floor: int) -> int | None:
    """Return the index of the comma that opens an attribution set between commas and closed by tokens[comma]
    (", по данным британской разведки,"), or None."""
    for position in range(comma - 1, max(floor, comma - 10) - 1, -1):
        text = tokens[position].text
        if text == ",":
            aside = _match(lexicon.parentheticals, tokens, position + 1, comma)
            if aside and aside[1] == comma:
                return position  # "Жертв, к счастью, нет": an aside that says nothing of what is counted
            return position if _match(lexicon.according, tokens, position + 1, comma) else None
        if text in _CLAUSE_PUNCTUATION or _is_amount_token(lexicon, tokens[position]):
            return None
    return None


def _sentence_before(
    lexicon: Lexicon, tokens: list[_Token], index: int, floor: int, passable=frozenset()
) -> list[int]:
    """Return the words before an amount back to its sentence's start (through commas and colons), stopping at
    another amount that may be a figure: where a toll names what it counts ("Кількість загиблих ... 14 січня
    зросла до 45", "втрати противника склали: особового складу ‒ близько 1 012 350")."""
    window = []
    for position in range(index - 1, max(floor, index - 30) - 1, -1):
        token = tokens[position]
        if token.text in (".", "!", "?", ";") and position not in passable:
            break  # (a date's dots are no sentence's end)
        if _is_amount_token(lexicon, token) and position not in passable:
            break
        window.append(position)
    return window


def _past_an_age(lexicon: Lexicon, tokens: list[_Token], index: int) -> list[int]:
    """Return the two words after an age that follows an article ("ein 60-jähriger Mann"), else none."""
    if (
        index + 2 < len(tokens)
        and tokens[index].kind == "number"
        and tokens[index + 1].text == "-"
        and _match(lexicon.age_after, tokens, index + 2)
    ):
        return [p for p in range(index + 3, min(len(tokens), index + 5)) if tokens[p].kind == "word"]
    return []


def _read_counted(
    lexicon: Lexicon, tokens: list[_Token], reading: _Reading, floor: int, written, passable=frozenset()
) -> None:
    """Fill a reading's metric, population and group from the words around it."""
    after, before, further = _Found(), _Found(), _Found()
    # An unquantified cue may name what it counts itself ("значні втрати", "є загиблі").
    own = reading.start if reading.qualifier == "unquantified" or reading.singular else reading.end
    if reading.end - reading.start == 1 and any(f in lexicon.duals for f in tokens[reading.start].forms):
        own = reading.start  # "طفلان", "شهيدين": the dual noun is what is counted
    after_indices = _after_window(lexicon, tokens, own, False)
    if own < reading.end and not _match(lexicon.breakdowns, tokens, reading.end):
        # (and six words after the cue, as after a number; not a breakdown's: "قتل مدنيون بينهم أطفال")
        after_indices = sorted({*after_indices, *_after_window(lexicon, tokens, reading.end, False)})
    if reading.listed:
        # "Un soldat et deux civils ont été tués": the first one's words, then what the list's clause says.
        first_end, list_end = reading.listed
        after_indices = [p for p in after_indices if p < first_end] + _after_window(
            lexicon, tokens, list_end, False
        )
    if reading.singular:
        # "тіло 15-річного хлопця з вогнепальними пораненнями": one person, counted by the casualty word next to
        # the noun; the words after it describe him.
        after_indices = [p for p in after_indices if p <= reading.end]
    if (
        reading.numbers == (0,)
        and after_indices
        and after_indices[-1] == own + 5  # (the window ended by its length, not at a stop)
        and any(
            tokens[p].text in lexicon.zero_of for p in range(reading.start, min(len(tokens), reading.end + 1))
        )
    ):
        # "Aucun des groupes kidnappés n'a été tué": none of whom, then what befell them at the clause's end.
        for position in range(own + 6, min(len(tokens), own + 12)):
            if tokens[position].kind == "punct" or _is_amount_token(lexicon, tokens[position]):
                break
            after_indices.append(position)
    if reading.numbers == (0,) and any(
        (cue := _match(lexicon.cues, tokens, p)) and cue[0].kind == "metric" and cue[1] <= reading.end
        for p in range(reading.start, reading.end)
    ):
        # "repoussée sans pertes", "sans victimes": the zero's own cue names what none of was counted.
        after_indices = sorted({*range(reading.start, reading.end), *after_indices})
    if reading.numbers == (0,) and tokens[reading.end - 1].text in lexicon.zero_lists:
        # "без пожежі та постраждалих": "without" governs a list, the casualty word joined to its first noun too.
        joiner = next(
            (
                p
                for p in range(reading.end + 1, min(len(tokens), reading.end + 3))
                if tokens[p].text in lexicon.joiners
            ),
            None,
        )
        if (
            joiner is not None
            and all(tokens[p].kind == "word" for p in range(reading.end, joiner))
            and _joins_a_metric(lexicon, tokens, joiner)
        ):
            joined = cast(tuple, _match(lexicon.cues, tokens, joiner + 1))
            if not (joined[1] < len(tokens) and _is_amount_token(lexicon, tokens[joined[1]])):
                # (not a clause of its own: "залишилося без світла та загинули двоє людей")
                after_indices = sorted({*after_indices, *range(reading.end, joined[1])})
    if lexicon.harm_of_next:
        # "إصابة 30 شخصا وأنباء عن وفاة 3 منهم": the harm right before the next number is that number's (not the
        # word right after the amount, its own: "12 جريحا 5 منهم أطفال").
        after_indices = [
            p for p in after_indices if p <= reading.end or not _harm_of_next(lexicon, tokens, p)
        ]
    _look(lexicon, tokens, after_indices, after, status=True)
    if (
        after_indices
        and after_indices[0] == reading.end
        and tokens[reading.start].text not in lexicon.articles
        and tokens[reading.end].text in lexicon.number_populations
        and not (lexicon.number_populations[tokens[reading.end].text] == "all" and reading.numbers == (1,))
    ):
        population = lexicon.number_populations[tokens[reading.end].text]
        if (
            population != "all"
        ):  # ("загинули 10 чоловік": people, of no population and no group; one is a man)
            after.populations.add(population)  # "fielen 5.000 Mann"
        if _match(lexicon.groups, tokens, reading.end):
            after.group = None  # (soldiers, not men: "ein Mann" is a man)
    if (reading.numbers == (0,) or reading.qualifier == "unquantified") and _match(
        lexicon.counts_after, tokens, reading.start
    ):
        # "sin víctimas", "ningún soldado resultó herido", "numerosos muertos": what is counted follows the cue
        # ("murieron sin que llegara ayuda" is no zero, "numerosos edificios" no loss).
        reading.metric = after.metric or after.weak_metric
        populations = set(after.populations)
        if not populations and reading.metric:
            # "Las tropas ucranianas sufrieron numerosas bajas": whose, named before (not past a verb that harms)
            subject = _Found()
            nearer = []
            for position in _before_window(lexicon, tokens, reading.start, floor, passable):
                if _match(lexicon.agent_verbs, tokens, position):
                    break
                nearer.append(position)
            _look(lexicon, tokens, nearer, subject, nearest_last=True)
            populations = subject.populations
        if len(populations) == 1:
            reading.population = next(iter(populations))
        reading.group = after.group or "all"
        reading.phrase_start, reading.phrase_end = reading.start, max(reading.end, after.end or reading.end)
        return
    # A bulletin's line counts things after a dash or a colon: "танков — 5 371 (+11)", "артсистем: 21 108".
    if reading.start >= 2 and tokens[reading.start - 1].text in ("—", "–", "‒", "-", ":"):
        cue = _match(lexicon.cues, tokens, reading.start - 2)
        # (not when people follow the number: "евакуйовано з Дружківської громади – 37 осіб")
        if cue and cue[0].kind == "thing" and not (after.people or after.metric or after.populations):
            word = tokens[reading.start - 2].text
            reading.rejection = f"“{written(reading.start, reading.end)}” counts {word}, not people."
            return
    # A number written after the noun it counts ("الأيام الثلاثة", "الشبان الثلاثة"): that noun says what it counts.
    noun_before = (
        _match(lexicon.cues, tokens, reading.start - 1, reading.start)
        if reading.start and any(f in lexicon.noun_first_numbers for f in tokens[reading.start].forms)
        else None
    )
    if noun_before and noun_before[0].kind in ("thing", "time"):
        word = tokens[reading.start - 1].text
        what = "is a duration" if noun_before[0].kind == "time" else f"counts {word}, not people"
        reading.rejection = f"“{written(reading.start - 1, reading.end)}” {what}: not a casualty figure."
        return
    # Things and durations right after the number: "12 танков", "три дня" (one describing word may come between).
    # (Arabic writes the adjective after its noun: "5 في مدرسة" is no count of schools, "12 مدرسة" is.)
    reach = 2 if lexicon.adjective_before_noun else 1
    for position in after_indices[:reach] if reading.numbers != (0,) else ():  # ("لم تسفر الغارة عن": a zero)
        cue = _match(lexicon.cues, tokens, position)
        if (
            cue
            and cue[0].kind in ("thing", "time")
            and not _Matcher._word_matches(cue[0].words[0], tokens[position].text)
            and any(tokens[position].text.startswith(p) for p in lexicon.preposition_clitics)
        ):
            break  # "قتل 5 بغارة إسرائيلية": by a raid; a preposition's noun is not what the number counts
        if cue and cue[0].kind in ("thing", "time"):
            word = tokens[position].text
            what = "is a duration" if cue[0].kind == "time" else f"counts {word}, not people"
            reading.rejection = f"“{written(reading.start, cue[1])}” {what}: not a casualty figure."
            return
        if (
            cue
            and lexicon.things_past_harm
            and cue[0].kind == "metric"
            and cue[1] == position + 1
            and (thing := _match(lexicon.cues, tokens, cue[1])) is not None
            and thing[0].kind == "thing"
        ):
            # "5 знищених танків", "3 неідентифікованих дрони": the casualty word describes the things counted
            reading.rejection = (
                f"“{written(reading.start, thing[1])}” counts {tokens[cue[1]].text}, not people."
            )
            return
        if cue:
            break
    # "a abattu 21 des 23 missiles": a part of a whole of things counts things; "5 des 20 assaillants", whom the
    # whole names.
    part = _match(lexicon.part_of, tokens, reading.end) if reading.numbers != (0,) else None
    part_whole = _read_number(lexicon, tokens, part[1]) if part and part[1] < len(tokens) else None
    if part_whole is not None:
        for position in range(part_whole.end, min(len(tokens), part_whole.end + reach)):
            cue = _match(lexicon.cues, tokens, position)
            if cue and cue[0].kind in ("thing", "time"):
                word = tokens[position].text
                reading.rejection = f"“{written(reading.start, cue[1])}” counts {word}, not people."
                return
            if cue:
                break
        whole_indices = [
            p for p in _after_window(lexicon, tokens, part_whole.end, False) if p not in after_indices
        ]
        _look(lexicon, tokens, whole_indices, after)
        after_indices = sorted({*after_indices, *whole_indices})
    # "Ein 17-Jähriger wurde getötet": an age written as a noun, after an article, is a person; what its clause says
    # happened to them decides below.
    aged_person = (
        reading.end + 2 < len(tokens)
        and tokens[reading.end].kind == "number"
        and tokens[reading.end + 1].text == "-"
        and tokens[reading.end + 2].capital
        and _match(lexicon.age_after, tokens, reading.end + 2) is not None
    )
    if (
        reading.end - reading.start == 1
        and tokens[reading.start].text in lexicon.articles
        and not aged_person
        and not any(
            _match(lexicon.groups, tokens, p)
            or (
                (cue := _match(lexicon.cues, tokens, p)) is not None
                and cue[0].kind in ("metric", "population", "people")
                and cue[0].value != "captured"  # ("nahm einen Verdächtigen fest": an arrest, not a count)
            )
            for p in after_indices[: lexicon.article_reach] + _past_an_age(lexicon, tokens, reading.end)
        )
    ):
        # "ein Soldat wurde getötet" is one; "bei einem Angriff", "ein Sprecher sagte" are articles.
        reading.rejection = f"“{written(reading.start, reading.end)}” is an article here, not a count."
        return
    before_indices = _before_window(lexicon, tokens, reading.start, floor, passable)
    if lexicon.conjunctions and (after.metric or after.weak_metric):
        # "1.200 Menschen getötet und etwa 250 als Geiseln verschleppt": a verb before "and" is another clause's.
        cut = next((i for i, p in enumerate(before_indices) if tokens[p].text in lexicon.conjunctions), None)
        if cut is not None:
            before_indices = before_indices[:cut]
    _look(lexicon, tokens, before_indices, before, nearest_last=True)
    metric = after.metric or before.metric
    if before.metric and any(
        _match(lexicon.agent_verbs, tokens, p) and _match(lexicon.cues, tokens, p) for p in before_indices[:4]
    ):
        # "mató a 22 personas e hirió a otras 50": the verb before the amount governs it
        metric = before.metric
    if before.metric and after.metric and lexicon.conjunctions:
        # "вбили 6 цивільних та поранили ще 19": a verb after "and" begins another clause, the one before counts
        # (not an "and" inside a people's cue: "потеряли 10 000 солдат и офицеров убитыми").
        inside_cues = {
            inside
            for q in after_indices
            if (cue := _match(lexicon.cues, tokens, q)) and cue[0].kind in ("population", "people")
            for inside in range(q + 1, cue[1])
        }
        cut = next(
            (
                i
                for i, p in enumerate(after_indices)
                if tokens[p].text in lexicon.conjunctions and p not in inside_cues
            ),
            None,
        )
        if cut is not None:
            head = _Found()
            _look(lexicon, tokens, after_indices[:cut], head)
            if head.metric is None:
                metric = before.metric
    # (the killing before "and" is another clause's: "12 personnes ont été tuées et 45 blessées")
    cut = next(
        (i for i, p in enumerate(before_indices) if tokens[p].text in lexicon.joiners | lexicon.conjunctions),
        len(before_indices),
    )
    own_clause = _Found()
    _look(lexicon, tokens, before_indices[:cut], own_clause, nearest_last=True)
    if metric == "wounded" and (
        _dies_in_clause(lexicon, tokens, own_clause, after_indices)
        or _die_later(lexicon, tokens, after_indices)
    ):
        metric = (
            "killed"  # "помер ще один постраждалий", "5 поранених померли в лікарні": the wounded who died
        )
    if (
        after.weak_metric
        and after.metric is None
        and before.metric is not None
        and (before.metric != "killed" or own_clause.metric is None)
    ):
        # "2 212 blessés et 1 494 enlevés", "2 212 tués et 1 494 enlevés": only a killing in its own clause outweighs
        # a captive's word ("погибли 3 заложника")
        metric = after.weak_metric
    if (
        reading.end - reading.start == 1
        and tokens[reading.start].text in lexicon.articles
        and not (metric or after.weak_metric or before.weak_metric)
    ):
        # "un garçon âgé de 12 ans ... parmi les 5 morts": an article counts only what its own clause says
        # ("un garçon de 14 ans a été tué": past an age).
        past_age = _Found()
        # (a person named by an age alone, the verb at the clause's end: "Ein 17-Jähriger wurde bei dem Angriff auf
        # das Dorf getötet")
        clause_reach = max(12, lexicon.article_clause_reach) if aged_person else None
        _look(lexicon, tokens, _clause_past_an_age(lexicon, tokens, reading.end, clause_reach), past_age)
        if not past_age.metric:
            reading.rejection = f"“{written(reading.start, reading.end)}” is an article here, not a count."
            return
        metric = past_age.metric
        after.group = after.group or past_age.group  # ("eine 45-jährige Frau": a woman)
    if metric is None and after.weak_metric and after_indices:
        # "Zwei Geiseln seien bei einem weiteren Vorfall schwer verletzt worden": a harm said of hostages or refugees
        # at their clause's end, past the words read after the number, is what befell them.
        metric = _harm_later_in_clause(lexicon, tokens, max(after_indices) + 1)
    earlier = _Found()
    earlier_indices: list[int] = []
    further_indices: list[int] = []
    if metric is None and not (after.weak_metric or before.weak_metric):
        earlier_indices = _sentence_before(lexicon, tokens, reading.start, floor, passable)
        _look(lexicon, tokens, earlier_indices, earlier, True)
        metric = earlier.metric
        first = min(earlier_indices, default=reading.start)
        topic = _match(lexicon.topics, tokens, first) if metric is None and earlier.weak_metric else None
        # (the comma past the topic's own words: "З числа тих, хто залишається у полоні, 115 чоловіків")
        comma = next(
            (p for p in range(topic[1] if topic else first, reading.start) if tokens[p].text == ","), None
        )
        if topic and comma is not None and (first == 0 or tokens[first - 1].text in _CLAUSE_PUNCTUATION):
            # "Parmi les prisonniers libérés, 42 sont des soldats": a topic set apart at the sentence's start
            # says what its figures count, before a harm said further on ("certains présentent des blessures").
            whose = _Found()
            _look(lexicon, tokens, range(topic[1], comma), whose)
            metric = whose.metric or whose.weak_metric
    if metric == "wounded" and _dead_among_affected(
        lexicon, tokens, reading, [*after_indices, *before_indices, *earlier_indices]
    ):
        metric = "casualties"
    further_indices = []
    if metric is None and not (after.weak_metric or before.weak_metric):
        # "97 otages, dont 33 seraient morts": held, not killed; "أسر 5 جنود وقتل 3": captured, the killing is the 3's
        further_indices = _after_window(lexicon, tokens, reading.end, True)
        # A casualty word right before another number is that number's ("2.3 مليون نسمة، نزح منهم 1.9 مليون").
        further_indices = [p for p in further_indices if not _owned_by_next(lexicon, tokens, p)]
        _look(lexicon, tokens, further_indices, further)
        metric = further.metric
    metric = metric or after.weak_metric or before.weak_metric or further.weak_metric
    if metric == "wounded" and _affected_alone(
        lexicon, tokens, reading, [*after_indices, *before_indices, *earlier_indices, *further_indices]
    ):
        metric = "casualties"  # "постраждали 8 людей": the affected alone, dead or injured
    if (
        reading.numbers == (0,)
        and metric == "wounded"
        and any(_match(lexicon.affected, tokens, p) for p in [*after_indices, *before_indices])
    ):
        metric = "casualties"  # "обошлось без пострадавших", "постраждалих немає": no one hurt, dead or alive
    if reading.numbers == (0,) and metric in ("killed", "wounded"):
        # "ніхто не загинув і не отримав поранень": no one killed and no one wounded is no casualties at all.
        zero_clause = list(range(reading.end, min(len(tokens), reading.end + 8)))
        zero_clause = zero_clause[
            : next(
                (i for i, p in enumerate(zero_clause) if tokens[p].text in _CLAUSE_PUNCTUATION | {","}), None
            )
        ]
        harms = {
            cue[0].value
            for p in zero_clause
            if (cue := _match(lexicon.cues, tokens, p)) is not None and cue[0].kind == "metric"
        }
        if {"killed", "wounded"} <= harms:
            metric = "casualties"
    if metric in _JOINED_HARMS:
        # "des centaines de milliers d'hommes sont morts ou ont été mutilés": killed or wounded, one count.
        said = next(
            (
                sorted(indices, reverse=not forward)
                for found, indices, forward in (
                    (after, after_indices, True),
                    (before, before_indices, False),
                    (earlier, earlier_indices, False),
                    (further, further_indices, True),
                )
                if found.metric == metric
            ),
            [],
        )
        cue_at = next(
            (
                p
                for p in said
                if (cue := _match(lexicon.cues, tokens, p)) is not None
                and cue[0].kind == "metric"
                and cue[0].value == metric
            ),
            None,
        )
        if cue_at is not None and _coordinated_harms(lexicon, tokens, cue_at):
            metric = "casualties"
    reading.metric = metric
    reading.far_metric = not (after.metric or before.metric or (after.status and metric == after.weak_metric))
    own_object = (
        reading.qualifier == "unquantified"
        and bool(lexicon.unquantified_objects.exact or lexicon.unquantified_objects.stems)
        and _match(lexicon.unquantified_objects, tokens, reading.start) is not None
    )
    if own_object:
        reading.far_metric = False  # "захватили в заложники жителей села": the harm is the cue's own
    # A population named before a verb of killing or injuring is its subject, not what is counted ("в результате
    # атаки ВСУ пострадали 12 человек", "боевики расстреляли пятерых заложников"); before "потери" it is whose.
    verb, skip = -1, -1
    # Where the last word of losses ends: "потери батареи убитыми" ("убитыми" is the losses' kind, no verb).
    losses_end = -1
    for position in sorted(before_indices):
        cue = _match(lexicon.cues, tokens, position) if position >= skip else None
        if cue:
            skip = cue[1]
            described = (
                position >= 2
                and _match(lexicon.cues, tokens, position - 1) is not None
                and _match(lexicon.cues, tokens, position - 1)[0].kind == "population"  # type: ignore[index]
                # (a toll's noun ending right before the people: "عدد جنوده القتلى", "el número de soldados muertos")
                and _ends_before(lexicon.toll_nouns, tokens, position - 1, 3) is not None
            ) or position == losses_end
            if cue[0].kind == "metric" and cue[0].value != "casualties" and not described:
                verb = position
            if (cue[0].kind == "metric" and cue[0].value == "casualties") or (
                cue[0].kind == "population" and position == losses_end
            ):
                losses_end = cue[1]  # (and past whose they are: "потери противника убитыми")
        elif _match(lexicon.agent_verbs, tokens, position):
            verb = position  # "Hombres armados secuestraron a 287", "los bombardeos causaron 16 muertos"
    for position in before_indices if lexicon.captors_after.exact or lexicon.captors_after.stems else ():
        if held := _match(lexicon.captors_after, tokens, position):
            # "В плену у боевиков остаются 50 человек": whoever holds them, named next, is no one counted.
            holder_end = next(
                (
                    c[1]
                    for q in range(held[1], held[1] + 3)
                    if (c := _match(lexicon.cues, tokens, q)) and c[0].kind in ("population", "people")
                ),
                held[1] + 1,
            )
            verb = max(verb, holder_end - 1)
    if own_object:
        verb = max(verb, reading.start)  # "Боевики убили группу сирийцев": the verb is the cue's own
    nearer = [position for position in before_indices if position > verb]
    named_among: list[int] = []
    for among in (p for p in before_indices if p < verb and _match(lexicon.among, tokens, p)):
        # "среди мирного населения погибли 12 человек"
        named_among += [p for p in before_indices if among < p < verb]
    for among in (p for p in before_indices if _match(lexicon.among_before, tokens, p)):
        # "Unter den getöteten Zivilisten befänden sich 11.700 Kinder": whose, up to the amount past any verb
        named_among += [p for p in before_indices if p > among]
    nearer += named_among
    for victims_at in (p for p in before_indices if p < verb and _match(lexicon.victims_of, tokens, p)):
        # "massacres de civils ayant fait au moins 6.000 morts": whom the massacres struck, not who made the dead.
        struck = cast(tuple, _match(lexicon.victims_of, tokens, victims_at))[1]
        nearer += [p for p in before_indices if struck <= p < min(verb, struck + 3)]
    for position in before_indices:
        # "nach Angaben von Rebellen mindestens 40 Menschen": whoever is cited is no subject of the verb.
        according = _match(lexicon.according, tokens, position, reading.start)
        if according:
            name = _name_after(lexicon, tokens, according[1], reading.start)
            cited = range(position, name[1] if name else according[1])
            nearer = [p for p in nearer if p not in cited]
    said = (
        [p for p in before_indices if _match(lexicon.verbs, tokens, p)] if lexicon.speaker_not_subject else []
    )
    if said:
        # "Die israelische Armee meldete 30 Tote im Gazastreifen": whoever tells of the dead is no subject of theirs.
        nearer = [p for p in nearer if p > max(said)]
    subject = _Found()
    _look(lexicon, tokens, nearer, subject)
    among_words = lexicon.among.exact or lexicon.among.stems
    if not after.populations and (reading.numbers == (0,) or (among_words and not subject.populations)):
        # "aucun blessé parmi les 1 500 soldats français": whose losses none were, past a number that is no figure;
        # "2 morts et 5 blessés parmi les militaires français": whose losses, named once for both.
        clause, whole = _Found(), []
        for position in range(own, min(len(tokens), own + 12)):
            if tokens[position].text in _CLAUSE_PUNCTUATION or tokens[position].text == ",":
                break
            whole.append(position)
        if reading.numbers != (0,):
            among_at = next((i for i, p in enumerate(whole) if _match(lexicon.among, tokens, p)), None)
            among_end = (
                cast(tuple, _match(lexicon.among, tokens, whole[among_at]))[1] - whole[among_at]
                if among_at is not None
                else 0
            )  # (three words past the cue: "dans les rangs de l'armée")
            whole = whole[among_at : among_at + max(4, among_end + 3)] if among_at is not None else []
        _look(lexicon, tokens, whole, clause)
        after.populations |= clause.populations
    said_all = after_indices[:1] == [reading.end] and _match(lexicon.people_say_all, tokens, reading.end)
    own_cue = _match(lexicon.cues, tokens, reading.end) if said_all else None
    if said_all and after.populations == {"military"} and not (own_cue and own_cue[0].kind == "population"):
        # "Etwa 240 Menschen hatten die Islamisten verschleppt", "40 Menschen wurden von Soldaten getötet": the
        # people named right after the number are what is counted; fighters named after them did it.
        after.populations = set()
    counted_noun = (
        metric != "casualties"
        and _names_its_people(lexicon, tokens, reading, after_indices)
        and _harm_said_of_amount(lexicon, tokens, reading, after, [*before_indices, *earlier_indices])
    )
    if (
        not after.populations
        and (counted_noun or any(_match(lexicon.people_say_all, tokens, p) for p in after_indices[:3]))
        and not (lexicon.losses_say_whose and before.metric == "casualties" and not after.metric)
    ):
        # "Bei Angriffen der Militärjunta wurden 40 Menschen getötet": people, not the junta's; but "Серед мирного
        # населення загинули 5 людей": whose, named after "among". "Bewaffnete Angreifer haben 287 Schülerinnen
        # und Schüler entführt": the pupils counted are no armed attackers (losses are their side's: "Die Armee hat
        # 300 Männer verloren").
        subject = _Found()
        _look(lexicon, tokens, [p for p in named_among if p in nearer], subject)
    populations = (
        after.populations if len(after.populations) == 1 else after.populations | subject.populations
    )
    head = _Found()
    _look(lexicon, tokens, after_indices[:2], head)
    joined_populations = any(  # ("35 тисяч військових і цивільних": both, not whoever did it)
        tokens[p].text in lexicon.joiners | lexicon.conjunctions for p in after_indices[1:3]
    )
    if len(head.populations) == 1 and len(after.populations) > 1 and not joined_populations:
        # "إصابة 5 مدنيين جراء قذائف أطلقتها العناصر المسلحة": the noun after the number says whom it counts; a
        # population further on is whoever did it.
        populations = set(head.populations)
    if not populations and earlier.metric and metric == earlier.metric and not counted_noun:
        # (not past people the amount names: "в боях между правительственными войсками и повстанцами погибли,
        # по меньшей мере, 149 человек" are people, not the troops)
        populations = set(
            earlier.populations
        )  # "Общие потери противника ... составили около 315 760 человек"
    if (
        not populations
        and reading.qualifier == "unquantified"
        and metric == "casualties"
        and not after.people
    ):
        # "Die russischen Truppen erlitten bei dem Versuch, ..., schwere Verluste": the losses are the subject's.
        whose, nearer = _Found(), []
        for position in _sentence_before(lexicon, tokens, reading.start, floor, passable):
            if _match(lexicon.agent_verbs, tokens, position):
                break  # ("ворог вдарив по Одесі: є загиблі та поранені": the losses are not the attacker's)
            nearer.append(position)
        _look(lexicon, tokens, nearer, whose, True)
        populations = set(whose.populations)
    if not populations and not after.people and lexicon.topics:
        # "Pour les civils français d'Algérie, le nombre est de 2 788 tués", "Chez les militaires, on compte 45
        # morts": whose figures, set apart by a comma at the sentence's start.
        sentence = _sentence_before(lexicon, tokens, reading.start, floor, passable)
        first = min(sentence, default=reading.start)
        topic = _match(lexicon.topics, tokens, first)
        comma = next((p for p in range(first, reading.start) if tokens[p].text == ","), None)
        if (
            topic
            and comma is not None
            and topic[1] < comma
            and (first == 0 or tokens[first - 1].text in _CLAUSE_PUNCTUATION)
        ):
            whose = _Found()
            _look(lexicon, tokens, range(topic[1], comma), whose)
            populations = set(whose.populations)
    if len(populations) == 1:
        reading.population = populations.pop()
    reading.group = after.group or _group_in_apposition(lexicon, tokens, after_indices) or "all"
    if noun_before and (group_before := _match(lexicon.groups, tokens, reading.start - 1, reading.start)):
        reading.group = cast(str, group_before[0].value)  # "باستشهاد الشبان الثلاثة": young men
    elif not after.group and reading.group == "all":
        # "Кількість загиблих дітей зросла до 19": the group named in a toll before the number is what it counts.
        toll = next((p for p in before_indices if _match(lexicon.toll_nouns, tokens, p)), None)
        named = [] if toll is None else [q for q in range(toll + 1, toll + 4) if q in before_indices]
        reading.group = next(
            (g[0].value for q in named if (g := _match(lexicon.groups, tokens, q))), reading.group
        )  # type: ignore[assignment]
    group_at = next((p for p in after_indices if _match(lexicon.groups, tokens, p)), None)
    if group_at is not None and group_at + 2 < len(tokens):
        listed = (
            tokens[group_at + 1].text == ","
            or tokens[group_at + 1].text in lexicon.joiners | lexicon.conjunctions
        )
        other = _match(lexicon.groups, tokens, group_at + 2)
        if listed and other and other[0].value != reading.group:
            reading.group = "all"  # "68 778 hommes, femmes et enfants": men, women and children are everyone
        elif listed and lexicon.groups_listed_with_people and not other:
            # "сотни детей, родителей и учителей": a group listed with people of no group, the list closed by "and"
            cue = _match(lexicon.cues, tokens, group_at + 2)
            if (
                cue
                and cue[0].kind in ("people", "population")
                and not _match(lexicon.singulars, tokens, group_at + 2)
                and (
                    tokens[group_at + 1].text != ","
                    or any(
                        tokens[p].text in lexicon.joiners | lexicon.conjunctions
                        for p in range(cue[1], min(len(tokens), cue[1] + 3))
                    )
                )
            ):
                reading.group = "all"
    if reading.population == "military" and reading.group == "men":
        reading.group = "all"  # "L'armée a perdu 300 hommes", "12 hommes armés": soldiers, not men as a group
    reading.phrase_end = max(reading.end, after.end or reading.end)
    reading.phrase_start = reading.start
    reading.people = bool(
        after.people or after.group or after.populations
    )  # (its own words, not its subject's)
    if reading.metric is None and not (after.people or before.people or populations or after.group):
        # "Из 120 дронов сбиты 100": nothing says people, and things are named before: a count of things.
        for position in before_indices:
            cue = _match(lexicon.cues, tokens, position)
            if cue and cue[0].kind == "thing":
                word = tokens[position].text
                reading.rejection = f"“{written(reading.start, reading.end)}” counts {word}, not people."
                return


def _names_its_people(
    lexicon: Lexicon, tokens: list[_Token], reading: _Reading, after_indices: list[int]
) -> bool:
    """Return whether the noun right after an amount names the people it counts with no population of its own
    ("149 человек", "287 Schülerinnen", "40 enfants"): then whose they are is said by that noun and its own
    modifiers, not by other actors named in the clause. Men are not counted so ("L'armée a perdu 300 hommes":
    soldiers)."""
    if not after_indices or after_indices[0] != reading.end:
        return False
    cue = _match(lexicon.cues, tokens, reading.end)
    group = _match(lexicon.groups, tokens, reading.end)
    if cue and cue[0].kind != "people":
        return False
    if group:
        return group[0].value != "men"
    return cue is not None


def _harm_said_of_amount(
    lexicon: Lexicon, tokens: list[_Token], reading: _Reading, after: _Found, before_indices: list[int]
) -> bool:
    """Return whether the harm an amount suffered is a verb said of it, after it ("287 Schüler entführt") or right
    before it past a qualifier ("погибли, по меньшей мере, 149 человек"), and no toll or losses are named before it
    ("Потери противника составили 200 человек убитыми", "кількість поранених цивільних осіб перевищує 7 тис
    осіб": the toll's words say whose)."""
    for position in before_indices:
        cue = _match(lexicon.cues, tokens, position)
        if (
            (cue and cue[0].kind == "metric" and cue[0].value == "casualties")
            or _match(lexicon.toll_nouns, tokens, position)
            or _match(lexicon.among, tokens, position)  # ("Parmi les civils tués, 34 mineurs")
        ):
            return False
    if after.metric or after.weak_metric:
        return True
    position = reading.start - 1
    comma = position >= 0 and tokens[position].text == ","
    qualifier = _ends_before(lexicon.qualifiers, tokens, position + (0 if comma else 1), 4)
    if qualifier:
        # (a qualifier set off by commas: "погибли, по меньшей мере, 149 человек")
        position = qualifier[1] - 1
        if comma and position >= 0 and tokens[position].text == ",":
            position -= 1
    elif comma:
        return False
    for start in range(position, max(-1, position - 4), -1):
        cue = _match(lexicon.cues, tokens, start)
        if cue and cue[1] == position + 1:
            return cue[0].kind == "metric"
    return False


def _group_in_apposition(lexicon: Lexicon, tokens: list[_Token], after_indices: list[int]) -> str | None:
    """Return the one group named in apposition after the people an amount counts: "о гибели трех мирных жителей,
    мужчин: 1960, 1973 и 1957 годов рождения", "ранены двое жителей: женщины 1950 и 1962 г.р." (men, women and
    children named together are no one group); else None."""
    if not after_indices or not lexicon.apposition:
        return None
    stop = after_indices[-1] + 1
    if stop + 1 >= len(tokens) or tokens[stop].text not in (",", ":"):
        return None
    position = stop + 1
    while position < len(tokens) and tokens[position].text in lexicon.apposition:
        position += 1  # "погибли пять человек, все мужчины"
    group = _match(lexicon.groups, tokens, position)
    if group is None:
        return None
    following = tokens[group[1]] if group[1] < len(tokens) else None
    if not (
        following is None
        or following.text in (":", ".", ";")
        or following.kind == "number"
        or _match(lexicon.age_before, tokens, group[1])
    ):
        return None  # ("погибли трое, женщина ранена": a clause of its own)
    found = {group[0].value}
    for later in range(group[1], min(len(tokens), group[1] + 30)):
        if tokens[later].text in (".", ";", "!", "?"):
            break
        other = _match(lexicon.groups, tokens, later)
        if other:
            found.add(other[0].value)
    return cast(str, found.pop()) if len(found) == 1 else None


def _clause_around(tokens: list[_Token], start: int, end: int, reach: int) -> list[int]:
    """Return the token indices within reach of tokens[start:end], not past punctuation."""
    found = []
    for step in (-1, 1):
        position = start - 1 if step < 0 else end
        while 0 <= position < len(tokens) and abs(position - (start if step < 0 else end - 1)) <= reach:
            if tokens[position].kind == "punct":
                break
            found.append(position)
            position += step
    return found


def _dies_in_clause(lexicon: Lexicon, tokens: list[_Token], before: _Found, after_indices) -> bool:
    """Return whether the wounded an amount counts died: a verb of killing before it, or after their word in its
    clause (not past "and", which begins another clause)."""
    if before.metric == "killed":
        return True
    wounded = False
    for position in after_indices:
        if tokens[position].text in lexicon.joiners | lexicon.conjunctions | lexicon.harm_joiners:
            return False  # ("durch Verwundung oder Tod verloren": wounded or killed, not wounded who died)
        cue = _match(lexicon.cues, tokens, position)
        if cue and cue[0].kind == "metric":
            if cue[0].value == "wounded":
                wounded = True
            elif cue[0].value == "killed" and wounded:
                return not _harm_of_next(lexicon, tokens, position)
    return False


def _die_later(lexicon: Lexicon, tokens: list[_Token], after_indices) -> bool:
    """Return whether the wounded an amount counts, described so right after it, die further on in its sentence,
    past asides set off by commas ("Plusieurs militaires blessés dans l'attaque de mercredi soir, à Henchir
    Ettalla, n'ont pas survécu", "Deux soldats blessés lors de l'embuscade ont succombé à leurs blessures"); not
    past another amount, "and", a breakdown, a source or a word that opens a clause of its own ("blessés dans
    l'attentat qui a tué le gouverneur")."""
    wounded_at = None
    for position in after_indices[:3]:  # ("trois civils grièvement blessés")
        cue = _match(lexicon.cues, tokens, position)
        if cue and cue[0].kind == "metric":
            wounded_at = cue[1] if cue[0].value == "wounded" else None
            break
    if wounded_at is None:
        return False
    for position in range(wounded_at, min(len(tokens), wounded_at + 25)):
        token = tokens[position]
        if (
            token.text in _CLAUSE_PUNCTUATION
            or token.text
            in lexicon.joiners | lexicon.conjunctions | lexicon.subclause_openers | lexicon.harm_joiners
            or _is_amount_token(lexicon, token)
            or any(
                _match(matcher, tokens, position)
                for matcher in (
                    lexicon.vague,
                    lexicon.zero,
                    lexicon.unquantified,
                    lexicon.breakdowns,
                    lexicon.according,
                    lexicon.verbs,
                )
            )
        ):
            return False
        cue = _match(lexicon.cues, tokens, position)
        if cue and cue[0].kind == "metric":
            # (not a noun opening the next item, nor one said to be none: "5 Menschen verletzt, Tote gab es keine")
            return (
                cue[0].value == "killed"
                and tokens[position - 1].text != ","
                and not any(
                    _match(lexicon.zero, tokens, p) for p in range(cue[1], min(len(tokens), cue[1] + 4))
                )
                and not _harm_of_next(lexicon, tokens, position)
            )
    return False


_JOINED_HARMS = frozenset(("killed", "wounded", "missing"))


def _harm_gap(lexicon: Lexicon, tokens: list[_Token], start: int, end: int) -> bool | None:
    """Return whether the words between two harms, tokens[start:end], join them as harms of one count: None when
    they do not ("tués et 5 blessés", "tués et plusieurs blessés", "tués et les blessés évacués"), True when a
    joiner says "and" or "or" there, False when only commas and auxiliaries stand between them."""
    if end - start > 3:
        return None
    joined = False
    for position in range(start, end):
        token = tokens[position]
        if token.text == ",":
            continue
        if token.kind != "word" or _is_amount_token(lexicon, token) or token.text in lexicon.articles:
            return None
        if token.text in lexicon.harm_joiners:
            joined = True
            continue
        if (
            any(form in lexicon.harm_others for form in token.forms)
            or token.text in lexicon.additive
            # a clause of its own after a comma ("..., als"), not "gelten als vermisst"
            or (token.text in lexicon.subclause_openers and position > 0 and tokens[position - 1].text == ",")
        ):
            return None
        if any(
            _match(matcher, tokens, position)
            for matcher in (
                lexicon.vague,
                lexicon.zero,
                lexicon.unquantified,
                lexicon.breakdowns,
                lexicon.verbs,
            )
        ):
            return None
        cue = _match(lexicon.cues, tokens, position)
        if cue or _match(lexicon.groups, tokens, position):
            return None  # a noun of its own ("tués et des civils blessés")
    return joined


def _coordinated_harms(lexicon: Lexicon, tokens: list[_Token], position: int) -> bool:
    """Return whether the harm cue at tokens[position] is one of several harms joined by "and" or "or" and said
    of one count, with no number of their own: "sont morts ou ont été mutilés", "ließen ihr Leben, wurden verwundet
    oder blieben vermisst", "погибли или ранены" (killed with wounded or missing: casualties)."""
    if not lexicon.harm_joiners:
        return False
    first = _match(lexicon.cues, tokens, position)
    if first is None or first[0].kind != "metric" or first[0].value not in _JOINED_HARMS:
        return False
    harms, joined = {first[0].value}, False
    # Forward, harm by harm.
    end = first[1]
    while end < len(tokens):
        link = None
        for following in range(end, min(len(tokens), end + 4)):
            cue = _match(lexicon.cues, tokens, following)
            if cue and cue[0].kind == "metric" and cue[0].value in _JOINED_HARMS:
                gap = _harm_gap(lexicon, tokens, end, following)
                if gap is False and lexicon.clitics:
                    # Arabic writes "and" onto the next harm: "قتلوا وأصيبوا"
                    gap = (
                        tokens[following].text[:1] in lexicon.harm_joiners
                        and len(tokens[following].forms) > 1
                    )
                link = (cue, gap) if gap is not None else None
                break
        if link is None:
            break
        own = link[0][1]
        qualifier = _match(lexicon.qualifiers, tokens, own) if own < len(tokens) else None
        own = qualifier[1] if qualifier else own
        if any(
            _is_amount_token(lexicon, tokens[p]) or _match(lexicon.vague, tokens, p)
            for p in range(own, min(len(tokens), own + 2))
        ):
            # ("ارتقوا شهداء وأصيب 7 آخرون", "وأصيب أكثر من أربعين": the harm after "and" has a number of its own)
            break
        harms.add(link[0][0].value)  # type: ignore[arg-type]
        joined = joined or bool(link[1])
        end = link[0][1]
    # Backward, harm by harm.
    start = position
    while start > 0:
        back = None
        for preceding in range(start - 1, max(-1, start - 5), -1):
            cue = _match(lexicon.cues, tokens, preceding)
            if cue and cue[0].kind == "metric" and cue[0].value in _JOINED_HARMS and cue[1] <= start:
                gap = _harm_gap(lexicon, tokens, cue[1], start)
                if gap is False and lexicon.clitics:
                    gap = tokens[start].text[:1] in lexicon.harm_joiners and len(tokens[start].forms) > 1
                back = (preceding, cue, gap) if gap is not None else None
                break
        if back is None:
            break
        harms.add(back[1][0].value)  # type: ignore[arg-type]
        joined = joined or bool(back[2])
        start = back[0]
    return joined and len(harms) > 1


def _harm_later_in_clause(lexicon: Lexicon, tokens: list[_Token], start: int) -> str | None:
    """Return the harm (killed, wounded, missing) said further on in a clause from tokens[start], up to its
    punctuation, "and", a clause of its own, another amount or a verb of saying; else None."""
    for position in range(start, min(len(tokens), start + 10)):
        token = tokens[position]
        if token.text in lexicon.articles:
            continue  # ("bei einem Luftangriff getötet")
        if (
            token.kind == "punct"
            or token.text in lexicon.joiners | lexicon.conjunctions | lexicon.harm_joiners
            or token.text in lexicon.subclause_openers
            or _is_amount_token(lexicon, token)
            or any(
                _match(matcher, tokens, position)
                for matcher in (
                    lexicon.vague,
                    lexicon.zero,
                    lexicon.unquantified,
                    lexicon.breakdowns,
                    lexicon.according,
                    lexicon.verbs,
                    lexicon.clause_openers,
                )
            )
        ):
            return None
        cue = _match(lexicon.cues, tokens, position)
        if cue and cue[0].kind == "metric":
            return cast(str, cue[0].value) if cue[0].value in _JOINED_HARMS else None
    return None


def _dead_among_affected(lexicon: Lexicon, tokens: list[_Token], reading: _Reading, indices) -> bool:
    """Return whether a count of the affected ("постраждали понад 1 790 дітей") counts the dead among them: a
    part of it later in its sentence is killed ("– 545 загинули", "троє з них загинули"), not others ("ще двоє
    загинули")."""
    if not lexicon.affected.exact and not lexicon.affected.stems:
        return False
    if not any(_match(lexicon.affected, tokens, position) for position in indices):
        return False
    # A war's running toll of the affected counts its dead too ("понад 525 дітей постраждали внаслідок збройної
    # агресії"), where a strike's counts the injured ("постраждали 5 людей").
    sentence = range(max(0, reading.start - 25), min(len(tokens), reading.end + 25))
    ends = [p for p in sentence if tokens[p].text in (".", "!", "?", ";")]
    first = max((p for p in ends if p < reading.start), default=sentence.start - 1) + 1
    last = min((p for p in ends if p >= reading.end), default=sentence.stop)
    if any(_match(lexicon.affected_totals, tokens, p) for p in range(first, last)):
        return True
    part = False
    for position in range(reading.end, min(len(tokens), reading.end + 30)):
        token = tokens[position]
        if token.text in (".", "!", "?", ";"):
            break
        if token.text in lexicon.additive or token.text == ")" or token.text in lexicon.joiners:
            part = False  # ("29 постраждалих (серед них – 5 дітей) та двох загиблих": the dead are others)
        elif token.text in ("–", "—", ":") or _match(lexicon.breakdowns, tokens, position):
            part = True
        cue = _match(lexicon.cues, tokens, position)
        if part and cue and cue[0].kind == "metric" and cue[0].value == "killed":
            return True
    return False


def _affected_alone(lexicon: Lexicon, tokens: list[_Token], reading: _Reading, indices) -> bool:
    """Return whether a count of the affected ("постраждали 8 людей") stands alone, where a lexicon reads the
    affected alone as all casualties: no killing and no other injury is named in its sentence ("загинули двоє, ще
    п'ятеро постраждали", "постраждали 6 людей, їм надається медична допомога" count the injured), nor, past "ще",
    in the sentence before ("Загинули двоє. Ще п'ятеро постраждали")."""
    if not lexicon.affected_alone_casualties:
        return False
    if not any(_match(lexicon.affected, tokens, position) for position in indices):
        return False
    sentence = range(max(0, reading.start - 40), min(len(tokens), reading.end + 40))
    ends = [p for p in sentence if tokens[p].text in (".", "!", "?", ";")]
    first = max((p for p in ends if p < reading.start), default=sentence.start - 1) + 1
    last = min((p for p in ends if p >= reading.end), default=sentence.stop)
    if any(tokens[p].text in lexicon.additive for p in range(first, reading.start)):
        # "Загинули двоє людей. Ще 12 постраждали": more besides the dead of the sentence before.
        first = max((p for p in ends if p < first - 1), default=sentence.start - 1) + 1
    position = first
    while position < last:
        cue = _match(lexicon.cues, tokens, position)
        if cue is None:
            position += 1
            continue
        if (
            cue[0].kind == "metric"
            and cue[0].value in ("killed", "wounded")
            and not _match(lexicon.affected, tokens, position)
        ):
            return False
        position = max(position + 1, cue[1])
    return True


def _qualify(lexicon: Lexicon, tokens: list[_Token], reading: _Reading) -> None:
    """Apply a qualifier cue before the amount ("не менее", "более") or after it ("и более")."""
    if (reading.qualifier not in ("exact", "range") and not reading.about) or reading.numbers == (0,):
        return
    start = reading.start
    while start > 0 and tokens[start - 1].text in ("«", "“", "„", '"'):
        start -= 1  # "au moins « dix morts et blessés »": a quotation opens between the cue and the number
    if (
        start > 0
        and tokens[start].kind == "number"
        and _match(lexicon.designations, tokens, start - 1, start)
        and (tokens[start - 1].end == tokens[start].start or _bound_before(lexicon, tokens, start - 1))
    ):
        start -= 1  # "يتجاوز الـ20 مواطنا", "تجاوز الـ 9000": an article before the number
    cue = _ends_before(lexicon.qualifiers, tokens, start, 4)
    if cue is None and start > 1 and tokens[start - 1].text == ",":
        # "Погибли, по меньшей мере, 27 человек": a qualifier of two words or more set off by commas.
        cue = _ends_before(lexicon.qualifiers, tokens, start - 1, 4)
        cue = cue if cue and len(cue[0].words) > 1 else None
    if cue and " ".join(cue[0].words) in lexicon.words_only and tokens[start].kind == "number":
        cue = None  # "с десяток раненых" is about ten, "С 12 жителями нет связи" is with twelve
    if cue:
        qualifier = cue[0].value
        cue_word = tokens[cue[1]].text
        friends = lexicon.false_friends.get(cue_word)
        undone = bool(friends and _ends_before(friends, tokens, cue[1], 3)) or bool(
            qualifier == "at_most" and _ends_before(lexicon.change_verbs, tokens, cue[1], 3)
        )
        # "зросла на 3 — до 45": after by how much a toll rose, "до" is what it rose to.
        by = cue[1] - 3
        if (
            qualifier == "at_most"
            and by >= 1
            and tokens[cue[1] - 1].text in ("—", "–", "-", ",")
            and tokens[cue[1] - 2].kind == "number"
            and tokens[by].text in lexicon.change_by
            and _ends_before(lexicon.change_verbs, tokens, by, 3)
        ):
            undone = True
        # "До 23 зросла кількість загиблих": the verb of rising right after the number undoes "до" too.
        undone = undone or bool(
            friends and reading.end < len(tokens) and _match(friends, tokens, reading.end)
        )
        if not undone:
            if reading.qualifier == "range":
                reading.phrase_start = cue[1]
                return  # "около 20–30": the range says it
            reading.qualifier = qualifier  # type: ignore[assignment]
            reading.start = cue[1]
            return
    # After the number, or after what it counts: "قتل 14 عنصرا على الأقل من القوات", "12 человек и более".
    for position in range(reading.end, min(reading.phrase_end, reading.end + 4) + 1):
        suffix = _match(lexicon.suffixes, tokens, position)
        if suffix and suffix[1] < len(tokens) and _is_amount_token(lexicon, tokens[suffix[1]]):
            suffix = None  # "183 дитини загинуло та більше 342 отримали поранення": "more" is the next one's
        if suffix and (reading.qualifier == "exact" or reading.about):  # ("une quinzaine au moins")
            reading.qualifier = suffix[0].value  # type: ignore[assignment]
            reading.phrase_end = max(reading.phrase_end, suffix[1])
            return
    # A toll's verb at its clause's start, the toll between it and the number ("تجاوز عدد الشهداء في غزة 24 ألفا").
    for position in range(reading.start - 1, max(-1, reading.start - 10), -1):
        token = tokens[position]
        if reading.qualifier != "exact" or token.text in _CLAUSE_PUNCTUATION or token.text == ",":
            break
        if _is_amount_token(lexicon, token):
            break
        toll = _match(lexicon.toll_qualifiers, tokens, position)
        if toll:
            reading.qualifier = toll[0].value  # type: ignore[assignment]
            return


def _read(lexicon: Lexicon, text: str) -> tuple[list[_Reading], list[_Token], str, list[int]]:
    """Return the amounts of a text with what they count, its tokens, the normalised text and its offsets."""
    folded, where = normalise(text)
    tokens = _tokens(lexicon, folded)
    non_figures = [(m.start(), m.end()) for m in _DATE_RE.finditer(folded)]
    # Tokens of dates, years and other numbers that are no figure: the words before an amount are read past them.
    passable: set[int] = set()
    token_starts = [token.start for token in tokens]
    for a, b in non_figures:  # each span's tokens by bisection: linear in the text, not tokens × spans
        first = max(0, bisect.bisect_right(token_starts, a) - 1)
        for i in range(first, bisect.bisect_left(token_starts, b)):
            if a < tokens[i].end and tokens[i].start < b:
                passable.add(i)
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
        end = reading.end
        if (
            reading.rejection is None
            and end + 1 < len(tokens)
            and tokens[end].text == "-"
            and tokens[end].start == tokens[end - 1].end
            and tokens[end + 1].text in lexicon.cardinal_suffixes
        ):
            reading.end = end + 2  # "3-х сел", "5-ти человек": the case ending is the number's
        joined_group = _count_joined_people(lexicon, tokens, reading) if reading.rejection is None else None
        if reading.rejection is None:
            _read_counted(lexicon, tokens, reading, floor, written_span, passable)
            if joined_group:
                reading.group = joined_group
            if (
                (reading.metric is None or reading.far_metric)
                and reading.end < len(tokens)
                and _match(lexicon.size_nouns, tokens, reading.end)
            ):
                # "يبلغ تعدادها نحو 7 ملايين نسمة": inhabitants, with no harm said in their clause, are a
                # population's size ("نزح 1.9 مليون نسمة" says a harm).
                reading.rejection = f"“{written}” is the size of a population, not a casualty figure."
        if reading.rejection is None:
            _qualify(lexicon, tokens, reading)
            if (
                reading.qualifier == "exact"
                and reading.numbers == (0,)
                and (
                    reading.metric is None
                    or reading.far_metric
                    or any(
                        _match(lexicon.no_news, tokens, p)
                        for p in _clause_around(tokens, reading.start, reading.end, 4)
                    )
                )
            ):
                index += (
                    1  # "нет" with no casualty word near, or no news of one ("інформації про загиблих немає")
                )
                continue
            if reading.qualifier in ("unquantified",) and (
                reading.metric is None
                # "يقدر العديد من المؤرخين الأرقام بحوالي 26 مليون قتيل": many of whom no harm is said, whose
                # casualty word stands only past its clause, are no figure (the number after them may be).
                or (reading.far_metric and not _counts_people(lexicon, tokens, reading.end))
                # "أصيب عدد من المنازل بأضرار": many things, not people.
                or _many_things(lexicon, tokens, reading.end)
                or _speakers_counted(lexicon, tokens, reading)
            ):
                index += 1
                continue
            if (
                reading.metric is None
                and reading.end - reading.start == 1
                and tokens[reading.start].text in lexicon.articles
            ):
                index += 1  # "un niño de 12 años": an article, and nothing said to have happened to anyone
                continue
            if reading.qualifier == "fewer_than" and reading.numbers and reading.numbers[0] <= 0:
                reading.rejection = f"“{written}” is fewer than none: not a count."
            if reading.qualifier == "more_than" and reading.numbers and reading.numbers[0] >= _LARGEST_COUNT:
                reading.rejection = f"“{written}” is larger than any count a claim can hold."
            breakdown = _ends_before(lexicon.breakdowns, tokens, reading.start, 4)
            # ... or right after it, where a language writes so: "пятеро из них погибли".
            after_it = _match(lexicon.breakdowns_after, tokens, reading.end)
            reading.breakdown = breakdown is not None or after_it is not None
            if after_it and lexicon.part_takes_group_before and reading.group == "all":
                _group_of_them(lexicon, tokens, reading, readings)
            previous = readings[-1] if readings else None
            if not reading.breakdown and previous and previous.breakdown and previous.rejection is None:
                between = tokens[max(previous.end, previous.phrase_end) : reading.start]
                # "بينهم 50 طفلا و94 امرأة", "dont 5 enfants et 3 femmes": the next part of the same breakdown.
                reading.breakdown = bool(between) and all(
                    t.text in lexicon.joiners or t.text == "," for t in between
                )
            if (reading.metric is None or reading.far_metric) and previous and previous.rejection is None:
                between = tokens[max(previous.end, previous.phrase_end) : reading.start]
                if previous.metric and between and all(t.text in lexicon.joiners for t in between):
                    # "قتل 5 رجال و3 نساء": what the figure before counts, "and" this one too.
                    reading.metric, reading.far_metric = previous.metric, previous.far_metric
        readings.append(reading)
        if reading.rejection is None:
            floor = reading.end
        else:
            passable.update(range(reading.start, reading.end))  # a date, a year: no figure to stop at
        index = max(reading.end, index + 1)
        if reading.rejection is not None:
            # "12 por ciento", "5 millones de dólares": the unit's words are no number of their own.
            unit = _match(lexicon.percent, tokens, reading.end) or _match(lexicon.money, tokens, reading.end)
            index = max(index, unit[1] if unit else 0)
    _link_parts(lexicon, readings)
    _share_populations(lexicon, tokens, readings)
    _population_in_apposition(lexicon, tokens, readings)
    _victims_beside_wounded(lexicon, tokens, readings)
    _victims_with_parts(lexicon, tokens, readings)
    _victims_share_of_dead(lexicon, tokens, readings)
    _respectively(lexicon, tokens, readings)
    _refuse_wholes(lexicon, tokens, readings)
    _refuse_sized(lexicon, tokens, readings)
    return readings, tokens, folded, where


def _refuse_sized(lexicon: Lexicon, tokens: list[_Token], readings: list[_Reading]) -> None:
    """Refuse an unquantified cue that the bound right after it, in its clause, sizes: in "استشهاد عدد كبير من
    المواطنين يتجاوز الـ20 مواطنا" (a large number of citizens, exceeding 20) the figure is more than 20."""
    for reading, following in itertools.pairwise(readings):
        if reading.rejection or following.rejection or reading.qualifier != "unquantified":
            continue
        if following.qualifier not in ("more_than", "at_least") or not (
            following.metric in (None, reading.metric) or following.far_metric
        ):
            continue
        between = tokens[reading.end : following.start]
        if any(t.text in _CLAUSE_PUNCTUATION or t.text == "," or t.kind == "number" for t in between):
            continue
        cue = _match(lexicon.qualifiers, tokens, following.start)
        if not cue or not _Matcher._word_matches(cue[0].words[0], tokens[following.start].text):
            continue  # "... وأكثر من 20 جريحا": "and more than 20" is another figure
        reading.rejection = "sized by the bound after it, not a figure of its own"
        if following.metric is None or following.far_metric:
            following.metric, following.far_metric = reading.metric, reading.far_metric


def _refuse_wholes(lexicon: Lexicon, tokens: list[_Token], readings: list[_Reading]) -> None:
    """Refuse a number after "из" that a later figure of its clause is a part of: in "Из девяти человек на борту
    трое погибли" the nine were on board, the three were killed."""
    whole: _Reading | None = None  # the last whole refused, to which the next may be joined
    for index, reading in enumerate(readings):
        if reading.rejection or not reading.start:
            whole = whole if reading.rejection and reading is whole else None
            continue
        following = readings[index + 1] if index + 1 < len(readings) else None
        joined = whole is not None and _joined_whole(lexicon, tokens, whole, reading)
        opens = tokens[reading.start - 1].text in lexicon.whole_openers and (
            reading.start == 1 or tokens[reading.start - 2].text in _CLAUSE_PUNCTUATION | {","}
        )
        if tokens[reading.start - 1].text in lexicon.whole_before or joined or opens:
            if following is None or following.rejection:
                whole = None
                continue
            if lexicon.harmed_wholes and reading.metric and not reading.far_metric and not joined:
                whole = None
                continue  # "З 98 поранених, ..., 16 дітей, 46 жінок": the wounded are a figure, the rest its parts
        elif _ends_before(lexicon.wholes_before, tokens, reading.start, 3):
            if (reading.metric and not reading.far_metric) or (
                lexicon.captive_wholes and _names_captives(lexicon, tokens, reading, readings[index + 1 :])
            ):
                whole = None
                continue  # "Von den 30 Toten waren 12 Kinder": the dead are a figure, the children a part of it
            # (the next figure, past a year or a date: "von den 18 Millionen Deutschen, die 1939 dort wohnten, ...")
            following = next((f for f in readings[index + 1 :] if f.rejection is None), None)
            if following is None:
                whole = None
                continue
        else:
            whole = None
            continue
        if following.part_of is reading:
            continue  # "Загинула родина з п'яти людей, серед них троє дітей": a total with its parts, no whole
        if any(t.text in _CLAUSE_PUNCTUATION for t in tokens[reading.end : following.start]):
            whole = None
            continue
        # "Из 350 японских военнослужащих и 380 мирных граждан погибли 602": every number of the whole is one.
        reading.rejection = "the whole that the figure after it is a part of, not a casualty figure"
        whole = reading


def _names_captives(lexicon: Lexicon, tokens: list[_Token], whole: _Reading, later: list[_Reading]) -> bool:
    """Return whether a whole's own words, before the next number, name captives ("Von den 5,7 Millionen gefangenen
    Rotarmisten kamen 3,3 Millionen um"): a harm of its own, though a captive's word is a weak one."""
    end = min(later[0].start if later else len(tokens), whole.end + 4)
    return any(
        (cue := _match(lexicon.cues, tokens, p)) is not None
        and cue[0].kind == "metric"
        and cue[0].value == "captured"
        for p in range(whole.end, end)
    )


def _joined_whole(lexicon: Lexicon, tokens: list[_Token], whole: _Reading, reading: _Reading) -> bool:
    """Return whether a reading is joined by "and" or a comma to the whole before it, with no word of what
    happened between them ("Из 350 военнослужащих и 380 мирных граждан")."""
    between = range(whole.end, reading.start)
    if not any(
        tokens[p].text in lexicon.joiners | lexicon.conjunctions or tokens[p].text == "," for p in between
    ):
        return False
    return not any(
        tokens[p].text in _CLAUSE_PUNCTUATION
        or ((cue := _match(lexicon.cues, tokens, p)) is not None and cue[0].kind == "metric")
        for p in between
    )


def _share_populations(lexicon: Lexicon, tokens: list[_Token], readings: list[_Reading]) -> None:
    """Give a figure the population named once after the list it starts: "убили щонайменше 1446 та поранили
    щонайменше 3336 мирних мешканців" counts civilians both times."""
    for index in range(len(readings) - 2, -1, -1):
        reading, following = readings[index], readings[index + 1]
        if reading.rejection or following.rejection or reading.population != "all" or reading.people:
            continue
        if following.population == "all" or reading.part_of is not None or following.part_of is not None:
            continue
        between = tokens[reading.end : following.start]
        if len(between) > 3 or any(t.text in _CLAUSE_PUNCTUATION or t.text == "," for t in between):
            continue
        if not any(t.text in lexicon.joiners or t.text in lexicon.conjunctions for t in between):
            continue
        own = _match(lexicon.cues, tokens, reading.end) if reading.end < len(tokens) else None
        if own and own[0].kind == "metric" and own[0].value == "captured":
            continue  # "погибли 130 заложников и все 40 террористов": hostages are not the terrorists' side
        reading.population = following.population


def _population_in_apposition(lexicon: Lexicon, tokens: list[_Token], readings: list[_Reading]) -> None:
    """Give the figures before it the population a closing apposition names: "жертвами взрыва стали 24 человека,
    еще 42 получили ранения, все пострадавшие — мирные жители", "погибли пять человек, все они военные" (a lexicon
    opts in with POPULATION_APPOSITION, the words that open one after a comma)."""
    if not lexicon.population_apposition.exact and not lexicon.population_apposition.stems:
        return
    for comma, token in enumerate(tokens):
        opening = _match(lexicon.population_apposition, tokens, comma + 1) if token.text == "," else None
        if opening is None:
            continue
        position = opening[1]
        harmed = _match(lexicon.cues, tokens, position) if position < len(tokens) else None
        if harmed and harmed[0].kind == "metric":
            position = harmed[1]  # "все пострадавшие — ...", "все погибшие — ..."
        while position < len(tokens) and tokens[position].text in lexicon.apposition | {"-", "—", "–"}:
            position += 1
        named = _match(lexicon.cues, tokens, position) if position < len(tokens) else None
        if named is None or named[0].kind != "population":
            continue
        end = named[1]
        people = _match(lexicon.cues, tokens, end) if end < len(tokens) else None
        if people and people[0].kind == "people":
            end = people[1]  # "гражданские лица"
        if end < len(tokens) and tokens[end].text not in _CLAUSE_PUNCTUATION | {","}:
            continue  # ("погибли 5 человек, все военные объекты разрушены": a clause of its own)
        sentence_start = max(
            (p + 1 for p in range(comma) if tokens[p].text in (".", "!", "?", ";")), default=0
        )
        for reading in readings:
            if (
                reading.rejection is None
                and sentence_start <= reading.start < comma
                and reading.population == "all"
            ):
                reading.population = cast(str, named[0].value)


def _victims_beside_wounded(lexicon: Lexicon, tokens: list[_Token], readings: list[_Reading]) -> None:
    """Make a figure of victims right before one of the wounded, joined by "and", count the dead: "3 516 victimes
    et 14 929 blessés" sets the victims apart from the wounded."""
    for reading, following in itertools.pairwise(readings):
        if (reading.metric, following.metric) != ("casualties", "wounded") or following.rejection:
            continue
        if reading.rejection or reading.part_of is not None or following.part_of is not None:
            continue
        between = tokens[reading.end : following.start]
        cue = _match(lexicon.cues, tokens, reading.end)
        if (
            len(between) == 2
            and between[1].text in lexicon.joiners | lexicon.conjunctions
            and cue is not None
            and cue[0].kind == "metric"
            and len(cue[0].words) == 1
        ):
            reading.metric = "killed"
        elif _victims_word_near(lexicon, tokens, reading) and not any(
            t.text in _CLAUSE_PUNCTUATION
            or (
                (cue := _match(lexicon.cues, tokens, p)) is not None
                and cue[0].value in ("killed", "casualties")
            )
            or _match(lexicon.breakdowns, tokens, p)
            for p, t in enumerate(tokens[reading.end : following.start], start=reading.end)
        ):
            # "Жертв среди мирного населения 12, раненых 30", "жертвами среди гражданских стали 12 человек, еще
            # 30 ранены": where the wounded are counted apart, the victims are the dead.
            reading.metric = "killed"


def _victims_with_parts(lexicon: Lexicon, tokens: list[_Token], readings: list[_Reading]) -> None:
    """Make a figure of victims whose parts are the dead or the wounded count casualties: in "Жертвами обстрела
    стали 16 человек: трое погибли, 13 ранены", "Число жертв достигло 45, из них 12 погибших" not every victim
    died."""
    for index, total in enumerate(readings):
        if total.rejection or total.metric != "killed" or len(total.numbers) != 1:
            continue
        if not _victims_word_near(lexicon, tokens, total):
            continue
        for part in readings[index + 1 :]:
            between = tokens[total.end : part.start]
            if any(t.text in (".", "!", "?", ";") for t in between):
                break
            if part.rejection or part.far_metric or part.metric not in ("killed", "wounded"):
                continue
            if len(part.numbers) != 1 or part.numbers[0] >= total.numbers[0]:
                continue
            among = _ends_before(lexicon.breakdowns, tokens, part.start, 4)
            if among and any(
                (cue := _match(lexicon.cues, tokens, p)) is not None and cue[0].kind == "metric"
                for p in range(among[1], part.start)
            ):
                continue  # "..., среди погибших 4 ребенка": the victims are the dead
            listed = part.part_of is total or any(t.text in (":", "—", "–") for t in between)
            if listed:
                total.metric = "casualties"
                break


def _victims_word_near(lexicon: Lexicon, tokens: list[_Token], reading: _Reading) -> bool:
    """Return whether a figure of casualties was read from a word for victims (VICTIM_CUES) in its clause."""
    if not (lexicon.victims.exact or lexicon.victims.stems):
        return False
    first = reading.start
    while (
        first > 0 and first > reading.start - 10 and tokens[first - 1].text not in _CLAUSE_PUNCTUATION | {","}
    ):
        first -= 1
    return any(_match(lexicon.victims, tokens, p) for p in range(first, min(len(tokens), reading.end + 3)))


def _listed_harms(lexicon: Lexicon, tokens: list[_Token], position: int, end: int) -> list[str]:
    """Return the harms of a list of harms starting at tokens[position] ("muertos, heridos y desaparecidos"), one
    for each noun, up to tokens[end]."""
    metrics: list[str] = []
    while position < end:
        # Each noun alone: a joiner ends it ("muertos y desaparecidos" is also the cue of the whole list).
        limit = min(end, position + 4)
        limit = next((p for p in range(position, limit) if tokens[p].text in lexicon.list_joiners), limit)
        cue = _match(lexicon.cues, tokens, position, limit)
        if not cue or cue[0].kind != "metric":
            break
        metrics.append(str(cue[0].value))
        position = cue[1]
        if position >= end or tokens[position].text not in lexicon.list_joiners:
            break
        # ("muertos, heridos y desaparecidos": a comma, then "y"; "los heridos y los muertos": an article)
        while position < end and (
            tokens[position].text in lexicon.list_joiners or tokens[position].text in lexicon.determiners
        ):
            position += 1
    return metrics


def _respectively(lexicon: Lexicon, tokens: list[_Token], readings: list[_Reading]) -> None:
    """Give each of amounts joined by "and" and followed by "respectively" the harm of its own noun in the list of
    harms around them: in "El balance de muertos y desaparecidos ha ascendido a 13 y 6 personas, respectivamente"
    13 are killed and 6 missing, not 13 casualties."""
    if not (lexicon.respectively.exact or lexicon.respectively.stems):
        return
    index = 0
    while index < len(readings):
        chain = [readings[index]]
        while index + len(chain) < len(readings):
            last, following = chain[-1], readings[index + len(chain)]
            between = tokens[last.end : following.start]
            if not between or any(t.text not in lexicon.list_joiners for t in between):
                break
            chain.append(following)
        index += len(chain)
        if len(chain) < 2 or any(r.rejection or r.metric not in (None, chain[0].metric) for r in chain):
            continue
        # "respectively" after the last amount, in its clause
        said = None
        for position in range(chain[-1].end, min(len(tokens), chain[-1].end + 8)):
            if tokens[position].text in _CLAUSE_PUNCTUATION:
                break
            if _match(lexicon.respectively, tokens, position):
                said = position
                break
        if said is None:
            continue
        metrics: list[str] = []
        # the list before the first amount, in its clause; else between the last amount and "respectively"
        for position in range(chain[0].start - 1, max(-1, chain[0].start - 30), -1):
            if tokens[position].text in _CLAUSE_PUNCTUATION:
                break
            found = _listed_harms(lexicon, tokens, position, chain[0].start)
            if len(found) == len(chain):
                metrics = found
                break
        if not metrics:
            for position in range(chain[-1].end, said):
                found = _listed_harms(lexicon, tokens, position, said)
                if len(found) == len(chain):
                    metrics = found
                    break
        if metrics and len(set(metrics)) > 1:
            for reading, metric in zip(chain, metrics, strict=True):
                reading.metric = metric  # type: ignore[assignment]


def _victims_share_of_dead(lexicon: Lexicon, tokens: list[_Token], readings: list[_Reading]) -> None:
    """Make a figure of victims said right after to be a share of the dead count the dead: "1 167 victimes, qui
    représentent 14 % du nombre total des morts" (not a breakdown of them: "1 200 victimes, dont 40 % de morts")."""
    for reading, following in itertools.pairwise(readings):
        if reading.metric != "casualties" or reading.rejection or following.end >= len(tokens):
            continue
        between = range(max(reading.end, reading.phrase_end), following.start)
        if len(between) > 6 or any(
            tokens[p].text in _CLAUSE_PUNCTUATION or _match(lexicon.breakdowns, tokens, p) for p in between
        ):
            continue
        share = _match(lexicon.percent, tokens, following.end)
        if share is None and tokens[following.end].text not in ("%", "٪"):
            continue
        after = share[1] if share else following.end + 1
        for position in range(after, min(len(tokens), after + 8)):
            if tokens[position].kind == "punct" or _is_amount_token(lexicon, tokens[position]):
                break
            cue = _match(lexicon.cues, tokens, position)
            if cue and cue[0].kind == "metric":
                if cue[0].value == "killed":
                    reading.metric = "killed"
                break


def _group_of_them(
    lexicon: Lexicon, tokens: list[_Token], reading: _Reading, readings: list[_Reading]
) -> None:
    """Give a part written "N of them" with no figure before it in its sentence the group named before it: "все
    дети были младше 12 лет, ... тела семерых из них" (children)."""
    start = reading.start
    while start > 0 and tokens[start - 1].text not in ".!?":
        start -= 1
    if any(r.rejection is None and r.end > start for r in readings):
        return  # (a part of a figure: _link_parts)
    for position in range(reading.start - 1, start - 1, -1):
        if group := _match(lexicon.groups, tokens, position, reading.start):
            joined = any(
                tokens[p].text in lexicon.joiners | lexicon.conjunctions
                for p in range(group[1], min(len(tokens), group[1] + 2))
            ) and any(
                (cue := _match(lexicon.cues, tokens, p)) and cue[0].kind in ("people", "population")
                for p in range(group[1] + 1, min(reading.start, group[1] + 4))
            )
            if not joined:  # ("дети и их родители ..., трое из них": people of no one group)
                reading.group = cast(str, group[0].value)
            return


def _link_parts(lexicon: Lexicon, readings: list[_Reading]) -> None:
    """Make a figure after "в том числе", "dont", "darunter" a part of the figure before it."""
    for index, reading in enumerate(readings):
        if not reading.breakdown or reading.rejection:
            continue
        for total in reversed(readings[:index]):
            if total.part_of is not None:
                continue  # "بينهم 50 طفلا و94 امرأة": the 94 are a part of the total, not of the 50
            if total.rejection is None and total.metric:
                if max(reading.numbers or (0,)) <= max(total.numbers or (0,)) or not total.numbers:
                    reading.part_of = total
                    if reading.population == "all":
                        reading.population = total.population
                    if reading.far_metric or not reading.metric:
                        reading.metric = total.metric  # "بينهم 50 طفلا ..., وإصابة 1835": not the wounded
                    if (
                        total.metric == "wounded"
                        and reading.metric == "killed"
                        and not lexicon.wounded_keep_dead
                    ):
                        total.metric = "casualties"  # "пострадали 15 человек, пятеро из них погибли"
                break
            if total.rejection is None:
                # "в больницах находятся 108 человек, из них 17 детей": a part of a total that counts no casualty
                # is not a part of the one before, nor counts what the sentence before counted.
                if reading.far_metric:
                    reading.metric = None
                if reading.population == "all" and lexicon.owned_harm:
                    reading.population = total.population  # "12.000 Mann, von denen 3000 fielen": soldiers
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
    chosen = next((reading for reading in figures if reading.metric), None)
    if chosen is None:
        # "у 47 бригаді", "підписав 3 закони": a number that says neither what happened nor to whom; "в автобусе
        # находились 33 военнослужащих": people, but no harm done to them. Neither is a casualty figure.
        people = next((reading for reading in figures if reading.people), None)
        what = (
            "counts people but says no harm done to them"
            if people
            else "says neither what happened nor to whom"
        )
        raise ParseError(
            f"No casualty figure in “{text.strip()}”: its number {what} (killed, wounded, missing, captured, "
            "displaced); fill in the qualifier, bounds and metric yourself if it is one."
        )
    return _figure(chosen, convention)


# --- Who said it ---------------------------------------------------------------------------------------------


_GERMAN_MONTH_RE = re.compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every sentence of a normalised text."""
    spans = []
    start = 0
    for match in re.finditer(
        r"(?<=[.!?؟])[\"»”']?\s+(?=[\"«„“]?[^\W\d_]*[A-ZА-ЯЁІЇЄҐ\u0600-\u06ff\d])|\n+", text
    ):
        before = text[max(0, match.start() - 6) : match.start()]
        if re.search(
            r"\b(?:тыс|млн|млрд|г|гг|ул|им|т\.е|т\.д|Nr|Mio|Mrd|St|Dr|M|Mme|Sr|Sra|av|etc"
            r"|тис|м|с|смт|обл|вул|просп|пров|буд|ім|ст|див)\.$",  # (Ukrainian: "м. Бахмут", "с. Ягідне")
            before,
        ):
            continue
        if re.search(r"(?<![\d.,'])\d{1,2}\.$", before) and (
            _GERMAN_MONTH_RE.match(text, match.end())
            or re.search(r"\b(?:der|die|das|dem|den|des|am|im|vom|zum|zur|beim)\s+\d{1,3}\.$", before)
        ):
            continue  # "am 24. Februar", "die 93. Brigade": German ordinals end no sentence
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return bounded(text, [(a, b) for a, b in spans if text[a:b].strip()])


def _closing_quote(tokens: list[_Token], position: int, end: int) -> int | None:
    """Return where a quotation of at most four capitalised-first words opened at tokens[position] closes."""
    if (
        tokens[position].text not in ("«", "„", "“", '"')
        or position + 1 >= end
        or not tokens[position + 1].capital
    ):
        return None
    for inner in range(position + 1, min(end, position + 6)):
        if tokens[inner].text in ("»", "“", "”", '"'):
            return inner if inner > position + 1 else None
        if tokens[inner].kind != "word":
            return None
    return None


def _name_after(lexicon: Lexicon, tokens: list[_Token], index: int, end: int) -> tuple[int, int] | None:
    """Return the token span of a speaker named from tokens[index]: up to punctuation, a number or a stop word."""
    position = index
    while True:
        adverbial = _match(lexicon.name_stops, tokens, position, end)
        if adverbial and len(adverbial[0].words) > 1:
            position = adverbial[1]  # "повідомив у телеграм-каналі глава ОВА", "said on Sunday the governor"
        elif tokens[position].kind == "number" if position < end else False:
            if not (position + 1 < end and _match(lexicon.months, tokens, position + 1)):
                break
            position += 2  # "повідомила 27 жовтня Національна поліція": a date is no name
        else:
            break
    while position < end and (
        tokens[position].text in lexicon.determiners or tokens[position].text in ("«", "„", "“")
    ):
        position += 1  # (and the quotation marks of a name: "повідомляє «Укрінформ»")
    while (
        position + 1 < end
        and _match(lexicon.descriptions, tokens, position)
        and tokens[position + 1].capital
        and not tokens[position].capital  # ("la Comisión Nacional de Búsqueda" is one name)
    ):
        position += 1  # "говорится в сообщении УВКБ ООН": the document's author, not the document
    told = _match(lexicon.recipients, tokens, position, end)
    if told:
        # "заявил ТАСС губернатор", "рассказал «Интерфаксу» источник": whom the speaker told is no speaker, unless
        # no one follows ("сообщает ТАСС").
        after_told = told[1]
        while after_told < end and tokens[after_told].text in ("»", "“", "”", '"'):
            after_told += 1
        speaker = _name_after(lexicon, tokens, after_told, end) if after_told < end else None
        return speaker or (position, told[1])
    start = position
    while position < end and position - start < 8:
        token = tokens[position]
        closing = _closing_quote(tokens, position, end)
        if closing is not None:
            position = closing + 1  # "laut einem Bericht der „New York Times“": a short name in quotes
            continue
        if token.kind != "word" or _match(lexicon.name_stops, tokens, position):
            if token.text in ("-", "'") and position + 1 < end:
                position += 1
                continue
            break
        if _match(lexicon.verbs, tokens, position) and position > start:
            break
        if position > start and _is_amount_token(lexicon, token):
            break  # "laut Gouverneur Gladkow vier Zivilisten": a number in words ends the name
        position += 1
    if position == start:
        return None
    if not _looks_like_a_speaker(lexicon, tokens, start, position) and not (
        position < end
        and position - start <= 4
        and any(form in lexicon.speaker_before for form in tokens[position].forms)
    ):
        return None  # (but "قال أبو عبيدة إن ...": in a script without capitals, who speaks before "that")
    return start, position


def _looks_like_a_speaker(lexicon: Lexicon, tokens: list[_Token], start: int, end: int) -> bool:
    return any(tokens[p].capital for p in range(start, end)) or any(
        _match(lexicon.speaker_nouns, tokens, p) for p in range(start, end)
    )


def _name_before(lexicon: Lexicon, tokens: list[_Token], verb: int, floor: int) -> tuple[int, int] | None:
    """Return the token span of a speaker named right before a verb ("Минздрав Газы сообщил")."""
    adverbial = _ends_before(lexicon.name_stops, tokens, verb, 3)
    if adverbial and len(adverbial[0].words) > 1 and adverbial[1] > floor:
        verb = adverbial[1]  # "Ігор Терехов у Telegram написав", "глава ОВА в субботу сообщил": not the name
    position = verb
    skipped = 0  # tokens of an acronym in brackets, which do not count towards the name's length
    while position > floor and verb - position - skipped < 8:
        token = tokens[position - 1]
        if token.text == ")" and position == verb:
            opening = next(
                (p for p in range(position - 2, max(floor, position - 6), -1) if tokens[p].text == "("), None
            )
            if opening is not None:
                skipped = position - opening  # "l'Observatoire syrien des droits de l'homme (OSDH) a indiqué"
                position = opening
                continue
        if token.text in '„“”«»"' and position - 1 > floor:
            inner = tokens[position - 2] if position == verb else tokens[position]
            if inner.kind == "word" and inner.capital:
                position -= 1  # "die Zeitung „Haaretz“ berichtete": a name in quotes, not a quoted phrase
                continue
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


def _source_named(lexicon: Lexicon, tokens: list[_Token], position: int, end: int) -> tuple[int, int] | None:
    """Return the speaker named inside "nach israelischen Angaben" (the adjective) or "nach UN-Angaben",
    "laut Polizeiangaben" (the compound), or None."""
    if tokens[position].text not in lexicon.source_prepositions:
        return None
    for last in range(position + 1, min(end, position + 4)):
        token = tokens[last]
        if token.kind != "word":
            return None
        if any(form in lexicon.source_nouns for form in token.forms):
            if last == position + 1:
                return (last, last + 1) if token.text not in lexicon.source_nouns else None
            if any(tokens[p].text in lexicon.not_speakers for p in range(position + 1, last)):
                return None
            return position + 1, last
    return None


def _credit(lexicon: Lexicon, tokens: list[_Token], start: int, end: int) -> tuple[int, int] | None:
    """Return the token span of the speaker a sentence (tokens[start:end]) credits, or None."""
    for position in range(start, end):
        according = _match(lexicon.according, tokens, position, end)
        if according:
            name = _name_after(lexicon, tokens, according[1], end)
            if name:
                # "Як повідомляє Укрінформ з посиланням на ОВА", "как сообщает ТАСС со ссылкой на штаб": the party
                # cited originated the figure, the one relaying it did not.
                relayed = _match(lexicon.according, tokens, name[1], end)
                cited = _name_after(lexicon, tokens, relayed[1], end) if relayed else None
                return cited or name
    for position in range(start, end):
        name = _source_named(lexicon, tokens, position, end)
        if name:
            return name
    for position in range(start, end):
        verb = _match(lexicon.verbs, tokens, position, end)
        if not verb:
            continue
        head = position
        while head > start and tokens[head - 1].text in lexicon.auxiliaries:
            head -= 1  # "a indiqué", "a par ailleurs indiqué": the auxiliary and its adverbs are the verb's
        asked = _ends_before(lexicon.name_stops, tokens, head, 6)
        if asked and len(asked[0].words) > 1 and asked[1] > start:
            head = asked[
                1
            ]  # "une source sécuritaire interrogée par l'AFP a confirmé": the outlet is no speaker
        clause_start = head
        # Bounded, so that a sentence of thousands of words with no comma is read in linear time.
        while clause_start > max(start, head - 40) and tokens[clause_start - 1].text not in (
            ",",
            ";",
            ":",
            "—",
            "–",
            '"',
        ):
            clause_start -= 1
        before = _name_before(lexicon, tokens, head, clause_start)
        if before is None and clause_start > start + 1 and tokens[clause_start - 1].text == ",":
            # "El portavoz, citado por la agencia AMAP, afirmó": the speaker is named before who relayed him.
            inner = clause_start - 1
            while inner > start and tokens[inner - 1].text != ",":
                inner -= 1
            if inner > start + 1 and _match(lexicon.cited_by, tokens, inner):
                floor = inner - 1
                while floor > start and tokens[floor - 1].text not in (",", ";", ":", "—", "–", '"'):
                    floor -= 1
                before = _name_before(lexicon, tokens, inner - 1, floor)
        if before is None and clause_start > start + 2 and tokens[clause_start - 1].text == ",":
            # "Le porte-parole de l'armée, Daniel Hagari, a affirmé": the name between commas is the speaker.
            inner = clause_start - 1
            while inner > start and tokens[inner - 1].text != ",":
                inner -= 1
            name = _appositive(tokens, inner - 1, clause_start)
            named = _name_before(lexicon, tokens, inner - 1, start) if inner > start + 1 else None
            if name and named:
                before = name
            elif (
                named
                and clause_start == head
                and clause_start - inner <= 9
                and not any(
                    _is_amount_token(lexicon, tokens[p]) and tokens[p].text not in lexicon.articles
                    for p in range(inner, clause_start)
                )
                # ("…, en el estado de Al Yazira, denunció el Consejo Soberano": the speaker follows the verb)
                and _name_after(lexicon, tokens, verb[1], end) is None
            ):
                before = (
                    named  # "Le ministère de la Santé de Gaza, dirigé par le Hamas, a déclaré": past an aside
                )
        if before and not _is_amount_token(lexicon, tokens[before[0]]):
            return before
        after = _name_after(lexicon, tokens, verb[1], end)
        if after:
            # "a affirmé le porte-parole de la police, Ahmed Diallo.": the name after the description.
            return _appositive(tokens, after[1], end) or after
    return _headline_speaker(lexicon, tokens, start, end)


def _appositive(tokens: list[_Token], comma: int, end: int) -> tuple[int, int] | None:
    """Return the span of a person's name set after a comma at tokens[comma] (two to four words, each
    capitalised but for a particle, closed by a comma or the sentence's end), or None."""
    if comma >= end or tokens[comma].text != ",":
        return None
    position = comma + 1
    while position < end and position - comma <= 5 and tokens[position].kind == "word":
        position += 1
    words = range(comma + 1, position)
    if not 2 <= len(words) <= 4 or not (tokens[words[0]].capital and tokens[words[-1]].capital):
        return None
    if sum(tokens[p].capital for p in words) < len(words) - 1:
        return None
    if position < end and tokens[position].text not in (",", ".", ";", "»", '"', ")"):
        return None
    return comma + 1, position


def _headline_speaker(lexicon: Lexicon, tokens: list[_Token], start: int, end: int) -> tuple[int, int] | None:
    """Return the speaker heading a sentence before a colon ("Генштаб ЗСУ: за добу ...", "Минобороны: ...") or
    signing it after a dash at its end ("... поранено чотирьох цивільних – Херсонська ОВА"), or None."""
    for colon in range(start + 1, min(end, start + 6)):
        if tokens[colon].text == ":":
            words = range(start, colon)
            if all(tokens[p].kind == "word" for p in words) and any(
                _match(lexicon.speaker_nouns, tokens, p) for p in words
            ):
                return start, colon
            break
    last = end
    while last > start and tokens[last - 1].text in (".", "!", "»", '"', "”"):
        last -= 1
    for dash in range(last - 1, max(start, last - 7), -1):
        spaced = tokens[dash].text == "-" and tokens[dash].start > tokens[dash - 1].end  # "..., - ДСНС."
        if tokens[dash].text in ("–", "—") or spaced:
            if (
                dash + 1 < last
                and all(tokens[p].kind == "word" for p in range(dash + 1, last))
                and _looks_like_a_speaker(lexicon, tokens, dash + 1, last)
            ):
                return dash + 1, last
            break
    return None


def _credits_no_one(lexicon: Lexicon, tokens: list[_Token], start: int, end: int) -> bool:
    """Return whether a sentence credits no one, so that it borrows no speaker: a document or a passive
    ("по предварительным данным", "ранее сообщалось")."""
    for position in range(start, end):
        if _match(lexicon.unattributed, tokens, position, end):
            return True
        according = _match(lexicon.according, tokens, position, end)
        if (
            according
            and according[1] < end
            and tokens[according[1]].kind == "word"
            and not _name_after(lexicon, tokens, according[1], end)
        ):
            return True
    return False


def _describes(lexicon: Lexicon, tokens: list[_Token], span: tuple[int, int], speaker: str) -> bool:
    """Return whether a speaker's span, written without a capital, describes the speaker named before: a
    description of the lexicon's ("ведомства") or a word sharing its stem with that name ("миссии")."""
    if not (lexicon.descriptions.exact or lexicon.descriptions.stems):
        return False  # a lexicon without SPEAKER_DESCRIPTIONS (Arabic has no capitals to tell a name by)
    alone = span[1] - span[0] == 1 and _match(lexicon.descriptions, tokens, span[0])
    if any(tokens[p].capital for p in range(*span)) and not alone:
        return False  # (a description alone, capitalised or not, "l'ONG", "Il", still describes)
    if any(_match(lexicon.descriptions, tokens, p) for p in range(*span)):
        return True
    if not any(c.upper() != c.lower() for c in tokens[span[0]].text):
        return False  # a script without capitals: a lower-case word is no sign of a description
    if not lexicon.description_stems:
        return False  # (Arabic: "المتحدث" and "المتحدة" share five letters and no meaning)
    named = {word[:5] for word in re.findall(r"[^\W\d_]{5,}", fold_word(speaker))}
    return any(len(tokens[p].text) >= 5 and tokens[p].text[:5] in named for p in range(*span))


def _quote_depths(folded: str, sentences: list[tuple[int, int]]) -> list[int]:
    """Return, for each sentence, how many quotations are open at its end."""
    depths, depth = [], 0
    for start, end in sentences:
        part = folded[start:end]
        depth = max(0, depth + part.count("«") - part.count("»"))
        depths.append(depth)
    return depths


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
        same_paragraph = (
            last_speaker is not None and "\n\n" not in folded[sentences[last_speaker[0]][1] : start_char]
        )
        if span and last_speaker and same_paragraph and _describes(lexicon, tokens, span, last_speaker[1]):
            credits[index] = (last_speaker[1], "description")  # "По данным ведомства, ..."
        elif span:
            a, b = original(tokens[span[0]].start, tokens[span[1] - 1].end)
            name = text[a:b].strip(' ,«»"“”„')
            credits[index] = (name, "named")
            last_speaker = (index, name)
        elif _credits_no_one(lexicon, tokens, first, last):
            credits[index] = (
                None,
                "none",
            )  # "По предварительным данным, ...": no one, not the speaker before
        elif (
            last_speaker
            and index - last_speaker[0] <= 3  # (the speaker named in the three sentences before)
            and "\n\n" not in folded[sentences[last_speaker[0]][1] : start_char]
        ):
            credits[index] = (last_speaker[1], "paragraph")
        else:
            credits[index] = (None, None)
    # A sentence inside a quotation that closes in a later one is the speaker's named where it closes; one with no
    # speaker before it in its paragraph takes the speaker of the next two ("... Об этом сообщил глава ОВА").
    depths = _quote_depths(folded, sentences)
    for index in range(len(sentences)):
        if credits[index] != (None, None):
            continue
        for later in range(index + 1, min(len(sentences), index + 3)):
            if "\n\n" in folded[sentences[index][1] : sentences[later][0]] or credits[later][1] == "none":
                break
            later_name, how = credits[later]
            if how == "named":
                quoted = depths[index] > 0 and depths[later] < depths[index]
                credits[index] = (later_name, "quote" if quoted else "paragraph")
                break
    credits = {index: (name, None if how == "none" else how) for index, (name, how) in credits.items()}
    for reading in readings:
        if reading.rejection or reading.metric is None:
            continue
        first = reading.start
        if reading.numbers == (0,):
            # "Жертв нет", "Погибших нет": what none of was counted comes before the word for none.
            named = _ends_before(lexicon.cues, tokens, first, 3)
            if named and named[0].kind == "metric":
                first = named[1]
        start_char = tokens[first].start
        end_char = tokens[max(reading.phrase_end, reading.end) - 1].end
        if end_char - start_char > _LONGEST_PHRASE:
            end_char = tokens[reading.end - 1].end  # a phrase no claim can hold: the amount alone
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
