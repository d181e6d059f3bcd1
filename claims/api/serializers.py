"""The partner API's JSON: published claims, their chains, and the records they show. Nothing internal."""

from django.urls import reverse
from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import ResolvedComponent
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import (
    Actor,
    AttributionHop,
    Claim,
    Conflict,
    FeedEntry,
    Grade,
    Incident,
    IncidentKind,
    PlacePrecision,
    Quantity,
    Source,
)


class NamedChoiceField(serializers.ChoiceField):
    """A choice field whose choice set is one schema component named `component`, whatever the field is called.

    drf-spectacular names an enum after the fields that carry it, and warns (which `check --deploy` reports)
    when one set has several names (`grade`, `derived_grade`) or one name several sets (an actor's and an
    incident's `kind`).
    """

    def __init__(self, choices, *, component: str, **kwargs):
        self.component = component
        super().__init__(choices, **kwargs)


class NamedChoiceFieldSchema(OpenApiSerializerFieldExtension):
    target_class = NamedChoiceField

    def map_serializer_field(self, auto_schema, direction):
        field = self.target
        component = ResolvedComponent(
            name=field.component,
            type=ResolvedComponent.SCHEMA,
            object=field.component,
            schema={"type": "string", "enum": [str(choice) for choice in field.choices]},
        )
        auto_schema.registry.register_on_missing(component)
        schema: dict = {"allOf": [component.ref]}
        if field.allow_null:
            schema["nullable"] = True
        if field.help_text:
            schema["description"] = str(field.help_text)
        return schema


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
    # A declared field named like Field's own `source` attribute; the serializer's metaclass takes it out of
    # the class, so the two never meet.
    source = SourceRefSerializer(allow_null=True)  # type: ignore[assignment]

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


class ClaimSerializer(serializers.ModelSerializer):
    """A published claim. Expects Claim.objects.for_partners() (prefetched, with interested_party)."""

    # The one definition of a claim's partner JSON: it renders each published claim when a change commits, and
    # the API serves what it rendered (claims/api/documents.py); the schema is generated from it too.

    url = serializers.SerializerMethodField()
    conflict = ConflictRefSerializer()
    sides = ActorRefSerializer(many=True)
    figure = serializers.SerializerMethodField()
    originator = ActorRefSerializer(allow_null=True)
    origin = serializers.SerializerMethodField(
        help_text="Whom the figure ultimately comes from: the originator, or whom it acts on behalf of."
    )
    interested_party = serializers.BooleanField(read_only=True)
    chain = HopSerializer(many=True)
    incident: "serializers.PrimaryKeyRelatedField[Incident]" = serializers.PrimaryKeyRelatedField(
        read_only=True,
        allow_null=True,
        help_text="The incident the figure is about (see /incidents/); null for a cumulative toll.",
    )
    quantity: "serializers.PrimaryKeyRelatedField[Quantity]" = serializers.PrimaryKeyRelatedField(
        read_only=True,
        help_text="What the figure counts, shared with the claims it is compared with, and its consolidated "
        "estimate: see /estimates/.",
    )
    breakdown_of = serializers.IntegerField(
        source="shown_total",
        read_only=True,
        allow_null=True,
        help_text="The published claim whose total this figure breaks down (“18 children” of “about 70 "
        "civilians, including 18 children”); null when it breaks none down, or its total is not published.",
    )
    supersedes = serializers.IntegerField(
        source="shown_supersedes",
        read_only=True,
        allow_null=True,
        help_text="The earlier claim of the same originator this one supersedes; null when none, or when partners "
        "may not see it.",
    )
    corrects: "serializers.PrimaryKeyRelatedField[Claim]" = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True, help_text="The claim this one corrects (now retracted)."
    )

    class Meta:
        model = Claim
        fields = [
            "id",
            "url",
            "status",
            "conflict",
            "metric",
            "population",
            "group",
            "sides",
            "incident",
            "area",
            "period_start",
            "period_end",
            "as_of",
            "breakdown_of",
            "figure",
            "originator",
            "origin",
            "interested_party",
            "stated_on",
            "quote",
            "quote_check",
            "chain",
            "quantity",
            "rating",
            "supersedes",
            "corrects",
            "published_at",
            "updated_at",
        ]

    @extend_schema_field(serializers.URLField())
    def get_url(self, claim) -> str:
        return claim_url(claim.pk, self.context.get("request"))

    @extend_schema_field(ActorRefSerializer(allow_null=True))
    def get_origin(self, claim) -> dict | None:
        actor = claim.originator.root if claim.originator and claim.originator.root_id else claim.originator
        return ActorRefSerializer(actor).data if actor else None

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


class OriginCountSerializer(serializers.Serializer):
    origin = ActorRefSerializer()
    reports = serializers.IntegerField(help_text="Published reports of the quantity from this origin.")
    outlets = serializers.IntegerField(help_text="The different last outlets they reached us through.")
    circular_reporting = serializers.BooleanField(
        help_text="More than one outlet: repetitions of one origin, not independent confirmations."
    )


class EstimateBoundsSerializer(serializers.Serializer):
    low = serializers.IntegerField(
        allow_null=True, help_text="The smallest lower value of a credible origin."
    )
    best = serializers.IntegerField(allow_null=True, help_text="The median of their best values.")
    high = serializers.IntegerField(
        allow_null=True, help_text="The largest upper value of a credible origin."
    )
    low_claim = serializers.IntegerField(allow_null=True, help_text="The published claim that sets `low`.")
    best_claim = serializers.IntegerField(allow_null=True, help_text="The published claim that sets `best`.")
    high_claim = serializers.IntegerField(allow_null=True, help_text="The published claim that sets `high`.")


class BasisEntrySerializer(serializers.Serializer):
    """One figure the estimate considered: each origin's latest published figure, and unattributed ones."""

    claim = serializers.IntegerField(help_text="The published claim.")
    origin = ActorRefSerializer(allow_null=True, help_text="Null: unattributed, not an independent origin.")
    stated_on = serializers.DateField(allow_null=True)
    low = serializers.IntegerField(allow_null=True)
    best = serializers.IntegerField(allow_null=True)
    high = serializers.IntegerField(allow_null=True)
    interested_party = serializers.BooleanField()
    sets = serializers.ListField(
        child=serializers.ChoiceField(choices=["low", "best", "high"]), help_text="The bounds it sets."
    )
    why = serializers.CharField(help_text="Whether it counted, and why not when it did not.")


def grade_field(help_text: str) -> NamedChoiceField:
    return NamedChoiceField(Grade.choices, component="GradeEnum", allow_null=True, help_text=help_text)


GRADE_HELP = (
    "confirmed, fair, weak, contested or discounted (docs/methodology.md, “Estimates”): a reviewer's, when "
    "they replaced the rule's."
)


class QuantitySerializer(serializers.ModelSerializer):
    """What several published claims count in common, their counts (DESIGN.md, "Provenance analysis") and
    their consolidated estimate with its grade (docs/methodology.md, "Estimates").

    Built by claims/api/fast.py's quantity_json(); this serializer describes it for the schema.
    """

    url = serializers.URLField()
    conflict = ConflictRefSerializer()
    incident = serializers.IntegerField(
        allow_null=True, help_text="The incident counted (see /incidents/); null for a cumulative toll."
    )
    sides = ActorRefSerializer(many=True)
    area = serializers.CharField(help_text="A cumulative toll's area, folded to lower case; empty otherwise.")
    ends_on = serializers.DateField(
        allow_null=True, help_text="A cumulative toll's last day counted; null for an incident."
    )
    series = serializers.CharField(
        help_text="Equal for the successive as-of dates of one cumulative toll (one series of figures)."
    )
    reports = serializers.IntegerField(help_text="Published reports of this quantity.")
    independent_origins = serializers.IntegerField(help_text="Distinct origins among them.")
    circular_reporting = serializers.BooleanField(
        help_text="One origin's reports reached us through more than one outlet."
    )
    origins = OriginCountSerializer(many=True)
    estimate = EstimateBoundsSerializer()
    grade = grade_field(GRADE_HELP)
    derived_grade = grade_field("The grade the rule gives, whether or not a reviewer replaced it.")
    grade_override_reason = serializers.CharField(
        allow_null=True, help_text="Why a reviewer's grade replaces the rule's; null when it does not."
    )
    explanation = serializers.CharField(help_text="How the estimate and the grade follow from the figures.")
    basis = BasisEntrySerializer(many=True)

    class Meta:
        model = Quantity
        fields = [
            "id",
            "url",
            "conflict",
            "incident",
            "metric",
            "population",
            "group",
            "sides",
            "area",
            "ends_on",
            "series",
            "reports",
            "independent_origins",
            "circular_reporting",
            "origins",
            "estimate",
            "grade",
            "derived_grade",
            "grade_override_reason",
            "explanation",
            "basis",
            "updated_at",
        ]


class IncidentEstimateSerializer(serializers.ModelSerializer):
    """One of an incident's estimates, short: the whole of it is at its `url` under /estimates/."""

    url = serializers.URLField()
    sides = ActorRefSerializer(many=True)
    reports = serializers.IntegerField(help_text="Published reports of this quantity.")
    independent_origins = serializers.IntegerField(help_text="Distinct origins among them.")
    estimate = EstimateBoundsSerializer()
    grade = grade_field(GRADE_HELP)
    explanation = serializers.CharField()

    class Meta:
        model = Quantity
        fields = [
            "id",
            "url",
            "metric",
            "population",
            "group",
            "sides",
            "reports",
            "independent_origins",
            "estimate",
            "grade",
            "explanation",
        ]


class IncidentSerializer(serializers.ModelSerializer):
    """An incident that published claims are about, with the estimates of what they count.

    Built by claims/api/fast.py's incident_json(); this serializer describes it for the schema.
    """

    url = serializers.URLField()
    conflict = ConflictRefSerializer()
    kind = NamedChoiceField(IncidentKind.choices, component="IncidentKindEnum")
    place_precision = serializers.ChoiceField(
        choices=PlacePrecision.choices,
        allow_null=True,
        help_text="How precisely the coordinates place it; null without coordinates.",
    )
    perpetrator = ActorRefSerializer(
        allow_null=True,
        help_text="The alleged perpetrator; null when none is named or no published claim shows the actor.",
    )
    estimates = IncidentEstimateSerializer(many=True)

    class Meta:
        model = Incident
        fields = [
            "id",
            "url",
            "conflict",
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
            "perpetrator",
            "description",
            "assessment",
            "estimates",
            "updated_at",
        ]


class ChangeSerializer(serializers.ModelSerializer):
    """One change-feed entry: a claim as it is now (null when it left the published set), a quantity's
    counts and estimate as they are now (null when no published claim counts it any more), or an incident as
    it is now (null when no published claim is about it any more).

    Written by claims/api/fast.py's changes_array() from stored documents; this serializer describes it for the
    schema.
    """

    type = serializers.ChoiceField(choices=["claim", "quantity", "incident"])
    id = serializers.IntegerField()
    claim = ClaimSerializer(allow_null=True)
    quantity = QuantitySerializer(allow_null=True)
    incident = IncidentSerializer(allow_null=True)

    class Meta:
        model = FeedEntry
        fields = ["seq", "type", "id", "action", "claim", "quantity", "incident"]


class SourceSerializer(serializers.ModelSerializer):
    publisher = ActorRefSerializer()

    class Meta:
        model = Source
        fields = ["id", "url", "title", "publisher", "published_on", "language", "archive_url", "text_sha256"]


class ActorSerializer(serializers.ModelSerializer):
    acts_on_behalf_of: "serializers.PrimaryKeyRelatedField[Actor]" = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True
    )
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


class QuantityEstimatesSerializer(serializers.Serializer):
    """Every published estimate of one quantity, per origin, in date order (undated ones left out)."""

    # A declared field named like Field's own `label` attribute; the serializer's metaclass takes it out of
    # the class, so the two never meet.
    label = serializers.CharField()  # type: ignore[assignment]
    metric = serializers.CharField()
    population = serializers.CharField()
    sides = ActorRefSerializer(many=True)
    series = SeriesSerializer(many=True)
