"""The claim's attribution chain: its rows validated with the claim as one aggregate, the inline that edits
them, and the read-only list of every hop."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet

from .. import services
from ..history import Labels, part_label
from ..models import (
    Actor,
    AttributionHop,
    Claim,
    Source,
    Status,
)
from ..services import (
    EditConflict,
    Hop,
)
from .common import (
    InstanceAutocompleteMixin,
    ReadOnlyAdmin,
    ReferencesCheckedByTheForm,
    an_id,
    look_first_among,
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


@admin.register(AttributionHop)
class AttributionHopAdmin(ReadOnlyAdmin):
    """Every hop of every chain, to find where an actor relayed or a source carried figures. Read-only: a hop
    changes only with its claim, on the claim's page."""

    list_display = ["claim", "position", "actor", "relation", "source", "date"]
    list_filter = ["relation", "actor__kind"]
    list_select_related = ["claim", "claim__originator", "actor", "source"]
    search_fields = ["actor__name", "source__url", "source__title", "words"]
