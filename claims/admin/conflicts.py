"""Conflicts (with the comparison of estimates) and actors."""

from django import forms
from django.contrib import admin
from django.db.models import Count
from django.template.response import TemplateResponse

from .. import services
from ..comparison import compare
from ..models import (
    Actor,
    Claim,
    Conflict,
    Status,
)
from .common import (
    HistoryAdmin,
    object_view_url,
    viewable_object,
)


@admin.register(Conflict)
class ConflictAdmin(HistoryAdmin):
    list_display = ["name", "slug", "started_on", "ended_on", "claim_count"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("claims"))

    @admin.display(description="claims", ordering="claim_count")
    def claim_count(self, conflict):
        return conflict.claim_count

    def save_model(self, request, obj, form, change):
        services.save_conflict(obj)  # partners receive fresh copies of what shows it

    def get_urls(self):
        return [object_view_url(self, "compare", self.compare_view), *super().get_urls()]

    def compare_view(self, request, object_id):
        """Chart every estimate of each quantity in the conflict, per origin, over time."""
        conflict = viewable_object(self, request, object_id)
        claims = (
            Claim.objects.filter(conflict=conflict)
            .exclude(status__in=[Status.REJECTED, Status.RETRACTED])
            .with_interested_party()
            .select_related("conflict", "originator", "originator__root")
            .prefetch_related("sides", "conflict__parties")
        )
        context = {
            **self.admin_site.each_context(request),
            "title": f"Compare estimates: {conflict}",
            "opts": self.opts,
            "original": conflict,
            "quantities": compare(claims),
        }
        return TemplateResponse(request, "admin/claims/conflict/compare.html", context)


class ActorForm(forms.ModelForm):
    class Meta:
        model = Actor
        fields = ["name", "kind", "aliases", "acts_on_behalf_of", "party_to", "description"]

    def clean_acts_on_behalf_of(self):
        principal = self.cleaned_data.get("acts_on_behalf_of")
        if self.instance.pk is not None and principal != self.instance.acts_on_behalf_of:
            broken = services.chains_broken_by_moving(self.instance, principal.pk if principal else None)
            if broken:
                shown = ", ".join(f"#{pk}" for pk in broken[:10]) + (" …" if len(broken) > 10 else "")
                raise forms.ValidationError(
                    f"Reviewed claims {shown} have this actor (or someone speaking for it) at hop 0 speaking for "
                    "their originator through its present principal: they are the record and cannot follow this "
                    "change. Record a new actor instead, or correct those claims first."
                )
        return principal


@admin.register(Actor)
class ActorAdmin(HistoryAdmin):
    form = ActorForm
    list_display = ["name", "kind", "acts_on_behalf_of"]
    list_filter = ["kind", "party_to"]
    list_select_related = ["acts_on_behalf_of"]
    search_fields = ["name", "aliases"]
    autocomplete_fields = ["acts_on_behalf_of", "party_to"]
    fields = ["name", "kind", "aliases", "acts_on_behalf_of", "party_to", "description"]

    def save_model(self, request, obj, form, change):
        # A new principal changes the origin of its figures: the service recounts what they count in.
        services.save_actor(obj, announce=False)

    def get_deleted_objects(self, objs, request):
        deleted, counts, permissions, protected = super().get_deleted_objects(objs, request)
        # Deleting a side would take it out of claims' sides without a version of them: refuse, as for the
        # claims an actor states, relays or publishes (those keys protect it in the database already).
        counted = Claim.objects.filter(sides__in=list(objs)).distinct()[:20]
        protected = [*protected, *(f"Claim: {claim} (counts its losses)" for claim in counted)]
        return deleted, counts, permissions, protected

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)  # the conflicts it is a party to
        if change:
            if "party_to" in form.changed_data:  # its figures become, or stop being, an interested party's
                services.refresh_estimates_of(actors=[form.instance.pk], by_id=request.user.pk)
            services.announce_claims_referring_to(actors=[form.instance])
