from django.contrib import admin
from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from provenance.health import healthz


def favicon(request):
    """Browsers ask for /favicon.ico whatever a page links to: send them to the project's icon."""
    return HttpResponsePermanentRedirect(static("claims/favicon.svg"))


urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("favicon.ico", favicon),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("claims.api.urls")),
]

# Says which size limit a refused form went over, instead of a bare "Bad Request (400)".
handler400 = "provenance.security.bad_request"
