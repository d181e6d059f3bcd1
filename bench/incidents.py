"""Time the pages of incidents and estimates on a seeded database (issue 13's target: each under 300 ms).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python bench/seed.py --claims 1000000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python bench/incidents.py --rounds 20

Server time through Django's test client (no network), DEBUG off, the throttle's cache in memory. Prints p50 and
p95 in milliseconds, per page, for incidents chosen across the table (the most and the least claimed of a
sample), and the ratio of each to the claims list's first page measured in the same run (the page issue 7 set
at 20 ms), so figures from a busy machine still compare.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECRET_KEY", "bench-only-not-a-secret")
os.environ.setdefault("CACHE_BACKEND", "django.core.cache.backends.locmem.LocMemCache")
os.environ.setdefault("STATIC_ROOT", "/tmp/provenance-bench-static")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
sys.path.insert(0, str(Path(__file__).resolve().parent))
import seed as seeding  # noqa: F401 (sets Django up)
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.test import Client

from claims.api.auth import PartnerKeyThrottle
from claims.models import Claim, Conflict, Incident, Partner, PartnerKey, Quantity

TARGET_MS = 300


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def timed(client: Client, url: str, rounds: int) -> tuple[float, float, int]:
    """Return p50, p95 (ms) and the response's size in bytes."""
    first = client.get(url)
    assert first.status_code == 200, (url, first.status_code, first.content[:300])
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return (*percentiles(samples), len(first.content))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    call_command("collectstatic", verbosity=0, interactive=False)
    claims, incidents = Claim.objects.count(), Incident.objects.count()
    if not incidents:
        sys.exit("No incidents: seed the database first (bench/seed.py --claims N).")
    PartnerKeyThrottle.THROTTLE_RATES = {"partner": "100000000/minute"}
    partner, _ = Partner.objects.get_or_create(name="Bench partner")
    _, key = PartnerKey.objects.create_key(partner=partner, name="bench")
    api = Client(HTTP_AUTHORIZATION=f"Api-Key {key}")
    user = get_user_model().objects.filter(username="bench-admin").first()
    if user is None:
        user = get_user_model().objects.create_superuser("bench-admin", password=os.urandom(8).hex())
    staff = Client()
    staff.force_login(user)

    # A conflict with the most incidents; incidents from a sample spread over the table, the most claimed one.
    conflict = Conflict.objects.annotate(n=Count("incidents")).order_by("-n").first()
    assert conflict is not None
    sample = list(Incident.objects.order_by("pk").values_list("pk", flat=True)[:: max(1, incidents // 200)])
    claimed = dict(
        Claim.objects.filter(incident__in=sample).order_by().values("incident").annotate(n=Count("pk")).values_list("incident", "n")
    )  # fmt: skip
    busiest = max(claimed, key=claimed.get)
    typical = sorted(claimed, key=claimed.get)[len(claimed) // 2]
    visible = (
        Incident.objects.visible_to_partners().filter(pk__in=sample).values_list("pk", flat=True).first()
    )
    grade = (
        Quantity.objects.filter(conflict=conflict).exclude(grade="").values_list("grade", flat=True).first()
    )
    shown_in_conflict = Incident.objects.filter(conflict=conflict, latitude__isnull=False).count()
    print(
        f"{connection.vendor}: {claims:,} claims, {incidents:,} incidents, {Quantity.objects.count():,} quantities; "
        f"conflict “{conflict.slug}” has {conflict.n:,} incidents ({shown_in_conflict:,} with coordinates)"
    )
    pages = [
        ("claims list, first page (reference)", api, "/api/v1/claims/?page_size=100"),
        (f"admin incident page, busiest of the sample ({claimed[busiest]} claims)", staff, f"/admin/claims/incident/{busiest}/claims/"),
        (f"admin incident page, median of the sample ({claimed[typical]} claims)", staff, f"/admin/claims/incident/{typical}/claims/"),
        ("admin estimates list, first page", staff, "/admin/claims/quantity/"),
        ("admin map GeoJSON of the conflict (capped)", staff, f"/admin/claims/incident/map.geojson?conflict={conflict.pk}"),
        ("API estimates, first page of 100", api, "/api/v1/estimates/?page_size=100"),
        (f"API estimates of the conflict, grade {grade}", api, f"/api/v1/estimates/?page_size=100&conflict={conflict.slug}&grade={grade}"),
        ("API incidents of the conflict, 100", api, f"/api/v1/incidents/?page_size=100&conflict={conflict.slug}"),
        ("API incidents of the conflict, GeoJSON, 1,000", api, f"/api/v1/incidents/?page_size=1000&conflict={conflict.slug}&format=geojson"),
        ("API incident detail", api, f"/api/v1/incidents/{visible}/"),
    ]  # fmt: skip
    reference = None
    print(f"{'page':<66} {'p50 ms':>8} {'p95 ms':>8} {'KB':>7} {'÷ ref':>6}  under {TARGET_MS} ms")
    for label, client, url in pages:
        p50, p95, size = timed(client, url, args.rounds)
        reference = reference or p50
        verdict = "yes" if p95 < TARGET_MS else "NO"
        print(f"{label:<66} {p50:8.1f} {p95:8.1f} {size / 1024:7.1f} {p50 / reference:6.1f}  {verdict}")


if __name__ == "__main__":
    main()
