"""What each column can hold on every engine the tracker runs on, checked for every value a restore reads.

A restore takes a value only if both PostgreSQL and SQLite would store it as it is: a file that restores on one
engine restores on the other. SQLite alone would take an integer past PostgreSQL's column range, a text longer
than its column, a NUL character or a text where a number belongs; PostgreSQL would refuse them, or worse, a
restore on SQLite would keep them.
"""

import datetime as dt
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, cast

import orjson
from django.core.exceptions import ValidationError
from django.db import models
from django.db.backends.base.operations import BaseDatabaseOperations
from django.utils.dateparse import parse_date, parse_datetime

from .tables import BackupError, label, quoted

# PostgreSQL's ranges (Django's defaults): SQLite stores any 64-bit integer in any integer column.
INTEGER_RANGES = BaseDatabaseOperations.integer_field_ranges
TEXT_TYPES = {"CharField", "SlugField", "TextField"}
# Far deeper than any JSON the tracker writes (a claim's version is 3 levels deep), and well within what
# SQLite's JSON functions and Python's json module take (about 1,000 levels).
MAX_JSON_DEPTH = 100


class Unfit(ValueError):
    """A value its column cannot hold; the message says what it is and what the column takes."""


def row_reader(
    model: type[models.Model], natural_ids: dict[str, dict[tuple, Any]], connection, path: Path
) -> Callable[[int, bytes], list]:
    """Return a function that turns line `number` of the file, a row of `model`, into the values the database
    driver takes, refusing with a BackupError any row whose value a column cannot hold on every engine.

    `natural_ids` holds, for each column written as a natural key, the ids of this database by natural key.
    """
    fields = model._meta.concrete_fields
    names = [f.attname for f in fields]
    steps = [column_reader(f, natural_ids.get(f.attname), connection) for f in fields]
    json_columns = [i for i, f in enumerate(fields) if f.get_internal_type() == "JSONField"]
    width = len(steps)

    def refuse(number: int, problem: str) -> NoReturn:
        raise BackupError(f"{path} cannot be restored: line {number}, a row of {label(model)}, {problem}.")

    def read(number: int, line: bytes) -> list:
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError as error:
            refuse(number, f"is not JSON ({error})")
        if type(row) is not list or len(row) != width:
            refuse(number, f"is not a list of its table's {width} columns")
        if b"\\u0000" in line:  # orjson writes NUL as \u0000; more often, a text quotes "\u0000" itself
            for name, value in zip(names, row, strict=True):
                if holds_nul(value):
                    refuse(number, f"{name} holds a NUL character, which PostgreSQL cannot store")
        # Each level opens a bracket: most rows have fewer brackets than the deepest JSON allowed.
        if json_columns and line.count(b"[") + line.count(b"{") > MAX_JSON_DEPTH:
            for i in json_columns:
                if json_depth(row[i]) > MAX_JSON_DEPTH:
                    refuse(number, f"{names[i]} is JSON nested more than {MAX_JSON_DEPTH} levels deep")
        try:
            return [step(value) for step, value in zip(steps, row, strict=True)]
        except Unfit:
            for name, step, value in zip(names, steps, row, strict=True):
                try:
                    step(value)
                except Unfit as problem:
                    refuse(number, f"{name} {problem}")
            raise

    return read


def column_reader(f: models.Field, natural_ids: dict[tuple, Any] | None, connection) -> Callable[[Any], Any]:
    """Return a function that checks a value of the column read from a file and returns what the driver takes."""
    # A concrete relation is a foreign key (or one-to-one): its column holds what its target's does.
    kind = (cast(models.ForeignObject, f).target_field if f.is_relation else f).get_internal_type()
    null = f.null
    if natural_ids is not None:
        return natural_key(natural_ids, label(cast("type[models.Model]", f.related_model)), null)
    if kind in INTEGER_RANGES:
        return integer(*INTEGER_RANGES[kind], null)
    if kind == "BooleanField":
        return boolean(null)
    if kind in TEXT_TYPES:
        return text(f.max_length, null)
    if kind == "FloatField":
        return number(null)
    if kind == "DateField":
        return date(connection, null)
    if kind == "DateTimeField":
        return date_time(connection, null)
    if kind == "JSONField":
        return json(f, connection)
    return other(f, connection)


# Each check returns a value that fits as it is, or None where the column allows it, before anything else:
# a restore calls one for every value of the file.


def integer(low: int, high: int, null: bool) -> Callable[[Any], int | None]:
    def check(value):
        if (type(value) is int and low <= value <= high) or (value is None and null):
            return value
        raise Unfit(f"is {quoted(value)}, not a whole number from {low:,} to {high:,}")

    return check


def boolean(null: bool) -> Callable[[Any], bool | None]:
    def check(value):
        if type(value) is bool or (value is None and null):
            return value
        raise Unfit(f"is {quoted(value)}, not true or false")

    return check


def text(max_length: int | None, null: bool) -> Callable[[Any], str | None]:
    limit = max_length or math.inf

    def check(value):
        if (type(value) is str and len(value) <= limit) or (value is None and null):
            return value
        if type(value) is not str:
            raise Unfit(f"is {quoted(value)}, not a text")
        raise Unfit(f"holds {len(value):,} characters, more than its {max_length:,}")

    return check


def number(null: bool) -> Callable[[Any], float | None]:
    def check(value):
        if type(value) in (float, int) and math.isfinite(value):
            return float(value)
        if value is None and null:
            return None
        raise Unfit(f"is {quoted(value)}, not a number")

    return check


def date(connection, null: bool) -> Callable[[Any], Any]:
    adapt = connection.ops.adapt_datefield_value

    def check(value):
        if value is None and null:
            return None
        try:
            parsed = parse_date(value) if type(value) is str else None
        except ValueError:
            parsed = None
        if parsed is None:
            raise Unfit(f"is {quoted(value)}, not a date (YYYY-MM-DD)")
        return adapt(parsed)

    return check


def date_time(connection, null: bool) -> Callable[[Any], Any]:
    adapt = connection.ops.adapt_datetimefield_value

    def check(value):
        if value is None and null:
            return None
        try:
            parsed = parse_datetime(value) if type(value) is str else None
        except ValueError:
            parsed = None
        if parsed is None or parsed.utcoffset() is None:
            raise Unfit(f"is {quoted(value)}, not a date and time with its UTC offset")
        try:
            # In UTC, as both engines store it: a time at the calendar's ends may fall out of it.
            return adapt(parsed.astimezone(dt.UTC))
        except OverflowError:
            raise Unfit(f"is {quoted(value)}, outside years 1 to 9999 in UTC") from None

    return check


def json(f: models.Field, connection) -> Callable[[Any], Any]:
    # Any JSON value fits (orjson reads no NaN, no infinity, no integer past 64 bits); read() refused NULs
    # (PostgreSQL's jsonb cannot hold them) and JSON nested too deeply. None is SQL's NULL, as when written.
    return lambda value: f.get_db_prep_save(value, connection)


def natural_key(ids: dict[tuple, Any], target: str, null: bool) -> Callable[[Any], Any]:
    def lookup(value):
        if type(value) is list:
            try:
                return ids[tuple(value)]
            except (KeyError, TypeError):  # TypeError: a part that is itself a list or an object
                pass
        elif value is None and null:
            return None
        raise Unfit(
            f"refers to {target} {quoted(value)}, which this database lacks: run `manage.py migrate` with the "
            "release that made the backup"
        )

    return lookup


def other(f: models.Field, connection) -> Callable[[Any], Any]:
    """Return the check of a column of a type the tracker does not use yet: its field's own conversion."""

    def check(value):
        if value is None and f.null:
            return None
        try:
            return f.get_db_prep_save(f.to_python(value), connection)
        except ValidationError as error:
            raise Unfit(f"is {quoted(value)}: {' '.join(error.messages)}") from None
        except (ValueError, TypeError, ArithmeticError) as error:
            raise Unfit(f"is {quoted(value)}: {error}") from None

    return check


def holds_nul(value) -> bool:
    """Return whether a value read from JSON holds a NUL character in a text, an object's keys included."""
    pending = [value]
    while pending:
        item = pending.pop()
        if type(item) is str:
            if "\x00" in item:
                return True
        elif type(item) is list:
            pending.extend(item)
        elif type(item) is dict:
            pending.extend(item)
            pending.extend(item.values())
    return False


def json_depth(value) -> int:
    """Return how deeply a value read from JSON nests lists and objects (a number or a text: 0)."""
    deepest = 0
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if type(item) is list or type(item) is dict:
            deepest = max(deepest, depth)
            pending.extend((child, depth + 1) for child in (item.values() if type(item) is dict else item))
    return deepest
