"""Partners, their API keys, and the change feed they read."""

from django.contrib import admin
from django.db import models
from django.db.models import Count
from rest_framework_api_key.admin import APIKeyModelAdmin
from rest_framework_api_key.models import APIKey

from ..models import (
    FeedEntry,
    Partner,
    PartnerKey,
)
from .common import (
    CappedCountPaginator,
    HistoryAdmin,
    ReadOnlyAdmin,
)


@admin.register(FeedEntry)
class FeedEntryAdmin(ReadOnlyAdmin):
    """What partners' change feed holds: each claim's and quantity's latest entry, in feed order."""

    list_display = ["seq", "claim", "quantity", "action", "at"]
    list_filter = ["action"]
    list_select_related = ["claim", "claim__originator", "quantity"]
    ordering = ["-seq"]
    paginator = CappedCountPaginator
    show_full_result_count = False


class PartnerKeyInline(admin.TabularInline):
    """A partner's keys: the key itself is shown once, when issued; only its prefix is kept readable."""

    model = PartnerKey
    fields = ["prefix", "name", "created", "expiry_date", "revoked"]
    readonly_fields = ["prefix", "created"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False  # issue keys from the partner key page, which shows the new key once


@admin.register(Partner)
class PartnerAdmin(HistoryAdmin):
    list_display = ["name", "contact", "created_at", "active_keys"]
    search_fields = ["name", "contact"]
    inlines = [PartnerKeyInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(active_keys=Count("keys", filter=models.Q(keys__revoked=False)))
        )

    @admin.display(description="active keys", ordering="active_keys")
    def active_keys(self, partner):
        return partner.active_keys


@admin.register(PartnerKey)
class PartnerKeyAdmin(APIKeyModelAdmin):
    """Issue (the key is shown once, then only its hash is stored) and revoke partners' API keys."""

    # The library's admin leaves these unannotated, so mypy takes its tuples' lengths for their types; any
    # sequence of names is what ModelAdmin takes.
    list_display = ("prefix", "partner", "name", "created", "expiry_date", "_has_expired", "revoked")  # type: ignore[assignment]
    list_filter = ("revoked", "partner")  # type: ignore[assignment]
    list_select_related = ["partner"]
    search_fields = ("name", "prefix", "partner__name")  # type: ignore[assignment]
    autocomplete_fields = ["partner"]


# The library registers its own unused APIKey model; partners' keys are PartnerKeys.
admin.site.unregister(APIKey)
