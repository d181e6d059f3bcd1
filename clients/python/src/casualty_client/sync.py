"""A local SQLite copy of the published set, kept up to date from the API's change feed.

The file holds one table per kind of record the feed sends (claims, estimates, incidents), each row the
record's id, its JSON exactly as the API gave it, and a few columns copied out of it for querying and joining
in plain SQL; and a `meta` table with `last_seq`, the feed position the copy is at.

Each page of the feed is applied and its `last_seq` stored in one transaction, so a run stopped at any point
(a lost connection, a 429 past the client's patience, Ctrl-C) leaves the copy exactly as of a page it finished,
and the next run starts from there: nothing is lost and nothing is applied twice.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import errors

if TYPE_CHECKING:
    from .client import Client

# Bumped when the tables change shape, so that a later version of the client can tell an old file.
FILE_FORMAT = "1"

Column = tuple[str, str, Callable[[dict[str, Any]], Any]]


def _get(*path: str) -> Callable[[dict[str, Any]], Any]:
    """Return a function reading a nested value (None where any step is missing or null)."""

    def read(record: dict[str, Any]) -> Any:
        value: Any = record
        for step in path:
            if not isinstance(value, dict):
                return None
            value = value.get(step)
        return value

    return read


# Per table: the columns copied out of each record (name, SQLite type, how to read it). `group` keeps the API's
# name, so it must be quoted in SQL ("group" is a keyword).
CLAIM_COLUMNS: list[Column] = [
    ("conflict", "TEXT", _get("conflict", "slug")),
    ("metric", "TEXT", _get("metric")),
    ("population", "TEXT", _get("population")),
    ("group", "TEXT", _get("group")),
    ("qualifier", "TEXT", _get("figure", "qualifier")),
    ("low", "INTEGER", _get("figure", "low")),
    ("best", "INTEGER", _get("figure", "best")),
    ("high", "INTEGER", _get("figure", "high")),
    ("originator_id", "INTEGER", _get("originator", "id")),
    ("originator", "TEXT", _get("originator", "name")),
    ("origin_id", "INTEGER", _get("origin", "id")),
    ("stated_on", "TEXT", _get("stated_on")),
    ("rating", "TEXT", _get("rating")),
    ("quantity_id", "INTEGER", _get("quantity")),
    ("incident_id", "INTEGER", _get("incident")),
    ("published_at", "TEXT", _get("published_at")),
    ("updated_at", "TEXT", _get("updated_at")),
]
ESTIMATE_COLUMNS: list[Column] = [
    ("conflict", "TEXT", _get("conflict", "slug")),
    ("incident_id", "INTEGER", _get("incident")),
    ("metric", "TEXT", _get("metric")),
    ("population", "TEXT", _get("population")),
    ("group", "TEXT", _get("group")),
    ("area", "TEXT", _get("area")),
    ("ends_on", "TEXT", _get("ends_on")),
    ("low", "INTEGER", _get("estimate", "low")),
    ("best", "INTEGER", _get("estimate", "best")),
    ("high", "INTEGER", _get("estimate", "high")),
    ("grade", "TEXT", _get("grade")),
    ("reports", "INTEGER", _get("reports")),
    ("independent_origins", "INTEGER", _get("independent_origins")),
    ("updated_at", "TEXT", _get("updated_at")),
]
INCIDENT_COLUMNS: list[Column] = [
    ("conflict", "TEXT", _get("conflict", "slug")),
    ("name", "TEXT", _get("name")),
    ("kind", "TEXT", _get("kind")),
    ("started_on", "TEXT", _get("started_on")),
    ("ended_on", "TEXT", _get("ended_on")),
    ("place", "TEXT", _get("place")),
    ("latitude", "REAL", _get("latitude")),
    ("longitude", "REAL", _get("longitude")),
    ("perpetrator_id", "INTEGER", _get("perpetrator", "id")),
    ("assessment", "TEXT", _get("assessment")),
    ("updated_at", "TEXT", _get("updated_at")),
]

# The feed's `type` of each entry, and the table it is kept in: the feed still calls estimates "quantity".
TABLES: dict[str, tuple[str, list[Column]]] = {
    "claim": ("claims", CLAIM_COLUMNS),
    "quantity": ("estimates", ESTIMATE_COLUMNS),
    "incident": ("incidents", INCIDENT_COLUMNS),
}
INDEXES = [
    ("claims", "conflict"),
    ("claims", "quantity_id"),
    ("claims", "incident_id"),
    ("estimates", "incident_id"),
]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_tables(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for table, columns in TABLES.values():
        declared = ", ".join(f"{_quote(name)} {kind}" for name, kind, _ in columns)
        # `seq` is the feed entry that last wrote the row: handy to see what an incremental run changed.
        db.execute(
            f"CREATE TABLE IF NOT EXISTS {table} "
            f"(id INTEGER PRIMARY KEY, json TEXT NOT NULL, {declared}, seq INTEGER NOT NULL)"
        )
    for table, column in INDEXES:
        db.execute(f"CREATE INDEX IF NOT EXISTS {table}_{column} ON {table} ({_quote(column)})")


@dataclass
class SyncResult:
    """What one run did: from which feed position to which, over how many pages, with how many changes."""

    started_from: int
    last_seq: int
    pages: int = 0
    upserts: int = 0
    deletes: int = 0

    @property
    def changes(self) -> int:
        return self.upserts + self.deletes


def connect(path: str | Path) -> sqlite3.Connection:
    """Open the copy in autocommit mode: sync() opens its own transactions, one per page."""
    db = sqlite3.connect(path, isolation_level=None, timeout=30)
    db.row_factory = sqlite3.Row
    return db


def last_seq(path: str | Path) -> int:
    """Return the feed position the copy at `path` is at (0 for a new or empty file)."""
    db = connect(path)
    try:
        create_tables(db)
        return _meta_seq(db)
    finally:
        db.close()


def _meta_seq(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = 'last_seq'").fetchone()
    return int(row[0]) if row else 0


def sync(client: Client, path: str | Path, *, page_size: int = 1000) -> SyncResult:
    """Apply every change after the copy's `last_seq` to the SQLite file at `path` (created if need be), page
    by page, until the feed has no more; return what was done."""
    db = connect(path)
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            create_tables(db)
            _claim_file(db, client.base_url)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        after = _meta_seq(db)
        result = SyncResult(started_from=after, last_seq=after)
        while True:
            # Fetched outside any transaction: the file is not locked while the network is slow.
            page = client.changes_page(after, page_size)
            db.execute("BEGIN IMMEDIATE")
            try:
                stored = _meta_seq(db)
                if stored != after:
                    # Another process synced this file meanwhile: this page may be older than what it wrote.
                    # Drop it and go on from where that process got to.
                    db.execute("ROLLBACK")
                    after = stored
                    continue
                _apply(db, page["results"], result)
                db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('last_seq', ?)", [str(page["last_seq"])]
                )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            result.pages += 1
            after = result.last_seq = page["last_seq"]
            if not page["has_more"]:
                return result
    finally:
        db.close()


def _claim_file(db: sqlite3.Connection, api: str) -> None:
    """Record which API the file copies, and refuse to mix two: `seq` numbers are one server's own, and
    another server's would skip or repeat changes."""
    rows = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('api', 'format')").fetchall())
    if "api" in rows and rows["api"] != api:
        raise errors.ClientError(
            f"This file is a copy of {rows['api']}, not of {api}: sync into a new file instead."
        )
    db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('api', ?)", [api])
    db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('format', ?)", [FILE_FORMAT])


def _apply(db: sqlite3.Connection, entries: list[dict[str, Any]], result: SyncResult) -> None:
    """Apply a page's entries in the feed's order: a later entry for the same record wins."""
    for entry in entries:
        kind = entry["type"]
        if kind not in TABLES:  # a kind of record this version does not know: skipped, not a failure
            continue
        table, columns = TABLES[kind]
        record = entry.get(kind)
        if entry["action"] == "upsert" and record is not None:
            names = ", ".join(["id", "json", *(_quote(name) for name, _, _ in columns), "seq"])
            marks = ", ".join("?" * (len(columns) + 3))
            values = [
                entry["id"],
                json.dumps(record),
                *(read(record) for _, _, read in columns),
                entry["seq"],
            ]
            db.execute(f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({marks})", values)
            result.upserts += 1
        else:
            db.execute(f"DELETE FROM {table} WHERE id = ?", [entry["id"]])
            result.deletes += 1


def load(path: str | Path, table: str = "claims") -> list[dict[str, Any]]:
    """Return the records of one table of the copy (claims, estimates or incidents), by id, as the API gave
    them."""
    if table not in {name for name, _ in TABLES.values()}:
        raise ValueError(f"No table {table!r}: the copy has claims, estimates and incidents.")
    db = connect(path)
    try:
        create_tables(db)
        return [json.loads(row["json"]) for row in db.execute(f"SELECT json FROM {table} ORDER BY id")]
    finally:
        db.close()
