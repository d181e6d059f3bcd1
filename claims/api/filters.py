"""Filters of the claims list. A value that cannot be honoured is a 400 naming the parameter, never ignored."""

import django_filters
from django.db.models import Exists, OuterRef
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ValidationError

from claims.models import Actor, Claim, Conflict, Metric, Population, Quantity, Rating

# Query parameters every list understands besides its filters.
COMMON_PARAMETERS = {"cursor", "page_size", "format"}


@extend_schema_field(OpenApiTypes.INT)
class ActorIdFilter(django_filters.ModelChoiceFilter):
    """An actor given by id; an id that names no actor is a 400."""


class ClaimFilter(django_filters.FilterSet):
    conflict = django_filters.ModelChoiceFilter(
        queryset=Conflict.objects.all(), to_field_name="slug", help_text="Conflict slug."
    )
    metric = django_filters.ChoiceFilter(choices=Metric.choices)
    population = django_filters.ChoiceFilter(choices=Population.choices)
    originator = ActorIdFilter(queryset=Actor.objects.all(), help_text="Actor id.")
    side = ActorIdFilter(
        queryset=Actor.objects.all(),
        method="filter_side",
        help_text="Actor id of a side whose losses are counted.",
    )
    rating = django_filters.ChoiceFilter(choices=Rating.choices)
    stated_after = django_filters.DateFilter(
        field_name="stated_on", lookup_expr="gte", help_text="Stated on or after this date (YYYY-MM-DD)."
    )
    stated_before = django_filters.DateFilter(
        field_name="stated_on", lookup_expr="lte", help_text="Stated on or before this date (YYYY-MM-DD)."
    )
    updated_after = django_filters.IsoDateTimeFilter(
        field_name="updated_at", lookup_expr="gt", help_text="Changed strictly after this ISO 8601 time."
    )
    q = django_filters.CharFilter(method="filter_text", help_text="Text in the phrase or the quote.")

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_side(self, queryset, name, actor):
        sides = Claim.sides.through.objects.filter(claim=OuterRef("pk"), actor=actor)
        return queryset.filter(Exists(sides))  # no join: one row per claim, whatever the sides

    def filter_text(self, queryset, name, text):
        return queryset.with_text(text)


class QuantityFilter(django_filters.FilterSet):
    conflict = django_filters.ModelChoiceFilter(
        queryset=Conflict.objects.all(), to_field_name="slug", help_text="Conflict slug."
    )
    metric = django_filters.ChoiceFilter(choices=Metric.choices)
    population = django_filters.ChoiceFilter(choices=Population.choices)

    class Meta:
        model = Quantity
        fields: list[str] = []


class StrictFilterBackend(DjangoFilterBackend):
    """Refuse query parameters the endpoint does not know, so a typo never returns unfiltered data."""

    def filter_queryset(self, request, queryset, view):
        known = COMMON_PARAMETERS | set(getattr(view, "extra_query_parameters", ()))
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is not None:
            known |= set(filterset_class.base_filters)
        check_query_parameters(request, known)
        return super().filter_queryset(request, queryset, view)


def check_query_parameters(request, known: set[str]) -> None:
    """Refuse (400) unknown parameters and empty values: either would be ignored, silently."""
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise ValidationError({name: "Unknown query parameter." for name in unknown})
    empty = sorted(name for name, value in request.query_params.items() if value == "" and name != "cursor")
    if empty:
        raise ValidationError({name: "Give a value, or leave the parameter out." for name in empty})
