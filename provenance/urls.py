from django.contrib import admin
from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from claims import public
from provenance.health import healthz


def favicon(request):
    """Browsers ask for /favicon.ico whatever a page links to: send them to the project's icon."""
    return HttpResponsePermanentRedirect(static("claims/favicon.svg"))


# The public pages (claims/public.py): no login, published claims only; the embeds are the only framable pages.
public_patterns = [
    path("", public.conflict_index, name="index"),
    path("<slug:slug>/", public.conflict_page, name="conflict"),
    path("<slug:slug>/embed/", public.conflict_embed, name="conflict-embed"),
    path("<slug:slug>/incidents/<str:incident_id>/", public.incident_page, name="incident"),
    path("<slug:slug>/incidents/<str:incident_id>/embed/", public.incident_embed, name="incident-embed"),
]

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("favicon.ico", favicon),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("claims.api.urls")),
    path("conflicts/", include((public_patterns, "public"))),
]

# Says which size limit a refused form went over, instead of a bare "Bad Request (400)".
handler400 = "provenance.security.bad_request"
