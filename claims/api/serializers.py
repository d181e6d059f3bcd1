"""The partner API's JSON: published claims, their chains, and the records they show. Nothing internal."""

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import Actor, AttributionHop, Claim, ClaimChange, Conflict, Source


class ActorRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Actor
        fields = ["id", "name", "kind"]


class ConflictRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Conflict
        fields = ["slug", "name"]


class SourceRefSerializer(serializers.ModelSerializer):
    publisher = ActorRefSerializer()

    class Meta:
        model = Source
        fields = ["id", "url", "title", "publisher", "published_on", "archive_url"]


class HopSerializer(serializers.ModelSerializer):
    actor = ActorRefSerializer()
    source = SourceRefSerializer(allow_null=True)

    class Meta:
        model = AttributionHop
        fields = ["position", "actor", "relation", "date", "words", "source"]


class FigureSerializer(serializers.Serializer):
    phrase = serializers.CharField()
    qualifier = serializers.CharField()
    low = serializers.IntegerField(allow_null=True)
    best = serializers.IntegerField(allow_null=True)
    high = serializers.IntegerField(allow_null=True)
    convention = serializers.CharField()


class OriginsSerializer(serializers.Serializer):
    """Published reports of the same quantity (conflict, metric, population, sides) and their origins."""

    reports = serializers.IntegerField()
    independent_origins = serializers.IntegerField()
    circular_reporting = serializers.BooleanField(
        help_text="Another report of the quantity comes from the same origin through a different outlet."
    )


class ClaimSerializer(serializers.ModelSerializer):
    """A published claim. Expects Claim.objects.for_partners() (prefetched, with interested_party)."""

    # Lists and the change feed build the same JSON from plain rows in claims/api/fast.py, for speed: keep the
    # two in step (tests/test_api_fast.py compares them).

    url = serializers.SerializerMethodField()
    conflict = ConflictRefSerializer()
    sides = ActorRefSerializer(many=True)
    figure = serializers.SerializerMethodField()
    originator = ActorRefSerializer(allow_null=True)
    interested_party = serializers.BooleanField(read_only=True)
    chain = HopSerializer(many=True)
    supersedes = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    origins = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id",
            "url",
            "status",
            "conflict",
            "metric",
            "population",
            "sides",
            "area",
            "period_start",
            "period_end",
            "as_of",
            "figure",
            "originator",
            "interested_party",
            "stated_on",
            "quote",
            "quote_check",
            "chain",
            "origins",
            "rating",
            "supersedes",
            "published_at",
            "updated_at",
        ]

    @extend_schema_field(serializers.URLField())
    def get_url(self, claim) -> str:
        return claim_url(claim.pk, self.context.get("request"))

    @extend_schema_field(OriginsSerializer)
    def get_origins(self, claim) -> dict:
        return {
            "reports": claim.reports,
            "independent_origins": claim.independent_origins,
            "circular_reporting": bool(claim.circular_reporting),
        }

    @extend_schema_field(FigureSerializer)
    def get_figure(self, claim) -> dict:
        return {
            "phrase": claim.phrase,
            "qualifier": claim.qualifier,
            "low": claim.low,
            "best": claim.best,
            "high": claim.high,
            "convention": claim.convention,
        }


class TombstoneSerializer(serializers.ModelSerializer):
    """What partners keep of a retracted claim: that it was withdrawn, when, and why."""

    url = serializers.SerializerMethodField()
    status = serializers.ChoiceField(choices=["retracted"])

    class Meta:
        model = Claim
        fields = ["id", "url", "status", "retracted_at", "retraction_reason"]

    @extend_schema_field(serializers.URLField())
    def get_url(self, claim) -> str:
        return claim_url(claim.pk, self.context.get("request"))


class ChangeSerializer(serializers.ModelSerializer):
    """One change-feed entry; `claim` is the claim as it is now, or null when it left the published set."""

    # The feed builds the same entries with claims/api/fast.py's change_json(), for speed: keep them in step.

    type = serializers.SerializerMethodField()
    id = serializers.IntegerField(source="claim_id")
    claim = serializers.SerializerMethodField()

    class Meta:
        model = ClaimChange
        fields = ["seq", "type", "id", "action", "claim"]

    def get_type(self, change) -> str:
        return "claim"

    @extend_schema_field(ClaimSerializer(allow_null=True))
    def get_claim(self, change):
        claim = self.context["published"].get(change.claim_id)
        if change.action != "upsert" or claim is None:
            return None
        return ClaimSerializer(claim, context=self.context).data

    def to_representation(self, change):
        data = super().to_representation(change)
        if data["claim"] is None:
            data["action"] = "delete"  # never describe a claim partners may not see
        return data


class SourceSerializer(serializers.ModelSerializer):
    publisher = ActorRefSerializer()

    class Meta:
        model = Source
        fields = ["id", "url", "title", "publisher", "published_on", "language", "archive_url", "text_sha256"]


class ActorSerializer(serializers.ModelSerializer):
    acts_on_behalf_of = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    aliases = serializers.SerializerMethodField()

    class Meta:
        model = Actor
        fields = ["id", "name", "kind", "aliases", "acts_on_behalf_of"]

    def get_aliases(self, actor) -> list[str]:
        return actor.alias_list


class ConflictSerializer(serializers.ModelSerializer):
    class Meta:
        model = Conflict
        fields = ["slug", "name", "started_on", "ended_on", "description"]


def claim_url(pk: int, request) -> str:
    path = reverse("api:claim-detail", args=[pk])
    return request.build_absolute_uri(path) if request is not None else path


class EstimateSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="claim.pk")
    url = serializers.SerializerMethodField()
    stated_on = serializers.DateField(source="claim.stated_on")
    phrase = serializers.CharField(source="claim.phrase")
    qualifier = serializers.CharField(source="claim.qualifier")
    low = serializers.IntegerField(source="claim.low", allow_null=True)
    best = serializers.IntegerField(source="claim.best", allow_null=True)
    high = serializers.IntegerField(source="claim.high", allow_null=True)

    @extend_schema_field(serializers.URLField())
    def get_url(self, estimate) -> str:
        return claim_url(estimate.claim.pk, self.context.get("request"))


class OriginRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(allow_null=True, source="origin_id")
    name = serializers.CharField(source="origin_name")


class SeriesSerializer(serializers.Serializer):
    origin = OriginRefSerializer(source="*")
    interested_party = serializers.BooleanField()
    estimates = EstimateSerializer(many=True)


class QuantitySerializer(serializers.Serializer):
    """Every published estimate of one quantity, per origin, in date order (undated ones left out)."""

    label = serializers.CharField()
    metric = serializers.CharField()
    population = serializers.CharField()
    sides = ActorRefSerializer(many=True)
    series = SeriesSerializer(many=True)
