"""Consolidated estimates and grades, stored once per quantity and kept by the write path (claims.estimates
holds the rule; this module reads its inputs and stores its results, with every estimate's history).

Run with the quantities locked (services.counting.lock_quantities), inside the write's transaction: the
published figures read here are then the ones the write leaves.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence

from django.db import connection, transaction
from django.db.models import Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from ..estimates import Estimate, Figure, consolidate
from ..models import Claim, EstimateVersion, Quantity, Status
from .sql import Table

STORED = (
    "estimate_low",
    "estimate_best",
    "estimate_high",
    "low_claim_id",
    "best_claim_id",
    "high_claim_id",
    "derived_grade",
    "explanation",
    "basis",
)


def figures_of(quantity_ids: Iterable[int]) -> dict[int, list[Figure]]:
    """Return each quantity's published figures as the rule reads them. One query, whatever the number of
    quantities; it reads only their published claims (the index on quantity)."""
    ids = list(quantity_ids)
    figures: dict[int, list[Figure]] = {pk: [] for pk in ids}
    if not ids:
        return figures
    rows = (
        Claim.objects.filter(quantity_id__in=ids, status=Status.PUBLISHED)
        .order_by()
        .with_interested_party()
        .annotate(
            origin=Coalesce("originator__root", "originator"),
            origin_name=Coalesce("originator__root__name", "originator__name", Value("")),
            responsible=Coalesce("incident__perpetrator__root", "incident__perpetrator"),
        )
        .values_list(
            "quantity_id",
            "pk",
            "origin",
            "origin_name",
            "stated_on",
            "low",
            "best",
            "high",
            "rating",
            "interested_party",
            "responsible",
        )
    )
    for (
        quantity,
        pk,
        origin,
        origin_name,
        stated_on,
        low,
        best,
        high,
        rating,
        interested,
        responsible,
    ) in rows:
        figures[quantity].append(
            Figure(
                claim=pk,
                origin=origin,
                stated_on=stated_on,
                low=low,
                best=best,
                high=high,
                rating=rating,
                interested=bool(interested),
                responsible=origin is not None and origin == responsible,
                origin_name=origin_name,
            )
        )
    return figures


def stored_value(estimate: Estimate) -> tuple:
    return (
        estimate.low,
        estimate.best,
        estimate.high,
        estimate.low_claim,
        estimate.best_claim,
        estimate.high_claim,
        estimate.grade,
        estimate.explanation,
        estimate.basis,
    )


def refresh_estimates(quantity_ids: Iterable[int], *, by_id: int | None = None, reason: str = "") -> set[int]:
    """Recompute the estimates of these quantities from their published figures, store those that changed
    with a new version each, and return their ids. Queries, whatever the number of quantities: the figures,
    the stored estimates, then for the changed ones an UPDATE statement (rows sent together) and the versions'
    INSERT."""
    ids = sorted(set(quantity_ids))
    if not ids:
        return set()
    figures = figures_of(ids)
    stored = {
        row[0]: row[1:]
        for row in Quantity.objects.filter(pk__in=ids).values_list(
            "pk", *STORED, "grade_override", "estimate_version"
        )
    }
    now = timezone.now()
    changed, rows, versions = set(), [], []
    for pk in ids:
        if pk not in stored:
            continue
        *before, override, number = stored[pk]
        estimate = consolidate(figures[pk])
        value = stored_value(estimate)
        if tuple(before) == value:
            continue
        changed.add(pk)
        grade = override or estimate.grade
        rows.append((*value, grade, number + 1, pk))
        versions.append(version_of(pk, number + 1, now, by_id, reason, estimate, grade))
    if rows:
        write_estimates(rows, now)
        with connection.cursor() as cursor:  # thousands at once in an import: COPY, or one executemany
            Table(EstimateVersion, VERSION_COLUMNS, now).insert(cursor, *zip(*versions, strict=True))
    return changed


VERSION_COLUMNS = (
    "quantity_id",
    "number",
    "at",
    "by_id",
    "reason",
    "low",
    "best",
    "high",
    "low_claim_id",
    "best_claim_id",
    "high_claim_id",
    "grade",
    "derived_grade",
    "explanation",
)


def version_of(pk: int, number: int, now, by_id, reason: str, estimate: Estimate, grade: str) -> tuple:
    """Return an estimate's version as a row of VERSION_COLUMNS."""
    return (
        pk,
        number,
        connection.ops.adapt_datetimefield_value(now),
        by_id,
        reason,
        estimate.low,
        estimate.best,
        estimate.high,
        estimate.low_claim,
        estimate.best_claim,
        estimate.high_claim,
        grade,
        estimate.grade,
        estimate.explanation,
    )


def write_estimates(rows: Sequence[tuple], now) -> None:
    """UPDATE the estimates of these quantities in one statement, their rows sent together."""
    table, quote = connection.ops.quote_name(Quantity._meta.db_table), connection.ops.quote_name
    names = (*STORED, "grade", "estimate_version")
    columns = ", ".join(f"{quote(column_of(name))} = %s" for name in names)
    basis_field = next(f for f in Quantity._meta.concrete_fields if f.name == "basis")
    at = connection.ops.adapt_datetimefield_value(now)
    adapted = []
    for row in rows:
        values = list(row)
        values[STORED.index("basis")] = basis_field.get_db_prep_value(
            values[STORED.index("basis")], connection
        )
        adapted.append((*values[:-1], at, values[-1]))
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {table} SET {columns}, {quote('updated_at')} = %s WHERE id = %s", adapted)


CHECKED_AT_ONCE = 2_000  # quantities per batch when every estimate is checked


def estimate_problems() -> list[str]:
    """Return how the stored estimates differ from a recomputation from the published claims (none,
    normally). Two queries per CHECKED_AT_ONCE quantities with published reports or a stored estimate."""
    problems = []
    ids = list(
        Quantity.objects.filter(Q(published_reports__gt=0) | ~Q(derived_grade=""))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for start in range(0, len(ids), CHECKED_AT_ONCE):
        batch = ids[start : start + CHECKED_AT_ONCE]
        figures = figures_of(batch)
        stored = {row[0]: row[1:] for row in Quantity.objects.filter(pk__in=batch).values_list("pk", *STORED)}
        for pk in batch:
            expected = stored_value(consolidate(figures[pk]))
            if stored[pk] != expected:
                problems.append(f"quantity {pk}: estimate stored {stored[pk][:7]}, computed {expected[:7]}")
    return problems


def column_of(name: str) -> str:
    """Return the column of Quantity's field `name` (or attname)."""
    return next(f.column for f in Quantity._meta.concrete_fields if name in (f.name, f.attname))


def override_grade(quantity: Quantity, *, grade: str, reason: str, by_id: int) -> bool:
    """Set (or, with grade "", lift) a reviewer's grade on a quantity's estimate, with a new version; return
    whether it changed. Queries: the quantity's lock, its row, and when it changes its UPDATE, the version and
    the feed."""
    from .counting import lock_quantity_keys
    from .feed import quantity_actions, record_feed_entries

    reason = reason.strip()
    if grade and not reason:
        raise ValueError("Say why the reviewer's grade replaces the rule's.")
    with transaction.atomic():
        lock_quantity_keys([quantity.key])  # the lock writers take: the rule's grade cannot move meanwhile
        row = Quantity.objects.get(pk=quantity.pk)
        if row.grade_override == grade and (row.grade_override_reason == reason or not grade):
            return False
        now = timezone.now()
        number, shown = row.estimate_version + 1, grade or row.derived_grade
        Quantity.objects.filter(pk=row.pk).update(
            grade_override=grade,
            grade_override_reason=reason if grade else "",
            grade_overridden_by_id=by_id if grade else None,
            grade=shown,
            estimate_version=number,
            updated_at=now,
        )
        EstimateVersion.objects.create(
            quantity_id=row.pk,
            number=number,
            at=now,
            by_id=by_id,
            reason=f"Grade set by a reviewer: {reason}"
            if grade
            else "The reviewer's grade lifted: the rule's applies.",
            low=row.estimate_low,
            best=row.estimate_best,
            high=row.estimate_high,
            low_claim_id=row.low_claim_id,
            best_claim_id=row.best_claim_id,
            high_claim_id=row.high_claim_id,
            grade=shown,
            derived_grade=row.derived_grade,
            explanation=row.explanation,
        )
        if row.published_reports:
            record_feed_entries(quantities=quantity_actions([row.pk]))
    return True


def refresh_estimates_of(
    *, actors: Iterable[int] = (), incidents: Iterable[int] = (), by_id=None
) -> set[int]:
    """Recompute the estimates that read these actors (whether they are parties, whom they act for: the
    figures of them and of everyone speaking for them) or these incidents (their perpetrator), and announce
    those that changed to partners. Run inside the transaction that changed them; returns the changed ids.
    Queries: the quantities, their locks, then as refresh_estimates() and the feed."""
    from django.db.models import Q

    from .counting import lock_quantity_keys
    from .editing import agents_of
    from .feed import quantity_actions, record_feed_entries

    family: set[int] = set()
    for actor in actors:
        family |= agents_of(actor)
    condition = Q(incident__in=list(incidents))
    if family:
        condition |= Q(pk__in=Claim.objects.published().filter(originator__in=family).values("quantity_id"))
    keys = dict(Quantity.objects.filter(published_reports__gt=0).filter(condition).values_list("pk", "key"))
    if not keys:
        return set()
    lock_quantity_keys(keys.values())
    changed = refresh_estimates(keys, by_id=by_id, reason="An actor or an incident the figures name changed.")
    record_feed_entries(quantities=quantity_actions(changed))
    return changed


def estimate_reason(writes) -> str:
    """Return what moved the estimates of a write: the review events, else "claims changed"."""
    events: defaultdict[str, int] = defaultdict(int)
    for w in writes:
        if w.event is not None:
            events[f"{w.event[0]} → {w.event[1]}"] += 1
    if not events:
        return "Claims changed."
    return (
        "; ".join(f"{event} ({n} claim{'s' if n != 1 else ''})" for event, n in sorted(events.items())) + "."
    )
