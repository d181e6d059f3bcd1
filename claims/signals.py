"""Keep derived state in step with edits: the partners' change feed, quote checks, sides keys."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .models import QUANTITY, Actor, AttributionHop, Claim, Conflict, Source
from .services import (
    UNCOUNTED,
    record_changes_of_published_claims_using,
    refresh_origin_counts,
    refresh_quote_checks,
    refresh_sides_keys,
)


@receiver(post_save, sender=Actor)
def actor_saved(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return
    record_changes_of_published_claims_using(actors=[instance])
    if getattr(instance, "root_changed", False):
        # The origin of its figures changed with its root. (Its agents are saved in turn.)
        refresh_origin_counts(
            claim.quantity() for claim in Claim.objects.counted().filter(originator=instance).only(*QUANTITY)
        )


@receiver(post_save, sender=Source)
def source_saved(sender, instance, created, raw=False, **kwargs):
    if not created and not raw:
        record_changes_of_published_claims_using(sources=[instance])
        # Its text may have changed: check again the quotes of the claims read in it.
        refresh_quote_checks(
            AttributionHop.objects.filter(source=instance).values_list("claim_id", flat=True)
        )


@receiver(post_save, sender=Claim)
def claim_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    refresh_quote_checks([instance.pk])
    # A new claim, a change of status, quantity or originator changes the counts of its quantity's claims.
    before, now = getattr(instance, "_loaded_counting", None), instance.counting()
    instance._loaded_counting = now
    if before != now:
        refresh_origin_counts(
            quantity for quantity, _, status in filter(None, [before, now]) if status not in UNCOUNTED
        )


@receiver(post_delete, sender=Claim)
def claim_deleted(sender, instance, **kwargs):
    if instance.status not in UNCOUNTED:
        refresh_origin_counts([instance.quantity()])


@receiver([post_save, post_delete], sender=AttributionHop)
def hop_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_quote_checks([instance.claim_id])


@receiver(m2m_changed, sender=Claim.sides.through)
def sides_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"}:
        refresh_sides_keys(list(pk_set or []) if reverse else [instance.pk])


@receiver(post_save, sender=Conflict)
def conflict_saved(sender, instance, created, raw=False, **kwargs):
    if not created and not raw:
        record_changes_of_published_claims_using(conflicts=[instance])


@receiver(m2m_changed, sender=Actor.party_to.through)
def parties_changed(sender, instance, action, reverse, pk_set, **kwargs):
    # Who fights in a conflict decides `interested_party` on the claims of its actors.
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if reverse:  # conflict.parties.add(actor)
        record_changes_of_published_claims_using(actors=Actor.objects.filter(pk__in=pk_set or []))
    else:
        record_changes_of_published_claims_using(actors=[instance])
