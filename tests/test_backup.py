"""Backup and restore: every row comes back as it was, and a bad file or a full database changes nothing."""

import contextlib
import datetime as dt
import gzip
import hashlib
import io
import os
import random
import re
import stat
import uuid

import orjson
import pytest
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection, transaction

from claims import services
from claims.models import (
    CaptureRequest,
    CaptureState,
    Claim,
    ClaimDocument,
    ClaimVersion,
    FeedEntry,
    Incident,
    Partner,
    PartnerKey,
    Status,
)
from claims.services import record_claim_changes
from tests.capture_server import REPORT_PDF, no_storage, storage_in
from tests.factories import (
    ActorFactory,
    ClaimFactory,
    ConflictFactory,
    SourceFactory,
    recreate_roles,
    user_in,
)
from tests.factories import rewrite as save_anew

CLAIM_COLUMNS = len(Claim._meta.concrete_fields)


def covered_models():
    """Return the models a backup must hold: users, groups, the admin log and every table of claims but the
    throttle's request counts and the figures read in long texts (transient, as the cache is), and the partner
    documents of claims, estimates and incidents (derived: the restore renders them)."""
    user = get_user_model()
    models = [
        Group,
        Group.permissions.through,
        user,
        user.groups.through,
        user.user_permissions.through,
        LogEntry,
    ]
    return models + [
        model
        for model in apps.get_app_config("claims").get_models(include_auto_created=True)
        if not model._meta.proxy
        and model._meta.label_lower
        not in (
            "claims.requestcount",
            "claims.textreading",
            "claims.claimdocument",
            "claims.quantitydocument",
            "claims.incidentdocument",
        )
    ]


def every_row() -> dict[str, list[tuple]]:
    """Return every column of every covered row, with permissions and content types by natural key."""
    natural = {
        Permission: {p.pk: p.natural_key() for p in Permission.objects.select_related("content_type")},
        ContentType: {c.pk: c.natural_key() for c in ContentType.objects.all()},
    }
    rows = {}
    for model in covered_models():
        fields = model._meta.concrete_fields
        keyed = {i: natural[f.related_model] for i, f in enumerate(fields) if f.related_model in natural}
        rows[model._meta.label_lower] = [
            tuple(
                keyed[i][value] if i in keyed and value is not None else value for i, value in enumerate(row)
            )
            for row in model._base_manager.order_by("pk").values_list(*[f.attname for f in fields])
        ]
    return rows


def build_rich_database(claim_in, editor, reviewer):
    """Fill every covered table; return the last claim made, published then deleted, and its feed entry."""
    conflict = ConflictFactory(slug="karabakh-2020", name="Karabakh 2020")
    government = ActorFactory(name="Government of Armenia", kind="government")
    ministry = ActorFactory(name="Ministry of Defence of Armenia", acts_on_behalf_of=government)
    spokesperson = ActorFactory(name="Shushan Stepanyan", kind="individual", acts_on_behalf_of=ministry)
    government.party_to.add(conflict)
    claims = {status: claim_in(status, conflict=conflict, originator=spokesperson) for status in Status}

    # Edits after the fact: history rows, a source's text snapshot, a revised figure, an admin log entry.
    draft = save_anew(
        claims[Status.DRAFT],
        by=editor,
        area="Nagorno-Karabakh",
        supersedes=claims[Status.PUBLISHED],
        breakdown_of=claims[Status.PUBLISHED],
        internal_note="Check the date with the desk.",
    )
    source = claims[Status.PUBLISHED].chain.last().source
    source.text = "The ministry said 12 soldiers were killed."
    services.save_source(source)
    bulletin = SourceFactory(text="Нет данных.", language="ru")
    # A capture: bytes (written base64), headers and redirects (JSON), a user who may leave.
    services.capture_upload(
        bulletin, body=REPORT_PDF, filename="sitrep.pdf", content_type="application/pdf", user=editor
    )
    CaptureRequest.objects.create(
        source=bulletin,
        requested_by=editor,
        requested_at=dt.datetime(2024, 6, 3, 12, tzinfo=dt.UTC),
        state=CaptureState.FAILED,
        finished_at=dt.datetime(2024, 6, 3, 12, 1, tzinfo=dt.UTC),
        message="The server did not send the whole document within 20 seconds.",
    )
    # An incident, edited once (history), with a published figure of it (an estimate and its version) and a
    # reviewer's grade.
    incident = Incident(
        conflict=conflict,
        name="Shelling of Martuni",
        started_on=dt.date(2020, 10, 10),
        place="Martuni",
        latitude=39.79,
        longitude=47.11,
        place_precision="near",
        perpetrator=government,
    )
    services.save_incident(incident)
    incident.description = "Reported by the de facto authorities."
    services.save_incident(incident)
    shelled = claim_in(Status.PUBLISHED, conflict=conflict, originator=spokesperson, incident=incident)
    services.override_grade(shelled.quantity, grade="weak", reason="One statement only.", by_id=reviewer.pk)
    LogEntry.objects.create(
        user=reviewer,
        content_type=ContentType.objects.get_for_model(draft),
        object_id=str(draft.pk),
        object_repr=str(draft),
        action_flag=CHANGE,
        change_message='[{"changed": {"fields": ["Area"]}}]',
    )

    desk = Group.objects.create(name="Night desk")
    desk.permissions.add(Permission.objects.get(codename="view_feedentry"))
    night_editor = get_user_model().objects.create_user(
        "night", password="night-password", email="n@example.org"
    )
    night_editor.groups.add(desk)
    night_editor.user_permissions.add(Permission.objects.get(codename="review_claim"))
    partner = Partner.objects.create(name="Example Newsroom", notes="Internal: pays late.")
    PartnerKey.objects.create_key(partner=partner, name="nightly sync")
    # A release, its files and chunks (written once, never updated: a restore must insert them as they were).
    from claims import releases
    from claims.models import ReleaseCut

    cut = ReleaseCut.objects.create(
        requested_by=reviewer, requested_at=dt.datetime.now(dt.UTC), base_url="http://x/"
    )
    release = releases.cut("http://x/")
    ReleaseCut.objects.filter(pk=cut.pk).update(state="done", finished_at=release.created_at, release=release)
    # A partner's webhook subscription, an event sent to it and its delivery log.
    from claims.models import WebhookAttempt, WebhookDelivery, WebhookEvent, WebhookSubscription
    from claims.webhooks import new_secret

    now = dt.datetime.now(dt.UTC)
    subscription = WebhookSubscription.objects.create(
        partner=partner, url="https://hooks.example.org/in", events=["claim.published"], secret=new_secret()
    )
    event = WebhookEvent.objects.create(
        type="claim.published", claim=claims[Status.PUBLISHED], at=now, data={"id": 1}, batch=uuid.uuid4()
    )
    delivery = WebhookDelivery.objects.create(subscription=subscription, event=event, created_at=now)
    WebhookAttempt.objects.create(delivery=delivery, at=now, status_code=204, duration_ms=12)

    # The last claim and the newest feed entry go: their ids must never be handed out again. Alone in its
    # quantity, so that deleting it changes no other published claim (which would add feed entries).
    gone = claim_in(Status.PUBLISHED, conflict=ConflictFactory(slug="elsewhere"), metric="missing")
    gone_seq = FeedEntry.objects.get(quantity=gone.quantity).seq  # after the claim's own entry
    gone_id, quantity = gone.pk, gone.quantity
    gone.delete()
    quantity.delete()
    return gone_id, gone_seq


def empty_as_after_migrate():
    """Empty the database as a fresh `migrate` leaves it, but with other ids for content types and permissions."""
    call_command("flush", interactive=False, inhibit_post_migrate=True)
    # Rows made first take the ids the originals had: the backup must refer to them by natural key.
    elsewhere = ContentType.objects.create(app_label="elsewhere", model="taken")
    Permission.objects.create(content_type=elsewhere, codename="taken", name="Taken")
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    recreate_roles()


@pytest.mark.django_db(transaction=True)
def test_restore_brings_back_every_row_of_every_table(tmp_path, claim_in, editor, reviewer):
    gone_id, gone_seq = build_rich_database(claim_in, editor, reviewer)
    before = every_row()
    empty = [name for name, rows in before.items() if not rows]
    assert not empty, f"build_rich_database must fill every table the backup covers, not {empty}"
    assert gone_seq > max(seq for seq, *_ in before["claims.feedentry"])
    review_permission = Permission.objects.get(codename="review_claim").pk
    backup = tmp_path / "backup.jsonl.gz"
    documents = partner_documents()
    assert documents  # not backed up: the restore renders them again, the same

    call_command("backup", backup)
    empty_as_after_migrate()
    assert Permission.objects.get(codename="review_claim").pk != review_permission
    assert not ClaimDocument.objects.exists()
    call_command("restore", backup)

    after = every_row()
    for name, rows in before.items():
        assert after[name] == rows, name
    assert partner_documents() == documents
    # New rows continue after the highest ids ever handed out, those of the deleted claim included.
    claim = ClaimFactory(conflict__slug="karabakh-2020")
    assert claim.pk == gone_id + 1
    with transaction.atomic():
        record_claim_changes([claim.pk], "upsert")
    assert FeedEntry.objects.get(claim=claim).seq == gone_seq + 1


def partner_documents() -> list[tuple]:
    return [
        (pk, bytes(body), bytes(row)) for pk, body, row in ClaimDocument.objects.order_by("pk").values_list()
    ]


def test_backup_manifest_lists_every_covered_table_and_no_other(tmp_path, claim_in):
    claim_in(Status.PUBLISHED)
    backup = tmp_path / "backup.jsonl.gz"
    call_command("backup", backup)

    manifest = orjson.loads(gzip.decompress(backup.read_bytes()).split(b"\n", 1)[0])
    assert manifest["format"] == "provenance-backup"
    assert manifest["version"] == 1
    assert "0001_initial" in manifest["migrations"]["claims"]
    counts = {table["model"]: table["rows"] for table in manifest["tables"]}
    assert counts == {name: len(rows) for name, rows in every_row().items()}
    # It holds password and API-key hashes.
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600


@pytest.fixture
def full_backup(db, tmp_path, claim_in):
    """Return a backup of a database holding a published claim; the database keeps it."""
    claim_in(Status.PUBLISHED)
    path = tmp_path / "full.jsonl.gz"
    call_command("backup", path)
    return path


@pytest.fixture
def empty_backup(db, tmp_path):
    """Return a backup of the freshly migrated, empty database."""
    path = tmp_path / "empty.jsonl.gz"
    call_command("backup", path)
    return path


def rewrite(path, edit):
    """Write a copy of the backup with `edit` applied to its lines (trailer excepted) and a fresh checksum."""
    lines = [orjson.loads(line) for line in gzip.decompress(path.read_bytes()).splitlines()[:-1]]
    edit(lines)
    data = b"".join(orjson.dumps(line) + b"\n" for line in lines)
    trailer = {
        "sha256": hashlib.sha256(data).hexdigest(),
        "rows": sum(isinstance(line, list) for line in lines),
    }
    copy = path.with_name("edited-" + path.name)
    copy.write_bytes(gzip.compress(data + orjson.dumps(trailer) + b"\n"))
    return copy


def test_restore_refuses_a_database_that_holds_claims(full_backup):
    before = every_row()
    with pytest.raises(CommandError, match=r"not empty \(.*claims\.claim.*\).*Nothing was changed"):
        call_command("restore", full_backup)
    assert every_row() == before


def damaged(kind, path):
    data = path.read_bytes()
    if kind == "truncated":
        return data[: len(data) // 2]
    if kind == "corrupted":
        middle = len(data) // 2
        return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]
    plain = gzip.decompress(data)
    if kind == "edited":
        return gzip.compress(plain.replace(b"12 soldiers", b"13 soldiers"))
    if kind == "without its checksum":
        return gzip.compress(plain[: plain.rstrip(b"\n").rfind(b"\n") + 1])
    if kind == "not compressed":
        return plain
    raise AssertionError(kind)


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("truncated", "is truncated"),
        ("corrupted", "damaged"),
        ("edited", "checksum does not match"),
        ("without its checksum", "is incomplete"),
        ("not compressed", "is not a backup"),
    ],
)
def test_restore_refuses_a_damaged_file(full_backup, kind, message):
    broken = full_backup.with_name(f"{kind}.jsonl.gz")
    broken.write_bytes(damaged(kind, full_backup))
    before = every_row()
    with pytest.raises(CommandError, match=message):
        call_command("restore", broken)
    with pytest.raises(CommandError, match=message):
        call_command("restore", broken, check=True)
    assert every_row() == before


def test_restore_refuses_another_format_version(empty_backup):
    before = every_row()
    newer = rewrite(empty_backup, lambda lines: lines[0].update(version=2))
    with pytest.raises(
        CommandError, match="backup format version 2; this version of the tracker reads version 1"
    ):
        call_command("restore", newer)
    assert every_row() == before


def test_restore_refuses_a_backup_made_at_other_migrations(empty_backup):
    before = every_row()

    def from_an_older_release(lines):
        lines[0]["migrations"]["claims"] = lines[0]["migrations"]["claims"][:5]

    older = rewrite(empty_backup, from_an_older_release)
    with pytest.raises(
        CommandError, match=r"other migrations.*only this database has 0006_claim_external_id"
    ):
        call_command("restore", older)
    with pytest.raises(CommandError, match=r"manage\.py migrate claims 0005_provenance_analysis"):
        call_command("restore", older, check=True)
    assert every_row() == before


def adding(rows: list[tuple[str, dict]]):
    """Return an edit that appends these rows (model label, {column: value}) to their tables."""

    def edit(lines):
        tables = {table["model"]: table for table in lines[0]["tables"]}
        for name, row in reversed(rows):
            tables[name]["rows"] += 1
            lines.insert(
                lines.index({"model": name}) + 1, [row.get(column) for column in tables[name]["columns"]]
            )

    return edit


WAR = {"id": 1, "name": "War", "slug": "war", "description": ""}


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            [
                ("claims.conflict", WAR),
                ("claims.actor_party_to", {"id": 1, "actor_id": 999, "conflict_id": 1}),
            ],
            "do not fit together, nothing was restored",
        ),
        (
            [("claims.conflict", WAR), ("claims.conflict", {**WAR, "name": "Same war", "slug": "same"})],
            "claims.conflict: a row cannot be restored, nothing was restored",
        ),
    ],
    ids=["missing actor", "duplicate id"],
)
def test_restore_writes_nothing_when_a_row_does_not_fit(empty_backup, rows, message):
    """All or nothing: a conflict loads, then a bad row undoes everything, the groups' replacement included."""
    before = every_row()
    with pytest.raises(CommandError, match=message):
        call_command("restore", rewrite(empty_backup, adding(rows)))
    assert every_row() == before


def test_restore_loads_a_backup_of_an_empty_database(empty_backup):
    before = every_row()
    call_command("restore", empty_backup)
    assert every_row() == before


def test_restore_check_verifies_without_writing(empty_backup, capsys):
    call_command("restore", empty_backup, check=True)
    assert "is complete and matches this database's migrations" in capsys.readouterr().out


def test_backup_into_a_missing_folder_is_refused_clearly(db, tmp_path):
    with pytest.raises(CommandError, match=r"Cannot write .*missing/backup\.jsonl\.gz\.partial"):
        call_command("backup", tmp_path / "missing" / "backup.jsonl.gz")


# A malformed file: every way of editing or damaging a backup that a person or a disk could, each refused in
# one line with nothing written. The file is a backup of build_rich_database(), made once for the module.


@pytest.fixture(scope="module")
def rich_backup(django_db_setup, django_db_blocker, tmp_path_factory):
    """Return a backup of a database with rows in every covered table; the database is left as it was."""
    path = tmp_path_factory.mktemp("rich") / "rich.jsonl.gz"
    with django_db_blocker.unblock(), transaction.atomic():
        editor, reviewer = user_in("Editors", "editor"), user_in("Reviewers", "reviewer")

        def claim_in(status, **fields):
            return ClaimFactory(status=status, created_by=editor, **fields)

        build_rich_database(claim_in, editor, reviewer)
        call_command("backup", path)
        transaction.set_rollback(True)
    return path


def lines_of(path) -> list[bytes]:
    return gzip.decompress(path.read_bytes()).splitlines()


def packed(lines: list[bytes]) -> bytes:
    """Return a compressed backup of these lines with a fresh checksum line after them."""
    data = b"".join(line + b"\n" for line in lines)
    trailer = {
        "sha256": hashlib.sha256(data).hexdigest(),
        "rows": sum(line.startswith(b"[") for line in lines),
    }
    return gzip.compress(data + orjson.dumps(trailer) + b"\n")


def in_json(edit):
    """Return a corruption: `edit` applied to the file's lines read as JSON (checksum line excepted), which are
    then given a fresh checksum, as someone who knew the format would."""

    def corrupt(path) -> bytes:
        lines = [orjson.loads(line) for line in lines_of(path)[:-1]]
        edit(lines)
        return packed([orjson.dumps(line) for line in lines])

    return corrupt


def in_lines(edit):
    """Return a corruption: `edit` applied to the file's lines as bytes (checksum line excepted), then a fresh
    checksum."""

    def corrupt(path) -> bytes:
        lines = lines_of(path)[:-1]
        edit(lines)
        return packed(lines)

    return corrupt


def in_file(edit):
    """Return a corruption: `edit` applied to every line of the file, its checksum line included, as it is."""

    def corrupt(path) -> bytes:
        lines = lines_of(path)
        edit(lines)
        return gzip.compress(b"".join(line + b"\n" for line in lines))

    return corrupt


def in_bytes(edit):
    """Return a corruption: `edit` applied to the compressed file."""
    return lambda path: edit(path.read_bytes())


def table_in(lines, model: str) -> dict:
    return next(table for table in lines[0]["tables"] if table["model"] == model)


def start_of(lines, model: str) -> int:
    """Return the index of the line that starts the table (read as JSON or as bytes)."""
    header = {"model": model}
    return next(i for i, line in enumerate(lines) if line in (header, orjson.dumps(header)))


def setting(model: str, column: str, value):
    """Return an edit that sets `column` of the table's first row to `value`."""

    def edit(lines):
        lines[start_of(lines, model) + 1][table_in(lines, model)["columns"].index(column)] = value

    return edit


def manifest_table(model: str, /, **changes):
    """Return an edit of the table's entry in the manifest: a value given, or the key removed (None)."""

    def edit(lines):
        table = table_in(lines, model)
        for key, value in changes.items():
            if value is None:
                del table[key]
            else:
                table[key] = value

    return edit


def nested(depth: int):
    value: list = []
    for _ in range(depth - 1):
        value = [value]
    return value


def drop_manifest_key(key):
    return in_json(lambda lines: lines[0].pop(key))


def renaming_column(lines):
    columns = table_in(lines, "claims.claim")["columns"]
    columns[columns.index("area")] = "region"


def a_table_twice(lines):
    lines[0]["tables"].append(dict(table_in(lines, "claims.partnerkey")))


def an_unknown_table(lines):
    lines[0]["tables"].append(
        {
            "model": "claims.secret",
            "table": "claims_secret",
            "columns": ["id"],
            "natural_keys": {},
            "rows": 1,
            "sequence": 1,
        }
    )
    lines.extend([{"model": "claims.secret"}, [1]])


def without_a_table(lines):
    start = start_of(lines, "claims.reviewevent")
    end = start_of(lines, "claims.claimversion")
    del lines[start:end]
    lines[0]["tables"].remove(table_in(lines, "claims.reviewevent"))


def swapping(first: str, second: str):
    def edit(lines):
        a, b = start_of(lines, first), start_of(lines, second)
        lines[a], lines[b] = lines[b], lines[a]

    return edit


def inserting(index_of, line):
    return lambda lines: lines.insert(index_of(lines), line)


def after_the_manifest(lines) -> int:
    return 1


def header_of(model):
    return lambda lines: start_of(lines, model)


def first_row_of(model):
    return lambda lines: start_of(lines, model) + 1


def editing_row(model, change):
    """Return an edit of the table's first row as bytes."""

    def edit(lines):
        index = start_of(lines, model) + 1
        lines[index] = change(lines[index])

    return edit


def deleting(index_of):
    def edit(lines):
        del lines[index_of(lines)]

    return edit


LONG_AREA = "x" * 201
REFUSED = [
    # The manifest, edited.
    pytest.param(drop_manifest_key("tables"), "its manifest lacks tables", id="manifest without tables"),
    pytest.param(
        drop_manifest_key("migrations"), "its manifest lacks migrations", id="manifest without migrations"
    ),
    pytest.param(
        drop_manifest_key("created_at"), "its manifest lacks created_at", id="manifest without date"
    ),
    pytest.param(drop_manifest_key("format"), "is not a backup made by", id="manifest without format"),
    pytest.param(drop_manifest_key("version"), "format version null", id="manifest without version"),
    pytest.param(
        in_json(lambda lines: lines[0].update(version="1")), 'format version "1"', id="version a text"
    ),
    pytest.param(in_json(lambda lines: lines[0].update(note="x")), "unknown keys", id="manifest unknown key"),
    pytest.param(
        in_json(lambda lines: lines.__setitem__(0, [lines[0]])), "unexpected first line", id="manifest a list"
    ),
    pytest.param(
        in_json(lambda lines: lines[0]["migrations"].update(claims="0001_initial")),
        "migrations is not each app's list",
        id="migrations not lists",
    ),
    pytest.param(
        in_json(lambda lines: lines[0].update(tables={})), "tables is not a list", id="tables not a list"
    ),
    pytest.param(
        in_json(lambda lines: lines[0]["tables"].__setitem__(0, "auth.group_permissions")),
        "table 1 is not an object",
        id="table not an object",
    ),
    *[
        pytest.param(
            in_json(manifest_table("claims.claim", **{key: None})),
            rf'table \d+ \(("claims.claim"|null)\) lacks {key}',
            id=f"table without {key}",
        )
        for key in ("model", "table", "columns", "natural_keys", "rows", "sequence")
    ],
    pytest.param(
        in_json(
            lambda lines: table_in(lines, "claims.claim").update(
                count=table_in(lines, "claims.claim").pop("rows")
            )
        ),
        "lacks rows",
        id="table key renamed",
    ),
    *[
        pytest.param(
            in_json(manifest_table("claims.claim", rows=rows)),
            "rows is not a whole number",
            id=f"rows {rows!r}",
        )
        for rows in ("7", -1, True, 7.0)
    ],
    pytest.param(
        in_json(manifest_table("claims.claim", sequence="8")),
        "sequence is neither null",
        id="sequence a text",
    ),
    pytest.param(
        in_json(manifest_table("claims.claim", sequence=2**63)),
        "sequence position of claims.claim, 9,223,372,036,854,775,808, is not one",
        id="sequence past bigint",
    ),
    pytest.param(
        in_json(manifest_table("auth.user", sequence=2**31)),
        "sequence position of auth.user, 2,147,483,648",
        id="sequence past int",
    ),
    pytest.param(
        in_json(manifest_table("claims.partnerkey", sequence=1)),
        "sequence position of claims.partnerkey",
        id="sequence of a table without one",
    ),
    pytest.param(
        in_json(renaming_column),
        'columns of claims.claim differ from this code\'s: missing area; unknown "region"',
        id="column renamed",
    ),
    pytest.param(
        in_json(lambda lines: table_in(lines, "claims.claim")["columns"].remove("area")),
        "missing area; unknown none",
        id="column removed",
    ),
    pytest.param(
        in_json(lambda lines: table_in(lines, "claims.claim")["columns"].reverse()),
        "the same columns in another order",
        id="columns reordered",
    ),
    pytest.param(
        in_json(manifest_table("auth.group", columns=[1, 2])), "columns is not a list", id="columns not texts"
    ),
    pytest.param(
        in_json(manifest_table("auth.group", columns=["id", "id"])),
        "columns is not a list",
        id="column twice",
    ),
    pytest.param(
        in_json(manifest_table("auth.group_permissions", natural_keys={"permission_id": "auth.group"})),
        "natural keys of auth.group_permissions",
        id="natural key of another model",
    ),
    pytest.param(
        in_json(manifest_table("auth.group_permissions", natural_keys={})),
        "natural keys of auth.group_permissions",
        id="natural key dropped",
    ),
    pytest.param(
        in_json(manifest_table("auth.user_groups", natural_keys={"group_id": "auth.group"})),
        "natural keys of auth.user_groups",
        id="natural key added",
    ),
    pytest.param(
        in_json(manifest_table("auth.user_groups", natural_keys={"groups": "auth.group"})),
        "natural_keys is not a model for each of some of its columns",
        id="natural key of no column",
    ),
    pytest.param(
        in_json(manifest_table("auth.user_groups", natural_keys=[])),
        "natural_keys is not",
        id="natural keys a list",
    ),
    pytest.param(
        in_json(manifest_table("claims.claim", table="claims_claims")),
        'claims.claim is table "claims_claims"',
        id="table name changed",
    ),
    pytest.param(in_json(a_table_twice), "lists claims.partnerkey twice", id="table listed twice"),
    pytest.param(in_json(an_unknown_table), 'unknown "claims.secret"', id="unknown table"),
    pytest.param(in_json(without_a_table), "missing claims.reviewevent", id="table missing"),
    # A table's start, edited.
    pytest.param(
        in_json(lambda lines: lines.__setitem__(start_of(lines, "claims.claim"), {"table": "claims.claim"})),
        r"line \d+ is neither a row, a table's start nor the checksum line",
        id="header key renamed",
    ),
    pytest.param(
        in_json(lambda lines: lines[start_of(lines, "claims.claim")].update(rows=7)),
        r'line \d+ is \{"model":"claims.claim","rows":7\} where the manifest says claims.claim starts',
        id="header with another key",
    ),
    pytest.param(
        in_json(deleting(header_of("claims.claim"))),
        r'is \{"model":"claims.attributionhop"\} where the manifest says claims.claim starts',
        id="header removed",
    ),
    pytest.param(
        in_json(inserting(header_of("claims.claim"), {"model": "claims.claim"})),
        "where the manifest says claims.attributionhop starts",
        id="table named twice",
    ),
    pytest.param(
        in_json(swapping("claims.claim", "claims.attributionhop")),
        "where the manifest says claims.claim starts",
        id="tables swapped",
    ),
    pytest.param(
        in_json(inserting(header_of("claims.claim"), {"model": "claims.secret"})),
        r'is \{"model":"claims.secret"\} where',
        id="header of unknown table",
    ),
    pytest.param(
        in_json(lambda lines: lines[start_of(lines, "claims.claim")].update(model=["claims.claim"])),
        "where the manifest says claims.claim starts",
        id="header model a list",
    ),
    pytest.param(
        in_json(inserting(after_the_manifest, [1, "Editors"])),
        "line 2 is a row before any table's start",
        id="row before any table",
    ),
    pytest.param(
        in_json(inserting(header_of("claims.claim"), {"note": "x"})),
        "neither a row, a table's start nor the checksum line",
        id="unknown object line",
    ),
    pytest.param(
        in_lines(inserting(header_of("claims.claim"), b"")), r"its line \d+ is not JSON", id="blank line"
    ),
    # Rows, edited.
    pytest.param(
        in_lines(editing_row("claims.claim", lambda line: line[:-1])),
        r"line \d+, a row of claims.claim, is not JSON",
        id="row not JSON",
    ),
    pytest.param(
        in_lines(editing_row("claims.claim", lambda line: line + b" x")), "is not JSON", id="row with garbage"
    ),
    pytest.param(
        in_json(lambda lines: lines[start_of(lines, "claims.claim") + 1].pop()),
        f"a row of claims.claim, is not a list of its table's {CLAIM_COLUMNS} columns",
        id="row one value short",
    ),
    pytest.param(
        in_json(lambda lines: lines[start_of(lines, "claims.claim") + 1].append(1)),
        f"is not a list of its table's {CLAIM_COLUMNS} columns",
        id="row one value too many",
    ),
    pytest.param(
        in_json(lambda lines: lines[start_of(lines, "claims.claim") + 1].clear()),
        f"is not a list of its table's {CLAIM_COLUMNS} columns",
        id="row empty",
    ),
    *[
        pytest.param(in_json(setting(model, column, value)), message, id=case)
        for case, model, column, value, message in [
            ("text in an integer", "claims.claim", "best", "12", 'best is "12", not a whole number'),
            ("true in an integer", "claims.claim", "best", True, "best is true, not a whole number"),
            ("fraction in an integer", "claims.claim", "best", 12.5, "best is 12.5, not a whole number"),
            (
                "figure past 64 bits",
                "claims.claim",
                "best",
                2**63,
                "best is 9223372036854775808, not a whole",
            ),
            ("id past int", "auth.user", "id", 2**31, "id is 2147483648, not a whole number from"),
            ("user id past int", "claims.claim", "created_by_id", 2**31, "created_by_id is 2147483648"),
            ("count below 0", "claims.quantity", "published_reports", -1, "published_reports is -1"),
            (
                "count past int",
                "claims.quantity",
                "published_reports",
                2**31,
                "published_reports is 2147483648",
            ),
            ("position past smallint", "claims.attributionhop", "position", 2**15, "position is 32768"),
            ("text in a foreign key", "claims.claim", "conflict_id", "1", 'conflict_id is "1", not a whole'),
            ("null in not null", "claims.claim", "quote", None, "quote is null, not a text"),
            ("number in a text", "claims.claim", "area", 12, "area is 12, not a text"),
            ("list in a text", "claims.claim", "area", ["x"], r'area is \["x"\], not a text'),
            (
                "text too long",
                "claims.claim",
                "area",
                LONG_AREA,
                "area holds 201 characters, more than its 200",
            ),
            ("NUL in a text", "claims.claim", "quote", "12\x00", "quote holds a NUL character"),
            (
                "NUL in JSON",
                "claims.claimversion",
                "record",
                {"quote": "\x00"},
                "record holds a NUL character",
            ),
            ("NUL in a JSON key", "claims.claimversion", "changed", {"\x00": 1}, "changed holds a NUL"),
            ("JSON too deep", "claims.claimversion", "record", nested(101), "nested more than 100 levels"),
            ("1 for true", "auth.user", "is_staff", 1, "is_staff is 1, not true or false"),
            ("text in a float", "claims.incident", "latitude", "39.79", 'latitude is "39.79", not a number'),
            (
                "bad date",
                "claims.conflict",
                "started_on",
                "2020-13-01",
                'started_on is "2020-13-01", not a date',
            ),
            ("year 0", "claims.conflict", "started_on", "0000-01-01", "not a date"),
            (
                "date a number",
                "claims.conflict",
                "started_on",
                20200927,
                "started_on is 20200927, not a date",
            ),
            ("date in words", "claims.conflict", "started_on", "yesterday", "not a date"),
            ("naive time", "auth.user", "date_joined", "2020-01-01T00:00:00", "with its UTC offset"),
            ("time a number", "auth.user", "date_joined", 1577836800, "with its UTC offset"),
            (
                "before year 1 in UTC",
                "auth.user",
                "date_joined",
                "0001-01-01T00:00:00+01:00",
                "outside years 1",
            ),
            ("after 9999 in UTC", "auth.user", "date_joined", "9999-12-31T23:59:59-01:00", "outside years 1"),
            (
                "offset past a day",
                "auth.user",
                "date_joined",
                "2020-01-01T00:00:00+25:00",
                "with its UTC offset",
            ),
            (
                "unknown permission",
                "auth.group_permissions",
                "permission_id",
                ["x", "claims", "claim"],
                r'refers to auth.permission \["x","claims","claim"\], which this database lacks',
            ),
            (
                "natural key a number",
                "auth.group_permissions",
                "permission_id",
                5,
                "refers to auth.permission 5",
            ),
            (
                "natural key nested",
                "auth.group_permissions",
                "permission_id",
                [["x"], "claims", "claim"],
                "refers to auth.permission",
            ),
            (
                "content type unknown",
                "admin.logentry",
                "content_type_id",
                ["claims", "nothing"],
                "refers to contenttypes.contenttype",
            ),
        ]
    ],
    # Counts and checksum.
    pytest.param(
        in_json(lambda lines: table_in(lines, "claims.claim").update(rows=8)),
        "does not hold the rows its manifest lists: claims.claim: 7 rows, manifest says 8",
        id="manifest count off",
    ),
    pytest.param(
        in_json(deleting(first_row_of("claims.claim"))),
        "claims.claim: 6 rows, manifest says 7",
        id="row deleted",
    ),
    pytest.param(
        in_file(lambda lines: lines.__setitem__(-1, lines[-1].replace(b'"rows":', b'"rows":1'))),
        "its checksum line counts",
        id="checksum line count off",
    ),
    pytest.param(in_file(lambda lines: lines.pop()), "is incomplete", id="no checksum line"),
    pytest.param(
        in_file(lambda lines: lines.__setitem__(-1, b'{"rows": 216}')),
        "neither a row, a table's start nor the checksum line",
        id="checksum line without checksum",
    ),
    pytest.param(
        in_file(lambda lines: lines.__setitem__(-1, b'{"sha256": 7, "rows": 216}')),
        "its checksum does not match",
        id="checksum a number",
    ),
    pytest.param(
        in_file(lambda lines: lines.__setitem__(-1, lines[-1][:-1] + b',"by":"me"}')),
        "is not a checksum line",
        id="checksum line with another key",
    ),
    pytest.param(
        in_file(lambda lines: lines.append(lines[-1])), "follows the checksum line", id="checksum line twice"
    ),
    pytest.param(
        in_file(lambda lines: lines.append(b"[1]")), "follows the checksum line", id="row after checksum"
    ),
    pytest.param(in_file(lambda lines: lines.insert(1, lines[0])), "neither a row", id="manifest twice"),
    # The compressed file.
    pytest.param(
        in_bytes(lambda data: data + b"garbage"), "is not a backup, or it is damaged", id="gzip garbage"
    ),
    pytest.param(in_bytes(lambda data: data + data), "follows the checksum line", id="two backups in one"),
    pytest.param(in_bytes(lambda data: b""), "its first line is not JSON", id="empty file"),
    pytest.param(in_bytes(lambda data: gzip.compress(b"")), "its first line is not JSON", id="empty gzip"),
    pytest.param(
        in_bytes(lambda data: gzip.compress(gzip.decompress(data).split(b"\n")[0] + b"\n")),
        "is incomplete",
        id="manifest only",
    ),
    pytest.param(
        in_bytes(lambda data: gzip.compress(bytes(range(256)) * 4)), "first line is not JSON", id="binary"
    ),
    pytest.param(in_bytes(lambda data: data[:10]), "is truncated", id="cut in the header"),
    pytest.param(in_bytes(lambda data: data[:-4]), "is truncated", id="cut before the size"),
    pytest.param(
        in_bytes(lambda data: data[:-8] + bytes([data[-8] ^ 1]) + data[-7:]), "damaged", id="gzip CRC wrong"
    ),
]


@pytest.mark.parametrize(("corrupt", "message"), REFUSED)
def test_restore_refuses_a_malformed_file_in_one_line_writing_nothing(
    db, rich_backup, tmp_path, corrupt, message
):
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(corrupt(rich_backup))
    before = every_row()
    for options in ({"check": True}, {}):
        with pytest.raises(CommandError) as refused:
            call_command("restore", broken, **options)
        reason = str(refused.value)
        assert "\n" not in reason
        assert re.search(message, reason), reason
    assert every_row() == before


def test_the_untouched_rich_backup_restores(db, rich_backup):
    """The file the corruptions start from restores: each refusal above is the corruption's doing."""
    call_command("restore", rich_backup, check=True)
    call_command("restore", rich_backup)
    assert len(every_row()["claims.claim"]) == 7


@pytest.mark.parametrize(
    ("path", "message"),
    [("missing.jsonl.gz", r"missing\.jsonl\.gz does not exist"), (".", r"Cannot read .*: Is a directory")],
)
def test_restore_refuses_a_path_that_is_no_file(db, tmp_path, path, message):
    with pytest.raises(CommandError, match=message):
        call_command("restore", tmp_path / path)


HOSTILE = [
    None,
    True,
    0,
    -1,
    2**31,
    2**63 - 1,
    2**64 - 1,
    1.5,
    -0.0,
    1e308,
    "",
    "x" * 3000,
    "\x00",
    "🕊️",
    "2020-02-30",
    "0001-01-01T00:00:00+01:00",
    [],
    {},
    nested(5),
    {"\x00": 1},
    ["x", "claims", "claim"],
]


def changed_value(line: bytes, rng: random.Random) -> bytes:
    """Return the JSON line with one value somewhere inside it replaced by a hostile one, or one key removed."""
    root = orjson.loads(line)
    container = root
    while True:
        children = list(container.values() if isinstance(container, dict) else container)
        inner = [child for child in children if isinstance(child, list | dict) and child]
        if not inner or rng.random() < 0.4:
            break
        container = rng.choice(inner)
    if isinstance(container, dict) and container:
        key = rng.choice(list(container))
        if rng.random() < 0.3:
            del container[key]
        else:
            container[key] = rng.choice(HOSTILE)
    elif isinstance(container, list) and container:
        container[rng.randrange(len(container))] = rng.choice(HOSTILE)
    return orjson.dumps(root)


def mutated(lines: list[bytes], rng: random.Random) -> list[bytes]:
    """Return the lines with one to three random changes to the file's structure or to one value."""
    lines = list(lines)
    for _ in range(rng.randint(1, 3)):
        i = 0 if rng.random() < 0.25 else rng.randrange(len(lines))
        kind = rng.choice(["delete", "duplicate", "move", "cut", "flip", "value", "value", "value"])
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "move":
            lines.insert(rng.randrange(len(lines)), lines.pop(i))
        elif kind == "cut":
            lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
        elif kind == "flip" and lines[i]:
            flipped = bytearray(lines[i])
            flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
            lines[i] = bytes(flipped)
        elif kind == "value":
            with contextlib.suppress(orjson.JSONDecodeError):  # a line an earlier change cut or flipped
                lines[i] = changed_value(lines[i], rng)
    return lines


def test_restore_of_randomly_edited_files_succeeds_or_refuses_in_one_line(db, rich_backup, tmp_path):
    """Random edits, mostly given a fresh checksum so that they reach the checks past it: each file restores,
    or is refused with a CommandError in one line and nothing written; no other exception escapes."""
    rng = random.Random(14)
    original = lines_of(rich_backup)
    broken = tmp_path / "fuzzed.jsonl.gz"
    before = every_row()
    refusals = set()
    for _ in range(60):
        if rng.random() < 0.8:
            broken.write_bytes(packed(mutated(original[:-1], rng)))
        else:
            broken.write_bytes(gzip.compress(b"".join(line + b"\n" for line in mutated(original, rng))))
        with transaction.atomic():
            try:
                call_command("restore", broken, stdout=io.StringIO(), stderr=io.StringIO())
            except CommandError as refused:
                reason = str(refused)
                assert "\n" not in reason
                assert every_row() == before, reason
                refusals.add(re.sub(r"\d+", "N", reason.replace(str(broken), "FILE"))[:60])
            transaction.set_rollback(True)  # undo a restore that succeeded
    assert len(refusals) > 10  # the edits reached many different checks


def test_backup_refuses_in_one_line_a_value_it_cannot_write(tmp_path, claim_in):
    """Both engines keep a JSON integer past 64 bits; orjson cannot write it, and a restore could not read it."""
    claim = claim_in(Status.DRAFT)
    ClaimVersion.objects.filter(claim=claim).update(changed={"count": 2**70})
    backup = tmp_path / "backup.jsonl.gz"
    with pytest.raises(
        CommandError,
        match=r"^claims\.claimversion row \d+ holds a value a backup cannot hold \(Integer exceeds 64-bit range\)",
    ):
        call_command("backup", backup)
    assert list(tmp_path.iterdir()) == []  # no file, not even the partial one


def test_backup_refuses_in_one_line_a_time_postgresql_keeps_but_cannot_give_back(tmp_path, editor):
    before_year_1 = dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))  # 31 December 1 BC in UTC
    users = get_user_model().objects.filter(pk=editor.pk)
    if connection.vendor != "postgresql":
        with pytest.raises(OverflowError):  # SQLite's adapter turns it into UTC first, and cannot
            users.update(last_login=before_year_1)
        return
    users.update(last_login=before_year_1)
    with pytest.raises(
        CommandError, match=r"^auth\.user holds a value that cannot be read \(.*before year 1"
    ):
        call_command("backup", tmp_path / "backup.jsonl.gz")


def capture_stored_in_files(settings, tmp_path, editor):
    """Keep captures in a directory; store an uploaded capture and an upload waiting for the worker there."""
    storage_in(settings, tmp_path / "captures-here")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    source = SourceFactory(text="")
    services.capture_upload(source, body=REPORT_PDF, filename="sitrep.pdf", content_type="application/pdf")
    waiting = services.request_upload(source, body=b"<p>12 killed</p>", filename="page.html", user=editor)
    from claims.models import Capture

    capture = Capture.objects.get()
    assert capture.body_name and bytes(capture.body) == b"" and waiting.upload_name
    return capture.pk, waiting.pk


@pytest.mark.django_db(transaction=True)
def test_a_backup_holds_the_files_of_the_capture_storage_and_a_restore_puts_them_back(
    tmp_path, settings, editor
):
    from claims.models import Capture

    capture_id, waiting_id = capture_stored_in_files(settings, tmp_path, editor)
    backup = tmp_path / "backup.jsonl.gz"
    call_command("backup", backup)
    empty_as_after_migrate()
    storage_in(settings, tmp_path / "restored-files")  # another server, its own empty storage
    call_command("restore", backup)
    capture = Capture.objects.get(pk=capture_id)
    assert bytes(capture.body) == b"" and capture.content() == REPORT_PDF
    assert (tmp_path / "restored-files" / capture.body_name).read_bytes() == REPORT_PDF
    waiting = CaptureRequest.objects.get(pk=waiting_id)
    assert (tmp_path / "restored-files" / waiting.upload_name).read_bytes() == b"<p>12 killed</p>"
    assert bytes(waiting.upload) == b""
    # The worker's queue is no part of a backup: the restore queues the waiting upload again, and it is read.
    from django_tasks_db.models import DBTaskResult

    assert DBTaskResult.objects.count() == 1
    call_command(
        "db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0, stdout=io.StringIO()
    )
    assert CaptureRequest.objects.get(pk=waiting_id).state == CaptureState.DONE


@pytest.mark.django_db(transaction=True)
def test_a_server_without_capture_storage_restores_the_files_into_the_database(tmp_path, settings, editor):
    from claims.models import Capture

    capture_id, waiting_id = capture_stored_in_files(settings, tmp_path, editor)
    backup = tmp_path / "backup.jsonl.gz"
    call_command("backup", backup)
    empty_as_after_migrate()
    no_storage(settings)
    call_command("restore", backup)
    capture = Capture.objects.get(pk=capture_id)
    assert capture.body_name == "" and bytes(capture.body) == REPORT_PDF == capture.content()
    waiting = CaptureRequest.objects.get(pk=waiting_id)
    assert waiting.upload_name == "" and bytes(waiting.upload) == b"<p>12 killed</p>"


def test_a_backup_without_the_capture_storage_it_names_is_refused_in_one_line(tmp_path, settings, editor):
    capture_stored_in_files(settings, tmp_path, editor)
    no_storage(settings)
    with pytest.raises(CommandError, match="no capture storage is set") as refused:
        call_command("backup", tmp_path / "backup.jsonl.gz")
    assert "\n" not in str(refused.value) and not (tmp_path / "backup.jsonl.gz").exists()
    storage_in(settings, tmp_path / "elsewhere")  # a storage without the file
    with pytest.raises(CommandError, match="cannot be read from the capture storage"):
        call_command("backup", tmp_path / "backup.jsonl.gz")
