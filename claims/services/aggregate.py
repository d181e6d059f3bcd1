"""A claim as one aggregate: its fields, its ordered chain and its sides, as they are recorded and compared.

A *record* is the aggregate as plain JSON values (ids for related rows, codes for choices, ISO dates), the
form in which versions are stored, compared and merged. Planning a write (plan_edit) validates the whole
aggregate, refuses a frozen claim, and merges an edit made from an older version; writing it is
services.writing.save_claims.
"""

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, cast

from django.core.exceptions import ValidationError
from django.db.models import Field, Q

from ..models import (
    MAX_HOP_POSITION,
    MAX_SIDES,
    Actor,
    AttributionHop,
    Claim,
    ClaimVersion,
    Incident,
    Relation,
    Status,
)

# The claim's fields a version records (besides "chain" and "sides"). Derived fields (quantity, quote check,
# last reporter) are recomputed from these, so they are not recorded; nor are the bookkeeping columns.
RECORDED_FIELDS = (
    "conflict",
    "incident",
    "metric",
    "population",
    "group",
    "area",
    "period_start",
    "period_end",
    "as_of",
    "breakdown_of",
    "phrase",
    "qualifier",
    "low",
    "best",
    "high",
    "convention",
    "originator",
    "stated_on",
    "quote",
    "status",
    "rating",
    "supersedes",
    "corrects",
    "internal_note",
    "submitted_at",
    "verified_by",
    "published_by",
    "published_at",
    "retracted_at",
    "retraction_reason",
)
# Parts added to the record since versions were first kept, with the value older versions mean by their absence.
RECORD_DEFAULTS = {"incident": None, "group": "all", "breakdown_of": None}
# What a total's parts are checked against (Claim.problems_as_total()): a save that changes none of these
# leaves every part as right as it was.
TOTALS_PARTS = (
    "conflict",
    "metric",
    "population",
    "group",
    "qualifier",
    "low",
    "best",
    "high",
    "breakdown_of",
)
# What the review workflow sets (services.review), never an edit: an edit keeps the stored values.
EDITORIAL_FIELDS = frozenset(
    {
        "status",
        "submitted_at",
        "verified_by",
        "published_by",
        "published_at",
        "retracted_at",
        "retraction_reason",
        "corrects",
    }
)
# What an editor's save may change, and so what a three-way merge compares.
EDITABLE_PARTS = tuple(name for name in (*RECORDED_FIELDS, "chain", "sides") if name not in EDITORIAL_FIELDS)
# Changing what a claim says (its figure, what it counts, who said it, its chain and sides) after another person
# wrote it is authorship, for the four-eyes rule; a rating, a note or a link to an earlier figure is not.
REVIEWERS_PARTS = frozenset({"rating", "supersedes", "internal_note"})
AUTHORED_PARTS = frozenset(EDITABLE_PARTS) - REVIEWERS_PARTS


def changed_what_it_says() -> Q:
    """Return the condition on a claim's version that makes its saver one of the figure's authors, whom four
    eyes keep from verifying or publishing it: it changed one of AUTHORED_PARTS (an element of its JSON list of
    what changed, matched with its quotes). The review's refusals and the review queue both read it."""
    condition = Q()
    for part in sorted(AUTHORED_PARTS):
        condition |= Q(changed__icontains=f'"{part}"')
    return condition


def claim_field(name: str) -> Field:
    """Return the field `name` of Claim. A recorded field is one of its own concrete fields, never the
    reverse side of a relation nor a generic key (which is all that get_field's declared type adds)."""
    return cast(Field, Claim._meta.get_field(name))


ATTNAMES = {name: claim_field(name).attname for name in RECORDED_FIELDS}
MOMENT_FIELDS = [
    name
    for name in RECORDED_FIELDS
    if claim_field(name).get_internal_type() in ("DateField", "DateTimeField")
]


class Hop(NamedTuple):
    """One hop of a chain as written: its position is its place in the list."""

    actor_id: int
    relation: str
    source_id: int | None = None
    date: dt.date | None = None
    words: str = ""

    def as_record(self) -> dict:
        return {
            "actor": self.actor_id,
            "relation": self.relation,
            "source": self.source_id,
            "date": json_value(self.date),
            "words": self.words,
        }


@dataclass
class Stored:
    """What the database holds of a claim when it is written again: the write's starting point."""

    version: int
    status: str
    quantity_id: int
    originator_id: int | None
    last_reporter_id: int | None
    quote_check: str
    record: dict  # as versions hold it

    @classmethod
    def of(cls, claim: Claim, record: dict) -> "Stored":
        """Return the stored state of a claim (its row, locked) with its record."""
        return cls(
            version=claim.version,
            status=claim.status,
            quantity_id=claim.quantity_id,
            originator_id=claim.originator_id,
            last_reporter_id=claim.last_reporter_id,
            quote_check=claim.quote_check,
            record=complete(record),
        )


@dataclass(eq=False)
class ClaimWrite:
    """One claim to write with its chain and sides, what the version records of it, and why.

    `values` maps attnames (conflict_id, phrase...) to the values to store: every recorded field, and for a new
    claim what it is created with (created_by_id, external_id). `stored` is None for a new claim.
    """

    values: dict[str, Any]
    chain: list[Hop]
    sides: list[int]
    reason: str
    by_id: int | None
    pk: int | None = None
    stored: Stored | None = None
    event: tuple[str, str, str] | None = None  # a review event to record: (from status, to status, note)
    frozen: tuple[dict, list[str]] | None = field(default=None, repr=False)
    # A new claim's total when that is new too, written by the same save_claims() call: its id, taken there,
    # becomes this claim's breakdown_of (extraction drafts a total and its parts together).
    total: "ClaimWrite | None" = field(default=None, repr=False)

    def freeze(self) -> None:
        """Compute the record and the changes once, for the write: the values no longer change."""
        self.frozen = None
        record = self.record()
        if self.stored is None:
            self.frozen = (record, list(record))
        else:
            self.frozen = (
                record,
                [name for name, value in record.items() if self.stored.record.get(name) != value],
            )

    def record(self) -> dict:
        """Return the aggregate as a version records it."""
        if self.frozen is not None:
            return self.frozen[0]
        values = self.values
        record = {name: values[attname] for name, attname in ATTNAMES.items()}
        for name in MOMENT_FIELDS:  # dates and times: ISO 8601; every other value is JSON as it is
            if record[name] is not None:
                record[name] = record[name].isoformat()
        record["chain"] = [hop.as_record() for hop in self.chain]
        record["sides"] = sorted(set(self.sides))
        return record

    def changed(self) -> list[str]:
        """Return what this write changes, in record order (everything, for a new claim)."""
        if self.frozen is None:
            self.freeze()
            changed, self.frozen = self.frozen[1], None  # type: ignore[index]
            return changed
        return self.frozen[1]


def complete(record: dict) -> dict:
    """Return a stored record with the parts older versions lack, at the value their absence means."""
    return {**RECORD_DEFAULTS, **record}


def json_value(value):
    """Return a field's value as a record holds it: ISO 8601 for dates and times, the value otherwise."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def python_value(name: str, value):
    """Return a recorded value as the field `name` of a claim holds it (the inverse of json_value())."""
    if value is None:
        return None
    return claim_field(name).to_python(value)


def stored_state(claims: Sequence[Claim]) -> dict[int, Stored]:
    """Return what the database holds of these claims (loaded under their row locks), with their records.

    Queries twice: the chains, then the sides.
    """
    chains: dict[int, list[Hop]] = {claim.pk: [] for claim in claims}
    sides: dict[int, list[int]] = {claim.pk: [] for claim in claims}
    hops = AttributionHop.objects.filter(claim_id__in=list(chains)).order_by("claim_id", "position")
    for claim_id, actor_id, relation, source_id, date, words in hops.values_list(
        "claim_id", "actor_id", "relation", "source_id", "date", "words"
    ):
        chains[claim_id].append(Hop(actor_id, relation, source_id, date, words))
    through = Claim.sides.through.objects.filter(claim_id__in=list(sides))
    for claim_id, actor_id in through.values_list("claim_id", "actor_id"):
        sides[claim_id].append(actor_id)
    state = {}
    for claim in claims:
        write = ClaimWrite(
            values=values_of(claim), chain=chains[claim.pk], sides=sides[claim.pk], reason="", by_id=None
        )
        state[claim.pk] = Stored.of(claim, write.record())
    return state


def values_of(claim: Claim) -> dict[str, Any]:
    """Return the recorded fields of a claim instance, by attname."""
    return {attname: getattr(claim, attname) for attname in ATTNAMES.values()}


def lock_claims(pks: Iterable[int]) -> dict[int, Claim]:
    """Lock these claims' rows until the transaction ends, in id order, and return them. Queries once.

    FOR NO KEY UPDATE, not FOR UPDATE: rows that refer to a claim (hops, feed entries, review events) can
    still be written by others meanwhile; a full row lock would make those writers wait, and with the feed's
    lock taken in the other order, deadlock. On SQLite the IMMEDIATE transaction holds the write lock already.
    """
    claims = Claim.objects.select_for_update(no_key=True).filter(pk__in=list(pks)).order_by("pk")
    return {claim.pk: claim for claim in claims}


# --- Validation ------------------------------------------------------------------------------------------------


def chain_problems(claim: Claim, chain: Sequence[Hop], principals_of=None) -> dict[str, list[str]]:
    """Return {part: messages} for what is wrong with a claim's chain and sides, as an aggregate.

    `principals_of(actor_id)` returns the ids of the actors that one speaks for (Actor.principals()); the
    importer passes its own, from actors it loaded once.
    """
    problems: dict[str, list[str]] = {}
    if len(chain) > MAX_HOP_POSITION + 1:
        problems["chain"] = [f"A chain has at most {MAX_HOP_POSITION + 1} hops."]
    for position, hop in enumerate(chain):
        if hop.relation not in Relation.values:
            problems.setdefault("chain", []).append(
                f"Hop {position}: the relation must be one of {', '.join(Relation.values)}."
            )
    if chain and claim.originator_id is not None:
        first = chain[0].actor_id
        if first != claim.originator_id:
            principals = principals_of(first) if principals_of else Actor.objects.get(pk=first).principals()
            if claim.originator_id not in principals:
                problems["originator"] = [
                    "Hop 0 is the originator's own statement: its actor must be the originator, or speak for it "
                    "(acts on its behalf). Change the originator or hop 0."
                ]
    return problems


def review_problems(write: ClaimWrite) -> list[str]:
    """Return what a claim still lacks before it can go to review."""
    problems = []
    if not write.chain:
        problems.append("Add its attribution chain: at least the statement it was read in.")
    elif write.chain[-1].source_id is None:
        problems.append("Name the source read: the chain's last hop is the captured document you read it in.")
    return problems


def plan_edit(
    claim: Claim,
    *,
    chain: Sequence[Hop],
    sides: Iterable[int],
    by_id: int | None,
    reason: str = "",
    base_version: int | None = None,
    keep_mine: tuple[int, set[str]] | None = None,
    current: Claim | None = None,
    stored: Stored | None = None,
    total: Claim | None = None,
) -> ClaimWrite:
    """Validate an editor's claim (new, or an edit of a stored one) with its chain and sides; return the write.

    For a stored claim, `current` is its row, locked (lock_claims()), and `stored` its state (stored_state());
    both are loaded here when not given. `total` is the row of the claim it breaks down (breakdown_of), locked
    with `current` (lock_claims() takes them in id order); locked here when not given. The claim must be
    editable. An edit made from `base_version`, older than the stored one, is merged: what the editor left as it
    was takes the stored value; a part both changed differently is refused (EditConflict), naming both values;
    `keep_mine` = (stored version, parts) says the editor saw the other values of those parts at that version and
    keeps theirs. Raises ValidationError by field ("chain", "sides" for those), changing nothing.
    """
    chain, sides = list(chain), sorted(set(sides))
    if claim.pk is not None:
        if current is None:
            locked = lock_claims([claim.pk, *filter(None, [claim.breakdown_of_id])])
            current, total = locked[claim.pk], total or locked.get(cast(int, claim.breakdown_of_id))
        if stored is None:
            stored = stored_state([current])[current.pk]
        if not Status(current.status).is_editable:
            raise ValidationError(frozen_message(current))
        # What only the review workflow sets keeps its stored value, whatever the editor's copy says.
        for name in EDITORIAL_FIELDS:
            setattr(claim, ATTNAMES[name], getattr(current, ATTNAMES[name]))
        claim.created_by_id, claim.external_id = current.created_by_id, current.external_id
    write = ClaimWrite(values=values_of(claim), chain=chain, sides=sides, reason=reason.strip(), by_id=by_id)
    if claim.pk is not None:
        write.pk, write.stored = claim.pk, stored
        if base_version is not None and stored is not None and base_version != stored.version:
            seen_at, parts = keep_mine or (None, set())
            merge_into(write, claim, base_version, parts if seen_at == stored.version else set())
    else:
        if claim.status != Status.DRAFT:
            raise ValidationError("A new claim starts as a draft: it reaches other states through review.")
        # Only review sets these, later: a new draft has none of them.
        for name in EDITORIAL_FIELDS - {"status"}:
            default = Claim._meta.get_field(name).get_default()
            setattr(claim, ATTNAMES[name], default)
            write.values[ATTNAMES[name]] = default
        write.values |= {"created_by_id": claim.created_by_id, "external_id": claim.external_id}
    if claim.breakdown_of_id is not None:
        if total is None or total.pk != claim.breakdown_of_id:
            # A new claim's total, or one another save chose meanwhile (merged in): the breakdown's rules are
            # read from its row locked, so that neither it nor its parts change until this write commits.
            total = lock_claims([claim.breakdown_of_id]).get(claim.breakdown_of_id)
        if total is not None:
            claim.breakdown_of = total  # what Claim.clean() compares the claim with
    problems = field_problems(claim)
    if write.stored is not None and any(
        write.record()[name] != write.stored.record.get(name) for name in TOTALS_PARTS
    ):
        for name, messages in claim.problems_as_total().items():
            problems.setdefault(name, []).extend(messages)
    if claim.incident_id is not None:
        incident_conflict = Incident.objects.filter(pk=claim.incident_id).values_list(
            "conflict_id", flat=True
        )
        if incident_conflict.first() != claim.conflict_id:
            problems.setdefault("incident", []).append(
                "This incident belongs to another conflict: choose the claim's conflict's incident, or change the "
                "conflict."
            )
    for name, messages in chain_problems(claim, write.chain).items():
        problems.setdefault(name, []).extend(messages)
    if len(write.sides) > MAX_SIDES:
        problems.setdefault("sides", []).append(too_many_sides(len(write.sides)))
    if problems:
        raise ValidationError(problems)
    return write


def too_many_sides(count: int) -> str:
    return (
        f"A claim counts the losses of at most {MAX_SIDES} sides; this one names {count}. A figure that "
        "counts everyone's losses leaves the sides empty."
    )


# Not checked by field_problems(): derived (set by the write), or references a form has already looked up
# and the database's foreign keys hold to.
UNCHECKED_FIELDS = [
    field.name
    for field in Claim._meta.concrete_fields
    if not field.editable or field.is_relation or field.primary_key
]


def field_problems(claim: Claim) -> dict[str, list[str]]:
    """Return {field: messages} for the claim's fields and constraints, and for it as a part of the total
    loaded on it (breakdown_of), without a query."""
    problems: dict[str, list[str]] = {}
    for check in (
        lambda: claim.clean_fields(exclude=UNCHECKED_FIELDS),
        claim.clean,
        claim.validate_constraints,
    ):
        try:
            check()
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                problems.setdefault(name, []).extend(m for m in messages if m not in problems.get(name, []))
    return problems


def frozen_message(claim: Claim) -> str:
    return (
        f"This claim is {claim.get_status_display()}: reviewed claims are the record and do not change. "
        "Correct a published figure with “Correct this claim”, which drafts a correction for review."
    )


def merge_into(write: ClaimWrite, claim: Claim, base_version: int, keep_mine: set[str] | None = None) -> None:
    """Merge an edit made from `base_version` with the versions saved since (three-way): apply to `write`
    (and `claim`) the stored value of every part the editor did not change; refuse parts both changed
    differently, unless the editor saw the other value and chose to keep theirs (`keep_mine`)."""
    assert write.stored is not None and write.pk is not None
    base = (
        ClaimVersion.objects.filter(claim_id=write.pk, number=base_version)
        .values_list("record", flat=True)
        .first()
    )
    if base is None:
        raise ValidationError(
            "This form was loaded from a version of the claim that does not exist: reload the page."
        )
    base = complete(base)
    mine, theirs = write.record(), write.stored.record
    conflicts = {}
    for name in EDITABLE_PARTS:
        if mine[name] == base.get(name) and theirs[name] != mine[name]:
            take_stored(write, claim, name, theirs[name])  # only the other save changed it
        elif (
            mine[name] != base.get(name)
            and theirs[name] not in (base.get(name), mine[name])
            and name not in (keep_mine or set())
        ):
            conflicts[name] = (mine[name], theirs[name])
    if conflicts:
        savers = ClaimVersion.objects.filter(claim_id=write.pk, number__gt=base_version).order_by("number")
        saved = [(by or "someone", at) for by, at in savers.values_list("by__username", "at")]
        raise EditConflict(conflicts, base_version, write.stored.version, saved)


def take_stored(write: ClaimWrite, claim: Claim, name: str, value) -> None:
    if name == "chain":
        write.chain = [hop_from_record(hop) for hop in value]
    elif name == "sides":
        write.sides = list(value)
    else:
        stored_value = python_value(name, value)
        setattr(claim, ATTNAMES[name], stored_value)
        write.values[ATTNAMES[name]] = stored_value


def hop_from_record(hop: dict) -> Hop:
    date = dt.date.fromisoformat(hop["date"]) if hop["date"] else None
    return Hop(hop["actor"], hop["relation"], hop["source"], date, hop["words"])


class EditConflict(ValidationError):
    """Two saves changed the same parts of a claim differently; `conflicts` maps each part to (yours, theirs),
    `saved` lists who saved since the editor's version, and when."""

    def __init__(
        self, conflicts: dict[str, tuple], base_version: int, stored_version: int, saved: Sequence[tuple] = ()
    ):
        self.conflicts, self.base_version, self.stored_version = conflicts, base_version, stored_version
        self.saved = list(saved)
        super().__init__(
            self.messages_by_part(lambda name, value: "(empty)" if value in (None, "", []) else f"“{value}”")
        )

    def summary(self) -> str:
        """Say who saved the claim meanwhile and what to do."""
        who = "; ".join(f"{by} at {at:%Y-%m-%d %H:%M}" for by, at in self.saved) or "someone"
        return (
            f"Someone else saved this claim while you were editing it ({who}). Whatever only one of you changed "
            "is merged; where you both changed the same thing, the form shows both below. Your edits are still "
            "in the form: correct them, or save again to keep yours there."
        )

    def messages_by_part(self, shown) -> dict[str, list[str]]:
        """Return a message per conflicting part, with values written by `shown(part, value)`."""
        return {
            name: [
                f"Changed meanwhile (version {self.base_version} → {self.stored_version}) to "
                f"{shown(name, theirs)}; yours is {shown(name, mine)}. Saving again keeps yours."
            ]
            for name, (mine, theirs) in self.conflicts.items()
        }
