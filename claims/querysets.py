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
