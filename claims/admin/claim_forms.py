"""The claim's form, which reads the figure from its phrase, and the claim list's filters, import and export."""

import base64
import csv
import io

from django import forms
from django.conf import settings
from django.contrib import admin

from ..api.renderers import CSV_COLUMNS, flat_claim
from ..api.serializers import ClaimSerializer
from ..models import (
    BOUNDS,
    Claim,
    Convention,
    Group,
    Population,
    Qualifier,
    Status,
    implausible_bounds,
)
from ..parsing import ParseError, parse_figure
from ..services.aggregate import frozen_message, lock_claims
from ..services.writing import latest_stored
from ..spreadsheets import spreadsheet_safe
from .common import (
    ReferencesCheckedByTheForm,
    look_first_among,
)

INCIDENT_HELP = (
    "The event the figure is about: a shelling, a strike. Type part of its name or place to find it; it must "
    "belong to the claim's conflict. Leave it empty for a cumulative toll over an area and a period."
)


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
        self.tell_the_limit(cleaned)
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

    def tell_the_limit(self, cleaned: dict) -> None:
        """Say the limit of the claim's metric to a bound past the database's largest number, which the field
        refused before the metric was known."""
        for name in BOUNDS:
            errors = self.errors.get(name)
            if errors is None or not any(error.code == "max_value" for error in errors.as_data()):
                continue
            value = self.fields[name].to_python(self.data.get(self.add_prefix(name)))
            implausible = implausible_bounds(cleaned.get("metric") or "", {name: value})
            if implausible:
                self.errors[name] = self.error_class(list(implausible.values()), renderer=self.renderer)

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
