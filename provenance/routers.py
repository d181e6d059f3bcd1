"""Send the partner API's reads to the read replica (DATABASE_REPLICA_URL); everything else to the primary.

Partners read published claims, which may lag the primary by the replication delay: a claim published a
moment ago appears a moment later, and the change feed, written in `seq` order by one writer at a time, shows a
prefix of itself, never a gap. What must be exact stays on the primary, even during a partner request: API keys
(a revoked key stops working at once), partners, users and sessions, the cache table holding the throttle's
counters, django-axes' lockouts. The admin, and every write, only ever use the primary.

Both classes are installed only when a replica is configured; without one, nothing here runs.
"""

import contextvars

from django.conf import settings

PRIMARY = "default"
REPLICA = "replica"
API_PREFIX = "/api/v1/"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
# Models of the claims app that partners never read, or must read fresh.
PRIMARY_ONLY = {"partner", "partnerkey", "historicalpartner"}
# A partner's own webhook subscriptions and their delivery log: read back at once after a change or a replay.
PRIMARY_ONLY |= {"webhooksubscription", "webhookevent", "webhookdelivery", "webhookattempt"}

partner_read = contextvars.ContextVar("partner_read", default=False)


class PartnerReadsOnReplica:
    """Middleware: mark a safe request to the partner API as one whose reads may go to the replica."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in SAFE_METHODS or not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        token = partner_read.set(True)
        try:
            return self.get_response(request)
        finally:
            partner_read.reset(token)


class ReplicaRouter:
    """Database router: the claims app's published record to the replica during a partner read."""

    def __init__(self, replica: str | None = None):
        self.replica = replica or (REPLICA if REPLICA in settings.DATABASES else None)

    def db_for_read(self, model, **hints):
        if self.replica is None or not partner_read.get():
            return None
        meta = model._meta
        if meta.app_label == "claims" and meta.model_name not in PRIMARY_ONLY:
            return self.replica
        # Said outright: otherwise Django follows the instance a related object was read from, the replica.
        return PRIMARY

    def db_for_write(self, model, **hints):
        # Outright, for the same reason: an object read from the replica is still saved to the primary.
        return PRIMARY if self.replica else None

    def allow_relation(self, obj1, obj2, **hints):
        # The replica is a copy of the primary: objects read from either may be related.
        if self.replica and {obj1._state.db, obj2._state.db} <= {PRIMARY, self.replica}:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica follows the primary's schema through replication; migrate never writes to it.
        return False if self.replica and db == self.replica else None
