"""Write every backed-up table to one file, as one consistent snapshot of the database."""

import base64
import datetime as dt
import decimal
import gzip
import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import django
import orjson
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, models, transaction
from django.db.models.fields import AutoFieldMixin
from django.utils import timezone
from django.utils.duration import duration_iso_string

from .tables import (
    FORMAT,
    FORMAT_VERSION,
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


def sequence_mark(connection, model: type[models.Model]) -> int | None:
    """Return the highest id the table's sequence has handed out (0 if none), or None if it has no sequence.

    Kept so that a restored database never hands out again the id of a row deleted before the backup:
    partners know claims by id, and their change-feed cursors by sequence number.
    """
    pk = model._meta.pk
    if not isinstance(pk, AutoFieldMixin):
        return None
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT COALESCE(pg_sequence_last_value(pg_get_serial_sequence(%s, %s)::regclass), 0)",
                [connection.ops.quote_name(model._meta.db_table), pk.column],
            )
        elif connection.vendor == "sqlite":
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [model._meta.db_table])
        else:
            return None
        row = cursor.fetchone()
    return int(row[0]) if row and row[0] is not None else 0


@contextmanager
def snapshot(connection):
    """Read every table as of one moment, without holding up editors' writes."""
    if connection.in_atomic_block:  # already in a transaction (a test): it is the snapshot
        yield
    elif connection.vendor == "postgresql":
        with transaction.atomic(using=connection.alias):
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
    elif connection.vendor == "sqlite":
        # atomic() would BEGIN IMMEDIATE (settings), taking the write lock for the whole backup. A deferred
        # transaction only reads; in WAL mode it sees the database as of its first read while others write.
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("COMMIT")
    else:
        with transaction.atomic(using=connection.alias):
            yield


def encode_other(value):
    """Return a JSON form of the values orjson does not write itself; field.to_python() reads each back."""
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dt.timedelta):
        return duration_iso_string(value)
    raise TypeError(f"cannot back up a value of type {type(value).__name__}")


def dump_line(value) -> bytes:
    # orjson writes datetimes with their microseconds and offset: nothing is rounded, unlike DjangoJSONEncoder.
    return orjson.dumps(value, default=encode_other, option=orjson.OPT_APPEND_NEWLINE)


def dump_rows(model: type[models.Model], rows: list) -> bytes:
    """Return the rows as lines of the file; a value JSON cannot hold (an integer past 64 bits) raises BackupError."""
    try:
        return b"".join(dump_line(row) for row in rows)
    except TypeError:  # orjson.JSONEncodeError: find the row to name it
        for row in rows:
            try:
                dump_line(row)
            except TypeError as error:
                raise BackupError(
                    f"{label(model)} row {quoted(row[0])} holds a value a backup cannot hold ({error}); "
                    "correct it, then run the backup again."
                ) from None
        raise


def write_backup(
    path: Path, *, using: str = DEFAULT_DB_ALIAS, progress: Callable[[str], None] | None = None
) -> Summary:
    """Write every backed-up table to `path`, replacing it only once the whole file is written."""
    connection = connections[using]
    chosen = backed_up_models()
    kept = set(chosen)
    natural = {model: natural_key_fields(model, kept) for model in chosen}
    partial = path.with_name(path.name + ".partial")
    summary = Summary()
    try:
        # The file holds password and API-key hashes: readable by its owner only.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as error:
        raise BackupError(f"Cannot write {partial}: {error.strerror}.") from None
    try:
        with (
            open(descriptor, "wb") as raw,
            gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=5, mtime=0) as out,
            snapshot(connection),
        ):
            digest = hashlib.sha256()

            def emit(data: bytes) -> None:
                digest.update(data)
                out.write(data)

            tables: list[dict[str, Any]] = []
            for model in chosen:
                tables.append(
                    {
                        "model": label(model),
                        "table": model._meta.db_table,
                        "columns": columns(model),
                        "natural_keys": {column: label(t) for column, t in natural[model].items()},
                        "rows": model._base_manager.using(using).count(),
                        "sequence": sequence_mark(connection, model),
                    }
                )
            emit(
                dump_line(
                    {
                        "format": FORMAT,
                        "version": FORMAT_VERSION,
                        "created_at": timezone.now(),
                        "engine": connection.vendor,
                        "django": django.get_version(),
                        "migrations": applied_migrations(connection),
                        "tables": tables,
                    }
                )
            )
            files_written: set[str] = set()
            for model, table in zip(chosen, tables, strict=True):
                emit(dump_line({"model": table["model"]}))
                written = 0
                try:
                    for chunk in table_rows(model, table["columns"], natural[model], using, files_written):
                        emit(dump_rows(model, chunk))
                        written += len(chunk)
                except (DatabaseError, ValueError, OverflowError) as error:
                    # A value the database holds but cannot give back: PostgreSQL keeps a time before year 1
                    # in UTC (written as 0001-01-01 00:00+01:00), which Python's datetime cannot hold.
                    raise BackupError(
                        f"{table['model']} holds a value that cannot be read ({error}): correct it in the admin "
                        "or with SQL, then run the backup again."
                    ) from None
                if written != table["rows"]:  # the snapshot makes this impossible; say so if it happens
                    raise BackupError(f"{table['model']} changed while it was read: run the backup again.")
                summary.rows[table["model"]] = written
                if progress:
                    progress(f"{table['model']}: {written:,} rows")
            summary.sha256 = digest.hexdigest()
            out.write(dump_line({"sha256": summary.sha256, "rows": summary.total}))
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return summary


def stored_files(model: type[models.Model], names: list[str]) -> list[tuple[int, int]]:
    """Return (bytes column, name column) for the columns of a row whose bytes the capture storage may keep
    (STORED_FILES): a backup holds the bytes themselves, read from the storage, beside the name."""
    return [
        (names.index(data), names.index(name))
        for data, name in STORED_FILES.get(label(model), ())
        if data in names and name in names
    ]


def read_stored(name: str) -> bytes:
    """Return a file's bytes from the capture storage, or raise BackupError saying which is missing."""
    from django.conf import settings
    from django.core.files.storage import storages

    if "captures" not in settings.STORAGES:
        raise BackupError(
            f"A capture's bytes are kept in the capture storage as {quoted(name)}, but no capture storage is set "
            "(CAPTURE_STORAGE_DIRECTORY or CAPTURE_STORAGE_BACKEND): set it as the server has it, then back up again."
        )
    try:
        with storages["captures"].open(name, "rb") as stored:
            return stored.read()
    except OSError as error:
        raise BackupError(
            f"A capture's file {quoted(name)} cannot be read from the capture storage ({error}): nothing was "
            "written."
        ) from None


def table_rows(
    model: type[models.Model],
    names: list[str],
    natural: dict[str, type[models.Model]],
    using: str,
    files_written: set[str] | None = None,
) -> Iterator[list]:
    """Yield the table's rows in primary-key order, CHUNK at a time (fewer for rows that hold documents), natural
    keys in place of their ids, and the bytes of files kept in the capture storage in place of nothing."""
    rows = model._base_manager.using(using).order_by("pk").values_list(*names)
    files = stored_files(model, names)
    size = chunk_size(model)
    swaps = []
    for column, target in natural.items():
        # natural_key_fields() kept only models with a natural_key(), which Model itself does not declare.
        objects = target._base_manager.using(using).select_related()
        keys = {obj.pk: list(obj.natural_key()) for obj in objects}  # type: ignore[attr-defined]
        swaps.append((names.index(column), keys))
    chunk: list = []
    for row in rows.iterator(chunk_size=size):
        if swaps or files:
            row = list(row)
            for index, keys in swaps:
                if row[index] is not None:
                    row[index] = keys[row[index]]
            for data, name in files:
                # A file's bytes once in the backup, in the first row that names it (the storage keeps a document
                # captured twice once; a restore gives the others the same file).
                if row[name] and (files_written is None or row[name] not in files_written):
                    row[data] = read_stored(row[name])
                    if files_written is not None:
                        files_written.add(row[name])
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
