"""The review queue: claims in review that the reviewer did not write."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from ..models import ReviewQueue, Status
from ..services import REVIEW_PERMISSION
from .common import ReadOnlyAdmin


@admin.register(ReviewQueue)
class ReviewQueueAdmin(ReadOnlyAdmin):
    """Claims in review that the reviewer did not write, oldest submission first."""

    list_display = ["claim_link", "originator", "stated_on", "submitted_at", "created_by"]
    list_display_links = None
    list_filter = ["conflict", "metric"]
    ordering = ["submitted_at", "id"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(status=Status.IN_REVIEW)
            .exclude(created_by=request.user)
            .with_figure_labels()
            .select_related("created_by")
        )

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm(REVIEW_PERMISSION)

    def has_module_permission(self, request):
        return request.user.has_perm(REVIEW_PERMISSION)

    @admin.display(description="figure")
    def claim_link(self, claim):
        url = reverse("admin:claims_claim_change", args=[claim.pk])
        return format_html('<a href="{}">{}</a>', url, claim.figure_text())
