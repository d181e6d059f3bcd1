"""Claims: the claim's admin (its page, list, review and correction views) and the review log."""

import base64

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed, StreamingHttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from .. import services
from ..history import part_label, readable_history
from ..importing import Importer, ImportRefused, read_rows
from ..models import (
    FIGURES_SHOWN,
    PART_FIELDS,
    Claim,
    Group,
    QuoteCheck,
    Rating,
    ReviewEvent,
    Status,
)
from ..rating import suggestion_for
from ..services import (
    REVIEW_PERMISSION,
    TRANSITIONS,
    ReviewError,
    available_transitions,
    transition_claim,
    transition_claims,
)
from .chain import AttributionHopInline, is_editable
from .claim_forms import ClaimForm, ImportClaimsForm, IncidentOrTollFilter, OriginatorKindFilter, export_rows
from .common import (
    CappedCountPaginator,
    ReadOnlyAdmin,
    SafeAutocompleteMixin,
    an_id,
    object_view_url,
    viewable_object,
)

QUOTE_WARNING = (
    "Not verified: the quote, or its figure, was not found in the source's text snapshot. Check the source, "
    "then tick “verify anyway” if the quote is right."
)
CONFLICT_NAME_SHOWN = 28  # characters of a conflict's name in the claim list's column; its title has them all
WHO_SAID_IT = "Who said it, and when"  # the claim's fieldset the chain follows
NOTES = "Rating, revisions and notes"  # folded unless it holds something
CIRCULAR_HELP = (
    "Another report of this quantity comes from the same origin through a different outlet: "
    "repetitions are not confirmations."
)


@admin.register(Claim)
class ClaimAdmin(SafeAutocompleteMixin, admin.ModelAdmin):
    form = ClaimForm
    # What a fact-checker scans, narrow enough for a laptop's width beside the filters.
    list_display = ["figure", "originator", "stated_on", "status", "rating", "reports", "conflict_name"]
    list_display_links = ["figure"]
    list_filter = [
        "status",
        "rating",
        "quote_check",
        "conflict",
        "metric",
        "population",
        ("incident", IncidentOrTollFilter),
        ("originator__kind", OriginatorKindFilter),
        ("stated_on", admin.DateFieldListFilter),
    ]
    # No date_hierarchy and no second, unfiltered count: both scan the whole table on every page.
    paginator = CappedCountPaginator
    show_full_result_count = False
    search_fields = ["phrase", "quote", "originator__name", "chain__source__url", "chain__source__title"]
    autocomplete_fields = ["conflict", "incident", "originator", "sides", "supersedes", "breakdown_of"]
    readonly_fields = [
        "figure_reading",
        "quote_check",
        "origins",
        "revisions",
        "status",
        "created_by",
        "created_at",
        "updated_at",
        "submitted_at",
        "verified_by",
        "published_by",
        "published_at",
        "retraction_reason",
        "corrects",
        "its_parts",
    ]
    inlines = [AttributionHopInline]
    actions = ["submit_selected", "verify_selected", "publish_selected", "export_selected"]
    fieldsets = [
        (
            "The figure",
            {
                "fields": [
                    "phrase",
                    "qualifier",
                    ("low", "best", "high"),
                    "convention",
                    "figure_reading",
                    "loaded_version",
                    "keep_mine",
                ],
                "description": "Copy the figure verbatim. Bounds follow the methodology table: "
                "“as many as 5,000” is at most: high 5,000; “at least 12” is low 12, best 12.",
            },
        ),
        (
            "What is counted",
            {
                "fields": [
                    "conflict",
                    "incident",
                    "metric",
                    "population",
                    "group",
                    "sides",
                    "area",
                    ("period_start", "period_end"),
                    "as_of",
                    "breakdown_of",
                    "its_parts",
                ],
                "description": "An incident's figure names the incident; a cumulative toll leaves it empty and "
                "gives the area and the period, or the date the toll is as of. A part of a breakdown (“18 "
                "children” of “about 70 civilians, including 18 children”) names its total.",
            },
        ),
        (WHO_SAID_IT, {"fields": ["originator", "stated_on", "quote", "quote_check"]}),
        (
            "Provenance",
            {
                "fields": ["origins", "revisions"],
                "description": "How many reports of this quantity there are, and how many independent origins: "
                "outlets relaying one ministry's figure are one origin.",
            },
        ),
        (
            NOTES,
            {
                "fields": [
                    "status",
                    "rating",
                    "supersedes",
                    "corrects",
                    "internal_note",
                    "retraction_reason",
                ],
                # Opened by a click, or by Django when one of its fields has an error.
                "classes": ["collapse"],
            },
        ),
        ("This save", {"fields": ["change_reason"]}),
        (
            "Record",
            {
                "fields": [
                    "created_by",
                    "created_at",
                    "updated_at",
                    "submitted_at",
                    "verified_by",
                    "published_by",
                    "published_at",
                ],
                "classes": ["collapse"],
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_figure_labels().with_newsroom_counts()

    def get_object(self, request, object_id, from_field=None):
        # The claim's page and its review suggest a rating (claims.rating); the list, a page of a million
        # claims, does not pay for what it would read.
        queryset = self.get_queryset(request).with_rating_evidence()
        if request.method == "POST":  # the prefetches serve the page, which a successful save does not show
            queryset = queryset.prefetch_related(None)
        field = Claim._meta.pk if from_field is None else Claim._meta.get_field(from_field)
        try:
            return queryset.get(**{field.name: field.to_python(object_id)})
        except (Claim.DoesNotExist, ValidationError, ValueError):
            return None

    def get_search_results(self, request, queryset, search_term):
        """Search the fields of search_fields through indexed subqueries (ClaimQuerySet.matching_words): the
        admin's own search reads every claim, seconds at a million of them."""
        if not search_term.strip():
            return queryset, False
        return queryset.matching_words(search_term), False

    @admin.display(description="reports / origins")
    def origins(self, claim):
        if claim.pk is None:
            return "—"
        text = f"{claim.reports} report{'s' * (claim.reports != 1)}, {claim.independent_origins} independent origin"
        text += "s" * (claim.independent_origins != 1)
        if claim.circular_reporting:
            return format_html('{} <strong title="{}">⟲ circular</strong>', text, CIRCULAR_HELP)
        return text

    @admin.display(description="reports / origins")
    def reports(self, claim):
        """The provenance counts in a list's narrow column; the claim's page says them in full."""
        text = f"{claim.reports} / {claim.independent_origins}"
        if claim.circular_reporting:
            return format_html('{} <strong title="{}">⟲</strong>', text, CIRCULAR_HELP)
        return text

    @admin.display(description="conflict", ordering="conflict__name")
    def conflict_name(self, claim):
        name = claim.conflict.name
        if len(name) <= CONFLICT_NAME_SHOWN:
            return name
        return format_html('<span title="{}">{}…</span>', name, name[: CONFLICT_NAME_SHOWN - 1].rstrip())

    @admin.display(description="same originator, same quantity")
    def revisions(self, claim):
        """List the origin's other figures for this quantity, and suggest the one this claim may revise."""
        if claim.pk is None or claim.originator_id is None:
            return "—"
        others = claim.other_figures_of_origin()
        compare_url = reverse("admin:claims_conflict_compare", args=[claim.conflict_id])
        lines = [
            format_html(
                '<li><a href="{}">{}</a>, {} ({}){}</li>',
                reverse("admin:claims_claim_change", args=[other.pk]),
                other.figure_text(with_sides=False),
                other.stated_on or "undated",
                other.get_status_display(),
                " ← this claim supersedes it" if other.pk == claim.supersedes_id else "",
            )
            for other in others
        ]
        predecessor = claim.suggested_predecessor(others)
        suggestion = ""
        if predecessor is not None:
            suggestion = format_html(
                '<p class="help">Suggestion: this may revise <a href="{}">#{}</a> ({}, {}). If so, set '
                "<em>Supersedes</em> to it.</p>",
                reverse("admin:claims_claim_change", args=[predecessor.pk]),
                predecessor.pk,
                predecessor.figure_text(with_sides=False),
                predecessor.stated_on,
            )
        listing = (
            format_html("<ul>{}</ul>", format_html_join("", "{}", ((line,) for line in lines)))
            if lines
            else "None recorded."
        )
        if len(others) == FIGURES_SHOWN:
            listing = format_html(
                '{}<p class="help">The {} latest; the comparison shows them all.</p>', listing, FIGURES_SHOWN
            )
        return format_html(
            '{}{}<p><a href="{}">Compare all estimates in this conflict →</a></p>',
            listing,
            suggestion,
            compare_url,
        )

    @admin.display(description="its parts")
    def its_parts(self, claim):
        """List the claims that break this one down, naming it as their total. Queries once."""
        if claim.pk is None:
            return "—"
        parts = list(claim.parts.order_by("pk").only(*PART_FIELDS, "status")[: FIGURES_SHOWN + 1])
        if not parts:
            return "None: no claim names this one as its total."
        lines = format_html_join(
            "",
            '<li><a href="{}">#{}</a> {} ({})</li>',
            (
                (
                    reverse("admin:claims_claim_change", args=[part.pk]),
                    part.pk,
                    ", ".join(
                        [part.figure_text(with_sides=False)]
                        + ([part.get_group_display()] if part.group != Group.ALL else [])
                    ),
                    part.get_status_display(),
                )
                for part in parts[:FIGURES_SHOWN]
            ),
        )
        more = ""
        if len(parts) > FIGURES_SHOWN:
            more = format_html(
                '<p class="help">The first {}: <a href="{}?breakdown_of={}">all of them →</a></p>',
                FIGURES_SHOWN,
                reverse("admin:claims_claim_changelist"),
                claim.pk,
            )
        return format_html("<ul>{}</ul>{}", lines, more)

    def get_fieldsets(self, request, obj=None):
        """Fold the secondary sections, unless they hold something: a note, a predecessor, or what an editor
        typed in a form the server sent back (a refused save shows every field it was sent)."""
        fieldsets = super().get_fieldsets(request, obj)
        if request.method != "POST" and not (obj is not None and (obj.internal_note or obj.supersedes_id)):
            return fieldsets
        return [
            (name, {**options, "classes": [c for c in options.get("classes", []) if c != "collapse"]})
            if name == NOTES
            else (name, options)
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.has_perm(REVIEW_PERMISSION):
            fields.append("rating")
        return fields

    def has_change_permission(self, request, obj=None):
        return is_editable(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False  # claims are retracted or rejected, never deleted

    def has_review_permission(self, request):
        return request.user.has_perm(REVIEW_PERMISSION)

    @admin.display(description="figure", ordering="best")
    def figure(self, claim):
        return claim.figure_text()

    @admin.display(description="reads as")
    def figure_reading(self, claim):
        if claim.pk is None:
            return "—"
        # A form sent back with errors holds the editor's values, which may not read at all ("60–50 killed"):
        # this says what the saved claim reads as.
        return getattr(claim, "saved_reading", None) or claim.figure_text()

    def changelist_view(self, request, extra_context=None):
        if request.method == "POST" and "_selected_action" in request.POST:
            # Django filters the selection by these ids as they come: a forged "abc" would be a 500.
            post = request.POST.copy()
            post.setlist(
                "_selected_action", [pk for pk in post.getlist("_selected_action") if an_id(pk) is not None]
            )
            request.POST = post  # type: ignore[assignment]
        return super().changelist_view(request, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # Django takes "_saveasnew" from any POST, even where "Save as new" is not offered (save_as is off):
        # a copy of a reviewed claim is made with "Correct this claim", which says what it corrects.
        if request.method == "POST" and "_saveasnew" in request.POST and not self.save_as:
            raise PermissionDenied("Saving a claim as a new one is not offered here.")
        return super().changeform_view(request, object_id, form_url, extra_context)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, AttributionHopInline):
            kwargs |= {"claim_form": getattr(request, "claim_form", None), "user": request.user}
        return kwargs

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change, **kwargs)

        class RequestClaimForm(form_class):  # type: ignore[valid-type,misc]
            # The chain's formset validates the claim with its chain: it needs the claim's form.
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                request.claim_form = self

        return RequestClaimForm

    def save_form(self, request, form, change):
        claim = super().save_form(request, form, change)
        if not change and claim.created_by_id is None:
            claim.created_by = request.user
        return claim

    def save_model(self, request, obj, form, change):
        # The claim, its chain and its sides, written together (services.save_claims), as the chain's formset
        # planned them with the form.
        [obj.pk] = services.save_claims([form.write])
        # A save that changed nothing made no version: the claim keeps the one it had.
        obj.version = form.write.values.get("version") or form.write.stored.version
        obj._state.adding = False
        if form.read_from_phrase:
            messages.info(request, "Read from the phrase: " + ", ".join(form.read_from_phrase) + ".")

    def save_related(self, request, form, formsets, change):
        # The chain and sides were written by save_model.
        claim = Claim.objects.select_related("originator").get(pk=form.instance.pk)
        predecessor = claim.suggested_predecessor()
        if predecessor is not None:
            messages.info(
                request,
                format_html(
                    'This may revise <a href="{}">#{}</a> ({}, {}), the same origin\'s earlier figure for the same '
                    "quantity. If so, set <em>Supersedes</em> to it.",
                    reverse("admin:claims_claim_change", args=[predecessor.pk]),
                    predecessor.pk,
                    predecessor.figure_text(with_sides=False),
                    predecessor.stated_on,
                ),
            )

    def construct_change_message(self, request, form, formsets, add=False):
        if add:
            return [{"added": {}}]
        changed = [part_label(name) for name in form.write.changed()]
        return [{"changed": {"fields": changed}}] if changed else []

    def history_view(self, request, object_id, extra_context=None):
        """Every version of the claim: who, when, why, and what changed, side by side with the version before."""
        claim = viewable_object(self, request, object_id)
        versions = claim.versions.select_related("by").order_by("number")
        context = {
            **self.admin_site.each_context(request),
            "title": f"History: {claim}",
            "opts": self.opts,
            "original": claim,
            "object": claim,
            "versions": readable_history(list(versions)),
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/claims/claim/history.html", context)

    def get_urls(self):
        upload = path("import/", self.admin_site.admin_view(self.import_view), name="claims_claim_import")
        return [
            upload,
            object_view_url(self, "review", self.review_view),
            object_view_url(self, "correct", self.correct_view),
            *super().get_urls(),
        ]

    def correct_view(self, request, object_id):
        """Draft a correction of a published claim, to edit and send through review."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        claim = viewable_object(self, request, object_id)
        if not self.has_add_permission(request):
            raise PermissionDenied("Only editors and reviewers can correct a claim.")
        try:
            correction = services.correct_claim(claim, by=request.user, reason=request.POST.get("reason", ""))
        except ReviewError as refusal:
            messages.error(request, str(refusal))
            return redirect("admin:claims_claim_change", claim.pk)
        messages.success(
            request,
            f"Drafted claim #{correction.pk}, a correction of #{claim.pk}: edit it, then submit it for review. "
            f"Publishing it retracts #{claim.pk}.",
        )
        return redirect("admin:claims_claim_change", correction.pk)

    def import_view(self, request):
        """Upload a file of claims, see every problem or what would be created, then confirm: drafts only."""
        if not self.has_add_permission(request):
            raise PermissionDenied("Only editors can import claims.")
        context = {**self.admin_site.each_context(request), "title": "Import claims", "opts": self.opts}
        form = ImportClaimsForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data, name = form.cleaned_data["content"], form.cleaned_data["name"]
            confirmed = "confirm" in request.POST
            try:
                outcome = Importer(by=request.user).run(read_rows(data, name), dry_run=not confirmed)
            except ImportRefused as refusal:
                context |= {"errors": refusal.errors, "name": name}
            else:
                if confirmed:
                    messages.success(
                        request,
                        f"Imported {outcome.created} draft claim(s) from {name}; "
                        f"{outcome.already_present} were already present.",
                    )
                    return redirect("admin:claims_claim_changelist")
                context |= {
                    "outcome": outcome,
                    "preview": outcome.new_rows[:50],
                    "name": name,
                    "encoded": base64.b64encode(data).decode(),
                }
        context["form"] = form
        return TemplateResponse(request, "admin/claims/claim/import.html", context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # The chain follows who said it: figure, what is counted, who said it, then the chain (the template).
        context["chain_after_fieldset"] = [name for name, _ in self.fieldsets].index(WHO_SAID_IT) + 1
        form = context["adminform"].form
        if obj is not None and obj.pk is not None and form.is_bound and form.errors:
            # The instance holds the refused values; the page's title, breadcrumbs and review say what is saved.
            saved = self.get_object(request, obj.pk)
            if saved is not None:
                obj.saved_reading = saved.figure_text()
                context |= {"original": saved, "subtitle": str(saved)}
                obj = saved
        if obj is not None:
            actions = available_transitions(obj, request.user)
            context["review_actions"] = actions
            context["four_eyes_blocked"] = (
                request.user.has_perm(REVIEW_PERMISSION)
                and any(t.four_eyes and t.source == obj.status for t in TRANSITIONS.values())
                and not any(t.four_eyes for t in actions)
            )
            context["review_events"] = obj.review_events.select_related("by")
            context["rating_choices"] = Rating.choices
            # The rating the provenance analysis suggests comes preselected; the reviewer's wins.
            context["suggested_rating"] = suggestion = suggestion_for(obj)
            context["preselected_rating"] = suggestion.rating if suggestion and not obj.rating else ""
            context["can_rate"] = request.user.has_perm(REVIEW_PERMISSION)
            context["can_correct"] = obj.status == Status.PUBLISHED and self.has_add_permission(request)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def review_view(self, request, object_id):
        """Apply one review transition from the claim page's review panel."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        claim = viewable_object(self, request, object_id)
        rule = TRANSITIONS.get(request.POST.get("action", ""))
        version = an_id(request.POST.get("version", ""))
        if rule is None:
            messages.error(request, "Choose a review action.")
        elif rule.reviewers_only and not request.user.has_perm(REVIEW_PERMISSION):
            raise PermissionDenied(f"Only reviewers may {rule.label.lower()} a claim.")
        elif version is None:
            messages.error(
                request, "The review form does not say which version of the claim you read: reload the page."
            )
        elif (
            rule.action == "verify"
            and claim.quote_check == QuoteCheck.NOT_FOUND
            and not request.POST.get("quote_override")
        ):
            messages.warning(request, QUOTE_WARNING)
        else:
            rating = request.POST.get("rating", "")
            if not rule.rates and rating and rating == request.POST.get("rating_suggested"):
                # The suggestion came preselected and the reviewer left it (the page's script clears the flag
                # once the select is touched): it rates a claim verified or published, not one sent back.
                rating = ""
            try:
                transition_claim(
                    claim,
                    rule.action,
                    by=request.user,
                    note=request.POST.get("note", ""),
                    rating=rating,
                    version=version,
                )
            except ReviewError as refusal:
                messages.error(request, str(refusal))
            else:
                messages.success(request, f"{rule.label}: the claim is now {claim.get_status_display()}.")
        return redirect("admin:claims_claim_change", claim.pk)

    def apply_to_selected(self, request, queryset, action: str) -> None:
        """Apply a review action to every selected claim in one write, reporting each refusal."""
        rule = TRANSITIONS[action]
        checks = dict(queryset.order_by().values_list("pk", "quote_check"))
        refused = {}
        if action == "verify":
            refused = {
                pk: "its quote was not found in the source; verify it from its page."
                for pk, check in checks.items()
                if check == QuoteCheck.NOT_FOUND
            }
        try:
            done, others = transition_claims(
                [pk for pk in checks if pk not in refused], action, by=request.user
            )
        except ReviewError as refusal:
            messages.error(request, str(refusal))
            return
        refused |= others
        if done:
            messages.success(request, f"{rule.label}: {len(done)} claim(s) done.")
        named = Claim.objects.filter(pk__in=list(refused)).select_related("originator").in_bulk()
        for pk, reason in refused.items():
            messages.error(request, f"{rule.label} refused for “{named.get(pk, f'#{pk}')}”: {reason}")

    @admin.action(description="Export selected claims to CSV")
    def export_selected(self, request, queryset):
        """Stream the selection as CSV, a page of rows at a time, whatever its size."""
        claims = (
            queryset.with_partner_annotations()
            .select_related("conflict", "originator__root", "created_by")
            .prefetch_related("sides")
            .with_chain()
        )
        response = StreamingHttpResponse(
            export_rows(claims.iterator(chunk_size=2000), request), content_type="text/csv"
        )
        response["Content-Disposition"] = 'attachment; filename="claims.csv"'
        return response

    @admin.action(description="Submit selected claims for review")
    def submit_selected(self, request, queryset):
        self.apply_to_selected(request, queryset, "submit")

    @admin.action(description="Verify selected claims", permissions=["review"])
    def verify_selected(self, request, queryset):
        self.apply_to_selected(request, queryset, "verify")

    @admin.action(description="Publish selected claims", permissions=["review"])
    def publish_selected(self, request, queryset):
        self.apply_to_selected(request, queryset, "publish")


@admin.register(ReviewEvent)
class ReviewEventAdmin(ReadOnlyAdmin):
    """The review log of every claim: read-only, append-only."""

    list_display = ["at", "claim", "from_status", "to_status", "by", "note"]
    list_filter = ["to_status"]
    list_select_related = ["claim", "claim__originator", "by"]
    search_fields = ["note", "claim__phrase"]
    date_hierarchy = "at"
