"""Queue the recaptures that are due (docs/capturing.md): run it from a timer; `make run` runs it every ten minutes."""

from django.core.management.base import BaseCommand

from claims.services import request_due_recaptures


class Command(BaseCommand):
    help = (
        "Queue a capture of every source whose 'capture again every N days' has passed since its last capture "
        "request; the task worker runs them. Safe to run as often as you like: a source already queued is not "
        "queued twice."
    )

    def handle(self, *args, **options):
        queued = request_due_recaptures()
        self.stdout.write(f"{len(queued)} recapture(s) queued.")
