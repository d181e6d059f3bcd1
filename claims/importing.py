"""Bulk import of claims from JSON Lines or CSV: validate every row, then write all of them or none.

One row is one claim. Actors are named, conflicts given by slug and sources by URL; all must exist already.
`external_id` identifies a row, so importing the same file twice adds nothing the second time.

JSON Lines: one object per line with the claim's fields, "sides" a list of actor names and "chain" a list
of {"actor", "relation", "source" (URL or null), "date", "words"}. CSV: the same columns, "sides" separated
by ";" and "chain" a JSON list.
"""

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from simple_history.utils import bulk_create_with_history

from .models import (
    Actor,
    AttributionHop,
    ChangeAction,
    Claim,
    Conflict,
    QuoteCheck,
    Relation,
    Source,
    Status,
)
from .parsing import quote_found
from .services import record_claim_changes

CLAIM_FIELDS = [
    "external_id", "conflict", "metric", "population", "sides", "area", "period_start", "period_end", "as_of",
    "phrase", "qualifier", "low", "best", "high", "convention", "originator", "stated_on", "quote", "status",
    "rating", "chain",
]  # fmt: skip
HOP_FIELDS = {"actor", "relation", "source", "date", "words"}
# Without --trusted an import only adds drafts: anything further goes through review.
UNTRUSTED_STATUSES = {Status.DRAFT}
BATCH = 2000


class ImportRefused(Exception):
    """The file was refused; `errors` lists every problem with its line number. Nothing was written."""

    def __init__(self, errors: list[str]):
        super().__init__(f"{len(errors)} problem(s): nothing was imported.")
        self.errors = errors


@dataclass
class Row:
    line: int
    claim: Claim
    sides: list[int]
    hops: list[AttributionHop]


@dataclass
class Outcome:
    created: int = 0
    already_present: int = 0
    errors: list[str] = field(default_factory=list)
    new_rows: list[Row] = field(default_factory=list)


def read_rows(data: bytes, filename: str) -> Iterator[tuple[int, dict | None, str | None]]:
    """Yield (line number, row, problem) for each row of a JSON Lines or CSV file."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        yield line, None, f"the file is not UTF-8 text (byte {error.start}): save it as UTF-8"
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


class Importer:
    """Validate rows against the database's rules and its actors, conflicts and sources, then write them."""

    def __init__(self, *, by=None, trusted: bool = False, progress: Callable[[str], None] | None = None):
        self.by, self.trusted, self.progress = by, trusted, progress or (lambda message: None)
        self.conflicts = dict(Conflict.objects.values_list("slug", "pk"))
        self.actors = dict(Actor.objects.values_list("name", "pk"))
        self.sources = {url: (pk, text) for url, pk, text in Source.objects.values_list("url", "pk", "text")}

    def run(self, rows: Iterable[tuple[int, dict | None, str | None]], *, dry_run: bool = False) -> Outcome:
        """Import the rows, or raise ImportRefused listing every problem. Writes in one transaction.

        With dry_run, check everything and say what would be created, writing nothing.
        """
        outcome, valid, seen = Outcome(), [], {}
        for count, (line, raw, problem) in enumerate(rows, start=1):
            if problem:
                outcome.errors.append(f"line {line}: {problem}")
                continue
            try:
                row = self.build(line, raw)
            except ValidationError as error:
                for name, messages in error.message_dict.items():
                    outcome.errors += [f"line {line}: {name}: {message}" for message in messages]
                continue
            key = row.claim.external_id
            if key in seen:
                outcome.errors.append(f"line {line}: external_id: “{key}” already used on line {seen[key]}")
                continue
            seen[key] = line
            valid.append(row)
            if count % 10_000 == 0:
                self.progress(f"checked {count:,} rows")
        if outcome.errors:
            raise ImportRefused(outcome.errors)
        keys, present = list(seen), set()
        for start in range(0, len(keys), BATCH):
            chunk = keys[start : start + BATCH]
            present.update(Claim.objects.filter(external_id__in=chunk).values_list("external_id", flat=True))
        new = [row for row in valid if row.claim.external_id not in present]
        outcome.already_present = len(valid) - len(new)
        outcome.created, outcome.new_rows = len(new), new
        if not dry_run:
            self.write(new)
        return outcome

    def build(self, line: int, raw: dict) -> Row:
        """Return the row as an unsaved claim with its sides and hops, or raise ValidationError."""
        errors: dict[str, list[str]] = {}
        unknown = sorted(set(raw) - set(CLAIM_FIELDS))
        if unknown:
            errors["columns"] = [f"unknown column(s): {', '.join(unknown)}"]
        value = {name: raw.get(name) for name in CLAIM_FIELDS}
        if isinstance(value["sides"], str):  # CSV
            value["sides"] = [name.strip() for name in value["sides"].split(";") if name.strip()]
        if isinstance(value["chain"], str):  # CSV
            try:
                value["chain"] = json.loads(value["chain"]) if value["chain"].strip() else []
            except json.JSONDecodeError as error:
                errors["chain"] = [f"not a JSON list ({error.msg})"]
                value["chain"] = []
        status = value["status"] or Status.DRAFT
        if not value["external_id"]:
            errors["external_id"] = ["required: it makes a re-import skip rows already imported"]
        if status not in Status.values or (not self.trusted and status not in UNTRUSTED_STATUSES):
            allowed = Status.values if self.trusted else sorted(UNTRUSTED_STATUSES)
            errors["status"] = [f"“{status}” is not allowed here (allowed: {', '.join(allowed)})"]
        conflict_id = self.conflicts.get(value["conflict"])
        if conflict_id is None:
            errors["conflict"] = [f"no conflict with slug “{value['conflict']}”"]
        originator_id = None
        if value["originator"]:
            originator_id = self.actors.get(value["originator"])
            if originator_id is None:
                errors["originator"] = [f"no actor named “{value['originator']}”"]
        sides = []
        for name in value["sides"] or []:
            if name not in self.actors:
                errors.setdefault("sides", []).append(f"no actor named “{name}”")
            else:
                sides.append(self.actors[name])

        claim = Claim(
            external_id=value["external_id"],
            conflict_id=conflict_id,
            metric=value["metric"] or "",
            population=value["population"] or "all",
            area=value["area"] or "",
            period_start=blank_to_none(value["period_start"]),
            period_end=blank_to_none(value["period_end"]),
            as_of=blank_to_none(value["as_of"]),
            phrase=value["phrase"] or "",
            qualifier=value["qualifier"] or "",
            low=blank_to_none(value["low"]),
            best=blank_to_none(value["best"]),
            high=blank_to_none(value["high"]),
            convention=value["convention"] or "conservative",
            originator_id=originator_id,
            stated_on=blank_to_none(value["stated_on"]),
            quote=value["quote"] or "",
            status=status,
            rating=value["rating"] or "",
            created_by=self.by,
            sides_key=",".join(map(str, sorted(sides))),
        )
        try:
            # Field by field, in Python: types, choices, lengths. The foreign keys were checked above.
            claim.clean_fields(exclude={"conflict", "originator", "created_by", "supersedes", "external_id"})
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                errors.setdefault(name, []).extend(messages)
        else:
            for name, message in claim.figure_problems().items():
                errors.setdefault(name, []).append(message)
        hops, last_text = self.build_chain(value["chain"] or [], errors)
        if errors:
            raise ValidationError(errors)
        claim.last_reporter_id = hops[-1].actor_id if hops else None
        claim.quote_check = (
            QuoteCheck.NO_SNAPSHOT
            if not last_text
            else QuoteCheck.VERIFIED
            if quote_found(claim.quote, claim.phrase, claim.figure_numbers(), last_text)
            else QuoteCheck.NOT_FOUND
        )
        if status == Status.PUBLISHED:
            claim.published_at = claim.published_at or dt.datetime.now(dt.UTC)
        return Row(line=line, claim=claim, sides=sides, hops=hops)

    def build_chain(self, chain, errors: dict) -> tuple[list[AttributionHop], str]:
        """Return the unsaved hops and the text of the last captured source (for the quote check)."""
        if not isinstance(chain, list):
            errors["chain"] = ["must be a list of hops"]
            return [], ""
        hops, last_text = [], ""
        for position, hop in enumerate(chain):
            where = f"chain[{position}]"
            if not isinstance(hop, dict):
                errors.setdefault(where, []).append("must be an object with actor and relation")
                continue
            extra = sorted(set(hop) - HOP_FIELDS)
            if extra:
                errors.setdefault(where, []).append(f"unknown key(s): {', '.join(extra)}")
            actor_id = self.actors.get(hop.get("actor"))
            if actor_id is None:
                errors.setdefault(where, []).append(f"no actor named “{hop.get('actor')}”")
            if hop.get("relation") not in Relation.values:
                errors.setdefault(where, []).append(
                    f"relation “{hop.get('relation')}” is not one of {', '.join(Relation.values)}"
                )
            url = hop.get("source") or None
            if url and url not in self.sources:
                errors.setdefault(where, []).append(f"no source captured at {url}")
            made = AttributionHop(
                position=position,
                actor_id=actor_id,
                relation=hop.get("relation") or "",
                source_id=self.sources[url][0] if url in self.sources else None,
                date=blank_to_none(hop.get("date")),
                words=hop.get("words") or "",
            )
            if url in self.sources:
                last_text = self.sources[url][1]
            try:
                made.clean_fields(exclude={"claim", "actor", "source"})
            except ValidationError as error:
                for name, messages in error.message_dict.items():
                    errors.setdefault(f"{where}.{name}", []).extend(messages)
            hops.append(made)
        return hops, last_text

    def write(self, rows: list[Row]) -> None:
        """Write the rows with their history, in batches, in one transaction: all of them or none."""
        with transaction.atomic():
            for start in range(0, len(rows), BATCH):
                batch = rows[start : start + BATCH]
                claims = bulk_create_with_history(
                    [row.claim for row in batch],
                    Claim,
                    batch_size=BATCH,
                    default_user=self.by,
                    default_change_reason="Imported",
                )
                if any(claim.pk is None for claim in claims):  # databases that return no ids
                    ids = dict(
                        Claim.objects.filter(external_id__in=[c.external_id for c in claims]).values_list(
                            "external_id", "pk"
                        )
                    )
                    for claim in claims:
                        claim.pk = ids[claim.external_id]
                hops = []
                for row, claim in zip(batch, claims, strict=True):
                    for hop in row.hops:
                        hop.claim_id = claim.pk
                        hops.append(hop)
                bulk_create_with_history(hops, AttributionHop, batch_size=BATCH, default_user=self.by)
                Claim.sides.through.objects.bulk_create(
                    Claim.sides.through(claim_id=claim.pk, actor_id=actor)
                    for row, claim in zip(batch, claims, strict=True)
                    for actor in row.sides
                )
                published = [claim.pk for claim in claims if claim.status == Status.PUBLISHED]
                record_claim_changes(published, ChangeAction.UPSERT)
                self.progress(f"wrote {start + len(batch):,} of {len(rows):,} claims")


def blank_to_none(value):
    return None if value in ("", None) else value
