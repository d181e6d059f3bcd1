"""A backup made on SQLite restores on PostgreSQL, and PostgreSQL's backup of it restores on SQLite, every value as
it was, at the edges of each kind of column (docs/backup.md, "Moving between SQLite and PostgreSQL").

Each step is a `manage.py` process with its own DATABASE_URL, as an operator runs it, so the test is the same
whichever engine the suite itself runs on.
"""

import datetime as dt
import gzip
import os
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import psycopg
import pytest

ROOT = Path(__file__).resolve().parent.parent
POSTGRES = "postgres://postgres@127.0.0.1:5432"

EMOJI = "🕊️ 👨‍👩‍👧‍👦 🇦🇲🇦🇿 ✌🏽"  # a variation selector, joiners, flags, a skin tone
RTL = "الحرب في ناغورنو كاراباخ \u200f(מלחמה)\u200f"
COMBINING = "Z̤͔ͧ̑̓ä͖̭̈̇lg̭o, e\u0301, Ա\u0301"
ASTRAL = "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎 𓀀"
CONTROL = '\ufeffBOM, tab\t, new\nline, CR\r\n, "quote" \\backslash\\ \u2028\u2029 \x7f \x01'
LONG = (EMOJI + RTL + COMBINING + ASTRAL + CONTROL) * 1_500  # 210,000 characters
BIGGEST = 2**63 - 1  # the largest figure a claim holds (a 64-bit integer on both engines)


def fill_with_edge_values() -> None:
    """Fill a freshly migrated database with a row in every backed-up table, then with values at the edges of
    each kind of column. Run in a `manage.py shell` process."""
    from django.contrib.admin.models import LogEntry
    from django.contrib.auth import get_user_model
    from django.contrib.contenttypes.models import ContentType
    from django.test import override_settings

    from claims import services
    from claims.models import Claim, ClaimVersion, Conflict, Incident, Partner, PartnerKey, Status
    from tests.factories import ActorFactory, ClaimFactory, SourceFactory, user_in
    from tests.test_backup import build_rich_database

    editor, reviewer = user_in("Editors", "editor"), user_in("Reviewers", "reviewer")

    def claim_in(status, **fields):
        # Figures as large as the column holds: an administrator may raise the plausibility limits that far,
        # and a backup carries whatever the database holds.
        with override_settings(PLAUSIBILITY_LIMITS={"killed": BIGGEST, "casualties": BIGGEST}):
            return ClaimFactory(status=status, created_by=editor, **fields)

    build_rich_database(claim_in, editor, reviewer)

    # Texts: every script and composition, control characters, a long text, fields filled to their length.
    conflict = Conflict.objects.create(
        name=(EMOJI + RTL)[:200],
        slug="edges",
        started_on=dt.date(1, 1, 1),
        ended_on=dt.date(9999, 12, 31),
        description=LONG,
    )
    actor = ActorFactory(name=COMBINING, aliases=f"{RTL}\n{ASTRAL}", description=CONTROL)
    SourceFactory(
        title="Ա" * 499 + "🕊",
        text=LONG,
        language="hy",
        retrieved_at=dt.datetime(2020, 1, 1, 0, 0, 0, 1, tzinfo=dt.UTC),
    )
    # Figures at the largest a claim holds, and a claim filled to its columns' lengths.
    claim_in(
        Status.PUBLISHED,
        conflict=conflict,
        originator=actor,
        low=BIGGEST,
        best=BIGGEST,
        high=BIGGEST,
        area="Ա" * 199 + "🕊",
        quote=CONTROL + LONG[:10_000],
        internal_note=RTL,
    )
    claim_in(
        Status.DRAFT,
        conflict=conflict,
        originator=actor,
        qualifier="at_least",
        low=BIGGEST,
        best=None,
        high=None,
        phrase=ASTRAL,
    )
    # Dates at the calendar's ends; coordinates at the map's, in full precision.
    incident = Incident(
        conflict=conflict,
        name=ASTRAL,
        started_on=dt.date(1, 1, 1),
        ended_on=dt.date(9999, 12, 31),
        place=RTL[:200],
        latitude=-89.99999999999999,
        longitude=179.99999999999997,
        place_precision="near",
        description=LONG[:20_000],
    )
    services.save_incident(incident)
    tiny = Incident(
        conflict=conflict,
        name="Tiny",
        started_on=dt.date(2020, 2, 29),
        latitude=5e-324,
        longitude=-0.0,
        place_precision="near",
    )
    services.save_incident(tiny)
    # Times with microseconds at the calendar's ends in UTC, and one given with another offset.
    person = get_user_model().objects.create(
        id=2**31 - 1,  # an id's largest; the sequence follows it
        username="ünïcødé_名前",
        first_name=RTL[:150],
        last_name=COMBINING,
        email="person@example.org",
        last_login=dt.datetime(1, 1, 1, 0, 0, 0, 1, tzinfo=dt.UTC),
        date_joined=dt.datetime(9999, 12, 31, 23, 59, 59, 999_999, tzinfo=dt.UTC),
        is_superuser=True,
    )
    LogEntry.objects.create(
        user=person,
        content_type=ContentType.objects.get_for_model(Conflict),
        object_id=EMOJI,
        object_repr=RTL[:200],
        action_flag=32_767,  # a small integer's largest
        change_message=LONG[:5_000],
        action_time=dt.datetime(
            2020, 2, 29, 23, 59, 59, 999_999, tzinfo=dt.timezone(dt.timedelta(hours=5.75))
        ),
    )
    PartnerKey.objects.create_key(
        partner=Partner.objects.create(name=EMOJI, notes=LONG[:1_000]),
        name=ASTRAL,
        expiry_date=dt.datetime(9999, 12, 31, 23, 59, 59, 999_999, tzinfo=dt.UTC),
    )
    # JSON: every kind of value, integers at 64 bits' ends, escapes, unicode keys. Floats stay below 1e16: past
    # it PostgreSQL's jsonb gives them back as integers (it writes numbers without an exponent).
    ClaimVersion.objects.filter(pk=ClaimVersion.objects.latest("pk").pk).update(
        changed={
            "text": EMOJI + RTL + COMBINING + ASTRAL + CONTROL,
            "nested": {"list": [1, 2.5, None, True, False, "", [], {}], "deep": [[[[[[[[[["bottom"]]]]]]]]]]},
            "largest": 2**64 - 1,
            "smallest": -(2**63),
            "fraction": 0.1,
            "subnormal": 5e-324,
            "large": 1e15 + 0.5,
            "": "the empty key",
            "☃ ключ": 1,
        }
    )
    # Integers at their column's largest on PostgreSQL (SQLite would take more: see claims/backup/values.py).
    Claim.objects.filter(pk=Claim.objects.latest("pk").pk).update(version=2**31 - 1)
    get_user_model().objects.filter(pk=person.pk).update(
        id=2**31 - 1
    )  # an id's largest; the sequence follows
    Conflict.objects.create(id=BIGGEST, name="The last id", slug="last-id")  # the sequence at its end


def postgres():
    """Return a connection to the PostgreSQL server's maintenance database, or skip the test."""
    try:
        return psycopg.connect(f"{POSTGRES}/postgres", autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        pytest.skip(
            f"PostgreSQL is unreachable at 127.0.0.1:5432, so SQLite ↔ PostgreSQL is not tested: {error}"
        )


def manage(database_url: str, *args: str) -> subprocess.Popen:
    """Start `manage.py ARGS` on the database at `database_url`."""
    env = {**os.environ, "DATABASE_URL": database_url, "DEBUG": "1"}
    env.pop("DATABASE_REPLICA_URL", None)
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def finished(process: subprocess.Popen) -> str:
    """Wait for the process; return its output, or fail with its error."""
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, f"{' '.join(map(str, process.args))} failed:\n{err.decode()[-3000:]}"
    return out.decode()


def contents(backup: Path) -> dict:
    """Return what a backup holds beyond when and where it was made: its tables' descriptions and rows."""
    lines = gzip.decompress(backup.read_bytes()).splitlines()
    manifest = orjson.loads(lines[0])
    rows: dict[str, list] = {}
    current = ""
    for line in lines[1:-1]:
        value = orjson.loads(line)
        if isinstance(value, dict):
            current = value["model"]
            rows[current] = []
        else:
            rows[current].append(value)
    return {"migrations": manifest["migrations"], "tables": manifest["tables"], "rows": rows}


def test_a_backup_made_on_sqlite_restores_on_postgresql_and_back(tmp_path):
    server = postgres()
    name = f"provenance_rt_{os.getpid()}"
    sqlite, back = tmp_path / "made.sqlite3", tmp_path / "back.sqlite3"
    made, moved, returned = (tmp_path / f"{step}.jsonl.gz" for step in ("made", "moved", "returned"))
    on_sqlite, on_postgres, back_on_sqlite = f"sqlite:///{sqlite}", f"{POSTGRES}/{name}", f"sqlite:///{back}"
    server.execute(f"DROP DATABASE IF EXISTS {name}")
    server.execute(f"CREATE DATABASE {name}")
    try:
        migrating = [manage(on_sqlite, "migrate", "-v0"), manage(on_postgres, "migrate", "-v0")]
        for process in migrating:
            finished(process)
        for suffix in ("", "-wal"):  # a second freshly migrated SQLite database, for the way back
            if sqlite.with_name(sqlite.name + suffix).exists():
                shutil.copy(sqlite.with_name(sqlite.name + suffix), back.with_name(back.name + suffix))

        command = "from tests.test_backup_engines import fill_with_edge_values; fill_with_edge_values()"
        finished(manage(on_sqlite, "shell", "-c", command))
        finished(manage(on_sqlite, "backup", str(made)))
        restored = finished(manage(on_postgres, "restore", str(made)))
        finished(manage(on_postgres, "backup", str(moved)))
        restored_back = finished(manage(back_on_sqlite, "restore", str(moved)))
        finished(manage(back_on_sqlite, "backup", str(returned)))
    finally:
        server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        server.close()

    # Each restore's recount agrees with the counts stored: the derived data came across whole.
    assert "Every quantity's counts equal a recount" in restored
    assert "Every quantity's counts equal a recount" in restored_back
    original = contents(made)
    assert sum(map(len, original["rows"].values())) > 200
    for copy in (contents(moved), contents(returned)):
        assert copy["migrations"] == original["migrations"]
        assert copy["tables"] == original["tables"]  # columns, row counts, sequence positions
        for model, rows in original["rows"].items():
            assert copy["rows"][model] == rows, model
