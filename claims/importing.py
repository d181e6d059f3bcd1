"""Bulk import of claims from JSON Lines or CSV: validate every row, then write all of them or none.

One row is one claim. Actors are named, conflicts given by slug, sources by URL and incidents by id; all must
exist already. `external_id` identifies a row, so importing the same file twice adds nothing the second time.

JSON Lines: one object per line with the claim's fields, "sides" a list of actor names and "chain" a list
of {"actor", "relation", "source" (URL or null), "date", "words"}. CSV: the same columns, "sides" separated
by ";" and "chain" a JSON list.

Built for hundreds of thousands of rows (docs/performance.md). Rows are read one by one, then checked a batch
at a time, field by field over the whole batch (a column of usual values passes in a few set operations;
any other value goes through the model field's own clean()), and each figure by Claim.figure_problems().
They are written by the one write path of claims, services.save_claims, a batch at a time, in one
transaction: without model instances (PostgreSQL COPY, or executemany on SQLite), each claim with its chain,
sides and first version, the quantities' counts and the partners' feed refreshed as for any write.
"""

import csv
import datetime as dt
import gc
import io
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from types import SimpleNamespace
from typing import Any, cast

from django.core import validators
from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, connection, models, transaction
from django.utils import timezone

from .models import (
    BOUNDS,
    MAX_HOP_POSITION,
    MAX_SIDES,
    Actor,
    AttributionHop,
    Claim,
    ClaimDocument,
    ClaimVersion,
    Conflict,
    FeedEntry,
    Incident,
    IncidentDocument,
    Quantity,
    QuantityDocument,
    Relation,
    Source,
    Status,
    implausible_bounds,
)
from .services import ClaimWrite, Hop, chain_problems, save_claims
from .services.aggregate import too_many_sides
from .services.sql import one_of
from .services.writing import Announcements

CLAIM_FIELDS = [
    "external_id", "conflict", "incident", "metric", "population", "group", "sides", "area", "period_start",
    "period_end", "as_of", "phrase", "qualifier", "low", "best", "high", "convention", "originator", "stated_on",
    "quote", "status", "rating", "retraction_reason", "chain",
]  # fmt: skip
CLAIM_FIELD_SET = frozenset(CLAIM_FIELDS)
HOP_FIELDS = frozenset({"actor", "relation", "source", "date", "words"})
# Without --trusted an import only adds drafts: anything further goes through review.
UNTRUSTED_STATUSES = {Status.DRAFT}
STATUSES = frozenset(Status.values)
RELATIONS = frozenset(Relation.values)
BATCH = 10_000  # rows checked, and claims written, at a time (a progress line each); ids per lookup query
ANALYZE_AFTER = 10_000  # claims: an import this large refreshes the planner's statistics

# A row's claim values, in this order: first those checked field by field (in the model's order)...
CHECKED_CLAIM_FIELDS = (
    "external_id", "metric", "population", "group", "area", "period_start", "period_end", "as_of", "phrase",
    "qualifier", "low", "best", "high", "convention", "stated_on", "quote", "status", "rating", "retraction_reason",
)  # fmt: skip
# ...then the references a row names, then what the importer decides. Other columns get their defaults.
READ_VALUES = (*CHECKED_CLAIM_FIELDS, "conflict_id", "originator_id", "incident_id")
read_values = itemgetter(*READ_VALUES)
CLAIM_VALUES = (*READ_VALUES, "created_by_id", "published_at", "retracted_at")
# What a row never sets, recorded with every claim written (services.aggregate.RECORDED_FIELDS).
UNSET_VALUES = {
    "breakdown_of_id": None,  # a breakdown is linked in the admin, where both claims are at hand
    "supersedes_id": None,
    "corrects_id": None,
    "internal_note": "",
    "submitted_at": None,
    "verified_by_id": None,
    "published_by_id": None,
}
# A hop's values, in this order; the first four are checked field by field.
HOP_VALUES = ("position", "relation", "date", "words", "actor_id", "source_id")
CHECKED_HOP_FIELDS = HOP_VALUES[:4]


class ImportRefused(Exception):
    """The file was refused; `errors` lists every problem with its line number. Nothing was written."""

    def __init__(self, errors: list[str]):
        super().__init__(f"{len(errors)} problem(s): nothing was imported.")
        self.errors = errors


@dataclass
class Batch:
    """Checked rows, column by column: columns[name][i] is row i's value, for each name of CLAIM_VALUES."""

    lines: list[int]
    columns: dict[str, list]
    sides: list[list[int]]  # actor ids, per row
    hops: list[list[tuple]]  # per row, each hop's values in HOP_VALUES order

    def __len__(self) -> int:
        return len(self.lines)

    def only(self, keep: list[int]) -> "Batch":
        """Return the batch of these rows only."""

        def picked(values: list) -> list:
            return [values[index] for index in keep]

        return Batch(
            picked(self.lines),
            {name: picked(column) for name, column in self.columns.items()},
            picked(self.sides),
            picked(self.hops),
        )


@dataclass(slots=True)
class Row:
    """One row to be imported, to show it (the admin's preview)."""

    batch: Batch
    index: int

    @property
    def line(self) -> int:
        return self.batch.lines[self.index]

    @property
    def claim(self) -> Claim:
        """Return the row as an unsaved claim."""
        return Claim(**{name: column[self.index] for name, column in self.batch.columns.items()})

    def write(self, reason: str) -> ClaimWrite:
        """Return the row as a write of a new claim."""
        batch, index = self.batch, self.index
        values = {name: batch.columns[name][index] for name in CLAIM_VALUES} | UNSET_VALUES
        chain = [
            Hop(actor, relation, source, date, words)
            for _, relation, date, words, actor, source in batch.hops[index]
        ]
        return ClaimWrite(
            values=values, chain=chain, sides=batch.sides[index], reason=reason, by_id=values["created_by_id"]
        )


@dataclass
class Outcome:
    created: int = 0
    already_present: int = 0
    errors: list[str] = field(default_factory=list)
    new_rows: list[Row] = field(default_factory=list)


@dataclass(slots=True)
class Figure:
    """What Claim.figure_problems() and Claim.figure_numbers() read of a claim, without building one."""

    qualifier: str
    low: int | None
    best: int | None
    high: int | None
    period_start: dt.date | None
    period_end: dt.date | None


def read_rows(data: bytes, filename: str) -> Iterator[tuple[int, dict | None, str | None]]:
    """Yield (line number, row, problem) for each row of a JSON Lines or CSV file."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line_number = data[: error.start].count(b"\n") + 1
        yield line_number, None, f"the file is not UTF-8 text (byte {error.start}): save it as UTF-8"
        return
    if filename.lower().endswith(".csv"):
        reader = csv.DictReader(io.StringIO(text))
        for row in reader:
            yield reader.line_num, row, None
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, None, f"not valid JSON ({error.msg})"
            continue
        if not isinstance(row, dict):
            yield number, None, "each line must be a JSON object"
            continue
        yield number, row, None


# --- Checking values as the model does -------------------------------------------------------------------------

KNOWN_VALIDATORS = (validators.MaxLengthValidator, validators.MinValueValidator, validators.MaxValueValidator)
refuse_nul = validators.ProhibitNullCharactersValidator()


def field_check(model_field: models.Field) -> Callable[[Any], Any]:
    """Return a function that gives a value as Model.clean_fields() leaves it, or raises its ValidationError.

    A usual value (a valid choice, an integer in range, an ISO date, a string that fits) takes a short path
    with the same result as the field's clean(); anything else goes through clean() itself, so a problem is
    described in Django's own words.
    """

    def clean(value):
        if model_field.blank and value in model_field.empty_values:
            # clean_fields() does not check an empty value where blank is allowed; store it as the column can.
            return "" if model_field.empty_strings_allowed and (value == "" or not model_field.null) else None
        # The model's fields would take these as text, or cut them to a whole number, without a word.
        if isinstance(value, dict | list):
            raise ValidationError("give a single value here, not a list or an object", code="invalid")
        if (
            isinstance(value, float)
            and isinstance(model_field, models.IntegerField)
            and not value.is_integer()
        ):
            raise ValidationError(
                "“%(value)s” is not a whole number", code="invalid", params={"value": value}
            )
        try:
            cleaned = model_field.clean(value, None)
        except (TypeError, ValueError):  # DateField.to_python(20201022) fails so, for one
            message = model_field.error_messages.get("invalid", "“%(value)s” is not a valid value.")
            raise ValidationError(message, code="invalid", params={"value": value}) from None
        if isinstance(cleaned, str):
            refuse_nul(cleaned)  # as the admin's forms do: PostgreSQL cannot store it
        return cleaned

    if not all(type(v) in KNOWN_VALIDATORS for v in model_field.validators):
        return clean
    if model_field.choices:
        allowed = choice_values(model_field)

        def check_choice(value):
            return value if type(value) is str and value in allowed else clean(value)

        return check_choice
    if isinstance(model_field, models.IntegerField):
        low, high = integer_range(model_field)

        def check_integer(value):
            if type(value) is str:  # CSV
                try:
                    value = int(value)  # what IntegerField.to_python() does
                except ValueError:
                    return clean(value)
            return value if type(value) is int and low <= value <= high else clean(value)

        return check_integer
    if isinstance(model_field, models.DateField) and not isinstance(model_field, models.DateTimeField):

        def check_date(value):
            if type(value) is str:
                try:
                    return dt.date.fromisoformat(value)  # what DateField.to_python() tries first
                except ValueError:
                    pass
            return clean(value)

        return check_date
    if isinstance(model_field, (models.CharField, models.TextField)):
        max_length = model_field.max_length or float("inf")

        def check_text(value):
            usual = type(value) is str and value and len(value) <= max_length and "\x00" not in value
            return value if usual else clean(value)

        return check_text
    return clean


def usual_column(model_field: models.Field) -> Callable[[list], bool]:
    """Return a test saying whether field_check() would leave every value of a column as it is.

    A date column passes once its ISO dates are parsed, in place. The test runs at C speed (set, map, min,
    max); it may say no to values that pass, never yes to values that do not.
    """
    none_passes = model_field.blank and model_field.null  # clean_fields() leaves None there, and so do we
    if not all(type(v) in KNOWN_VALIDATORS for v in model_field.validators):
        return lambda column: False
    if model_field.choices:
        allowed = choice_values(model_field)

        def choices_only(column: list) -> bool:
            try:
                return allowed.issuperset(column)
            except TypeError:  # an unhashable value: a JSON list or object
                return False

        return choices_only
    if isinstance(model_field, models.IntegerField):
        low, high = integer_range(model_field)

        def integers_in_range(column: list) -> bool:
            kinds = set(map(type, column))
            if str in kinds and kinds <= {int, str, type(None)}:  # CSV: what IntegerField.to_python() does
                try:
                    column[:] = [value if value is None else int(value) for value in column]
                except ValueError:
                    return False
                kinds = set(map(type, column))
            if kinds <= {int}:
                numbers = column
            elif none_passes and kinds <= {int, type(None)}:
                numbers = [value for value in column if value is not None]
            else:
                return False
            return not numbers or (low <= min(numbers) and max(numbers) <= high)

        return integers_in_range
    if isinstance(model_field, models.DateField) and not isinstance(model_field, models.DateTimeField):

        def iso_dates(column: list) -> bool:
            try:
                if none_passes:
                    parsed = [value if value is None else dt.date.fromisoformat(value) for value in column]
                else:
                    parsed = list(map(dt.date.fromisoformat, column))
            except (TypeError, ValueError):
                return False
            column[:] = parsed
            return True

        return iso_dates
    if isinstance(model_field, (models.CharField, models.TextField)):
        max_length, blank_passes = model_field.max_length, model_field.blank

        def strings_that_fit(column: list) -> bool:
            kinds = set(map(type, column))
            if not (kinds <= {str} or (none_passes and kinds <= {str, type(None)})):
                return False
            texts = column if type(None) not in kinds else [value for value in column if value is not None]
            if max_length and texts and max(map(len, texts)) > max_length:
                return False
            return (blank_passes or "" not in texts) and "\x00" not in "".join(texts)

        return strings_that_fit
    return lambda column: False


def choice_values(model_field: models.Field) -> set[str]:
    allowed = {value for value, _ in model_field.flatchoices if isinstance(value, str)}
    return allowed | {""} if model_field.blank else allowed


def integer_range(model_field: models.Field) -> tuple[float, float]:
    low, high = -float("inf"), float("inf")
    # An integer field's validators are the limits (Min/MaxValueValidator) its range and options set.
    for validator in cast(list[validators.BaseValidator], model_field.validators):
        limit = validator.limit_value() if callable(validator.limit_value) else validator.limit_value
        if isinstance(validator, validators.MinValueValidator):
            low = max(low, limit)
        elif isinstance(validator, validators.MaxValueValidator):
            high = min(high, limit)
    return low, high


class ColumnCheck:
    """Check one field in every row of a batch, as Model.clean_fields() checks it in one row."""

    def __init__(self, model_field: models.Field):
        self.name = model_field.name
        self.one, self.usual = field_check(model_field), usual_column(model_field)

    def __call__(self, column: list) -> dict[int, list[str]]:
        """Turn the values into the model's, in place; return {row index: messages} for those refused."""
        if self.usual(column):
            return {}
        problems = {}
        for index, value in enumerate(column):
            try:
                column[index] = self.one(value)
            except ValidationError as error:
                problems[index] = error.messages
        return problems


@cache
def column_checks(model: type[models.Model], names: tuple[str, ...]) -> tuple[ColumnCheck, ...]:
    # An import names a model's own concrete fields, never a relation's reverse side or a generic key.
    return tuple(ColumnCheck(cast(models.Field, model._meta.get_field(name))) for name in names)


@cache
def constraint_message(rule: str) -> str:
    """Return the message of one of Claim's check constraints, by its rule."""
    name = f"{Claim._meta.app_label}_{Claim._meta.model_name}_{rule}"
    return next(str(c.violation_error_message) for c in Claim._meta.constraints if c.name == name)


# --- Writing rows without model instances ----------------------------------------------------------------------


# --- The importer ----------------------------------------------------------------------------------------------


class Importer:
    """Validate rows against the database's rules and its actors, conflicts and sources, then write them."""

    def __init__(self, *, by=None, trusted: bool = False, progress: Callable[[str], None] | None = None):
        self.by, self.trusted, self.progress = by, trusted, progress or (lambda message: None)
        self.conflicts = dict(Conflict.objects.values_list("slug", "pk"))
        self.actors = dict(Actor.objects.values_list("name", "pk"))
        self.parents = dict(Actor.objects.values_list("pk", "acts_on_behalf_of"))
        # Only URLs: the texts of the sources rows quote from are read when they are needed.
        self.sources = dict(Source.objects.values_list("url", "pk"))
        self.set_time()

    def set_time(self) -> None:
        """Take the time recorded as published_at and retracted_at: one for the whole import."""
        self.now = timezone.now()

    def principals(self, actor_id: int) -> list[int]:
        """Return whom an actor speaks for, nearest first (Actor.principals(), from the actors loaded once)."""
        chain, parent = [], self.parents.get(actor_id)
        while parent is not None and parent not in chain:
            chain.append(parent)
            parent = self.parents.get(parent)
        return chain

    def run(
        self,
        rows: Iterable[tuple[int, dict | None, str | None]],
        *,
        dry_run: bool = False,
        reason: str = "Imported",
    ) -> Outcome:
        """Import the rows, or raise ImportRefused listing every problem. Writes in one transaction.

        With dry_run, check everything and say what would be created, writing nothing.
        """
        with cyclic_gc_paused():
            return self.check_and_write(rows, dry_run=dry_run, reason=reason)

    def check_and_write(
        self, rows: Iterable[tuple[int, dict | None, str | None]], *, dry_run: bool, reason: str
    ) -> Outcome:
        self.set_time()
        problems: list[tuple[int, str]] = []  # (line, "name: message"), sorted by line at the end
        batches: list[Batch] = []
        seen: dict[str, int] = {}
        pending: list[tuple[int, dict]] = []
        for count, (line, raw, problem) in enumerate(rows, start=1):
            if problem or raw is None:
                problems.append((line, problem or "no row"))
                continue
            pending.append((line, raw))
            if len(pending) == BATCH:
                batches.append(self.check(pending, problems, seen))
                pending = []
                self.progress(f"checked {count:,} rows")
        batches.append(self.check(pending, problems, seen))
        if problems:
            problems.sort(key=itemgetter(0))  # stable: a row's problems keep their order
            raise ImportRefused([f"line {line}: {problem}" for line, problem in problems])

        present = self.already_imported(list(seen))
        if present:
            batches = [
                batch.only([i for i, key in enumerate(batch.columns["external_id"]) if key not in present])
                for batch in batches
            ]
        outcome = Outcome(already_present=len(present))
        outcome.new_rows = [Row(batch, index) for batch in batches for index in range(len(batch))]
        outcome.created = len(outcome.new_rows)
        if not dry_run:
            try:
                self.write(batches, reason)
            except (IntegrityError, DataError) as error:
                # Rows were checked as the database checks them: this is a concurrent import of the same rows,
                # or a rule the checks above miss. Either way the transaction was rolled back.
                raise ImportRefused([f"the database refused the rows ({error}); try again"]) from error
        return outcome

    def check(self, pending: list[tuple[int, dict]], problems: list[tuple[int, str]], seen: dict) -> Batch:
        """Check rows; return those without problems, as a batch, and add every problem to `problems`.

        Row by row: the columns, references to conflicts, actors and sources, the chain's shape. Then field
        by field over all rows; then, for each row whose fields are right, its figure.
        """
        lines, values, sides, hops = [], [], [], []
        found: list[dict[str, list[str]]] = []  # per row: its problems by name
        for line, raw in pending:
            row_problems: dict[str, list[str]] = {}
            row_values, row_sides, row_hops = self.read(raw, row_problems)
            lines.append(line)
            values.append(row_values)
            sides.append(row_sides)
            hops.append(row_hops)
            found.append(row_problems)
        if not values:
            return Batch([], {name: [] for name in CLAIM_VALUES}, [], [])
        columns = {
            name: list(column) for name, column in zip(READ_VALUES, zip(*values, strict=True), strict=True)
        }
        self.check_incidents(columns, found)
        fields_right = [True] * len(values)
        for check in column_checks(Claim, CHECKED_CLAIM_FIELDS):
            for index, messages in check(columns[check.name]).items():
                found[index].setdefault(check.name, []).extend(messages)
                fields_right[index] = False
        self.check_hops(hops, found)
        for index, right in enumerate(fields_right):
            if right:
                self.check_figure(columns, index, found[index])
                self.check_chain(columns["originator_id"][index], hops[index], found[index])

        keep = []
        for index, (line, row_problems) in enumerate(zip(lines, found, strict=True)):
            if row_problems:
                problems += [
                    (line, f"{name}: {m}") for name, messages in row_problems.items() for m in messages
                ]
                continue
            key = columns["external_id"][index]
            if key in seen:
                problems.append((line, f"external_id: “{key}” already used on line {seen[key]}"))
                continue
            seen[key] = line
            keep.append(index)
        batch = Batch(lines, columns, sides, hops)
        if len(keep) < len(lines):
            batch = batch.only(keep)
        self.decide(batch)
        return batch

    def read(self, raw: dict, problems: dict[str, list[str]]) -> tuple[tuple, list[int], list[tuple]]:
        """Return a row's claim values (READ_VALUES order), sides and hops.

        Records in `problems` what is wrong with its columns and references.
        """
        get = raw.get
        unknown = raw.keys() - CLAIM_FIELD_SET
        if unknown:
            if None in unknown:  # csv.DictReader's key for cells beyond the header
                problems["columns"] = ["more cells than the header has columns"]
            if names := sorted(str(name) for name in unknown if name is not None):
                problems.setdefault("columns", []).append(f"unknown column(s): {', '.join(names)}")
        if not get("external_id"):
            problems["external_id"] = ["required: it makes a re-import skip rows already imported"]
        status = get("status") or Status.DRAFT.value
        if (
            not isinstance(status, str)
            or status not in STATUSES
            or (not self.trusted and status not in UNTRUSTED_STATUSES)
        ):
            allowed = Status.values if self.trusted else sorted(UNTRUSTED_STATUSES)
            problems["status"] = [f"“{status}” is not allowed here (allowed: {', '.join(allowed)})"]
        conflict_id = lookup(self.conflicts, get("conflict"))
        if conflict_id is None:
            problems["conflict"] = [f"no conflict with slug “{get('conflict')}”"]
        originator_id = None
        if originator := get("originator"):
            originator_id = lookup(self.actors, originator)
            if originator_id is None:
                problems["originator"] = [f"no actor named “{originator}”"]
        incident_id = None
        if (incident := get("incident")) not in (None, ""):
            # Checked against the database a batch at a time (check_incidents): here only its form.
            incident_id = as_id(incident)
            if incident_id is None:
                problems["incident"] = [f"“{incident}” is not an incident id: give the incident's number"]
        sides = self.read_sides(get("sides"), problems)
        hops = self.read_chain(get("chain"), problems)
        values = {
            "external_id": get("external_id"),
            "metric": get("metric") or "",
            "population": get("population") or "all",
            "group": get("group") or "all",
            "area": get("area") or "",
            "period_start": blank_to_none(get("period_start")),
            "period_end": blank_to_none(get("period_end")),
            "as_of": blank_to_none(get("as_of")),
            "phrase": get("phrase") or "",
            "qualifier": get("qualifier") or "",
            "low": blank_to_none(get("low")),
            "best": blank_to_none(get("best")),
            "high": blank_to_none(get("high")),
            "convention": get("convention") or "conservative",
            "stated_on": blank_to_none(get("stated_on")),
            "quote": get("quote") or "",
            "status": status,
            "rating": get("rating") or "",
            "retraction_reason": get("retraction_reason") or "",
            "conflict_id": conflict_id,
            "originator_id": originator_id,
            "incident_id": incident_id,
        }
        return read_values(values), sides, hops

    def check_incidents(self, columns: dict[str, list], found: list[dict[str, list[str]]]) -> None:
        """Check the incidents the batch's rows name: each exists and is in its row's conflict (a claim about an
        incident counts in the incident's quantity). One query, only when a row of the batch names one."""
        ids = columns["incident_id"]
        named = sorted({pk for pk in ids if pk is not None})
        if not named:
            return
        conflict_of = incident_conflicts(named)
        slugs = {conflict: slug for slug, conflict in self.conflicts.items()}
        for index, (pk, conflict_id) in enumerate(zip(ids, columns["conflict_id"], strict=True)):
            if pk is None:
                continue
            if pk not in conflict_of:
                found[index].setdefault("incident", []).append(f"no incident with id {pk}")
            elif conflict_id is not None and conflict_of[pk] != conflict_id:  # else the conflict is reported
                found[index].setdefault("incident", []).append(
                    f"incident {pk} is in another conflict (“{slugs.get(conflict_of[pk], conflict_of[pk])}”):"
                    " name an incident of this row's conflict"
                )

    def read_sides(self, names, problems: dict[str, list[str]]) -> list[int]:
        """Return the actor ids of the sides named."""
        if isinstance(names, str):  # CSV
            names = [name.strip() for name in names.split(";") if name.strip()]
        if not names:
            return []
        if not isinstance(names, list):
            problems["sides"] = ["must be a list of actor names"]
            return []
        sides: list[int] = []
        for name in names:
            actor_id = lookup(self.actors, name)
            if actor_id is None:
                problems.setdefault("sides", []).append(f"no actor named “{name}”")
            elif actor_id in sides:
                problems.setdefault("sides", []).append(f"“{name}” is named twice")
            else:
                sides.append(actor_id)
        if len(sides) > MAX_SIDES:
            problems.setdefault("sides", []).append(too_many_sides(len(sides)))
        return sides

    def read_chain(self, chain, problems: dict[str, list[str]]) -> list[tuple]:
        """Return the hops, each in HOP_VALUES order."""
        if isinstance(chain, str):  # CSV
            try:
                chain = json.loads(chain) if chain.strip() else []
            except json.JSONDecodeError as error:
                problems["chain"] = [f"not a JSON list ({error.msg})"]
                return []
        if not chain:
            return []
        if not isinstance(chain, list):
            problems["chain"] = ["must be a list of hops"]
            return []
        if len(chain) > MAX_HOP_POSITION + 1:
            problems["chain"] = [f"has {len(chain)} hops; a chain has at most {MAX_HOP_POSITION + 1}"]
            return []
        hops = []
        actors, sources = self.actors, self.sources
        for position, hop in enumerate(chain):
            if type(hop) is not dict:
                problems.setdefault(f"chain[{position}]", []).append(
                    "must be an object with actor and relation"
                )
                continue
            get = hop.get
            actor, relation, url = get("actor"), get("relation") or "", get("source") or None
            actor_id = actors.get(actor) if type(actor) is str else None
            source_id = sources.get(url) if type(url) is str else None
            if (
                actor_id is None
                or hop.keys() - HOP_FIELDS
                or (url is not None and source_id is None)
                or (type(relation) is not str or relation not in RELATIONS)
            ):
                self.describe_hop(hop, position, actor_id, source_id, problems)
            hops.append(
                (position, relation, blank_to_none(get("date")), get("words") or "", actor_id, source_id)
            )
        return hops

    def describe_hop(
        self, hop: dict, position: int, actor_id, source_id, problems: dict[str, list[str]]
    ) -> None:
        """Record what is wrong with a hop's keys and references."""
        where = problems.setdefault(f"chain[{position}]", [])
        if extra := hop.keys() - HOP_FIELDS:
            where.append(f"unknown key(s): {', '.join(sorted(map(str, extra)))}")
        if actor_id is None:
            where.append(f"no actor named “{hop.get('actor')}”")
        relation = hop.get("relation")
        if not isinstance(relation, str) or relation not in RELATIONS:
            where.append(f"relation “{relation}” is not one of {', '.join(Relation.values)}")
        url = hop.get("source") or None
        if url is not None and source_id is None:
            where.append(f"no source captured at {url}")

    def check_hops(self, hops: list[list[tuple]], found: list[dict[str, list[str]]]) -> None:
        """Check the hops' fields over every hop of the batch, as the rows' fields are; turn their values."""
        owners = [
            (index, position) for index, row_hops in enumerate(hops) for position in range(len(row_hops))
        ]
        if not owners:
            return
        columns = list(map(list, zip(*(hop for row_hops in hops for hop in row_hops), strict=True)))
        for check, column in zip(column_checks(AttributionHop, CHECKED_HOP_FIELDS), columns, strict=False):
            for at, messages in check(column).items():
                index, position = owners[at]
                found[index].setdefault(f"chain[{position}].{check.name}", []).extend(messages)
        turned = zip(*columns, strict=True)  # the values as checked (dates parsed), back into the rows
        for row_hops in hops:
            row_hops[:] = [next(turned) for _ in row_hops]

    def check_figure(self, columns: dict[str, list], index: int, problems: dict[str, list[str]]) -> None:
        """Check the figure of one row whose fields are right: Claim's rules, which its constraints mirror."""
        figure = Figure(
            columns["qualifier"][index],
            columns["low"][index],
            columns["best"][index],
            columns["high"][index],
            columns["period_start"][index],
            columns["period_end"][index],
        )
        for name, message in Claim.figure_problems(cast(Claim, figure)).items():
            problems.setdefault(name, []).append(message)
        bounds = {name: columns[name][index] for name in BOUNDS}
        for name, message in implausible_bounds(columns["metric"][index], bounds).items():
            problems.setdefault(name, []).append(message)
        if columns["status"][index] == Status.RETRACTED and not columns["retraction_reason"][index]:
            problems.setdefault("retraction_reason", []).append(constraint_message("retraction_has_reason"))
        elif columns["status"][index] != Status.RETRACTED and columns["retraction_reason"][index]:
            problems.setdefault("retraction_reason", []).append(
                "only a retracted claim has a retraction reason"
            )

    def check_chain(self, originator_id, hops: list[tuple], problems: dict[str, list[str]]) -> None:
        """Check the chain against the claim as any write does (services.chain_problems): hop 0's actor is the
        originator or speaks for it."""
        if (
            not hops
            or hops[0][4] == originator_id
            or originator_id is None
            or any(hop[4] is None for hop in hops)
        ):
            return  # the usual chain, from the originator itself; or an unknown actor, reported already
        chain = [
            Hop(actor, relation, source, date, words) for _, relation, date, words, actor, source in hops
        ]
        claim = cast(Claim, SimpleNamespace(originator_id=originator_id))
        for name, messages in chain_problems(claim, chain, self.principals).items():
            problems.setdefault(name, []).extend(messages)

    def decide(self, batch: Batch) -> None:
        """Add the values the importer decides for each row of the batch (the rest of CLAIM_VALUES)."""
        columns, count = batch.columns, len(batch)
        statuses = columns["status"]
        columns["created_by_id"] = [self.by.pk if self.by else None] * count
        columns["published_at"] = [self.now if s == Status.PUBLISHED else None for s in statuses]
        columns["retracted_at"] = [self.now if s == Status.RETRACTED else None for s in statuses]

    def already_imported(self, keys: list[str]) -> set[str]:
        """Return which of these external ids are in the database already. Queries once per BATCH ids."""
        present: set[str] = set()
        with connection.cursor() as cursor:
            for start in range(0, len(keys), BATCH):
                column = connection.ops.quote_name(Claim._meta.get_field("external_id").column)
                where, params = one_of(column, keys[start : start + BATCH])
                cursor.execute(
                    f"SELECT {column} FROM {connection.ops.quote_name(Claim._meta.db_table)} WHERE {where}",
                    params,
                )
                present.update(key for (key,) in cursor.fetchall())
        return present

    def write(self, batches: list[Batch], reason: str) -> None:
        """Write the rows with their chains and sides, through the one write path of claims, in one
        transaction: all of them or none."""
        total, done = sum(map(len, batches)), 0
        # The page cache's setting is restored after the transaction, rolled back or not.
        announcements = Announcements()  # partners are told once, of the whole import
        with connection.cursor() as cursor, sqlite_page_cache(cursor), transaction.atomic():
            for batch in batches:
                if not len(batch):
                    continue
                rows = [Row(batch, index).write(reason) for index in range(len(batch))]
                save_claims(rows, announcements=announcements)
                done += len(batch)
                self.progress(f"wrote {done:,} of {total:,} claims")
            large = total >= ANALYZE_AFTER
            if large:
                # Announcing renders the published claims' partner documents, a batch at a time, by joins over
                # the rows just written: without fresh statistics the planner scanned the whole claim table for
                # each batch (2 s a batch of 1,000 at a million claims). ANALYZE sees this transaction's rows,
                # and its statistics commit with them.
                refresh_planner_statistics(WRITTEN_TABLES)
            announcements.announce()
            if large:
                refresh_planner_statistics(ANNOUNCED_TABLES)


# The tables a large import fills, whose statistics it refreshes: those it writes claim by claim, and those the
# announcement to partners writes at its end.
WRITTEN_TABLES: list[type[models.Model]] = [
    Claim,
    AttributionHop,
    Claim.sides.through,
    ClaimVersion,
    Quantity,
]
ANNOUNCED_TABLES: list[type[models.Model]] = [FeedEntry, ClaimDocument, QuantityDocument, IncidentDocument]


def refresh_planner_statistics(tables: list[type[models.Model]]) -> None:
    """Have the database re-read the size and spread of these tables, which an import fills.

    Right after a large import the planner still has the old statistics (none, on a new database) and may
    sort the whole claim table for a page of 100 until autovacuum gets round to it.
    """
    with connection.cursor() as cursor:
        for model in tables:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


@contextmanager
def sqlite_page_cache(cursor, kib: int = 64 * 1024):
    """On SQLite, keep up to `kib` KiB of pages in memory while writing (the default is 2 MiB): the claim
    table's dozen indexes are then updated in memory, not read back from the file. Measured: 5% faster at
    100,000 claims. The connection's own setting is restored after.
    """
    if connection.vendor != "sqlite":
        yield
        return
    cursor.execute("PRAGMA cache_size")
    before = cursor.fetchone()[0]
    cursor.execute(f"PRAGMA cache_size = {-kib}")  # negative: in KiB
    try:
        yield
    finally:
        cursor.execute(f"PRAGMA cache_size = {int(before)}")


@contextmanager
def cyclic_gc_paused():
    """Pause Python's cyclic garbage collector: it would scan the rows built so far again and again as new
    ones are made, for nothing (rows hold no reference cycles), doubling the time of checking a large file.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def incident_conflicts(ids: list[int]) -> dict[int, int]:
    """Return {incident id: its conflict's id} for those of these ids that exist. One query, however many."""
    quote = connection.ops.quote_name
    table = quote(Incident._meta.db_table)
    conflict = quote(Incident._meta.get_field("conflict").column)
    where, params = one_of(quote(Incident._meta.pk.column), ids)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {quote(Incident._meta.pk.column)}, {conflict} FROM {table} WHERE {where}", params
        )
        return dict(cursor.fetchall())


MAX_ID = 2**63 - 1  # the largest primary key a database stores: a larger number names no record


def as_id(value) -> int | None:
    """Return the record id a cell gives (a positive whole number, in JSON or as CSV text), or None if it gives
    none."""
    if type(value) is str and (text := value.strip()).isascii() and text.isdigit():
        value = int(text)
    return value if type(value) is int and 0 < value <= MAX_ID else None


def lookup(mapping: dict, key) -> Any:
    """Return mapping[key], or None when absent or not a string (JSON may give a list where a name belongs)."""
    return mapping.get(key) if type(key) is str else None


def blank_to_none(value):
    return None if value in ("", None) else value
