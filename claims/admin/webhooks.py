"""Partners' webhook subscriptions and their delivery logs (docs/api.md, "Webhooks")."""

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from .. import webhooks
from ..models import WebhookAttempt, WebhookDelivery, WebhookEventType, WebhookSubscription
from .common import CappedCountPaginator, SafeAutocompleteMixin

RECENT = 20  # deliveries shown on a subscription's page; the rest are in the delivery list
SECRET_FIELDS = {"secret", "previous_secret"}


def names_a_secret(lookup: str) -> bool:
    """Whether a changelist lookup (a query string's key, "subscription__secret__regex") reaches a signing
    secret: filtering on one is an oracle that reads it a character at a time."""
    return bool(SECRET_FIELDS & set(lookup.split("__")))


class WebhookSubscriptionForm(forms.ModelForm):
    events = forms.MultipleChoiceField(
        choices=WebhookEventType.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=WebhookSubscription._meta.get_field("events").help_text,
    )

    class Meta:
        model = WebhookSubscription
        fields = ["partner", "url", "events", "active"]

    def clean_url(self):
        try:
            return webhooks.check_url(self.cleaned_data["url"].strip())
        except webhooks.WebhookUrlError as error:
            raise forms.ValidationError(str(error)) from None

    def clean_events(self):
        return sorted(set(self.cleaned_data["events"]), key=webhooks.EVENT_TYPES.index)


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(SafeAutocompleteMixin, admin.ModelAdmin):
    """Subscribe a partner (its secret is shown once, in the message after saving), pause it, rotate its secret,
    and read its latest deliveries."""

    form = WebhookSubscriptionForm
    list_display = ["id", "partner", "url", "events_shown", "active", "created_at"]
    list_filter = ["active"]
    list_select_related = ["partner"]
    search_fields = ["url", "partner__name"]
    autocomplete_fields = ["partner"]
    readonly_fields = ["created_at", "updated_at", "recent_deliveries"]
    actions = ["rotate_secrets"]

    def lookup_allowed(self, lookup, value, request):
        # Django allows a lookup on any of the model's own fields: ?secret__regex=^whsec_a would tell a staff
        # member who may only view subscriptions whether a secret starts so (answered 400 instead).
        return not names_a_secret(lookup) and super().lookup_allowed(lookup, value, request)

    def get_fields(self, request, obj=None):
        fields = ["partner", "url", "events", "active"]
        return fields if obj is None else [*fields, "created_at", "updated_at", "recent_deliveries"]

    @admin.display(description="events")
    def events_shown(self, subscription):
        return ", ".join(subscription.events)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.secret = webhooks.new_secret()
        super().save_model(request, obj, form, change)
        if not change:
            self.message_user(
                request,
                f"The signing secret of this subscription, shown this once: {obj.secret} — give it to the "
                "partner; it verifies the webhook-signature header of every delivery.",
                messages.WARNING,
            )

    @admin.action(
        description="Rotate the signing secret of the selected subscriptions", permissions=["change"]
    )
    def rotate_secrets(self, request, queryset):
        with transaction.atomic():
            for subscription in queryset.select_for_update().select_related("partner"):
                secret = webhooks.rotate_secret(subscription)
                self.message_user(
                    request,
                    f"New signing secret of {subscription} (#{subscription.pk}), shown this once: {secret}. The "
                    "old one also signs deliveries for a while (WEBHOOK_PREVIOUS_SECRET_HOURS).",
                    messages.WARNING,
                )

    @admin.display(description="latest deliveries")
    def recent_deliveries(self, subscription):
        """The latest deliveries with their last attempt, and a link to all of them. Two queries."""
        deliveries = list(
            WebhookDelivery.objects.filter(subscription=subscription)
            .select_related("event")
            .defer("event__data")
            .annotate(**last_attempt())[:RECENT]
        )
        listing = (
            reverse("admin:claims_webhookdelivery_changelist") + f"?subscription__id__exact={subscription.pk}"
        )
        if not deliveries:
            return "None yet."
        rows = format_html_join(
            "",
            '<tr><td><a href="{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>',
            (
                (
                    reverse("admin:claims_webhookdelivery_change", args=[d.pk]),
                    d.pk,
                    d.event.type,
                    d.event.claim_id,
                    d.state,
                    d.last_status or "",
                    d.last_error[:120] if d.last_error else "",
                )
                for d in deliveries
            ),
        )
        return format_html(
            "<table><tr><th>delivery</th><th>event</th><th>claim</th><th>state</th><th>last status</th>"
            '<th>last error</th></tr>{}</table><p><a href="{}">Every delivery of this subscription</a> '
            "(replay them there).</p>",
            rows,
            listing,
        )


def last_attempt() -> dict:
    """Annotations of a delivery's last attempt: its status code and error (subqueries: no query per row)."""
    latest = WebhookAttempt.objects.filter(delivery=OuterRef("pk")).order_by("-id")
    return {
        "last_status": Subquery(latest.values("status_code")[:1]),
        "last_error": Subquery(latest.values("error")[:1]),
        "last_at": Subquery(latest.values("at")[:1]),
    }


class WebhookAttemptInline(admin.TabularInline):
    model = WebhookAttempt
    fields = readonly_fields = ("at", "status_code", "duration_ms", "error", "response_excerpt", "replay")
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    """The delivery log: each event sent to each subscription, its attempts, and a replay action (POST, with the
    permission to change the subscription)."""

    list_display = [
        "id",
        "subscription",
        "event_type",
        "claim",
        "state",
        "tries",
        "last_status",
        "last_at",
        "next_attempt_at",
    ]
    list_filter = ["state"]
    list_select_related = ["subscription__partner", "event"]
    search_fields = ["=subscription__id", "subscription__partner__name", "=event__claim__id"]
    readonly_fields = (
        "subscription",
        "event_type",
        "claim",
        "state",
        "tries",
        "next_attempt_at",
        "created_at",
        "body",
    )
    fields = readonly_fields
    inlines = [WebhookAttemptInline]
    actions = ["replay_deliveries"]
    paginator = CappedCountPaginator
    show_full_result_count = False

    def get_queryset(self, request):
        return super().get_queryset(request).defer("event__data").annotate(**last_attempt())

    def lookup_allowed(self, lookup, value, request):
        return not names_a_secret(lookup) and super().lookup_allowed(lookup, value, request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_replay_permission(self, request):
        return request.user.has_perm("claims.change_webhooksubscription")

    @admin.display(description="event")
    def event_type(self, delivery):
        return delivery.event.type

    @admin.display(description="claim")
    def claim(self, delivery):
        return delivery.event.claim_id

    @admin.display(description="last status")
    def last_status(self, delivery):
        return getattr(delivery, "last_status", None)

    @admin.display(description="last attempt")
    def last_at(self, delivery):
        return getattr(delivery, "last_at", None)

    @admin.display(description="body sent")
    def body(self, delivery):
        return format_html("<pre>{}</pre>", webhooks.body_of(delivery.event).decode())

    @admin.action(description="Replay the selected deliveries now", permissions=["replay"])
    def replay_deliveries(self, request, queryset):
        chosen = list(queryset.values_list("pk", flat=True))
        replayed = webhooks.replay(chosen)
        self.message_user(
            request, f"{len(replayed.queued)} deliveries queued to be sent again.", messages.SUCCESS
        )
        if replayed.busy:
            self.message_user(
                request,
                f"{len(replayed.busy)} being sent at this moment were left alone: replay them once logged.",
                messages.WARNING,
            )
        if replayed.unpublished:
            self.message_user(
                request,
                f"{len(replayed.unpublished)} about claims no longer published were not sent again: partners are "
                "never sent an unpublished claim's JSON.",
                messages.WARNING,
            )
