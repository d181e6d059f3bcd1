"""Formats of the API's answers: JSON through orjson, and the claims' flat CSV and schema.org ClaimReview JSON-LD."""

import csv
import io
import json
import re

import orjson
from django.conf import settings
from rest_framework.renderers import BaseRenderer, JSONRenderer

from claims.models import Rating

# U+2028 and U+2029 in UTF-8: valid in JSON strings, but they end a line in JavaScript, so DRF escapes them.
JAVASCRIPT_LINE_ENDS = re.compile(b"\xe2\x80[\xa8\xa9]")


class ORJSONRenderer(JSONRenderer):
    """Render JSON with orjson: the bytes DRF's JSONRenderer writes for the API's data, several times faster."""

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
    "sides",
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


def spreadsheet_safe(value):
    """Keep a cell from being run as a formula when the file is opened in a spreadsheet."""
    if isinstance(value, str) and value[:1] in ("=", "+", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


class ClaimCSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for claim in rows_of(data):
            writer.writerow({k: spreadsheet_safe(v) for k, v in flat_claim(claim).items()})
        return out.getvalue().encode()


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
