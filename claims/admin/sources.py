"""Sources, and the extraction of claims from their text."""

import datetime as dt
import re
from typing import cast

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from .. import services
from ..models import (
    BOUNDS,
    Actor,
    ActorKind,
    CaptureState,
    Claim,
    Conflict,
    Group,
    Incident,
    Metric,
    Population,
    Qualifier,
    Source,
    implausible_bounds,
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
from ..querysets import name_key
from ..services import (
    create_draft_claims,
)
from .captures import CaptureViews
from .common import (
    HistoryAdmin,
    an_id,
    object_view_url,
    viewable_object,
)


class KnownActorsSelect(AutocompleteSelect):
    """An actor autocomplete (the claim's originator's) whose chosen actor is labelled from the actors the form
    has read already: Django's widget looks it up once per widget, a query per row of the worksheet."""

    def __init__(self, known: dict[int, Actor], admin_site):
        super().__init__(Claim._meta.get_field("originator"), admin_site)
        self.known = known  # shared with the form, which fills it as it reads the posted actors

    def optgroups(self, name, value, attr=None):
        options = [self.create_option(name, "", "", False, 0)]
        chosen = [self.known[pk] for pk in map(an_id, value) if pk in self.known][:1]
        options += [self.create_option(name, actor.pk, str(actor), True, 1) for actor in chosen]
        return [(None, options, 0)]


# The fields of a worksheet row (named "<field>_<index>"). A POST that leaves out a row's population, group or
# originator keeps what the page proposes for them: a client that only ticks figures and names their metric, as
# before the worksheet, drafts what it did then.
ROW_FIELDS = ("pick", "metric", "population", "group", "originator", "new_name", "new_kind")
PROPOSED_WHEN_LEFT_OUT = ("population", "group", "originator")


def row_attrs(text: str, index: int) -> dict[str, str]:
    """Label a worksheet field for screen readers and on hover: the column headers name it for the eye."""
    return {"aria-label": f"{text}, figure #{index + 1}", "title": text}


class ExtractClaimsForm(forms.Form):
    """The extraction worksheet: tick the figures of a source's text that should become draft claims, and set
    what each counts, whom it counts and who stated it (an actor on record, or one to create with the drafts)."""

    conflict = forms.ModelChoiceField(
        queryset=Conflict.objects.all(),
        help_text="The conflict these figures are about (the one chosen last for this source is proposed).",
    )
    incident = forms.ModelChoiceField(
        queryset=Incident.objects.none(),
        required=False,
        help_text="The event these figures are about, if one; empty for cumulative tolls. The conflict's incidents "
        "of the weeks before publication are offered (choose the conflict and reload to see another's); the one "
        "chosen last for this source is proposed, else one that ended in the week before and whose place the "
        "text names.",
        error_messages={
            # The offered incidents are the chosen conflict's: another conflict's incident is not among them.
            "invalid_choice": "This incident is not one of the chosen conflict's offered here: choose one of "
            "its incidents, or none. Changed the conflict? Its incidents are offered once the page reloads."
        },
    )
    text_sha256 = forms.CharField(widget=forms.HiddenInput)

    def __init__(
        self,
        candidates,
        source,
        data=None,
        *,
        shown: range | None = None,
        matches: dict[str, Actor] | None = None,
        remembered_incident: int | None = None,
        can_add_actors: bool = False,
        admin_site=admin.site,
    ):
        matches = matches or {}
        # The figures this page lists (a long text's are listed a page at a time): only they can be ticked.
        self.shown = range(len(candidates)) if shown is None else shown
        proposed = {
            f"{name}_{index}": value
            for index in self.shown
            for name, value in self.proposed_values(candidates[index], matches).items()
        }
        if data is not None:
            data = data.copy()
            for key, value in proposed.items():
                if key.rsplit("_", 1)[0] in PROPOSED_WHEN_LEFT_OUT and key not in data:
                    data[key] = "" if value is None else str(value)
        super().__init__(data, initial=proposed)
        self.candidates, self.source, self.can_add_actors = candidates, source, can_add_actors
        self.remembered_incident = remembered_incident
        # Every actor a row may show, by id: the matches now, the posted ones once clean() has read them.
        self.known_actors = {actor.pk: actor for actor in matches.values()}
        self.new_actors: dict[int, Actor] = {}  # by row: the actor it creates (one instance per name)
        self.fields["text_sha256"].initial = source.text_sha256
        conflict = self.data.get("conflict") if self.is_bound else None
        # A conflict id as a database can hold it; anything else ("²", thirty nines) offers no incidents and is
        # refused by the conflict field itself.
        written = str(conflict or "")
        self.offer_incidents(int(written) if re.fullmatch(r"[0-9]{1,18}", written) else None)
        kinds = [("", "its kind, to create it…"), *ActorKind.choices]
        for index in self.shown:
            self.fields[f"pick_{index}"] = forms.BooleanField(
                required=False, widget=forms.CheckboxInput(row_attrs("Record this figure", index))
            )
            self.fields[f"metric_{index}"] = forms.ChoiceField(
                choices=[("", "—"), *Metric.choices],
                required=False,
                widget=forms.Select(row_attrs("What it counts", index)),
            )
            self.fields[f"population_{index}"] = forms.ChoiceField(
                choices=Population.choices,
                required=False,
                widget=forms.Select(row_attrs("Whose losses", index)),
            )
            self.fields[f"group_{index}"] = forms.ChoiceField(
                choices=Group.choices, required=False, widget=forms.Select(row_attrs("Which group", index))
            )
            widget = KnownActorsSelect(self.known_actors, admin_site)
            widget.attrs.update(row_attrs("Originator: an actor on record", index))
            self.fields[f"originator_{index}"] = forms.CharField(required=False, widget=widget)
            self.fields[f"new_name_{index}"] = forms.CharField(
                required=False,
                max_length=Actor._meta.get_field("name").max_length,
                widget=forms.TextInput(
                    row_attrs("New actor's name", index) | {"placeholder": "new actor's name"}
                ),
            )
            self.fields[f"new_kind_{index}"] = forms.ChoiceField(
                choices=kinds, required=False, widget=forms.Select(row_attrs("New actor's kind", index))
            )

    @staticmethod
    def proposed_values(candidate, matches: dict[str, Actor]) -> dict:
        """Return what the page proposes for a candidate's row: the reader's metric, population and group, the
        actor its credited name matches, or that name for a new actor."""
        actor = matches.get(candidate.originator) if candidate.originator else None
        return {
            "metric": candidate.figure.metric,
            "population": candidate.figure.population,
            "group": candidate.figure.group,
            "originator": actor.pk if actor else None,
            "new_name": candidate.originator if candidate.originator and actor is None else "",
        }

    def offer_incidents(self, conflict_id: int | None) -> None:
        """Offer the incidents of this conflict that an article may report: those of the weeks before it,
        the latest first, as many as extraction looks among to propose one (a bounded list, however many), and
        the one chosen last for this source."""
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
            Q(pk__in=shown) | Q(pk=self.remembered_incident, conflict_id=conflict_id)
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
        self.read_posted_actors(cleaned)
        if not self.picked():
            raise forms.ValidationError("Tick at least one figure.")
        for index in self.picked():
            if not cleaned.get(f"metric_{index}"):
                self.add_error(f"metric_{index}", "Choose what this figure counts.")
            else:
                figure = self.candidates[index].figure
                bounds = {bound: getattr(figure, bound) for bound in BOUNDS}
                # Said once, on the row (the limit is per metric): a figure may pass it in all three bounds.
                if implausible := implausible_bounds(cleaned[f"metric_{index}"], bounds):
                    self.add_error(
                        f"metric_{index}", f"The figure reads as {next(iter(implausible.values()))}"
                    )
            for name, what in (("population", "whose losses"), ("group", "which group")):
                if f"{name}_{index}" in cleaned and not cleaned[f"{name}_{index}"]:
                    self.add_error(f"{name}_{index}", f"Choose {what} this figure counts.")
            self.check_originator(index, cleaned)
        self.check_new_actors(cleaned)
        return cleaned

    def read_posted_actors(self, cleaned) -> None:
        """Read the actors the rows name, in one query, for the ticked rows to draft and every row to show."""
        posted = {an_id(cleaned.get(f"originator_{index}")) for index in self.shown} - {None}
        missing = posted - set(self.known_actors)
        if missing:
            self.known_actors.update(Actor.objects.in_bulk(missing))

    def check_originator(self, index: int, cleaned) -> None:
        """Refuse an originator that is no actor, and a row that both names an actor and creates one."""
        written = cleaned.get(f"originator_{index}")
        if written and an_id(written) not in self.known_actors:
            self.add_error(f"originator_{index}", "No actor has this id: choose one from the list.")
        name, kind = cleaned.get(f"new_name_{index}"), cleaned.get(f"new_kind_{index}")
        if kind and not name and not self.has_error(f"new_name_{index}"):
            self.add_error(f"new_name_{index}", "Type the new actor's name, or set its kind back to none.")
        elif kind and written:
            self.add_error(
                f"new_kind_{index}", "Choose an actor or create one, not both: clear the actor, or this kind."
            )
        elif name and not kind and not written and name != self.initial.get(f"new_name_{index}"):
            # A name typed for the figure's originator, not created: say so rather than draft it unattributed.
            # (The name the reader proposed stays in the box unused, and so does any beside a chosen actor.)
            self.add_error(
                f"new_kind_{index}", "Choose the new actor's kind to create it, or clear its name."
            )
        elif kind and name and not self.can_add_actors:
            self.add_error(f"new_kind_{index}", "You may not create actors: choose one on record.")

    def check_new_actors(self, cleaned) -> None:
        """Plan the actors the ticked rows create, one per name; refuse names already an actor's (by name or
        alias, as the reader matches them, one query) and one name created with two kinds."""
        asked = {
            index: (cleaned[f"new_name_{index}"], cleaned[f"new_kind_{index}"])
            for index in self.picked()
            if cleaned.get(f"new_kind_{index}") and cleaned.get(f"new_name_{index}")
            and not self.has_error(f"new_kind_{index}") and not cleaned.get(f"originator_{index}")
        }  # fmt: skip
        taken = Actor.objects.matching(name for name, _ in asked.values())
        by_name: dict[str, Actor] = {}
        for index, (name, kind) in asked.items():
            if name in taken:
                self.add_error(
                    f"new_name_{index}",
                    f"“{name}” is already an actor on record (“{taken[name]}”): choose it as the originator.",
                )
                continue
            actor = by_name.setdefault(name_key(name), Actor(name=name, kind=kind))
            if actor.kind != kind:
                self.add_error(
                    f"new_kind_{index}",
                    f"Another row creates “{actor.name}” as {ActorKind(actor.kind).label}: give both one kind.",
                )
                continue
            self.new_actors[index] = actor

    def picked(self) -> list[int]:
        return [i for i in self.shown if self.cleaned_data.get(f"pick_{i}")]

    def drafts(self) -> list[services.Draft]:
        """Return the ticked figures as the editor set them (a new actor not saved yet)."""
        drafts = []
        for index in self.picked():
            chosen = an_id(self.cleaned_data[f"originator_{index}"])
            drafts.append(
                services.Draft(
                    self.candidates[index],
                    self.cleaned_data[f"metric_{index}"],
                    self.cleaned_data[f"population_{index}"],
                    self.cleaned_data[f"group_{index}"],
                    self.new_actors.get(index) or (self.known_actors.get(chosen) if chosen else None),
                )
            )
        return drafts

    def rows_with_errors(self) -> list[int]:
        """Return the numbers (from 1, as the page shows them) of the rows with an error."""
        return [
            index + 1 for index in self.shown if any(self.has_error(f"{name}_{index}") for name in ROW_FIELDS)
        ]


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
        # The claims already drawn from this source, the latest first: the worksheet marks their figures and
        # proposes the conflict and incident chosen last (no table of its own: the claims remember them).
        recorded = list(
            Claim.objects.filter(chain__source=source)
            .order_by("-pk")
            .values_list("phrase", "quote", "conflict", "incident")
        )
        last_conflict, last_incident = recorded[0][2:] if recorded else (None, None)
        matches = Actor.objects.matching(candidates[index].originator for index in shown)
        form = ExtractClaimsForm(
            candidates,
            source,
            request.POST or None,
            shown=shown,
            matches=matches,
            remembered_incident=last_incident,
            can_add_actors=request.user.has_perm("claims.add_actor"),
            admin_site=self.admin_site,
        )
        claims = None
        if request.method == "POST" and form.is_valid():
            try:
                claims = create_draft_claims(
                    source,
                    form.drafts(),
                    conflict=form.cleaned_data["conflict"],
                    by=request.user,
                    incident=form.cleaned_data["incident"],
                    candidates=candidates,  # a part ticked with its total is linked to it
                )
            except ValidationError as error:
                # A figure the reader proposed that a claim cannot hold, or an actor's name taken meanwhile:
                # say why, create nothing, and show the worksheet again as the editor left it.
                form.add_error(None, error.messages)
        if claims is not None:
            messages.success(
                request, f"Created {len(claims)} draft claim(s) from “{source}”. Review them below."
            )
            ids = ",".join(str(claim.pk) for claim in claims)
            return redirect(reverse("admin:claims_claim_changelist") + f"?id__in={ids}")
        if not form.is_bound:
            # The conflict chosen last for this source, else the only one there is.
            conflict_id = last_conflict
            if conflict_id is None:
                only = list(Conflict.objects.values_list("pk", flat=True)[:2])
                conflict_id = only[0] if len(only) == 1 else None
            if conflict_id is not None:
                form.initial["conflict"] = conflict_id
                form.offer_incidents(conflict_id)
                form.initial["incident"] = last_incident or services.proposed_incident(source, conflict_id)
        rows = [
            {
                "number": index + 1,
                "candidate": candidate,
                "sentence": highlighted(candidate),
                "reading": candidate_text(candidate, candidates),
                **{name: form[f"{name}_{index}"] for name in ROW_FIELDS},
                "actor": matches.get(candidate.originator),
                "credit": credit_text(candidate),
                # The same quote with an overlapping phrase: an editor may have trimmed or widened the span.
                "recorded": any(
                    quote == candidate.sentence and (phrase in candidate.phrase or candidate.phrase in phrase)
                    for phrase, quote, _, _ in recorded
                ),
            }
            for index, candidate in ((index, candidates[index]) for index in shown)
        ]
        for row in rows:
            # The new-actor boxes are open where the credited name matches no actor, or the editor used them.
            row["creating"] = bool(
                (row["candidate"].originator and row["actor"] is None)
                or row["new_kind"].value()
                or row["new_name"].errors
                or row["new_kind"].errors
            )
        context = {
            **self.admin_site.each_context(request),
            "title": f"Extract claims from “{source}”",
            "opts": self.opts,
            "original": source,
            "form": form,
            "media": self.media + form.media,
            "rows": rows,
            "rows_with_errors": form.rows_with_errors() if form.is_bound else [],
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
