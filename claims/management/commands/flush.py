"""Django's `flush`, which may also empty the release tables on PostgreSQL.

Migration 0034 makes PostgreSQL refuse a TRUNCATE of a release's tables unless the session (or the transaction)
has set claims.truncate_releases to "on". `flush` empties the whole database on purpose, after asking (and between
transactional tests, which is how the test suite's database is emptied): it sets that for the session while it
runs. A TRUNCATE of the release tables by anything else is still refused."""

import contextlib

from django.core.management.commands import flush
from django.db import DatabaseError, connections


class Command(flush.Command):
    help = flush.Command.help + " Releases included."

    def handle(self, **options):
        connection = connections[options["database"]]
        if connection.vendor != "postgresql":
            return super().handle(**options)
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('claims.truncate_releases', 'on', false)")
        try:
            return super().handle(**options)
        finally:
            # A failed flush inside a caller's transaction leaves it aborted: the setting goes with it.
            with contextlib.suppress(DatabaseError), connection.cursor() as cursor:
                cursor.execute("SELECT set_config('claims.truncate_releases', '', false)")
