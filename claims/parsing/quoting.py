"""Check that a quoted sentence, and the figure in it, appear in a source's text, whatever its typography."""

from __future__ import annotations

import re

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
