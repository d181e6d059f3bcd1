"""Writing many rows without model instances: COPY on PostgreSQL, executemany on SQLite, ids taken in advance.

The one write path (services.save_claims) and the importer write through these; nothing else should.
"""

import datetime as dt
import json
import time
from collections.abc import Iterable, Sequence
from itertools import repeat

from django.db import connection, models


class Table:
    """A model's table as an import fills it: the columns it sets, then every other column.

    The columns come from the model's concrete fields, so a column added later gets its default (or is left
    out, for a database default); an automatic primary key is left to the database unless set, and a date
    set on save (auto_now, auto_now_add) is `now`, as bulk_create() sets it.
    """

    def __init__(self, model: type[models.Model], given: Sequence[str], now: dt.datetime):
        self.name = model._meta.db_table
        fields = {f.attname: f for f in model._meta.concrete_fields}
        others = [
            f
            for f in fields.values()
            if f.attname not in given
            and not (f.primary_key and isinstance(f, models.AutoField))
            and f.db_default is models.NOT_PROVIDED
        ]
        if any(f.has_default() and callable(f.default) for f in others):
            raise NotImplementedError(f"{model.__name__}: a default computed per row is not supported here")
        self.columns = [fields[name].column for name in given] + [f.column for f in others]
        stamped = {f for f in others if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)}
        self.rest = tuple(
            f.get_db_prep_save(now if f in stamped else f.get_default(), connection) for f in others
        )

    def insert(self, cursor, *columns: Iterable) -> None:
        """Insert a row per value of the given columns (in `given` order), the other columns at their defaults.

        PostgreSQL: COPY, through psycopg 3's own cursor, inside Django's transaction. Others: executemany.
        """
        rows = zip(*columns, *map(repeat, self.rest), strict=False)  # repeat() never ends
        quote = connection.ops.quote_name
        table, names = quote(self.name), ", ".join(map(quote, self.columns))
        if connection.vendor == "postgresql":
            sql = f"COPY {table} ({names}) FROM STDIN"
            started = time.monotonic()
            # Django's exceptions (IntegrityError...) from psycopg's own cursor, as from Django's.
            with connection.wrap_database_errors, cursor.cursor.copy(sql) as copy:
                for row in rows:
                    copy.write_row(row)
            if connection.queries_logged:  # as Django logs its own statements: query counts stay honest
                connection.queries_log.append({"sql": sql, "time": f"{time.monotonic() - started:.3f}"})
        else:
            placeholders = ", ".join(["%s"] * len(self.columns))
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({placeholders})", rows)


def one_of(column: str, values: list) -> tuple[str, list]:
    """Return SQL saying that `column` is one of `values`, and its parameters: one, however many values."""
    if connection.vendor == "postgresql":
        return f"{column} = ANY(%s)", [values]
    return f"{column} IN (SELECT value FROM json_each(%s))", [json.dumps(values)]


def take_ids(cursor, model: type[models.Model], count: int) -> list[int]:
    """Reserve `count` primary keys of the model's table, in increasing order."""
    table, pk = model._meta.db_table, model._meta.pk.column
    if connection.vendor == "postgresql":
        # The sequence's name is looked up once (an init plan), not once per id: 7 times faster.
        cursor.execute(
            "SELECT nextval((SELECT pg_get_serial_sequence(%s, %s))::regclass) FROM generate_series(1, %s)",
            [table, pk, count],
        )
        return sorted(n for (n,) in cursor.fetchall())
    if connection.vendor == "sqlite":
        # The transaction holds SQLite's write lock from its first statement (IMMEDIATE, see settings), so
        # nobody else takes ids meanwhile. AUTOINCREMENT never reuses an id, even a deleted claim's (its
        # history still names it): start above both the largest id and the table's counter.
        quote = connection.ops.quote_name
        cursor.execute(
            f"SELECT max(coalesce((SELECT max({quote(pk)}) FROM {quote(table)}), 0),"
            " coalesce((SELECT seq FROM sqlite_sequence WHERE name = %s), 0))",
            [table],
        )
        first = cursor.fetchone()[0] + 1
        return list(range(first, first + count))
    raise NotImplementedError(f"Bulk import supports PostgreSQL and SQLite, not {connection.vendor}")
