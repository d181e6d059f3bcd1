"""Reads of many rows: QuerySet methods that read like sentences."""

from django.apps import apps
from django.db import models


class ClaimQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status="published")

    def visible_to_partners(self):
        """Published claims, and the tombstones of retracted ones: nothing else ever leaves the newsroom."""
        return self.filter(status__in=["published", "retracted"])

    def referring_to(self, *, actors=(), sources=(), conflicts=()):
        """Claims whose partner-facing JSON shows any of these actors, sources or conflicts."""
        actors, sources = list(actors), list(sources)
        condition = models.Q(conflict__in=list(conflicts))
        if actors:
            condition |= models.Q(originator__in=actors) | models.Q(sides__in=actors)
            condition |= models.Q(chain__actor__in=actors) | models.Q(chain__source__publisher__in=actors)
            condition |= models.Q(originator__root__in=actors)  # interested_party follows the root
        if sources:
            condition |= models.Q(chain__source__in=sources)
        return self.filter(condition).distinct()

    def with_interested_party(self):
        """Annotate `interested_party`: the originator, or whom it ultimately acts for, fights in the conflict."""
        parties = (
            apps.get_model("claims", "Actor")
            .party_to.through.objects.filter(conflict=models.OuterRef("conflict"))
            .filter(
                models.Q(actor=models.OuterRef("originator"))
                | models.Q(actor=models.OuterRef("originator__root"))
            )
        )
        return self.annotate(interested_party=models.Exists(parties))

    def for_partners(self):
        """Published claims with all their partner JSON shows: one query, plus sides and chain per page."""
        return (
            self.published()
            .with_interested_party()
            .select_related("conflict", "originator")
            .prefetch_related("sides")
            .with_chain()
        )

    def with_figure_labels(self):
        """Load what `Claim.figure_text()` and the changelist show, in a fixed number of queries."""
        return self.select_related("conflict", "originator").prefetch_related("sides", "conflict__parties")

    def with_chain(self):
        """Load each claim's attribution chain with its actors and sources (one extra query)."""
        return self.prefetch_related(
            models.Prefetch(
                "chain",
                queryset=self.model.chain.rel.related_model.objects.select_related(
                    "actor", "source", "source__publisher"
                ).order_by("position"),
            )
        )


def name_key(name: str) -> str:
    """Return the form of an actor's name used to match it: case-folded, no leading "the", plain quotes."""
    name = " ".join(name.replace("’", "'").split()).casefold()
    return name.removeprefix("the ")


class ActorQuerySet(models.QuerySet):
    def matching(self, names) -> dict[str, object]:
        """Return {name: actor} for the names that equal an actor's name or one of its aliases. One query."""
        keys = {name: name_key(name) for name in names if name}
        if not keys:
            return {}
        condition = models.Q()
        for key in set(keys.values()):
            condition |= models.Q(name__iexact=key) | models.Q(aliases__icontains=key)
            condition |= models.Q(name__iexact=f"the {key}")
        by_key = {}
        for actor in self.filter(condition).order_by("pk"):
            for known in [actor.name, *actor.alias_list]:
                by_key.setdefault(name_key(known), actor)
        return {name: by_key[key] for name, key in keys.items() if key in by_key}
