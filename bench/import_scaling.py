"""Does an import slow down as the claim table grows? Time importing 1,000 claims into an empty database and
into one holding N claims, in one process, through the import path; print both and their ratio.

    python bench/import_scaling.py --claims 20000                       # a new SQLite file, removed after
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_scaling_1m python bench/import_scaling.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres python bench/import_scaling.py --throwaway

Target: the import into N claims (default 1,000,000) takes at most twice the import into an empty database.

Steps, on an empty database (refused otherwise; --throwaway creates a new PostgreSQL database and drops it at
the end; without DATABASE_URL a new SQLite file in a temporary directory is used):
1. migrate; create the world of bench/seed.py (conflicts, actors, sources) at the size seed.py gives N claims,
   so that only the number of claims differs between the two measurements;
2. "empty": import --batch claims (default 1,000) --repeat times (default 3), each with fresh external ids
   and a new Importer, as each import of a file has; the table then holds 0, 1,000 and 2,000 claims before
   each; the median counts;
3. fill the table up to N claims with the importer, --chunk claims (default 20,000) per import, printing the
   rate (each import of 10,000 claims or more refreshes the planner's statistics itself); then ANALYZE on
   PostgreSQL;
4. "full": import --batch claims --repeat times again (N, N + 1,000, … claims before each); the median counts.

Rows are made by bench/seed.py's claim_row() before the clock starts; only Importer.run() is timed (the
Importer's construction, which loads the actors' names and the sources' URLs, is shown apart). Each timed import
records its statements and their times (CaptureQueriesContext and an execute wrapper): those whose time grew
most, and those run a different number of times, are printed for both phases.
"""

import argparse
import itertools
import os
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "provenance.settings")
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("LOG_LEVEL", "WARNING")  # the bench's lines only

import benchdb  # noqa: E402


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=1_000_000, help="claims in the full table (default 1M)")
    parser.add_argument("--batch", type=int, default=1_000, help="claims per timed import (default 1,000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed imports per phase (default 3)")
    parser.add_argument("--chunk", type=int, default=20_000, help="claims per import while filling (20,000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--conflicts", type=int, default=20)
    parser.add_argument("--top", type=int, default=8, help="statements shown in the breakdown (default 8)")
    parser.add_argument(
        "--throwaway",
        action="store_true",
        help="create a new database on DATABASE_URL's PostgreSQL server, and drop it at the end",
    )
    args = parser.parse_args()
    if args.claims < args.batch * args.repeat:
        parser.error(
            "--claims must be at least --batch × --repeat (the empty phase's claims count towards it)"
        )
    return args


def statement_kind(sql: str) -> str:
    """Return a statement with its literals and lists folded, to add up the time of like statements."""
    sql = re.sub(r"'(?:[^']|'')*'", "?", sql)
    sql = re.sub(r"\b\d+(\.\d+)?\b", "#", sql)
    sql = re.sub(r"%s", "?", sql)
    sql = re.sub(r"\((?:\s*[#?]\s*,)*\s*[#?]\s*\)", "(…)", sql)  # IN (…), VALUES (…)
    sql = re.sub(r"\(…\)(?:\s*,\s*\(…\))+", "(…), …", sql)  # many rows' VALUES
    sql = re.sub(r"ARRAY\[[^\]]*\]", "ARRAY[…]", sql)
    return re.sub(r"\s+", " ", sql)


class Statements:
    """Record the statements run inside the block, each with its time: execute() and executemany() through
    an execute wrapper (perf_counter), COPY (which goes round Django's cursor) from Django's query log."""

    def __init__(self, connection):
        self.connection, self.timed, self.count = connection, [], 0

    def __call__(self, execute, sql, params, many, context):
        began = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.timed.append((sql, time.perf_counter() - began))

    def __enter__(self):
        from django.test.utils import CaptureQueriesContext

        self.captured = CaptureQueriesContext(self.connection)
        self.captured.__enter__()
        self.wrapper = self.connection.execute_wrapper(self)
        self.wrapper.__enter__()
        return self

    def __exit__(self, *exc):
        self.wrapper.__exit__(*exc)
        self.captured.__exit__(*exc)
        self.count = len(self.captured)
        copies = [
            (q["sql"], float(q["time"]))
            for q in self.captured.captured_queries
            if q["sql"].startswith("COPY")
        ]
        self.timed += copies
        return False

    def seconds(self) -> float:
        return sum(seconds for _, seconds in self.timed)


def by_kind(timed: list[tuple[str, float]]) -> dict[str, tuple[int, float]]:
    totals: dict[str, list] = defaultdict(lambda: [0, 0.0])
    for sql, seconds in timed:
        entry = totals[statement_kind(sql)]
        entry[0] += 1
        entry[1] += seconds
    return {kind: (count, seconds) for kind, (count, seconds) in totals.items()}


def main() -> None:
    args = parse_args()
    where, cleanup = benchdb.choose("scaling", throwaway=args.throwaway)
    try:
        run(args, where)
    finally:
        cleanup()


def run(args: argparse.Namespace, where: str) -> None:
    import seed as seeding  # sets Django up, on the database chosen above
    from django.core.management import call_command
    from django.db import connection

    from claims.importing import Importer
    from claims.models import Actor, Claim, Conflict, Source

    began_run = time.perf_counter()
    call_command("migrate", verbosity=0)
    if Claim.objects.exists() or Conflict.objects.exists() or Actor.objects.exists():
        sys.exit("This database is not empty (it holds claims, conflicts or actors): use an empty one.")
    engine = connection.vendor
    print(f"{engine}: {where}", flush=True)

    rng = random.Random(args.seed)
    started = time.perf_counter()
    world = seeding.make_world(rng, args.conflicts, max(10, args.claims // (args.conflicts * 20)))
    print(
        f"world: {Conflict.objects.count()} conflicts, {Actor.objects.count():,} actors, "
        f"{Source.objects.count():,} sources ({time.perf_counter() - started:.1f} s)",
        flush=True,
    )
    numbers = itertools.count()

    def rows(count: int) -> list[tuple]:
        return [(n + 1, seeding.claim_row(rng, world, n), None) for n in itertools.islice(numbers, count)]

    def timed_imports(phase: str) -> list[dict]:
        results = []
        for _ in range(args.repeat):
            batch = rows(args.batch)
            before = Claim.objects.count()
            set_up = time.perf_counter()
            importer = Importer(trusted=True)
            set_up = time.perf_counter() - set_up
            with Statements(connection) as statements:
                began, began_cpu = time.perf_counter(), time.process_time()
                outcome = importer.run(batch)
                elapsed, cpu = time.perf_counter() - began, time.process_time() - began_cpu
            if outcome.created != len(batch):
                sys.exit(f"{phase}: imported {outcome.created} of {len(batch)} claims")
            in_queries = statements.seconds()
            results.append(
                {
                    "seconds": elapsed,
                    "cpu": cpu,
                    "queries": statements.count,
                    "timed": statements.timed,
                    "in_queries": in_queries,
                    "before": before,
                }
            )
            print(
                f"  {phase}: {len(batch):,} claims into {before:,}: {elapsed * 1000:,.0f} ms "
                f"({len(batch) / elapsed:,.0f} claims/s; {statements.count} queries taking {in_queries * 1000:,.0f} ms; "
                f"this process's CPU {cpu * 1000:,.0f} ms; importer set-up {set_up * 1000:,.0f} ms)",
                flush=True,
            )
        return results

    print(f"1. importing {args.batch:,} claims into an empty claim table, {args.repeat} times", flush=True)
    empty = timed_imports("empty")

    present = Claim.objects.count()
    print(f"2. filling the claim table up to {args.claims:,} claims, {args.chunk:,} per import", flush=True)
    importer = Importer(trusted=True)
    filled, fill_seconds, fill_started = 0, 0.0, time.perf_counter()
    while present < args.claims:
        count = min(args.chunk, args.claims - present)
        batch = rows(count)
        began = time.perf_counter()
        importer.run(batch)
        elapsed = time.perf_counter() - began
        connection.queries_log.clear()  # DEBUG's query log: memory stays flat
        present += count
        filled += count
        fill_seconds += elapsed
        print(
            f"  {present:>10,} claims: this import {count / elapsed:,.0f} claims/s, "
            f"all so far {filled / fill_seconds:,.0f} claims/s",
            flush=True,
        )
    print(
        f"  filled {filled:,} claims in {time.perf_counter() - fill_started:,.0f} s "
        f"({fill_seconds:,.0f} s importing: {filled / fill_seconds if fill_seconds else 0:,.0f} claims/s)",
        flush=True,
    )
    if engine == "postgresql":
        began = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
            cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
            size = cursor.fetchone()[0]
        print(f"  ANALYZE: {time.perf_counter() - began:.1f} s; database size {size}", flush=True)

    print(
        f"3. importing {args.batch:,} claims into {Claim.objects.count():,} claims, {args.repeat} times",
        flush=True,
    )
    full = timed_imports("full")

    def summary(results: list[dict]) -> dict:
        median = statistics.median(r["seconds"] for r in results)
        chosen = min(results, key=lambda r: abs(r["seconds"] - median))
        return {
            "median": median,
            "all": [r["seconds"] for r in results],
            "in_queries": statistics.median(r["in_queries"] for r in results),
            "cpu": statistics.median(r["cpu"] for r in results),
            "queries": chosen["queries"],
            "kinds": by_kind(chosen["timed"]),
        }

    e, f = summary(empty), summary(full)
    ratio = f["median"] / e["median"]
    print()
    print(
        f"Import of {args.batch:,} claims, {engine}, median of {args.repeat} "
        f"(world: {args.conflicts} conflicts, {Source.objects.count():,} sources):"
    )
    for label, s, into in (
        ("into an empty database", e, f"{empty[0]['before']:,}-{empty[-1]['before']:,} claims"),
        (f"into {args.claims:,} claims", f, f"{full[0]['before']:,}-{full[-1]['before']:,} claims"),
    ):
        print(
            f"  {label:<24} {s['median'] * 1000:>9,.0f} ms  {args.batch / s['median']:>8,.0f} claims/s  "
            f"(runs: {', '.join(f'{t * 1000:,.0f}' for t in s['all'])} ms; table held {into}; "
            f"{s['queries']} queries, {s['in_queries'] * 1000:,.0f} ms in them; this process's CPU "
            f"{s['cpu'] * 1000:,.0f} ms)"
        )
    verdict = "within" if ratio <= 2 else "NOT within"
    print(f"  ratio full/empty: {ratio:.2f}x ({verdict} the 2x target)")

    kinds = set(e["kinds"]) | set(f["kinds"])

    def gained(kind: str) -> float:
        return f["kinds"].get(kind, (0, 0.0))[1] - e["kinds"].get(kind, (0, 0.0))[1]

    def row(kind: str) -> str:
        ce, te = e["kinds"].get(kind, (0, 0.0))
        cf, tf = f["kinds"].get(kind, (0, 0.0))
        return f"  {te * 1000:>9,.1f} ({ce:>4}) {tf * 1000:>9,.1f} ({cf:>4})  {kind[:150]}"

    print("\nStatements by the time they gained (the median run of each phase; ms, and how many ran):")
    print(f"  {'empty':>16} {'full':>16}  statement")
    for kind in sorted(kinds, key=gained, reverse=True)[: args.top]:
        print(row(kind))
    more = [k for k in kinds if f["kinds"].get(k, (0, 0))[0] != e["kinds"].get(k, (0, 0))[0]]
    if more:
        print("Statements run a different number of times in the two phases:")
        for kind in sorted(more, key=lambda k: f["kinds"].get(k, (0, 0))[0], reverse=True)[: args.top]:
            print(row(kind))
    print(f"\n(whole run: {time.perf_counter() - began_run:,.0f} s)")


if __name__ == "__main__":
    main()
