"""Read a whole number written in digits ("5,000", "5 000", "5.000", "1.2 million") or English words."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from .figures import ParseError
from .lexicon import _alternation, _word_list

_UNITS_AND_TEENS = _word_list(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
)
_TENS = _word_list("twenty thirty forty fifty sixty seventy eighty ninety")
_SMALL_NUMBERS = {word: value for value, word in enumerate(_UNITS_AND_TEENS)}
_SMALL_NUMBERS.update({word: 10 * (index + 2) for index, word in enumerate(_TENS)})
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


_NUMBER_WORD = rf"(?:{_alternation([*_SMALL_NUMBERS, *_SCALES])})\b"
# "and" joins only after a scale ("one hundred and twelve"), so "between two and three" stays two numbers.
_WORD_NUMBER = (
    rf"(?:an?\s+(?=(?:{'|'.join(_SCALES)})\b))?\b{_NUMBER_WORD}"
    rf"(?:(?:\s+|-|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+){_NUMBER_WORD}){{0,8}}"
)
# Bounded, so that a run of thousands of digits is refused in linear time: no count has more than 18 digits.
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3}){1,5}|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,5}|\d{1,3}(?:\.\d{3}){1,5}|\d{1,18}(?:\.\d{1,6})?)"
    r"(?![\d]|[.,]\d)"
)
_DIGIT_NUMBER = rf"{_DIGITS}(?:\s+(?:{'|'.join(_SCALES)})\b|(?![^\W\d_]))"
# "half a million", "a quarter of a million", "one and a half million", "two-thirds of a million": a fraction of
# a scale, which a scale word alone would read as the whole scale.
_FRACTIONS = {"half": Fraction(1, 2), "quarter": Fraction(1, 4), "third": Fraction(1, 3)}
_FRACTION_NUMBER = (
    r"(?:(?:(?P<whole>one|two|three|four|five|six|seven|eight|nine|a)\s+and\s+a\s+half"
    r"|(?:a|one|two|three)[\s-]+(?:half|quarters?|thirds?)\s+of\s+an?|half\s+an?)"
    rf"\s+(?:{'|'.join(scale for scale in _SCALES if scale != 'dozen')}))\b"
)
_FRACTION_NUMBER_RE = re.compile(_FRACTION_NUMBER.replace("(?P<whole>", "(?:"), re.IGNORECASE)
_NUMBER = rf"(?:{_DIGIT_NUMBER}|{_FRACTION_NUMBER.replace('(?P<whole>', '(?:')}|{_WORD_NUMBER})"
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
    if _FRACTION_NUMBER_RE.fullmatch(written):
        return _fraction_value(written)
    return _words_value(written)


def _fraction_value(written: str) -> int:
    """Return the value of a fraction of a scale: "half a million" 500,000, "two-thirds of a million" 666,667."""
    words = re.split(r"[\s-]+", written.lower())
    scale = _SCALES[words[-1]]
    if "and" in words:  # "one and a half million"
        whole = 1 if words[0] in ("a", "one") else _SMALL_NUMBERS[words[0]]
        return int((whole + Fraction(1, 2)) * scale)
    if words[0] == "half":
        return scale // 2
    count = 1 if words[0] in ("a", "one") else _SMALL_NUMBERS[words[0]]
    part = _FRACTIONS[words[1].rstrip("s")]
    return round(count * part * scale)


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
