"""Formats of the API's answers: JSON through orjson; flat CSV of claims, incidents and estimates; schema.org
JSON-LD (ClaimReview for claims, Observation for estimates); GeoJSON of incidents."""

import csv
import io
import json
import re

import orjson
from django.conf import settings
from rest_framework.renderers import BaseRenderer, JSONRenderer

from claims.models import Rating

from ..spreadsheets import spreadsheet_safe
from .fast import page_url

# U+2028 and U+2029 in UTF-8: valid in JSON strings, but they end a line in JavaScript, so DRF escapes them.
JAVASCRIPT_LINE_ENDS = re.compile(b"\xe2\x80[\xa8\xa9]")


class StoredCSV(bytes):
    """CSV rows already written (claims/api/documents.py): the renderer puts the header in front, nothing more."""


class ORJSONRenderer(JSONRenderer):
    """Render JSON with orjson: the bytes DRF's JSONRenderer writes for the API's data, several times faster.
    Stored documents ride along as orjson.Fragment, copied into the answer as they are."""

    def takes_fragments(self, request) -> bool:
        """Return whether this renderer, answering this request, writes compact orjson, which copies stored
        JSON as it is; pretty or ASCII-only JSON, the browsable API and the other formats need Python data."""
        if request.accepted_renderer is not self:
            return False
        indent = self.get_indent(request.accepted_media_type, {})
        return indent is None and not self.ensure_ascii and self.compact

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        indent = self.get_indent(accepted_media_type, renderer_context or {})
        # orjson writes only compact UTF-8: pretty printing (the browsable API) and ASCII-only are DRF's job.
        if indent is not None or self.ensure_ascii or not self.compact:
            return super().render(data, accepted_media_type, renderer_context)
        try:
            rendered = orjson.dumps(
                data,
                # Times and what orjson does not know go through DRF's encoder, so they read as they did.
                default=self.encoder_class().default,
                option=orjson.OPT_PASSTHROUGH_DATETIME,
            )
        except orjson.JSONEncodeError:  # keys that are not strings, say: DRF converts them
            return super().render(data, accepted_media_type, renderer_context)
        if JAVASCRIPT_LINE_ENDS.search(rendered):  # seldom there: one quick scan, replaces only if needed
            rendered = rendered.replace("\u2028".encode(), b"\\u2028").replace("\u2029".encode(), b"\\u2029")
        return rendered


CSV_COLUMNS = [
    "id",
    "url",
    "status",
    "conflict",
    "metric",
    "population",
    "group",
    "sides",
    "incident",
    "area",
    "period_start",
    "period_end",
    "as_of",
    "breakdown_of",
    "phrase",
    "qualifier",
    "low",
    "best",
    "high",
    "convention",
    "originator_id",
    "originator",
    "originator_kind",
    "interested_party",
    "stated_on",
    "quote",
    "chain",
    "source_url",
    "source_title",
    "quantity",
    "rating",
    "supersedes",
    "corrects",
    "published_at",
    "updated_at",
]


def rows_of(data) -> list[dict]:
    """Return the claims in a rendered page or detail, whether paginated or single."""
    if isinstance(data, dict) and "results" in data:
        return data["results"]
    return [data] if isinstance(data, dict) else list(data)


def last_source(claim: dict) -> dict:
    sources = [hop["source"] for hop in claim.get("chain", []) if hop.get("source")]
    return sources[-1] if sources else {}


def flat_claim(claim: dict) -> dict:
    """Return one claim as flat CSV columns; the chain reads "Putin (stated) → TASS (relayed) → …"."""
    originator = claim.get("originator") or {}
    figure = claim.get("figure", {})
    source = last_source(claim)
    return {
        **{column: claim.get(column) for column in CSV_COLUMNS},
        "conflict": (claim.get("conflict") or {}).get("slug"),
        "sides": "; ".join(side["name"] for side in claim.get("sides", [])),
        **{key: figure.get(key) for key in ("phrase", "qualifier", "low", "best", "high", "convention")},
        "originator_id": originator.get("id"),
        "originator": originator.get("name"),
        "originator_kind": originator.get("kind"),
        "chain": " → ".join(f"{hop['actor']['name']} ({hop['relation']})" for hop in claim.get("chain", [])),
        "source_url": source.get("url"),
        "source_title": source.get("title"),
    }


class FlatCSVRenderer(BaseRenderer):
    """One CSV row per record of a page or detail, in `columns`, from `flat()` of its partner JSON."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"
    columns: list[str] = []

    def flat(self, record: dict) -> dict:
        return record

    def render(self, data, accepted_media_type=None, renderer_context=None):
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=self.columns, extrasaction="ignore")
        stored = data.get("results") if isinstance(data, dict) else data
        if isinstance(stored, StoredCSV):
            writer.writeheader()
            return out.getvalue().encode() + stored
        writer.writeheader()
        for record in rows_of(data):
            writer.writerow({k: spreadsheet_safe(v) for k, v in self.flat(record).items()})
        return out.getvalue().encode()


class ClaimCSVRenderer(FlatCSVRenderer):
    columns = CSV_COLUMNS

    def flat(self, record: dict) -> dict:
        return flat_claim(record)


def estimate_text(estimate: dict) -> str:
    """Return bounds as a reader says them: "13–46 (best 20)", "≥ 40", "≈ 300", or "" without any."""
    low, best, high = estimate["low"], estimate["best"], estimate["high"]
    if low is not None and high is not None:
        text = f"{low}" if low == high else f"{low}–{high}"
    elif low is not None:
        text = f"≥ {low}"
    elif high is not None:
        text = f"≤ {high}"
    else:
        text = ""
    if best is not None and not (low == best == high):
        text = f"{text} (best {best})" if text else f"≈ {best}"
    return text


def counted(record: dict) -> str:
    """Return what a quantity counts in words: "killed, civilian, children"."""
    parts = [record["metric"]]
    parts += [record[part] for part in ("population", "group") if record.get(part) not in (None, "all")]
    return ", ".join(parts)


ESTIMATE_CSV_COLUMNS = [
    "id",
    "url",
    "conflict",
    "incident",
    "metric",
    "population",
    "group",
    "sides",
    "area",
    "ends_on",
    "reports",
    "independent_origins",
    "circular_reporting",
    "low",
    "best",
    "high",
    "low_claim",
    "best_claim",
    "high_claim",
    "grade",
    "derived_grade",
    "grade_override_reason",
    "explanation",
    "updated_at",
]


def flat_estimate(quantity: dict) -> dict:
    """Return one quantity as flat CSV columns: its estimate's bounds and claims as columns of their own."""
    # .get() throughout: an OPTIONS answer (the endpoint's description) comes through here too.
    return {
        **{column: quantity.get(column) for column in ESTIMATE_CSV_COLUMNS},
        "conflict": (quantity.get("conflict") or {}).get("slug"),
        "sides": "; ".join(side["name"] for side in quantity.get("sides", [])),
        **(quantity.get("estimate") or {}),
    }


class EstimateCSVRenderer(FlatCSVRenderer):
    columns = ESTIMATE_CSV_COLUMNS

    def flat(self, record: dict) -> dict:
        return flat_estimate(record)


INCIDENT_CSV_COLUMNS = [
    "id",
    "url",
    "conflict",
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
    "perpetrator",
    "description",
    "assessment",
    "estimates",
    "updated_at",
]


def flat_incident(incident: dict) -> dict:
    """Return one incident as flat CSV columns; its estimates read "killed, civilian: 13–46 (best 20), fair (#7)"."""
    perpetrator = incident.get("perpetrator") or {}  # .get() throughout, as flat_estimate()
    return {
        **{column: incident.get(column) for column in INCIDENT_CSV_COLUMNS},
        "conflict": (incident.get("conflict") or {}).get("slug"),
        "perpetrator_id": perpetrator.get("id"),
        "perpetrator": perpetrator.get("name"),
        "estimates": "; ".join(
            f"{counted(e)}: {estimate_text(e['estimate']) or 'no figure'}, {e['grade'] or 'ungraded'} (#{e['id']})"
            for e in incident.get("estimates", [])
        ),
    }


class IncidentCSVRenderer(FlatCSVRenderer):
    columns = INCIDENT_CSV_COLUMNS

    def flat(self, record: dict) -> dict:
        return flat_incident(record)


def feature(incident: dict) -> dict:
    """Return an incident as a GeoJSON Feature: a Point at its coordinates, or no geometry without them."""
    geometry = None
    if incident.get("latitude") is not None and incident.get("longitude") is not None:
        geometry = {"type": "Point", "coordinates": [incident["longitude"], incident["latitude"]]}
    return {"type": "Feature", "id": incident.get("id"), "geometry": geometry, "properties": incident}


class GeoJSONRenderer(BaseRenderer):
    """Incidents as GeoJSON (RFC 7946): a page is a FeatureCollection of those with coordinates, with the
    page's `next` and `previous` links as foreign members; one incident is a Feature."""

    media_type = "application/geo+json"
    format = "geojson"
    charset = None  # JSON is UTF-8 by definition: like application/json, no charset parameter

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if isinstance(data, dict) and "results" in data:
            document = {
                "type": "FeatureCollection",
                "features": [
                    feature(incident) for incident in data["results"] if incident.get("latitude") is not None
                ],
                "next": data.get("next"),
                "previous": data.get("previous"),
            }
        else:
            document = feature(data)
        return orjson.dumps(document)


# ClaimReview ratings: schema.org wants a number, our verdict travels as alternateName.
RATING_VALUES = {
    Rating.FALSE: 1,
    Rating.UNSUPPORTED: 2,
    Rating.CONTESTED: 3,
    Rating.SINGLE_SOURCE: 4,
    Rating.CORROBORATED: 5,
    Rating.CONFIRMED: 6,
}

SCHEMA_TYPES = {
    "individual": "Person",
    "government": "GovernmentOrganization",
    "ministry": "GovernmentOrganization",
    "military": "GovernmentOrganization",
    "ngo": "NGO",
    "news_agency": "NewsMediaOrganization",
    "news_outlet": "NewsMediaOrganization",
}


def schema_agent(actor: dict | None) -> dict | None:
    if not actor:
        return None
    return {"@type": SCHEMA_TYPES.get(actor["kind"], "Organization"), "name": actor["name"]}


def creative_work(source: dict) -> dict:
    return {
        "@type": "CreativeWork",
        "url": source["url"],
        "headline": source["title"],
        "datePublished": source.get("published_on"),
        "publisher": schema_agent(source.get("publisher")),
    }


def part_of(claim: dict) -> dict | None:
    """Return the total a claim breaks down as the claim its ClaimReview (@id, the total's address) reviews, or
    None: the address of a claim is the list's plus "<id>/", as the claim's own is."""
    total = claim.get("breakdown_of")
    if total is None:
        return None
    claims_url = claim["url"].removesuffix(f"{claim['id']}/")
    return {"@type": "Claim", "url": f"{claims_url}{total}/"}


def claim_review(claim: dict) -> dict:
    """Return a published claim as a schema.org ClaimReview."""
    appearances = [creative_work(hop["source"]) for hop in claim["chain"] if hop.get("source")]
    rating = claim.get("rating")
    return {
        "@type": "ClaimReview",
        "@id": claim["url"],
        "url": claim["url"],
        "claimReviewed": claim["quote"] or claim["figure"]["phrase"],
        "datePublished": claim.get("published_at"),
        "author": {"@type": "Organization", "name": settings.ORGANISATION_NAME},
        "itemReviewed": {
            "@type": "Claim",
            "author": schema_agent(claim.get("originator")),
            "datePublished": claim.get("stated_on"),
            "appearance": appearances,
            "firstAppearance": appearances[0] if appearances else None,
            "isPartOf": part_of(claim),
        },
        "reviewRating": {
            "@type": "Rating",
            "alternateName": Rating(rating).label if rating else None,
            "ratingValue": RATING_VALUES.get(rating) if rating else None,
            "bestRating": 6,
            "worstRating": 1,
        },
    }


class ClaimReviewJSONLDRenderer(BaseRenderer):
    media_type = "application/ld+json"
    format = "jsonld"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if isinstance(data, dict) and "results" in data:
            document = {
                "@context": "https://schema.org",
                "@graph": [claim_review(c) for c in data["results"]],
            }
        else:
            document = {"@context": "https://schema.org", **claim_review(data)}
        return json.dumps(document, ensure_ascii=False).encode()


MEASUREMENT = (
    "Consolidated from the latest published figure of each independent origin; parties to the conflict never "
    "set a bound alone (docs/methodology.md, Estimates)."
)


def observation(quantity: dict, claims_url: str, incidents_url: str) -> dict:
    """Return a quantity's consolidated estimate as a schema.org Observation: the value with its bounds, what
    and where it counts, the grade, and the published claims it rests on (the @ids of their ClaimReviews)."""
    estimate = quantity["estimate"]
    about = {"@type": "Place", "name": quantity["area"]} if quantity["area"] else None
    if quantity["incident"] is not None:
        about = {"@type": "Event", "@id": f"{incidents_url}{quantity['incident']}/"}
    return {
        "@type": "Observation",
        "@id": quantity["url"],
        "url": quantity["url"],
        "name": f"{counted(quantity)}: {estimate_text(estimate) or 'no figure'}",
        "variableMeasured": counted(quantity),
        "observationAbout": about,
        "observationDate": quantity["ends_on"],
        "value": {
            "@type": "QuantitativeValue",
            "minValue": estimate["low"],
            "value": estimate["best"],
            "maxValue": estimate["high"],
            "unitText": "people",
        },
        "measurementTechnique": MEASUREMENT,
        "description": quantity["explanation"],
        "additionalProperty": [
            {"@type": "PropertyValue", "name": "grade", "value": quantity["grade"]},
            {
                "@type": "PropertyValue",
                "name": "independent_origins",
                "value": quantity["independent_origins"],
            },
            {"@type": "PropertyValue", "name": "reports", "value": quantity["reports"]},
        ],
        "isBasedOn": [
            {"@type": "ClaimReview", "@id": f"{claims_url}{entry['claim']}/"} for entry in quantity["basis"]
        ],
        "dateModified": quantity["updated_at"],
        "creator": {"@type": "Organization", "name": settings.ORGANISATION_NAME},
    }


class EstimateJSONLDRenderer(BaseRenderer):
    media_type = "application/ld+json"
    format = "jsonld"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        request = (renderer_context or {}).get("request")
        urls = [page_url(name, request) for name in ("api:claim-list", "api:incident-list")]
        if isinstance(data, dict) and "results" in data:
            document = {
                "@context": "https://schema.org",
                "@graph": [observation(quantity, *urls) for quantity in data["results"]],
            }
        else:
            document = {"@context": "https://schema.org", **observation(data, *urls)}
        return json.dumps(document, ensure_ascii=False).encode()
