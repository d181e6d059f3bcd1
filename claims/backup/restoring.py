"""Restore a backup into an empty, migrated database: every row, or none, and nothing from a malformed file."""

import contextlib
import hashlib
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

from django.core.exceptions import SuspiciousFileOperation
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, models, transaction
from django.db.models.fields import AutoFieldMixin

from .reading import BackupFile, verify_backup
from .tables import (
    MADE_BY_MIGRATE,
    STORED_FILES,
    BackupError,
    Summary,
    applied_migrations,
    backed_up_models,
    chunk_size,
    columns,
    label,
    natural_key_fields,
    quoted,
)
from .values import INTEGER_RANGES, row_reader


def check_compatible(manifest: dict, using: str = DEFAULT_DB_ALIAS) -> dict[str, type[models.Model]]:
    """Refuse a backup made at other migrations than the database's, or whose tables differ from this code's;
    return its models by label."""
    connection = connections[using]
    chosen = {label(model): model for model in backed_up_models()}
    database = applied_migrations(connection)
    if not database.get("claims"):
        raise BackupError("This database has not been migrated: run `manage.py migrate` first, then restore.")
    compared = sorted({model._meta.app_label for model in chosen.values()})
    differences = []
    for app_label in compared:
        theirs, ours = set(manifest["migrations"].get(app_label, [])), set(database.get(app_label, []))
        if theirs != ours:
            backup_only = ", ".join(sorted(theirs - ours)) or "nothing"
            database_only = ", ".join(sorted(ours - theirs)) or "nothing"
            latest = max(theirs) if theirs else "zero"
            differences.append(
                f"{app_label}: only the backup has {backup_only}; only this database has {database_only} "
                f"(`manage.py migrate {app_label} {latest}`)"
            )
    if differences:
        raise BackupError(
            "The backup was made at other migrations than this database's. Restore into a database migrated "
            "exactly as the backup's (run the commands below, or use the release that made the backup), then "
            "run `manage.py migrate`. " + "; ".join(differences) + "."
        )
    tables = {table["model"]: table for table in manifest["tables"]}
    if set(tables) != set(chosen):
        missing = ", ".join(sorted(set(chosen) - set(tables))) or "none"
        extra = ", ".join(quoted(name) for name in sorted(set(tables) - set(chosen))) or "none"
        raise BackupError(f"The backup's tables differ from this code's: missing {missing}; unknown {extra}.")
    kept = set(chosen.values())
    for name, model in chosen.items():
        check_table(tables[name], model, kept)
    return chosen


def check_table(table: dict, model: type[models.Model], kept: set[type[models.Model]]) -> None:
    """Refuse a manifest's table whose name, columns, natural keys or sequence differ from what this code writes."""
    name = label(model)
    if table["columns"] != columns(model):
        ours, theirs = columns(model), table["columns"]
        missing = ", ".join(c for c in ours if c not in theirs) or "none"
        unknown = ", ".join(quoted(c) for c in theirs if c not in ours) or "none"
        differ = f"missing {missing}; unknown {unknown}"
        if missing == unknown == "none":
            differ = "the same columns in another order"
        raise BackupError(f"The backup's columns of {name} differ from this code's: {differ}.")
    if table["table"] != model._meta.db_table:
        raise BackupError(
            f"The backup's {name} is table {quoted(table['table'])}, this code's {model._meta.db_table}."
        )
    natural = {column: label(target) for column, target in natural_key_fields(model, kept).items()}
    if table["natural_keys"] != natural:
        raise BackupError(
            f"The backup's natural keys of {name}, {quoted(table['natural_keys'])}, differ from this code's, "
            f"{quoted(natural)}."
        )
    if table["sequence"] is not None:
        pk = model._meta.pk
        highest = INTEGER_RANGES[pk.get_internal_type()][1] if isinstance(pk, AutoFieldMixin) else -1
        if table["sequence"] > highest:
            raise BackupError(
                f"The backup's sequence position of {name}, {table['sequence']:,}, is not one its table "
                "can have."
            )


def loaded_rows(
    backup: BackupFile,
    chosen: dict[str, type[models.Model]],
    using: str,
    progress: Callable[[str], None] | None = None,
) -> Iterator[tuple[type[models.Model], list[list]]]:
    """Yield (model, rows) for the backup's rows as the database driver takes them, CHUNK at a time, each value
    checked against its column; refuse with a BackupError the first that does not fit."""
    connection = connections[using]
    kept = set(chosen.values())
    ids_by_natural_key: dict[type[models.Model], dict[tuple, object]] = {}
    # BackupFile.rows() yields each table's rows together, tables in the manifest's order.
    for name, rows in itertools.groupby(backup.rows(), key=lambda row: row[0]["model"]):
        model = chosen[name]
        natural_ids = {}
        for column, target in natural_key_fields(model, kept).items():
            if target not in ids_by_natural_key:
                # natural_key_fields() kept only models with a natural_key(), which Model does not declare.
                objects = target._base_manager.using(using).select_related()
                ids_by_natural_key[target] = {tuple(o.natural_key()): o.pk for o in objects}  # type: ignore[attr-defined]
            natural_ids[column] = ids_by_natural_key[target]
        read = row_reader(model, natural_ids, connection, backup.path)
        if progress:
            progress(f"{name}: {backup.tables[name]['rows']:,} rows")
        size = chunk_size(model)
        batch = []
        for _, number, line in rows:
            batch.append(read(number, line))
            if len(batch) == size:
                yield model, batch
                batch = []
        if batch:
            yield model, batch


def check_backup(path: Path, *, using: str = DEFAULT_DB_ALIAS) -> tuple[dict, str]:
    """Read the backup as a restore would, writing nothing; return its manifest and checksum, or raise."""
    manifest, sha256 = verify_backup(path)
    chosen = check_compatible(manifest, using)
    backup = reopened(path, manifest)
    for _ in loaded_rows(backup, chosen, using):
        pass
    return manifest, sha256


def reopened(path: Path, manifest: dict) -> BackupFile:
    """Return the backup opened for a second reading, refused if it is no longer the file read first."""
    backup = BackupFile(path)
    if backup.manifest != manifest:
        raise BackupError(f"{path} changed while it was read: nothing was restored.")
    return backup


def restore_backup(
    path: Path, *, using: str = DEFAULT_DB_ALIAS, progress: Callable[[str], None] | None = None
) -> Summary:
    """Load the backup at `path` into this empty, migrated database: every row, or none."""
    manifest, sha256 = verify_backup(path)
    chosen = check_compatible(manifest, using)
    connection = connections[using]
    tables = {table["model"]: table for table in manifest["tables"]}
    summary = Summary(sha256=sha256)
    with transaction.atomic(using=using):
        refuse_unless_empty(chosen, using)
        for name in MADE_BY_MIGRATE:
            chosen[name]._base_manager.using(using).all().delete()
        # The file is read again, every line checked again: what is loaded is what was verified.
        inserters: dict[type[models.Model], Callable[[list], None]] = {}
        for model, rows in loaded_rows(reopened(path, manifest), chosen, using, progress):
            if model not in inserters:
                inserters[model] = inserter(model, connection)
            inserters[model](rows)
        for name, model in chosen.items():
            loaded = model._base_manager.using(using).count()
            if loaded != tables[name]["rows"]:
                raise BackupError(
                    f"{name}: {loaded:,} rows loaded, the backup holds {tables[name]['rows']:,}."
                )
            summary.rows[name] = loaded
        try:
            connection.check_constraints(table_names=[model._meta.db_table for model in chosen.values()])
        except DatabaseError as error:
            raise BackupError(
                f"The backup's rows do not fit together, nothing was restored: {error}"
            ) from None
        restore_sequences(connection, [(model, tables[name]["sequence"]) for name, model in chosen.items()])
        settle_stored_files(chosen, using)
        requeue_pending_captures(chosen, using)
        if using == DEFAULT_DB_ALIAS:  # (another database's readers render what they read, a page at a time)
            from ..api.documents import render_all

            render_all()  # the partners' documents are derived, not backed up: rendered from what was restored
    return summary


def requeue_pending_captures(chosen: dict[str, type[models.Model]], using: str) -> None:
    """Queue again for the task worker the capture requests that waited when the backup was made: the worker's
    queue is not in a backup, and an upload's file is only in its request."""
    from ..tasks import capture_requested

    manager = chosen["claims.capturerequest"]._base_manager.using(using)
    pending = manager.filter(state__in=["queued", "running"])
    pending.update(state="queued")
    for pk in pending.values_list("pk", flat=True):
        capture_requested.enqueue(pk)


def settle_stored_files(chosen: dict[str, type[models.Model]], using: str) -> None:
    """Put the bytes of files the backed-up server kept in its capture storage (restored in their rows beside
    their names, once a file) into this server's capture storage, or keep them in the database when it has none.
    Each file's bytes must have the SHA-256 its name or its capture gives: a storage that holds other bytes under
    the name, or a file the backup does not hold and the storage lacks, refuses the restore (files this restore
    wrote are removed). One query per file, a row at a time (a document can be large)."""
    from django.conf import settings
    from django.core.files.base import ContentFile
    from django.core.files.storage import storages

    storage = storages["captures"] if "captures" in settings.STORAGES else None
    rows = []  # (manager, pk, bytes column, name column, name, its SHA-256, holds bytes)
    for model_label, pairs in STORED_FILES.items():
        manager = chosen[model_label]._base_manager.using(using)
        digested = "sha256" in columns(chosen[model_label])
        for data, name in pairs:
            listed = manager.exclude(**{name: ""}).values_list("pk", name, "sha256" if digested else name)
            empty = set(manager.exclude(**{name: ""}).filter(**{data: b""}).values_list("pk", flat=True))
            for pk, stored_as, digest in listed:
                # A file is named by its SHA-256 ("captures/ab/ab12…"), and a capture says it again.
                expected = stored_as.rsplit("/", 1)[-1]
                if not _is_digest(expected) or (digested and digest != expected):
                    raise BackupError(
                        f"The backup names a capture file {quoted(stored_as)} that is not its bytes' SHA-256, or "
                        "a capture whose SHA-256 is not its file's: it was edited. Nothing was restored."
                    )
                holds = pk not in empty or expected == EMPTY_SHA256  # (an empty answer is a file of no bytes)
                rows.append((manager, pk, data, name, stored_as, expected, holds))
    rows.sort(key=lambda row: not row[6])  # the rows that hold bytes first: a file is held once
    held: dict[
        str, tuple
    ] = {}  # name: (manager, pk, bytes column) of a row holding its bytes, with no storage
    written: list[str] = []
    try:
        for manager, pk, data, name, stored_as, expected, holds in rows:
            body = bytes(manager.filter(pk=pk).values_list(data, flat=True).get()) if holds else None
            if body is None and storage is None:
                if stored_as not in held:
                    raise _missing(stored_as)
                other, other_pk, other_data = held[stored_as]
                body = bytes(other.filter(pk=other_pk).values_list(other_data, flat=True).get())
            if body is not None and hashlib.sha256(body).hexdigest() != expected:
                raise BackupError(
                    f"The backup's bytes of the file {quoted(stored_as)} do not have its SHA-256: the file is damaged. "
                    "Nothing was restored."
                )
            if storage is None:  # no storage here: the bytes stay in the row, which names no file
                manager.filter(pk=pk).update(**{name: "", data: body})
                held.setdefault(stored_as, (manager, pk, data))
                continue
            try:
                if storage.exists(stored_as):
                    with storage.open(stored_as, "rb") as stored:
                        found = hashlib.sha256(stored.read()).hexdigest()
                    if found != expected:
                        raise BackupError(
                            f"The capture storage already holds other bytes under {quoted(stored_as)}: restore into "
                            "an empty storage. Nothing was restored."
                        )
                elif body is None:
                    raise _missing(stored_as)
                else:
                    saved = storage.save(stored_as, ContentFile(body))
                    written.append(saved)
                    if saved != stored_as:
                        raise BackupError(
                            f"The capture storage saved {quoted(stored_as)} as {quoted(saved)}: restore into an "
                            "empty storage. Nothing was restored."
                        )
            except (SuspiciousFileOperation, OSError) as error:
                raise BackupError(
                    f"The capture file {quoted(stored_as)} cannot be written to the capture storage ({error}). "
                    "Nothing was restored."
                ) from None
            if body is not None:
                manager.filter(pk=pk).update(**{data: b""})
    except BaseException:
        for written_name in written:
            with contextlib.suppress(OSError, SuspiciousFileOperation):
                storage.delete(written_name)  # type: ignore[union-attr]
        raise


EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


def _is_digest(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def _missing(name: str) -> BackupError:
    return BackupError(
        f"The backup holds no bytes for the capture file {quoted(name)}, and the capture storage does not have it "
        "(a backup made before backups held the files): restore it with a copy of the backed-up server's capture "
        "storage in place. Nothing was restored."
    )


def refuse_unless_empty(chosen: dict[str, type[models.Model]], using: str) -> None:
    """Raise BackupError if any backed-up table holds rows, other than those migrate makes. Queries per table."""
    holding = [
        name
        for name, model in chosen.items()
        if name not in MADE_BY_MIGRATE and model._base_manager.using(using).exists()
    ]
    if holding:
        raise BackupError(
            "This database is not empty (" + ", ".join(holding) + " hold rows): restore only into a freshly "
            "migrated database. Nothing was changed."
        )


def inserter(model: type[models.Model], connection) -> Callable[[list], None]:
    """Return a function that inserts rows of the model's columns as they are: COPY on PostgreSQL, else
    executemany."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    listed = ", ".join(quote(f.column) for f in model._meta.concrete_fields)
    width = len(model._meta.concrete_fields)

    def copy(rows: list) -> None:
        # COPY streams the rows in one statement; executemany costs a round trip per row (5x slower here).
        with (
            connection.cursor() as cursor,
            connection.wrap_database_errors,
            cursor.cursor.copy(f"COPY {table} ({listed}) FROM STDIN") as stream,
        ):
            for row in rows:
                stream.write_row(row)

    def execute_many(rows: list) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({listed}) VALUES ({', '.join(['%s'] * width)})", rows)

    write = copy if connection.vendor == "postgresql" else execute_many

    def insert(rows: list) -> None:
        try:
            write(rows)
        except DatabaseError as error:
            raise BackupError(
                f"{label(model)}: a row cannot be restored, nothing was restored: {error}"
            ) from None

    return insert


def restore_sequences(connection, marks: list[tuple[type[models.Model], int | None]]) -> None:
    """Set each table's sequence past its highest id and past the backup's mark, so no id is handed out twice."""
    if connection.vendor not in ("postgresql", "sqlite"):
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), [model for model, _ in marks]):
                cursor.execute(sql)
        return
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model, mark in marks:
            if mark is None:
                continue
            table, pk = model._meta.db_table, model._meta.pk.column
            cursor.execute(f"SELECT MAX({quote(pk)}) FROM {quote(table)}")
            highest = max(mark, cursor.fetchone()[0] or 0)
            if connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT setval(pg_get_serial_sequence(%s, %s), %s, %s)",
                    [quote(table), pk, max(highest, 1), highest > 0],
                )
            else:
                cursor.execute("DELETE FROM sqlite_sequence WHERE name = %s", [table])
                if highest:
                    cursor.execute(
                        "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, highest]
                    )
