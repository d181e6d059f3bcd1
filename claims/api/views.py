"""Partner API v1: read-only views of published claims, their sources, actors and conflicts, the incidents and
estimates they rest on, and a change feed."""

import json
import re

import orjson
from django.db.models import BooleanField, Case, Exists, OuterRef, Subquery, When
from django.http import Http404, HttpResponse
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from drf_spectacular.views import SCHEMA_KWARGS, SpectacularAPIView, SpectacularSwaggerView
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.exceptions import ValidationError
from rest_framework.generics import get_object_or_404  # a malformed id is a 404, not a 500
from rest_framework.permissions import AllowAny
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.comparison import compare
from claims.models import Claim, FeedDocument, FeedEntry, Incident, Quantity, Source, Status

from . import documents
from .fast import FEED_KINDS, changes_array
from .filters import ClaimFilter, EstimateFilter, IncidentFilter, StrictFilterBackend, check_query_parameters
from .pagination import PAGE_SIZE, PAGE_SIZE_HELP, ClaimCursorPagination, SlugCursorPagination, page_size_from
from .prov import provenance_document
from .renderers import (
    ClaimCSVRenderer,
    ClaimReviewJSONLDRenderer,
    EstimateCSVRenderer,
    EstimateJSONLDRenderer,
    GeoJSONRenderer,
    IncidentCSVRenderer,
    ORJSONRenderer,
    StoredCSV,
)
from .schema import ID_MAX, PartnerAutoSchema
from .serializers import (
    ActorSerializer,
    ChangeSerializer,
    ClaimSerializer,
    ConflictSerializer,
    IncidentSerializer,
    QuantityEstimatesSerializer,
    QuantitySerializer,
    SourceSerializer,
    TombstoneSerializer,
)
from .versioning import QUANTITIES, DeprecatedMixin, deprecation_for_path
from .visible import actors_shown_to_partners, conflicts_shown_to_partners, published_hops

GONE = OpenApiResponse(TombstoneSerializer, description="The claim was retracted: its tombstone.")
# The other formats of a claim or a page of claims (?format=csv, ?format=jsonld); JSON is the serializer's.
CSV = OpenApiResponse(OpenApiTypes.STR, description="One row per claim, flat columns (see docs/api.md).")
JSONLD = OpenApiResponse(
    OpenApiTypes.OBJECT, description="schema.org ClaimReview; a list is an @graph of them."
)

ESTIMATES_CSV = OpenApiResponse(
    OpenApiTypes.STR, description="One row per estimate, flat columns (docs/api.md)."
)
ESTIMATES_JSONLD = OpenApiResponse(
    OpenApiTypes.OBJECT,
    description="A schema.org Observation per estimate, based on the ClaimReviews of its claims; a list is an "
    "@graph of them.",
)
INCIDENTS_CSV = OpenApiResponse(
    OpenApiTypes.STR, description="One row per incident, flat columns (docs/api.md)."
)
GEOJSON = OpenApiResponse(
    OpenApiTypes.OBJECT,
    description="GeoJSON (RFC 7946): a page is a FeatureCollection of the incidents with coordinates (Point "
    "features, the incident's JSON as properties); one incident is a Feature.",
)


def takes_fragments(request) -> bool:
    """Return whether the answer is compact JSON, which copies stored JSON as it is."""
    renderer = request.accepted_renderer
    return isinstance(renderer, ORJSONRenderer) and renderer.takes_fragments(request)


def stored_json(body: bytes, request):
    """Return stored JSON as the answer's data: copied as it is when the answer is compact JSON, read back into
    Python for the other renderers (the browsable API, JSON-LD, pretty JSON)."""
    return orjson.Fragment(body) if takes_fragments(request) else orjson.loads(body)


class JSONAnswersMixin:
    """Answer errors and tombstones in JSON, whatever format was asked for: they are not claims."""

    def answer_in_json(self):
        self.request.accepted_renderer, self.request.accepted_media_type = JSONRenderer(), "application/json"

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        self.answer_in_json()
        return response

    def options(self, request, *args, **kwargs):
        self.answer_in_json()  # the endpoint's description is no record: no CSV, JSON-LD or GeoJSON of it
        return super().options(request, *args, **kwargs)


class PartnerReadOnlyViewSet(JSONAnswersMixin, viewsets.ReadOnlyModelViewSet):
    # Ids in ASCII digits: Django's int() read /claims/١/ (an Arabic-Indic one) as claim 1.
    lookup_value_regex = "[0-9]+"
    filter_backends = [StrictFilterBackend]
    pagination_class = ClaimCursorPagination
    renderer_classes = [ORJSONRenderer, BrowsableAPIRenderer]
    schema = PartnerAutoSchema()

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)  # authentication and throttling answer first
        # Lists are checked by StrictFilterBackend, which knows their filters; an undeclared method has no
        # action and must still answer 405, not 400.
        if self.action not in (None, "list"):
            check_query_parameters(request, {"format"})

    def stored_record(self, kind: str):
        """Answer with the stored document of the record partners see at this address, or 404."""
        found = get_object_or_404(self.get_queryset().only("pk"), pk=self.kwargs["pk"])
        rows = list(self.get_queryset().filter(pk=found.pk).values("id", **documents.columns("json")))
        documents_found = documents.documents_of(rows, "json", kind)
        if not documents_found:  # no longer shown, as it was read
            raise Http404
        return Response(
            stored_json(documents.absolute(documents_found[0][1], request=self.request), self.request)
        )


@extend_schema(tags=["claims"])
class ClaimViewSet(PartnerReadOnlyViewSet):
    """Published claims with their figures and attribution chains."""

    serializer_class = ClaimSerializer  # the schema, and what renders the stored documents served
    filterset_class = ClaimFilter
    renderer_classes = [ORJSONRenderer, BrowsableAPIRenderer, ClaimCSVRenderer, ClaimReviewJSONLDRenderer]

    def get_queryset(self):
        return Claim.objects.for_partners()

    @extend_schema(
        responses={
            (200, "application/json"): ClaimSerializer(many=True),
            (200, "text/csv"): CSV,
            (200, "application/ld+json"): JSONLD,
        }
    )
    def list(self, request, *args, **kwargs):
        # The claims' stored documents joined (claims/api/documents.py): one query, no rendering per claim.
        claims = self.filter_queryset(Claim.objects.published())
        if request.accepted_renderer.format == "csv":
            page = self.paginate_queryset(claims.values("id", **documents.columns("csv")))
            return self.get_paginated_response(StoredCSV(documents.csv_rows(page, request)))
        page = self.paginate_queryset(claims.values("id", **documents.columns("json")))
        return self.get_paginated_response(stored_json(documents.json_array(page, request), request))

    def visible_claim(self):
        """Return the published claim, or answer 410 with its tombstone, or 404 for anything else."""
        claim = get_object_or_404(Claim.objects.visible_to_partners().only("status"), pk=self.kwargs["pk"])
        if claim.status == Status.RETRACTED:
            return None
        return get_object_or_404(self.get_queryset(), pk=claim.pk)

    @extend_schema(
        responses={
            (200, "application/json"): ClaimSerializer,
            (200, "text/csv"): CSV,
            (200, "application/ld+json"): JSONLD,
            410: GONE,
        }
    )
    def retrieve(self, request, *args, **kwargs):
        claim = get_object_or_404(Claim.objects.visible_to_partners().only("status"), pk=self.kwargs["pk"])
        if claim.status == Status.RETRACTED:
            return self.tombstone()
        rows = list(
            Claim.objects.published().filter(pk=claim.pk).values("id", **documents.columns("json", "csv"))
        )
        if not rows:  # retracted since the first read: 410, or 404 if it went back to the newsroom
            return self.tombstone()
        if request.accepted_renderer.format == "csv":
            return Response(StoredCSV(documents.csv_rows(rows, request)))
        found = documents.documents_of(rows, "json")
        if not found:  # retracted as it was read
            return self.tombstone()
        return Response(stored_json(documents.absolute(found[0][1], request), request))

    @extend_schema(
        responses={
            200: OpenApiResponse(OpenApiTypes.OBJECT, description="The chain as W3C PROV-JSON."),
            410: GONE,
        }
    )
    @action(detail=True, renderer_classes=[JSONRenderer])
    def provenance(self, request, pk=None):
        """The claim's attribution chain as W3C PROV-JSON: statements, agents, quotations, acts on behalf of."""
        claim = self.visible_claim()
        if claim is None:
            return self.tombstone()
        base = request.build_absolute_uri(reverse("api:api-root"))
        return Response(json.loads(provenance_document(claim, base).serialize(format="json")))

    def tombstone(self):
        retracted = get_object_or_404(Claim.objects.filter(status=Status.RETRACTED), pk=self.kwargs["pk"])
        data = TombstoneSerializer(retracted, context=self.get_serializer_context()).data
        self.answer_in_json()
        return Response(data, status=status.HTTP_410_GONE)


@extend_schema(tags=["sources"])
class SourceViewSet(PartnerReadOnlyViewSet):
    """Documents where published figures were read."""

    serializer_class = SourceSerializer

    def get_queryset(self):
        return Source.objects.filter(Exists(published_hops().filter(source=OuterRef("pk")))).select_related(
            "publisher"
        )


@extend_schema(tags=["actors"])
class ActorViewSet(PartnerReadOnlyViewSet):
    """Who stated, relayed or published published figures, and whose losses they count."""

    serializer_class = ActorSerializer

    def get_queryset(self):
        return actors_shown_to_partners()


@extend_schema(tags=["conflicts"])
class ConflictViewSet(PartnerReadOnlyViewSet):
    """Conflicts with published claims."""

    serializer_class = ConflictSerializer
    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]+"  # what a slug is
    pagination_class = SlugCursorPagination

    def get_queryset(self):
        return conflicts_shown_to_partners()

    @extend_schema(responses=QuantityEstimatesSerializer(many=True))
    @action(detail=True, pagination_class=None, filter_backends=[])
    def figures(self, request, slug=None):
        """Every published estimate of each quantity in the conflict, per origin, over time."""
        conflict = self.get_object()
        claims = (
            Claim.objects.published()
            .filter(conflict=conflict)
            .with_interested_party()
            .select_related("conflict", "originator", "originator__root")
            .prefetch_related("sides", "conflict__parties")
        )
        quantities = compare(claims)
        return Response(
            QuantityEstimatesSerializer(quantities, many=True, context=self.get_serializer_context()).data
        )


@extend_schema(tags=["estimates"])
class EstimateViewSet(PartnerReadOnlyViewSet):
    """What published claims count in common (a quantity), with their reports, independent origins, circular
    reporting, and the consolidated estimate with its grade (docs/methodology.md, "Estimates").

    A claim's `quantity` names one; the change feed announces a quantity when its counts or estimate change.
    """

    serializer_class = QuantitySerializer  # the schema; the stored documents are built by .fast
    filterset_class = EstimateFilter
    renderer_classes = [ORJSONRenderer, BrowsableAPIRenderer, EstimateCSVRenderer, EstimateJSONLDRenderer]

    def get_queryset(self):
        return Quantity.objects.visible_to_partners()

    @extend_schema(
        responses={
            (200, "application/json"): QuantitySerializer(many=True),
            (200, "text/csv"): ESTIMATES_CSV,
            (200, "application/ld+json"): ESTIMATES_JSONLD,
        }
    )
    def list(self, request, *args, **kwargs):
        # The estimates' stored documents joined (claims/api/documents.py), as claims' are.
        page = self.paginate_queryset(
            self.filter_queryset(self.get_queryset()).values("id", **documents.columns("json"))
        )
        return self.get_paginated_response(
            stored_json(documents.json_array(page, request, "quantity"), request)
        )

    @extend_schema(
        responses={
            (200, "application/json"): QuantitySerializer,
            (200, "text/csv"): ESTIMATES_CSV,
            (200, "application/ld+json"): ESTIMATES_JSONLD,
        }
    )
    def retrieve(self, request, *args, **kwargs):
        return self.stored_record("quantity")


@extend_schema_view(
    list=extend_schema(
        deprecated=True,
        description="The old name of GET /api/v1/estimates/: the same resource, the same JSON.",
    ),
    retrieve=extend_schema(
        deprecated=True, description="The old name of GET /api/v1/estimates/{id}/: the same record."
    ),
)
class QuantityViewSet(DeprecatedMixin, EstimateViewSet):
    """The estimates under their old name, /api/v1/quantities/: kept for partners who sync them, until its
    sunset, which every answer announces."""

    deprecation = QUANTITIES


@extend_schema(tags=["incidents"])
class IncidentViewSet(PartnerReadOnlyViewSet):
    """Incidents (a shelling, a strike) that published claims are about, with the estimates of what they count."""

    serializer_class = IncidentSerializer  # the schema; the stored documents are built by .fast
    filterset_class = IncidentFilter
    renderer_classes = [ORJSONRenderer, BrowsableAPIRenderer, IncidentCSVRenderer, GeoJSONRenderer]

    def get_queryset(self):
        return Incident.objects.visible_to_partners()

    @extend_schema(
        responses={
            (200, "application/json"): IncidentSerializer(many=True),
            (200, "text/csv"): INCIDENTS_CSV,
            (200, "application/geo+json"): GEOJSON,
        }
    )
    def list(self, request, *args, **kwargs):
        # The incidents' stored documents joined (claims/api/documents.py), as claims' are.
        page = self.paginate_queryset(
            self.filter_queryset(self.get_queryset()).values("id", **documents.columns("json"))
        )
        return self.get_paginated_response(
            stored_json(documents.json_array(page, request, "incident"), request)
        )

    @extend_schema(
        responses={
            (200, "application/json"): IncidentSerializer,
            (200, "text/csv"): INCIDENTS_CSV,
            (200, "application/geo+json"): GEOJSON,
        }
    )
    def retrieve(self, request, *args, **kwargs):
        return self.stored_record("incident")


# Whether partners see a feed entry's record now: its own table's condition, evaluated for that kind only.
SHOWN_NOW = Case(
    When(
        claim_id__isnull=False,
        then=Exists(Claim.objects.published().filter(pk=OuterRef("claim_id"))),
    ),
    When(
        quantity_id__isnull=False,
        then=Exists(Quantity.objects.visible_to_partners().filter(pk=OuterRef("quantity_id"))),
    ),
    default=Exists(Quantity.objects.visible_to_partners().filter(incident=OuterRef("incident_id"))),
    output_field=BooleanField(),
)


# The document a feed entry carries, looked up by its key row by row: a join lets the planner merge the whole
# table of carried documents up to the page (0.4 s at a million entries), where the page needs a thousand rows.
CARRIED = documents.StoredText(
    Subquery(FeedDocument.objects.filter(entry=OuterRef("seq")).values("json")[:1])
)


class ChangesView(JSONAnswersMixin, APIView):
    """The change feed: follow `next` from the start (no `after`, or `after=0`) to copy the published set, then
    poll it."""

    extra_query_parameters = ("after",)
    renderer_classes = [ORJSONRenderer, BrowsableAPIRenderer]
    schema = PartnerAutoSchema()

    @extend_schema(
        tags=["changes"],
        parameters=[
            OpenApiParameter(
                "after",
                {"type": "integer", "format": "int64", "minimum": 0, "maximum": ID_MAX},
                description="The `seq` of the last change you have; 0 or absent to start.",
            ),
            OpenApiParameter("page_size", PAGE_SIZE, description=PAGE_SIZE_HELP),
        ],
        responses=inline_serializer(
            "ChangePage",
            {
                "results": ChangeSerializer(many=True),
                "next": serializers.URLField(),
                "last_seq": serializers.IntegerField(),
                "has_more": serializers.BooleanField(),
            },
        ),
    )
    def get(self, request):
        check_query_parameters(request, {"after", "page_size", "format"})
        after = self.after_parameter(request)
        size = page_size_from(request)
        # The page's entries with the documents they carry (FeedDocument), and whether partners see each record:
        # one range of rows, one query.
        changes = list(
            FeedEntry.objects.filter(seq__gt=after)
            .order_by("seq")
            .values(
                "seq",
                "claim_id",
                "quantity_id",
                "incident_id",
                "action",
                shown=SHOWN_NOW,
                json=CARRIED,
            )[: size + 1]
        )
        has_more, changes = len(changes) > size, changes[:size]
        shown_now: dict[str, dict[int, bytes]] = {kind: {} for kind in FEED_KINDS}
        uncarried: dict[str, list[int]] = {kind: [] for kind in FEED_KINDS}
        for change in changes:
            kind = next(kind for kind in FEED_KINDS if change[f"{kind}_id"] is not None)
            if not change["shown"]:
                continue  # never described, whatever its entry says: a path that forgot the feed, say
            if change["json"] is not None:
                body = change["json"]
                shown_now[kind][change[f"{kind}_id"]] = (
                    body.encode() if isinstance(body, str) else bytes(body)
                )
            elif change["action"] == "upsert":
                uncarried[kind].append(change[f"{kind}_id"])
        # Upserts written before their entries carried documents (migration 0036): their records' documents,
        # read only while partners see them (a query per kind that has such entries).
        for kind, ids in uncarried.items():
            if ids:
                rows = (
                    documents.shown(kind)
                    .filter(pk__in=ids)
                    .order_by()
                    .values("id", **documents.columns("json"))
                )
                shown_now[kind] |= dict(documents.documents_of(list(rows), "json", kind))
        # Compact JSON is the stored bytes joined; the other renderers (pretty, the browsable API) get data.
        array = documents.absolute(changes_array(changes, shown_now), request)
        results: object = orjson.Fragment(array) if takes_fragments(request) else orjson.loads(array)
        last_seq = changes[-1]["seq"] if changes else after
        return Response(
            {
                "results": results,
                "next": request.build_absolute_uri(
                    reverse("api:changes") + f"?after={last_seq}&page_size={size}"
                ),
                "last_seq": last_seq,
                "has_more": has_more,
            }
        )

    @staticmethod
    def after_parameter(request) -> int:
        raw = request.query_params.get("after", "") or "0"
        if not (raw.isascii() and raw.isdigit()):  # "²" is a digit to Python, not to int()
            raise ValidationError({"after": f"Expected the `seq` of a change (a whole number), got “{raw}”."})
        if len(raw) > 19 or int(raw) > ID_MAX:  # int() refuses thousands of digits with a ValueError
            raise ValidationError({"after": f"At most {ID_MAX}, the largest `seq` there can be."})
        return int(raw)


@extend_schema(exclude=True)
@api_view(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"])
@permission_classes([AllowAny])
def not_found(request, path=""):
    """Answer any other address under /api/v1/ with a JSON 404, like the endpoints do; one under a deprecated
    endpoint's address carries its deprecation, as all its answers do."""
    response = Response(
        {"detail": "No such address in the API: see /api/v1/docs/."}, status=status.HTTP_404_NOT_FOUND
    )
    if (deprecation := deprecation_for_path(path)) is not None:
        deprecation.mark(response, request, deprecation.successor_path())
    return response


VERSION = re.compile(r"[A-Za-z0-9._-]{1,32}")


class SchemaView(SpectacularAPIView):
    """The OpenAPI schema; a `version` that is no version name is a 400 (it names the downloaded file)."""

    @extend_schema(**SCHEMA_KWARGS)  # described as drf-spectacular describes its own view
    def get(self, request, *args, **kwargs):
        version = request.GET.get("version")
        if version is not None and not VERSION.fullmatch(version):
            return HttpResponse(
                "version: letters, digits, '.', '_' or '-', at most 32.",
                status=400,
                content_type="text/plain",
            )
        return super().get(request, *args, **kwargs)


class DocsView(SpectacularSwaggerView):
    """The interactive docs: a page to GET; OPTIONS says so instead of rendering a page without a template."""

    def options(self, request, *args, **kwargs):
        return HttpResponse(status=204, headers={"Allow": "GET, HEAD, OPTIONS"})
