"""/healthz: whether this app server can serve, for load balancers, systemd and monitoring."""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connections
from django.db.migrations.loader import MigrationLoader
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def unapplied_migrations(alias: str = "default") -> list[str]:
    """Return the migrations the code has and the database lacks, as app.name. Runs two queries."""
    loader = MigrationLoader(connections[alias], ignore_no_migrations=True)
    return [f"{app}.{name}" for app, name in sorted(set(loader.graph.nodes) - set(loader.applied_migrations))]


@never_cache
@require_safe
def healthz(request):
    """Answer 200 when every database answers, none lacks a migration and the cache works; else 503.

    No authentication and no session: the answer says what is wrong, never how it is configured (details
    go to the log).
    """
    problems = []
    for alias in connections:
        try:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT 1")
        except DatabaseError:
            logger.exception("Health check: database %s does not answer", alias)
            problems.append(f"database {alias}: not answering")
    if not problems:
        try:
            unapplied = unapplied_migrations()
        except DatabaseError:
            logger.exception("Health check: could not read the applied migrations")
            problems.append("migrations: could not be read")
        else:
            if unapplied:
                shown = ", ".join(unapplied[:10]) + (" …" if len(unapplied) > 10 else "")
                problems.append(f"migrations: {len(unapplied)} not applied ({shown}); run manage.py migrate")
    try:
        # The partner throttle counts in this cache; it must work, and be the one every worker shares.
        cache.get("healthz")
    except Exception:  # whatever the backend raises: a missing table, Redis refusing connections
        logger.exception("Health check: the cache does not answer")
        problems.append("cache: not answering (manage.py migrate creates its table; or check REDIS_URL)")
    if problems:
        return JsonResponse({"status": "unavailable", "problems": problems}, status=503)
    return JsonResponse({"status": "ok"})
