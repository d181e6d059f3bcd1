"""Split a text into sentences and words."""

from __future__ import annotations

import re

from .lexicon import ABBREVIATIONS

# Initials with full stops are one word ("U.N.", "U.S."); so is a word with an inner apostrophe or hyphen.
_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w'’-]*[^\W_])?|\d[\d,.]*|\S")
# After the full stop: closing quotes and brackets, and citation markers ("killed.[6] In April ...").
_SENTENCE_GAP_RE = re.compile(r"(?<=[.!?])(?:[\"'”’)\]]|\[(?:\d{1,3}|[a-z]|citation needed)\])*\s+|\n\s*")


# A "sentence" longer than this is a list (figures separated by semicolons or bars, a table flattened into a line):
# it is read in pieces, cut at its semicolons or bars, else at a space. Each figure keeps its sentence as its quote,
# and reading a sentence takes time growing with its figures times its length: unbounded, one hostile page of
# 2,000,000 characters would hold the task worker for hours and store gigabytes.
MAX_SENTENCE_CHARS = 1_500
_LIST_BREAK_RE = re.compile(r"[;|]\s+|\s+[|•]\s+")
_COMMA_RE = re.compile(r",\s+")
_SPACE_RE = re.compile(r"\s+")


def bounded(
    text: str, spans: list[tuple[int, int]], limit: int = MAX_SENTENCE_CHARS
) -> list[tuple[int, int]]:
    """Return the spans, each longer than `limit` characters cut into pieces of at most `limit` (`_cut`)."""
    pieces = []
    for start, end in spans:
        while end - start > limit:
            cut_end, next_start = _cut(text, start, limit)
            pieces.append((start, cut_end))
            start = next_start
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            pieces.append((start, end))
    return pieces


def _cut(text: str, start: int, limit: int) -> tuple[int, int]:
    """Return where to end a piece of a long span at `start` and where the next begins: at the last semicolon or
    bar; else at the last comma, else space, of the piece's last two thirds with no digit in the 60 characters
    before it or the 20 after (a figure's phrase, "12 people were killed", stays whole in its piece); else at the
    last comma or space; else at the limit."""
    window = text[start : start + limit]
    last = None
    for match in _LIST_BREAK_RE.finditer(window):
        if match.start() > 0:
            last = (start + match.start() + 1, start + match.end())
    if last is not None:
        return last
    fallback = None
    for pattern in (_COMMA_RE, _SPACE_RE):
        for match in reversed(list(pattern.finditer(window, limit // 3))):
            at = start + match.start()
            keep = 1 if pattern is _COMMA_RE else 0  # (the comma stays with the piece it ends)
            if not any(character.isdigit() for character in text[max(0, at - 60) : at + 20]):
                return at + keep, start + match.end()
            fallback = fallback or (at + keep, start + match.end())
    if fallback is not None:
        return fallback
    space = window.rfind(" ")
    return (start + space, start + space + 1) if space > 0 else (start + limit, start + limit)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every sentence, without surrounding white space (a list too long to be one
    sentence in pieces: `bounded`)."""
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
    return bounded(text, stripped)
