"""Partner JSON for pages of claims, built from plain rows instead of model instances and nested serializers.

ClaimSerializer and ChangeSerializer describe the JSON, and the OpenAPI schema is generated from them. Running
them over a page of 100 to 1000 claims builds model instances and calls nested serializer fields for every
row, though. This module builds the same dicts from three `.values()` queries: the claims, their sides and
their chains. tests/test_api_fast.py checks that both give equal output.
"""

from collections import defaultdict
from typing import overload

from django.urls import reverse
from django.utils import timezone

from claims.models import Actor, AttributionHop, Claim, QuantityTally


def iso_date(value):
    """Write a date as DRF's DateField does (ISO 8601), without its per-value checks: thousands a page."""
    return None if value is None else value.isoformat()


def iso_time(value, zone):
    """Write an aware datetime as DRF's DateTimeField does: ISO 8601 in `zone`, "Z" for UTC."""
    if value is None:
        return None
    text = value.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


CLAIM_COLUMNS = (
    "id",
    "status",
    "conflict__slug",
    "conflict__name",
    "metric",
    "population",
    "area",
    "period_start",
    "period_end",
    "as_of",
    "phrase",
    "qualifier",
    "low",
    "best",
    "high",
    "convention",
    "originator_id",
    "originator__name",
    "originator__kind",
    "originator__root_id",
    "originator__root__name",
    "originator__root__kind",
    "interested_party",
    "stated_on",
    "quote",
    "quote_check",
    "quantity_id",
    "rating",
    "supersedes_id",
    "corrects_id",
    "published_at",
    "updated_at",
)

HOP_COLUMNS = (
    "claim_id",
    "position",
    "actor_id",
    "actor__name",
    "actor__kind",
    "relation",
    "date",
    "words",
    "source_id",
    "source__url",
    "source__title",
    "source__publisher_id",
    "source__publisher__name",
    "source__publisher__kind",
    "source__published_on",
    "source__archive_url",
)


def claim_rows(claims):
    """Return the claims (annotated by with_partner_annotations()) as rows of the columns partners see."""
    return claims.values(*CLAIM_COLUMNS)


def partner_claims(rows, request) -> list[dict]:
    """Return the partner JSON of claim rows, in their order. Queries twice: sides, then chains."""
    rows = list(rows)
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    sides, chains = sides_by_claim(ids), chains_by_claim(ids)
    # The router puts a claim at the list's address plus "<id>/": reverse() once a page, not once a claim.
    claims_url = reverse("api:claim-list")
    if request is not None:
        claims_url = request.build_absolute_uri(claims_url)
    # DRF's DateTimeField writes times in the current time zone: look it up once a page, not once a value.
    zone = timezone.get_current_timezone()
    return [
        claim_json(row, f"{claims_url}{row['id']}/", sides[row["id"]], chains[row["id"]], zone)
        for row in rows
    ]


def claim_json(row: dict, url: str, sides: list[dict], chain: list[dict], zone) -> dict:
    """Return one claim as ClaimSerializer writes it, from its row, its sides and its chain."""
    return {
        "id": row["id"],
        "url": url,
        "status": row["status"],
        "conflict": {"slug": row["conflict__slug"], "name": row["conflict__name"]},
        "metric": row["metric"],
        "population": row["population"],
        "sides": sides,
        "area": row["area"],
        "period_start": iso_date(row["period_start"]),
        "period_end": iso_date(row["period_end"]),
        "as_of": iso_date(row["as_of"]),
        "figure": {
            "phrase": row["phrase"],
            "qualifier": row["qualifier"],
            "low": row["low"],
            "best": row["best"],
            "high": row["high"],
            "convention": row["convention"],
        },
        "originator": actor_ref(row["originator_id"], row["originator__name"], row["originator__kind"]),
        "origin": origin_ref(row),
        "interested_party": bool(row["interested_party"]),
        "stated_on": iso_date(row["stated_on"]),
        "quote": row["quote"],
        "quote_check": row["quote_check"],
        "chain": chain,
        "quantity": row["quantity_id"],
        "rating": row["rating"],
        "supersedes": row["supersedes_id"],
        "corrects": row["corrects_id"],
        "published_at": iso_time(row["published_at"], zone),
        "updated_at": iso_time(row["updated_at"], zone),
    }


def origin_ref(row: dict) -> dict | None:
    """Return whom the figure ultimately comes from: the originator's root, or the originator."""
    if row["originator__root_id"] is not None:
        return actor_ref(
            row["originator__root_id"], row["originator__root__name"], row["originator__root__kind"]
        )
    return actor_ref(row["originator_id"], row["originator__name"], row["originator__kind"])


@overload
def actor_ref(pk: int, name: str, kind: str) -> dict: ...
@overload
def actor_ref(pk: int | None, name: str, kind: str) -> dict | None: ...
def actor_ref(pk: int | None, name: str, kind: str) -> dict | None:
    """Return an actor as ActorRefSerializer writes it, or None when there is none."""
    return None if pk is None else {"id": pk, "name": name, "kind": kind}


def sides_by_claim(ids: list[int]) -> defaultdict[int, list[dict]]:
    """Return each claim's sides, by name as the prefetch orders them, keyed by claim id. One query."""
    rows = (
        Claim.sides.through.objects.filter(claim__in=ids)
        .order_by("actor__name")
        .values("claim_id", "actor_id", "actor__name", "actor__kind")
    )
    sides = defaultdict(list)
    for row in rows:
        sides[row["claim_id"]].append(actor_ref(row["actor_id"], row["actor__name"], row["actor__kind"]))
    return sides


def chains_by_claim(ids: list[int]) -> defaultdict[int, list[dict]]:
    """Return each claim's chain as HopSerializer writes it, from position 0, keyed by claim id. One query."""
    # Ordered by the claim's id, not by "claim": that would join the claims to sort by their default ordering.
    hops = AttributionHop.objects.filter(claim__in=ids).order_by("claim_id", "position").values(*HOP_COLUMNS)
    chains = defaultdict(list)
    for hop in hops:
        chains[hop["claim_id"]].append(
            {
                "position": hop["position"],
                "actor": actor_ref(hop["actor_id"], hop["actor__name"], hop["actor__kind"]),
                "relation": hop["relation"],
                "date": iso_date(hop["date"]),
                "words": hop["words"],
                "source": source_ref(hop),
            }
        )
    return chains


def source_ref(hop: dict) -> dict | None:
    """Return a hop's source as SourceRefSerializer writes it, or None when the hop has none."""
    if hop["source_id"] is None:
        return None
    return {
        "id": hop["source_id"],
        "url": hop["source__url"],
        "title": hop["source__title"],
        "publisher": actor_ref(
            hop["source__publisher_id"], hop["source__publisher__name"], hop["source__publisher__kind"]
        ),
        "published_on": iso_date(hop["source__published_on"]),
        "archive_url": hop["source__archive_url"],
    }


QUANTITY_COLUMNS = (
    "id",
    "conflict__slug",
    "conflict__name",
    "metric",
    "population",
    "sides_key",
    "published_reports",
    "published_origins",
    "published_circular",
    "updated_at",
)


def quantity_rows(quantities):
    """Return the quantities as rows of the columns partners see."""
    return quantities.values(*QUANTITY_COLUMNS)


def partner_quantities(rows, request) -> list[dict]:
    """Return the partner JSON of quantity rows, in their order: their counts among published claims, and
    per origin. Queries twice: the tallies of published claims, then the actors named."""
    rows = list(rows)
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    tallies = defaultdict(list)
    for quantity, origin, outlet, published in (
        QuantityTally.objects.filter(quantity__in=ids, published__gt=0)
        .order_by("quantity_id", "origin", "outlet")
        .values_list("quantity_id", "origin", "outlet", "published")
    ):
        tallies[quantity].append((origin, outlet, published))
    named = {int(pk) for row in rows for pk in row["sides_key"].split(",") if pk}
    named |= {origin for entries in tallies.values() for origin, _, _ in entries if origin}
    actors = {
        pk: actor_ref(pk, name, kind)
        for pk, name, kind in Actor.objects.filter(pk__in=named).values_list("pk", "name", "kind")
    }
    quantities_url = reverse("api:quantity-list")
    if request is not None:
        quantities_url = request.build_absolute_uri(quantities_url)
    zone = timezone.get_current_timezone()
    return [
        quantity_json(row, f"{quantities_url}{row['id']}/", tallies[row["id"]], actors, zone) for row in rows
    ]


def quantity_json(row: dict, url: str, tallies: list[tuple], actors: dict, zone) -> dict:
    """Return one quantity as partners see it."""
    origins: dict[int, dict] = {}
    for origin, _outlet, published in tallies:
        if not origin:
            continue
        entry = origins.setdefault(origin, {"origin": actors.get(origin), "reports": 0, "outlets": 0})
        entry["reports"] += published
        entry["outlets"] += 1
    sides = sorted(
        (actors[int(pk)] for pk in row["sides_key"].split(",") if pk and int(pk) in actors),
        key=lambda side: side["name"],
    )
    return {
        "id": row["id"],
        "url": url,
        "conflict": {"slug": row["conflict__slug"], "name": row["conflict__name"]},
        "metric": row["metric"],
        "population": row["population"],
        "sides": sides,
        "reports": row["published_reports"],
        "independent_origins": row["published_origins"],
        "circular_reporting": bool(row["published_circular"]),
        "origins": [
            {**entry, "circular_reporting": entry["outlets"] > 1}
            for entry in sorted(
                origins.values(), key=lambda entry: (-entry["reports"], entry["origin"]["name"])
            )
        ],
        "updated_at": iso_time(row["updated_at"], zone),
    }


def change_json(change: dict, claims: dict[int, dict], quantities: dict[int, dict]) -> dict:
    """Return a change-feed entry; `claims` and `quantities` map ids to the partner JSON of those shown."""
    if change["claim_id"] is not None:
        kind, pk, shown = "claim", change["claim_id"], claims
    else:
        kind, pk, shown = "quantity", change["quantity_id"], quantities
    body = shown.get(pk) if change["action"] == "upsert" else None
    return {
        "seq": change["seq"],
        "type": kind,
        "id": pk,
        # Never describe a record partners may not see: without its JSON, the change is a delete.
        "action": change["action"] if body is not None else "delete",
        "claim": body if kind == "claim" else None,
        "quantity": body if kind == "quantity" else None,
    }
