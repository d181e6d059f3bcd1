"""Check that a quoted sentence, and the figure in it, appear in a source's text, whatever its typography."""

from __future__ import annotations

import re
import unicodedata

from .multilingual import (
    _ARABIC_DIGITS,
    _ARABIC_FOLD,
    _ARABIC_MARKS,
    _CYRILLIC_FOLD,
    _FORMAT_MARKS,
    fold_lookalikes,
)

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


# What differs between copies of one sentence in the reader's other languages (issue 16), as the reader folds it
# (multilingual.py): Arabic-Indic and Persian digits, Arabic diacritics and tatweel, the forms of alef, alef
# maqsura, teh marbuta, Persian yeh and kaf, ё written as е; and invisible marks a copy may hold or lose.
_LANGUAGE_FOLDING = str.maketrans(
    {**_ARABIC_DIGITS, **_ARABIC_FOLD, **_CYRILLIC_FOLD, **dict.fromkeys(_ARABIC_MARKS | _FORMAT_MARKS)}
)
# Presentation forms (some PDFs hold Arabic so), ligatures and full-width forms fold under NFKC, each character
# alone and on both sides alike: a text is never folded whole, so that "40¹" (a footnote mark) stays apart from 401.
_COMPATIBILITY_RE = re.compile(r"[\ufb00-\ufdff\ufe70-\ufefe\uff00-\uffef]")
# A hyphen between letters, and one that breaks a word at a line's end ("адми-\nнистрации", as PDFs and wire copy
# are hard-wrapped): dropped on both sides, so that the word matches whether a copy wrapped it or not.
_WORD_HYPHEN_RE = re.compile(r"(?<=[^\W\d_])-(?:[ \t]*\r?\n\s*)?(?=[^\W\d_])")
# French sets a space before ; : ! ? » and after «, where a copy may have none.
_FRENCH_SPACING_RE = re.compile(r"\s+(?=[;:!?»%])|(?<=«)\s+")


def normalise_for_quoting(text: str) -> str:
    """Fold what differs between copies of one sentence: case, quotes, dashes, spaces, line breaks and the hyphens
    that break words at them, thousands separators, and in other languages digits, Arabic diacritics and letter forms, ё, Latin look-alikes inside Cyrillic
    words and French spacing."""
    text = _COMPATIBILITY_RE.sub(lambda match: unicodedata.normalize("NFKC", match.group()), text)
    text = fold_lookalikes(text.translate(_LANGUAGE_FOLDING))
    text = _FRENCH_SPACING_RE.sub("", text)
    text = _WORD_HYPHEN_RE.sub("", text)
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
