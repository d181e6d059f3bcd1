from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.db import models
from django.db.models import Count

from .models import Actor, AttributionHop, Claim, Conflict, Source


class InstanceAutocompleteSelect(AutocompleteSelect):
    """An autocomplete select that labels its chosen option from the form's instance, not with a query.

    Django's widget looks the selected object up once per widget; in an inline of n rows that is a query
    per row and per field. The form hands the widget the related object it already loaded.
    """

    selected_object = None

    def optgroups(self, name, value, attr=None):
        chosen = self.selected_object
        if chosen is None or [str(v) for v in value if v not in ("", None)] != [str(chosen.pk)]:
            return super().optgroups(name, value, attr)
        options = []
        if not self.is_required:
            options.append(self.create_option(name, "", "", False, 0))
        label = self.choices.field.label_from_instance(chosen)
        options.append(self.create_option(name, chosen.pk, label, True, len(options)))
        return [(None, options, 0)]


class InstanceAutocompleteMixin:
    """Give autocomplete widgets the related objects the inline's queryset already selected."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = InstanceAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        autocomplete = self.get_autocomplete_fields(request)

        class Form(formset.form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                for name in autocomplete:
                    field = self.fields.get(name)
                    widget = getattr(field.widget, "widget", field.widget) if field else None
                    related_id = getattr(self.instance, f"{name}_id", None)
                    if isinstance(widget, InstanceAutocompleteSelect) and related_id is not None:
                        # Read through the relation the inline's select_related() already filled.
                        widget.selected_object = getattr(self.instance, name)

        formset.form = Form
        return formset


class AttributionHopInline(InstanceAutocompleteMixin, admin.TabularInline):
    model = AttributionHop
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


class OriginatorKindFilter(admin.ChoicesFieldListFilter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = "originator kind"


@admin.register(Conflict)
class ConflictAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "started_on", "ended_on", "claim_count"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("claims"))

    @admin.display(description="claims", ordering="claim_count")
    def claim_count(self, conflict):
        return conflict.claim_count


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "acts_on_behalf_of"]
    list_filter = ["kind", "party_to"]
    list_select_related = ["acts_on_behalf_of"]
    search_fields = ["name", "aliases"]
    autocomplete_fields = ["acts_on_behalf_of", "party_to"]
    fields = ["name", "kind", "aliases", "acts_on_behalf_of", "party_to", "description"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "published_on", "language", "url"]
    list_filter = ["language", "publisher__kind"]
    list_select_related = ["publisher"]
    search_fields = ["title", "url", "publisher__name"]
    autocomplete_fields = ["publisher"]
    date_hierarchy = "published_on"
    readonly_fields = ["text_sha256"]
    # An address typed without a scheme is read as https, as browsers do.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["url", "title", "publisher", "published_on", "language"]}),
        ("Capture", {"fields": ["retrieved_at", "archive_url", "text", "text_sha256"]}),
    ]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["figure", "originator", "stated_on", "status", "rating", "conflict"]
    list_display_links = ["figure"]
    list_filter = [
        "status",
        "rating",
        "conflict",
        "metric",
        "population",
        ("originator__kind", OriginatorKindFilter),
    ]
    list_select_related = ["conflict", "originator"]
    search_fields = ["phrase", "quote", "originator__name", "chain__source__url", "chain__source__title"]
    autocomplete_fields = ["conflict", "originator", "sides", "supersedes"]
    readonly_fields = ["figure_reading", "created_by", "created_at", "updated_at", "published_at"]
    date_hierarchy = "stated_on"
    inlines = [AttributionHopInline]
    fieldsets = [
        (
            "The figure",
            {
                "fields": ["phrase", "qualifier", ("low", "best", "high"), "convention", "figure_reading"],
                "description": "Copy the figure verbatim. Bounds follow the methodology table: "
                "“as many as 5,000” is at most: high 5,000; “at least 12” is low 12, best 12.",
            },
        ),
        (
            "What is counted",
            {
                "fields": [
                    "conflict",
                    "metric",
                    "population",
                    "sides",
                    "area",
                    ("period_start", "period_end"),
                    "as_of",
                ]
            },
        ),
        ("Who said it, and when", {"fields": ["originator", "stated_on", "quote"]}),
        ("Review", {"fields": ["status", "rating", "supersedes", "internal_note"]}),
        (
            "Record",
            {"fields": ["created_by", "created_at", "updated_at", "published_at"], "classes": ["collapse"]},
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_figure_labels()

    @admin.display(description="figure", ordering="best")
    def figure(self, claim):
        return claim.figure_text()

    @admin.display(description="reads as")
    def figure_reading(self, claim):
        return claim.figure_text() if claim.pk else "—"

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(AttributionHop)
class AttributionHopAdmin(admin.ModelAdmin):
    """Every hop of every chain, to find where an actor relayed or a source carried figures."""

    list_display = ["claim", "position", "actor", "relation", "source", "date"]
    list_filter = ["relation", "actor__kind"]
    list_select_related = ["claim", "claim__originator", "actor", "source"]
    search_fields = ["actor__name", "source__url", "source__title", "words"]
    autocomplete_fields = ["claim", "actor", "source"]
