"""Partner API v1: a partner's webhook subscriptions and their delivery logs (docs/api.md, "Webhooks").

Unlike the rest of the API these endpoints write, and only a partner's key may call them: a subscription belongs to
the key's partner, and another partner's subscription or delivery answers 404 as one that does not exist.
"""

import re

from django.db import transaction
from django.db.models import Prefetch
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import mixins, permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.generics import get_object_or_404
from rest_framework.response import Response

from claims import webhooks
from claims.models import PartnerKey, WebhookAttempt, WebhookDelivery, WebhookSubscription

from .filters import check_query_parameters
from .pagination import ClaimCursorPagination
from .renderers import ORJSONRenderer
from .schema import ID, PartnerAutoSchema
from .views import JSONAnswersMixin

# What check_url accepts, as the schema states it: http or https, an ASCII host name or IPv4 address (punycode for
# an international name), a port from 1 to 65535, then a path of printable ASCII characters.
PORT = r"(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3})"
URL_PATTERN = rf"^https?://[A-Za-z0-9.-]+(?::{PORT})?(?:/[!-~]*)?$"
URL_REGEX = re.compile(URL_PATTERN)


class IsPartner(permissions.BasePermission):
    message = "Webhook subscriptions belong to a partner: send its API key (Authorization: Api-Key <key>)."

    def has_permission(self, request, view):
        return isinstance(request.auth, PartnerKey)


@extend_schema_field(
    {
        "type": "string",
        "pattern": URL_PATTERN,
        "maxLength": webhooks.MAX_URL_LENGTH,
        "example": "https://example.org/hooks/claims",
    }
)
class WebhookUrlField(serializers.CharField):
    """A receiver's address: refused with the reason unless check_url accepts it."""

    def __init__(self, **kwargs):
        super().__init__(max_length=webhooks.MAX_URL_LENGTH, trim_whitespace=False, **kwargs)

    def to_internal_value(self, data):
        url = super().to_internal_value(data)
        if not URL_REGEX.fullmatch(url):
            raise serializers.ValidationError(
                "Expected an http or https address with an ASCII host name or IPv4 address (punycode for an "
                "international name), e.g. https://example.org/hooks/claims."
            )
        try:
            return webhooks.check_url(url)
        except webhooks.WebhookUrlError as error:
            raise serializers.ValidationError(str(error)) from None


@extend_schema_field(
    {
        "type": "array",
        "items": {"type": "string", "enum": webhooks.EVENT_TYPES},
        "minItems": 1,
        "maxItems": len(webhooks.EVENT_TYPES),
        "uniqueItems": True,
    }
)
class EventsField(serializers.ListField):
    """The kinds of events; an error names the item ("item 1: ..."), as a flat list of messages like every other
    field's, where DRF's list field nests them under the item's index."""

    def to_internal_value(self, data):
        try:
            return super().to_internal_value(data)
        except serializers.ValidationError as error:
            detail = error.detail
            if isinstance(detail, dict):
                raise serializers.ValidationError(
                    [
                        f"item {int(index) + 1}: {message}"
                        for index, messages in detail.items()
                        for message in messages
                    ]
                ) from None
            raise


class StrictBooleanField(serializers.BooleanField):
    """true or false in JSON, as the schema says: DRF's reads "yes", "on", 1 and more as booleans too."""

    def to_internal_value(self, data):
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data


class WebhookSubscriptionSerializer(serializers.ModelSerializer):
    url = WebhookUrlField(help_text="Where events are POSTed.")
    events = EventsField(
        child=serializers.ChoiceField(choices=webhooks.EVENT_TYPES),
        allow_empty=False,
        max_length=len(webhooks.EVENT_TYPES),
        help_text="The kinds of events to send, each once: claim.published, claim.corrected, claim.retracted.",
    )
    active = StrictBooleanField(required=False, help_text="False pauses the subscription.")

    class Meta:
        model = WebhookSubscription
        fields = ["id", "url", "events", "active", "created_at", "updated_at"]
        read_only_fields = ["id", "created_at", "updated_at"]

    def validate_events(self, events):
        if len(set(events)) != len(events):
            raise serializers.ValidationError("Name each kind of event once.")
        return sorted(events, key=webhooks.EVENT_TYPES.index)


class NewWebhookSubscriptionSerializer(WebhookSubscriptionSerializer):
    secret = serializers.CharField(
        read_only=True,
        help_text="The signing secret (whsec_…): shown in this answer only. Keep it to verify deliveries.",
    )

    class Meta(WebhookSubscriptionSerializer.Meta):
        fields = [*WebhookSubscriptionSerializer.Meta.fields, "secret"]


@extend_schema_field({"type": "object", "properties": {"secret": {"type": "string"}}})
class SecretSerializer(serializers.Serializer):
    secret = serializers.CharField(read_only=True)


class AttemptSerializer(serializers.ModelSerializer):
    error = serializers.CharField(
        source="partner_error", read_only=True, help_text="Why the attempt failed, when it did."
    )

    class Meta:
        model = WebhookAttempt
        fields = ["at", "status_code", "response_excerpt", "error", "duration_ms", "replay"]


class DeliverySerializer(serializers.ModelSerializer):
    message_id = serializers.CharField(read_only=True, help_text="The webhook-id header of every attempt.")
    type = serializers.CharField(source="event.type", read_only=True, help_text="The event's kind.")
    claim = serializers.IntegerField(source="event.claim_id", read_only=True, help_text="The claim's id.")
    event_at = serializers.DateTimeField(
        source="event.at", read_only=True, help_text="When the change was made."
    )
    attempts = AttemptSerializer(many=True, read_only=True)

    class Meta:
        model = WebhookDelivery
        fields = ["id", "message_id", "type", "claim", "event_at", "state", "next_attempt_at", "attempts"]


class DeliveryPagination(ClaimCursorPagination):
    ordering = "-id"  # newest first


DELIVERY_ID = OpenApiParameter("delivery_id", {**ID}, OpenApiParameter.PATH, description="A delivery's id.")


@extend_schema(tags=["webhooks"])
class WebhookViewSet(
    JSONAnswersMixin,
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Your webhook subscriptions: events about published claims POSTed to your address, signed as the Standard
    Webhooks specification says (docs/api.md, "Webhooks")."""

    serializer_class = WebhookSubscriptionSerializer
    permission_classes = [IsPartner]
    pagination_class = ClaimCursorPagination
    renderer_classes = [ORJSONRenderer]  # JSON only: these endpoints write, and are called by programs
    lookup_value_regex = "[0-9]+"
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    schema = PartnerAutoSchema()

    def get_queryset(self):
        return WebhookSubscription.objects.filter(partner_id=self.request.auth.partner_id)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)  # authentication and throttling answer first
        # These lists have no filter: ?state=failed would answer every delivery, failed or not. (An undeclared
        # method has no action and must still answer 405.)
        if self.action in ("list", "deliveries"):
            check_query_parameters(request, {"cursor", "page_size", "format"})
        elif self.action is not None:
            check_query_parameters(request, {"format"})

    @extend_schema(request=WebhookSubscriptionSerializer, responses={201: NewWebhookSubscriptionSerializer})
    def create(self, request, *args, **kwargs):
        """Subscribe: the answer holds the signing secret, shown this once."""
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        subscription = serializer.save(partner_id=request.auth.partner_id, secret=webhooks.new_secret())
        return Response(NewWebhookSubscriptionSerializer(subscription).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses={200: SecretSerializer})
    @action(detail=True, methods=["post"], url_path="rotate-secret")
    def rotate_secret(self, request, pk=None):
        """A new signing secret, shown this once; the old one also signs deliveries for a day
        (WEBHOOK_PREVIOUS_SECRET_HOURS), so you can switch without losing any."""
        with transaction.atomic():
            subscription = get_object_or_404(self.get_queryset().select_for_update(), pk=pk)
            return Response({"secret": webhooks.rotate_secret(subscription)})

    @extend_schema(responses={200: DeliverySerializer(many=True)})
    @action(detail=True, pagination_class=DeliveryPagination)
    def deliveries(self, request, pk=None):
        """The subscription's deliveries, newest first, each with its attempts."""
        subscription = get_object_or_404(self.get_queryset().only("pk"), pk=pk)
        deliveries = (
            WebhookDelivery.objects.filter(subscription=subscription)
            .select_related("event")
            .defer("event__data")
            .prefetch_related(Prefetch("attempts", WebhookAttempt.objects.order_by("id")))
        )
        page = self.paginate_queryset(deliveries)
        return self.get_paginated_response(DeliverySerializer(page, many=True).data)

    @extend_schema(
        request=None,
        parameters=[DELIVERY_ID],
        responses={202: OpenApiResponse(DeliverySerializer, description="Queued to be sent again now.")},
    )
    @action(
        detail=True,
        methods=["post"],
        url_path=r"deliveries/(?P<delivery_id>[0-9]+)/replay",
        url_name="replay",
    )
    def replay(self, request, pk=None, delivery_id=None):
        """Send a delivery again now, with the same webhook-id and a fresh retry schedule."""
        subscription = get_object_or_404(self.get_queryset().only("pk"), pk=pk)
        delivery = get_object_or_404(
            WebhookDelivery.objects.filter(subscription=subscription), pk=delivery_id
        )
        replayed = webhooks.replay([delivery.pk])
        if replayed.busy:
            return Response(
                {
                    "detail": "This delivery is being sent at this moment: replay it once the attempt is logged."
                },
                status=status.HTTP_409_CONFLICT,
            )
        if replayed.unpublished:
            return Response(
                {
                    "detail": "This delivery's claim is no longer published: its JSON is not sent again (its "
                    "claim.retracted event says it left)."
                },
                status=status.HTTP_409_CONFLICT,
            )
        delivery.refresh_from_db()
        return Response(DeliverySerializer(delivery).data, status=status.HTTP_202_ACCEPTED)

    def get_serializer_class(self):
        return WebhookSubscriptionSerializer
