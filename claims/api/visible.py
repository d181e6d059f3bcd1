"""What partners may see of records that have no QuerySet method for it yet (STYLE.md: one rule per model)."""

from django.db.models import Exists, OuterRef, Q

from claims.models import Actor, AttributionHop, Claim, Conflict, Incident, Status


def published_hops():
    """Return the hops of published claims' chains (a queryset)."""
    return AttributionHop.objects.filter(claim__status=Status.PUBLISHED)


def actors_shown_to_partners():
    """Return the actors a published claim shows (originators and their origins, sides, the actors of its chain
    and the publishers of its sources) and the alleged perpetrators of the incidents partners see (a queryset;
    one query when evaluated)."""
    published = Claim.objects.published()
    # The origin of a published figure: through its agents (the index on root, then on originator), not by
    # joining every published claim to its originator's root, which read them all for each actor.
    agents_published = Actor.objects.filter(root=OuterRef("pk")).filter(
        Exists(published.filter(originator=OuterRef("pk")))
    )
    shown = (
        Q(Exists(published.filter(originator=OuterRef("pk"))))
        | Q(Exists(agents_published))
        | Q(Exists(Incident.objects.visible_to_partners().filter(perpetrator=OuterRef("pk"))))
        | Q(Exists(published.filter(sides=OuterRef("pk"))))
        | Q(Exists(published_hops().filter(actor=OuterRef("pk"))))
        | Q(Exists(published_hops().filter(source__publisher=OuterRef("pk"))))
    )
    return Actor.objects.filter(shown)


def conflicts_shown_to_partners():
    """Return the conflicts with published claims (a queryset): what the conflicts list shows and the only slugs
    a `conflict` filter accepts, so that a conflict only drafts refer to answers as an unknown one does."""
    return Conflict.objects.visible_to_partners()
