"""Read a backup file, refusing at its first line out of place: the manifest, then each table's rows in turn."""

import gzip
import hashlib
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import orjson

from .tables import FORMAT, FORMAT_VERSION, BackupError, quoted

MANIFEST_KEYS = {"format", "version", "created_at", "engine", "django", "migrations", "tables"}
TABLE_KEYS = {"model", "table", "columns", "natural_keys", "rows", "sequence"}


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
    except zlib.error as error:
        raise BackupError(f"{path} is damaged and cannot be decompressed: {error}.") from None
    except OSError as error:
        if error.errno is None:  # raised by gzip itself
            raise BackupError(f"{path} is damaged and cannot be decompressed: {error}.") from None
        raise BackupError(f"Cannot read {path}: {error.strerror}.") from None


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


def is_count(value) -> bool:
    """Return whether a value read from JSON is a whole number, 0 or more (true and false are not)."""
    return type(value) is int and value >= 0


def is_names(value) -> bool:
    """Return whether a value read from JSON is a list of distinct texts."""
    return type(value) is list and all(type(item) is str for item in value) and len(set(value)) == len(value)


def check_manifest(manifest: dict, path: Path) -> None:
    """Refuse a manifest of another format or version, or one with a part missing, unknown or of the wrong kind."""
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not a backup made by `manage.py backup`.")
    if manifest.get("version") != FORMAT_VERSION:
        raise BackupError(
            f"{path} is in backup format version {quoted(manifest.get('version'))}; this version of the tracker "
            f"reads version {FORMAT_VERSION}. Restore it with the release that made it."
        )

    def refuse(problem: str) -> NoReturn:
        raise BackupError(f"{path} is damaged or was edited: its manifest {problem}.")

    def check_keys(value: dict, expected: set[str], where: str) -> None:
        if missing := expected - value.keys():
            refuse(f"{where}lacks {', '.join(sorted(missing))}")
        if unknown := value.keys() - expected:
            refuse(f"{where}has unknown keys: {quoted(sorted(unknown))}")

    check_keys(manifest, MANIFEST_KEYS, "")
    for key in ("created_at", "engine", "django"):
        if type(manifest[key]) is not str:
            refuse(f"{key} is not a text")
    migrations = manifest["migrations"]
    if type(migrations) is not dict or not all(is_names(names) for names in migrations.values()):
        refuse("migrations is not each app's list of migration names")
    if type(manifest["tables"]) is not list:
        refuse("tables is not a list")
    seen = set()
    for number, table in enumerate(manifest["tables"], start=1):
        if type(table) is not dict:
            refuse(f"table {number} is not an object")
        where = f"table {number} ({quoted(table.get('model'))}) "
        check_keys(table, TABLE_KEYS, where)
        if type(table["model"]) is not str or type(table["table"]) is not str:
            refuse(f"{where}has a model or table name that is not a text")
        if table["model"] in seen:
            refuse(f"lists {table['model']} twice")
        seen.add(table["model"])
        if not is_names(table["columns"]) or not table["columns"]:
            refuse(f"{where}columns is not a list of distinct column names")
        natural = table["natural_keys"]
        if (
            type(natural) is not dict
            or not all(type(target) is str for target in natural.values())
            or not natural.keys() <= set(table["columns"])
        ):
            refuse(f"{where}natural_keys is not a model for each of some of its columns")
        if not is_count(table["rows"]):
            refuse(f"{where}rows is not a whole number, 0 or more")
        if table["sequence"] is not None and not is_count(table["sequence"]):
            refuse(f"{where}sequence is neither null nor a whole number, 0 or more")


class BackupFile:
    """A backup being read: its manifest, checked when the file is opened, then its rows, checked as they come."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines = read_lines(path)
        self.first = next(self.lines, b"")
        self.manifest = parse(self.first, path, "first line")
        check_manifest(self.manifest, path)
        self.tables = {table["model"]: table for table in self.manifest["tables"]}
        self.sha256 = ""  # set once rows() has read the last line and found the checksum matches

    def refuse(self, problem: str) -> NoReturn:
        raise BackupError(f"{self.path} is damaged or was edited: {problem}.")

    def rows(self) -> Iterator[tuple[dict, int, bytes]]:
        """Yield (the manifest's table, line number, line) for every row, in the file's order.

        A line out of place is refused as it is read; rows other than the manifest counts, or a checksum that
        does not match, once the last line is read.
        """
        tables = iter(self.manifest["tables"])
        table: dict | None = None
        counted: dict[str, int] = {}
        digest = hashlib.sha256(self.first)
        trailer: dict | None = None
        for number, line in enumerate(self.lines, start=2):
            if trailer is not None:
                self.refuse(f"line {number} follows the checksum line, which must be the last")
            if line.startswith(b"["):
                if table is None:
                    self.refuse(f"line {number} is a row before any table's start")
                counted[table["model"]] += 1
                digest.update(line)
                yield table, number, line
                continue
            header = parse(line, self.path, f"line {number}")
            if "model" in header:
                table = next(tables, None)
                if table is None or header != {"model": table["model"]}:
                    listed = f"{table['model']} starts" if table else "nothing follows the last table"
                    self.refuse(f"line {number} is {quoted(header)} where the manifest says {listed}")
                counted[header["model"]] = 0
                digest.update(line)
            elif "sha256" in header:
                trailer = header
            else:
                self.refuse(f"line {number} is neither a row, a table's start nor the checksum line")
        if trailer is None:
            raise BackupError(f"{self.path} is incomplete: it has no checksum line at its end.")
        if trailer.keys() != {"sha256", "rows"} or not is_count(trailer["rows"]):
            self.refuse(f"its last line, {quoted(trailer)}, is not a checksum line")
        if trailer["sha256"] != digest.hexdigest():
            self.refuse("its checksum does not match its contents")
        if (missing := next(tables, None)) is not None:
            self.refuse(f"it ends before {missing['model']}, which its manifest lists")
        expected = {table["model"]: table["rows"] for table in self.manifest["tables"]}
        if counted != expected:
            wrong = [
                f"{m}: {counted[m]:,} rows, manifest says {n:,}"
                for m, n in expected.items()
                if counted[m] != n
            ]
            raise BackupError(f"{self.path} does not hold the rows its manifest lists: {'; '.join(wrong)}.")
        if trailer["rows"] != sum(counted.values()):
            self.refuse(
                f"its checksum line counts {trailer['rows']:,} rows where it holds {sum(counted.values()):,}"
            )
        self.sha256 = trailer["sha256"]


def verify_backup(path: Path) -> tuple[dict, str]:
    """Read the whole file; return its manifest and checksum if it is complete and unchanged, else raise."""
    backup = BackupFile(path)
    for _ in backup.rows():
        pass
    return backup.manifest, backup.sha256
