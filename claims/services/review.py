"""The review workflow: the only code that changes a claim's status (DESIGN.md, "Review workflow").

A transition is a write of the whole claim (services.writing.save_claims): it makes a version, a review event,
and whatever the new status changes in the quantity's counts and the partners' feed. A published figure is
corrected by a new claim that goes through review again and, once published, retracts the one it corrects.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from django.db import transaction
from django.utils import timezone

from ..models import Claim, ClaimVersion, Rating, ReviewEvent, Status
from .aggregate import (
    ClaimWrite,
    chain_problems,
    changed_what_it_says,
    hop_from_record,
    lock_claims,
    review_problems,
    values_of,
)
from .writing import latest_stored, save_claims

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
    rates: bool = False  # sets the claim's rating when the reviewer chose one (publishing needs one)


TRANSITIONS = {
    t.action: t
    for t in [
        Transition("submit", "Submit for review", Status.DRAFT, Status.IN_REVIEW, reviewers_only=False),
        Transition("request_changes", "Request changes", Status.IN_REVIEW, Status.DRAFT, note_required=True),
        Transition("reject", "Reject", Status.IN_REVIEW, Status.REJECTED, note_required=True),
        Transition("verify", "Verify", Status.IN_REVIEW, Status.VERIFIED, four_eyes=True, rates=True),
        Transition("publish", "Publish", Status.VERIFIED, Status.PUBLISHED, four_eyes=True, rates=True),
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


def authors_of(claim_ids: Iterable[int]) -> dict[int, set[int]]:
    """Return, per claim, the ids of the users who wrote it or changed what it says (figure, what is counted,
    who said it, chain, sides): they may not verify or publish it. One query."""
    authors: dict[int, set[int]] = defaultdict(set)
    versions = ClaimVersion.objects.filter(
        changed_what_it_says(), claim_id__in=list(claim_ids), by__isnull=False
    ).values_list("claim_id", "by_id")
    for claim_id, by_id in versions:
        authors[claim_id].add(by_id)
    return authors


def figure_authors(claim: Claim) -> set[int]:
    """Return the ids of the users who wrote the claim or changed what it says. Queries its versions."""
    authors = authors_of([claim.pk])[claim.pk]
    return authors | ({claim.created_by_id} if claim.created_by_id else set())


def available_transitions(claim: Claim, user) -> list[Transition]:
    """Return the transitions `user` may apply to `claim` now. Queries versions for four-eyes checks."""
    candidates = [
        t
        for t in TRANSITIONS.values()
        if t.source == claim.status and (not t.reviewers_only or user.has_perm(REVIEW_PERMISSION))
    ]
    if any(t.four_eyes for t in candidates) and user.pk in figure_authors(claim):
        candidates = [t for t in candidates if not t.four_eyes]
    return candidates


def transition_claims(
    claims: Iterable[Claim | int],
    action: str,
    *,
    by,
    note: str = "",
    rating: str = "",
    versions: dict[int, int] | None = None,
) -> tuple[list[int], dict[int, str]]:
    """Move each claim along the workflow by `action`, as `by`; return the ids moved and, by id, why the rest
    were refused. All in one transaction and one write, whatever the number of claims.

    `versions` maps claims to the version the reviewer read: a claim changed since is refused, so that nobody
    verifies or publishes what they have not seen. Raises ReviewError, changing nothing, when the rules refuse
    the action itself (unknown, reviewers only, a note required, a rating not in the list). Queries, for any number of claims: the corrected claims, the locks, the latest versions,
    the authors; then save_claims(), one UPDATE per claim.
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
    if rating and not by.has_perm(REVIEW_PERMISSION):
        raise ReviewError("Only reviewers rate claims.")
    if rating and rating not in Rating.values:
        raise ReviewError(f"“{rating}” is not a rating: choose one of {', '.join(Rating.values)}.")
    if "\x00" in note:
        raise ReviewError("The note holds a null character: remove it.")
    pks = list(dict.fromkeys(claim if isinstance(claim, int) else claim.pk for claim in claims))
    # Publishing a correction retracts what it corrects: lock both, all in id order (read their ids first).
    corrected: dict[int, int] = {}
    if rule.target == Status.PUBLISHED:
        # Only corrections are read, so every corrects_id is set.
        corrected = cast(
            dict[int, int],
            dict(Claim.objects.filter(pk__in=pks, corrects__isnull=False).values_list("pk", "corrects_id")),
        )
    refused: dict[int, str] = {}
    with transaction.atomic():
        # The row locks make two reviewers pressing buttons at once queue: the second sees the first's
        # status and is refused.
        current = lock_claims([*pks, *corrected.values()])
        stored = latest_stored(list(current.values()))
        authors = authors_of(pks) if rule.four_eyes else {}
        now, writes = timezone.now(), []
        for pk in pks:
            claim = current.get(pk)
            if claim is None:
                refused[pk] = "No such claim."
                continue
            if versions is not None and versions.get(pk) != claim.version:
                refused[pk] = (
                    f"This claim was changed since you opened it (you read version {versions.get(pk)}, it is now "
                    f"version {claim.version}): read it again before you {rule.label.lower()} it."
                )
                continue
            problem = refusal(
                claim,
                rule,
                by,
                rating,
                authors.get(pk, set()),
                stored[pk].record,
                current.get(corrected[pk]) if pk in corrected else None,
            )
            if problem:
                refused[pk] = problem
                continue
            write = moved(claim, stored[pk], rule, by, note, rating, now)
            writes.append(write)
            if pk in corrected:
                target = current[corrected[pk]]
                retraction = Transition("retract", "Retract", Status.PUBLISHED, Status.RETRACTED)
                # A fixed reason: the retraction reason is partner-facing (the tombstone, claim.retracted), the
                # note is for the review log, which stays in the newsroom; it stays on the correction's own event.
                reason = f"Corrected by claim #{pk}."
                writes.append(moved(target, stored[target.pk], retraction, by, reason, "", now))
        save_claims(writes)
    return [pk for pk in pks if pk not in refused], refused


def refusal(claim: Claim, rule: Transition, by, rating: str, authors: set[int], record: dict, target) -> str:
    """Return why `rule` may not move `claim` now, or "" when it may."""
    if claim.status != rule.source:
        return (
            f"This claim is {claim.get_status_display()}: “{rule.label}” applies only to a claim that is "
            f"{Status(rule.source).label}."
        )
    if rule.four_eyes and by.pk in authors | {claim.created_by_id}:
        return "You wrote or edited this figure, so another reviewer must check it (four-eyes rule)."
    if rule.target == Status.PUBLISHED and not (rating or claim.rating):
        return "Rate the claim before publishing it."
    if rule.target in (Status.IN_REVIEW, Status.VERIFIED, Status.PUBLISHED):
        # Every save checks the chain; a claim recorded before those checks is checked here, before review.
        chain = [hop_from_record(hop) for hop in record["chain"]]
        write = ClaimWrite(values={}, chain=chain, sides=[], reason="", by_id=None)
        problems = review_problems(write) + [m for ms in chain_problems(claim, chain).values() for m in ms]
        if problems:
            return "Not ready for review: " + " ".join(problems)
    if target is not None and target.status != Status.PUBLISHED:
        return f"The claim this one corrects (#{target.pk}) is {target.get_status_display()}, no longer published."
    return ""


def moved(claim: Claim, stored, rule: Transition, by, note: str, rating: str, now) -> ClaimWrite:
    """Return the write that applies `rule` to `claim` (locked), its chain and sides as stored."""
    values = values_of(claim)
    values["status"] = rule.target
    if rating:
        values["rating"] = rating
    match rule.target:
        case Status.IN_REVIEW:
            values["submitted_at"] = now
        case Status.VERIFIED:
            values["verified_by_id"] = by.pk
        case Status.PUBLISHED:
            values["published_by_id"], values["published_at"] = by.pk, now
        case Status.RETRACTED:
            values["retraction_reason"], values["retracted_at"] = note, now
    record = stored.record
    return ClaimWrite(
        values=values,
        chain=[hop_from_record(hop) for hop in record["chain"]],
        sides=list(record["sides"]),
        reason=f"{rule.label}: {note}" if note else rule.label,
        by_id=by.pk,
        pk=claim.pk,
        stored=stored,
        event=(rule.source, rule.target, note),
    )


def transition_claim(
    claim: Claim, action: str, *, by, note: str = "", rating: str = "", version: int | None = None
) -> ReviewEvent:
    """Move `claim` along the workflow by `action`, record who did it, and return the review event. With
    `version`, the one the person read, a claim changed since is refused.

    Raises ReviewError, leaving the claim unchanged, when the rules refuse the transition.
    """
    versions = None if version is None else {claim.pk: version}
    _, refused = transition_claims([claim], action, by=by, note=note, rating=rating, versions=versions)
    if refused:
        raise ReviewError(refused[claim.pk])
    claim.refresh_from_db()
    return ReviewEvent.objects.filter(claim=claim).latest("at", "id")


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
    """Make a verified claim visible to partners (retracting the claim it corrects, if it corrects one)."""
    return transition_claim(claim, "publish", by=by, note=note, rating=rating)


def retract_claim(claim: Claim, *, by, reason: str) -> ReviewEvent:
    """Withdraw a published claim; partners receive a tombstone carrying the reason."""
    return transition_claim(claim, "retract", by=by, note=reason)


def correct_claim(claim: Claim, *, by, reason: str = "") -> Claim:
    """Draft a correction of a published claim: a copy of it, chain and sides included, that goes through
    review again; publishing it retracts `claim`. Returns the new draft. Raises ReviewError when `claim` is
    not published or a correction of it is already under way."""
    if "\x00" in reason:
        raise ReviewError("The reason holds a null character: remove it.")
    with transaction.atomic():
        current = lock_claims([claim.pk]).get(claim.pk)
        if current is None or current.status != Status.PUBLISHED:
            raise ReviewError("Only a published claim is corrected this way; edit a draft directly.")
        pending = (
            Claim.objects.filter(corrects=current)
            .exclude(status__in=[Status.REJECTED, Status.RETRACTED, Status.PUBLISHED])
            .values_list("pk", flat=True)
            .first()
        )
        if pending is not None:
            raise ReviewError(f"Claim #{pending} already corrects this claim: edit that draft instead.")
        stored = latest_stored([current])[current.pk]
        values = values_of(current)
        values |= {
            "status": Status.DRAFT,
            "rating": "",
            "corrects_id": current.pk,
            "internal_note": "",
            "submitted_at": None,
            "verified_by_id": None,
            "published_by_id": None,
            "published_at": None,
            "retracted_at": None,
            "retraction_reason": "",
            "created_by_id": by.pk,
            "external_id": None,
        }
        write = ClaimWrite(
            values=values,
            chain=[hop_from_record(hop) for hop in stored.record["chain"]],
            sides=list(stored.record["sides"]),
            reason=reason.strip() or f"Correction of claim #{current.pk}",
            by_id=by.pk,
        )
        [pk] = save_claims([write])
    return Claim.objects.get(pk=pk)
