"""Capturing a source from the admin (issue 17): from its URL, from an uploaded copy, or a new source from a URL;
the captures listed on the source's page with their WARC files to download."""

from __future__ import annotations

import difflib
from datetime import timedelta
from urllib.parse import quote

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from .. import services
from ..capture import CaptureError, warc_record
from ..models import Actor, Capture, CaptureKind, CaptureRequest, CaptureState, Claim, Source, normalise_url
from ..parsing import normalise_for_quoting, quote_found_in
from .common import SafeAutocompleteSelect, object_view_url, viewable_object


def capture_rows(source_id) -> list[dict]:
    """Return a source's captures as its page lists them, newest first, with who captured each. One query,
    whatever they hold: no body, text or headers read to list them."""
    captures = (
        Capture.objects.filter(source_id=source_id)
        .select_related("captured_by")
        .defer("body", "text", "headers")
        .order_by("-captured_at", "-pk")
    )
    rows: list[dict] = []
    for capture in captures:
        if rows and rows[-1]["capture"].text_sha256 != capture.text_sha256:
            # The newer one's text differs from this one's: the page changed after this capture.
            rows[-1]["changed"] = reverse("admin:claims_source_capture_diff", args=[rows[-1]["capture"].pk])
        if capture.kind == CaptureKind.UPLOADED:
            address = capture.filename
        else:
            hops = len(capture.redirects or [])
            address = capture.final_url + (
                f" (after {hops} redirect{'s' if hops != 1 else ''})" if hops else ""
            )
        rows.append(
            {
                "capture": capture,
                "address": address,
                "warc": reverse("admin:claims_source_capture_warc", args=[capture.pk]),
                "body": reverse("admin:claims_source_capture_body", args=[capture.pk]),
                "changed": None,
            }
        )
    return rows


# The comparison of two captures' texts reads this many lines of each at most, and marks the words that changed
# within lines of at most this many characters: its cost stays bounded whatever a captured page holds.
COMPARED_LINES = 3000
COMPARED_LINE_CHARACTERS = 2000


def compared_lines(old: str, new: str, context: int = 1) -> tuple[list[dict], bool]:
    """Return the rows of a side-by-side comparison of two texts: the lines that changed, with `context` lines
    around them, each side's parts marked changed or not; and whether both texts were compared whole."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    whole = len(old_lines) <= COMPARED_LINES and len(new_lines) <= COMPARED_LINES
    old_lines, new_lines = old_lines[:COMPARED_LINES], new_lines[:COMPARED_LINES]
    rows: list[dict] = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines)
    for group in matcher.get_grouped_opcodes(context):
        if rows:
            rows.append({"kind": "gap"})
        for tag, i1, i2, j1, j2 in group:
            for offset in range(max(i2 - i1, j2 - j1)):
                left = old_lines[i1 + offset] if i1 + offset < i2 else None
                right = new_lines[j1 + offset] if j1 + offset < j2 else None
                old_parts, new_parts = _marked(left, right, tag)
                rows.append(
                    {
                        "kind": tag,
                        "old_number": i1 + offset + 1 if left is not None else None,
                        "new_number": j1 + offset + 1 if right is not None else None,
                        "old": old_parts,
                        "new": new_parts,
                    }
                )
    return rows, whole


def _marked(
    left: str | None, right: str | None, tag: str
) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Return each side of a line as (text, changed) parts: the words that differ marked, in lines short enough."""
    if tag == "equal" or left is None or right is None:
        changed = tag != "equal"
        return ([(left, changed)] if left is not None else []), (
            [(right, changed)] if right is not None else []
        )
    if max(len(left), len(right)) > COMPARED_LINE_CHARACTERS:
        return [(left, True)], [(right, True)]
    old_words, new_words = left.split(" "), right.split(" ")
    old_parts: list[tuple[str, bool]] = []
    new_parts: list[tuple[str, bool]] = []
    for word_tag, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old_words, new_words).get_opcodes():
        same = word_tag == "equal"
        if a2 > a1:
            old_parts.append((" ".join(old_words[a1:a2]) + " ", not same))
        if b2 > b1:
            new_parts.append((" ".join(new_words[b1:b2]) + " ", not same))
    return old_parts, new_parts


class UploadForm(forms.Form):
    document = forms.FileField(
        help_text="The document as published: a PDF (a situation report, a bulletin) or a saved HTML page."
    )


class NewSourceForm(forms.Form):
    url = forms.CharField(
        label="URL",
        max_length=2000,
        widget=forms.TextInput(attrs={"class": "vURLField", "autofocus": True}),
        help_text="The page's address. If a source with this address exists, a new capture is added to it.",
    )
    publisher = forms.ModelChoiceField(
        Actor.objects.order_by("name"),
        required=False,
        help_text="Who publishes it. Left empty: the actor named after the site's host, created if need be.",
    )

    def __init__(self, *args, admin_site, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Actors are searched as typed, as on the source form: a select of every actor would grow with the table.
        publisher = self.fields["publisher"]
        publisher.widget = SafeAutocompleteSelect(Source._meta.get_field("publisher"), admin_site)
        publisher.widget.choices = publisher.choices  # type: ignore[attr-defined]


class CaptureViews:
    """Views of SourceAdmin that capture a source's document."""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """Show the source's captures below its fields (a list, not an inline: a form posted without it, by a
        client or a script, must still save)."""
        extra_context = dict(extra_context or {})
        if str(object_id).isdigit():
            extra_context["captures"] = capture_rows(int(object_id))
            # The latest requests not yet done, or failed: what the worker is doing, or why it could not.
            extra_context["capture_requests"] = [
                request
                for request in CaptureRequest.objects.filter(source_id=int(object_id))
                .select_related("requested_by")
                .defer("upload")[:5]
                if request.state != CaptureState.DONE
            ]
            waited = timezone.now() - timedelta(minutes=settings.CAPTURE_REQUEST_STALE_MINUTES)
            for pending in extra_context["capture_requests"]:
                # (failed as lost when the source is next captured; said now, where the editor looks)
                pending.lost = pending.state == CaptureState.QUEUED and pending.requested_at < waited
            extra_context["stale_minutes"] = settings.CAPTURE_REQUEST_STALE_MINUTES
        return super().change_view(request, object_id, form_url, extra_context)  # type: ignore[misc]

    def capture_urls(self):
        return [
            object_view_url(self, "capture", self.capture_view),
            object_view_url(self, "upload", self.upload_view),
            path(
                "capture-new/",
                self.admin_site.admin_view(self.capture_new_view),  # type: ignore[attr-defined]
                name="claims_source_capture_new",
            ),
            path(
                "captures/<int:capture_id>/warc/",
                self.admin_site.admin_view(self.warc_view),  # type: ignore[attr-defined]
                name="claims_source_capture_warc",
            ),
            path(
                "captures/<int:capture_id>/changes/",
                self.admin_site.admin_view(self.diff_view),  # type: ignore[attr-defined]
                name="claims_source_capture_diff",
            ),
            path(
                "captures/<int:capture_id>/body/",
                self.admin_site.admin_view(self.body_view),  # type: ignore[attr-defined]
                name="claims_source_capture_body",
            ),
        ]

    def _changeable(self, request, object_id):
        source = viewable_object(self, request, object_id)
        if not self.has_change_permission(request, source):  # type: ignore[attr-defined]
            raise PermissionDenied("Only editors can capture a source.")
        return source

    def capture_view(self, request, object_id):
        """Queue a capture of the source's URL for the worker (POST only)."""
        source = self._changeable(request, object_id)
        if request.method != "POST":
            return redirect("admin:claims_source_change", source.pk)
        queued = services.request_capture(source, user=request.user)  # run by the worker (at once in tests)
        return self._queued(request, queued, source)

    def _queued(self, request, queued: CaptureRequest, source, prefix: str = ""):
        """Say how a queued capture stands (done already with the immediate backend, else waiting for the worker),
        and go to its source's page, which lists it."""
        queued = CaptureRequest.objects.defer("upload").get(pk=queued.pk)  # (not an upload's bytes again)
        if queued.state == CaptureState.DONE:
            messages.success(request, prefix + queued.message)
        elif queued.state == CaptureState.FAILED:
            advice = (
                " If the address is mistyped, correct its address on this page, save, and press Capture from its URL."
                if queued.kind == CaptureKind.FETCHED
                else ""
            )
            messages.error(request, f"{prefix}Nothing was captured: {queued.message}{advice}")
        else:
            what = f"“{queued.filename}”" if queued.kind == CaptureKind.UPLOADED else source.url
            messages.info(
                request,
                f"{prefix}The capture of {what} is {queued.get_state_display()}: the worker reads it in the "
                "background. Reload this page in a moment to see it under Captures.",
            )
        return redirect("admin:claims_source_change", source.pk)

    def upload_view(self, request, object_id):
        """Store an uploaded copy of the source's document as a capture."""
        source = self._changeable(request, object_id)
        form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["document"]
            body = upload.read(settings.CAPTURE_MAX_BYTES + 1)  # (one byte over: refused as too large)
            try:  # stored now; its text is read by the worker (seconds for a long PDF)
                queued = services.request_upload(
                    source,
                    body=body,
                    filename=upload.name or "upload",
                    content_type=(upload.content_type or "").split(";")[0].strip().lower(),
                    user=request.user,
                )
            except CaptureError as error:
                form.add_error("document", str(error))
            else:
                return self._queued(request, queued, source)
        return self._page(request, "Upload a copy of", source, form)

    def capture_new_view(self, request):
        """Capture the document at a URL into its source, creating the source when there is none."""
        if not self.has_add_permission(request):  # type: ignore[attr-defined]
            raise PermissionDenied("Only editors can add sources.")
        site = self.admin_site  # type: ignore[attr-defined]
        form = (
            NewSourceForm(request.POST, admin_site=site)
            if request.method == "POST"
            else NewSourceForm(admin_site=site)
        )
        if request.method == "POST" and form.is_valid():
            existing = Source.objects.filter(url=normalise_url(form.cleaned_data["url"].strip())).first()
            if existing is not None and not self.has_change_permission(request, existing):  # type: ignore[attr-defined]
                # A capture of an existing source rewrites its fields: only those who may change sources.
                form.add_error("url", "This address is already a source, which you may not change.")
                return self._page(request, "Capture a source from its URL", None, form)
            try:  # the source now; the fetch by the worker
                source, queued, created = services.request_capture_of_url(
                    form.cleaned_data["url"], user=request.user, publisher=form.cleaned_data["publisher"]
                )
            except CaptureError as error:
                form.add_error("url", str(error))
            else:
                prefix = "New source created. " if created else "A capture of the existing source. "
                return self._queued(request, queued, source, prefix)
        return self._page(request, "Capture a source from its URL", None, form)

    def _page(self, request, title, source, form):
        context = {
            **self.admin_site.each_context(request),  # type: ignore[attr-defined]
            "title": f"{title} “{source}”" if source else title,
            "opts": self.opts,  # type: ignore[attr-defined]
            "original": source,
            "form": form,
            "multipart": source is not None,
        }
        return TemplateResponse(request, "admin/claims/source/capture.html", context)

    def _capture(self, request, capture_id):
        capture = Capture.objects.select_related("source").filter(pk=capture_id).first()
        if capture is None or not self.has_view_permission(request, capture.source):  # type: ignore[attr-defined]
            raise Http404("No such capture.")
        return capture

    def warc_view(self, request, capture_id):
        """Download a capture as a WARC file."""
        capture = self._capture(request, capture_id)
        data = warc_record(
            url=capture.final_url or f"urn:capture:{capture.pk}:{quote(capture.filename, safe='')}",
            fetched_at=capture.captured_at,
            body=capture.content(),
            status=capture.status_code,
            reason=capture.reason,
            headers=capture.headers,
            content_type=capture.content_type,
            redirects=capture.redirects,
        )
        response = HttpResponse(data, content_type="application/warc")
        response["Content-Disposition"] = f'attachment; filename="capture-{capture.pk}.warc.gz"'
        return response

    def body_view(self, request, capture_id):
        """Download a capture's bytes as a file: never shown in the admin's own origin, where a page's scripts
        would run as the editor."""
        capture = self._capture(request, capture_id)
        extension = {"application/pdf": "pdf", "text/html": "html"}.get(capture.content_type, "bin")
        response = HttpResponse(capture.content(), content_type="application/octet-stream")
        response["Content-Disposition"] = f'attachment; filename="capture-{capture.pk}.{extension}"'
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "sandbox"
        return response

    def diff_view(self, request, capture_id):
        """Show what changed in a source's text between a capture and the one before it, and which claims' quotes
        each text holds."""
        capture = self._capture(request, capture_id)
        previous = (
            Capture.objects.filter(source=capture.source)
            .filter(
                Q(captured_at__lt=capture.captured_at) | Q(captured_at=capture.captured_at, pk__lt=capture.pk)
            )
            .defer("body")
            .order_by("-captured_at", "-pk")
            .first()
        )
        if previous is None:
            raise Http404("This is the source's first capture: there is nothing to compare it with.")
        rows, shown_all = compared_lines(previous.text, capture.text)
        old_text, new_text = normalise_for_quoting(previous.text), normalise_for_quoting(capture.text)
        claims = (
            Claim.objects.filter(chain__source=capture.source)
            .distinct()
            .only("pk", "phrase", "quote", "qualifier", "low", "best", "high", "status")
            .order_by("pk")[:200]
        )
        quotes = [
            {
                "claim": claim,
                "before": quote_found_in(claim.quote, claim.phrase, claim.figure_numbers(), old_text),
                "after": quote_found_in(claim.quote, claim.phrase, claim.figure_numbers(), new_text),
            }
            for claim in claims
        ]
        context = {
            **self.admin_site.each_context(request),  # type: ignore[attr-defined]
            "title": f"What changed in “{capture.source}”",
            "opts": self.opts,  # type: ignore[attr-defined]
            "original": capture.source,
            "capture": capture,
            "previous": previous,
            "rows": rows,
            "shown_all": shown_all,
            "identical": not any(row["kind"] != "equal" for row in rows),
            "line_limit": COMPARED_LINES,
            "quotes": quotes,
        }
        return TemplateResponse(request, "admin/claims/source/capture_diff.html", context)
