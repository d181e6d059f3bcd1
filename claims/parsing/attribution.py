"""Find whom a sentence credits with a figure: "according to X", "X said", "X's estimate", "X, citing Y"."""

from __future__ import annotations

import re

from .lexicon import (
    ATTRIBUTION_VERBS,
    CLAUSE_WORDS,
    DETERMINERS,
    NAME_STOPS,
    NOT_SPEAKERS,
    PASSIVE_OR_ADJECTIVE_BEFORE,
    PRONOUNS,
    SUBJECT_TRAILERS,
)
from .sentences import _TOKEN_RE

_ACCORDING_TO_RE = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_CITING_RE = re.compile(r"\bciting\s+", re.IGNORECASE)
_POSSESSIVE_ESTIMATE_RE = re.compile(r"['’]s?\s+(?:estimates?|figures?|count|tally|data)\b", re.IGNORECASE)
_ATTRIBUTION_VERB_RE = re.compile(rf"\b(?:{'|'.join(ATTRIBUTION_VERBS)})\b", re.IGNORECASE)

_MAX_NAME_WORDS = 10
# A headline's credit after a dash, at its end: "... kills 3 – regional governor".
_HEADLINE_CREDIT_RE = re.compile(r"\s[–—-]\s+(?P<name>[^\W\d_][^–—\-.!?\d]{1,60})$")
_PRONOUN_SPEAKER_RE = re.compile(
    rf"\b(?:he|she|they|it)\s+(?:(?:also|later|then|further|had|has|have)\s+)?(?:{'|'.join(ATTRIBUTION_VERBS)}|added|told)\b",
    re.IGNORECASE,
)
_NOUN_FOLLOWED_RE = re.compile(
    r"\s+(?:had|have|say|said|suggest|suggested|indicate|indicated|put|show|showed|spoke|speak|are|were)\b"
)


def _name_after(sentence: str, position: int) -> str | None:
    """Return the name that starts at position: "according to [the UN refugee agency], ..."."""
    words = []
    for match in _TOKEN_RE.finditer(sentence, position):
        word = match.group()
        if not word[0].isalpha() or (word.lower() in NAME_STOPS and not _is_acronym(word)):
            break
        words.append(match)
        if len(words) > _MAX_NAME_WORDS:
            return None
    return _name_from(sentence, words)


def _name_before(sentence: str, position: int) -> str | None:
    """Return the subject that ends just before position: "[Azerbaijan's Defense Ministry] said"."""
    tokens = list(_TOKEN_RE.finditer(sentence, max(0, position - _LOOK_BACK), position))
    while tokens and tokens[-1].group().lower() in SUBJECT_TRAILERS:
        tokens.pop()
    words: list[re.Match] = []
    # "the UN Human Rights Office (OHCHR) said": the acronym in parentheses is part of the name.
    if (
        len(tokens) >= 3
        and tokens[-1].group() == ")"
        and tokens[-3].group() == "("
        and _is_acronym(tokens[-2].group())
    ):
        words, tokens = tokens[-3:], tokens[:-3]
    while tokens:
        token = tokens[-1]
        word = token.group()
        if not word[0].isalpha():
            break
        if word.lower() in ATTRIBUTION_VERBS:
            break  # "the group said it had documented": the subject of "documented" is "it"
        if word.lower() in CLAUSE_WORDS:
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
    if name.lower() in PRONOUNS:
        return None
    names = [word.group() for word in words if word.group()[0].isalpha()]
    if all(word.lower() in DETERMINERS for word in names):
        return None  # "according to the": no name at all
    # "According to preliminary data", "the estimate of ...": a document or a number is no one. A name with a
    # capital (the WHO's data) is someone's.
    if names[-1].lower() in NOT_SPEAKERS and not any(word[0].isupper() for word in names[1:]):
        return None
    return name


def _is_acronym(word: str) -> bool:
    """Return whether a word is written in capitals, as an organisation's initials are (WHO, OHCHR, SOHR)."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


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
        if previous and previous.group(1).lower() in PASSIVE_OR_ADJECTIVE_BEFORE:
            continue  # "no casualties were reported", "an estimated 5,000"
        if match.group().lower().startswith("claim") and re.match(r"\s+(?:the\s+)?lives\b", following):
            continue  # "claimed the lives of 30" is a casualty verb
        if re.match(r"\s+of\b", following):
            continue  # "reports of shelling", "claims of victory" are nouns
        if match.group().lower() in ("reports", "estimates") and _NOUN_FOLLOWED_RE.match(following):
            continue  # "Initial reports had five dead": the noun, subject of another verb
        name = _subject(sentence, match)
        if name is None and _AND_BEFORE_RE.search(sentence, *window):
            name = speaker  # "The group counted ... and estimated ...": the same speaker
        speaker = name or speaker
        found.append((match.start(), name))
    headline = _HEADLINE_CREDIT_RE.search(sentence)
    if headline:  # "Strike on Kharkiv kills 3 – regional governor"
        found.append((headline.start(), _name_after(sentence, headline.start("name"))))
    return sorted((position, name) for position, name in found if name and not re.search(r"\d", name))


def _speaks_by_pronoun(sentence: str) -> bool:
    """Return whether the sentence credits its figures to a pronoun: "He said", "they added"."""
    return bool(_PRONOUN_SPEAKER_RE.search(sentence))


def _originator(attributions: list[tuple[int, str]], start: int) -> str | None:
    """Return the originator named nearest before the figure, else the next one ("..., the ministry said")."""
    before = [name for position, name in attributions if position < start]
    if before:
        return before[-1]
    after = [name for position, name in attributions if position >= start]
    return after[0] if after else None
