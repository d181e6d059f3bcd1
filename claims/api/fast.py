"""Partner JSON of estimates and incidents, built from plain rows instead of model instances and nested
serializers, and the change feed's pages, joined from stored documents.

QuantitySerializer, IncidentSerializer and ChangeSerializer describe the JSON, and the OpenAPI schema is generated
from them; running them over hundreds of records builds model instances and calls nested serializer fields for
every row, so this module builds the same dicts from a few `.values()` queries (tests/test_api*.py compare them).
They are rendered when a change commits and stored, as claims' are (claims/api/documents.py): claims' own JSON is
ClaimSerializer's.
"""

from collections import defaultdict
from typing import cast, overload

from django.urls import reverse
from django.utils import timezone

from claims.models import Actor, Quantity, QuantityTally


def iso_date(value):
    """Write a date as DRF's DateField does (ISO 8601), without its per-value checks: thousands a page."""
    return None if value is None else value.isoformat()


def iso_time(value, zone):
    """Write an aware datetime as DRF's DateTimeField does: ISO 8601 in `zone`, "Z" for UTC."""
    if value is None:
        return None
    text = value.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


@overload
def actor_ref(pk: int, name: str, kind: str) -> dict: ...
@overload
def actor_ref(pk: int | None, name: str, kind: str) -> dict | None: ...
def actor_ref(pk: int | None, name: str, kind: str) -> dict | None:
    """Return an actor as ActorRefSerializer writes it, or None when there is none."""
    return None if pk is None else {"id": pk, "name": name, "kind": kind}


QUANTITY_COLUMNS = (
    "id",
    "conflict__slug",
    "conflict__name",
    "incident_id",
    "metric",
    "population",
    "group",
    "sides_key",
    "area",
    "ends_on",
    "series",
    "published_reports",
    "published_origins",
    "published_circular",
    "estimate_low",
    "estimate_best",
    "estimate_high",
    "low_claim_id",
    "best_claim_id",
    "high_claim_id",
    "grade",
    "derived_grade",
    "grade_override",
    "grade_override_reason",
    "explanation",
    "basis",
    "updated_at",
)


def quantity_rows(quantities):
    """Return the quantities as rows of the columns partners see."""
    return quantities.values(*QUANTITY_COLUMNS)


def page_url(name: str, request) -> str:
    """Return the address of a list, absolute when there is a request: a record's is the list's plus "<id>/"."""
    url = reverse(name)
    return request.build_absolute_uri(url) if request is not None else url


def side_ids(row: dict) -> list[int]:
    return [int(pk) for pk in row["sides_key"].split(",") if pk]


def named_actors(ids) -> dict[int, dict]:
    """Return {id: actor reference} of these actors. One query (none without ids)."""
    ids = set(ids)
    if not ids:
        return {}
    return {
        pk: actor_ref(pk, name, kind)
        for pk, name, kind in Actor.objects.filter(pk__in=ids).values_list("pk", "name", "kind")
    }


def partner_quantities(rows, request) -> list[dict]:
    """Return the partner JSON of quantity rows, in their order: their counts among published claims, and
    per origin, and their estimates. Queries twice: the tallies of published claims, then the actors named."""
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
    named = {pk for row in rows for pk in side_ids(row)}
    named |= {origin for entries in tallies.values() for origin, _, _ in entries if origin}
    named |= {entry["origin"] for row in rows for entry in row["basis"] if entry.get("origin")}
    actors = named_actors(named)
    estimates_url = page_url("api:estimate-list", request)
    zone = timezone.get_current_timezone()
    return [
        quantity_json(row, f"{estimates_url}{row['id']}/", tallies[row["id"]], actors, zone) for row in rows
    ]


def sides_of(row: dict, actors: dict) -> list[dict]:
    """Return a quantity's sides, by name, as ActorRefSerializer writes them."""
    return sorted((actors[pk] for pk in side_ids(row) if pk in actors), key=lambda side: side["name"])


def estimate_json(row: dict) -> dict:
    """Return a quantity's consolidated estimate: its bounds and the claim that sets each."""
    return {
        "low": row["estimate_low"],
        "best": row["estimate_best"],
        "high": row["estimate_high"],
        "low_claim": row["low_claim_id"],
        "best_claim": row["best_claim_id"],
        "high_claim": row["high_claim_id"],
    }


def basis_json(entries: list[dict], actors: dict) -> list[dict]:
    """Return the origins an estimate considered, each with its published claim and what it set (or why not)."""
    return [
        {
            "claim": entry["claim"],
            "origin": actors.get(entry["origin"]) if entry.get("origin") else None,
            "stated_on": entry.get("stated_on"),
            "low": entry.get("low"),
            "best": entry.get("best"),
            "high": entry.get("high"),
            "interested_party": bool(entry.get("interested_party")),
            "sets": list(entry.get("sets", [])),
            "why": entry.get("why", ""),
        }
        for entry in entries
    ]


def quantity_json(row: dict, url: str, tallies: list[tuple], actors: dict, zone) -> dict:
    """Return one quantity as partners see it: what it counts, its counts and its consolidated estimate."""
    origins: dict[int, dict] = {}
    for origin, _outlet, published in tallies:
        if not origin:
            continue
        entry = origins.setdefault(origin, {"origin": actors.get(origin), "reports": 0, "outlets": 0})
        entry["reports"] += published
        entry["outlets"] += 1
    return {
        "id": row["id"],
        "url": url,
        "conflict": {"slug": row["conflict__slug"], "name": row["conflict__name"]},
        "incident": row["incident_id"],
        "metric": row["metric"],
        "population": row["population"],
        "group": row["group"],
        "sides": sides_of(row, actors),
        "area": row["area"],
        "ends_on": iso_date(row["ends_on"]),
        "series": row["series"],
        "reports": row["published_reports"],
        "independent_origins": row["published_origins"],
        "circular_reporting": bool(row["published_circular"]),
        "origins": [
            {**entry, "circular_reporting": entry["outlets"] > 1}
            for entry in sorted(
                origins.values(), key=lambda entry: (-entry["reports"], entry["origin"]["name"])
            )
        ],
        "estimate": estimate_json(row),
        "grade": row["grade"] or None,
        "derived_grade": row["derived_grade"] or None,
        "grade_override_reason": row["grade_override_reason"] if row["grade_override"] else None,
        "explanation": row["explanation"],
        "basis": basis_json(row["basis"], actors),
        "updated_at": iso_time(row["updated_at"], zone),
    }


INCIDENT_COLUMNS = (
    "id",
    "conflict__slug",
    "conflict__name",
    "name",
    "kind",
    "started_on",
    "ended_on",
    "date_precision",
    "place",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "place_precision",
    "perpetrator_id",
    "perpetrator__name",
    "perpetrator__kind",
    "description",
    "assessment",
    "updated_at",
)

# What an incident shows of each of its estimates; the rest is under /estimates/{id}/.
INCIDENT_ESTIMATE_COLUMNS = (
    "id",
    "incident_id",
    "metric",
    "population",
    "group",
    "sides_key",
    "published_reports",
    "published_origins",
    "estimate_low",
    "estimate_best",
    "estimate_high",
    "low_claim_id",
    "best_claim_id",
    "high_claim_id",
    "grade",
    "explanation",
)


def incident_rows(incidents):
    """Return the incidents (those partners see) as rows of the columns partners see. An incident partners
    see shows its alleged perpetrator: the allegation is part of the published incident."""
    return incidents.values(*INCIDENT_COLUMNS)


def partner_incidents(rows, request) -> list[dict]:
    """Return the partner JSON of incident rows, in their order, each with the estimates of its quantities
    that published claims count. Queries twice: those quantities, then the sides they name."""
    rows = list(rows)
    if not rows:
        return []
    estimates = defaultdict(list)
    for quantity in (
        Quantity.objects.visible_to_partners()
        .filter(incident__in=[row["id"] for row in rows])
        .order_by("incident_id", "id")
        .values(*INCIDENT_ESTIMATE_COLUMNS)
    ):
        estimates[quantity["incident_id"]].append(quantity)
    actors = named_actors(
        pk for quantities in estimates.values() for row in quantities for pk in side_ids(row)
    )
    incidents_url, estimates_url = (
        page_url("api:incident-list", request),
        page_url("api:estimate-list", request),
    )
    zone = timezone.get_current_timezone()
    return [
        incident_json(
            row,
            f"{incidents_url}{row['id']}/",
            [incident_estimate_json(q, f"{estimates_url}{q['id']}/", actors) for q in estimates[row["id"]]],
            zone,
        )
        for row in rows
    ]


def incident_estimate_json(row: dict, url: str, actors: dict) -> dict:
    """Return one of an incident's estimates: what it counts, its bounds and grade (the quantity's JSON, short)."""
    return {
        "id": row["id"],
        "url": url,
        "metric": row["metric"],
        "population": row["population"],
        "group": row["group"],
        "sides": sides_of(row, actors),
        "reports": row["published_reports"],
        "independent_origins": row["published_origins"],
        "estimate": estimate_json(row),
        "grade": row["grade"] or None,
        "explanation": row["explanation"],
    }


def incident_json(row: dict, url: str, estimates: list[dict], zone) -> dict:
    """Return one incident as partners see it."""
    perpetrator = None
    if row["perpetrator_id"] is not None:
        perpetrator = actor_ref(row["perpetrator_id"], row["perpetrator__name"], row["perpetrator__kind"])
    return {
        "id": row["id"],
        "url": url,
        "conflict": {"slug": row["conflict__slug"], "name": row["conflict__name"]},
        "name": row["name"],
        "kind": row["kind"],
        "started_on": iso_date(row["started_on"]),
        "ended_on": iso_date(row["ended_on"]),
        "date_precision": row["date_precision"],
        "place": row["place"],
        "admin1": row["admin1"],
        "admin2": row["admin2"],
        "latitude": row["latitude"],
        "longitude": row["longitude"],
        "place_precision": row["place_precision"] or None,
        "perpetrator": perpetrator,
        "description": row["description"],
        "assessment": row["assessment"],
        "estimates": estimates,
        "updated_at": iso_time(row["updated_at"], zone),
    }


FEED_KINDS = ("claim", "quantity", "incident")


def change_parts(change: dict, shown: dict[str, dict]) -> tuple[str, int, str, object]:
    """Return a change-feed entry's type, id, action and record; `shown` maps each kind to {id: its partner
    JSON} of those partners see (as data, or stored bytes)."""
    kind = next(kind for kind in FEED_KINDS if change[f"{kind}_id"] is not None)
    pk = change[f"{kind}_id"]
    body = shown[kind].get(pk) if change["action"] == "upsert" else None
    # Never describe a record partners may not see: without its JSON, the change is a delete.
    return kind, pk, change["action"] if body is not None else "delete", body


def changes_array(changes: list[dict], shown: dict[str, dict[int, bytes]]) -> bytes:
    """Return the JSON array of these change-feed entries (ChangeSerializer describes one) from the stored
    documents of the records they show (`shown`: each kind's {id: stored JSON}): bytes joined, no data built.
    An entry holds its record under its type's name, and null under the others'."""
    parts = []
    for change in changes:
        kind, pk, action, body = change_parts(change, shown)
        parts.append(
            b'{"seq":%d,"type":"%s","id":%d,"action":"%s",'
            % (change["seq"], KIND_BYTES[kind], pk, action.encode())
        )
        if body is None:
            parts.append(NO_RECORD)
        else:
            before, after = AROUND_RECORD[kind]
            parts += (before, cast(bytes, body), after)
        parts.append(b"},")
    if parts:
        parts[-1] = b"}"
    return b"[" + b"".join(parts) + b"]"


KIND_BYTES = {kind: kind.encode() for kind in FEED_KINDS}
NO_RECORD = b",".join(b'"%s":null' % kind.encode() for kind in FEED_KINDS)
# What comes before and after a record's JSON in its entry: the other kinds' members, null.
AROUND_RECORD = {
    kind: (
        b"".join(b'"%s":null,' % other.encode() for other in FEED_KINDS[: FEED_KINDS.index(kind)])
        + b'"%s":' % kind.encode(),
        b"".join(b',"%s":null' % other.encode() for other in FEED_KINDS[FEED_KINDS.index(kind) + 1 :]),
    )
    for kind in FEED_KINDS
}
