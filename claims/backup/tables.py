"""What a backup holds: the tables, their columns, and the foreign keys it writes as natural keys."""

from dataclasses import dataclass, field
from typing import cast

import orjson
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "provenance-backup"
FORMAT_VERSION = 1

# Apps whose tables are backed up, all of them but the exclusions below. Sessions, the cache, the throttle's
# request counts, the figures read in long texts (read again on demand), the partner documents of claims,
# estimates and incidents (rendered again by the restore), django-axes' lockouts and content types are not: they
# are transient, derived, or made again by migrate.
APPS = ("auth", "admin", "claims")
EXCLUDED = {
    "auth.permission",
    "claims.requestcount",
    "claims.textreading",
    "claims.claimdocument",
    "claims.quantitydocument",
    "claims.incidentdocument",
}
# Rows that migrate itself creates in backed-up tables (migration claims 0003 makes the Editors and Reviewers
# groups): a restore replaces them with the backup's. Every other backed-up table must be empty.
MADE_BY_MIGRATE = ("auth.group_permissions", "auth.group")

CHUNK = 2_000  # rows per fetch when reading, per executemany when writing
BINARY_CHUNK = 20  # the same for tables whose rows may hold a document (up to CAPTURE_MAX_BYTES each)
# Columns of bytes that the capture storage may keep instead, named by the column beside them (settings
# CAPTURE_STORAGE_*): a backup holds the bytes, read from the storage, and a restore puts them back in the storage
# the restoring server has, or in the database when it has none.
STORED_FILES = {
    "claims.capture": [("body", "body_name")],
    "claims.capturerequest": [("upload", "upload_name")],
}


class BackupError(Exception):
    """A backup that cannot be written, read or restored; the message, one line, says why and what to do."""

    def __init__(self, message: str) -> None:
        # One line, whatever it quotes: names and values read from a file, or a database's multi-line error.
        super().__init__(" ".join(message.split()))


def quoted(value, limit: int = 60) -> str:
    """Return a value read from a file as a message shows it: as JSON (else its repr), cut short."""
    try:
        text = orjson.dumps(value).decode()
    except TypeError:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class Summary:
    rows: dict[str, int] = field(default_factory=dict)  # model label → rows
    sha256: str = ""

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def backed_up_models() -> list[type[models.Model]]:
    """Return the models whose rows a backup holds, in a fixed order: auth, admin, then claims."""
    chosen = []
    for app_label in APPS:
        for model in apps.get_app_config(app_label).get_models(include_auto_created=True):
            if model._meta.proxy or not model._meta.managed or model._meta.label_lower in EXCLUDED:
                continue
            chosen.append(model)
    user_model = get_user_model()
    if user_model not in chosen:  # a custom user model lives in its own app
        chosen.insert(0, user_model)
    return chosen


def chunk_size(model: type[models.Model]) -> int:
    """Return how many of a table's rows are read or written at once: BINARY_CHUNK when a row may hold a document."""
    return (
        BINARY_CHUNK if any(isinstance(f, models.BinaryField) for f in model._meta.concrete_fields) else CHUNK
    )


def label(model: type[models.Model]) -> str:
    return model._meta.label_lower


def columns(model: type[models.Model]) -> list[str]:
    return [f.attname for f in model._meta.concrete_fields]


def natural_key_fields(
    model: type[models.Model], kept: set[type[models.Model]]
) -> dict[str, type[models.Model]]:
    """Return {column: target model} for the foreign keys to rows not in the backup, found by natural key."""
    found: dict[str, type[models.Model]] = {}
    for f in model._meta.concrete_fields:
        # Once the apps are loaded a relation's "self" is resolved to its model class.
        target = cast("type[models.Model] | None", f.related_model) if f.is_relation else None
        if target is None or target in kept:
            continue
        if not hasattr(target, "natural_key") or not hasattr(target._default_manager, "get_by_natural_key"):
            raise BackupError(
                f"{label(model)}.{f.name} refers to {label(target)}, which is neither backed up nor found "
                "by natural key: add its app to claims.backup.tables.APPS."
            )
        found[f.attname] = target
    return found


def applied_migrations(connection) -> dict[str, list[str]]:
    """Return {app label: sorted names of its applied migrations}. Queries once."""
    applied: dict[str, list[str]] = {}
    for app_label, name in MigrationRecorder(connection).applied_migrations():
        applied.setdefault(app_label, []).append(name)
    return {app_label: sorted(names) for app_label, names in sorted(applied.items())}
