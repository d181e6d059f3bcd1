"""Generate N realistic claims, reproducibly, through the bulk import path; print the import rate.

    python bench/seed.py --claims 100000 [--seed 7] [--chunk 20000] [--incidents 10000] [--incident-share 0.75]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python bench/seed.py --claims 1000000

Conflicts, actors (governments, ministries acting for them, spokespeople, monitors, agencies, outlets), sources
and incidents are created directly, in bulk; every claim goes through claims.importing (validation, chains,
sides, history, quantities, estimates, feed), in chunks so memory stays flat. Statuses are mixed (most
published). The same seed gives the same data.

Incidents (default: one per 10 claims) are spread over the conflicts, each at a town of its conflict's region
(coordinates in a plausible box, with a precision code; some without coordinates), on a day, a week or a month
of the conflict, with a kind and, mostly, an alleged perpetrator (a party's ministry). --incident-share of the
claims (default 0.75) are about an incident of their conflict; the others are cumulative tolls for the whole
conflict or a province, as of one of its 30-day marks (day 30, 60, ...), so that a toll's quantities form
series of successive as-of dates. Incidents are written without history records (bulk_create): a data generator.
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
from claims.models import Actor, Conflict, Incident, Source  # noqa: E402

STATUSES = ["published"] * 6 + ["draft", "in_review", "verified", "rejected"]
METRICS = ["killed"] * 5 + ["wounded", "wounded", "casualties", "missing", "captured", "displaced"]
POPULATIONS = ["all", "all", "civilian", "military"]
RATINGS = ["confirmed", "corroborated", "single_source", "single_source", "contested", "unsupported"]
# Most accounts of one incident count the same thing (its civilians killed), so that its quantity gathers several
# origins; most tolls are for the whole conflict, so that a series gathers several as-of dates.
GROUPS = ["all"] * 19 + ["children"]
INCIDENT_METRICS = ["killed"] * 17 + ["wounded", "wounded", "casualties"]
INCIDENT_POPULATIONS = ["civilian"] * 17 + ["all", "all", "military"]
INCIDENT_NUMBERS = [0, 1, 2, 3, 4, 6, 9, 12, 17, 25, 40, 70]
TOLL_NUMBERS = [150, 800, 2500, 12000]
INCIDENT_KINDS = ["shelling"] * 4 + ["air_strike"] * 2 + ["drone_strike", "missile_strike", "ground_fighting"]
INCIDENT_KINDS += ["massacre", "bombing", "other"]
DATE_PRECISIONS = [("day", 0)] * 16 + [("week", 6)] * 3 + [("month", 29)]  # (precision, days in the window)
# (precision, how far from its town an incident may lie, in degrees); None: no coordinates
PLACE_PRECISIONS = [("exact", 0.01)] * 5 + [("near", 0.05)] * 3 + [("district", 0.2), ("province", 0.5), None]
# Regions fighting has touched, as boxes (south, north, west, east in degrees): conflict c takes box c mod 20.
REGIONS = [
    (39.2, 40.3, 46.0, 47.4),  # Nagorno-Karabakh
    (47.0, 50.0, 36.0, 40.0),  # eastern Ukraine
    (11.0, 16.0, 22.0, 27.0),  # Darfur
    (31.2, 31.6, 34.2, 34.6),  # Gaza
    (32.5, 37.0, 36.0, 42.0),  # Syria
    (12.5, 17.0, 42.5, 49.0),  # Yemen
    (14.0, 17.5, -5.0, 1.0),  # central and northern Mali
    (16.0, 26.0, 93.0, 99.0),  # Myanmar
    (12.2, 14.9, 36.5, 40.0),  # Tigray
    (-2.5, 0.5, 28.0, 29.5),  # North Kivu
    (0.0, 10.0, 42.0, 49.0),  # Somalia
    (31.0, 37.0, 62.0, 71.0),  # Afghanistan
    (32.0, 36.5, 41.0, 46.0),  # northern Iraq
    (29.0, 33.0, 11.0, 24.0),  # northern Libya
    (10.0, 13.7, 11.0, 14.6),  # north-eastern Nigeria
    (10.0, 14.5, -5.0, 2.0),  # Burkina Faso
    (1.0, 8.0, -77.0, -71.0),  # Colombia
    (-14.0, -10.5, 38.5, 40.6),  # Cabo Delgado
    (3.0, 9.0, 16.0, 25.0),  # Central African Republic
    (4.0, 10.0, 25.0, 33.0),  # South Sudan
]
TOWNS, PROVINCES, DISTRICTS = 60, 6, 3  # per conflict; districts per province
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
    world: dict = {"conflicts": [], "parties": {}, "speakers": {}, "outlets": [], "sources": {}}
    world |= {"perpetrators": {}, "towns": {}, "incidents": {}}
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
        # Independent of the parties: their figures set estimates' bounds.
        monitors = [
            Actor.objects.create(name=f"Seed monitor {c}", kind="ngo"),
            Actor.objects.create(name=f"Seed UN mission {c}", kind="international_organisation"),
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
        world["speakers"][conflict.slug] = [
            a.name for a in governments + ministries + spokespeople + monitors
        ]
        world["sources"][conflict.slug] = [s.url for s in sources]
        world["perpetrators"][conflict.slug] = [m.pk for m in ministries[:2]]  # the parties' armed forces
        world["towns"][conflict.slug] = towns_of(rng, c)
    if connection.vendor == "postgresql":
        # The importer refreshes the statistics of what it writes; these tables were filled here, in bulk, and
        # the planner would read a page's chains by scanning every source until autovacuum came round.
        with connection.cursor() as cursor:
            for table in ("claims_actor", "claims_source", "claims_conflict", "claims_actor_party_to"):
                cursor.execute(f"ANALYZE {table}")
    return world


def towns_of(rng: random.Random, c: int) -> list[tuple[str, str, str, float, float]]:
    """Return the towns of conflict c's region: (name, province, district, latitude, longitude)."""
    south, north, west, east = REGIONS[c % len(REGIONS)]
    towns = []
    for t in range(TOWNS):
        province = t % PROVINCES
        towns.append(
            (
                f"Seed town {c}-{t}",
                f"Seed province {c}-{province}",
                f"Seed district {c}-{province}-{t % DISTRICTS}",
                round(rng.uniform(south, north), 4),
                round(rng.uniform(west, east), 4),
            )
        )
    return towns


def make_incidents(rng: random.Random, world: dict, count: int, chunk: int = 10_000) -> None:
    """Create `count` incidents in bulk, spread over the conflicts; keep in world["incidents"][slug] what claims
    about them need: (id, first day, town, the side that suffered)."""
    conflicts = world["conflicts"]
    for slug, _ in conflicts:
        world["incidents"][slug] = []
    conflict_ids = dict(
        Conflict.objects.filter(slug__in=[slug for slug, _ in conflicts]).values_list("slug", "pk")
    )
    for begin in range(0, count, chunk):
        made, kept = [], []
        for n in range(begin, min(begin + chunk, count)):
            slug, start = conflicts[n % len(conflicts)]
            town, province, district, latitude, longitude = rng.choice(world["towns"][slug])
            kind = rng.choice(INCIDENT_KINDS)
            started = start + dt.timedelta(days=rng.randrange(700))
            precision, window = rng.choice(DATE_PRECISIONS)
            place = rng.choice(PLACE_PRECISIONS)
            if place is not None:
                place_precision, spread = place
                latitude = max(-90.0, min(90.0, round(latitude + rng.uniform(-spread, spread), 5)))
                longitude = round(longitude + rng.uniform(-spread, spread), 5)
            else:
                place_precision, latitude, longitude = "", None, None
            side = rng.randrange(2)  # which party is alleged responsible; the other suffered
            perpetrator = world["perpetrators"][slug][side] if rng.random() < 0.8 else None
            made.append(
                Incident(
                    conflict_id=conflict_ids[slug],
                    name=f"Seed {kind.replace('_', ' ')} {n} at {town}",
                    kind=kind,
                    started_on=started,
                    ended_on=started + dt.timedelta(days=window) if window else None,
                    date_precision=precision,
                    place=town,
                    admin1=province,
                    admin2=district,
                    latitude=latitude,
                    longitude=longitude,
                    place_precision=place_precision,
                    perpetrator_id=perpetrator,
                    description=f"A {kind.replace('_', ' ')} reported at {town}.",
                    assessment=rng.choice(["open", "open", "assessed", "closed"]),
                )
            )
            kept.append((slug, started, town, world["parties"][slug][1 - side]))
        created = Incident.objects.bulk_create(made, batch_size=2_000)
        for incident, (slug, started, town, victim) in zip(created, kept, strict=True):
            world["incidents"][slug].append((incident.pk, started, town, victim))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE claims_incident")


def claim_row(rng: random.Random, world: dict, n: int, incident_share: float = 0.75) -> dict:
    """Return one claim row: about an incident of its conflict (incident_share of them, when the world has
    incidents), else a cumulative toll as of one of the conflict's 30-day marks."""
    slug, start = world["conflicts"][rng.randrange(len(world["conflicts"]))]
    template, qualifier, bounds = FIGURES[rng.randrange(len(FIGURES))]
    incidents = world.get("incidents", {}).get(slug)
    about: dict = {}
    if incidents and rng.random() < incident_share:
        incident, started, town, victim = incidents[rng.randrange(len(incidents))]
        number = rng.choice(INCIDENT_NUMBERS)
        stated = started + dt.timedelta(days=rng.randrange(10))
        about = {
            "incident": incident,
            "metric": rng.choice(INCIDENT_METRICS),
            "population": rng.choice(INCIDENT_POPULATIONS),
            "sides": [victim] if rng.random() < 0.1 else [],
        }
        where = f" in {town}"
    else:
        month = 1 + rng.randrange(23)  # tolls every 30 days: successive as-of dates of one series
        as_of = start + dt.timedelta(days=30 * month)
        stated = as_of + dt.timedelta(days=rng.randrange(4))
        number = rng.choice(TOLL_NUMBERS) * (1 + month // 6)
        towns = world.get("towns", {}).get(slug)
        area = rng.choice(towns)[1] if towns and rng.random() < 0.3 else ""
        about = {
            "metric": rng.choice(METRICS),
            "population": rng.choice(POPULATIONS),
            "sides": rng.sample(world["parties"][slug], rng.randrange(0, 3)),
            "area": area,
            "period_start": start.isoformat(),
            "as_of": as_of.isoformat(),
        }
        where = f" in {area}" if area else " since the fighting began"
    phrase = template.format(n=number, m=2 * number)
    if number == 0 and qualifier not in ("exact", "unquantified"):
        template, qualifier, bounds = FIGURES[0]
        phrase = "no people were killed"
    speaker = rng.choice(world["speakers"][slug])
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
        "group": rng.choice(GROUPS),
        **about,
        "phrase": phrase,
        "qualifier": qualifier,
        **bounds(number),
        "originator": speaker,
        "stated_on": stated.isoformat(),
        "quote": f"Officials said {phrase}{where}.",
        "status": status,
        "rating": rng.choice(RATINGS) if status in ("verified", "published") else "",
        "chain": chain,
    }


def seed(
    claims: int,
    seed: int = 7,
    chunk: int = 20_000,
    conflicts: int = 20,
    quiet: bool = False,
    incidents: int | None = None,
    incident_share: float = 0.75,
) -> float:
    """Create the world, `incidents` incidents (default: one per 10 claims) and `claims` claims through the
    importer; return its rate in claims per second.

    Each chunk is one import (one transaction). Only the importer is timed, not the making of the rows.
    """
    rng = random.Random(seed)
    began = time.perf_counter()
    world = make_world(rng, conflicts, max(10, claims // (conflicts * 20)))
    incidents = claims // 10 if incidents is None else incidents
    if not quiet:
        print(
            f"  world: {conflicts} conflicts, actors and sources in {time.perf_counter() - began:.1f} s",
            flush=True,
        )
    began = time.perf_counter()
    make_incidents(rng, world, incidents)
    if not quiet:
        print(f"  {incidents:,} incidents created in {time.perf_counter() - began:.1f} s", flush=True)
    importer = Importer(trusted=True)  # after make_world: it loads the actors and sources claims refer to
    elapsed, cpu, done = 0.0, 0.0, 0
    for start in range(0, claims, chunk):
        rows = [
            (n + 1, claim_row(rng, world, n, incident_share), None)
            for n in range(start, min(start + chunk, claims))
        ]
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
    parser.add_argument(
        "--incidents", type=int, default=None, help="incidents to create (default: one per 10 claims)"
    )
    parser.add_argument(
        "--incident-share",
        type=float,
        default=0.75,
        help="share of the claims about an incident; the others are cumulative tolls (default 0.75)",
    )
    args = parser.parse_args()
    if not 0 <= args.incident_share <= 1:
        parser.error("--incident-share is a share: between 0 and 1")
    call_command("migrate", verbosity=0)
    if Conflict.objects.filter(slug__startswith="seed-conflict-").exists():
        sys.exit("This database already holds seeded data: use an empty one.")
    began = time.perf_counter()
    rate = seed(
        args.claims,
        args.seed,
        args.chunk,
        args.conflicts,
        incidents=args.incidents,
        incident_share=args.incident_share,
    )
    engine = connection.vendor
    incidents = Incident.objects.count()
    print(
        f"Seeded {args.claims:,} claims and {incidents:,} incidents ({engine}, chunks of {args.chunk:,}) in "
        f"{time.perf_counter() - began:.1f} s: import rate {rate:,.0f} claims/s"
    )


if __name__ == "__main__":
    main()
