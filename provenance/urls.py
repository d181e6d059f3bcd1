from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from provenance.health import healthz

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("claims.api.urls")),
]

# Says which size limit a refused form went over, instead of a bare "Bad Request (400)".
handler400 = "provenance.security.bad_request"
