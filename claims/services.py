"""The review workflow: the only code that changes a claim's status (DESIGN.md, "Review workflow")."""

from collections import defaultdict
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from .models import (
    QUANTITY,
    QUANTITY_COUNTS,
    Actor,
    AttributionHop,
    ChangeAction,
    Claim,
    ClaimChange,
    Conflict,
    QuoteCheck,
    Relation,
    ReviewEvent,
    Source,
    Status,
)
from .parsing import Candidate, quote_found

# Editing any of these after another person has is authorship for the four-eyes rule.
FIGURE_FIELDS = (
    "phrase",
    "qualifier",
    "low",
    "best",
    "high",
    "convention",
    "metric",
    "population",
    "quote",
    "originator",
    "stated_on",
)

REVIEW_PERMISSION = "claims.review_claim"


class ReviewError(Exception):
    """A transition that the rules refuse; the message says why, for the person who asked."""


@dataclass(frozen=True)
class Transition:
    action: str
    label: str
    source: str
    target: str
    reviewers_only: bool = True
    four_eyes: bool = False
    note_required: bool = False


TRANSITIONS = {
    t.action: t
    for t in [
        Transition("submit", "Submit for review", Status.DRAFT, Status.IN_REVIEW, reviewers_only=False),
        Transition("request_changes", "Request changes", Status.IN_REVIEW, Status.DRAFT, note_required=True),
        Transition("reject", "Reject", Status.IN_REVIEW, Status.REJECTED, note_required=True),
        Transition("verify", "Verify", Status.IN_REVIEW, Status.VERIFIED, four_eyes=True),
        Transition("publish", "Publish", Status.VERIFIED, Status.PUBLISHED, four_eyes=True),
        Transition("retract", "Retract", Status.PUBLISHED, Status.RETRACTED, note_required=True),
    ]
}


# The review actions that take a new draft to each status, and who takes each (for demos and tests).
PATH_TO_STATUS = {
    Status.DRAFT: [],
    Status.IN_REVIEW: [("submit", "editor")],
    Status.VERIFIED: [("submit", "editor"), ("verify", "reviewer")],
    Status.PUBLISHED: [("submit", "editor"), ("verify", "reviewer"), ("publish", "reviewer")],
    Status.REJECTED: [("submit", "editor"), ("reject", "reviewer")],
    Status.RETRACTED: [
        ("submit", "editor"),
        ("verify", "reviewer"),
        ("publish", "reviewer"),
        ("retract", "reviewer"),
    ],
}


def figure_authors(claim: Claim) -> set[int]:
    """Return the ids of the users who wrote the claim or changed its figure. Queries the claim's history."""
    authors = {claim.created_by_id} if claim.created_by_id else set()
    attnames = [Claim._meta.get_field(name).attname for name in FIGURE_FIELDS]
    previous = None
    for record in claim.history.order_by("history_date", "history_id").only(*FIGURE_FIELDS, "history_user"):
        changed = previous is None or any(getattr(record, f) != getattr(previous, f) for f in attnames)
        if changed and record.history_user_id is not None:
            authors.add(record.history_user_id)
        previous = record
    return authors


def available_transitions(claim: Claim, user) -> list[Transition]:
    """Return the transitions `user` may apply to `claim` now. Queries history for four-eyes checks."""
    candidates = [
        t
        for t in TRANSITIONS.values()
        if t.source == claim.status and (not t.reviewers_only or user.has_perm(REVIEW_PERMISSION))
    ]
    if any(t.four_eyes for t in candidates) and user.pk in figure_authors(claim):
        candidates = [t for t in candidates if not t.four_eyes]
    return candidates


def transition_claim(claim: Claim, action: str, *, by, note: str = "", rating: str = "") -> ReviewEvent:
    """Move `claim` along the workflow by `action`, record who did it, and return the review event.

    Raises ReviewError, leaving the claim unchanged, when the rules refuse the transition.
    """
    try:
        rule = TRANSITIONS[action]
    except KeyError:
        raise ReviewError(f"Unknown review action “{action}”.") from None
    note = note.strip()
    if rule.reviewers_only and not by.has_perm(REVIEW_PERMISSION):
        raise ReviewError(f"Only reviewers may {rule.label.lower()} a claim.")
    if rule.note_required and not note:
        raise ReviewError(f"{rule.label}: write a note saying why.")

    with transaction.atomic():
        # Lock the row before comparing its status, so two reviewers pressing buttons at once cannot both
        # move it: SELECT ... FOR UPDATE on PostgreSQL; on SQLite the IMMEDIATE transaction already holds
        # the database's write lock. The loser then sees the winner's status and is refused.
        current = Claim.objects.select_for_update().get(pk=claim.pk)
        if current.status != rule.source:
            raise ReviewError(
                f"This claim is {current.get_status_display()}: “{rule.label}” applies only to a claim "
                f"that is {Status(rule.source).label}."
            )
        if rule.four_eyes and by.pk in figure_authors(current):
            raise ReviewError(
                "You wrote or edited this figure, so another reviewer must check it (four-eyes rule)."
            )
        if rating:
            current.rating = rating
        if rule.target == Status.PUBLISHED and not current.rating:
            raise ReviewError("Rate the claim before publishing it.")

        now = timezone.now()
        current.status = rule.target
        match rule.target:
            case Status.IN_REVIEW:
                current.submitted_at = now
            case Status.VERIFIED:
                current.verified_by = by
            case Status.PUBLISHED:
                current.published_by, current.published_at = by, now
            case Status.RETRACTED:
                current.retraction_reason, current.retracted_at = note, now
        current._history_user = by
        current._change_reason = f"{rule.label}: {note}" if note else rule.label
        current.save()
        event = ReviewEvent.objects.create(
            claim=current, by=by, from_status=rule.source, to_status=rule.target, note=note
        )
        if Status.PUBLISHED in (rule.source, rule.target):
            action = ChangeAction.UPSERT if rule.target == Status.PUBLISHED else ChangeAction.DELETE
            record_claim_changes([current.pk], action)
    claim.refresh_from_db()
    return event


def submit_claim(claim: Claim, *, by, note: str = "") -> ReviewEvent:
    """Send a draft to the reviewers."""
    return transition_claim(claim, "submit", by=by, note=note)


def request_changes(claim: Claim, *, by, note: str) -> ReviewEvent:
    """Return a claim in review to its editors, saying what to change."""
    return transition_claim(claim, "request_changes", by=by, note=note)


def reject_claim(claim: Claim, *, by, note: str) -> ReviewEvent:
    """Refuse a claim in review for good."""
    return transition_claim(claim, "reject", by=by, note=note)


def verify_claim(claim: Claim, *, by, note: str = "", rating: str = "") -> ReviewEvent:
    """Record that a second person checked the claim against its sources."""
    return transition_claim(claim, "verify", by=by, note=note, rating=rating)


def publish_claim(claim: Claim, *, by, note: str = "", rating: str = "") -> ReviewEvent:
    """Make a verified claim visible to partners."""
    return transition_claim(claim, "publish", by=by, note=note, rating=rating)


def retract_claim(claim: Claim, *, by, reason: str) -> ReviewEvent:
    """Withdraw a published claim; partners receive a tombstone carrying the reason."""
    return transition_claim(claim, "retract", by=by, note=reason)


def create_draft_claims(
    source: Source, readings: list[tuple[Candidate, str]], *, conflict: Conflict, by
) -> list[Claim]:
    """Create one draft claim per (candidate, metric) read from `source`'s text, with its chain.

    The chain runs from the proposed originator, when it matches an actor, to the source's publisher.
    """
    originators = Actor.objects.matching(candidate.originator for candidate, _ in readings)
    created = []
    with transaction.atomic():
        for candidate, metric in readings:
            figure = candidate.figure
            originator = originators.get(candidate.originator)
            unmatched = candidate.originator and originator is None
            claim = Claim(
                conflict=conflict,
                metric=metric,
                population=figure.population,
                phrase=candidate.phrase,
                qualifier=figure.qualifier,
                low=figure.low,
                best=figure.best,
                high=figure.high,
                convention=figure.convention,
                originator=originator,
                quote=candidate.sentence,
                stated_on=source.published_on,
                created_by=by,
                internal_note=f"Proposed originator “{candidate.originator}” matches no actor yet."
                if unmatched
                else "",
            )
            claim._history_user = by
            claim.full_clean()
            claim.save()
            hops = []
            if originator is not None and originator != source.publisher:
                hops.append(
                    AttributionHop(actor=originator, relation=Relation.STATED, date=source.published_on)
                )
            hops.append(
                AttributionHop(
                    actor=source.publisher,
                    relation=Relation.PUBLISHED,
                    source=source,
                    date=source.published_on,
                )
            )
            for position, hop in enumerate(hops):
                hop.claim, hop.position = claim, position
                hop._history_user = by
                hop.save()
            created.append(claim)
    return created


# Claims that count in no quantity's reports and origins (ClaimQuerySet.counted() leaves them out).
UNCOUNTED = {Status.REJECTED, Status.RETRACTED}

# Any constant: the key of the PostgreSQL advisory lock that serialises writers of the change feed.
CHANGE_FEED_LOCK = 7_301_226
ID_BATCH = 5_000  # ids per IN list, for every write over many claims


def record_claim_changes(claim_ids, action: str) -> None:
    """Append change-feed entries for these claims, replacing their older entries. Run inside a transaction.

    A reader that has seen entry n must never later find a new entry below n. Sequence numbers are handed
    out at insert but become visible at commit, so writers are serialised until they commit: on PostgreSQL
    with a transaction-scoped advisory lock, on SQLite by the IMMEDIATE transaction itself. Sequence order
    is then commit order. A claim keeps only its latest entry, so a full sync reads one entry per claim.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("record_claim_changes must run inside the transaction that made the change")
    claim_ids = list(claim_ids)
    if not claim_ids:
        return
    # Plain SQL, not model instances: a bulk import replaces hundreds of thousands of entries at once.
    table = ClaimChange._meta.db_table
    at = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHANGE_FEED_LOCK])
        for start in range(0, len(claim_ids), ID_BATCH):  # bounded IN lists: SQLite caps query parameters
            batch = claim_ids[start : start + ID_BATCH]
            if connection.vendor == "postgresql":  # entries numbered in the order given
                cursor.execute(f"DELETE FROM {table} WHERE claim_id = ANY(%s)", [batch])
                cursor.execute(
                    f"INSERT INTO {table} (claim_id, action, at) SELECT claim_id, %s, %s"
                    " FROM unnest(%s::bigint[]) WITH ORDINALITY AS u(claim_id, n) ORDER BY n",
                    [action, at, batch],
                )
            else:
                cursor.execute(
                    f"DELETE FROM {table} WHERE claim_id IN ({', '.join(['%s'] * len(batch))})", batch
                )
                cursor.executemany(
                    f"INSERT INTO {table} (claim_id, action, at) VALUES (%s, %s, %s)",
                    [(pk, action, at) for pk in batch],
                )


def record_changes_of_published_claims_using(*, actors=(), sources=(), conflicts=()) -> None:
    """Give partners a fresh copy of every published claim whose JSON shows one of these records."""
    claims = Claim.objects.published().referring_to(actors=actors, sources=sources, conflicts=conflicts)
    with transaction.atomic():
        record_claim_changes(claims.values_list("pk", flat=True), ChangeAction.UPSERT)


def refresh_quote_checks(claim_ids) -> None:
    """Recompute what each claim's chain decides: quote_check (against the text of the last captured source)
    and last_reporter (the actor of the last hop)."""
    claim_ids = list(claim_ids)
    last_text: dict[int, str] = {}
    last_actor: dict[int, int | None] = dict.fromkeys(claim_ids)
    hops = (
        AttributionHop.objects.filter(claim_id__in=claim_ids)
        .order_by("claim_id", "position")
        .values_list("claim_id", "actor_id", "source_id", "source__text")
    )
    for claim_id, actor_id, source_id, text in hops:  # later positions overwrite earlier ones
        last_actor[claim_id] = actor_id
        if source_id is not None:
            last_text[claim_id] = text  # the source the editor read
    checks = {}
    moved = set()  # quantities of counted claims whose last reporter changes: circular reporting may too
    for claim in Claim.objects.filter(pk__in=claim_ids).only(
        "quote", "phrase", "qualifier", "low", "best", "high", "status", "last_reporter", *QUANTITY
    ):
        if claim.status not in UNCOUNTED and claim.last_reporter_id != last_actor.get(claim.pk):
            moved.add(claim.quantity())
        text = last_text.get(claim.pk, "")
        if not text:
            checks[claim.pk] = QuoteCheck.NO_SNAPSHOT
        elif quote_found(claim.quote, claim.phrase, claim.figure_numbers(), text):
            checks[claim.pk] = QuoteCheck.VERIFIED
        else:
            checks[claim.pk] = QuoteCheck.NOT_FOUND
    update_derived("last_reporter_id", last_actor)
    update_derived("quote_check", checks)
    refresh_origin_counts(moved)


def refresh_sides_keys(claim_ids) -> None:
    """Recompute sides_key, the sorted ids of the sides each claim counts."""
    sides: dict[int, list[int]] = {pk: [] for pk in claim_ids}
    for claim_id, actor_id in Claim.sides.through.objects.filter(claim_id__in=list(sides)).values_list(
        "claim_id", "actor_id"
    ):
        sides[claim_id].append(actor_id)
    keys = {pk: ",".join(map(str, sorted(ids))) for pk, ids in sides.items()}
    moved = set()  # a counted claim changing sides leaves one quantity for another
    for claim in Claim.objects.counted().filter(pk__in=list(keys)).only(*QUANTITY):
        if claim.sides_key != keys[claim.pk]:
            moved |= {claim.quantity(), (*claim.quantity()[:-1], keys[claim.pk])}
    update_derived("sides_key", keys)
    refresh_origin_counts(moved)


def refresh_origin_counts(quantities=None, *, announce: bool = True) -> list[int]:
    """Recompute the stored counts of every claim of these quantities, or of all claims when `quantities` is
    None: among published claims (published_*, what partners see) and among all claims but rejected and
    retracted ones (newsroom_*, what the admin's list shows). Give partners a fresh copy of each published
    claim whose published counts changed (unless `announce` is false: the caller records them), and return
    the ids of those claims.

    Queries: one read of the quantities' claims, an UPDATE per distinct set of changed values, the feed's
    writes. The counts are those ClaimQuerySet.with_origin_counts() computes with a subquery per row, here
    computed in Python from one pass over the rows.
    """
    claims = Claim.objects.order_by()
    if quantities is not None:
        quantities = {tuple(quantity) for quantity in quantities}
        if not quantities:
            return []
        if len(quantities) <= 50:
            condition = Q()
            for quantity in quantities:
                condition |= Q(**dict(zip(QUANTITY, quantity, strict=True)))
            claims = claims.filter(condition)
        else:  # a long OR would be slower than reading the conflicts' claims and skipping the rest here
            claims = claims.filter(conflict_id__in={quantity[0] for quantity in quantities})
    rows = claims.values_list(
        "pk",
        *QUANTITY,
        "status",
        "originator_id",
        "originator__root_id",
        "last_reporter_id",
        *QUANTITY_COUNTS,
    )
    stored: dict[int, tuple] = {}
    published: dict[tuple, list[tuple]] = defaultdict(list)
    newsroom: dict[tuple, list[tuple]] = defaultdict(list)
    for pk, *row in rows.iterator(chunk_size=10_000):
        quantity, (status, originator, root, last, *counts) = tuple(row[:4]), row[4:]
        if quantities is not None and quantity not in quantities:
            continue
        stored[pk] = tuple(counts)
        if status not in UNCOUNTED:
            newsroom[quantity].append((pk, root or originator, last))
            if status == Status.PUBLISHED:
                published[quantity].append((pk, root or originator, last))
    nothing = (0, 0, False)
    by_partners, by_newsroom = count_origins(published), count_origins(newsroom)
    counted = {pk: (*by_partners.get(pk, nothing), *by_newsroom.get(pk, nothing)) for pk in stored}
    changed = {pk: value for pk, value in counted.items() if stored[pk] != value}
    # Published claims count themselves, so a non-zero count says the claim is published.
    announced = [pk for pk, value in changed.items() if value[0] and value[:3] != stored[pk][:3]]
    by_value: dict[tuple, list[int]] = defaultdict(list)
    for pk, value in changed.items():
        by_value[value].append(pk)
    with transaction.atomic():
        for value, pks in by_value.items():
            for start in range(0, len(pks), ID_BATCH):  # bounded IN lists: SQLite caps query parameters
                Claim.objects.filter(pk__in=pks[start : start + ID_BATCH]).update(
                    **dict(zip(QUANTITY_COUNTS, value, strict=True))
                )
        if announce:
            record_claim_changes(announced, ChangeAction.UPSERT)
    return announced


def store_counts_of(claims, fields: tuple[str, str, str]) -> None:
    """Count reports, origins and circular reporting among `claims` (a queryset, perhaps of a migration's
    historical model) and store them into `fields` of those claims. For migrations 0008 and 0011, which fill
    new count columns; afterwards refresh_origin_counts keeps them."""
    counted = defaultdict(list)
    rows = claims.order_by().values_list(
        "pk", *QUANTITY, "originator_id", "originator__root_id", "last_reporter_id"
    )
    for pk, *quantity, originator, root, last in rows.iterator(chunk_size=10_000):
        counted[tuple(quantity)].append((pk, root or originator, last))
    by_value = defaultdict(list)
    for pk, counts in count_origins(counted).items():
        by_value[counts].append(pk)
    for counts, pks in by_value.items():
        for start in range(0, len(pks), ID_BATCH):
            claims.filter(pk__in=pks[start : start + ID_BATCH]).update(
                **dict(zip(fields, counts, strict=True))
            )


def count_origins(published: dict[tuple, list[tuple]]) -> dict[int, tuple[int, int, bool]]:
    """Return {claim id: (reports, independent origins, circular)} from {quantity: [(claim id, origin id,
    last reporter id)]} of the claims that count. Pure: migrations 0008 and 0011 use it too."""
    counted = {}
    for reports in published.values():
        outlets = defaultdict(set)  # origin: the last outlets its reports came through
        for _, origin, last in reports:
            if origin is not None:  # unattributed reports are reports, not origins
                outlets[origin].add(last)
        for pk, origin, last in reports:
            circular = origin is not None and bool(outlets[origin] - {last})
            counted[pk] = (len(reports), len(outlets), circular)
    return counted


def update_derived(field: str, values: dict[int, object]) -> None:
    """Store {claim id: value} of a derived field: one UPDATE per distinct value, skipping rows already right.

    Derived fields are recomputed, not edited, and are excluded from history on purpose: update() is right here.
    """
    by_value: dict[object, list[int]] = {}
    for pk, value in values.items():
        by_value.setdefault(value, []).append(pk)
    for value, pks in by_value.items():
        for start in range(0, len(pks), ID_BATCH):  # bounded IN lists: SQLite caps query parameters
            batch = pks[start : start + ID_BATCH]
            Claim.objects.filter(pk__in=batch).exclude(**{field: value}).update(**{field: value})
