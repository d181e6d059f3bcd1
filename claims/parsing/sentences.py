"""Split a text into sentences and words."""

from __future__ import annotations

import re

from .lexicon import ABBREVIATIONS

# Initials with full stops are one word ("U.N.", "U.S."); so is a word with an inner apostrophe or hyphen.
_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w'’-]*[^\W_])?|\d[\d,.]*|\S")
# After the full stop: closing quotes and brackets, and citation markers ("killed.[6] In April ...").
_SENTENCE_GAP_RE = re.compile(r"(?<=[.!?])(?:[\"'”’)\]]|\[(?:\d{1,3}|[a-z]|citation needed)\])*\s+|\n\s*")


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
            if last_word in ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
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
