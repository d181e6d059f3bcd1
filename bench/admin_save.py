"""Time the Django admin's save of an edited claim, for chains of 1, 3 and 6 hops: queries and wall time.

    python bench/admin_save.py [--rounds 30] [--warmup 2] [--hops 1,3,6] [--show-queries]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_admin python bench/admin_save.py   # an empty database
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres python bench/admin_save.py --throwaway

Without DATABASE_URL it runs on a new SQLite file in a temporary directory (the developer's db.sqlite3 is not
touched). With DATABASE_URL it needs an empty database (it migrates it first), or --throwaway to create a new
PostgreSQL database on that server and drop it at the end.

One claim per chain length, written as editors write them (services.save_claim), each hop in its own captured
source. A member of the Editors group, logged in with Django's test client (no network), then edits each claim
in every round as a browser would: GET the change page, send back its form (as tests/conftest.py's
admin_form_data in tests/forms.py builds it, so loaded_version is the current version) with the figure changed and the last hop's
words changed, and POST it. Only the POST is timed and its queries counted (CaptureQueriesContext). Rounds take
the chain lengths in turn, so that drift affects them alike. Any answer but the admin's 302 stops the run with
the form's errors. Prints per chain length: queries, median and p90 ms, and each against the 1-hop claim's.
"""

import argparse
import datetime as dt
import math
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "provenance.settings")
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("LOG_LEVEL", "WARNING")  # not the admin login's INFO lines from django-axes

import benchdb  # noqa: E402


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=30, help="timed saves per chain length (default 30)")
    parser.add_argument(
        "--warmup", type=int, default=2, help="untimed saves per chain length first (default 2)"
    )
    parser.add_argument(
        "--hops", default="1,3,6", help="chain lengths, comma-separated; the first is the base"
    )
    parser.add_argument(
        "--show-queries", action="store_true", help="print each chain length's last save's SQL"
    )
    parser.add_argument(
        "--throwaway",
        action="store_true",
        help="create a new database on DATABASE_URL's PostgreSQL server, and drop it at the end",
    )
    return parser.parse_args()


def form_errors(response) -> str:
    """Describe why the admin refused a save: the claim form's errors and the chain's."""
    lines = [f"HTTP {response.status_code}"]
    context = getattr(response, "context", None)
    if context is None or "adminform" not in context:
        return "\n".join([*lines, response.content.decode(errors="replace")[:2000]])
    form = context["adminform"].form
    for name, errors in form.errors.items():
        lines += [f"  claim form, {name or 'the form'}: {error}" for error in errors]
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        lines += [f"  chain: {error}" for error in formset.non_form_errors()]
        for index, errors in enumerate(formset.errors):
            for name, messages in errors.items():
                lines += [f"  chain row {index}, {name}: {message}" for message in messages]
    return "\n".join(lines)


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def make_claims(hop_counts: list[int], editor) -> dict:
    """Create one draft claim per chain length, each in its own conflict, every hop with a captured source."""
    from claims.models import Actor, Claim, Conflict, Source
    from claims.services import Hop, save_claim, save_source

    quote = "The ministry said 12 soldiers were killed."
    text = f"{quote} A later statement put the toll at 14."
    stated = dt.date(2020, 10, 1)
    claims = {}
    for hops in hop_counts:
        conflict = Conflict.objects.create(
            name=f"Bench conflict ({hops} hops)",
            slug=f"bench-conflict-{hops}",
            started_on=dt.date(2020, 9, 27),
        )
        government = Actor.objects.create(name=f"Bench government ({hops} hops)", kind="government")
        conflict.parties.add(government)
        ministry = Actor.objects.create(
            name=f"Bench ministry ({hops} hops)", kind="ministry", acts_on_behalf_of=government
        )
        chain = []
        for position in range(hops):
            if position == 0:
                actor, relation = ministry, "stated"
            else:
                last = position == hops - 1
                actor = Actor.objects.create(
                    name=f"Bench {'outlet' if last else 'agency'} {position} ({hops} hops)",
                    kind="news_outlet" if last else "news_agency",
                )
                relation = "published" if last else "relayed"
            source = Source(
                url=f"https://news.example.org/bench/{hops}/{position}",
                title=f"Report {position} of the {hops}-hop claim",
                publisher=actor,
                published_on=stated + dt.timedelta(days=position),
                language="en",
                text=text,
            )
            save_source(source)
            chain.append(Hop(actor.pk, relation, source.pk, stated + dt.timedelta(days=position), ""))
        claim = save_claim(
            Claim(
                conflict=conflict,
                metric="killed",
                population="military",
                phrase="12 soldiers were killed",
                qualifier="exact",
                low=12,
                best=12,
                high=12,
                originator=ministry,
                stated_on=stated,
                quote=quote,
                created_by=editor,
            ),
            chain=chain,
            sides=[government.pk],
            by=editor,
        )
        claims[hops] = claim
    return claims


def main() -> None:
    args = parse_args()
    hop_counts = [int(h) for h in args.hops.split(",") if h.strip()]
    where, cleanup = benchdb.choose("admin", throwaway=args.throwaway)
    try:
        run(args, hop_counts, where)
    finally:
        cleanup()


def run(args: argparse.Namespace, hop_counts: list[int], where: str) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment
    from django.urls import reverse

    from claims.models import Claim, Conflict
    from tests.forms import admin_form_data  # what a browser posts back, as the tests build it

    # Instruments template rendering so that responses carry their context (the form to send back), and adds
    # the test client's host, "testserver", to ALLOWED_HOSTS.
    setup_test_environment()
    if "testserver" not in settings.ALLOWED_HOSTS and "*" not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    call_command("migrate", verbosity=0)
    if Claim.objects.exists() or Conflict.objects.exists():
        sys.exit("This database already holds conflicts or claims: use an empty one (or --throwaway).")

    editor = get_user_model().objects.create_user("bench-editor", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    claims = make_claims(hop_counts, editor)
    client = Client()
    client.force_login(editor)

    samples: dict[int, list[float]] = {h: [] for h in hop_counts}
    queries: dict[int, list[int]] = {h: [] for h in hop_counts}
    last_sql: dict[int, list[str]] = {}
    for round_ in range(args.warmup + args.rounds):
        figure = "14" if round_ % 2 == 0 else "12"
        for hops in hop_counts:
            claim = claims[hops]
            url = reverse("admin:claims_claim_change", args=[claim.pk])
            before = Claim.objects.values_list("version", flat=True).get(pk=claim.pk)
            page = client.get(url)
            if page.status_code != 200:
                sys.exit(f"GET {url} answered {page.status_code}: {page.content[:500]!r}")
            data = admin_form_data(page)
            if data.get("loaded_version") != str(before):
                sys.exit(
                    f"The form's loaded_version is {data.get('loaded_version')!r}, the claim's {before}."
                )
            data["low"] = data["best"] = data["high"] = figure
            data[f"chain-{hops - 1}-words"] = f"round {round_}: the toll is {figure}"
            with CaptureQueriesContext(connection) as captured:
                began = time.perf_counter()
                response = client.post(url, data)
                elapsed = time.perf_counter() - began
            if response.status_code != 302:
                print(
                    f"The admin refused the save of the {hops}-hop claim (round {round_}):", file=sys.stderr
                )
                sys.exit(form_errors(response))
            stored = Claim.objects.values_list("version", "best", flat=False).get(pk=claim.pk)
            if stored != (before + 1, int(figure)):
                sys.exit(f"The {hops}-hop claim was not saved: version/best {stored}, expected {before + 1}.")
            if round_ >= args.warmup:
                samples[hops].append(elapsed * 1000)
                queries[hops].append(len(captured))
            last_sql[hops] = [q["sql"] for q in captured.captured_queries]

    base = hop_counts[0]
    base_queries = statistics.median(queries[base])
    base_median = statistics.median(samples[base])
    base_p90 = percentile(samples[base], 0.9)
    print(
        f"Admin save of an edited claim (figure and one hop's words), {connection.vendor}, {where}; "
        f"{args.rounds} rounds after {args.warmup} warm-up, DEBUG={'on' if settings.DEBUG else 'off'}"
    )
    print(
        f"{'hops':>4} {'queries':>8} {'median ms':>10} {'p90 ms':>8}   "
        f"{f'vs {base}-hop: queries':>20} {'median':>7} {'p90':>6}"
    )
    for hops in hop_counts:
        counts = queries[hops]
        shown = f"{min(counts)}" if min(counts) == max(counts) else f"{min(counts)}-{max(counts)}"
        median, p90 = statistics.median(samples[hops]), percentile(samples[hops], 0.9)
        print(
            f"{hops:>4} {shown:>8} {median:>10.1f} {p90:>8.1f}   "
            f"{statistics.median(counts) / base_queries:>19.2f}x {median / base_median:>6.2f}x "
            f"{p90 / base_p90:>5.2f}x"
        )
    if args.show_queries:
        for hops in hop_counts:
            print(f"\n-- the last save of the {hops}-hop claim: {len(last_sql[hops])} queries")
            for number, sql in enumerate(last_sql[hops], start=1):
                print(f"{number:>3} {sql[:160]}")


if __name__ == "__main__":
    main()
