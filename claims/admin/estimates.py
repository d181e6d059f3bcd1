"""Estimates: each quantity's consolidated figure and grade, with why, on what basis, and their history; the
reviewer's grade override (services.override_grade, the only path that sets one)."""

from collections.abc import Iterable

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from .. import services
from ..models import Actor, Claim, EstimateVersion, Grade, Quantity
from ..services import REVIEW_PERMISSION
from .common import CappedCountPaginator, viewable_object

VERSIONS_SHOWN = 50  # of an estimate's history, newest first, on its page


# What a quantity counts, in words: the model says it; the admin's modules name it so.
side_ids = Quantity.side_ids
quantity_label = Quantity.label


def side_names(quantities: Iterable[Quantity]) -> dict[int, str]:
    """Return {actor id: name} for the sides these quantities count. One query, or none without sides."""
    ids = {pk for quantity in quantities for pk in side_ids(quantity)}
    return dict(Actor.objects.filter(pk__in=ids).values_list("pk", "name")) if ids else {}


def quantity_where(quantity: Quantity) -> str:
    """Return what a quantity is about: its incident, or a cumulative toll's area and last day counted (reads
    the incident: select it with the quantity)."""
    if quantity.incident_id is not None:
        return str(quantity.incident)
    area = quantity.area or "the whole conflict"
    return f"cumulative toll, {area}, to {quantity.ends_on.isoformat()}" if quantity.ends_on else f"{area}"


def grade_text(quantity: Quantity) -> str:
    if not quantity.grade:
        return "—"
    if quantity.grade_override:
        return (
            f"{quantity.get_grade_display()} (reviewer's; the rule says {quantity.derived_grade or 'none'})"
        )
    return quantity.get_grade_display()


def basis_rows(quantity: Quantity, claims: dict[int, Claim]) -> list[dict]:
    """Return the estimate's basis, one row per origin considered, with its claim when loaded."""
    rows = []
    for entry in quantity.basis or []:
        claim = claims.get(entry.get("claim"))
        rows.append(
            {
                **entry,
                "claim_obj": claim,
                "figure": claim.number_text() if claim else figure_of(entry),
                "originator": (claim.originator.name if claim and claim.originator else "unattributed"),
                "sets_text": ", ".join(entry.get("sets") or []) or "—",
            }
        )
    return rows


def bounds_text(version: EstimateVersion) -> str:
    """Return a past estimate's bounds with the claims that set them: "low 13 (#4), high 46 (#9)"."""
    parts = [
        f"{bound} {value:,} (#{claim})"
        for bound, value, claim in (
            ("low", version.low, version.low_claim_id),
            ("best", version.best, version.best_claim_id),
            ("high", version.high, version.high_claim_id),
        )
        if value is not None
    ]
    return ", ".join(parts) or "no bounds"


def figure_of(entry: dict) -> str:
    values = [
        f"{bound} {entry[bound]:,}" for bound in ("low", "best", "high") if entry.get(bound) is not None
    ]
    return ", ".join(values) or "no number"


class GradeOverrideForm(forms.Form):
    """A reviewer's grade for an estimate, which replaces the rule's, and why; or no grade, to lift it."""

    grade = forms.ChoiceField(
        required=False,
        choices=[("", "none: the rule's grade applies"), *Grade.choices],
        help_text="Choose “none” to lift a reviewer's grade: the rule's applies again.",
    )
    reason = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text="Required with a grade: shown to partners with it, and kept in the estimate's history.",
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("grade") and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", "Say why the reviewer's grade replaces the rule's.")
        return cleaned


class HasEstimateFilter(admin.SimpleListFilter):
    title = "published figures"
    parameter_name = "published"

    def lookups(self, request, model_admin):
        return [("yes", "with published figures"), ("no", "drafts only")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(published_reports__gt=0)
        if self.value() == "no":
            return queryset.filter(published_reports=0)
        return queryset


@admin.register(Quantity)
class EstimateAdmin(admin.ModelAdmin):
    """The consolidated estimate of every quantity: a list, and a page per estimate. Derived state, never
    edited here: the claims' write path keeps it; a reviewer may only override the grade, with a reason."""

    list_display = ["label", "where", "estimate", "grade_shown", "reports", "updated_at"]
    list_display_links = ["label"]
    list_filter = ["grade", HasEstimateFilter, "conflict"]
    list_select_related = ["incident"]
    search_fields = ["incident__name", "area"]
    ordering = ["-pk"]
    paginator = CappedCountPaginator
    show_full_result_count = False
    actions = None

    # Anyone who reads claims reads what they add up to; nobody adds, edits or deletes it here.
    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("claims.view_quantity") or request.user.has_perm("claims.view_claim")

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("incident", "conflict", "grade_overridden_by")

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        # The page's rows, read once here (the template iterates the same evaluated list), and their sides'
        # names in one more query: a label costs no query per row.
        names = side_names(changelist.result_list)
        for quantity in changelist.result_list:
            quantity.side_names = names
        return changelist

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(request, {"title": "Estimates", **(extra_context or {})})

    @admin.display(description="what is counted")
    def label(self, quantity):
        return quantity_label(quantity, getattr(quantity, "side_names", {}))

    @admin.display(description="incident, or area and as of")
    def where(self, quantity):
        if quantity.incident_id is not None:
            return format_html(
                '<a href="{}">{}</a>',
                reverse("admin:claims_incident_claims", args=[quantity.incident_id]),
                quantity.incident,
            )
        return quantity_where(quantity)

    @admin.display(description="estimate")
    def estimate(self, quantity):
        return quantity.estimate_text() or "—"

    @admin.display(description="grade", ordering="grade")
    def grade_shown(self, quantity):
        if quantity.grade_override:
            return format_html("{} <strong>(reviewer's)</strong>", quantity.get_grade_display())
        return quantity.get_grade_display() or "—"

    @admin.display(description="published reports / origins")
    def reports(self, quantity):
        return f"{quantity.published_reports} / {quantity.published_origins}"

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The estimate's page: its figure, grade, explanation, basis and history; for reviewers, the form that
        overrides the grade (a POST here from anyone else is refused)."""
        quantity = viewable_object(self, request, object_id)
        can_override = request.user.has_perm(REVIEW_PERMISSION)
        form = None
        if request.method == "POST":
            if not can_override:
                raise PermissionDenied("Only reviewers may set an estimate's grade.")
            form = GradeOverrideForm(request.POST)
            if form.is_valid():
                grade, reason = form.cleaned_data["grade"], form.cleaned_data["reason"]
                try:
                    changed = services.override_grade(
                        quantity, grade=grade, reason=reason, by_id=request.user.pk
                    )
                except ValueError as refusal:
                    form.add_error("reason", str(refusal))
                else:
                    if not changed:
                        messages.info(request, "Nothing changed: the grade and reason are the ones stored.")
                    elif grade:
                        messages.success(
                            request, f"The estimate's grade is now {Grade(grade).label} (yours)."
                        )
                    else:
                        messages.success(request, "Your grade is lifted: the rule's grade applies again.")
                    return redirect("admin:claims_quantity_change", quantity.pk)
        elif can_override:
            form = GradeOverrideForm(
                initial={"grade": quantity.grade_override, "reason": quantity.grade_override_reason}
            )
        return self.estimate_page(request, quantity, form, extra_context)

    def estimate_page(self, request, quantity, form, extra_context=None):
        names = side_names([quantity])
        basis_ids = {entry.get("claim") for entry in quantity.basis or []}
        claims = Claim.objects.select_related("originator").in_bulk(
            [pk for pk in basis_ids if isinstance(pk, int)]
        )
        versions = list(
            EstimateVersion.objects.filter(quantity=quantity)
            .select_related("by")
            .order_by("-number")[: VERSIONS_SHOWN + 1]
        )
        for version in versions:
            version.bounds_text = bounds_text(version)  # type: ignore[attr-defined]
        label = quantity_label(quantity, names)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Estimate: {label}",
            "opts": self.opts,
            "original": quantity,
            "quantity": quantity,
            "label": label,
            "where": quantity_where(quantity),
            "grade_text": grade_text(quantity),
            "basis": basis_rows(quantity, claims),
            "bounds": [
                ("low", quantity.estimate_low, quantity.low_claim_id),
                ("best", quantity.estimate_best, quantity.best_claim_id),
                ("high", quantity.estimate_high, quantity.high_claim_id),
            ],
            "versions": versions[:VERSIONS_SHOWN],
            "more_versions": len(versions) > VERSIONS_SHOWN,
            "versions_shown": VERSIONS_SHOWN,
            "form": form,
            "can_override": form is not None,
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/claims/quantity/estimate.html", context)

    def history_view(self, request, object_id, extra_context=None):
        # The estimate's history is on its page (EstimateVersion rows); nothing is edited through the admin.
        return redirect("admin:claims_quantity_change", object_id)
