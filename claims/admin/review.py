"""The review queue: claims in review that the reviewer neither wrote nor changed (four eyes), with what a
reviewer weighs first."""

from django.contrib import admin
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.timesince import timesince

from ..models import QuoteCheck, ReviewQueue, Status
from ..rating import suggestion_for
from ..services import REVIEW_PERMISSION
from .claims import CIRCULAR_HELP
from .common import CappedCountPaginator, ReadOnlyAdmin

# Short enough for the column to stay narrow on a laptop; the full wording is the cell's title.
QUOTE_CHECK_SHORT = {
    QuoteCheck.VERIFIED: ("✓ found", "quote-found"),
    QuoteCheck.NOT_FOUND: ("✗ not found", "quote-not-found"),
    QuoteCheck.NO_SNAPSHOT: ("no snapshot", "quote-no-snapshot"),
}


@admin.register(ReviewQueue)
class ReviewQueueAdmin(ReadOnlyAdmin):
    """Claims in review that the reviewer may verify (neither written nor changed by them), oldest submission
    first."""

    list_display = [
        "claim_link",
        "originator",
        "conflict",
        "quote_checked",
        "origins",
        "suggestion",
        "age",
        "author",
    ]
    list_display_links = None
    list_filter = ["quote_check", "conflict", "metric"]
    ordering = ["submitted_at", "id"]
    # get_search_results searches these (and the chain's sources) through indexed subqueries; the admin shows
    # its search box only when search_fields is set.
    search_fields = ["phrase", "quote", "originator__name"]
    search_help_text = (
        "Every word in the phrase, the quote, the originator's name, or a source's URL or title; "
        "“quoted words” stay together."
    )
    # No second, unfiltered count: the page says how many match, capped as on the claim list.
    paginator = CappedCountPaginator
    show_full_result_count = False

    class Media:
        js = ["claims/review_queue.js"]
        css = {"all": ["claims/review_queue.css"]}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(status=Status.IN_REVIEW)
            .verifiable_by(request.user)
            .with_figure_labels()
            .with_newsroom_counts()
            .with_rating_evidence()
            .select_related("created_by")
        )

    def get_search_results(self, request, queryset, search_term):
        """Search as the claim list does (ClaimQuerySet.matching_words): indexed, whatever the table's size."""
        if not search_term.strip():
            return queryset, False
        return queryset.matching_words(search_term), False

    def changelist_view(self, request, extra_context=None):
        # A work list of eight columns and its filters: the admin's navigation sidebar would leave the table half
        # a laptop's width (1366 pixels). The breadcrumbs lead back to the rest of the admin.
        context = {"is_nav_sidebar_enabled": False, "title": "Claims awaiting review, oldest first"}
        return super().changelist_view(request, context | (extra_context or {}))

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm(REVIEW_PERMISSION)

    def has_module_permission(self, request):
        return request.user.has_perm(REVIEW_PERMISSION)

    @admin.display(description="figure", ordering="best")
    def claim_link(self, claim):
        url = reverse("admin:claims_claim_change", args=[claim.pk])
        return format_html('<a href="{}">{}</a>', url, claim.figure_text())

    @admin.display(description="quote check", ordering="quote_check")
    def quote_checked(self, claim):
        text, css = QUOTE_CHECK_SHORT.get(claim.quote_check, (claim.quote_check, ""))
        return format_html(
            '<span class="{}" title="{}">{}</span>', css, claim.get_quote_check_display(), text
        )

    @admin.display(description="reports / origins", ordering="independent_origins")
    def origins(self, claim):
        text = f"{claim.reports} / {claim.independent_origins}"
        title = (
            f"{claim.reports} report{'s' * (claim.reports != 1)}, "
            f"{claim.independent_origins} independent origin{'s' * (claim.independent_origins != 1)}"
        )
        if claim.circular_reporting:
            return format_html(
                '<span title="{}">{}</span> <strong title="{}">⟲</strong>', title, text, CIRCULAR_HELP
            )
        return format_html('<span title="{}">{}</span>', title, text)

    @admin.display(description="suggested rating")
    def suggestion(self, claim):
        suggested = suggestion_for(claim)
        if suggested is None:
            return format_html('<span title="{}">—</span>', "Unattributed: no origin to count.")
        return format_html('<span title="{}">{}</span>', suggested.reason, suggested.label)

    @admin.display(description="age", ordering="-submitted_at")
    def age(self, claim):
        if claim.submitted_at is None:
            return "—"
        submitted = timezone.localtime(claim.submitted_at)
        return format_html(
            '<span title="submitted {}">{}</span>',
            submitted.strftime("%Y-%m-%d %H:%M"),
            timesince(claim.submitted_at, depth=1),
        )

    @admin.display(description="author", ordering="created_by__username")
    def author(self, claim):
        return claim.created_by
