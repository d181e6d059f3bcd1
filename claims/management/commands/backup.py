"""Write every record of the tracker to one compressed file that `manage.py restore` loads (docs/backup.md)."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.backup import BackupError, write_backup


class Command(BaseCommand):
    help = (
        "Back up claims, chains, sources, actors, review events, history, the change feed, partners and their "
        "hashed keys, users and groups to FILE (gzip-compressed JSON Lines; see docs/backup.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file", type=Path, help="Where to write, e.g. backups/provenance-2025-01-31.jsonl.gz"
        )
        parser.add_argument("--database", default="default", help="The database to back up.")

    def handle(self, *args, file: Path, database: str, verbosity: int, **options):
        started = time.monotonic()
        progress = self.stderr.write if verbosity > 1 else None
        try:
            summary = write_backup(file, using=database, progress=progress)
        except BackupError as error:
            raise CommandError(str(error)) from None
        size = file.stat().st_size
        shown = f"{size / 1e6:,.1f} MB" if size >= 1e6 else f"{size / 1e3:,.1f} kB"
        self.stdout.write(
            f"Backed up {summary.total:,} rows of {len(summary.rows)} tables to {file} "
            f"({shown}, sha256 of the rows {summary.sha256}) in {time.monotonic() - started:.1f} s."
        )
