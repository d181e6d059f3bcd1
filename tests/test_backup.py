"""Backup and restore: every row comes back as it was, and a bad file or a full database changes nothing."""

import datetime as dt
import gzip
import hashlib
import os
import stat

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
from django.db import transaction

from claims import services
from claims.models import FeedEntry, Incident, Partner, PartnerKey, Status
from claims.services import record_claim_changes
from tests.factories import ActorFactory, ClaimFactory, ConflictFactory, SourceFactory, recreate_roles
from tests.factories import rewrite as save_anew


def covered_models():
    """Return the models a backup must hold: users, groups, the admin log and every table of claims but the
    throttle's request counts (transient, as the cache is)."""
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
        if not model._meta.proxy and model._meta.label_lower != "claims.requestcount"
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
        internal_note="Check the date with the desk.",
    )
    source = claims[Status.PUBLISHED].chain.last().source
    source.text = "The ministry said 12 soldiers were killed."
    services.save_source(source)
    SourceFactory(text="Нет данных.", language="ru")
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

    call_command("backup", backup)
    empty_as_after_migrate()
    assert Permission.objects.get(codename="review_claim").pk != review_permission
    call_command("restore", backup)

    after = every_row()
    for name, rows in before.items():
        assert after[name] == rows, name
    # New rows continue after the highest ids ever handed out, those of the deleted claim included.
    claim = ClaimFactory(conflict__slug="karabakh-2020")
    assert claim.pk == gone_id + 1
    with transaction.atomic():
        record_claim_changes([claim.pk], "upsert")
    assert FeedEntry.objects.get(claim=claim).seq == gone_seq + 1


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
