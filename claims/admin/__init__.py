"""The admin, one module per concern; importing this package registers every model admin.

Callers import the admins and helpers from here (claims.admin.ClaimAdmin), wherever they live.
"""

from django.contrib import admin

from .chain import AttributionHopAdmin
from .claim_forms import ClaimForm
from .claims import ClaimAdmin, ReviewEventAdmin
from .common import CappedCountPaginator, HistoryAdmin, ReadOnlyAdmin, an_id, object_view_url, viewable_object
from .conflicts import ActorAdmin, ConflictAdmin
from .estimates import EstimateAdmin
from .incidents import IncidentAdmin
from .partners import FeedEntryAdmin, PartnerAdmin, PartnerKeyAdmin
from .releases import ReleaseAdmin
from .review import ReviewQueueAdmin
from .sources import SourceAdmin
from .webhooks import WebhookDeliveryAdmin, WebhookSubscriptionAdmin

# The project's name where Django's was ("Django administration"); "View site" leads to the public pages
# (claims/public.py), what readers see of the published record.
admin.site.site_header = "Casualty-figure provenance tracker"
admin.site.site_title = "Provenance tracker"
admin.site.index_title = "Claims, sources and review"
admin.site.site_url = "/conflicts/"

__all__ = [
    "ActorAdmin",
    "AttributionHopAdmin",
    "CappedCountPaginator",
    "ClaimAdmin",
    "ClaimForm",
    "ConflictAdmin",
    "EstimateAdmin",
    "FeedEntryAdmin",
    "HistoryAdmin",
    "IncidentAdmin",
    "PartnerAdmin",
    "PartnerKeyAdmin",
    "ReadOnlyAdmin",
    "ReleaseAdmin",
    "ReviewEventAdmin",
    "ReviewQueueAdmin",
    "SourceAdmin",
    "WebhookDeliveryAdmin",
    "WebhookSubscriptionAdmin",
    "an_id",
    "object_view_url",
    "viewable_object",
]
