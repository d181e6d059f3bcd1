"""Cursor pagination that refuses what it cannot honour, instead of guessing.

A cursor is DRF's: the base64 of `p=<position>` (the next page) or `r=1&p=<position>` (the previous one), the
position being the id (or slug) of the record the page starts after. The API accepts exactly the cursors that
cursor_pattern() matches, up to a length, and the schema publishes the same pattern and length: a cursor the
schema admits is a page (perhaps an empty one), never a 400. Positions are digits in lists by id (up to 21 of them
or more), and in the conflicts list, by slug, characters from "," to DEL, which include every slug's (up to 100
of them or more).
"""

import base64
import re
import string
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from django.conf import settings
from rest_framework import pagination
from rest_framework.exceptions import ValidationError

from .schema import ID_MAX

BASE64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
DIGITS = frozenset(b"0123456789")
# "," to DEL: every character a slug may hold, and no "%" or "+", which a query string would decode; a block
# of whole bit patterns, whose base64 pattern stays short.
TEXT = frozenset(range(0x2C, 0x80))


def character_class(indexes: Iterable[int]) -> str:
    """Return a regex character class of these base64 digits, runs as ranges."""
    codes = sorted(ord(BASE64[index]) for index in indexes)
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][-1] + 1:
            runs[-1].append(code)
        else:
            runs.append([code])
    parts = "".join(
        chr(run[0])
        if len(run) == 1
        else "".join(map(chr, run))
        if len(run) == 2
        else f"{chr(run[0])}-{chr(run[-1])}"
        for run in runs
    )
    return parts if len(codes) == 1 else f"[{parts}]"


def alternatives(options: Iterable[tuple[set[int], str]]) -> str:
    """Return a regex for "one of these base64 digits, then what follows it", digits with the same sequel merged."""
    sequels: dict[str, set[int]] = defaultdict(set)
    for digits, sequel in options:
        sequels[sequel] |= digits
    branches = sorted(character_class(digits) + sequel for sequel, digits in sequels.items())
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def split(byte_set: Iterable[int], high_bits: int) -> dict[int, set[int]]:
    """Return the bytes' high `high_bits` bits, each with the low bits that go with it."""
    parts: dict[int, set[int]] = defaultdict(set)
    for byte in byte_set:
        parts[byte >> (8 - high_bits)].add(byte & ((1 << (8 - high_bits)) - 1))
    return parts


def base64_group(first: Iterable[int], *others: Iterable[int]) -> str:
    """Return a regex of the base64 of one group of one to three bytes, each from its set, padded.

    Base64 writes 3 bytes as 4 digits of 6 bits: the first byte's high 6 bits, its low 2 with the second's high 4,
    the second's low 4 with the third's high 2, the third's low 6.
    """
    second, third = (*others, None, None)[:2]

    def after_second(lows: set[int]) -> str:
        if third is None:
            return character_class({low << 2 for low in lows}) + "="
        return alternatives(
            ({low << 2 | high for low in lows}, character_class(rest))
            for high, rest in split(third, 2).items()
        )

    def after_first(lows: set[int]) -> str:
        if second is None:
            return character_class({low << 4 for low in lows}) + "=="
        return alternatives(
            ({low << 4 | high for low in lows}, after_second(rest)) for high, rest in split(second, 4).items()
        )

    return alternatives(({high}, after_first(rest)) for high, rest in split(first, 6).items())


def is_one_group(regex: str) -> bool:
    """Return whether the regex is one (?:...) group as a whole."""
    depth = 0
    for index, character in enumerate(regex):
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth == 0:
            return regex.startswith("(?:") and index == len(regex) - 1
    return False


def grouped(regex: str) -> str:
    """Return the regex as one group, to repeat it."""
    return regex if is_one_group(regex) else f"(?:{regex})"


def either(*regexes: str) -> str:
    """Return a regex matching what any of these does, as one group."""
    return f"(?:{'|'.join(regex[3:-1] if is_one_group(regex) else regex for regex in regexes)})"


def base64_pattern(prefix: bytes, alphabet: frozenset[int]) -> str:
    """Return a regex (ECMA 262 and Python alike) of the base64 of `prefix` followed by one or more bytes of
    `alphabet`, padded as b64encode pads: the text, and nothing else, that decodes to such bytes."""
    whole = len(prefix) - len(prefix) % 3
    head, rest = base64.b64encode(prefix[:whole]).decode(), [{byte} for byte in prefix[whole:]]
    full, two, one = (
        base64_group(alphabet, alphabet, alphabet),
        base64_group(alphabet, alphabet),
        base64_group(alphabet),
    )
    more = f"{grouped(full)}*{either(two, one)}?"  # whole groups, then a padded one
    if not rest:
        return head + either(full + more, two, one)
    if len(rest) == 1:
        return head + either(base64_group(*rest, alphabet), base64_group(*rest, alphabet, alphabet) + more)
    return f"{head}{base64_group(*rest, alphabet)}{more}"


@cache
def cursor_pattern(alphabet: frozenset[int]) -> str:
    """Return the pattern of the cursors of a list whose positions are made of `alphabet`."""
    return f"^{either(base64_pattern(b'p=', alphabet), base64_pattern(b'r=1&p=', alphabet))}$"


@cache
def cursor_regex(alphabet: frozenset[int]) -> re.Pattern:
    """Return cursor_pattern(alphabet), compiled."""
    return re.compile(cursor_pattern(alphabet))


PAGE_SIZE = {"type": "integer", "format": "int64", "minimum": 1, "maximum": ID_MAX}
PAGE_SIZE_HELP = "Records per page: default 100; larger than 1000 is read as 1000."


def page_size_from(request) -> int:
    """Return the page_size query parameter: default API_PAGE_SIZE, larger values clamped to API_MAX_PAGE_SIZE."""
    raw = request.query_params.get("page_size")
    if raw is None:
        return settings.API_PAGE_SIZE
    if not (raw.isascii() and raw.isdigit()):  # int() also reads " 5", "+5" and "٥"
        raise ValidationError({"page_size": f"Expected a whole number, got “{raw}”."})
    if len(raw) > 19 or int(raw) > ID_MAX:  # int() refuses thousands of digits with a ValueError
        raise ValidationError({"page_size": f"At most {ID_MAX}; a value above 1000 is read as 1000."})
    size = int(raw)
    if size < 1:
        raise ValidationError({"page_size": "Must be at least 1."})
    return min(size, settings.API_MAX_PAGE_SIZE)


class ClaimCursorPagination(pagination.CursorPagination):
    ordering = "id"
    page_size_query_param = "page_size"
    position_alphabet = DIGITS
    position_help = "an id"
    cursor_max_length = 36  # r=1&p= and 21 digits, p= and 25

    def get_page_size(self, request):
        return page_size_from(request)

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": "cursor",
                "required": False,
                "in": "query",
                "allowEmptyValue": True,  # an empty cursor is the first page
                "description": "The page to read: follow the `next` and `previous` links as given. A cursor is "
                f"the base64 of `p=<{self.position_help}>` or `r=1&p=<{self.position_help}>`.",
                "schema": {
                    "type": "string",
                    "pattern": cursor_pattern(self.position_alphabet),
                    "maxLength": self.cursor_max_length,
                },
            },
            {
                "name": "page_size",
                "required": False,
                "in": "query",
                "description": PAGE_SIZE_HELP,
                "schema": dict(PAGE_SIZE),
            },
        ]

    def decode_cursor(self, request):
        encoded = request.query_params.get(self.cursor_query_param)
        if not encoded:  # none, or empty: the first page
            return None
        # The pattern is exact: what it matches decodes to a position the page's query can compare (DRF's own
        # decoding let "abc" through as an id, and a NUL byte, which PostgreSQL refuses in a query).
        if len(encoded) > self.cursor_max_length or not cursor_regex(self.position_alphabet).fullmatch(
            encoded
        ):
            raise ValidationError(
                {"cursor": "This cursor is not one we issued: follow the `next` links as given."}
            )
        text = base64.b64decode(encoded).decode("ascii")
        reverse = text.startswith("r=1&")
        return pagination.Cursor(
            offset=0, reverse=reverse, position=text.removeprefix("r=1&").removeprefix("p=")
        )

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        if response.data.get("next"):
            response["Link"] = f'<{response.data["next"]}>; rel="next"'
        return response


class SlugCursorPagination(ClaimCursorPagination):
    ordering = "slug"
    position_alphabet = TEXT
    position_help = "a slug"
    cursor_max_length = 144  # r=1&p= and 102 characters, p= and 106
