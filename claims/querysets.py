"""Reads of many rows: QuerySet methods that read like sentences."""

from django.db import models


class ClaimQuerySet(models.QuerySet):
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
