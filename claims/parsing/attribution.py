"""Find whom a text credits with a figure: "according to X", "X said", "X's estimate", "X, citing Y", and across
sentences "He said", "the ministry added", or a sentence of a bulletin that names no one after one that does."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figures import ParseError
from .lexicon import (
    AGENT_CUES,
    ANONYMOUS_SUBJECTS,
    ATTRIBUTION_VERBS,
    CLAUSE_WORDS,
    DESCRIPTION_ADJECTIVE_SUFFIXES,
    DETERMINERS,
    GENERAL_MODIFIERS,
    NAME_PARTICLES,
    NAME_STOPS,
    NOT_SPEAKERS,
    NOUN_VERBS,
    PASSIVE_OR_ADJECTIVE_BEFORE,
    PRONOUNS,
    ROLES,
    SPEAKER_DESCRIPTIONS,
    SPEAKER_NOUNS,
    SUBJECT_TRAILERS,
    TITLES,
    _alternation,
)
from .numbers import number_value
from .sentences import _TOKEN_RE

_CITING_AFTER_RE = re.compile(r"\s*,\s*citing\s+", re.IGNORECASE)
_HEDGE_RE = re.compile(r"\b(?:reportedly|allegedly|purportedly)\b", re.IGNORECASE)
_ACCORDING_TO_RE = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_CITING_RE = re.compile(r"\bciting\s+", re.IGNORECASE)
_AGENT_RE = re.compile(rf"\b(?:{_alternation(AGENT_CUES)})\s+by\s+", re.IGNORECASE)
_POSSESSIVE_ESTIMATE_RE = re.compile(
    r"['’]s?\s+(?:(?:final|latest|new|own|annual|monthly|weekly|daily|preliminary|updated)\s+){0,2}"
    r"(?:estimates?|figures?|count|tally|data|reports?|study|survey|database|records)\b",
    re.IGNORECASE,
)
_ATTRIBUTION_VERB_RE = re.compile(rf"\b(?:{'|'.join(ATTRIBUTION_VERBS)})\b", re.IGNORECASE)
# "Memorial put civilian losses at 50,000": "put ... at" credits its subject, as "estimated" does. Not the
# passive "losses were put at 5,732", which names no one.
_PUT_AT_RE = re.compile(r"\bputs?\s+(?:[^\W\d_][\w'’-]*\s+){1,4}?at\b", re.IGNORECASE)

_MAX_NAME_WORDS = 12
# A headline's credit after a dash, at its end: "... kills 3 – regional governor".
_HEADLINE_CREDIT_RE = re.compile(r"\s[–—-]\s+(?P<name>[^\W\d_][^–—\-.!?\d]{1,60})$")
_PRONOUN_SPEAKER_RE = re.compile(
    r"\baccording\s+to\s+(?:him|her|them)\b|"
    rf"\b(?:he|she|they|it)\s+(?:(?:also|later|then|further|had|has|have)\s+)?(?:{'|'.join(ATTRIBUTION_VERBS)}|added|told)\b",
    re.IGNORECASE,
)
# After a noun that is also a verb ("reports", "estimates"), the verb of which it is the subject.
_NOUN_FOLLOWED_RE = re.compile(
    r"\s+(?:had|have|has|say|said|suggest|suggested|indicate|indicated|put|show|showed|spoke|speak|are|were|is|was"
    r"|range|ranged|vary|varied|differ|differed)\b"
)
_YEAR_BEFORE_RE = re.compile(r"\bin\s+\d{4}\W*$")
_CLAIMED_NOT_SAID_RE = re.compile(
    r"\s+(?:(?:the|more\s+than|over|some|about|nearly|at\s+least|[\d,.]+|\w+)\s+){0,3}?lives\b"
    r"|\s+(?:responsibility|credit)\b",
    re.IGNORECASE,
)
# A casualty word right after the verb makes it a participle: "Civilians reported killed: 52–74".
_CASUALTY_AFTER_RE = re.compile(r"\s+(?:killed|dead|injured|wounded|missing|hurt|captured|abducted)\b")
# What may follow a name written after its verb ("..., said Mira Halvorsen, a spokeswoman."): the name ends there.
_NAME_END_RE = re.compile(r"\s*(?:[,.;:!?)\]]|$)")


def _name_after(sentence: str, position: int) -> str | None:
    """Return the name that starts at position: "according to [the UN refugee agency], ..."."""
    words: list[re.Match] = []
    for match in _TOKEN_RE.finditer(sentence, position):
        word = match.group()
        if word in "'’" and words and words[-1].group().endswith("s") and words[-1].end() == match.start():
            words.append(match)  # "the Victims' Unit"
            continue
        if word == "." and words and words[-1].group().lower() in TITLES and words[-1].end() == match.start():
            words.append(match)  # "said Dr. Ahmed Hassan"
            continue
        if not word[0].isalpha() or (word.lower() in NAME_STOPS and not _is_acronym(word)):
            break
        words.append(match)
        if len(words) > _MAX_NAME_WORDS:
            return None
    while words and words[-1].group() in "'’":
        words.pop()
    # "according to UN figures", "an AFP tally": the document's author is the speaker.
    names = [word.group() for word in words]
    if len(names) > 1 and names[-1].lower() in NOT_SPEAKERS:
        author = [word for word in words[:-1] if word.group().lower() not in DETERMINERS]
        author_words = [word.group() for word in author]
        if author and any(word[0].isupper() for word in author_words):
            if author_words[-1].endswith(("'s", "’s")):
                return sentence[author[0].start() : author[-1].end() - 2]
            return sentence[author[0].start() : author[-1].end()]
    return _name_from(sentence, words)


def _before_trailers(sentence: str, position: int) -> int:
    """Return where the words between a subject and its verb start: "Russia [has also] estimated"."""
    tokens = list(_TOKEN_RE.finditer(sentence, max(0, position - _LOOK_BACK), position))
    while tokens and tokens[-1].group().lower() in SUBJECT_TRAILERS:
        tokens.pop()
    # "A survey published in The Lancet in 2006 estimated": the year says when, not who.
    if len(tokens) >= 2 and re.fullmatch(r"\d{4}", tokens[-1].group()) and tokens[-2].group().lower() == "in":
        del tokens[-2:]
    return tokens[-1].end() if tokens else max(0, position - _LOOK_BACK)


def _name_before(sentence: str, position: int) -> str | None:
    """Return the subject that ends just before position: "[Azerbaijan's Defense Ministry] said"."""
    end = _before_trailers(sentence, position)
    tokens = list(_TOKEN_RE.finditer(sentence, max(0, position - _LOOK_BACK), end))
    words: list[re.Match] = []
    # "the UN Human Rights Office (OHCHR) said": the acronym in parentheses is part of the name.
    if (
        len(tokens) >= 3
        and tokens[-1].group() == ")"
        and tokens[-3].group() == "("
        and _is_acronym(tokens[-2].group())
    ):
        words, tokens = tokens[-3:], tokens[:-3]
    counted = 0
    while tokens:
        token = tokens[-1]
        word = token.group()
        if word == "." and len(tokens) > 1 and tokens[-2].group().lower() in TITLES:
            words.append(token)  # "Dr. Marwan Sultan"
            tokens.pop()
            continue
        if not word[0].isalpha():
            break
        if word.lower() in ATTRIBUTION_VERBS:
            break  # "the group said it had documented": the subject of "documented" is "it"
        if word.lower() in CLAUSE_WORDS and not _is_acronym(word):  # "the WHO said" is no relative clause
            # "Armenia and Azerbaijan said": "and" between two names belongs to the subject.
            joins_names = word.lower() == "and" and words and words[-1].group()[0].isupper()
            if not (joins_names and len(tokens) > 1 and tokens[-2].group()[0].isupper()):
                break
        words.append(token)
        tokens.pop()
        counted += 1
        if counted > _MAX_NAME_WORDS:
            return None
        if word.lower() in DETERMINERS and tokens and tokens[-1].group().lower() not in _INSIDE_A_NAME:
            break  # "Last year [the Office of the UN ...]": an article starts the name, unless "of the" ...
    return _name_from(sentence, sorted(words, key=lambda match: match.start()))


def _name_from(sentence: str, words: list[re.Match]) -> str | None:
    """Return the text the words span, unless it is no name (empty, a pronoun)."""
    if not words:
        return None
    name = sentence[words[0].start() : words[-1].end()]
    if (name.lower() in PRONOUNS and not _is_acronym(name)) or (
        len(words) == 1 and _starts_with_a_number(name)
    ):
        return None  # "he"; "according to one 1954 estimate" (but "two local officials told Reuters")
    names = [word.group() for word in words if word.group()[0].isalpha()]
    if all(word.lower() in DETERMINERS for word in names):
        return None  # "according to the": no name at all
    if not any(word[0].isupper() for word in names) and names[-1].lower() not in SPEAKER_NOUNS:
        return None  # "Reuters could not verify reports that ...": "verify" is no one
    # "According to preliminary data", "the estimate of ...": a document or a number is no one. A name with a
    # capital (the WHO's data) is someone's.
    if names[-1].lower() in NOT_SPEAKERS and not any(word[0].isupper() for word in names[1:]):
        return None
    return name


def _is_acronym(word: str) -> bool:
    """Return whether a word is written in capitals, as an organisation's initials are (WHO, OHCHR, SOHR)."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _is_personal_name(text: str) -> bool:
    """Return whether an aside between commas is a name ("Nazar Voloshyn", "Lt. Col. Peter Lerner",
    "Haider al-Abadi"): every word capitalised but for particles, and no more than six words."""
    words = text.split()
    if not 1 <= len(words) <= 6:
        return False
    capitalised = 0
    for word in words:
        if word[0].isupper() and not word.isupper():
            capitalised += 1
        elif word.lower() not in NAME_PARTICLES and not re.match(r"(?:al|el|ad|as|ash|an)-[A-Z]", word):
            return False
    return capitalised >= 1 and bool(re.search(r"[a-z]", text))


# Words before an article that keep it inside a name: "the Office [of the] UN ...", "published [in The] Lancet".
_INSIDE_A_NAME = frozenset(("of", "for", "in", "at", "on", "to", "and", "from"))
# How far back from an attribution verb its subject is looked for; a name has at most _MAX_NAME_WORDS words.
_LOOK_BACK = 240
_WORD_BEFORE_RE = re.compile(r"(\w+)\W*$")
# "The group counted ... and estimated ...", "Azerbaijan has not disclosed its losses but says ...".
_COORDINATED_RE = re.compile(r"\b(?:and|but)\s+(?:(?:also|later|then|has|have|had)\s+)?$", re.IGNORECASE)
_BOUNDARY_BEFORE_RE = re.compile(r"[,\"”]\s*$")
_RELATIVE_BEFORE_RE = re.compile(r",?\s*\b(?:[Ww]hich|[Ww]ho)\s+$")
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
    parenthesis = _PARENTHESIS_BEFORE_RE.search(sentence, window[0], _before_trailers(sentence, verb.start()))
    if parenthesis:
        aside = parenthesis["aside"].strip()
        citing = _CITING_RE.match(sentence, parenthesis.start("aside"))
        if citing:
            # "TASS, citing the ministry, reported": the ministry originated the figure, TASS relays it.
            return _name_after(sentence, citing.end())
        if _is_personal_name(aside):
            return aside  # "the spokesman of the Khortytsia group, Nazar Voloshyn, said"
        first = aside.split()[0].lower()
        if first in _APPOSITION_STARTS or first in ROLES or first.endswith("ed"):
            # "The commission's final report, published in June 2022, estimated ...".
            # "Mira Halvorsen, a spokeswoman, said"; "The army, which says ..., claimed".
            return _name_before(sentence, parenthesis.start())
    if _BOUNDARY_BEFORE_RE.search(sentence, *window):
        # "..., said Mira Halvorsen, a spokeswoman.": a name that ends the clause, not the start of another
        # clause ("..., said three wounded soldiers were evacuated").
        name = _name_after(sentence, verb.end())
        if name and not _starts_with_a_number(name):
            end = sentence.index(name, verb.end()) + len(name)
            if _NAME_END_RE.match(sentence, end):
                return name
    return None


def _starts_with_a_number(name: str) -> bool:
    """Return whether a name's first word is a number ("three wounded soldiers"): a count, not a speaker."""
    first = name.split()[0]
    if first.lower() in ("a", "an"):
        return False  # an article, though "a hundred" counts
    try:
        number_value(first)
    except ParseError:
        return False
    return True


def _sentence_subject(sentence: str) -> str | None:
    """Return the name a sentence starts with, ended by an auxiliary: "[Azerbaijan] has not disclosed ..."."""
    name = _name_after(sentence, 0)
    if name is None or not sentence.startswith(name):
        return None
    following = sentence[len(name) : len(name) + 12].split()
    return name if following and following[0].lower() in ("has", "have", "had", "is", "was") else None


def _cues(sentence: str) -> list[tuple[int, str | None]]:
    """Return (position, originator) of every attribution cue in a sentence, in order. The originator is None
    when the cue names no one ("according to preliminary data", "it said", a passive), and "" when it credits
    someone unnamed, another source than the one named before ("Other estimates range ...", "others cite")."""
    found: list[tuple[int, str | None]] = []
    for match in _ACCORDING_TO_RE.finditer(sentence):
        found.append((match.start(), _name_after(sentence, match.end())))
    for match in _CITING_RE.finditer(sentence):
        found.append((match.start(), _name_after(sentence, match.end())))
    for match in _AGENT_RE.finditer(sentence):
        found.append(
            (match.start(), _name_after(sentence, match.end()))
        )  # "the estimate given by local media"
    for match in _HEDGE_RE.finditer(sentence):
        found.append((match.start(), None))  # "reportedly killed": someone unnamed, not the speaker before
    possessives = []
    for match in _POSSESSIVE_ESTIMATE_RE.finditer(sentence):
        found.append((match.start(), _name_before(sentence, match.start())))
        possessives.append(match.end())
    speaker = None
    verbs = sorted(
        [*_ATTRIBUTION_VERB_RE.finditer(sentence), *_PUT_AT_RE.finditer(sentence)], key=lambda m: m.start()
    )
    for match in verbs:
        window = (max(0, match.start() - _LOOK_BACK), match.start())
        previous = _WORD_BEFORE_RE.search(sentence, *window)
        verb = match.group().split()[0].lower()
        following = sentence[match.end() : match.end() + 16].lower()
        if match.start() > 0 and match.group()[0].isupper():
            continue  # "The United States suffered ...": a word of a name
        if previous and (
            previous.group(1).lower() in DETERMINERS
            or previous.group(1).lower() in ("of", "for", "with", "to")  # "the number of confirmed deaths"
            or (previous.group(1).isdigit() and not _YEAR_BEFORE_RE.search(sentence, *window))
        ):
            continue  # "an estimated 5,000", "the report", "1,200 reported fatalities": not a verb
        if (
            previous and previous.group(1).lower() in PASSIVE_OR_ADJECTIVE_BEFORE
        ) or _CASUALTY_AFTER_RE.match(following):
            # "no casualties were reported", "Civilians reported killed: 52": no one named, and the figure is
            # not the speaker's of the sentences before either.
            found.append((match.start(), None))
            continue
        if verb.startswith("claim") and _CLAIMED_NOT_SAID_RE.match(sentence, match.end()):
            continue  # "claimed the lives of 30", "has claimed 3,500 lives", "claimed responsibility"
        if re.match(r"\s+of\b", following) and verb not in ("put", "puts"):
            continue  # "reports of shelling", "claims of victory" are nouns
        if match.end() in possessives:
            continue  # "the office's estimate is ...": the possessive's cue, read above
        if verb in NOUN_VERBS and _NOUN_FOLLOWED_RE.match(following):
            found.append((match.start(), ""))  # "Initial reports had five dead": the noun, a source unnamed
            continue
        if previous and previous.group(1).lower() in ANONYMOUS_SUBJECTS:
            found.append((match.start(), ""))  # "while others cite losses of 80,000": someone unnamed
            continue
        cited = _CITING_AFTER_RE.match(sentence, match.end())
        if cited:
            # "..., Interfax reported, citing emergency services": the cited party originated the figure.
            found.append((match.start(), _name_after(sentence, cited.end())))
            continue
        name = _subject(sentence, match)
        if name is None and _COORDINATED_RE.search(sentence, *window):
            name = speaker or _sentence_subject(sentence)  # "The group counted ... and estimated ..."
        speaker = name or speaker
        found.append((match.start(), name))
    headline = _HEADLINE_CREDIT_RE.search(sentence)
    if headline:  # "Strike on Kharkiv kills 3 – regional governor"
        found.append((headline.start(), _name_after(sentence, headline.start("name"))))
    # A name is never a number: "the estimate of 30 dead" names no one.
    return sorted((position, None if name and re.search(r"\d", name) else name) for position, name in found)


def _speaks_by_pronoun(sentence: str) -> bool:
    """Return whether the sentence credits its figures to a pronoun: "He said", "they added"."""
    return bool(_PRONOUN_SPEAKER_RE.search(sentence))


# --- Across sentences -----------------------------------------------------------------------------------------

# How the originator of a candidate was found, and how far an editor may trust it (the extraction page shows it).
ATTRIBUTION_CONFIDENCE = {
    "named": "high",  # named in the figure's own sentence
    "description": "medium",  # "the ministry said": the speaker named before whose name holds the noun
    "pronoun": "medium",  # "He said": the speaker last named before
    "quote": "medium",  # inside a quotation: the speaker named after it closes, sentences later
    "paragraph": "low",  # no cue in its sentence: the speaker of the paragraph's sentences before
}

# What the extraction page says of each, for the editor who checks the proposal.
ATTRIBUTION_EXPLAINED = {
    "named": "named in the figure's sentence",
    "description": "a description in its sentence (“the ministry said”) taken for the speaker named before it",
    "pronoun": "a pronoun in its sentence (“he said”) taken for the speaker named before it",
    "quote": "inside a quotation: the speaker named where the quotation closes, in a later sentence",
    "paragraph": "its sentence names no one: the speaker of the sentences around it in the paragraph",
}

# A definite description of a speaker: "the ministry", "The spokesman", "the Britain-based war monitor", or a
# possessive one that stands for its owner, the speaker last named ("Its database attributes ...").
_DESCRIPTION_RE = re.compile(
    rf"(?P<determiner>(?i:the|its|their))\s+"
    rf"(?:(?:[a-z][a-z-]*|[A-Za-z]+-(?:{'|'.join(DESCRIPTION_ADJECTIVE_SUFFIXES)}))\s+){{0,3}}"
    r"(?P<head>[a-z][a-z-]*)"
)


# Typographic quotes open and close differently; straight ones are told apart by the space before them.
_OPENING_QUOTE_RE = re.compile(r"“|(?:^|(?<=\s))\"")
_CLOSING_QUOTE_RE = re.compile(r"”|\"(?=\s|$|[,.;:!?])")


def _open_quotes(sentence: str) -> int:
    """Return how many quotations a sentence opens and leaves open (negative when it closes earlier ones)."""
    return len(_OPENING_QUOTE_RE.findall(sentence)) - len(_CLOSING_QUOTE_RE.findall(sentence))


_CITATION_RE = re.compile(r"\[(?:\d{1,3}|[a-z]|citation needed)\]")


@dataclass(frozen=True)
class Credit:
    """Whom a figure is credited to, and how that was found (a key of ATTRIBUTION_CONFIDENCE)."""

    name: str | None
    how: str | None = None


class Speakers:
    """The attributions of each sentence of a text, read once, when first asked for, with descriptions ("the
    ministry") resolved to the speaker named before."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text, self.sentences = text, sentences or [(0, len(text))]
        self.found: dict[int, list[tuple[int, str | None]]] = {}
        self.resolved: dict[int, list[tuple[int, Credit]]] = {}
        self.quotes: dict[int, Credit] = {}
        self.pronouns: dict[int, bool] = {}

    def by_pronoun(self, index: int) -> bool:
        """Return whether sentence `index` credits its figures to a pronoun ("He said"), read once."""
        if index not in self.pronouns:
            start, end = self.sentences[index]
            self.pronouns[index] = _speaks_by_pronoun(self.text[start:end])
        return self.pronouns[index]

    def cues(self, index: int) -> list[tuple[int, str | None]]:
        """Return every attribution cue of sentence `index`, named or not."""
        if index not in self.found:
            start, end = self.sentences[index]
            self.found[index] = _cues(self.text[start:end])
        return self.found[index]

    def named(self, index: int) -> list[tuple[int, Credit]]:
        """Return (position, credit) of the cues of sentence `index` that name someone, descriptions resolved."""
        if index not in self.resolved:
            credits = []
            for position, name in self.cues(index):
                if not name:
                    continue
                credit = Credit(name, "named")
                if _DESCRIPTION_RE.fullmatch(name):
                    found = _described(name, self, index)
                    credit = Credit(found, "description") if found else credit
                credits.append((position, credit))
            self.resolved[index] = credits
        return self.resolved[index]

    def raw_names(self, index: int) -> list[str]:
        """Return the names the cues of sentence `index` give, as written, last first."""
        return [name for _, name in reversed(self.cues(index)) if name]

    def credit(self, index: int, position: int) -> Credit:
        """Return whom sentence `index` credits with the figure at `position` (relative to the sentence)."""
        named = self.named(index)
        # The nearest source before the figure credits it, unless it is someone unnamed ("while others cite
        # losses of 80,000"): then the first named after, if any.
        # A figure that starts with its cue ("put civilian deaths at 1,260") is that cue's.
        before = [(at, name) for at, name in self.cues(index) if at <= position and name is not None]
        if before and before[-1][1]:
            return next(credit for at, credit in named if at == before[-1][0])
        after = [credit for at, credit in named if at > position]
        if after:
            return after[0]
        if before:
            return Credit(None)
        if self.by_pronoun(index):
            # "He said 7 people were wounded": the speaker last named in the sentences before.
            found = self.named_before(index)
            return Credit(found.name, "pronoun") if found.name else Credit(None)
        if index not in self.quotes:
            self.quotes[index] = self.quoted_by(index)
        quoted = self.quotes[index]
        if quoted.name:
            return quoted
        if not self.cues(index):
            # A sentence of a bulletin that names no one ("Of the killed, 560 were children."): the speaker
            # of the paragraph's sentences before, else of the next ones ("The enemy lost up to 230 servicemen.
            # ... , the ministry said.").
            found = self.named_before(index, same_paragraph=True)
            if not found.name:
                found = self.named_after(index)
            return Credit(found.name, "paragraph") if found.name else Credit(None)
        return Credit(None)

    def quoted_by(self, index: int) -> Credit:
        """Return, for a sentence inside a quotation that closes in a later sentence ("“We have recorded 56
        deaths. Many more are missing,” the head of the council said."), the speaker named after it closes."""
        start, end = self.sentences[index]
        if _open_quotes(self.text[start:end]) <= 0 and not self._inside_quote(index):
            return Credit(None)
        for later in range(index + 1, min(len(self.sentences), index + 6)):
            gap = self.text[self.sentences[later - 1][1] : self.sentences[later][0]]
            if "\n" in gap:
                break
            later_start, later_end = self.sentences[later]
            sentence = self.text[later_start:later_end]
            closing = _CLOSING_QUOTE_RE.search(sentence)
            if closing:
                after = [credit for at, credit in self.named(later) if at >= closing.end()]
                return Credit(after[0].name, "quote") if after else Credit(None)
        return Credit(None)

    def _inside_quote(self, index: int) -> bool:
        """Return whether sentence `index` continues a quotation opened in an earlier sentence of its paragraph."""
        balance = 0
        for earlier in range(index - 1, max(-1, index - 5), -1):
            gap = self.text[self.sentences[earlier][1] : self.sentences[earlier + 1][0]]
            if "\n" in gap:
                break
            balance += _open_quotes(self.text[self.sentences[earlier][0] : self.sentences[earlier][1]])
        return balance > 0

    def named_after(self, index: int) -> Credit:
        """Return the first speaker named in the two sentences after sentence `index`, in its paragraph and not
        past a citation marker, or an empty credit."""
        for later in range(index + 1, min(len(self.sentences), index + 3)):
            gap = self.text[self.sentences[later - 1][0] : self.sentences[later][0]]
            if "\n" in gap or _CITATION_RE.search(gap):
                break
            if self.named(later):
                return self.named(later)[0][1]
        return Credit(None)

    def named_before(self, index: int, same_paragraph: bool = False) -> Credit:
        """Return the last speaker named in the three sentences before sentence `index` (in its paragraph
        only, if asked), or an empty credit."""
        for earlier in range(index - 1, max(-1, index - 4), -1):
            gap = self.text[self.sentences[earlier][0] : self.sentences[earlier + 1][0]]
            # Not past a paragraph, nor past a citation marker: encyclopedia text sources each sentence apart.
            if same_paragraph and ("\n" in gap or _CITATION_RE.search(gap)):
                break
            if self.named(earlier):
                return self.named(earlier)[-1][1]
        return Credit(None)


def _described(description: str, speakers: Speakers, index: int) -> str | None:
    """Return the speaker named in the sentences before (up to five) whom a description stands for: one whose
    name holds its noun ("the ministry": "Azerbaijan's Ministry of Defense"), else, for a description of a
    speaker in general ("the statement", "the spokesman", "the group"), or a possessive one ("its database"),
    the last one named; None when there is none."""
    found = _DESCRIPTION_RE.fullmatch(description)
    assert found is not None, "only descriptions are resolved"
    head, possessive = found["head"].lower(), found["determiner"].lower() in ("its", "their")
    named: list[str] = []
    for earlier in range(index, max(-1, index - 6), -1):
        named += speakers.raw_names(earlier)
    named = [name for name in named if name != description]
    # Proper names: a capital past the first word, or one word in capitals ("Daniel Hagari", "Russia", "the
    # WHO"), not a sentence's first word ("Local officials") nor another description ("The group's teams").
    proper = [name for name in named if _is_proper(name) and not _DESCRIPTION_RE.fullmatch(name)]
    if not possessive:
        for name in proper:
            if head in name.lower():
                return name
        # "a military source said ... The source said": the same common noun, named before.
        for name in named:
            if not _DESCRIPTION_RE.fullmatch(name) and name.lower().split()[-1] == head:
                return name
    # "the group", "the Britain-based war monitor": a speaker in general stands for the last one named, unless a
    # modifier narrows it to someone else ("the rebel group" is not the UN mission named before).
    modifiers = description.split()[1:-1]
    general = all(
        word.lower() in GENERAL_MODIFIERS or word.lower().endswith(DESCRIPTION_ADJECTIVE_SUFFIXES)
        for word in modifiers
    )
    if (possessive or (head in SPEAKER_DESCRIPTIONS and general)) and proper:
        return proper[0]
    return None


def _is_proper(name: str) -> bool:
    words = name.split()
    return any(word[0].isupper() for word in words[1:]) or (len(words) == 1 and words[0][0].isupper())
