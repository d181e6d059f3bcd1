"""What partners may see of records that have no QuerySet method for it yet (STYLE.md: one rule per model)."""

from django.db.models import Exists, OuterRef, Q

from claims.models import Actor, AttributionHop, Claim, Status


def published_hops():
    """Return the hops of published claims' chains (a queryset)."""
    return AttributionHop.objects.filter(claim__status=Status.PUBLISHED)


def actors_shown_to_partners():
    """Return the actors a published claim shows: originators and their origins, sides, the actors of its chain
    and the publishers of its sources (a queryset; one query when evaluated)."""
    published = Claim.objects.published()
    shown = (
        Q(Exists(published.filter(originator=OuterRef("pk"))))
        | Q(Exists(published.filter(originator__root=OuterRef("pk"))))  # the origin of a published figure
        | Q(Exists(published.filter(sides=OuterRef("pk"))))
        | Q(Exists(published_hops().filter(actor=OuterRef("pk"))))
        | Q(Exists(published_hops().filter(source__publisher=OuterRef("pk"))))
    )
    return Actor.objects.filter(shown)
