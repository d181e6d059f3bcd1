import csv
import io
import json

import pytest
from prov.model import ProvDocument
from pyld import jsonld

from claims.api.renderers import CSV_COLUMNS
from tests.factories import ActorFactory, SourceFactory, relay

pytestmark = pytest.mark.django_db

CLAIMS = "/api/v1/claims/"

# schema.org's JSON-LD context reduced to what matters for expansion; the real one is fetched by
# consumers, this test has no network.
SCHEMA_ORG_CONTEXT = {"@context": {"@vocab": "https://schema.org/", "id": "@id", "type": "@type"}}


def offline_loader(url, options=None):
    if url.rstrip("/") in {"https://schema.org", "http://schema.org"}:
        return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_ORG_CONTEXT}
    raise jsonld.JsonLdError("No network in tests", "loading document failed", {"url": url})


@pytest.fixture
def worked_example(claim_in, reviewer):
    """The RFE/RL example: Putin, for the Russian government, relayed by TASS and Interfax, read in RFE/RL."""
    russia = ActorFactory(name="Government of Russia", kind="government")
    putin = ActorFactory(name="Vladimir Putin", kind="individual", acts_on_behalf_of=russia)
    rferl = SourceFactory(
        publisher=ActorFactory(name="RFE/RL", kind="news_outlet"), title="Karabakh fighting"
    )
    chain = [
        relay(putin, "stated", source=None, words="close to 5,000"),
        relay(ActorFactory(name="TASS", kind="news_agency")),
        relay(ActorFactory(name="Interfax", kind="news_agency")),
        relay(rferl.publisher, "published", source=rferl),
    ]
    claim = claim_in("draft", originator=russia, phrase="as many as 5,000 deaths", qualifier="at_most",
                     low=None, best=None, high=5000, quote="Russia has estimated as many as 5,000 deaths.",
                     chain=chain)  # fmt: skip
    from claims.services import transition_claim

    transition_claim(claim, "submit", by=claim.created_by)
    transition_claim(claim, "verify", by=reviewer)
    transition_claim(claim, "publish", by=reviewer, rating="single_source")
    return claim


def test_csv_has_one_flat_row_per_claim_with_the_chain_summarised(api, worked_example, claim_in):
    claim_in("published")
    response = api.get(CLAIMS, {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert list(rows[0]) == CSV_COLUMNS
    assert len(rows) == 2
    row = next(r for r in rows if r["id"] == str(worked_example.pk))
    assert row["chain"] == (
        "Vladimir Putin (stated) → TASS (relayed) → Interfax (relayed) → RFE/RL (published)"
    )
    assert (row["high"], row["low"], row["qualifier"], row["source_title"]) == (
        "5000",
        "",
        "at_most",
        "Karabakh fighting",
    )


def test_csv_cells_cannot_run_as_spreadsheet_formulas(api, claim_in):
    claim_in("published", quote='=HYPERLINK("http://evil")')
    row = next(csv.DictReader(io.StringIO(api.get(CLAIMS, {"format": "csv"}).content.decode())))
    assert row["quote"].startswith("'=")


@pytest.mark.parametrize("format", ["csv", "jsonld"])
def test_errors_and_tombstones_are_json_whatever_the_format(api, worked_example, format):
    response = api.get(CLAIMS, {"format": format, "metric": "nope"})
    assert (response.status_code, response["Content-Type"]) == (400, "application/json")
    assert "metric" in response.json()
    from claims.services import retract_claim

    retract_claim(worked_example, by=worked_example.published_by, reason="Withdrawn.")
    response = api.get(f"{CLAIMS}{worked_example.pk}/", {"format": format})
    assert (response.status_code, response["Content-Type"]) == (410, "application/json")
    assert response.json()["status"] == "retracted"


def test_unknown_api_addresses_are_json_404s(api):
    for path in (
        "/api/v1/claims/0.5/",
        "/api/v1/nothing-here/",
        "/api/v1/claims/1/provenance/extra/",
        "/api/v1/conflicts/a%0Ab.c/figures/",  # a newline and a dot: no route matches, the catch-all must
    ):
        response = api.get(path)
        assert (response.status_code, response["Content-Type"]) == (404, "application/json"), path


def test_jsonld_detail_is_a_claimreview_that_expands(api, worked_example):
    response = api.get(f"{CLAIMS}{worked_example.pk}/", {"format": "jsonld"})
    assert response["Content-Type"].startswith("application/ld+json")
    document = response.json()
    assert document["@type"] == "ClaimReview"
    assert document["reviewRating"]["alternateName"] == "single source"
    assert document["itemReviewed"]["author"] == {
        "@type": "GovernmentOrganization",
        "name": "Government of Russia",
    }
    appearances = document["itemReviewed"]["appearance"]
    assert (
        len(appearances) == 3 and appearances[-1]["headline"] == "Karabakh fighting"
    )  # TASS, Interfax, RFE/RL
    assert document["itemReviewed"]["firstAppearance"] == appearances[0]

    expanded = jsonld.expand(document, {"documentLoader": offline_loader})
    review = expanded[0]
    assert review["@type"] == ["https://schema.org/ClaimReview"]
    item = review["https://schema.org/itemReviewed"][0]
    assert item["@type"] == ["https://schema.org/Claim"]
    last_appearance = item["https://schema.org/appearance"][-1]
    assert last_appearance["https://schema.org/url"][0]["@value"] == worked_example.chain.last().source.url
    assert review["https://schema.org/reviewRating"][0]["https://schema.org/ratingValue"][0]["@value"] == 4


def test_jsonld_list_is_a_graph_of_reviews(api, worked_example, claim_in):
    claim_in("published")
    document = api.get(CLAIMS, {"format": "jsonld"}).json()
    assert [node["@type"] for node in document["@graph"]] == ["ClaimReview", "ClaimReview"]
    assert len(jsonld.expand(document, {"documentLoader": offline_loader})) == 2


def test_provenance_is_prov_json_that_reads_back(api, worked_example):
    response = api.get(f"{CLAIMS}{worked_example.pk}/provenance/")
    assert response.status_code == 200
    document = ProvDocument.deserialize(content=json.dumps(response.json()), format="json")
    records = {type(record).__name__: [] for record in document.get_records()}
    for record in document.get_records():
        records[type(record).__name__].append(record)
    labels = {str(agent.label) for agent in records["ProvAgent"]}
    assert {"Vladimir Putin", "TASS", "Interfax", "RFE/RL", "Government of Russia"} <= labels
    assert len(records["ProvAttribution"]) >= 4
    quotations = [
        d for d in records["ProvDerivation"] if "prov:Quotation" in map(str, d.get_asserted_types())
    ]
    assert len(quotations) == 2  # TASS and Interfax relay the words
    delegations = [(str(d.args[0]), str(d.args[1])) for d in records["ProvDelegation"]]
    putin = next(a for a in records["ProvAgent"] if str(a.label) == "Vladimir Putin").identifier
    russia = next(a for a in records["ProvAgent"] if str(a.label) == "Government of Russia").identifier
    assert (str(putin), str(russia)) in delegations


def test_provenance_of_a_retracted_claim_is_its_tombstone(api, worked_example):
    from claims.services import retract_claim

    retract_claim(worked_example, by=worked_example.published_by, reason="Withdrawn.")
    response = api.get(f"{CLAIMS}{worked_example.pk}/provenance/")
    assert response.status_code == 410
    assert response.json()["status"] == "retracted"


def test_openapi_schema_and_docs_are_served_without_a_cdn(client):
    schema = client.get("/api/v1/schema/")
    assert schema.status_code == 200
    assert b"/api/v1/changes/" in schema.content
    docs = client.get("/api/v1/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in docs
    assert "cdn" not in docs.lower()
