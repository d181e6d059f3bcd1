"""Inputs an attacker found answering 500 (issue 14), each now a 4xx with a message."""

import pytest

pytestmark = pytest.mark.django_db


def test_options_on_the_interactive_docs_says_what_the_page_allows(api):
    response = api.options("/api/v1/docs/")
    assert response.status_code == 204 and response["Allow"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize("version", ["%0A", "a%0D%0AX-Injected:%201", "x" * 40])
def test_a_schema_version_that_is_no_version_name_is_a_400(api, version):
    response = api.get(f"/api/v1/schema/?version={version}")
    assert response.status_code == 400 and b"version" in response.content
    assert "X-Injected" not in response.headers


def test_the_schema_still_downloads_with_a_plain_version(api):
    assert api.get("/api/v1/schema/?version=v1").status_code == 200


@pytest.mark.parametrize("when", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00%2B14:00"])
def test_a_time_past_the_calendars_ends_in_utc_is_a_400_naming_the_parameter(api, when):
    response = api.get(f"/api/v1/claims/?updated_after={when}")
    assert response.status_code == 400 and "updated_after" in response.json()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/claims/claim/?q=",
        "/admin/claims/actor/?q=",
        "/admin/auth/user/?q=",
        "/admin/autocomplete/?app_label=claims&model_name=claim&field_name=originator&term=",
    ],
)
def test_an_admin_search_longer_than_the_limit_is_a_400_saying_so(admin_client, settings, url):
    """SQLite refused a 50,000-character search with 'LIKE or GLOB pattern too complex': a 500 in every list."""
    response = admin_client.get(url + "a" * 50_000)
    assert response.status_code == 400
    assert f"at most {settings.SEARCH_MAX_CHARS:,}" in response.content.decode()


def test_an_admin_search_at_the_limit_is_searched(admin_client, settings):
    response = admin_client.get("/admin/claims/claim/", {"q": "a" * settings.SEARCH_MAX_CHARS})
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/api/v1/docs/", "/api/v1/schema/"])
@pytest.mark.parametrize("accept", ["application/json", "text/csv", "junk", ""])
def test_the_public_contract_ignores_an_unknown_key_whatever_the_client_accepts(client, path, accept):
    """bench/attack.py: an unknown key with a non-HTML Accept made the docs page answer 500."""
    response = client.get(path, HTTP_AUTHORIZATION="Api-Key nonsense.key", HTTP_ACCEPT=accept)
    assert response.status_code < 500
    assert response.status_code in (200, 406)


def test_a_claim_counting_more_sides_than_a_quantity_can_name_is_refused_by_field(editor):
    """Quantity.sides_key holds 500 characters: on PostgreSQL a claim of ~80 sides was a 500 (DataError)."""
    from django.core.exceptions import ValidationError

    from claims.models import MAX_SIDES, Claim
    from tests.factories import ActorFactory, ClaimFactory

    many = [ActorFactory() for _ in range(MAX_SIDES + 1)]
    with pytest.raises(ValidationError) as refused:
        ClaimFactory(sides=many, created_by=editor)
    assert (
        f"at most {MAX_SIDES} sides; this one names {MAX_SIDES + 1}" in refused.value.message_dict["sides"][0]
    )
    assert not Claim.objects.exists()
    assert ClaimFactory(sides=many[:MAX_SIDES], created_by=editor).sides.count() == MAX_SIDES


def test_an_import_row_counting_too_many_sides_is_refused_by_line(known):
    from claims.importing import ImportRefused
    from claims.models import MAX_SIDES, Claim
    from tests.factories import ActorFactory
    from tests.test_import import jsonl, row, run

    names = [ActorFactory().name for _ in range(MAX_SIDES + 1)]
    with pytest.raises(ImportRefused) as refused:
        run(jsonl(row(1, sides=names)))
    assert any(
        f"line 1: sides: A claim counts the losses of at most {MAX_SIDES}" in e for e in refused.value.errors
    )
    assert not Claim.objects.exists()


@pytest.mark.parametrize("path", ["/api/v1/claims/١/", "/api/v1/actors/１/", "/api/v1/conflicts/é/"])
def test_an_id_or_slug_in_other_scripts_names_no_record(api, claim_in, path):
    """int() reads '١' (Arabic-Indic one) and '１' (fullwidth) as 1: /claims/١/ answered claim 1."""
    claim_in("published")
    response = api.get(path)
    assert response.status_code == 404 and response.json()["detail"]
