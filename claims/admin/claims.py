"""Claims: the form validated with its chain as one aggregate, review, import and export; the review queue, the
review log and the chain's hops."""

import base64
import csv
import io

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseNotAllowed, StreamingHttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from .. import services
from ..api.renderers import CSV_COLUMNS, flat_claim
from ..api.serializers import ClaimSerializer
from ..history import Labels, part_label, readable_history
from ..importing import Importer, ImportRefused, read_rows
from ..models import (
    BOUNDS,
    FIGURES_SHOWN,
    PART_FIELDS,
    Actor,
    AttributionHop,
    Claim,
    Convention,
    Group,
    Population,
    Qualifier,
    QuoteCheck,
    Rating,
    ReviewEvent,
    Source,
    Status,
    implausible_bounds,
)
from ..parsing import ParseError, parse_figure
from ..rating import suggestion_for
from ..services import (
    REVIEW_PERMISSION,
    TRANSITIONS,
    EditConflict,
    Hop,
    ReviewError,
    available_transitions,
    transition_claim,
    transition_claims,
)
from ..services.aggregate import frozen_message, lock_claims
from ..services.writing import latest_stored
from ..spreadsheets import spreadsheet_safe
from .common import (
    CappedCountPaginator,
    InstanceAutocompleteMixin,
    ReadOnlyAdmin,
    ReferencesCheckedByTheForm,
    SafeAutocompleteMixin,
    an_id,
    look_first_among,
    object_view_url,
    viewable_object,
)

QUOTE_WARNING = (
    "Not verified: the quote, or its figure, was not found in the source's text snapshot. Check the source, "
    "then tick “verify anyway” if the quote is right."
)
INCIDENT_HELP = (
    "The event the figure is about: a shelling, a strike. Type part of its name or place to find it; it must "
    "belong to the claim's conflict. Leave it empty for a cumulative toll over an area and a period."
)
CONFLICT_NAME_SHOWN = 28  # characters of a conflict's name in the claim list's column; its title has them all
WHO_SAID_IT = "Who said it, and when"  # the claim's fieldset the chain follows
NOTES = "Rating, revisions and notes"  # folded unless it holds something
# The review actions that a preselected, suggested rating applies to (claims.rating).
RATING_ACTIONS = frozenset({"verify", "publish"})
CIRCULAR_HELP = (
    "Another report of this quantity comes from the same origin through a different outlet: "
    "repetitions are not confirmations."
)


def is_editable(claim: Claim | None) -> bool:
    """Verified, published, rejected and retracted claims are the record: a published figure changes only by
    retraction, or by a correction that goes through review again."""
    return claim is None or Status(claim.status).is_editable


class HopForm(ReferencesCheckedByTheForm, forms.ModelForm):
    class Meta:
        model = AttributionHop
        fields = "__all__"  # noqa: DJ007 - the inline narrows this to its fields


class ChainFormSet(BaseInlineFormSet):
    """The chain, validated with its claim as one aggregate (services.plan_edit): the positions, hop 0's
    actor against the originator, and an edit made from an older version merged with the saves since."""

    def __init__(self, *args, claim_form=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.claim_form, self.user = claim_form, user

    def full_clean(self):
        if self.is_bound:
            self.preload()
        super().full_clean()

    def preload(self) -> None:
        """Load the hops, actors and sources the posted chain names, one query each, for its rows to use."""
        hops = {hop.pk: hop for hop in self.get_queryset()}
        wanted: dict[str, set[int]] = {"actor": set(), "source": set()}
        for form in self.forms:
            for name, ids in wanted.items():
                number = an_id(form[name].data) if name in form.fields else None
                if number is not None:
                    ids.add(number)
        actors = Actor.objects.in_bulk(wanted["actor"]) if wanted["actor"] else {}
        sources = Source.objects.in_bulk(wanted["source"]) if wanted["source"] else {}
        for form in self.forms:
            for name, known in (("actor", actors), ("source", sources)):
                if name in form.fields:
                    look_first_among(form.fields[name], known)
            # A hop that another save replaced since this form was loaded (a chain is written whole, its rows
            # anew) is a row like any other: the chain is read from the rows, and merged as one part.
            if "id" in form.fields:
                look_first_among(form.fields["id"], hops, unknown_is_new=True)
                form.fields["id"].required = False  # Django requires it of the rows the page was drawn with

    def validate_unique(self):
        """Outline each row whose position another row has, and say so above the chain (Django's own check
        says only "Please correct the duplicate values below")."""
        rows: dict[int, list] = {}
        for hop_form in self.forms:
            position = (getattr(hop_form, "cleaned_data", None) or {}).get("position")
            if position is not None and not self._should_delete_form(hop_form):
                rows.setdefault(position, []).append(hop_form)
        twice = sorted(position for position, forms in rows.items() if len(forms) > 1)
        for position in twice:
            for hop_form in rows[position]:
                hop_form.add_error(
                    "position", f"Another hop is numbered {position} too: each hop has its own position."
                )
        if twice:
            raise ValidationError(
                f"Two hops have the same position ({', '.join(map(str, twice))}): number the hops 0, 1, 2… in "
                "the chain's order, or move them with the arrows."
            )
        super().validate_unique()

    def clean(self):
        super().clean()
        form = self.claim_form
        if any(self.errors) or form is None or not form.is_valid():
            return
        hops = sorted(
            (f for f in self.forms if f.cleaned_data and not self._should_delete_form(f)),
            key=lambda f: f.cleaned_data["position"],
        )
        gaps = False
        for expected, hop_form in enumerate(hops):
            if hop_form.cleaned_data["position"] != expected:
                hop_form.add_error(
                    "position", f"Number the hops 0, 1, 2… without gaps: this one should be {expected}."
                )
                gaps = True
        if gaps:
            raise ValidationError("The chain's positions must run from 0 without gaps.")
        chain = [
            Hop(
                f.cleaned_data["actor"].pk,
                f.cleaned_data["relation"],
                f.cleaned_data["source"].pk if f.cleaned_data.get("source") else None,
                f.cleaned_data.get("date"),
                f.cleaned_data.get("words", ""),
            )
            for f in hops
        ]
        sides = [actor.pk for actor in form.cleaned_data.get("sides") or []]
        try:
            form.write = services.plan_edit(
                self.instance,
                chain=chain,
                sides=sides,
                by_id=self.user.pk if self.user else None,
                reason=form.cleaned_data.get("change_reason", ""),
                base_version=form.cleaned_data.get("loaded_version"),
                keep_mine=form.kept_parts(),
                current=form.locked,
                stored=form.stored,
                total=form.locked_total,
            )
        except EditConflict as conflict:
            labels = Labels([conflict_record(conflict)])

            def shown(name, value) -> str:
                return "(empty)" if value in (None, "", []) else f"“{labels.shown(name, value)}”"

            # Saving this form again keeps the editor's values of these parts, as they have now seen the others.
            form.data = form.data.copy()
            form.data[form.add_prefix("keep_mine")] = (
                f"{conflict.stored_version}:{','.join(conflict.conflicts)}"
            )
            form.add_error(None, conflict.summary())
            self.report(conflict.messages_by_part(shown))
        except ValidationError as error:
            self.report(
                error.message_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: error.messages}
            )

    def report(self, problems: dict[str, list[str]]) -> None:
        """Put each problem on the claim form's field it is about, or above the chain; refuse the save."""
        form, chain = self.claim_form, []
        for name, errors in problems.items():
            if name == "chain":
                chain += errors
            elif name in form.fields:
                form.add_error(name, errors)
            elif name == NON_FIELD_ERRORS:
                form.add_error(None, errors)
            else:
                form.add_error(None, [f"{part_label(name)}: {error}" for error in errors])
        raise ValidationError(chain or ["Nothing was saved: correct the errors above."])


def conflict_record(conflict: EditConflict) -> dict:
    """Return a record holding both sides' values of a conflict, for Labels to name what they refer to."""
    record: dict = {"chain": [], "sides": []}
    for name, values in conflict.conflicts.items():
        for value in values:
            if name in ("chain", "sides"):
                record[name] = [*record[name], *value]
            else:
                record[name] = value
    return record


class AttributionHopInline(InstanceAutocompleteMixin, admin.TabularInline):
    model = AttributionHop
    form = HopForm
    formset = ChainFormSet
    fields = ["position", "actor", "relation", "source", "date", "words"]
    autocomplete_fields = ["actor", "source"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 40})}}
    ordering = ["position"]
    extra = 1
    verbose_name = "hop"
    verbose_name_plural = (
        "Attribution chain (hop 0: the originator's statement; last hop: the source you read)"
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor", "source")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and isinstance(formfield.widget, RelatedFieldWidgetWrapper):
            # A row of the chain has room for one button at a laptop's width: "+" makes an actor or a source
            # that is not recorded yet; the others' pages are a click away from the claim's list.
            formfield.widget.can_change_related = formfield.widget.can_view_related = False
        return formfield

    # The chain is part of the claim: it is edited while the claim is, and frozen with it.
    def has_add_permission(self, request, obj=None):
        return is_editable(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return is_editable(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return is_editable(obj) and super().has_delete_permission(request, obj)


class ImportClaimsForm(forms.Form):
    """A file to import: uploaded, or carried back (base64) from the preview to be confirmed."""

    file = forms.FileField(
        required=False, help_text="JSON Lines (.jsonl) or CSV (.csv), UTF-8; see docs/importing.md."
    )
    encoded = forms.CharField(required=False, widget=forms.HiddenInput)
    name = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        limit = settings.ADMIN_IMPORT_MAX_BYTES
        if upload is not None:
            if upload.size > limit:
                raise forms.ValidationError(
                    f"The file is {upload.size:,} bytes; the admin takes up to {limit:,}. "
                    "Use `manage.py import_claims` for larger files."
                )
            if not upload.name.lower().endswith((".jsonl", ".csv")):
                raise forms.ValidationError("Upload a .jsonl or .csv file.")
            cleaned["content"], cleaned["name"] = upload.read(), upload.name
        elif cleaned.get("encoded"):
            try:
                cleaned["content"] = base64.b64decode(cleaned["encoded"], validate=True)
            except ValueError:
                raise forms.ValidationError(
                    "The confirmed file was damaged in transit: upload it again."
                ) from None
            if len(cleaned["content"]) > limit:
                raise forms.ValidationError("The confirmed file is too large: upload it again.")
        else:
            raise forms.ValidationError("Choose a file to import.")
        return cleaned


# The partners' CSV columns (claims/api/renderers.py), then what only the newsroom sees: one definition of a
# claim's columns, the API's, for claims in any status.
EXPORT_COLUMNS = [*CSV_COLUMNS, "quote_check", "internal_note", "created_by"]


def export_rows(claims, request=None):
    """Yield the CSV text of the claims (Claim.objects.with_partner_annotations(), their conflict, originator
    and its root, author, sides and chain loaded), a line at a time, for editors: each claim's partner JSON
    (ClaimSerializer) flattened as the API's CSV flattens it, and the internal fields."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(values) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([spreadsheet_safe(v) for v in values])
        return buffer.getvalue()

    yield line(EXPORT_COLUMNS)
    for claim in claims:
        flat = flat_claim(ClaimSerializer(claim, context={"request": request}).data)
        flat |= {
            "quote_check": claim.quote_check,
            "internal_note": claim.internal_note,
            "created_by": claim.created_by.username if claim.created_by else "",
        }
        yield line([flat.get(column) for column in EXPORT_COLUMNS])


class IncidentOrTollFilter(admin.EmptyFieldListFilter):
    """About an incident, or a cumulative toll: whether the incident is set (no list of every incident)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = "incident or toll"

    def choices(self, changelist):
        # Django's choices come as all, empty, not empty.
        for choice, label in zip(
            super().choices(changelist), ("All", "Cumulative tolls", "About an incident"), strict=True
        ):
            yield {**choice, "display": label}


class OriginatorKindFilter(admin.ChoicesFieldListFilter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = "originator kind"


class ClaimForm(ReferencesCheckedByTheForm, forms.ModelForm):
    """The claim form. Its chain is validated with it, as one aggregate (ChainFormSet); a save made from an
    older version of the claim than the one stored is merged with the saves since."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # After a refused stale save: "<stored version>:<part>,<part>", the parts whose other value the editor
    # has seen, and keeps theirs of by saving again.
    keep_mine = forms.CharField(widget=forms.HiddenInput, required=False, max_length=500)
    change_reason = forms.CharField(
        required=False,
        max_length=500,
        label="Why this change",
        help_text="Recorded with this version in the claim's history, for the reviewer.",
    )

    class Meta:
        model = Claim
        fields = "__all__"  # noqa: DJ007 - the admin narrows this to its fieldsets

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["loaded_version"].initial = self.instance.version
        if self.is_bound and self.instance.pk is not None:
            # The claim's own conflict and originator are loaded with it: a save that keeps them looks them up
            # no more.
            for name in ("conflict", "originator"):
                related = getattr(self.instance, name) if getattr(self.instance, f"{name}_id") else None
                if name in self.fields and related is not None:
                    look_first_among(self.fields[name], {related.pk: related})
        self.read_from_phrase: list[str] = []  # what the save filled in, for the admin to report
        self.locked = self.stored = self.write = (
            None  # the stored claim, locked; its state; the planned write
        )
        self.locked_total: Claim | None = None  # the total it breaks down, locked with it
        # Both can come from the phrase; the model still requires them once the phrase has been read.
        for name in ("qualifier", "metric"):
            if name in self.fields:
                self.fields[name].required = False
                self.fields[name].help_text += " Leave empty to read it from the phrase."
        for name in BOUNDS:
            if name in self.fields:
                # Past the database's largest integer: say what the tracker accepts, not 9223372036854775807.
                for attribute in ("min", "max"):
                    self.fields[name].widget.attrs.pop(attribute, None)
                self.fields[name].error_messages["max_value"] = (
                    f"No count is that large: this tracker accepts figures up to "
                    f"{max(settings.PLAUSIBILITY_LIMITS.values()):,}. Check the number for a typo."
                )
        for name in ("quote", "internal_note"):
            if name in self.fields:
                self.fields[name].widget.attrs["rows"] = (
                    3  # a sentence or two: the page stays short on a laptop
                )
        if "incident" in self.fields:
            self.fields["incident"].help_text = INCIDENT_HELP
        if "group" in self.fields:
            # Forms and scripts written before claims had a group send none: they mean everyone.
            self.fields["group"].required = False

    def clean_group(self):
        return self.cleaned_data.get("group") or Group.ALL

    def clean(self):
        cleaned = super().clean()
        self.read_figure(cleaned)
        if self.instance.pk is None:
            return cleaned
        if cleaned.get("loaded_version") is None:
            # Without it a save could not tell what another editor changed meanwhile, and would revert it.
            raise forms.ValidationError(
                "This form does not say which version of the claim it was loaded from: reload the page."
            )
        # The admin runs this view in a transaction: the row lock holds until the write, so nobody can slip
        # in between the merge and the save (SQLite's IMMEDIATE transaction serialises writers the same way).
        # The total it breaks down is locked with it, in id order: the breakdown's rules read both.
        total = cleaned.get("breakdown_of")
        locked = lock_claims([self.instance.pk, *([total.pk] if total is not None else [])])
        self.locked = locked.get(self.instance.pk)
        if total is not None:
            # The model's validation, which follows, compares the claim with the total as locked.
            self.locked_total = cleaned["breakdown_of"] = locked.get(total.pk, total)
        if self.locked is None:
            raise forms.ValidationError("This claim no longer exists.")
        if not Status(self.locked.status).is_editable:
            raise forms.ValidationError(frozen_message(self.locked))
        self.stored = latest_stored([self.locked])[self.locked.pk]
        return cleaned

    def kept_parts(self) -> tuple[int, set[str]] | None:
        """Return (version, parts) from keep_mine: the parts the editor chose to keep at that version."""
        version, _, parts = (self.cleaned_data.get("keep_mine") or "").partition(":")
        if not version.isdigit():
            return None
        return int(version), {part for part in parts.split(",") if part}

    def read_figure(self, cleaned: dict) -> None:
        """Fill the qualifier, bounds and what is counted from the phrase when the editor left the bounds empty.

        Never overrides what the editor chose: a qualifier that disagrees with the reading is an error.
        """
        phrase, chosen = cleaned.get("phrase"), cleaned.get("qualifier")
        if not phrase or "qualifier" not in self.fields or chosen == Qualifier.UNQUANTIFIED:
            return
        if any(cleaned.get(bound) is not None for bound in BOUNDS):
            return
        convention = cleaned.get("convention") or Convention.CONSERVATIVE
        try:
            figure = parse_figure(phrase, convention=convention)
        except ParseError as error:
            self.add_error("phrase", f"{error} Fill in the qualifier and bounds yourself.")
            return
        metric = cleaned.get("metric") or figure.metric or ""
        if implausible := implausible_bounds(metric, {bound: getattr(figure, bound) for bound in BOUNDS}):
            self.add_error("phrase", f"The phrase reads as {next(iter(implausible.values()))}")
            return
        if chosen and chosen != figure.qualifier:
            self.add_error(
                "qualifier",
                f"The phrase reads as “{Qualifier(figure.qualifier).label}”, not “{Qualifier(chosen).label}”: "
                "change the qualifier, or fill in the bounds yourself.",
            )
            return
        cleaned.update(qualifier=figure.qualifier, low=figure.low, best=figure.best, high=figure.high)
        cleaned["convention"] = convention
        self.read_from_phrase.append(f"qualifier {Qualifier(figure.qualifier).label}")
        self.read_from_phrase += [f"{b} {cleaned[b]:,}" for b in BOUNDS if cleaned[b] is not None]
        if not cleaned.get("metric") and figure.metric:
            cleaned["metric"] = figure.metric
            self.read_from_phrase.append(f"metric {figure.metric}")
        if cleaned.get("population") == Population.ALL and figure.population != Population.ALL:
            cleaned["population"] = figure.population
            self.read_from_phrase.append(f"population {Population(figure.population).label}")


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
        return super().get_queryset(request).with_figure_labels().with_newsroom_counts().with_quantity_grade()

    def get_object(self, request, object_id, from_field=None):
        queryset = self.get_queryset(request)
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
            saved = self.get_queryset(request).filter(pk=obj.pk).first()
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
            # Issue 19: the rating the provenance analysis suggests comes preselected; the reviewer's wins.
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
            suggestion = suggestion_for(claim)
            if (
                rule.action not in RATING_ACTIONS
                and not claim.rating
                and suggestion
                and rating == suggestion.rating
            ):
                # The suggestion came preselected (the claim has no rating): it rates the claim when the reviewer
                # verifies or publishes, not when they send it back or reject it without touching the select.
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


@admin.register(AttributionHop)
class AttributionHopAdmin(ReadOnlyAdmin):
    """Every hop of every chain, to find where an actor relayed or a source carried figures. Read-only: a hop
    changes only with its claim, on the claim's page."""

    list_display = ["claim", "position", "actor", "relation", "source", "date"]
    list_filter = ["relation", "actor__kind"]
    list_select_related = ["claim", "claim__originator", "actor", "source"]
    search_fields = ["actor__name", "source__url", "source__title", "words"]
