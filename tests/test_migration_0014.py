"""Migration 0014 turns the old records into the new ones without losing any: the claim and hop histories into
versions of the whole claim, the per-claim counts into quantities and their tallies, gapped chains into
chains numbered from 0. Run in a process of its own, on a database of its own, migrated to 0013 and filled
as 0013 kept it, then migrated to 0014."""

import datetime as dt
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BEFORE, AFTER = [("claims", "0013_filter_indexes")], [("claims", "0014_one_write_path")]
T0 = dt.datetime(2020, 11, 5, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def old_database(tmp_path):
    """The URL of a database of its own (a file on SQLite, a new database on PostgreSQL), dropped afterwards."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    import dj_database_url
    import psycopg

    server, name = dj_database_url.parse(url), f"migration_{uuid.uuid4().hex[:8]}"
    admin = {
        "host": server["HOST"],
        "port": server["PORT"] or 5432,
        "user": server["USER"],
        "dbname": "postgres",
    }
    with psycopg.connect(**admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield url.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(**admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def in_a_process_of_its_own(url: str, mode: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {
        "DEBUG": "1",
        "DJANGO_SETTINGS_MODULE": "provenance.settings",
        "DATABASE_URL": url,
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.test_migration_0014", mode],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def migrate(target):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate(target)
    return executor.loader.project_state(target).apps


def fill_as_0013_kept_it(apps, alias="default"):
    """Two claims of one quantity and one of another, with the histories simple-history wrote, a chain with a
    gap in its positions, and a hop changed later on its own page."""
    get = apps.get_model
    User = get("auth", "User")
    editor = User.objects.create(username="editor")
    reviewer = User.objects.create(username="reviewer")
    war = get("claims", "Conflict").objects.create(name="War", slug="war")
    Actor = get("claims", "Actor")
    government = Actor.objects.create(name="Government", kind="government")
    ministry = Actor.objects.create(
        name="Ministry", kind="ministry", acts_on_behalf_of=government, root=government
    )
    outlet = Actor.objects.create(name="Outlet", kind="news_outlet")
    source = get("claims", "Source").objects.create(
        url="https://example.org/a",
        title="A",
        publisher=outlet,
        text="The ministry said 12 soldiers were killed.",
    )
    Claim, Hop = get("claims", "Claim"), get("claims", "AttributionHop")
    HistoricalClaim, HistoricalHop = (
        get("claims", "HistoricalClaim"),
        get("claims", "HistoricalAttributionHop"),
    )
    HistoricalSides = get("claims", "HistoricalClaim_sides")
    figure = {
        "conflict": war, "population": "all", "phrase": "12 soldiers were killed", "qualifier": "exact", "low": 12,
        "best": 12, "high": 12, "quote": "The ministry said 12 soldiers were killed.", "created_by": editor,
    }  # fmt: skip
    published = Claim.objects.create(
        metric="killed", originator=government, status="published", rating="corroborated", sides_key=str(government.pk),
        verified_by=reviewer, published_by=reviewer, published_at=T0 + dt.timedelta(hours=2), version=3, **figure,
    )  # fmt: skip
    published.sides.add(government)
    draft = Claim.objects.create(
        metric="killed",
        originator=government,
        status="draft",
        sides_key=str(government.pk),
        version=1,
        **figure,
    )
    draft.sides.add(government)
    unrecorded = Claim.objects.create(metric="wounded", originator=None, status="in_review", **figure)

    def history(claim, at, kind, user, reason, **changes):
        values = {
            f.attname: getattr(claim, f.attname) for f in Claim._meta.concrete_fields if f.attname != "id"
        }
        values = {k: v for k, v in values.items() if k in {f.attname for f in HistoricalClaim._meta.fields}}
        record = HistoricalClaim.objects.create(
            id=claim.pk, history_date=at, history_type=kind, history_user=user, history_change_reason=reason,
            **(values | changes),
        )  # fmt: skip
        for through in Claim.sides.through.objects.filter(claim=claim):
            HistoricalSides.objects.create(
                id=through.pk, history=record, claim=claim, actor_id=through.actor_id
            )

    stated = Hop.objects.create(claim=published, position=0, actor=ministry, relation="stated")
    relayed = Hop.objects.create(
        claim=published, position=7, actor=outlet, relation="published", source=source, words="twelve"
    )
    history(
        published,
        T0,
        "+",
        editor,
        None,
        status="draft",
        verified_by_id=None,
        published_by_id=None,
        published_at=None,
        rating="",
    )
    for hop in (stated, relayed):  # the admin saved the chain just after the claim: the same save
        HistoricalHop.objects.create(
            id=hop.pk, claim=published, position=hop.position, actor=hop.actor, relation=hop.relation,
            source=hop.source, words="twelve" if hop == relayed else "", history_date=T0 + dt.timedelta(seconds=1),
            history_type="+", history_user=editor,
        )  # fmt: skip
    history(
        published,
        T0 + dt.timedelta(hours=1),
        "~",
        editor,
        "Submit for review",
        status="in_review",
        verified_by_id=None,
        published_by_id=None,
        published_at=None,
        rating="",
    )
    history(published, T0 + dt.timedelta(hours=2), "~", reviewer, "Publish: checked", status="published")
    # Later, the old hop page changed the published claim's chain on its own: the hole issue 12 closes.
    Claim.objects.filter(pk=published.pk).update(last_reporter=outlet)  # as 0013's signals kept it
    Hop.objects.filter(pk=relayed.pk).update(words="a dozen")
    HistoricalHop.objects.create(
        id=relayed.pk, claim=published, position=7, actor=outlet, relation="published", source=source,
        words="a dozen", history_date=T0 + dt.timedelta(days=1), history_type="~", history_user=editor,
    )  # fmt: skip
    history(draft, T0, "+", editor, None)
    return {
        "published": published.pk,
        "draft": draft.pk,
        "unrecorded": unrecorded.pk,
        "users": (editor.pk, reviewer.pk),
    }, {
        "government": government.pk,
        "ministry": ministry.pk,
        "outlet": outlet.pk,
        "source": source.pk,
    }


def migrated_outcome() -> dict:
    """Migrate a database filled as 0013 kept it to 0014; return what the checks below look at."""
    claims, actors = fill_as_0013_kept_it(migrate(BEFORE))
    apps = migrate(AFTER)
    get = apps.get_model
    Claim, Version, Quantity = (
        get("claims", "Claim"),
        get("claims", "ClaimVersion"),
        get("claims", "Quantity"),
    )
    published, draft, unrecorded = (
        Claim.objects.get(pk=claims[name]) for name in ("published", "draft", "unrecorded")
    )
    quantities = {q.pk: q for q in Quantity.objects.all()}
    counts = [
        "published_reports",
        "published_origins",
        "published_circular",
        "newsroom_reports",
        "newsroom_origins",
        "newsroom_circular",
    ]
    return {
        "claims": claims,
        "actors": actors,
        "versions": {
            name: [
                {
                    "number": v.number,
                    "by": v.by_id,
                    "reason": v.reason,
                    "record": v.record,
                    "changed": v.changed,
                }
                for v in Version.objects.filter(claim_id=claim.pk).order_by("number")
            ]
            for name, claim in (("published", published), ("draft", draft), ("unrecorded", unrecorded))
        },
        "version": published.version,
        "chain": list(published.chain.order_by("position").values_list("position", "actor_id")),
        "quantities": {
            name: [
                quantities[claim.quantity_id].pk,
                [getattr(quantities[claim.quantity_id], c) for c in counts],
                quantities[claim.quantity_id].sides_key,
            ]
            for name, claim in (("published", published), ("draft", draft), ("unrecorded", unrecorded))
        },
        "feed": list(
            get("claims", "FeedEntry")
            .objects.filter(quantity__isnull=False)
            .values_list("quantity_id", "action")
        ),
    }


def refused_outcome() -> dict:
    """Try 0014 on a database with a claim without a metric; return the refusal and what was applied."""
    from django.db import connection
    from django.db.migrations.recorder import MigrationRecorder

    apps = migrate(BEFORE)
    fill_as_0013_kept_it(apps)
    apps.get_model("claims", "Claim").objects.filter(metric="wounded").update(metric="")
    try:
        migrate(AFTER)
    except RuntimeError as refusal:
        message = str(refusal)
    else:
        message = ""
    applied = MigrationRecorder(connection).applied_migrations()
    return {"message": message, "applied": ("claims", "0014_one_write_path") in applied}


def test_0014_turns_histories_into_versions_and_counts_into_quantities(old_database):
    outcome = in_a_process_of_its_own(old_database, "migrate")
    claims, actors, versions = outcome["claims"], outcome["actors"], outcome["versions"]
    editor, reviewer = claims["users"]
    # Versions: the creation (with the chain saved with it), the submission, the publication, and the chain
    # changed on its own page a day later; each with its author and reason, numbered from 1.
    published = versions["published"]
    assert [(v["number"], v["by"], v["reason"]) for v in published] == [
        (1, editor, "Created"),
        (2, editor, "Submit for review"),
        (3, reviewer, "Publish: checked"),
        (4, editor, "Chain changed on its own page"),
    ]
    assert [hop["words"] for hop in published[0]["record"]["chain"]] == ["", "twelve"]
    assert [hop["words"] for hop in published[3]["record"]["chain"]] == ["", "a dozen"]
    assert (published[0]["record"]["status"], published[2]["record"]["status"]) == ("draft", "published")
    assert published[0]["record"]["sides"] == [actors["government"]]
    assert "status" in published[1]["changed"] and published[3]["changed"] == ["chain"]
    assert outcome["version"] == 4
    # A claim with no history at all gets one version: itself, as stored.
    assert [(v["number"], v["by"], v["reason"]) for v in versions["unrecorded"]] == [
        (1, None, "The claim as stored when versions began")
    ]
    assert len(versions["draft"]) == 1
    # The chain with a gap is numbered from 0, in its order.
    assert outcome["chain"] == [[0, actors["ministry"]], [1, actors["outlet"]]]
    # Quantities: the two killed-claims share one, the wounded one has its own; counts from the tallies. The
    # draft comes from the same origin with no chain, another "outlet": circular, for the newsroom.
    quantity, counts, sides = outcome["quantities"]["published"]
    assert outcome["quantities"]["draft"][0] == quantity != outcome["quantities"]["unrecorded"][0]
    assert counts == [1, 1, False, 2, 1, True] and sides == str(actors["government"])
    assert outcome["quantities"]["unrecorded"][1] == [0, 0, False, 1, 0, False]
    # Partners learn the counts from the quantity's feed entry.
    assert outcome["feed"] == [[quantity, "upsert"]]


def test_0014_refuses_claims_without_a_metric_and_changes_nothing(old_database):
    outcome = in_a_process_of_its_own(old_database, "refuse")
    assert "have no metric" in outcome["message"] and "UPDATE claims_claim SET metric" in outcome["message"]
    assert outcome["applied"] is False


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps({"migrate": migrated_outcome, "refuse": refused_outcome}[sys.argv[1]](), default=str))
