"""Partner API: the releases of the dataset (claims.releases), their summaries, files and changelogs.

A release appears once its cut has committed, whole: there is no unfinished release to list. Files are streamed
a chunk at a time from the database, with their length and SHA-256 (as the ETag and as Repr-Digest, RFC 9530),
so a partner can check a download with sha256sum and resume or skip one already held.
"""

import base64

from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.renderers import BaseRenderer
from rest_framework.response import Response

from claims.models import Release, ReleaseFile, ReleaseFileKind
from claims.releases import chunks_of

from .fast import iso_time
from .filters import check_query_parameters
from .pagination import ClaimCursorPagination
from .schema import ID, ID_MAX, PartnerAutoSchema
from .views import PartnerReadOnlyViewSet

# The files partners download, by the address's last part; the digests are the cut's own.
DOWNLOADS = {
    "jsonl": (ReleaseFileKind.JSONL, "application/jsonl", "jsonl"),
    "csv": (ReleaseFileKind.CSV, "text/csv; charset=utf-8", "csv"),
    "changelog": (ReleaseFileKind.CHANGELOG, "application/json", "changelog.json"),
}
NUMBER_MAX = 2_147_483_647  # a PositiveIntegerField on both engines


class DownloadRenderer(BaseRenderer):
    """Lets a client that asks for the file's type reach the view, which answers with the stored bytes itself."""

    media_type = "*/*"
    format = "file"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


class ReleaseSchema(PartnerAutoSchema):
    """A file's address takes no `format`: it answers with the file's own bytes and type."""

    def _get_format_parameters(self):
        return [] if self.view.action in DOWNLOADS else super()._get_format_parameters()

    def _resolve_path_parameters(self, variables):
        parameters = super()._resolve_path_parameters(variables)
        for parameter in parameters:
            if parameter["name"] == "number":
                parameter["schema"] = dict(ID)
                parameter["description"] = "A release's number, as the releases list gives it."
        return parameters


class ReleasePagination(ClaimCursorPagination):
    ordering = "-number"  # the newest first
    position_help = "a release number"


FILE = inline_serializer(
    "ReleaseFile",
    {
        "url": serializers.URLField(),
        "size": serializers.IntegerField(help_text="Bytes."),
        "sha256": serializers.CharField(help_text="SHA-256 of the file's bytes, in hex."),
    },
)
COUNTS = inline_serializer(
    "ReleaseCounts",
    {name: serializers.IntegerField() for name in ("claims", "incidents", "estimates")},
)
CHANGES = inline_serializer(
    "ReleaseChanges",
    {name: serializers.IntegerField() for name in ("added", "changed", "removed")},
)


class ReleaseSerializer(serializers.Serializer):
    """The JSON of a release: written by release_json(); this describes it for the schema."""

    number = serializers.IntegerField()
    url = serializers.URLField()
    created_at = serializers.DateTimeField()
    previous = serializers.IntegerField(
        allow_null=True, help_text="The release the changes are counted from."
    )
    counts = COUNTS
    changes = inline_serializer(
        "ReleaseChangeCounts", {name: CHANGES for name in ("claims", "incidents", "estimates")}
    )
    files = inline_serializer("ReleaseFiles", {name: FILE for name in DOWNLOADS})


def release_json(release: Release, files: list[ReleaseFile], request, zone) -> dict:
    """Return a release as partners see it: numbers, counts, the changelog's summary and its files."""
    url = request.build_absolute_uri(reverse("api:release-detail", args=[release.number]))
    shown = {file.kind: file for file in files}
    return {
        "number": release.number,
        "url": url,
        "created_at": iso_time(release.created_at, zone),
        "previous": release.previous,
        "counts": release.counts,
        "changes": release.changes,
        "files": {
            name: {"url": f"{url}{name}/", "size": shown[kind].size, "sha256": shown[kind].sha256}
            for name, (kind, _, _) in DOWNLOADS.items()
            if kind in shown
        },
    }


FILE_RESPONSE = {
    "jsonl": OpenApiResponse(
        OpenApiTypes.STR,
        description='JSON Lines: a header line ({"type": "release", ...}), then one line per record '
        '({"type": "claim", "id": 7, "claim": {...}}), claims, then incidents, then estimates, each by id.',
    ),
    "csv": OpenApiResponse(OpenApiTypes.STR, description="The claims, in the claims list's CSV columns."),
    "changelog": OpenApiResponse(
        inline_serializer(
            "ReleaseChangelog",
            {
                "release": serializers.IntegerField(),
                "previous": serializers.IntegerField(allow_null=True),
                **{
                    name: inline_serializer(
                        f"ReleaseChangelog{name.title()}",
                        {
                            change: serializers.ListField(child=serializers.IntegerField())
                            for change in ("added", "changed", "removed")
                        },
                    )
                    for name in ("claims", "incidents", "estimates")
                },
            },
        ),
        description="The ids added, changed and removed since the previous release, by type.",
    ),
}


class ReleaseViewSet(PartnerReadOnlyViewSet):
    """Releases of the dataset: numbered snapshots of every published claim, incident and estimate, which never
    change, each with files to download and what changed since the one before."""

    serializer_class = ReleaseSerializer
    pagination_class = ReleasePagination
    filter_backends: list = []
    lookup_field = "number"
    lookup_value_regex = "[0-9]+"
    schema = ReleaseSchema()

    def get_queryset(self):
        return Release.objects.all()

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if self.action == "list":
            check_query_parameters(request, {"cursor", "page_size", "format"})

    def found(self) -> Release:
        """Return the release the address names, or answer 404 (a number beyond any there can be, too)."""
        raw = self.kwargs["number"]
        if len(raw) > 19 or not 1 <= int(raw) <= min(ID_MAX, NUMBER_MAX):
            raise NotFound("No such release.")
        try:
            return Release.objects.get(number=int(raw))
        except Release.DoesNotExist:
            raise NotFound("No such release.") from None

    @extend_schema(responses=ReleaseSerializer(many=True))
    def list(self, request, *args, **kwargs):
        # Two queries a page, whatever its size: the releases, then their files.
        page = self.paginate_queryset(self.get_queryset())
        files: dict[int, list[ReleaseFile]] = {release.number: [] for release in page}
        for file in ReleaseFile.objects.filter(release__in=list(files)).exclude(kind=ReleaseFileKind.DIGESTS):
            files[file.release_id].append(file)
        zone = timezone.get_current_timezone()
        return self.get_paginated_response(
            [release_json(release, files[release.number], request, zone) for release in page]
        )

    @extend_schema(responses=ReleaseSerializer)
    def retrieve(self, request, *args, **kwargs):
        release = self.found()
        files = list(release.files.exclude(kind=ReleaseFileKind.DIGESTS))
        return Response(release_json(release, files, request, timezone.get_current_timezone()))

    def download(self, name: str) -> StreamingHttpResponse:
        """Stream one of the release's files, a chunk at a time, with its length and SHA-256."""
        release = self.found()
        kind, content_type, suffix = DOWNLOADS[name]
        file = ReleaseFile.objects.get(release=release, kind=kind)
        response = StreamingHttpResponse(
            chunks_of(release.number, kind, file.chunks), content_type=content_type
        )
        response["Content-Length"] = str(file.size)
        # The bytes never change: their hash is their ETag (a conditional GET answers 304), and Repr-Digest.
        response["ETag"] = f'"{file.sha256}"'
        response["Repr-Digest"] = f"sha-256=:{base64.b64encode(bytes.fromhex(file.sha256)).decode()}:"
        response["Cache-Control"] = "private, max-age=31536000, immutable"
        response["Content-Disposition"] = f'attachment; filename="release-{release.number}.{suffix}"'
        return response

    @extend_schema(responses={(200, "application/jsonl"): FILE_RESPONSE["jsonl"]})
    @action(detail=True, renderer_classes=[DownloadRenderer])
    def jsonl(self, request, number=None):
        """Every record of the release, one JSON object a line."""
        return self.download("jsonl")

    @extend_schema(responses={(200, "text/csv"): FILE_RESPONSE["csv"]})
    @action(detail=True, renderer_classes=[DownloadRenderer])
    def csv(self, request, number=None):
        """The release's claims as CSV, in the claims list's columns."""
        return self.download("csv")

    @extend_schema(responses={(200, "application/json"): FILE_RESPONSE["changelog"]})
    @action(detail=True, renderer_classes=[DownloadRenderer])
    def changelog(self, request, number=None):
        """The ids of the claims, incidents and estimates added, changed and removed since the previous release."""
        return self.download("changelog")
