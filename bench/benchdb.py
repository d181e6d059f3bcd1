"""Which database a bench script writes to, chosen before Django's settings are read.

- DATABASE_URL unset: a new SQLite file in a temporary directory, removed afterwards (the developer's
  db.sqlite3 is never touched);
- DATABASE_URL set: that database, which the script checks is empty once migrated;
- DATABASE_URL=postgres://… with --throwaway: a new database on that server, named after the script and the
  process, dropped afterwards.

Call choose() before django.setup() (importing bench/seed.py runs it), and the returned cleanup at the end.
"""

import os
import shutil
import tempfile
import urllib.parse
from collections.abc import Callable


def is_postgres(url: str) -> bool:
    return url.startswith(("postgres://", "postgresql://", "pgsql://"))


def server_dsn(url: str, database: str) -> str:
    """Return a psycopg connection string for another database on the server of `url`."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(("postgresql", parts.netloc, f"/{database}", parts.query, ""))


def choose(label: str, *, throwaway: bool = False) -> tuple[str, Callable[[], None]]:
    """Set DATABASE_URL for this run; return a description of it and the function that cleans up after."""
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        folder = tempfile.mkdtemp(prefix=f"provenance-{label}-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"

        def remove_folder() -> None:
            close_django_connections()
            shutil.rmtree(folder, ignore_errors=True)

        return f"SQLite file in {folder} (removed afterwards)", remove_folder
    if not throwaway:
        return f"{redacted(url)} (must be empty)", lambda: None
    if not is_postgres(url):
        raise SystemExit("--throwaway needs DATABASE_URL to name a PostgreSQL server.")
    import psycopg

    name = f"bench_{label}_{os.getpid()}"
    with psycopg.connect(server_dsn(url, "postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    parts = urllib.parse.urlsplit(url)
    os.environ["DATABASE_URL"] = urllib.parse.urlunsplit(
        (parts.scheme, parts.netloc, f"/{name}", parts.query, "")
    )

    def drop() -> None:
        close_django_connections()
        with psycopg.connect(server_dsn(url, "postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"throwaway PostgreSQL database {name} (dropped afterwards)", drop


def close_django_connections() -> None:
    try:
        from django.db import connections

        connections.close_all()
    except Exception:
        pass


def redacted(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        parts = parts._replace(netloc=netloc)
    return urllib.parse.urlunsplit(parts)
