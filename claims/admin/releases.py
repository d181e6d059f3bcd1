"""Releases of the dataset: reviewers cut one, everyone on staff reads them; nobody changes or deletes one."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from ..models import Release, ReleaseCut, ReleaseFileKind
from ..releases import CutRefused, release_base_url, request_cut
from ..services.review import REVIEW_PERMISSION
from .common import ReadOnlyAdmin

DOWNLOADED = (ReleaseFileKind.JSONL, ReleaseFileKind.CSV, ReleaseFileKind.CHANGELOG)
RECENT_CUTS = 5  # the cuts the list shows above the releases, newest first


def may_read_releases(user) -> bool:
    """Editors and reviewers read releases: they hold only what partners see."""
    return (
        user.is_active
        and user.is_staff
        and (user.has_perm("claims.view_release") or user.has_perm("claims.view_claim"))
    )


@admin.register(Release)
class ReleaseAdmin(ReadOnlyAdmin):
    """The releases cut so far, newest first, with their counts, changes and files (downloaded from the API, which
    staff read with their admin session). The list's button queues a new cut (reviewers only)."""

    list_display = ["number", "created_at", "held", "changed", "downloads"]
    fields = ["number", "created_at", "previous", "base_url", "held", "changed", "downloads"]
    readonly_fields = ["number", "created_at", "previous", "base_url", "held", "changed", "downloads"]
    ordering = ["-number"]

    def has_view_permission(self, request, obj=None):
        return may_read_releases(request.user)

    def has_module_permission(self, request):
        return may_read_releases(request.user)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("files")

    @admin.display(description="records")
    def held(self, release):
        return ", ".join(f"{count:,} {name}" for name, count in release.counts.items())

    @admin.display(description="since the previous release")
    def changed(self, release):
        return "; ".join(
            f"{name}: +{changes['added']:,} ~{changes['changed']:,} −{changes['removed']:,}"
            for name, changes in release.changes.items()
        )

    @admin.display(description="files (SHA-256)")
    def downloads(self, release):
        files = {file.kind: file for file in release.files.all()}
        return format_html_join(
            " ",
            '<a href="{}" title="SHA-256 {}">{}</a>',
            (
                (
                    reverse(f"api:release-{kind}", args=[release.number]),
                    files[kind].sha256,
                    f"{kind} ({files[kind].size:,} bytes)",
                )
                for kind in DOWNLOADED
                if kind in files
            ),
        ) or format_html("{}", "—")

    def get_urls(self):
        return [
            path("cut/", self.admin_site.admin_view(self.cut_view), name="claims_release_cut"),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        cuts = list(ReleaseCut.objects.select_related("release")[:RECENT_CUTS])
        extra_context = {
            **(extra_context or {}),
            "cuts": cuts,
            "can_cut": request.user.has_perm(REVIEW_PERMISSION),
        }
        return super().changelist_view(request, extra_context)

    def cut_view(self, request):
        """Queue a cut of the next release (POST, reviewers only), then go back to the list showing its state."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.has_perm(REVIEW_PERMISSION):
            raise PermissionDenied("Only reviewers cut releases.")
        try:
            request_cut(by=request.user, base_url=release_base_url())
        except CutRefused as refused:
            self.message_user(request, str(refused), messages.ERROR)
        else:
            self.message_user(
                request, "The release is queued: the task worker cuts it, and this list shows how it went."
            )
        return HttpResponseRedirect(reverse("admin:claims_release_changelist"))
