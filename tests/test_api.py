import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims import services
from claims.api.auth import PartnerKeyThrottle
from claims.models import Claim, ClaimDocument, Partner, PartnerKey, Status
from claims.services import retract_claim
from tests.factories import ActorFactory, ConflictFactory, SourceFactory

pytestmark = pytest.mark.django_db

CLAIMS = "/api/v1/claims/"


def ids(response) -> list[int]:
    return [claim["id"] for claim in response.json()["results"]]


@pytest.fixture
def every_status(claim_in):
    """One claim in each review status, each with its own originator, sides and sources."""
    return {
        status: claim_in(status, originator=ActorFactory(name=f"Originator {status}")) for status in Status
    }


# --- authentication and throttling -------------------------------------------------------------------------


def test_no_key_is_401_with_a_json_error_naming_the_scheme(client, every_status):
    response = client.get(CLAIMS)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Api-Key"
    assert "detail" in response.json()


@pytest.mark.parametrize("header", ["Api-Key nonsense", "Api-Key abcdefgh.ijklmnop", "Bearer x"])
def test_a_wrong_key_is_401(client, header):
    response = client.get(CLAIMS, HTTP_AUTHORIZATION=header)
    assert response.status_code == 401


def test_a_revoked_key_is_401(api, api_key):
    assert api.get(CLAIMS).status_code == 200
    PartnerKey.objects.update(revoked=True)
    response = api.get(CLAIMS)
    assert response.status_code == 401
    assert "revoked" in response.json()["detail"]


def test_an_expired_key_is_401(api):
    PartnerKey.objects.update(expiry_date=timezone.now() - dt.timedelta(days=1))
    assert api.get(CLAIMS).status_code == 401


def test_staff_may_browse_with_their_admin_session(client, editor, every_status):
    client.force_login(editor)
    response = client.get(CLAIMS)
    assert response.status_code == 200
    assert ids(response) == [every_status["published"].pk]


def test_a_logged_in_non_staff_user_is_refused(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader"))
    assert client.get(CLAIMS).status_code in (401, 403)


def test_create_api_key_prints_a_working_key_alone_on_its_last_line_and_stores_only_its_hash(client):
    out = io.StringIO()
    call_command("create_api_key", "Example Newsroom", stdout=out, stderr=io.StringIO())
    key = out.getvalue().strip().splitlines()[-1]
    stored = PartnerKey.objects.get(partner__name="Example Newsroom")
    assert key.startswith(stored.prefix + ".")
    assert key not in (stored.hashed_key, stored.id)
    assert client.get(CLAIMS, HTTP_AUTHORIZATION=f"Api-Key {key}").status_code == 200


def test_throttling_answers_429_with_retry_after(api, monkeypatch):
    monkeypatch.setattr(PartnerKeyThrottle, "THROTTLE_RATES", {"partner": "3/minute"})
    statuses = [api.get(CLAIMS).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = api.get(CLAIMS)
    assert int(response["Retry-After"]) > 0


def test_throttling_counts_each_key_separately(api, client, monkeypatch):
    monkeypatch.setattr(PartnerKeyThrottle, "THROTTLE_RATES", {"partner": "1/minute"})
    assert api.get(CLAIMS).status_code == 200
    _, other = PartnerKey.objects.create_key(partner=Partner.objects.create(name="Other"), name="k")
    assert client.get(CLAIMS, HTTP_AUTHORIZATION=f"Api-Key {other}").status_code == 200


# --- nothing unpublished leaks ---------------------------------------------------------------------------


SECRET = "INTERNAL-NOTE-NEVER-SHOWN"


@pytest.fixture
def leak_scenario(every_status, editor):
    for claim in Claim.objects.all():
        Claim.objects.filter(pk=claim.pk).update(internal_note=SECRET)
    return every_status


@pytest.mark.parametrize(
    "url",
    [
        CLAIMS,
        CLAIMS + "?format=csv",
        CLAIMS + "?format=jsonld",
        CLAIMS + "?metric=killed",
        CLAIMS + "?q=soldiers",
        "/api/v1/changes/",
        "/api/v1/actors/",
    ],
)
def test_no_list_shows_anything_of_an_unpublished_claim(api, leak_scenario, url):
    body = api.get(url).content.decode()
    assert SECRET not in body
    assert "editor" not in body and "reviewer" not in body  # no editor identities
    for status in leak_scenario:
        shown = f"Originator {status}" in body
        assert shown == (status == "published"), (status, url)


def test_sources_and_conflicts_lists_show_only_those_of_published_claims(api, leak_scenario):
    published = leak_scenario["published"]
    sources = {hop.source_id for hop in published.chain.all() if hop.source_id}
    assert {source["id"] for source in api.get("/api/v1/sources/").json()["results"]} == sources
    assert [c["slug"] for c in api.get("/api/v1/conflicts/").json()["results"]] == [published.conflict.slug]


@pytest.mark.parametrize("status", ["draft", "in_review", "verified", "rejected"])
def test_an_unpublished_claims_urls_answer_404(api, leak_scenario, status):
    pk = leak_scenario[status].pk
    for suffix in ("", "?format=csv", "?format=jsonld", "provenance/"):
        response = api.get(f"{CLAIMS}{pk}/{suffix}")
        assert response.status_code == 404, suffix
        assert SECRET not in response.content.decode()


def test_a_retracted_claim_answers_410_with_its_tombstone(api, leak_scenario):
    claim = leak_scenario["retracted"]
    response = api.get(f"{CLAIMS}{claim.pk}/")
    assert response.status_code == 410
    assert response.json() == {
        "id": claim.pk,
        "url": f"http://testserver{CLAIMS}{claim.pk}/",
        "status": "retracted",
        "retracted_at": claim.retracted_at.isoformat().replace("+00:00", "Z"),
        "retraction_reason": "retract in a test",
    }


def test_sources_and_actors_of_unpublished_claims_are_404(api, leak_scenario):
    draft = leak_scenario["draft"]
    hidden_source = draft.chain.exclude(source=None).first().source
    assert api.get(f"/api/v1/sources/{hidden_source.pk}/").status_code == 404
    assert api.get(f"/api/v1/actors/{draft.originator.pk}/").status_code == 404
    assert api.get("/api/v1/conflicts/no-such-war/").status_code == 404


def test_a_published_claim_has_the_contracted_fields(api, claim_in):
    claim = claim_in("published")
    data = api.get(f"{CLAIMS}{claim.pk}/").json()
    assert set(data) == {
        "id", "url", "status", "conflict", "metric", "population", "group", "sides", "incident", "area", "period_start",
        "period_end", "as_of", "breakdown_of", "figure", "originator", "origin", "interested_party", "stated_on", "quote",
        "quote_check", "chain", "quantity", "rating", "supersedes", "corrects", "published_at", "updated_at",
    }  # fmt: skip
    assert data["figure"] == {
        "phrase": claim.phrase,
        "qualifier": "exact",
        "low": 12,
        "best": 12,
        "high": 12,
        "convention": "conservative",
    }
    assert data["conflict"] == {"slug": claim.conflict.slug, "name": claim.conflict.name}
    assert [hop["position"] for hop in data["chain"]] == [0, 1]
    assert set(data["chain"][1]["source"]) == {
        "id",
        "url",
        "title",
        "publisher",
        "published_on",
        "archive_url",
    }


def test_interested_party_follows_the_originator_to_its_root(api, claim_in):
    government = ActorFactory(name="Government", kind="government")
    ministry = ActorFactory(name="Ministry", acts_on_behalf_of=government)
    claim = claim_in("published", originator=ministry)
    assert api.get(f"{CLAIMS}{claim.pk}/").json()["interested_party"] is False
    claim.conflict.parties.add(government)
    with transaction.atomic():  # as the conflict's admin page does once its parties are saved
        services.announce_claims_referring_to(conflicts=[claim.conflict])
    assert api.get(f"{CLAIMS}{claim.pk}/").json()["interested_party"] is True


@pytest.mark.parametrize("suffix", ["?format=", "?metric=killed", "provenance/?format=", "provenance/?x=1"])
def test_detail_views_refuse_parameters_they_do_not_take(api, claim_in, suffix):
    claim = claim_in("published")
    response = api.get(f"{CLAIMS}{claim.pk}/{suffix}")
    assert response.status_code == 400


def test_unsupported_methods_are_405(api, claim_in):
    claim = claim_in("published")
    assert api.post(CLAIMS, {}).status_code == 405
    assert api.delete(f"{CLAIMS}{claim.pk}/").status_code == 405
    assert api.put(f"{CLAIMS}{claim.pk}/", {}).status_code == 405


# --- filters and pagination ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("metric=kiled", "metric"),
        ("population=children", "population"),
        ("rating=great", "rating"),
        ("conflict=no-such-war", "conflict"),
        ("originator=999999", "originator"),
        ("originator=abc", "originator"),
        ("side=-1", "side"),
        ("stated_after=2020-13-01", "stated_after"),
        ("stated_before=yesterday", "stated_before"),
        ("updated_after=not-a-time", "updated_after"),
        ("metrc=killed", "metrc"),
        ("page_size=abc", "page_size"),
        ("page_size=0", "page_size"),
        ("cursor=garbage", "cursor"),
        ("updated_after=", "updated_after"),
        ("metric=", "metric"),
    ],
)
def test_bad_parameters_are_400_naming_the_parameter(api, claim_in, query, parameter):
    claim_in("published")
    response = api.get(f"{CLAIMS}?{query}")
    assert response.status_code == 400
    assert parameter in response.json()


def test_filters_select_what_they_say(api, claim_in):
    conflict = ConflictFactory(slug="karabakh")
    side = ActorFactory(name="Side")
    wanted = claim_in(
        "published",
        conflict=conflict,
        metric="wounded",
        population="civilian",
        stated_on=dt.date(2020, 10, 5),
    )
    wanted.sides.add(side)
    other = claim_in("published", stated_on=dt.date(2020, 9, 1))
    for query in [
        "conflict=karabakh",
        "metric=wounded",
        "population=civilian",
        f"side={side.pk}",
        f"originator={wanted.originator.pk}",
        "stated_after=2020-10-05",
        "stated_before=2020-10-05&stated_after=2020-10-01",
        "q=12 SOLDIERS&metric=wounded",
    ]:
        assert ids(api.get(f"{CLAIMS}?{query}")) == [wanted.pk], query
    assert ids(api.get(f"{CLAIMS}?rating=corroborated")) == [wanted.pk, other.pk]
    later = (timezone.now() + dt.timedelta(hours=1)).isoformat()
    assert api.get(CLAIMS, {"updated_after": later}).json()["results"] == []
    # An offset ISO 8601 allows and PostgreSQL does not (beyond ±15:59) is the same time in UTC, not a 500.
    assert api.get(CLAIMS, {"updated_after": "2000-01-01T00:00:00-18:07"}).json()["results"] != []


def test_cursor_pages_cover_every_claim_once(api, claim_in, settings):
    published = {claim_in("published").pk for _ in range(5)}
    seen, url = [], f"{CLAIMS}?page_size=2"
    while url:
        page = api.get(url).json()
        seen += [claim["id"] for claim in page["results"]]
        url = page["next"]
    assert sorted(seen) == sorted(published)


def test_page_size_is_clamped_to_the_maximum(api, claim_in, settings):
    for _ in range(3):
        claim_in("published")
    settings.API_MAX_PAGE_SIZE = 2
    assert len(ids(api.get(f"{CLAIMS}?page_size=500"))) == 2


def publish_in_bulk(count: int) -> None:
    """Create `count` published claims with a two-hop chain and a side each, quickly: a trusted import."""
    from claims.importing import Importer

    conflict, originator, outlet = ConflictFactory(), ActorFactory(), ActorFactory(kind="news_outlet")
    source = SourceFactory(publisher=outlet)
    rows = [
        {
            "external_id": f"bulk-{conflict.slug}-{n}", "conflict": conflict.slug, "metric": "killed",
            "phrase": f"{n} killed", "qualifier": "exact", "low": n, "best": n, "high": n,
            "originator": originator.name, "quote": f"{n} killed.", "status": "published", "rating": "single_source",
            "sides": [originator.name],
            "chain": [
                {"actor": originator.name, "relation": "stated"},
                {"actor": outlet.name, "relation": "published", "source": source.url},
            ],
        }
        for n in range(count)
    ]  # fmt: skip
    Importer(trusted=True).run((line, row, None) for line, row in enumerate(rows, start=1))


@pytest.mark.parametrize("page_size", [10, 100, 1000])
def test_query_count_per_claims_page_does_not_grow_with_page_size(api, django_assert_num_queries, page_size):
    publish_in_bulk(1000)
    # 1 key lookup, 2 the page of claims joined to their stored documents (claims/api/documents.py)
    with django_assert_num_queries(2):
        response = api.get(CLAIMS, {"page_size": page_size})
    assert len(response.json()["results"]) == page_size
    # A page whose documents are missing (a database restored from an older backup) renders them as it reads:
    # 3 the rows of those claims with conflict, originator and interested_party, 4 their sides, 5 their chains.
    ClaimDocument.objects.all().delete()
    with django_assert_num_queries(5):
        again = api.get(CLAIMS, {"page_size": page_size})
    assert again.content == response.content


@pytest.mark.parametrize("page_size", [10, 100, 1000])
def test_query_count_per_changes_page_does_not_grow_with_page_size(api, django_assert_num_queries, page_size):
    publish_in_bulk(1000)
    # The import's feed: the claims in order, then their quantity.
    # 1 key lookup, 2 the changes with the documents they carry and whether partners see their records
    with django_assert_num_queries(2):
        response = api.get("/api/v1/changes/", {"page_size": page_size})
    assert len(response.json()["results"]) == page_size


@pytest.mark.parametrize("endpoint", ["sources", "actors", "conflicts"])
def test_query_count_of_other_lists_is_fixed(api, claim_in, django_assert_num_queries, endpoint):
    for _ in range(3):
        claim_in("published")
    with CaptureQueriesContext(__import__("django.db", fromlist=["connection"]).connection) as few:
        api.get(f"/api/v1/{endpoint}/")
    for _ in range(10):
        claim_in("published")
    with django_assert_num_queries(len(few)):
        api.get(f"/api/v1/{endpoint}/")


# --- conditional requests --------------------------------------------------------------------------------


@pytest.mark.parametrize("detail", [False, True])
def test_etag_and_304(api, claim_in, detail):
    claim = claim_in("published")
    url = f"{CLAIMS}{claim.pk}/" if detail else CLAIMS
    first = api.get(url)
    assert first.has_header("ETag")
    again = api.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    retract_claim(claim, by=claim.verified_by, reason="Withdrawn.")
    assert api.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code in (200, 410)


@pytest.mark.parametrize("endpoint", ["claims", "quantities", "actors", "conflicts"])
@pytest.mark.parametrize("position", ["abc", "%00", "1" * 30, "-1"])
def test_a_forged_cursor_position_is_a_400(api, claim_in, endpoint, position):
    import base64

    claim_in("published")
    cursor = base64.b64encode(f"p={position}".encode()).decode()
    response = api.get(f"/api/v1/{endpoint}/", {"cursor": cursor})
    expected = {"conflicts"} if position in {"abc", "1" * 30, "-1"} else set()  # slugs are text
    assert response.status_code == (200 if endpoint in expected else 400), response.content
    if response.status_code == 400:
        assert "cursor" in response.json()


def test_a_digit_python_reads_but_int_does_not_is_a_400_on_the_feed(api):
    response = api.get("/api/v1/changes/", {"after": "²"})
    assert response.status_code == 400 and "after" in response.json()


@pytest.mark.parametrize("page_size", [2, 20])
def test_query_count_per_quantities_page_does_not_grow_with_page_size(
    api, django_assert_num_queries, page_size
):
    for _ in range(20):
        publish_in_bulk(2)  # each call a conflict of its own: 20 quantities, each with its origin and sides
    # 1 key lookup, 2 the page of quantities partners see with their stored documents (claims/api/documents.py)
    with django_assert_num_queries(2):
        response = api.get("/api/v1/quantities/", {"page_size": page_size})
    assert len(response.json()["results"]) == page_size


@pytest.mark.parametrize("page_size", [3, 30])
def test_query_count_of_a_feed_page_with_quantities_does_not_grow(api, django_assert_num_queries, page_size):
    for _ in range(15):
        publish_in_bulk(2)  # 15 imports: 2 claims, then their quantity, each time
    # 1 key lookup, 2 the changes with the documents they carry and whether partners see their records
    with django_assert_num_queries(2):
        response = api.get("/api/v1/changes/", {"page_size": page_size})
    kinds = {change["type"] for change in response.json()["results"]}
    assert kinds == {"claim", "quantity"}


def test_a_time_with_an_offset_postgresql_cannot_hold_is_read_in_utc(api, claim_in):
    """Python reads offsets up to 23:59; PostgreSQL refused "-18:07" with a 500 (found by schemathesis)."""
    claim_in("published")
    response = api.get(CLAIMS, {"updated_after": "2020-10-26T22:02:51.43-18:07"})
    assert response.status_code == 200 and len(response.json()["results"]) == 1
    assert api.get(CLAIMS, {"updated_after": "5754-10-26T22:02:51-18:07"}).json()["results"] == []
