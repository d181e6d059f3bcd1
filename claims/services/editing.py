"""Editing: claims saved by editors and drafted by extraction, and the records claims show (actors, sources,
conflicts), whose changes refresh what the claims derive from them and reach partners."""

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from simple_history.utils import bulk_create_with_history

from ..models import (
    Actor,
    AttributionHop,
    ChangeAction,
    Claim,
    Conflict,
    Incident,
    Quantity,
    Relation,
    Source,
    Status,
)
from ..parsing import Candidate
from ..parsing.languages import detect_language
from .aggregate import ClaimWrite, Hop, hop_from_record, lock_claims, plan_edit, stored_state, values_of
from .counting import rebuild_tallies, take_counts_lock
from .estimating import refresh_estimates, refresh_estimates_of
from .feed import (
    announce_claims_referring_to,
    announce_incidents,
    quantity_actions,
    record_feed_entries,
)
from .writing import quote_checks, save_claims


def save_claim(
    claim: Claim,
    *,
    chain: Iterable[Hop],
    sides: Iterable[int] = (),
    by=None,
    reason: str = "",
    base_version: int | None = None,
) -> Claim:
    """Validate and write one claim with its chain and sides (a new draft, or an edit of an editable claim);
    return it as stored. Raises ValidationError by field, changing nothing."""
    with transaction.atomic():
        write = plan_edit(
            claim,
            chain=list(chain),
            sides=sides,
            by_id=by.pk if by else None,
            reason=reason or ("Created" if claim.pk is None else ""),
            base_version=base_version,
        )
        [pk] = save_claims([write])
    return Claim.objects.get(pk=pk)


REPORTED_WITHIN = dt.timedelta(days=7)  # an article reports an incident up to a week after it ends
INCIDENTS_CONSIDERED = 200  # of a conflict's incidents in that window, the latest first


def proposed_incident(source: Source, conflict: Conflict | int) -> Incident | None:
    """Return the incident a source's figures are likely about: one of the conflict's incidents that had
    happened by the source's publication date and ended at most a week before it, and whose place (or one of
    the places its name joins with "and" or commas, or its district) the text names. The latest such, or None.
    One query."""
    if source.published_on is None or not source.text:
        return None
    nearby = Incident.objects.filter(
        conflict=conflict,
        started_on__lte=source.published_on,
        started_on__gte=source.published_on - REPORTED_WITHIN - dt.timedelta(days=31),
    ).order_by("-started_on", "-pk")[:INCIDENTS_CONSIDERED]
    text = source.text.casefold()
    for incident in nearby:
        if incident.ends_on < source.published_on - REPORTED_WITHIN:
            continue
        names = [*re.split(r",|\band\b|/", incident.place.casefold()), incident.admin2.casefold()]
        if any(name.strip() and re.search(rf"\b{re.escape(name.strip())}\b", text) for name in names):
            return incident
    return None


@dataclass
class Draft:
    """A figure to draft from a source's text, as the editor chose it on the extraction worksheet."""

    candidate: Candidate
    metric: str
    population: str
    group: str
    # An actor on record, a new one (not saved yet: created with the drafts), or None for no originator.
    originator: Actor | None


def create_draft_claims(
    source: Source,
    readings: Sequence[tuple[Candidate, str] | Draft],
    *,
    conflict: Conflict,
    by,
    incident: Incident | None = None,
    candidates: Sequence[Candidate] = (),
) -> list[Claim]:
    """Create one draft claim per reading of `source`'s text, with its chain, in one write.

    A reading is a Draft, as the editor chose it, or a (candidate, metric) pair, which takes the population and
    group the reader found and the actor the proposed originator's name matches. A Draft's originator that is
    not saved yet is created first, in the same transaction (refused if its name was taken meanwhile). The
    chain runs from the originator to the source's publisher. With an `incident`, the claims are about it (it
    must be the conflict's). `candidates` is the list the readings were picked from (extract_figures()), where a
    part's `part_of` points: a part drafted with its total is linked to it (breakdown_of), when they fit
    (Claim.breakdown_problems()), at no extra query. Queries: the matches, the new actors, the write.
    """
    matched = Actor.objects.matching(
        reading[0].originator for reading in readings if isinstance(reading, tuple)
    )
    drafting = [
        reading
        if isinstance(reading, Draft)
        else Draft(
            reading[0],
            reading[1],
            reading[0].figure.population,
            reading[0].figure.group,
            matched.get(reading[0].originator) if reading[0].originator else None,
        )
        for reading in readings
    ]
    writes, drafts = [], []
    with transaction.atomic():
        create_actors([draft.originator for draft in drafting if draft.originator is not None], by=by)
        for draft in drafting:
            candidate, figure, originator = draft.candidate, draft.candidate.figure, draft.originator
            claim = Claim(
                conflict=conflict,
                incident=incident,
                metric=draft.metric,
                population=draft.population,
                group=draft.group,
                phrase=candidate.phrase,
                qualifier=figure.qualifier,
                low=figure.low,
                best=figure.best,
                high=figure.high,
                convention=figure.convention,
                originator=originator,
                quote=candidate.sentence,
                stated_on=source.published_on,
                as_of=candidate.as_of,
                area=candidate.area or "",
                period_start=candidate.period_start,
                period_end=candidate.period_end,
                created_by=by,
                # No actor matched or was chosen: the name the reader proposed stays with the draft.
                internal_note=f"Proposed originator “{candidate.originator}”: no actor was set at extraction."
                if candidate.originator and originator is None
                else "",
            )
            chain = []
            if (
                originator is not None and originator.pk != source.publisher_id
            ):  # (no query for the publisher)
                chain.append(Hop(originator.pk, Relation.STATED, None, source.published_on))
            chain.append(Hop(source.publisher_id, Relation.PUBLISHED, source.pk, source.published_on))
            writes.append(
                plan_edit(claim, chain=chain, sides=[], by_id=by.pk, reason=f"Extracted from “{source}”")
            )
            drafts.append(claim)
        link_parts([draft.candidate for draft in drafting], candidates, drafts, writes)
        pks = save_claims(writes)
    return list(Claim.objects.filter(pk__in=pks).order_by("pk"))


def create_actors(actors: Iterable[Actor], *, by=None) -> None:
    """Create the actors not saved yet among `actors` (each once, however often named), with their history, in
    one write; raise ValidationError, creating none, when a name is taken meanwhile. New actors speak for
    themselves and fight in no conflict: nothing is derived from them yet. Queries: none without a new actor,
    else the insert and its history's."""
    new = list({id(actor): actor for actor in actors if actor.pk is None}.values())
    if not new:
        return
    try:
        with transaction.atomic():  # (a savepoint: the refusal leaves the caller's transaction usable)
            bulk_create_with_history(
                new, Actor, default_user=by, default_change_reason="Created at extraction"
            )
    except IntegrityError:
        for actor in new:
            actor.pk = None
        names = ", ".join(f"“{actor.name}”" for actor in new)
        raise ValidationError(
            f"An actor named {names} was recorded meanwhile: nothing was created. Choose it as the originator."
        ) from None


def link_parts(
    picked: Sequence[Candidate],
    candidates: Sequence[Candidate],
    drafts: Sequence[Claim],
    writes: Sequence[ClaimWrite],
) -> None:
    """Have each part's write name its total's (ClaimWrite.total) when both are drafted together, the first of
    the total's drafts (one per metric chosen) that the part fits; a total linked to a total of its own takes
    no parts (a breakdown has one level). No query: the drafts are new."""
    drafted: dict[int, list[int]] = {}  # a candidate (by identity) → the indexes of its drafts
    for index, candidate in enumerate(picked):
        drafted.setdefault(id(candidate), []).append(index)
    links = {}
    for index, candidate in enumerate(picked):
        if candidate.part_of is None or not 0 <= candidate.part_of < len(candidates):
            continue
        fitting = (
            total
            for total in drafted.get(id(candidates[candidate.part_of]), [])
            if total != index and not drafts[index].breakdown_problems(drafts[total])
        )
        if (total := next(fitting, None)) is not None:
            links[index] = total
    for index, total in links.items():
        if total not in links:
            writes[index].total = writes[total]


def save_actor(actor: Actor, *, announce: bool = True) -> None:
    """Save an actor; when whom it acts for changed, recount the quantities its figures (and its agents')
    count in, whose origins changed; give partners fresh copies of what shows it (unless `announce` is false:
    the caller announces once it has saved the actor's conflicts too)."""
    with transaction.atomic():
        existed = actor.pk is not None
        if existed:
            take_counts_lock(
                exclusive=True
            )  # before the actor's row, as save_conflict() takes it, for the same reason
        stored = Actor.objects.filter(pk=actor.pk).values_list("acts_on_behalf_of", "name").first()
        before, name = stored or (None, None)
        moves = (
            existed and before != actor.acts_on_behalf_of_id
        )  # (no claim writer reads roots until this commits)
        actor.save()  # re-roots its agents, a level at a time
        if moves:
            # The figures of the actor and of everyone speaking for it now come from another origin: their
            # quantities' tallies are counted again, and partners receive those claims (their `origin` and
            # `interested_party` changed) and those quantities (their origins changed, even where their counts
            # did not).
            family = agents_of(actor.pk)
            moved = Claim.objects.filter(originator__in=family)
            quantities = set(moved.values_list("quantity_id", flat=True).distinct())
            changed = rebuild_tallies(quantities)
            # Its figures' origin, whether a party gave them, and whether the party held responsible for an
            # incident gave them (a perpetrator in the family now answers to another top) changed.
            perpetrated = set(
                Quantity.objects.filter(
                    incident__perpetrator__in=family, published_reports__gt=0
                ).values_list("pk", flat=True)
            )
            changed |= refresh_estimates(
                quantities | perpetrated, reason="An originator now speaks for another origin."
            )
            shown = set(
                Quantity.objects.visible_to_partners().filter(pk__in=quantities).values_list("pk", flat=True)
            )
            record_feed_entries(
                claims=dict.fromkeys(moved.published().values_list("pk", flat=True), ChangeAction.UPSERT),
                quantities=quantity_actions(changed | shown),
            )
        elif existed and name != actor.name:
            refresh_estimates_of(actors=[actor.pk])  # the estimates' explanations name their origins
        if existed and announce:
            announce_claims_referring_to(actors=[actor])


def chains_broken_by_moving(actor: Actor, principal_id: int | None) -> list[int]:
    """Return the reviewed claims whose chain would break the hop-0 rule (hop 0's actor is the originator or
    speaks for it) if `actor` acted on behalf of `principal_id` instead: a reviewed claim is the record and
    cannot be changed to follow. Queries: the family's levels, their hops 0, and the new principals' levels."""
    if actor.pk is None:
        return []
    family = agents_of(actor.pk)
    hops = (
        AttributionHop.objects.filter(position=0, actor__in=family, claim__originator__isnull=False)
        .exclude(claim__status__in=[Status.DRAFT, Status.IN_REVIEW])
        .exclude(claim__originator=F("actor"))
        .values_list("claim_id", "actor_id", "claim__originator_id")
    )
    rows = list(hops)
    if not rows:
        return []
    parents = dict(Actor.objects.filter(pk__in=family).values_list("pk", "acts_on_behalf_of"))
    above = []
    if principal_id is not None:
        above = [principal_id, *Actor(acts_on_behalf_of_id=principal_id).principals()]
    broken = []
    for claim_id, speaker, originator in rows:
        speaks_for, current = [], speaker
        while current != actor.pk:  # up the family to the actor, whose principals change
            current = parents[current]
            speaks_for.append(current)
        if originator not in [*speaks_for, *above]:
            broken.append(claim_id)
    return sorted(broken)


def agents_of(actor_id: int) -> set[int]:
    """Return the actor and everyone who acts on its behalf, directly or not. One query per level."""
    family, level = {actor_id}, {actor_id}
    while level:
        level = set(Actor.objects.filter(acts_on_behalf_of__in=level).values_list("pk", flat=True)) - family
        family |= level
    return family


def save_incident(incident: Incident, *, by_id: int | None = None) -> None:
    """Save an incident; when its perpetrator changed, recompute its estimates (the perpetrator's own figure
    confirms one); give partners a fresh copy of it when they see it."""
    with transaction.atomic():
        before = None
        if incident.pk is not None:
            stored = (
                Incident.objects.filter(pk=incident.pk).values_list("perpetrator_id", "conflict_id").first()
            )
            before, conflict = stored or (None, None)
            if conflict is not None and conflict != incident.conflict_id and incident_has_claims(incident.pk):
                raise ValidationError({"conflict": CONFLICT_OF_CLAIMED_INCIDENT})
        existed = incident.pk is not None
        incident.save()
        if existed and before != incident.perpetrator_id:
            refresh_estimates_of(incidents=[incident.pk], by_id=by_id)
        if existed:
            announce_incidents([incident.pk])


CONFLICT_OF_CLAIMED_INCIDENT = (
    "Claims about this incident belong to its conflict: an incident keeps its conflict once a claim is about it. "
    "Record the incident again under the other conflict, and move the drafts to it."
)


def incident_has_claims(incident_id: int) -> bool:
    """Return whether any claim, in any state, is about this incident. One query."""
    return Claim.objects.filter(incident_id=incident_id).exists()


def save_conflict(conflict: Conflict) -> None:
    """Save a conflict; give partners fresh copies of the published claims and quantities that show it."""
    with transaction.atomic():
        existed = conflict.pk is not None
        if existed:
            # No claim writer in flight while the row changes: a publication holding the feed's lock checks its
            # rows' keys against this row as it commits (a renamed slug or name is a key), and would wait for
            # us while we waited for that lock (a deadlock on PostgreSQL). Renames are rare; writes wait for it.
            take_counts_lock(exclusive=True)
        conflict.save()
        if existed:
            announce_claims_referring_to(conflicts=[conflict])


def save_source(source: Source) -> None:
    """Save a source; check again the quotes of the claims read in it (its text may have changed) and give
    partners fresh copies of the published claims that show it."""
    if not source.language and source.text:
        # The language the text is written in, when the editor left it empty (issue 16); None says nothing.
        source.language = detect_language(source.text) or ""
    with transaction.atomic():
        existed = source.pk is not None
        if not existed:
            source.save()
            return
        # The claims read in it are locked before the source's row, the order claim writers take them in (a
        # claim's write locks its row, then its hops' sources): an URL change locks the whole source row, and
        # taken the other way round, it and a claim's save would each wait for the other.
        readers = list(
            AttributionHop.objects.filter(source=source).values_list("claim_id", flat=True).distinct()
        )
        locked = lock_claims(readers)
        source.save()
        refresh_quote_checks(readers, locked=locked)
        announce_claims_referring_to(sources=[source])


def refresh_quote_checks(claim_ids: Iterable[int], *, locked: dict[int, Claim] | None = None) -> None:
    """Check again the quotes of these claims against their sources' texts, under their row locks (taken
    here unless `locked` holds them), and store the checks that changed. Queries: the locks, the chains and
    sides, the texts, an UPDATE per changed value."""
    claims = locked if locked is not None else lock_claims(claim_ids)
    if not claims:
        return
    state = stored_state(list(claims.values()))
    writes = [
        ClaimWrite(
            values=values_of(claim),
            chain=[hop_from_record(hop) for hop in state[pk].record["chain"]],
            sides=[],
            reason="",
            by_id=None,
        )
        for pk, claim in claims.items()
    ]
    by_value: dict[str, list[int]] = {}
    for (pk, claim), check in zip(claims.items(), quote_checks(writes), strict=True):
        if check != claim.quote_check:
            by_value.setdefault(check, []).append(pk)
    for check, pks in by_value.items():
        Claim.objects.filter(pk__in=pks).update(quote_check=check)
