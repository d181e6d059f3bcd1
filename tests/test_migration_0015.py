"""Migration 0015 re-keys quantities (a cumulative toll is one per area and last day counted), counts their
tallies again and computes their estimates with the rule as it stood. Run in a process of its own, on a
database of its own, migrated to 0014 and filled as 0014 kept it, then migrated to 0015."""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.test_migration_0014 import migrate, old_database  # noqa: F401 (a fixture)

ROOT = Path(__file__).resolve().parent.parent
BEFORE, AFTER = [("claims", "0014_one_write_path")], [("claims", "0015_incidents_and_estimates")]


def in_a_process_of_its_own(url: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {
        "DEBUG": "1",
        "DJANGO_SETTINGS_MODULE": "provenance.settings",
        "DATABASE_URL": url,
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.test_migration_0015"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def fill_as_0014_kept_it(apps) -> dict:
    """One quantity as 0014 keyed it (conflict, metric, population, sides) holding three claims: two published
    figures of the toll as of 25 October (a neutral one and a party's), and a draft as of 30 October."""
    get = apps.get_model
    User = get("auth", "User")
    editor, reviewer = User.objects.create(username="editor"), User.objects.create(username="reviewer")
    war = get("claims", "Conflict").objects.create(name="War", slug="war")
    Actor = get("claims", "Actor")
    party = Actor.objects.create(name="Party", kind="government")
    party.party_to.add(war)
    monitor = Actor.objects.create(name="Monitor", kind="ngo")
    quantity = get("claims", "Quantity").objects.create(conflict=war, metric="killed", population="all")
    Claim = get("claims", "Claim")
    figure = {
        "conflict": war,
        "metric": "killed",
        "population": "all",
        "qualifier": "exact",
        "created_by": editor,
        "quantity": quantity,
        "as_of": dt.date(2020, 10, 25),
        "stated_on": dt.date(2020, 10, 26),
        "version": 1,
    }
    neutral = Claim.objects.create(
        phrase="40 killed", low=40, best=40, high=40, originator=monitor, status="published",
        rating="corroborated", verified_by=reviewer, published_by=reviewer, **figure,
    )  # fmt: skip
    interested = Claim.objects.create(
        phrase="400 killed", low=400, best=400, high=400, originator=party, status="published",
        rating="corroborated", verified_by=reviewer, published_by=reviewer, **figure,
    )  # fmt: skip
    later = Claim.objects.create(
        phrase="50 killed", low=50, best=50, high=50, originator=monitor, status="draft",
        **(figure | {"as_of": dt.date(2020, 10, 30)}),
    )  # fmt: skip
    get("claims", "FeedEntry").objects.create(quantity=quantity, action="upsert")
    return {
        "neutral": neutral.pk,
        "interested": interested.pk,
        "later": later.pk,
        "old_quantity": quantity.pk,
    }


def migrated_outcome() -> dict:
    claims = fill_as_0014_kept_it(migrate(BEFORE))
    get = migrate(AFTER).get_model
    Claim, Quantity = get("claims", "Claim"), get("claims", "Quantity")
    quantity_of = {
        name: Claim.objects.get(pk=pk).quantity_id for name, pk in claims.items() if name != "old_quantity"
    }
    shown = Quantity.objects.get(pk=quantity_of["neutral"])
    return {
        "claims": claims,
        "quantity_of": quantity_of,
        "old_quantity_left": Quantity.objects.filter(pk=claims["old_quantity"]).exists(),
        "shown": [
            shown.published_reports,
            shown.published_origins,
            shown.newsroom_reports,
            shown.estimate_low,
            shown.estimate_high,
            shown.low_claim_id,
            shown.grade,
            shown.estimate_version,
            shown.ends_on,
            shown.key,
            shown.series,
        ],
        "later": list(
            Quantity.objects.filter(pk=quantity_of["later"]).values_list("newsroom_reports", "grade")
        ),
        "versions": list(
            get("claims", "EstimateVersion").objects.values_list("quantity_id", "number", "grade")
        ),
        "feed": list(
            get("claims", "FeedEntry")
            .objects.filter(quantity__isnull=False)
            .values_list("quantity_id", "action")
        ),
    }


def test_0015_rekeys_quantities_and_computes_their_estimates(old_database):  # noqa: F811
    outcome = in_a_process_of_its_own(old_database)
    claims, quantity_of = outcome["claims"], outcome["quantity_of"]
    # The two figures as of 25 October stay one quantity; the draft as of 30 October is another, of the same
    # series; the old quantity is gone.
    assert quantity_of["neutral"] == quantity_of["interested"] != quantity_of["later"]
    assert outcome["old_quantity_left"] is False
    reports, origins, newsroom, low, high, low_claim, grade, version, ends_on, key, series = outcome["shown"]
    assert (reports, origins, newsroom) == (2, 2, 2)
    # The party's 400 is shown, never a bound; 40 against 400 is a dispute.
    assert (low, high, low_claim, grade, version) == (40, 40, claims["neutral"], "contested", 1)
    assert (
        ends_on == "2020-10-25" and key.endswith("|2020-10-25|") and series == key.replace("2020-10-25", "")
    )
    assert outcome["later"] == [[1, ""]]  # a draft: counted by the newsroom, no estimate
    assert outcome["versions"] == [[quantity_of["neutral"], 1, "contested"]]
    # Partners receive the re-keyed quantity they see, and nothing of the one only a draft counts in.
    assert outcome["feed"] == [[quantity_of["neutral"], "upsert"]]


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps(migrated_outcome(), default=str))
