import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.admin import ClaimAdmin
from claims.models import Claim, Source
from tests.factories import ActorFactory, ConflictFactory, SourceFactory

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm the content-type cache, as any running server has
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize("page_size", [5, 40])
def test_claim_changelist_query_count_does_not_grow_with_page_size(
    editor_client, claim_with_chain, monkeypatch, django_assert_num_queries, page_size
):
    monkeypatch.setattr(ClaimAdmin, "list_per_page", page_size)
    conflict = ConflictFactory()
    for _ in range(page_size):
        claim_with_chain(hops=3, conflict=conflict)
    url = reverse("admin:claims_claim_changelist")
    editor_client.get(url)  # warm the content-type cache, as any running server has
    # 1 session, 2 user, 3-4 the user's and groups' permissions, 5 conflicts for the filter, 6 the capped
    # count of the filtered list, 7 the page of claims with conflict, originator and origin counts,
    # 8 their sides, 9 their conflicts' parties. No count of the whole table, no date hierarchy.
    with django_assert_num_queries(9):
        response = editor_client.get(url)
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == page_size


def test_claim_changelist_shows_a_readable_figure(editor_client, claim_with_chain):
    claim = claim_with_chain(qualifier="at_most", low=None, best=None, high=5000)
    claim.conflict.parties.add(claim.originator)
    response = editor_client.get(reverse("admin:claims_claim_changelist"))
    assert "≤ 5,000 killed, all sides" in response.content.decode()


@pytest.mark.parametrize(
    ("term", "found"),
    [
        ("as many as", True),
        ("Interfax", True),
        ("rferl.org/a/30932", True),
        ("Karabakh report", True),
        ("zzz", False),
        ("interfax rferl.org", True),  # every word, each in any of the fields
        ("interfax zzz", False),
        ('"many as 5,000"', True),  # a quoted phrase stays whole
        ('"as 5,000 many"', False),
    ],
)
def test_claim_search_looks_in_phrase_quote_originator_and_sources(
    editor_client, claim_with_chain, term, found
):
    claim = claim_with_chain(
        hops=2, phrase="as many as 5,000 deaths", originator=ActorFactory(name="Interfax")
    )
    last_hop = claim.chain.last()
    last_hop.source.url, last_hop.source.title = "https://www.rferl.org/a/30932.html", "Karabakh report"
    last_hop.source.save()
    response = editor_client.get(reverse("admin:claims_claim_changelist"), {"q": term})
    assert (claim in response.context["cl"].result_list) is found


@pytest.mark.parametrize(
    "query",
    [
        "status__exact=draft",
        "metric__exact=killed",
        "population__exact=all",
        "originator__kind__exact=ministry",
    ],
)
def test_claim_changelist_filters(editor_client, claim_with_chain, query):
    claim_with_chain()
    response = editor_client.get(reverse("admin:claims_claim_changelist") + "?" + query)
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1


def test_claim_add_page_loads_without_loading_every_actor(editor_client, django_assert_num_queries):
    ActorFactory.create_batch(30)
    url = reverse("admin:claims_claim_add")
    editor_client.get(url)  # warm the content-type cache, as any running server has
    # 1 session, 2 user, 3-4 the user's and groups' permissions; autocomplete widgets load nothing until
    # the editor types.
    with django_assert_num_queries(4):
        response = editor_client.get(url)
    assert response.status_code == 200
    assert "Attribution chain" in response.content.decode()


@pytest.mark.parametrize("hops", [2, 6])
def test_claim_change_page_query_count_does_not_grow_with_chain_length(
    editor_client, claim_with_chain, django_assert_num_queries, hops
):
    claim = claim_with_chain(hops=hops)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    editor_client.get(url)  # warm the content-type cache, as any running server has
    # 1 session, 2 user, 3 the claim with conflict and originator, 4 its sides, 5 its conflict's parties,
    # 6-7 the user's and groups' permissions, 8 the chain with its actors and sources, 9-11 the selected
    # conflict, originator and sides of the claim's autocompletes. The chain's autocompletes take their
    # selected actor and source from query 8 (InstanceAutocompleteSelect), so no query per hop.
    # 12 the review log, 13 the same origin's other figures for this quantity (revisions), 14 the claims
    # that break it down (its parts).
    with django_assert_num_queries(14):
        response = editor_client.get(url)
    assert response.status_code == 200
    assert response.context["inline_admin_formsets"][0].formset.total_form_count() == hops + 1


def claim_form_data(conflict, originator, **overrides):
    """Return the POST data of a complete claim form with a one-hop chain."""
    data = {
        "phrase": "as many as 5,000 deaths",
        "qualifier": "at_most",
        "low": "",
        "best": "",
        "high": "5000",
        "convention": "conservative",
        "conflict": conflict.pk,
        "metric": "killed",
        "population": "all",
        "area": "",
        "originator": originator.pk,
        "stated_on": "2020-10-22",
        "quote": "Russia has estimated as many as 5,000 deaths on both sides.",
        "status": "draft",
        "rating": "",
        "internal_note": "",
        "chain-TOTAL_FORMS": "1",
        "chain-INITIAL_FORMS": "0",
        "chain-MIN_NUM_FORMS": "0",
        "chain-MAX_NUM_FORMS": "1000",
        "chain-0-position": "0",
        "chain-0-actor": originator.pk,
        "chain-0-relation": "stated",
    }
    return data | overrides


def test_editor_records_a_claim_with_its_chain(editor_client, editor):
    conflict, russia, tass = ConflictFactory(), ActorFactory(name="Russia"), ActorFactory(name="TASS")
    data = claim_form_data(
        conflict,
        russia,
        **{
            "chain-TOTAL_FORMS": "2",
            "chain-1-position": "1",
            "chain-1-actor": tass.pk,
            "chain-1-relation": "relayed",
        },
    )
    response = editor_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    claim = Claim.objects.get()
    assert (claim.high, claim.created_by) == (5000, editor)
    assert [(hop.position, hop.actor.name) for hop in claim.chain.all()] == [(0, "Russia"), (1, "TASS")]


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"qualifier": "range", "low": "5000", "high": "100"},
            "high",
            "The low bound cannot be greater than the high",
        ),
        ({"qualifier": "range", "low": "100", "high": ""}, "low", "needs low and high set"),
        ({"qualifier": "at_least", "low": "-3", "high": ""}, "low", "cannot be negative"),
        ({"qualifier": "exact", "low": "4", "best": "4", "high": "5"}, "high", "all equal"),
        (
            {"period_start": "2020-11-10", "period_end": "2020-09-27"},
            "period_end",
            "must not end before it starts",
        ),
        ({"high": "many"}, "high", "Enter a whole number."),
    ],
)
def test_bad_claim_input_gets_a_form_error_on_its_field_and_keeps_what_was_typed(
    editor_client, overrides, field, message
):
    data = claim_form_data(ConflictFactory(), ActorFactory(), **overrides)
    response = editor_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert message in " ".join(errors[field]), errors
    assert 'value="as many as 5,000 deaths"' in response.content.decode()
    assert not Claim.objects.exists()


def test_duplicate_hop_positions_get_a_form_error(editor_client):
    actor = ActorFactory()
    data = claim_form_data(
        ConflictFactory(),
        actor,
        **{
            "chain-TOTAL_FORMS": "2",
            "chain-1-position": "0",
            "chain-1-actor": actor.pk,
            "chain-1-relation": "relayed",
        },
    )
    response = editor_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.non_form_errors() == [
        "Two hops have the same position (0): number the hops 0, 1, 2… in the chain's order, or move them with "
        "the arrows."
    ]
    # Both rows are outlined, on their position.
    assert [form.errors.get("position") for form in formset.forms[:2]] == [
        ["Another hop is numbered 0 too: each hop has its own position."]
    ] * 2
    assert response.content.decode().count('<ul class="errorlist" id="id_chain-') == 2
    assert not Claim.objects.exists()


def test_duplicate_source_url_gets_a_form_error_on_the_url(editor_client):
    SourceFactory(url="https://www.rferl.org/a/30932.html")
    publisher = ActorFactory()
    response = editor_client.post(
        reverse("admin:claims_source_add"),
        {
            "url": "https://WWW.rferl.org/a/30932.html?utm_source=x",
            "title": "Again",
            "publisher": publisher.pk,
        },
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["url"] == [
        "This document is already captured as a source: search for it instead."
    ]
    assert Source.objects.count() == 1


def test_source_is_saved_with_normalised_url_and_text_hash(editor_client):
    publisher = ActorFactory()
    response = editor_client.post(
        reverse("admin:claims_source_add"),
        {
            "url": "HTTPS://Example.org/report#x",
            "title": "Report",
            "publisher": publisher.pk,
            "text": "Nine died.",
        },
    )
    assert response.status_code == 302
    source = Source.objects.get()
    assert source.url == "https://example.org/report"
    assert len(source.text_sha256) == 64


@pytest.mark.parametrize("model", ["conflict", "actor", "source", "claim"])
def test_every_changelist_and_add_page_loads_for_an_editor(editor_client, claim_with_chain, model):
    claim_with_chain()
    for name in ("changelist", "add"):
        response = editor_client.get(reverse(f"admin:claims_{model}_{name}"))
        assert response.status_code == 200


def test_hops_are_listed_but_change_only_with_their_claim(editor_client, claim_with_chain):
    hop = claim_with_chain().chain.first()
    assert editor_client.get(reverse("admin:claims_attributionhop_changelist")).status_code == 200
    assert editor_client.get(reverse("admin:claims_attributionhop_add")).status_code == 403
    page = editor_client.get(reverse("admin:claims_attributionhop_change", args=[hop.pk]))
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()  # a page to read


@pytest.mark.parametrize("per_page", [3, 30])
@pytest.mark.parametrize("model", ["conflict", "actor", "source", "attributionhop"])
def test_other_changelists_query_count_does_not_grow_with_page_size(
    editor_client, claim_with_chain, model, per_page
):
    def add_rows():
        for _ in range(per_page):
            claim_with_chain(hops=2)  # a conflict, actors, a source and two hops each

    add_rows()
    small, _ = count_queries(editor_client, reverse(f"admin:claims_{model}_changelist") + "?q=")
    add_rows()
    large, _ = count_queries(editor_client, reverse(f"admin:claims_{model}_changelist") + "?q=")
    assert small == large


def test_editor_cannot_delete(editor_client, claim_with_chain):
    claim = claim_with_chain()
    response = editor_client.post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_claim_changelist_caps_its_count(editor_client, claim_with_chain, monkeypatch):
    from claims.admin import CappedCountPaginator

    monkeypatch.setattr(CappedCountPaginator, "CAP", 3)
    for _ in range(5):
        claim_with_chain()
    response = editor_client.get(reverse("admin:claims_claim_changelist"))
    assert "more than 3 claims" in response.content.decode()
    monkeypatch.setattr(CappedCountPaginator, "CAP", 10)
    response = editor_client.get(reverse("admin:claims_claim_changelist"))
    assert "5 claims" in response.content.decode()


def test_editors_export_the_selected_claims_to_csv(
    editor_client, claim_with_chain, django_assert_max_num_queries
):
    import csv as csv_module
    import io

    chosen = [claim_with_chain(hops=3, quote="=SUM(A1)") for _ in range(3)]
    claim_with_chain()  # not selected
    changelist = reverse("admin:claims_claim_changelist")
    editor_client.get(changelist)
    # a fixed number: session, user, permissions, the selection's count, then per chunk the claims, sides, chains
    with django_assert_max_num_queries(12):
        response = editor_client.post(
            changelist, {"action": "export_selected", "_selected_action": [c.pk for c in chosen]}
        )
        body = b"".join(response.streaming_content).decode()
    rows = list(csv_module.DictReader(io.StringIO(body)))
    assert sorted(int(r["id"]) for r in rows) == sorted(c.pk for c in chosen)
    row = next(r for r in rows if r["id"] == str(chosen[0].pk))
    assert row["chain"].count("→") == 2 and row["quote"] == "'=SUM(A1)"
    assert row["sides"] == chosen[0].originator.name


@pytest.mark.parametrize("size", [2, 20])
def test_change_feed_list_is_read_only_with_a_fixed_query_count(
    client, claim_in, django_user_model, size, django_assert_num_queries
):
    for _ in range(size):
        claim_in("published")  # each in a conflict, and so a quantity, of its own: two entries each
    client.force_login(django_user_model.objects.create_superuser("root", password="x"))
    url = reverse("admin:claims_feedentry_changelist")
    client.get(url)
    # 1 session, 2 user, 3 the capped count, 4 the page with claims, originators and quantities
    with django_assert_num_queries(4):
        response = client.get(url)
    assert len(response.context["cl"].result_list) == 2 * size
    change = response.context["cl"].result_list[0]
    assert client.get(reverse("admin:claims_feedentry_change", args=[change.pk])).status_code == 200
    assert (
        client.post(reverse("admin:claims_feedentry_delete", args=[change.pk]), {"post": "yes"}).status_code
        == 403
    )


def test_a_past_version_of_an_actor_is_shown_not_saved_again(editor_client):
    from claims.models import Actor

    actor = ActorFactory(name="Vladimir Putin")
    version = actor.history.latest()
    url = reverse("admin:claims_actor_simple_history", args=[actor.pk, version.history_id])
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(url, {"name": "Renamed", "kind": "individual"})
    assert response.status_code == 403
    assert Actor.objects.get(pk=actor.pk).name == "Vladimir Putin"


def test_an_actor_whose_losses_claims_count_cannot_be_deleted(client, claim_with_chain, django_user_model):
    side = ActorFactory(name="Only a side")
    claim = claim_with_chain(sides=[side])
    client.force_login(django_user_model.objects.create_superuser("root", password="x"))
    page = client.get(reverse("admin:claims_actor_delete", args=[side.pk]))
    assert "counts its losses" in page.content.decode()
    client.post(reverse("admin:claims_actor_delete", args=[side.pk]), {"post": "yes"})
    assert list(claim.sides.all()) == [side]
