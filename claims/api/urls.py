from django.urls import path, re_path
from rest_framework.permissions import AllowAny
from rest_framework.routers import DefaultRouter

from . import views
from .releases import ReleaseViewSet
from .webhooks import WebhookViewSet

app_name = "api"

router = DefaultRouter()
router.include_format_suffixes = False  # formats are chosen with ?format=, one URL per resource
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("sources", views.SourceViewSet, basename="source")
router.register("actors", views.ActorViewSet, basename="actor")
router.register("conflicts", views.ConflictViewSet, basename="conflict")
router.register("incidents", views.IncidentViewSet, basename="incident")
router.register("estimates", views.EstimateViewSet, basename="estimate")
router.register("quantities", views.QuantityViewSet, basename="quantity")  # the old name of /estimates/
router.register("releases", ReleaseViewSet, basename="release")
router.register("webhooks", WebhookViewSet, basename="webhook")

urlpatterns = [
    path("changes/", views.ChangesView.as_view(), name="changes"),
    # The contract is public: partners may read it before they have a key, and a key sent along is not read
    # (an unknown one made the docs page's error answer 500 when the client accepted no HTML).
    path(
        "schema/",
        views.SchemaView.as_view(permission_classes=[AllowAny], authentication_classes=[]),
        name="schema",
    ),
    path(
        "docs/",
        views.DocsView.as_view(
            url_name="api:schema", permission_classes=[AllowAny], authentication_classes=[]
        ),
        name="docs",
    ),
    *router.urls,
    re_path(r"^(?P<path>[\s\S]*)$", views.not_found),  # any character, newlines included
]
