"""Sources, and the extraction of claims from their text."""

import datetime as dt
import re
from typing import cast

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from .. import services
from ..models import (
    Actor,
    CaptureState,
    Claim,
    Conflict,
    Group,
    Incident,
    Metric,
    Population,
    Qualifier,
    Source,
)
from ..parsing import (
    ATTRIBUTION_CONFIDENCE,
    ATTRIBUTION_EXPLAINED,
    LANGUAGE_NAMES,
    detect_language,
    extract_figures,
    reading_language,
    writes_its_script,
)
from ..services import (
    create_draft_claims,
)
from .captures import CaptureViews
from .common import (
    HistoryAdmin,
    object_view_url,
    viewable_object,
)


class ExtractClaimsForm(forms.Form):
    """Tick the figures of a source's text that should become draft claims."""

    conflict = forms.ModelChoiceField(
        queryset=Conflict.objects.all(), help_text="The conflict these figures are about."
    )
    incident = forms.ModelChoiceField(
        queryset=Incident.objects.none(),
        required=False,
        help_text="The event these figures are about, if one; empty for cumulative tolls. The conflict's incidents "
        "of the weeks before publication are offered (choose the conflict and reload to see another's); one is "
        "proposed when it ended in the week before and the text names its place.",
    )
    text_sha256 = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, candidates, source, *args, shown: range | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.candidates, self.source = candidates, source
        # The figures this page lists (a long text's are listed a page at a time): only they can be ticked.
        self.shown = range(len(candidates)) if shown is None else shown
        self.fields["text_sha256"].initial = source.text_sha256
        conflict = self.data.get("conflict") if self.is_bound else None
        # A conflict id as a database can hold it; anything else ("²", thirty nines) offers no incidents and is
        # refused by the conflict field itself.
        written = str(conflict or "")
        self.offer_incidents(int(written) if re.fullmatch(r"[0-9]{1,18}", written) else None)
        for index in self.shown:
            self.fields[f"pick_{index}"] = forms.BooleanField(required=False)
            self.fields[f"metric_{index}"] = forms.ChoiceField(
                choices=[("", "—"), *Metric.choices], required=False, initial=candidates[index].figure.metric
            )

    def offer_incidents(self, conflict_id: int | None) -> None:
        """Offer the incidents of this conflict that an article may report: those of the weeks before it,
        the latest first, as many as extraction looks among to propose one (a bounded list, however many)."""
        if conflict_id is None:  # no conflict chosen yet: nothing to offer
            cast(forms.ModelChoiceField, self.fields["incident"]).queryset = Incident.objects.none()
            return
        near = Incident.objects.filter(conflict_id=conflict_id).order_by("-started_on", "-pk")
        if self.source.published_on is not None:
            near = near.filter(
                started_on__lte=self.source.published_on,
                started_on__gte=self.source.published_on - services.REPORTED_WITHIN - dt.timedelta(days=31),
            )
        shown = list(near.values_list("pk", flat=True)[: services.INCIDENTS_CONSIDERED])
        cast(forms.ModelChoiceField, self.fields["incident"]).queryset = Incident.objects.filter(
            pk__in=shown
        ).order_by("-started_on", "-pk")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("text_sha256") and cleaned["text_sha256"] != self.source.text_sha256:
            raise forms.ValidationError("The source's text changed since this page was loaded: reload it.")
        incident, conflict = cleaned.get("incident"), cleaned.get("conflict")
        if incident is not None and conflict is not None and incident.conflict_id != conflict.pk:
            self.add_error(
                "incident", "This incident belongs to another conflict: choose one of this conflict's."
            )
        if not self.picked():
            raise forms.ValidationError("Tick at least one figure.")
        for index in self.picked():
            if not cleaned.get(f"metric_{index}"):
                self.add_error(f"metric_{index}", "Choose what this figure counts.")
        return cleaned

    def picked(self) -> list[int]:
        return [i for i in self.shown if self.cleaned_data.get(f"pick_{i}")]

    def readings(self) -> list[tuple]:
        return [(self.candidates[i], self.cleaned_data[f"metric_{i}"]) for i in self.picked()]


def reading_language_of(source) -> str:
    """Return the language to read a source's text in: its own when the reader reads it and the text is written
    in its script, else the one its text is written in (English when that cannot be told). ("uk" is Ukrainian: a
    British text marked so is read in English.)"""
    code = (source.language or "").strip().lower().split("-")[0]
    if code in LANGUAGE_NAMES and writes_its_script(code, source.text):
        return code
    return reading_language(source.text)


def reading_text(figure) -> str:
    """Return a parsed figure as the claim list would show it: "≤ 5,000, civilians"."""
    bounds = Claim(qualifier=figure.qualifier, low=figure.low, best=figure.best, high=figure.high)
    parts = [f"{bounds.number_text()} ({Qualifier(figure.qualifier).label})"]
    if figure.population != Population.ALL:
        parts.append(Population(figure.population).label)
    if figure.group != Group.ALL:
        parts.append(Group(figure.group).label)
    return ", ".join(parts)


def candidate_text(candidate, candidates) -> str:
    """Return a candidate's reading with what the sentence adds: the total it is part of, the day it is as of,
    the period it counts over and where."""
    text = reading_text(candidate.figure)
    if candidate.part_of is not None:
        text += f"; part of “{candidates[candidate.part_of].phrase}”"
    if candidate.as_of:
        text += f"; as of {candidate.as_of.isoformat()}"
    if candidate.period_start:
        end = candidate.period_end.isoformat() if candidate.period_end else "…"
        text += f"; period {candidate.period_start.isoformat()} to {end}"
    if candidate.area:
        text += f"; area “{candidate.area}”"
    return text


def credit_text(candidate) -> str:
    """Return how the candidate's originator was found and how far to trust it ("confidence low: ...")."""
    if not candidate.originator or candidate.attribution not in ATTRIBUTION_CONFIDENCE:
        return ""
    how = candidate.attribution
    return f"confidence {ATTRIBUTION_CONFIDENCE[how]}: {ATTRIBUTION_EXPLAINED[how]}"


def highlighted(candidate) -> str:
    """Return the candidate's sentence as HTML with its phrase marked."""
    at = candidate.sentence.find(candidate.phrase)
    if at < 0:
        return format_html("{} <mark>{}</mark>", candidate.sentence, candidate.phrase)
    end = at + len(candidate.phrase)
    return format_html(
        "{}<mark>{}</mark>{}", candidate.sentence[:at], candidate.phrase, candidate.sentence[end:]
    )


@admin.register(Source)
class SourceAdmin(CaptureViews, HistoryAdmin):
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
        (
            "Capture",
            {"fields": ["retrieved_at", "recapture_every_days", "archive_url", "text", "text_sha256"]},
        ),
    ]
    actions = ["extract_claims"]

    def get_urls(self):
        return [
            object_view_url(self, "extract", self.extract_view),
            *self.capture_urls(),
            *super().get_urls(),
        ]

    def get_search_results(self, request, queryset, search_term):
        """Find sources by title, address or publisher as typed, and by the words of their text (full-text on
        PostgreSQL, through its index; a substring on SQLite)."""
        found, duplicates = super().get_search_results(request, queryset, search_term)
        if search_term.strip():
            found = found | queryset.filter(pk__in=Source.objects.text_matching(search_term).values("pk"))
        return found, duplicates

    def save_model(self, request, obj, form, change):
        if (
            change
            and "text" in form.changed_data
            and "language" not in form.changed_data
            and form.initial.get("language")
            and form.initial.get("language") == detect_language(form.initial.get("text") or "")
        ):
            # The language was the old text's, as detected: it follows the new text (save_source detects it
            # again). One the editor chose for a text it was not detected in stays.
            obj.language = ""
        services.save_source(obj)  # checks the quotes read in it again; partners receive fresh copies

    @admin.action(description="Extract claims from the selected source's text")
    def extract_claims(self, request, queryset):
        if queryset.count() != 1:
            messages.error(request, "Select exactly one source to extract claims from.")
            return None
        return redirect("admin:claims_source_extract", queryset.get().pk)

    def extract_view(self, request, object_id):
        """List the figures found in the source's text; create draft claims from the ticked ones."""
        source = viewable_object(self, request, object_id)
        if not request.user.has_perm("claims.add_claim"):
            raise PermissionDenied("Only editors can create claims.")
        if not source.text:
            messages.error(request, "This source has no text snapshot: paste the document's text first.")
            return redirect("admin:claims_source_change", source.pk)
        language = reading_language_of(source)
        if services.read_in_background(source):
            # A long text is read by the worker (seconds to tens of seconds): the page waits for it.
            again = request.method == "POST" and "read_again" in request.POST
            posted = request.method == "POST" and not again
            if posted and request.POST.get("text_sha256") != source.text_sha256:
                # (said before its reading is looked for: the ticks are of a text no longer there)
                messages.error(
                    request, "The source's text changed since this page was loaded: nothing was created."
                )
                return redirect("admin:claims_source_extract", source.pk)
            reading = services.reading_of(source, language, user=request.user, again=again)
            if again:
                return redirect("admin:claims_source_extract", source.pk)
            if reading.state != CaptureState.DONE or reading.text_sha256 != source.text_sha256:
                if posted:  # its language or date changed: what was ticked is being read again
                    messages.error(
                        request,
                        "The source changed since this page was loaded (its language or publication date): its "
                        "figures are being read again; nothing was created. Tick them again when they are listed.",
                    )
                    return redirect("admin:claims_source_extract", source.pk)
                return self._reading_page(request, source, reading, language)
            try:
                candidates = services.candidates_of(reading)
            except services.StaleReading:
                reading = services.reading_of(source, language, user=request.user, again=True)
                return self._reading_page(request, source, reading, language)
        else:
            candidates = extract_figures(source.text, published_on=source.published_on, language=language)
        page_size = settings.EXTRACT_PAGE_SIZE
        pages = max(1, -(-len(candidates) // page_size))
        written = request.GET.get("page", "1")
        page = min(int(written), pages) if re.fullmatch(r"[0-9]{1,6}", written) and int(written) else 1
        shown = range((page - 1) * page_size, min(page * page_size, len(candidates)))
        form = ExtractClaimsForm(candidates, source, request.POST or None, shown=shown)
        claims = None
        if request.method == "POST" and form.is_valid():
            try:
                claims = create_draft_claims(
                    source,
                    form.readings(),
                    conflict=form.cleaned_data["conflict"],
                    by=request.user,
                    incident=form.cleaned_data["incident"],
                    candidates=candidates,  # a part ticked with its total is linked to it
                )
            except ValidationError as error:
                # A figure the reader proposed that a claim cannot hold: say why, create nothing.
                form.add_error(None, error.messages)
        if claims is not None:
            messages.success(
                request, f"Created {len(claims)} draft claim(s) from “{source}”. Review them below."
            )
            ids = ",".join(str(claim.pk) for claim in claims)
            return redirect(reverse("admin:claims_claim_changelist") + f"?id__in={ids}")
        recorded = list(Claim.objects.filter(chain__source=source).values_list("phrase", "quote", "conflict"))
        if not form.is_bound:
            conflicts = {conflict for _, _, conflict in recorded} or set(
                Conflict.objects.values_list("pk", flat=True)[:2]
            )
            if len(conflicts) == 1:
                conflict = Conflict.objects.filter(pk=conflicts.pop()).first()
                form.initial["conflict"] = conflict
                if conflict is not None:
                    form.offer_incidents(conflict.pk)
                    form.initial["incident"] = services.proposed_incident(source, conflict)
        matches = Actor.objects.matching(candidates[index].originator for index in shown)
        rows = [
            {
                "candidate": candidate,
                "sentence": highlighted(candidate),
                "reading": candidate_text(candidate, candidates),
                "pick": form[f"pick_{index}"],
                "metric": form[f"metric_{index}"],
                "actor": matches.get(candidate.originator),
                "credit": credit_text(candidate),
                # The same quote with an overlapping phrase: an editor may have trimmed or widened the span.
                "recorded": any(
                    quote == candidate.sentence and (phrase in candidate.phrase or candidate.phrase in phrase)
                    for phrase, quote, _ in recorded
                ),
            }
            for index, candidate in ((index, candidates[index]) for index in shown)
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": f"Extract claims from “{source}”",
            "opts": self.opts,
            "original": source,
            "form": form,
            "rows": rows,
            "language": LANGUAGE_NAMES.get(language, language),
            "found": len(candidates),
            "page": page,
            "pages": range(1, pages + 1) if pages > 1 else None,
            "first_shown": shown.start + 1,
            "last_shown": shown.stop,
        }
        return TemplateResponse(request, "admin/claims/source/extract_claims.html", context)

    def _reading_page(self, request, source, reading, language):
        """Say that a long text is being read by the worker (the page reloads itself), or why it could not be."""
        context = {
            **self.admin_site.each_context(request),
            "title": f"Extract claims from “{source}”",
            "opts": self.opts,
            "original": source,
            "reading": reading,
            "language": LANGUAGE_NAMES.get(language, language),
            "characters": len(source.text),
        }
        return TemplateResponse(request, "admin/claims/source/extract_reading.html", context)
