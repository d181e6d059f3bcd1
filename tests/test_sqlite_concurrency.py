"""Concurrent editors on SQLite: the settings (WAL, IMMEDIATE transactions, busy timeout) must queue them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent

WRITERS = """
import json, threading
import django
django.setup()
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection, transaction

call_command("migrate", verbosity=0)
from claims.models import Actor, Claim, Conflict, ReviewEvent, Source
from claims.services import Hop, save_claim, submit_claim

editor = User.objects.create_user("editor")
editor.groups.add(Group.objects.get(name="Editors"))
conflict = Conflict.objects.create(name="War", slug="war")
ministry = Actor.objects.create(name="Ministry", kind="ministry")
source = Source.objects.create(url="https://example.org/a", title="A", publisher=ministry)
start, errors = threading.Barrier(8), []

def write(writer):
    try:
        start.wait()
        for n in range(15):
            with transaction.atomic():  # read, then write: the pattern that deadlocks DEFERRED transactions
                claim = Claim(
                    conflict=conflict, metric="killed", phrase=f"{writer}-{n}", qualifier="exact",
                    low=n, best=n, high=n, originator=ministry, quote="q", created_by=editor,
                )
                claim = save_claim(claim, chain=[Hop(ministry.pk, "stated", source.pk)], by=editor)
            submit_claim(claim, by=editor)
    except Exception as error:
        errors.append(repr(error))
    finally:
        connection.close()

threads = [threading.Thread(target=write, args=(w,)) for w in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(json.dumps({"errors": errors, "claims": Claim.objects.count(), "events": ReviewEvent.objects.count()}))
"""


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's locking; PostgreSQL has its own test")
def test_eight_concurrent_writers_finish_without_database_is_locked(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env |= {
        "DEBUG": "1",
        "DJANGO_SETTINGS_MODULE": "provenance.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'concurrent.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-c", WRITERS], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"errors": [], "claims": 8 * 15, "events": 8 * 15}
