"""Back up every record of the tracker into one file, and restore it into an empty database (docs/backup.md).

The file is gzip-compressed JSON Lines:

    {"format": "provenance-backup", "version": 1, "created_at": …, "migrations": …, "tables": […]}   manifest
    {"model": "auth.group"}                                                                         section
    [1, "Editors"]                                                                                  one row
    …
    {"sha256": "…", "rows": 12345}                                                                  trailer

A row is a JSON array of the table's columns in the manifest's order, primary key included. Foreign keys to
rows that migrate creates (permissions, content types) are written as natural keys, whose ids differ between
databases. The trailer holds the SHA-256 of every line before it, so a damaged or edited file is refused.

Rows are written and read with plain SQL, never through the claims' write path nor model save(): restoring
makes no version, change-feed entry, history row or recomputed field, and auto_now dates keep their values.
A restore checks every line of the file, and every value against what its column holds on every engine, before
it writes it: a malformed file is refused with one line saying why, and nothing is written.

tables.py says what a backup holds, writing.py writes it, reading.py reads the file's structure, values.py
checks each value, restoring.py loads the rows.
"""

from .reading import verify_backup
from .restoring import check_backup, check_compatible, restore_backup
from .tables import BackupError, Summary, backed_up_models
from .writing import write_backup

__all__ = [
    "BackupError",
    "Summary",
    "backed_up_models",
    "check_backup",
    "check_compatible",
    "restore_backup",
    "verify_backup",
    "write_backup",
]
