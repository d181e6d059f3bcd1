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
"""

import base64
import datetime as dt
import decimal
import gzip
import hashlib
import os
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import django
import orjson
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.db.models.fields import AutoFieldMixin
from django.utils import timezone
from django.utils.duration import duration_iso_string

FORMAT = "provenance-backup"
FORMAT_VERSION = 1

# Apps whose tables are backed up, all of them but the exclusions below. Sessions, the cache, the throttle's
# request counts, django-axes' lockouts and content types are not: they are transient, or made again by migrate.
APPS = ("auth", "admin", "claims")
EXCLUDED = {"auth.permission", "claims.requestcount"}
# Rows that migrate itself creates in backed-up tables (migration claims 0003 makes the Editors and Reviewers
# groups): a restore replaces them with the backup's. Every other backed-up table must be empty.
MADE_BY_MIGRATE = ("auth.group_permissions", "auth.group")

CHUNK = 2_000  # rows per fetch when reading, per executemany when writing
# Columns whose JSON value is already what the database driver takes: no conversion per value.
PLAIN_TYPES = {
    "AutoField",
    "BigAutoField",
    "SmallAutoField",
    "BigIntegerField",
    "IntegerField",
    "SmallIntegerField",
    "PositiveBigIntegerField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "BooleanField",
    "CharField",
    "SlugField",
    "TextField",
}


class BackupError(Exception):
    """A backup that cannot be written, read or restored; the message says why and what to do."""


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
    for label in APPS:
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            if model._meta.proxy or not model._meta.managed or model._meta.label_lower in EXCLUDED:
                continue
            chosen.append(model)
    user_model = get_user_model()
    if user_model not in chosen:  # a custom user model lives in its own app
        chosen.insert(0, user_model)
    return chosen


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
                "by natural key: add its app to claims.backup.APPS."
            )
        found[f.attname] = target
    return found


def applied_migrations(connection) -> dict[str, list[str]]:
    """Return {app label: sorted names of its applied migrations}. Queries once."""
    applied: dict[str, list[str]] = {}
    for app_label, name in MigrationRecorder(connection).applied_migrations():
        applied.setdefault(app_label, []).append(name)
    return {app_label: sorted(names) for app_label, names in sorted(applied.items())}


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
            for model, table in zip(chosen, tables, strict=True):
                emit(dump_line({"model": table["model"]}))
                written = 0
                for chunk in table_rows(model, table["columns"], natural[model], using):
                    emit(b"".join(dump_line(row) for row in chunk))
                    written += len(chunk)
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


def table_rows(
    model: type[models.Model], names: list[str], natural: dict[str, type[models.Model]], using: str
) -> Iterator[list]:
    """Yield the table's rows in primary-key order, CHUNK at a time, natural keys in place of their ids."""
    rows = model._base_manager.using(using).order_by("pk").values_list(*names)
    swaps = []
    for column, target in natural.items():
        # natural_key_fields() kept only models with a natural_key(), which Model itself does not declare.
        objects = target._base_manager.using(using).select_related()
        keys = {obj.pk: list(obj.natural_key()) for obj in objects}  # type: ignore[attr-defined]
        swaps.append((names.index(column), keys))
    chunk: list = []
    for row in rows.iterator(chunk_size=CHUNK):
        if swaps:
            row = list(row)
            for index, keys in swaps:
                if row[index] is not None:
                    row[index] = keys[row[index]]
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def read_lines(path: Path) -> Iterator[bytes]:
    """Yield the file's lines, decompressed; a damaged file raises BackupError."""
    try:
        with gzip.open(path, "rb") as data:
            yield from data
    except FileNotFoundError:
        raise BackupError(f"{path} does not exist.") from None
    except gzip.BadGzipFile as error:
        raise BackupError(f"{path} is not a backup, or it is damaged: {error}.") from None
    except EOFError:
        raise BackupError(f"{path} is truncated or damaged: it ends before the end of its data.") from None
    except (zlib.error, OSError) as error:
        raise BackupError(f"{path} is damaged and cannot be decompressed: {error}.") from None


def parse(line: bytes, path: Path, what: str) -> dict:
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        raise BackupError(
            f"{path} is not a backup made by `manage.py backup`: its {what} is not JSON."
        ) from None
    if not isinstance(value, dict):
        raise BackupError(f"{path} is not a backup made by `manage.py backup`: unexpected {what}.")
    return value


def verify_backup(path: Path) -> tuple[dict, str]:
    """Read the whole file; return its manifest and checksum if it is complete and unchanged, else raise."""
    lines = read_lines(path)
    first = next(lines, b"")
    manifest = parse(first, path, "first line")
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not a backup made by `manage.py backup`.")
    if manifest.get("version") != FORMAT_VERSION:
        raise BackupError(
            f"{path} is in backup format version {manifest.get('version')}; this version of the tracker reads "
            f"version {FORMAT_VERSION}. Restore it with the release that made it."
        )
    expected = {table["model"]: table["rows"] for table in manifest["tables"]}
    order = list(expected)
    counted: dict[str, int] = {}
    digest = hashlib.sha256(first)
    current = None
    previous = None  # the last line is the trailer, which the checksum does not cover
    for line in lines:
        if previous is not None:
            digest.update(previous)
        if line.startswith(b"["):
            if current is None:
                raise BackupError(f"{path} is damaged: rows before any table.")
            counted[current] += 1
        else:
            header = parse(line, path, "section line")
            if "model" in header:
                current = header["model"]
                if len(counted) >= len(order) or current != order[len(counted)]:
                    raise BackupError(f"{path} is damaged: table {current} is not where the manifest says.")
                counted[current] = 0
        previous = line
    trailer = parse(previous, path, "last line") if previous is not None else {}
    if "sha256" not in trailer:
        raise BackupError(f"{path} is incomplete: it has no checksum line at its end.")
    if trailer["sha256"] != digest.hexdigest():
        raise BackupError(f"{path} is damaged or was edited: its checksum does not match its contents.")
    if counted != expected:
        wrong = [f"{m}: {counted.get(m, 0):,} rows, manifest says {n:,}" for m, n in expected.items()]
        raise BackupError(f"{path} does not hold the rows its manifest lists: {'; '.join(wrong)}.")
    return manifest, trailer["sha256"]


def check_compatible(manifest: dict, using: str = DEFAULT_DB_ALIAS) -> dict[str, type[models.Model]]:
    """Refuse a backup made at other migrations than the database's; return its models by label."""
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
        extra = ", ".join(sorted(set(tables) - set(chosen))) or "none"
        raise BackupError(f"The backup's tables differ from this code's: missing {missing}; unknown {extra}.")
    for name, model in chosen.items():
        if tables[name]["columns"] != columns(model):
            raise BackupError(
                f"The backup's columns of {name} differ from this code's: "
                f"{tables[name]['columns']} against {columns(model)}."
            )
    return chosen


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
        lines = read_lines(path)
        next(lines)  # the manifest
        model = None
        insert: Callable[[list], None] | None = None
        convert: Callable[[list], list] | None = None
        batch: list = []
        for line in lines:
            if line.startswith(b"["):
                # verify_backup() refused rows before any table, so a table's header has set both.
                assert insert is not None and convert is not None
                batch.append(convert(orjson.loads(line)))
                if len(batch) == CHUNK:
                    insert(batch)
                    batch = []
                continue
            if batch:
                assert insert is not None
                insert(batch)
                batch = []
            header = orjson.loads(line)
            if "model" not in header:
                break  # the trailer
            model = chosen[header["model"]]
            insert = inserter(model, tables[header["model"]]["columns"], connection)
            convert = converter(model, tables[header["model"]], using)
            if progress:
                progress(f"{header['model']}: {tables[header['model']]['rows']:,} rows")
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
    return summary


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


def inserter(model: type[models.Model], names: list[str], connection) -> Callable[[list], None]:
    """Return a function that inserts rows of these columns as they are: COPY on PostgreSQL, else executemany."""
    quote = connection.ops.quote_name
    column = {f.attname: f.column for f in model._meta.concrete_fields}
    table = quote(model._meta.db_table)
    listed = ", ".join(quote(column[name]) for name in names)

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
            cursor.executemany(
                f"INSERT INTO {table} ({listed}) VALUES ({', '.join(['%s'] * len(names))})", rows
            )

    write = copy if connection.vendor == "postgresql" else execute_many

    def insert(rows: list) -> None:
        try:
            write(rows)
        except DatabaseError as error:
            raise BackupError(
                f"{label(model)}: a row cannot be restored, nothing was restored: {error}"
            ) from None

    return insert


def converter(model: type[models.Model], table: dict, using: str) -> Callable[[list], list]:
    """Return a function that turns a row read from the file into the values the database driver takes."""
    connection = connections[using]
    steps: list[Callable | None] = []
    for f in model._meta.concrete_fields:
        if f.attname in table["natural_keys"]:
            steps.append(natural_key_lookup(model, f, using))
            continue
        # A concrete relation is a foreign key (or one-to-one), which has a target field.
        target = cast(models.ForeignObject, f).target_field if f.is_relation else f
        if target.get_internal_type() in PLAIN_TYPES:
            steps.append(None)
        else:
            steps.append(
                lambda value, f=f: (
                    None if value is None else f.get_db_prep_save(f.to_python(value), connection)
                )
            )
    if all(step is None for step in steps):
        return lambda row: row

    def convert(row: list) -> list:
        try:
            return [value if step is None else step(value) for step, value in zip(steps, row, strict=True)]
        except (ValidationError, ValueError, TypeError) as error:
            raise BackupError(f"{label(model)}: a row cannot be read back ({row[:1]}): {error}") from None

    return convert


def natural_key_lookup(model, f, using: str) -> Callable:
    target = f.related_model
    ids = {tuple(obj.natural_key()): obj.pk for obj in target._base_manager.using(using).select_related()}

    def lookup(value):
        if value is None:
            return None
        try:
            return ids[tuple(value)]
        except KeyError:
            raise BackupError(
                f"{label(model)}.{f.name} refers to {label(target)} {'.'.join(map(str, value))}, which this "
                "database lacks: run `manage.py migrate` with the release that made the backup."
            ) from None

    return lookup


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
