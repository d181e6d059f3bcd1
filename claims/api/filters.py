"""Filters of the lists. A value that cannot be honoured is a 400 naming the parameter, never ignored."""

import datetime as dt
import math
import re
from datetime import UTC

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Coalesce
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ValidationError

from claims.api.schema import ID, ID_MAX, SLUG, text_schema
from claims.api.visible import actors_shown_to_partners, conflicts_shown_to_partners
from claims.models import (
    Claim,
    Grade,
    Group,
    Incident,
    IncidentKind,
    Metric,
    Population,
    Quantity,
    Rating,
)

# Query parameters every list understands besides its filters.
COMMON_PARAMETERS = {"cursor", "page_size", "format"}


# Years 0002 to 9998: whatever its offset, such a time is a time in UTC (9999-12-31T23:59:59-14:00 is not).
YEAR = "(?:000[2-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])"


class UTCDateTimeField(forms.DateTimeField):
    """An ISO 8601 time the database can hold in UTC, in years 0002 to 9998 as the schema says. It is handed to
    the database in UTC: PostgreSQL refuses an offset beyond ±15:59 (2026-01-01T00:00-18:07 was a 500), which
    ISO 8601 and Python allow."""

    def clean(self, value):
        value = super().clean(value)
        if value is not None and value.tzinfo is not None:
            # In UTC: PostgreSQL refuses an offset beyond 15:59 ("-18:07"), which Python's datetime takes (a 500).
            try:
                value = value.astimezone(UTC)
            except OverflowError:
                raise forms.ValidationError("Give a time in the years 0002 to 9998.") from None
        if value is not None and not re.fullmatch(YEAR, f"{value.year:04d}"):
            raise forms.ValidationError("Give a time in the years 0002 to 9998.")
        # In UTC: Python reads offsets up to 23:59, PostgreSQL refuses those beyond 15:59 ("-18:07" was a 500).
        return value.astimezone(dt.UTC) if value is not None and value.tzinfo is not None else value


@extend_schema_field({"type": "string", "format": "date-time", "pattern": f"^{YEAR}-"})
class UTCDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = type("UTCIsoDateTimeField", (UTCDateTimeField, django_filters.fields.IsoDateTimeField), {})


class TextField(forms.CharField):
    """Free text to search for, of at most SEARCH_MAX_CHARS characters: SQLite refuses a LIKE pattern of 50,000
    bytes, and no name or quote is that long."""

    def clean(self, value):
        if value and len(value) > settings.SEARCH_MAX_CHARS:  # before stripping, as the schema counts
            raise forms.ValidationError(f"Give at most {settings.SEARCH_MAX_CHARS:,} characters.")
        return super().clean(value)


@extend_schema_field(text_schema())
class TextFilter(django_filters.CharFilter):
    field_class = TextField


NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")  # a decimal number, as people write them


class VisibleRecordFilter(django_filters.ModelChoiceFilter):
    """A record partners may see, given by its id or slug in a text box (never a drop-down, which would list
    every record). A value that names no record and one that names a record only drafts refer to answer the
    same 400: the filters are no way to learn that an unpublished record exists."""

    def __init__(self, *args, what: str, listed_at: str, **kwargs):
        kwargs.setdefault("widget", forms.TextInput)
        kwargs.setdefault(
            "error_messages",
            {
                "invalid_choice": f"No {what} with this value is shown to partners: {listed_at} lists those that are."
            },
        )
        kwargs["help_text"] = (
            f"{kwargs.get('help_text', '')} One that {listed_at} lists: any other value answers 400, a record "
            "that exists but is not shown to partners as one that does not exist."
        ).strip()
        super().__init__(*args, **kwargs)


class IdChoiceField(django_filters.fields.ModelChoiceField):
    """A record chosen by id: digits as the schema's int64 writes them ("٥" and "+5" are no ids, though int()
    reads them), or the filter's 400."""

    def to_python(self, value):
        if value not in self.empty_values and not (
            value.isascii() and value.isdigit() and len(value) <= 19 and 1 <= int(value) <= ID_MAX
        ):
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


@extend_schema_field(ID)
class IdFilter(VisibleRecordFilter):
    field_class = IdChoiceField


class ActorIdFilter(IdFilter):
    """An actor given by id: one that published claims show, or a 400."""

    def __init__(self, *args, **kwargs):
        super().__init__(
            *args,
            queryset=lambda request: actors_shown_to_partners(),
            what="actor",
            listed_at="/api/v1/actors/",
            **kwargs,
        )


@extend_schema_field(SLUG)
class SlugFilter(VisibleRecordFilter):
    """A record given by slug."""


def conflict_filter():
    return SlugFilter(
        queryset=lambda request: conflicts_shown_to_partners(),
        to_field_name="slug",
        help_text="Conflict slug.",
        what="conflict",
        listed_at="/api/v1/conflicts/",
    )


class IncidentIdFilter(IdFilter):
    """An incident given by id: one partners see, or a 400."""


def visible_incidents(request):
    return Incident.objects.visible_to_partners()


class NamedFiltersOnly(django_filters.FilterSet):
    """A filter set that builds only the filters the request names. FilterSet copies every declared filter for
    each request (a deep copy of each, with its queryset), and building the form field of an id or slug filter
    builds the queryset of the records partners may name (actors_shown_to_partners()): a millisecond and more of
    a 5 ms page that names none of them (bench/api.py). The class's own `base_filters` still lists them all:
    StrictFilterBackend accepts those names, and the schema describes them."""

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        named = data if data is not None else {}
        self.base_filters = {name: f for name, f in type(self).base_filters.items() if name in named}
        super().__init__(data, queryset, request=request, prefix=prefix)


class ClaimFilter(NamedFiltersOnly):
    conflict = conflict_filter()
    metric = django_filters.ChoiceFilter(choices=Metric.choices)
    population = django_filters.ChoiceFilter(choices=Population.choices)
    originator = ActorIdFilter(help_text="Actor id.")
    side = ActorIdFilter(
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
    updated_after = UTCDateTimeFilter(
        field_name="updated_at", lookup_expr="gt", help_text="Changed strictly after this ISO 8601 time."
    )
    q = TextFilter(method="filter_text", help_text="Text in the phrase or the quote (case-insensitive).")

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_side(self, queryset, name, actor):
        sides = Claim.sides.through.objects.filter(claim=OuterRef("pk"), actor=actor)
        return queryset.filter(Exists(sides))  # no join: one row per claim, whatever the sides

    def filter_text(self, queryset, name, text):
        return queryset.with_text(text)


# Plain decimals within the ranges of longitude and latitude: exactly the boxes the API reads.
LONGITUDE = r"[-+]?(?:180(?:\.0*)?|(?:1[0-7][0-9]|[0-9]{1,2})(?:\.[0-9]*)?|\.[0-9]+)"
LATITUDE = r"[-+]?(?:90(?:\.0*)?|[0-8]?[0-9](?:\.[0-9]*)?|\.[0-9]+)"
BOUNDING_BOX = f"{LONGITUDE},{LATITUDE},{LONGITUDE},{LATITUDE}"


class BoundingBoxField(forms.CharField):
    """`min_lon,min_lat,max_lon,max_lat` in decimal degrees (WGS 84), as GeoJSON writes a bbox."""

    def clean(self, value):
        value = super().clean(value)
        if value in (None, ""):
            return None
        expected = "Expected min_lon,min_lat,max_lon,max_lat in decimal degrees, e.g. 46.5,39.5,47.2,40.0"
        parts = value.split(",")
        if len(parts) != 4:
            raise forms.ValidationError(f"{expected}: got {len(parts)} number(s).")
        try:
            if not all(NUMBER.fullmatch(part.strip()) for part in parts):
                raise ValueError  # float() reads "1_0" and "infinity" too
            west, south, east, north = (float(part) for part in parts)
        except ValueError:
            # Not the value itself: django-filter %-formats the message, and the value may hold a "%".
            raise forms.ValidationError(f"{expected}: one of them is not a number.") from None
        if not all(math.isfinite(n) for n in (west, south, east, north)):
            raise forms.ValidationError(f"{expected}: every number must be finite.")
        if not (-180 <= west <= 180 and -180 <= east <= 180):
            raise forms.ValidationError("Longitudes are between −180 and 180.")
        if not (-90 <= south <= 90 and -90 <= north <= 90):
            raise forms.ValidationError("Latitudes are between −90 and 90.")
        if not re.fullmatch(BOUNDING_BOX, value):  # what the schema's pattern admits, and nothing else
            raise forms.ValidationError(
                f"{expected}: plain decimals (no exponent, no spaces, no leading zeros beyond the schema's)."
            )
        if south > north:
            raise forms.ValidationError("min_lat is above max_lat: give the southern edge first.")
        return (west, south, east, north)


@extend_schema_field({"type": "string", "pattern": f"^{BOUNDING_BOX}$", "example": "46.5,39.5,47.2,40.0"})
class BoundingBoxFilter(django_filters.Filter):
    field_class = BoundingBoxField


def in_box(box, prefix: str = "") -> Q:
    """Return the condition "the coordinates are in this box"; a box whose west edge is east of its east edge
    crosses the antimeridian (RFC 7946, 5.2)."""
    west, south, east, north = box
    latitude, longitude = f"{prefix}latitude", f"{prefix}longitude"
    inside = Q(**{f"{latitude}__gte": south, f"{latitude}__lte": north})
    if west <= east:
        return inside & Q(**{f"{longitude}__gte": west, f"{longitude}__lte": east})
    return inside & (Q(**{f"{longitude}__gte": west}) | Q(**{f"{longitude}__lte": east}))


class WindowForm(forms.Form):
    """Refuse a date window that ends before it starts: it could select nothing, silently."""

    def clean(self):
        data = super().clean()
        start, end = data.get("from"), data.get("to")
        if start and end and start > end:
            self.add_error("to", "The window ends before it starts: give `to` on or after `from`.")
        return data


def date_filters(filterset, *, start: str, end: str) -> None:
    """Name a FilterSet's window filters `from` and `to` (Python keywords, so not class attributes)."""
    filterset.base_filters["from"] = filterset.base_filters.pop(start)
    filterset.base_filters["to"] = filterset.base_filters.pop(end)


FROM_HELP = "On or after this day (YYYY-MM-DD): the window overlaps it."
TO_HELP = "On or before this day (YYYY-MM-DD): the window overlaps it. A `to` before `from` answers 400."
PLACE_HELP = "Text in the place's name or its administrative areas (case-insensitive)."
BBOX_HELP = (
    "min_lon,min_lat,max_lon,max_lat (WGS 84): incidents whose coordinates are inside. A box whose min_lat is "
    "above its max_lat answers 400."
)


def place_condition(text: str, prefix: str = "") -> Q:
    return (
        Q(**{f"{prefix}place__icontains": text})
        | Q(**{f"{prefix}admin1__icontains": text})
        | Q(**{f"{prefix}admin2__icontains": text})
    )


class IncidentFilter(NamedFiltersOnly):
    conflict = conflict_filter()
    kind = django_filters.ChoiceFilter(choices=IncidentKind.choices)
    grade = django_filters.ChoiceFilter(
        choices=Grade.choices,
        method="filter_grade",
        label="Grade",  # no Incident field of that name to take it from: "[invalid name]" otherwise
        help_text="Incidents with an estimate of this grade.",
    )
    window_from = django_filters.DateFilter(method="filter_from", help_text=FROM_HELP)
    window_to = django_filters.DateFilter(method="filter_to", help_text=TO_HELP)
    place = TextFilter(method="filter_place", help_text=PLACE_HELP)
    bbox = BoundingBoxFilter(method="filter_bbox", help_text=BBOX_HELP)

    class Meta:
        model = Incident
        fields: list[str] = []
        form = WindowForm

    def filter_grade(self, queryset, name, grade):
        shown = Quantity.objects.visible_to_partners().filter(incident=OuterRef("pk"), grade=grade)
        return queryset.filter(Exists(shown))

    def filter_from(self, queryset, name, day):
        return queryset.filter(Q(ended_on__gte=day) | Q(ended_on__isnull=True, started_on__gte=day))

    def filter_to(self, queryset, name, day):
        return queryset.filter(started_on__lte=day)

    def filter_place(self, queryset, name, text):
        return queryset.filter(place_condition(text))

    def filter_bbox(self, queryset, name, box):
        return queryset.filter(in_box(box))


date_filters(IncidentFilter, start="window_from", end="window_to")


class EstimateFilter(NamedFiltersOnly):
    conflict = conflict_filter()
    incident = IncidentIdFilter(
        queryset=visible_incidents,
        what="incident",
        listed_at="/api/v1/incidents/",
        help_text="Incident id: the estimates of that incident.",
    )
    metric = django_filters.ChoiceFilter(choices=Metric.choices)
    population = django_filters.ChoiceFilter(choices=Population.choices)
    group = django_filters.ChoiceFilter(choices=Group.choices)
    grade = django_filters.ChoiceFilter(choices=Grade.choices)
    window_from = django_filters.DateFilter(
        method="filter_from",
        help_text="On or after this day (YYYY-MM-DD): a cumulative toll's last day counted, an incident's "
        "date window overlapping it.",
    )
    window_to = django_filters.DateFilter(
        method="filter_to",
        help_text="On or before this day (YYYY-MM-DD): a cumulative toll's last day counted, an incident's "
        "date window overlapping it. A `to` before `from` answers 400.",
    )
    place = TextFilter(
        method="filter_place",
        help_text="Text in the incident's place or administrative areas, or in a cumulative toll's area "
        "(case-insensitive).",
    )
    bbox = BoundingBoxFilter(
        method="filter_bbox",
        help_text="min_lon,min_lat,max_lon,max_lat (WGS 84): estimates of incidents whose coordinates are inside. "
        "A box whose min_lat is above its max_lat answers 400.",
    )

    class Meta:
        model = Quantity
        fields: list[str] = []
        form = WindowForm

    def filter_from(self, queryset, name, day):
        incident_ends = Coalesce("incident__ended_on", "incident__started_on")
        return queryset.alias(incident_ends=incident_ends).filter(
            Q(incident__isnull=True, ends_on__gte=day) | Q(incident__isnull=False, incident_ends__gte=day)
        )

    def filter_to(self, queryset, name, day):
        return queryset.filter(
            Q(incident__isnull=True, ends_on__lte=day)
            | Q(incident__isnull=False, incident__started_on__lte=day)
        )

    def filter_place(self, queryset, name, text):
        return queryset.filter(
            place_condition(text, "incident__") | Q(incident__isnull=True, area__icontains=text)
        )

    def filter_bbox(self, queryset, name, box):
        return queryset.filter(in_box(box, "incident__"))


date_filters(EstimateFilter, start="window_from", end="window_to")


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
