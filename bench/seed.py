"""Generate N realistic claims, reproducibly, through the bulk import path; print the import rate.

    python bench/seed.py --claims 100000 [--seed 7] [--chunk 20000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python bench/seed.py --claims 1000000

Conflicts, actors (governments, ministries acting for them, spokespeople, agencies, outlets) and sources are
created directly; every claim goes through claims.importing (validation, chains, sides, history, feed), in
chunks so memory stays flat. Statuses are mixed (most published). The same seed gives the same data.
"""

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "provenance.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from claims.importing import Importer  # noqa: E402
from claims.models import Actor, Conflict, Source  # noqa: E402

STATUSES = ["published"] * 6 + ["draft", "in_review", "verified", "rejected"]
METRICS = ["killed"] * 5 + ["wounded", "wounded", "casualties", "missing", "captured", "displaced"]
POPULATIONS = ["all", "all", "civilian", "military"]
RATINGS = ["confirmed", "corroborated", "single_source", "single_source", "contested", "unsupported"]
FIGURES = [  # (phrase template, qualifier, bounds from N)
    ("{n:,} people were killed", "exact", lambda n: {"low": n, "best": n, "high": n}),
    ("about {n:,} deaths", "approximate", lambda n: {"best": n}),
    ("at least {n:,} dead", "at_least", lambda n: {"low": n, "best": n}),
    ("more than {n:,} killed", "more_than", lambda n: {"low": n + 1}),
    ("as many as {n:,} deaths", "at_most", lambda n: {"high": n}),
    ("between {n:,} and {m:,} killed", "range", lambda n: {"low": n, "high": 2 * n}),
    ("hundreds of people", "vague", lambda n: {"low": 100}),
    ("heavy casualties", "unquantified", lambda n: {}),
]


def make_world(rng: random.Random, conflicts: int, sources_per_conflict: int) -> dict:
    """Create conflicts, actors and sources in bulk; return what claims will refer to, by name and URL."""
    world = {"conflicts": [], "parties": {}, "speakers": {}, "outlets": [], "sources": {}}
    outlets = Actor.objects.bulk_create(
        Actor(name=f"Seed outlet {i}", kind="news_outlet" if i % 3 else "news_agency") for i in range(60)
    )
    world["outlets"] = [a.name for a in outlets]
    for c in range(conflicts):
        start = dt.date(2000 + c % 24, 1 + c % 12, 1)
        conflict = Conflict.objects.create(
            name=f"Seed conflict {c}", slug=f"seed-conflict-{c}", started_on=start
        )
        governments = [
            Actor.objects.create(name=f"Seed government {c}-{g}", kind="government") for g in range(3)
        ]
        conflict.parties.add(*governments[:2])
        ministries = [
            Actor.objects.create(name=f"Seed ministry {c}-{g}", kind="ministry", acts_on_behalf_of=gov)
            for g, gov in enumerate(governments)
        ]
        spokespeople = [
            Actor.objects.create(name=f"Seed spokesperson {c}-{g}", kind="individual", acts_on_behalf_of=m)
            for g, m in enumerate(ministries)
        ]
        sources = Source.objects.bulk_create(
            Source(
                url=f"https://news.example.org/seed/{c}/{s}",
                title=f"Report {s} on conflict {c}",
                publisher=outlets[rng.randrange(len(outlets))],
                published_on=start + dt.timedelta(days=s % 700),
                language="en",
                text=f"Officials said many people were killed in report {s}.",
            )
            for s in range(sources_per_conflict)
        )
        world["conflicts"].append((conflict.slug, start))
        world["parties"][conflict.slug] = [g.name for g in governments[:2]]
        world["speakers"][conflict.slug] = [a.name for a in governments + ministries + spokespeople]
        world["sources"][conflict.slug] = [s.url for s in sources]
    if connection.vendor == "postgresql":
        # The importer refreshes the statistics of what it writes; these tables were filled here, in bulk, and
        # the planner would read a page's chains by scanning every source until autovacuum came round.
        with connection.cursor() as cursor:
            for table in ("claims_actor", "claims_source", "claims_conflict", "claims_actor_party_to"):
                cursor.execute(f"ANALYZE {table}")
    return world


def claim_row(rng: random.Random, world: dict, n: int) -> dict:
    slug, start = world["conflicts"][rng.randrange(len(world["conflicts"]))]
    template, qualifier, bounds = FIGURES[rng.randrange(len(FIGURES))]
    number = rng.choice([3, 12, 40, 150, 800, 2500, 12000])
    phrase = template.format(n=number, m=2 * number)
    speaker = rng.choice(world["speakers"][slug])
    stated = start + dt.timedelta(days=rng.randrange(700))
    relays = [rng.choice(world["outlets"]) for _ in range(rng.randrange(0, 3))]
    status = rng.choice(STATUSES)
    chain = [{"actor": speaker, "relation": "stated", "date": stated.isoformat()}]
    chain += [{"actor": outlet, "relation": "relayed"} for outlet in relays]
    chain.append(
        {
            "actor": rng.choice(world["outlets"]),
            "relation": "published",
            "source": rng.choice(world["sources"][slug]),
        }
    )
    return {
        "external_id": f"seed-{n}",
        "conflict": slug,
        "metric": rng.choice(METRICS),
        "population": rng.choice(POPULATIONS),
        "sides": rng.sample(world["parties"][slug], rng.randrange(0, 3)),
        "phrase": phrase,
        "qualifier": qualifier,
        **bounds(number),
        "originator": speaker,
        "stated_on": stated.isoformat(),
        "quote": f"Officials said {phrase} in the latest fighting.",
        "status": status,
        "rating": rng.choice(RATINGS) if status in ("verified", "published") else "",
        "chain": chain,
    }


def seed(claims: int, seed: int = 7, chunk: int = 20_000, conflicts: int = 20, quiet: bool = False) -> float:
    """Create the world and `claims` claims through the importer; return its rate in claims per second.

    Each chunk is one import (one transaction). Only the importer is timed, not the making of the rows.
    """
    rng = random.Random(seed)
    world = make_world(rng, conflicts, max(10, claims // (conflicts * 20)))
    importer = Importer(trusted=True)  # after make_world: it loads the actors and sources claims refer to
    elapsed, cpu, done = 0.0, 0.0, 0
    for start in range(0, claims, chunk):
        rows = [(n + 1, claim_row(rng, world, n), None) for n in range(start, min(start + chunk, claims))]
        began, began_cpu = time.perf_counter(), time.process_time()
        importer.run(rows)  # validation and writing: what an import of a file of these rows costs
        elapsed += time.perf_counter() - began
        cpu += time.process_time() - began_cpu
        done += len(rows)
        if not quiet:
            print(f"  {done:,} claims imported, {done / elapsed:,.0f} claims/s", flush=True)
    if not quiet and elapsed:
        # With PostgreSQL the rest is the database server's time (indexes, foreign-key checks at commit).
        print(f"  this process's CPU: {cpu / done * 1e6:,.1f} µs per claim, {cpu / elapsed:.0%} of the time")
    return done / elapsed if elapsed else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--chunk", type=int, default=20_000)
    parser.add_argument("--conflicts", type=int, default=20)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    if Conflict.objects.filter(slug__startswith="seed-conflict-").exists():
        sys.exit("This database already holds seeded data: use an empty one.")
    rate = seed(args.claims, args.seed, args.chunk, args.conflicts)
    engine = connection.vendor
    print(
        f"Seeded {args.claims:,} claims ({engine}, chunks of {args.chunk:,}): import rate {rate:,.0f} claims/s"
    )


if __name__ == "__main__":
    main()
