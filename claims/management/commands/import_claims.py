"""Import claims from a JSON Lines or CSV file: every row is checked first; then all are written, or none."""

import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from claims.importing import Importer, ImportRefused, read_rows


class Command(BaseCommand):
    help = (
        "Import claims from FILE (.jsonl or .csv; see docs/importing.md). Rows already imported (same "
        "external_id) are skipped. On any problem nothing is written and every problem is listed by line."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--by", help="Username recorded as the claims' author and in their history.")
        parser.add_argument(
            "--trusted",
            action="store_true",
            help="Keep each row's status (to migrate an already-reviewed database). Without it, only drafts.",
        )

    def handle(self, *args, file: Path, by: str | None, trusted: bool, **options):
        user = None
        if by:
            user = get_user_model().objects.filter(username=by).first()
            if user is None:
                raise CommandError(f"No user named {by!r}.")
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from None
        began = time.monotonic()

        def progress(message: str) -> None:
            self.stderr.write(f"[{time.monotonic() - began:6.1f} s] {message}")

        importer = Importer(by=user, trusted=trusted, progress=progress)
        try:
            outcome = importer.run(read_rows(data, file.name))
        except ImportRefused as refusal:
            for line in refusal.errors[:200]:
                self.stderr.write(line)
            if len(refusal.errors) > 200:
                self.stderr.write(f"… and {len(refusal.errors) - 200} more.")
            raise CommandError(str(refusal)) from None
        self.stdout.write(f"Imported {outcome.created} claim(s); {outcome.already_present} already present.")
