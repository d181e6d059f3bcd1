"""Load a file written by `manage.py backup` into a freshly migrated, empty database (docs/backup.md)."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.backup import BackupError, check_backup, restore_backup
from claims.services import counting_problems


class Command(BaseCommand):
    help = (
        "Restore FILE, written by `manage.py backup`, into this database, which must be freshly migrated (to "
        "the backup's migrations) and empty. All rows are loaded in one transaction, or none."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--database", default="default", help="The database to restore into.")
        parser.add_argument(
            "--check",
            action="store_true",
            help=(
                "Only verify the file (checksum, row counts, migrations against this database, every value "
                "against its column); write nothing."
            ),
        )

    def handle(self, *args, file: Path, database: str, check: bool, verbosity: int, **options):
        started = time.monotonic()
        progress = self.stderr.write if verbosity > 1 else None
        try:
            if check:
                manifest, sha256 = check_backup(file, using=database)
                rows = sum(table["rows"] for table in manifest["tables"])
                self.stdout.write(
                    f"{file} is complete and matches this database's migrations: {rows:,} rows of "
                    f"{len(manifest['tables'])} tables, made {manifest['created_at']}, sha256 of the rows {sha256}."
                )
                return
            summary = restore_backup(file, using=database, progress=progress)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Restored {summary.total:,} rows of {len(summary.rows)} tables from {file} "
            f"in {time.monotonic() - started:.1f} s; every table's row count matches the backup's."
        )
        if database == "default":
            # The counts are restored as stored: say whether they equal a recount from the claims.
            problems = counting_problems()
            if problems:
                self.stderr.write(
                    f"{len(problems):,} stored counts differ from a recount (first: {problems[0]}): "
                    "run `manage.py recount --fix`."
                )
            else:
                self.stdout.write("Every quantity's counts equal a recount from its claims.")
