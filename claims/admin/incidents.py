"""Incidents: the list, the form (saved through services.save_incident), the incident page with every claim of
it side by side under its estimates, and the map of incidents with its GeoJSON."""

from collections import defaultdict
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpResponseBadRequest, JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from .. import services
from ..models import AttributionHop, Claim, Conflict, Incident, Quantity
from .common import CappedCountPaginator, HistoryAdmin, an_id, object_view_url, viewable_object
from .estimates import basis_rows, grade_text, quantity_label

CLAIMS_SHOWN = 300  # of an incident's claims, on its page: past that, a note says so
MAP_FEATURES = 2000  # incidents on the map at once: past that, the newest ones and a note


# An incident's date and place, in words: the model says them; the admin's pages name them so.
when_text = Incident.when_text
place_text = Incident.place_text


def chain_text(claim: Claim) -> str:
    """Return the chain as a line: "Putin (stated) → TASS (relayed) → RFE/RL (published)" (reads the
    prefetched chain)."""
    return (
        " → ".join(f"{hop.actor.name} ({hop.relation})" for hop in claim.chain.all()) or "no chain recorded"
    )


class IncidentForm(forms.ModelForm):
    class Meta:
        model = Incident
        fields = [
            "conflict", "name", "kind", "perpetrator", "assessment", "description", "started_on", "ended_on",
            "date_precision", "place", "admin1", "admin2", "latitude", "longitude", "place_precision",
        ]  # fmt: skip

    def clean_conflict(self):
        conflict = self.cleaned_data.get("conflict")
        moved = (
            self.instance.pk is not None and conflict is not None and conflict.pk != self.instance.conflict_id
        )
        if moved and services.incident_has_claims(self.instance.pk):
            raise forms.ValidationError(services.CONFLICT_OF_CLAIMED_INCIDENT)
        return conflict


@admin.register(Incident)
class IncidentAdmin(HistoryAdmin):
    form = IncidentForm
    list_display = ["name", "when", "place_shown", "kind", "conflict", "perpetrator", "assessment", "page"]
    list_filter = ["conflict", "kind", "assessment"]
    list_select_related = ["conflict", "perpetrator"]
    search_fields = ["name", "place", "admin1", "admin2"]
    autocomplete_fields = ["conflict", "perpetrator"]
    ordering = ["-started_on", "-id"]
    paginator = CappedCountPaginator
    show_full_result_count = False
    fieldsets = [
        (None, {"fields": ["conflict", "name", "kind", "perpetrator", "assessment", "description"]}),
        ("When", {"fields": [("started_on", "ended_on"), "date_precision"]}),
        (
            "Where",
            {
                "fields": ["place", ("admin1", "admin2"), ("latitude", "longitude"), "place_precision"],
                "description": "Coordinates are optional; with them, say how precisely they place the incident. "
                "Incidents with coordinates appear on the map.",
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("conflict", "perpetrator")

    @admin.display(description="date", ordering="started_on")
    def when(self, incident):
        return when_text(incident)

    @admin.display(description="place", ordering="place")
    def place_shown(self, incident):
        return place_text(incident)

    @admin.display(description="claims")
    def page(self, incident):
        url = reverse("admin:claims_incident_claims", args=[incident.pk])
        return format_html('<a href="{}">side by side</a>', url)

    def save_model(self, request, obj, form, change):
        # The service refreshes the estimates a new perpetrator changes, and tells partners.
        obj._history_user = request.user
        services.save_incident(obj, by_id=request.user.pk)

    def get_urls(self):
        site = self.admin_site
        return [
            path("map/", site.admin_view(self.map_view), name="claims_incident_map"),
            path("map.geojson", site.admin_view(self.geojson_view), name="claims_incident_geojson"),
            object_view_url(self, "claims", self.claims_view),
            *super().get_urls(),
        ]

    def claims_view(self, request, object_id):
        """The incident page: every claim of it side by side, by quantity, under each quantity's estimate and
        grade with their explanation and basis; and a timeline of the claims by the day they were stated."""
        incident = viewable_object(self, request, object_id)
        quantities = list(
            Quantity.objects.filter(incident=incident)
            .select_related("grade_overridden_by")
            .order_by("-published_reports", "-newsroom_reports", "pk")
        )
        claims = list(
            Claim.objects.filter(incident=incident)
            .with_interested_party()
            .select_related("conflict", "originator", "originator__root")
            .prefetch_related(
                "sides",
                "conflict__parties",
                models.Prefetch("chain", queryset=AttributionHop.objects.select_related("actor")),
            )
            .order_by("stated_on", "pk")[: CLAIMS_SHOWN + 1]
        )
        more = len(claims) > CLAIMS_SHOWN
        claims = claims[:CLAIMS_SHOWN]
        by_id = {claim.pk: claim for claim in claims}
        by_quantity: dict[int, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_quantity[claim.quantity_id].append(claim)
        # The sides' names from the claims' prefetched sides: no query of their own.
        names = {actor.pk: actor.name for claim in claims for actor in claim.sides.all()}
        sections = []
        for quantity in quantities:
            sets = defaultdict(list)
            for bound, claim_id in (
                ("low", quantity.low_claim_id),
                ("best", quantity.best_claim_id),
                ("high", quantity.high_claim_id),
            ):
                if claim_id is not None:
                    sets[claim_id].append(bound)
            rows = [
                {
                    "claim": claim,
                    "chain": chain_text(claim),
                    "sets": ", ".join(sets.get(claim.pk, [])),
                }
                for claim in by_quantity.get(quantity.pk, [])
            ]
            sections.append(
                {
                    "quantity": quantity,
                    "label": quantity_label(quantity, names),
                    "grade_text": grade_text(quantity),
                    "basis": basis_rows(quantity, by_id),
                    "rows": rows,
                }
            )
        labels = {section["quantity"].pk: section["label"] for section in sections}
        timeline = [
            {"claim": claim, "label": labels.get(claim.quantity_id, "")}
            for claim in claims
            if claim.stated_on is not None
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": f"{incident.name}: every claim",
            "opts": self.opts,
            "original": incident,
            "incident": incident,
            "when": when_text(incident),
            "place": place_text(incident),
            "sections": sections,
            "timeline": timeline,
            "undated": [claim for claim in claims if claim.stated_on is None],
            "claim_count": len(claims),
            "more_claims": more,
            "claims_shown": CLAIMS_SHOWN,
        }
        return TemplateResponse(request, "admin/claims/incident/claims.html", context)

    def map_view(self, request):
        """A map of the incidents with coordinates, from the GeoJSON below; tiles only when configured."""
        if not self.has_view_permission(request):
            raise PermissionDenied("You may not view incidents.")
        conflicts = list(Conflict.objects.order_by("name").values_list("pk", "name"))
        chosen = an_id(request.GET.get("conflict", ""))
        geojson = reverse("admin:claims_incident_geojson")
        tiles = settings.MAP_TILES_URL
        context = {
            **self.admin_site.each_context(request),
            "title": "Map of incidents",
            "opts": self.opts,
            "conflicts": conflicts,
            "chosen": chosen,
            "geojson_url": f"{geojson}?conflict={chosen}" if chosen else geojson,
            "tiles_url": tiles,
            "tiles_host": tile_origin(tiles),
            "limit": MAP_FEATURES,
        }
        response = TemplateResponse(request, "admin/claims/incident/map.html", context)
        if origin := tile_origin(tiles):
            # django-csp adds the tile server to this page's img-src only: no other page may load from it.
            response._csp_update = {"img-src": [origin]}  # type: ignore[attr-defined]
        return response

    def geojson_view(self, request):
        """Incidents with coordinates as GeoJSON, newest first, at most MAP_FEATURES of them (the collection
        says when there are more); `conflict` narrows them to one conflict. One query."""
        if not self.has_view_permission(request):
            raise PermissionDenied("You may not view incidents.")
        incidents = Incident.objects.filter(latitude__isnull=False, longitude__isnull=False)
        if conflict := request.GET.get("conflict", ""):
            conflict_id = an_id(conflict)
            if conflict_id is None:
                return HttpResponseBadRequest(
                    "conflict must be a conflict's id, a whole number.", content_type="text/plain"
                )
            incidents = incidents.filter(conflict_id=conflict_id)
        rows = list(
            incidents.order_by("-started_on", "-id").values_list(
                "pk",
                "name",
                "kind",
                "started_on",
                "ended_on",
                "date_precision",
                "place",
                "admin1",
                "admin2",
                "latitude",
                "longitude",
                "place_precision",
                "assessment",
            )[: MAP_FEATURES + 1]
        )
        base = reverse("admin:claims_incident_changelist")
        kinds, precisions = (
            dict(Incident._meta.get_field("kind").flatchoices),
            dict(  # type: ignore[arg-type]
                Incident._meta.get_field("place_precision").flatchoices  # type: ignore[arg-type]
            ),
        )
        features = []
        for (
            pk,
            name,
            kind,
            started,
            ended,
            date_precision,
            place,
            admin1,
            admin2,
            lat,
            lon,
            precision,
            assessment,
        ) in rows[:MAP_FEATURES]:
            shown = Incident(
                started_on=started,
                ended_on=ended,
                date_precision=date_precision,
                place=place,
                admin1=admin1,
                admin2=admin2,
            )
            features.append(
                {
                    "type": "Feature",
                    "id": pk,
                    "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    "properties": {
                        "name": name,
                        "kind": str(kinds.get(kind, kind)),
                        "date": when_text(shown),
                        "place": place_text(shown),
                        "place_precision": str(precisions.get(precision, precision)),
                        "assessment": assessment,
                        "url": f"{base}{pk}/claims/",
                    },
                }
            )
        return JsonResponse(
            {
                "type": "FeatureCollection",
                "features": features,
                "truncated": len(rows) > MAP_FEATURES,
                "limit": MAP_FEATURES,
            },
            content_type="application/geo+json",
        )


def tile_origin(url: str) -> str:
    """Return the origin a tile URL template loads from, for the page's img-src ("" without tiles):
    "https://{s}.tile.example.org/{z}/{x}/{y}.png" gives "https://*.tile.example.org"."""
    if not url:
        return ""
    parts = urlsplit(url)
    host = parts.netloc
    while "{" in host and "}" in host:
        start = host.index("{")
        host = host[:start] + "*" + host[host.index("}", start) + 1 :]
    return f"{parts.scheme}://{host}" if parts.scheme in ("http", "https") and host else ""
