"""Keep the partners' change feed in step when records that published claims show are edited."""

from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from .models import Actor, Conflict, Source
from .services import record_changes_of_published_claims_using


@receiver(post_save, sender=Actor)
def actor_saved(sender, instance, created, raw=False, **kwargs):
    if not created and not raw:
        record_changes_of_published_claims_using(actors=[instance])


@receiver(post_save, sender=Source)
def source_saved(sender, instance, created, raw=False, **kwargs):
    if not created and not raw:
        record_changes_of_published_claims_using(sources=[instance])


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
