"""Time the partner API against a plain DRF baseline and a single json_agg query, in one run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python bench/api.py --claims 100000

Seeds the database through bench/seed.py (the import path) when it holds fewer claims than asked, then
prints, server time through Django's test client (no network):
- p50/p95 of a 100-claim page: first page, a deep cursor page, a filtered page; for ours, for (a) the same
  response from DRF nested ModelSerializers (what a typical team writes) and (b) one SQL query building the
  JSON with json_agg (PostgreSQL only: the practical limit); ratios;
- the full change-feed sync rate (changes/s, 1,000 a page): answered (the time inside the server's answers),
  and end to end with each page parsed as a partner's client would (orjson: Python's json module takes longer);
  the admin claim list time.
"""

import argparse
import base64
import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path

# Measure as production runs: DEBUG off (no query log), static files collected for the admin. The key only lets
# the settings load; the throttle's cache is in memory, as Redis would be (no database query per request).
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECRET_KEY", "bench-only-not-a-secret")
os.environ.setdefault("CACHE_BACKEND", "django.core.cache.backends.locmem.LocMemCache")
os.environ.setdefault("STATIC_ROOT", "/tmp/provenance-bench-static")
sys.path.insert(0, str(Path(__file__).resolve().parent))
import orjson
import seed as seeding
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import override_settings
from django.urls import include, path
from rest_framework import generics
from rest_framework.renderers import JSONRenderer

from claims.api.auth import PartnerKeyThrottle
from claims.api.pagination import ClaimCursorPagination
from claims.api.serializers import ClaimSerializer
from claims.models import Claim, Partner, PartnerKey


class BaselineClaimList(generics.ListAPIView):
    """The same page the way a typical team writes it: nested ModelSerializers over prefetched instances."""

    serializer_class = ClaimSerializer
    pagination_class = ClaimCursorPagination
    renderer_classes = [JSONRenderer]

    def get_queryset(self):
        claims = Claim.objects.for_partners()
        metric = self.request.query_params.get("metric")
        return claims.filter(metric=metric) if metric else claims


urlpatterns = [path("baseline/claims/", BaselineClaimList.as_view()), path("", include("provenance.urls"))]

# One statement that returns a page of partner JSON: the database does all the work.
JSON_AGG = """
SELECT coalesce(json_agg(row_to_json(page) ORDER BY page.id), '[]')::text FROM (
  SELECT c.id, c.status, json_build_object('slug', k.slug, 'name', k.name) AS conflict, c.metric, c.population,
    (SELECT coalesce(json_agg(json_build_object('id', a.id, 'name', a.name, 'kind', a.kind) ORDER BY a.name), '[]')
       FROM claims_claim_sides s JOIN claims_actor a ON a.id = s.actor_id WHERE s.claim_id = c.id) AS sides,
    c.area, c.period_start, c.period_end, c.as_of,
    json_build_object('phrase', c.phrase, 'qualifier', c.qualifier, 'low', c.low, 'best', c.best,
                      'high', c.high, 'convention', c.convention) AS figure,
    CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) END
      AS originator,
    CASE WHEN r.id IS NOT NULL THEN json_build_object('id', r.id, 'name', r.name, 'kind', r.kind)
         WHEN o.id IS NOT NULL THEN json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) END AS origin,
    EXISTS (SELECT 1 FROM claims_actor_party_to p WHERE p.conflict_id = c.conflict_id
            AND p.actor_id IN (o.id, o.root_id)) AS interested_party,
    c.stated_on, c.quote, c.quote_check,
    (SELECT coalesce(json_agg(json_build_object(
        'position', h.position, 'actor', json_build_object('id', ha.id, 'name', ha.name, 'kind', ha.kind),
        'relation', h.relation, 'date', h.date, 'words', h.words,
        'source', CASE WHEN src.id IS NULL THEN NULL ELSE json_build_object(
          'id', src.id, 'url', src.url, 'title', src.title,
          'publisher', json_build_object('id', pub.id, 'name', pub.name, 'kind', pub.kind),
          'published_on', src.published_on, 'archive_url', src.archive_url) END) ORDER BY h.position), '[]')
       FROM claims_attributionhop h JOIN claims_actor ha ON ha.id = h.actor_id
       LEFT JOIN claims_source src ON src.id = h.source_id LEFT JOIN claims_actor pub ON pub.id = src.publisher_id
      WHERE h.claim_id = c.id) AS chain,
    c.quantity_id AS quantity, c.rating, c.supersedes_id AS supersedes, c.corrects_id AS corrects, c.published_at,
    c.updated_at
  FROM claims_claim c JOIN claims_conflict k ON k.id = c.conflict_id LEFT JOIN claims_actor o ON o.id = c.originator_id
    LEFT JOIN claims_actor r ON r.id = o.root_id
  WHERE c.status = 'published' AND c.id > %s {filter}
  ORDER BY c.id LIMIT 100
) page
"""


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def time_request(client: Client, url: str, rounds: int) -> list[float]:
    gc.collect()  # each series starts from a collected heap, not the garbage of the one before
    client.get(url)  # warm
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code, response.content[:200])
    return samples


def time_json_agg(after: int, metric: str | None, rounds: int) -> list[float]:
    sql = JSON_AGG.format(filter="AND c.metric = %s" if metric else "")
    params = [after, metric] if metric else [after]
    samples = []
    gc.collect()
    with connection.cursor() as cursor:
        for _ in range(rounds + 1):
            start = time.perf_counter()
            cursor.execute(sql, params)
            json.loads(cursor.fetchone()[0])
            samples.append((time.perf_counter() - start) * 1000)
    return samples[1:]


def cursor_after(claim_id: int) -> str:
    """Return a cursor for the page after `claim_id`, as the API would issue it (DRF's cursor format)."""
    return base64.urlsafe_b64encode(f"p={claim_id}".encode()).decode()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument(
        "--chunk",
        type=int,
        default=1_000_000,
        help="claims per import when seeding (default: all in one, as a migration would load them; each "
        "import recounts the quantities it publishes into, so many small ones cost more)",
    )
    args = parser.parse_args()
    seeding.call_command("migrate", verbosity=0)
    seeding.call_command("collectstatic", verbosity=0, interactive=False)
    present = Claim.objects.count()
    import_rate = None
    if present < args.claims:
        if present:
            sys.exit(f"The database holds {present:,} claims, fewer than {args.claims:,}: use an empty one.")
        print(f"Seeding {args.claims:,} claims through the import path…", flush=True)
        import_rate = seeding.seed(args.claims, chunk=args.chunk, quiet=True)
    published = Claim.objects.published()
    ids = list(published.order_by("id").values_list("id", flat=True)[:: max(1, published.count() // 20)])
    deep = ids[-2] if len(ids) > 1 else 0

    PartnerKeyThrottle.THROTTLE_RATES = {"partner": "100000000/minute"}
    partner, _ = Partner.objects.get_or_create(name="Bench partner")
    _, key = PartnerKey.objects.create_key(partner=partner, name="bench")
    client = Client(HTTP_AUTHORIZATION=f"Api-Key {key}")
    pages = {
        "first page": ("?page_size=100", 0, None),
        "deep cursor page": (f"?page_size=100&cursor={cursor_after(deep)}", deep, None),
        "filtered page": ("?page_size=100&metric=wounded", 0, "wounded"),
    }
    print(f"{connection.vendor}, {Claim.objects.count():,} claims ({published.count():,} published)")
    print(
        f"{'100-claim page':<18} {'ours p50/p95 ms':>17} {'DRF baseline':>15} {'json_agg':>15} {'baseline/ours':>14} {'ours/json_agg':>14}"
    )
    with override_settings(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["testserver"]):
        for label, (query, after, metric) in pages.items():
            ours = percentiles(time_request(client, f"/api/v1/claims/{query}", args.rounds))
            baseline = percentiles(time_request(client, f"/baseline/claims/{query}", args.rounds))
            limit = (
                percentiles(time_json_agg(after, metric, args.rounds))
                if connection.vendor == "postgresql"
                else None
            )
            print(
                f"{label:<18} {ours[0]:8.1f} /{ours[1]:6.1f} {baseline[0]:7.1f} /{baseline[1]:6.1f} "
                + (f"{limit[0]:7.1f} /{limit[1]:6.1f}" if limit else f"{'(PostgreSQL only)':>15}")
                + f" {baseline[0] / ours[0]:13.1f}x"
                + (f" {ours[0] / limit[0]:13.1f}x" if limit else "")
            )

        start, url, synced, answering = time.perf_counter(), "/api/v1/changes/?page_size=1000", 0, 0.0
        while url:
            asked = time.perf_counter()
            response = client.get(url)
            answering += time.perf_counter() - asked
            page = orjson.loads(response.content)
            synced += len(page["results"])
            url = page["next"].split("testserver", 1)[-1] if page["has_more"] else None
        sync_seconds = time.perf_counter() - start
        print(
            f"full feed sync: {synced:,} changes, answered in {answering:.1f} s = {synced / answering:,.0f} "
            f"changes/s; {sync_seconds:.1f} s = {synced / sync_seconds:,.0f} changes/s with each page parsed"
        )

        admin = get_user_model().objects.filter(username="bench-admin").first() or get_user_model().objects.create_superuser(
            "bench-admin", password=os.urandom(8).hex()
        )  # fmt: skip
        staff = Client()
        staff.force_login(admin)
        changelist = percentiles(time_request(staff, "/admin/claims/claim/", max(5, args.rounds // 3)))
        print(f"admin claim list: p50 {changelist[0]:.0f} ms, p95 {changelist[1]:.0f} ms")
    if import_rate:
        print(f"import (seeding): {import_rate:,.0f} claims/s")


if __name__ == "__main__":
    main()
