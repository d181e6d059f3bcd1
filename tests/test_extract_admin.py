import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from claims import services
from claims.management.commands.load_demo import RFERL_TEXT
from claims.models import Actor, Claim, Incident
from claims.services import Hop
from tests.factories import ActorFactory, ConflictFactory, SourceFactory
from tests.test_admin import claim_form_data

pytestmark = pytest.mark.django_db

ADD_URL = "admin:claims_claim_add"


def messages_of(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def post_claim(client, **overrides):
    data = claim_form_data(ConflictFactory(), ActorFactory(), **overrides)
    return client.post(reverse(ADD_URL), data)


def test_phrase_with_empty_bounds_is_read_on_save(editor_client):
    response = post_claim(
        editor_client, phrase="as many as 5,000 deaths", qualifier="", low="", best="", high="", metric=""
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    claim = Claim.objects.get()
    assert (claim.qualifier, claim.low, claim.best, claim.high, claim.metric) == (
        "at_most",
        None,
        None,
        5000,
        "killed",
    )
    assert "Read from the phrase: qualifier at most, high 5,000, metric killed." in messages_of(response)


def test_reading_uses_and_stores_the_chosen_convention(editor_client):
    response = post_claim(
        editor_client, phrase="thousands of civilians killed", qualifier="", high="", convention="literal"
    )
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.qualifier, claim.low, claim.population, claim.convention) == (
        "vague",
        2000,
        "civilian",
        "literal",
    )


def test_bounds_the_editor_typed_are_kept(editor_client):
    response = post_claim(
        editor_client, phrase="about 300 killed", qualifier="approximate", high="", best="310"
    )
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.best, claim.high) == (310, None)
    assert not any("Read from the phrase" in m for m in messages_of(response))


def test_a_qualifier_that_disagrees_with_the_phrase_is_an_error_not_an_override(editor_client):
    response = post_claim(editor_client, phrase="as many as 5,000 deaths", qualifier="approximate", high="")
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "The phrase reads as “at most”, not “approximate”" in errors["qualifier"][0]
    assert not Claim.objects.exists()


def test_unreadable_phrase_without_bounds_is_an_error_on_the_phrase(editor_client):
    response = post_claim(editor_client, phrase="the fighting went on", qualifier="", high="")
    assert response.status_code == 200
    assert (
        "Fill in the qualifier and bounds yourself." in response.context["adminform"].form.errors["phrase"][0]
    )


def test_unquantified_claims_are_not_re_read(editor_client):
    response = post_claim(editor_client, phrase="heavy losses", qualifier="unquantified", high="")
    assert response.status_code == 302
    assert Claim.objects.get().qualifier == "unquantified"


@pytest.fixture
def rferl_source():
    ActorFactory(name="Government of Russia", aliases="Russia\nKremlin", kind="government")
    ActorFactory(name="Nagorno-Karabakh de facto authorities", aliases="Nagorno-Karabakh authorities")
    publisher = ActorFactory(name="Radio Free Europe/Radio Liberty", kind="news_outlet")
    return SourceFactory(publisher=publisher, text=RFERL_TEXT)


def extract_url(source):
    return reverse("admin:claims_source_extract", args=[source.pk])


def test_editor_goes_from_source_text_to_draft_claims_without_typing_a_number(
    editor_client, editor, rferl_source
):
    conflict = ConflictFactory()
    page = editor_client.get(extract_url(rferl_source))
    assert page.status_code == 200
    html = page.content.decode()
    assert "<mark>as many as 5,000 deaths</mark>" in html
    phrases = [row["candidate"].phrase for row in page.context["rows"]]
    assert not any(word in phrase for phrase in phrases for word in ("September", "vehicle", "truck", "week"))
    russia, zero = phrases.index("as many as 5,000 deaths"), phrases.index("no casualties")

    response = editor_client.post(
        extract_url(rferl_source),
        {
            "conflict": conflict.pk,
            "text_sha256": rferl_source.text_sha256,
            f"pick_{russia}": "on",
            f"metric_{russia}": "killed",
            f"pick_{zero}": "on",
            f"metric_{zero}": "casualties",
        },
    )
    assert response.status_code == 302
    estimate = Claim.objects.get(phrase="as many as 5,000 deaths")
    assert (estimate.status, estimate.created_by, estimate.conflict) == ("draft", editor, conflict)
    assert (estimate.qualifier, estimate.high, estimate.metric) == ("at_most", 5000, "killed")
    assert estimate.quote == "Russia has estimated as many as 5,000 deaths on both sides."
    assert estimate.originator.name == "Government of Russia"
    assert [(h.position, h.actor.name, h.relation, h.source) for h in estimate.chain.all()] == [
        (0, "Government of Russia", "stated", None),
        (1, "Radio Free Europe/Radio Liberty", "published", rferl_source),
    ]
    zero_claim = Claim.objects.get(phrase="no casualties")
    assert (zero_claim.low, zero_claim.best, zero_claim.high) == (0, 0, 0)
    assert zero_claim.originator.name == "Nagorno-Karabakh de facto authorities"  # "The ... authorities"
    assert f"id__in={estimate.pk},{zero_claim.pk}" in response.url
    assert editor_client.get(response.url).context["cl"].result_count == 2

    again = editor_client.get(extract_url(rferl_source))
    recorded = {row["candidate"].phrase for row in again.context["rows"] if row["recorded"]}
    assert recorded == {"as many as 5,000 deaths", "no casualties"}


def test_unmatched_originator_is_left_for_the_editor_with_a_note(editor_client, rferl_source):
    page = editor_client.get(extract_url(rferl_source))
    rows = page.context["rows"]
    index = next(i for i, row in enumerate(rows) if row["candidate"].phrase == "a large number of bodies")
    assert rows[index]["actor"] is None
    editor_client.post(
        extract_url(rferl_source),
        {
            "conflict": ConflictFactory().pk,
            "text_sha256": rferl_source.text_sha256,
            f"pick_{index}": "on",
            f"metric_{index}": "killed",
        },
    )
    claim = Claim.objects.get(phrase="a large number of bodies")
    assert claim.originator is None and "matches no actor" in claim.internal_note
    assert [h.relation for h in claim.chain.all()] == ["published"]


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({}, "Tick at least one figure."),
        ({"pick_0": "on", "metric_0": ""}, "Choose what this figure counts."),
        ({"pick_0": "on", "metric_0": "killed", "text_sha256": "0" * 64}, "The source's text changed"),
    ],
)
def test_bad_extraction_input_gets_a_form_error(editor_client, rferl_source, data, error):
    data = {"conflict": ConflictFactory().pk, "text_sha256": rferl_source.text_sha256} | data
    response = editor_client.post(extract_url(rferl_source), data)
    assert response.status_code == 200
    form = response.context["form"]
    assert error in " ".join(message for messages in form.errors.values() for message in messages)
    assert not Claim.objects.exists()


def test_source_without_text_has_nothing_to_extract(editor_client):
    source = SourceFactory(text="")
    response = editor_client.get(extract_url(source), follow=True)
    assert "has no text snapshot" in " ".join(messages_of(response))


def test_user_who_cannot_add_claims_cannot_extract(client, django_user_model, rferl_source):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user("viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_source"))
    client.force_login(viewer)
    assert client.get(extract_url(rferl_source)).status_code == 403


def test_extract_action_needs_exactly_one_source(editor_client, rferl_source):
    changelist = reverse("admin:claims_source_changelist")
    other = SourceFactory()
    response = editor_client.post(
        changelist, {"action": "extract_claims", "_selected_action": [rferl_source.pk, other.pk]}, follow=True
    )
    assert "Select exactly one source" in " ".join(messages_of(response))
    response = editor_client.post(
        changelist, {"action": "extract_claims", "_selected_action": [rferl_source.pk]}
    )
    assert response.url == extract_url(rferl_source)


def test_source_page_offers_extraction_only_with_a_text(editor_client, rferl_source):
    with_text = editor_client.get(reverse("admin:claims_source_change", args=[rferl_source.pk]))
    assert extract_url(rferl_source) in with_text.content.decode()
    bare = SourceFactory(text="")
    without = editor_client.get(reverse("admin:claims_source_change", args=[bare.pk]))
    assert extract_url(bare) not in without.content.decode()


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Russia", "Government of Russia"),
        ("the Kremlin", "Government of Russia"),
        ("The Nagorno-Karabakh authorities", "Nagorno-Karabakh de facto authorities"),
        ("government of russia", "Government of Russia"),
        ("Azerbaijan", None),
    ],
)
def test_actors_are_matched_by_name_or_alias(rferl_source, written, expected):
    match = Actor.objects.matching([written]).get(written)
    assert (match.name if match else None) == expected


def test_extraction_proposes_the_incident_and_drafts_claims_about_the_one_chosen(editor_client, rferl_source):
    conflict = ConflictFactory()
    services.save_claim(  # a figure already recorded from this source: the conflict is known
        Claim(conflict=conflict, metric="killed", phrase="thousands", qualifier="vague", low=1000, quote="x"),
        chain=[Hop(rferl_source.publisher_id, "published", rferl_source.pk)],
    )
    shelling = Incident(
        conflict=conflict, name="Shelling of Martuni", started_on=rferl_source.published_on, place="Martuni"
    )
    services.save_incident(shelling)
    elsewhere = Incident(
        conflict=ConflictFactory(), name="Elsewhere", started_on=rferl_source.published_on, place="Martuni"
    )
    services.save_incident(elsewhere)
    page = editor_client.get(extract_url(rferl_source))
    assert (
        page.context["form"].initial["incident"] == shelling
    )  # its place is named, its day is the article's
    phrases = [row["candidate"].phrase for row in page.context["rows"]]
    zero = phrases.index("no casualties")
    data = {
        "conflict": conflict.pk,
        "incident": elsewhere.pk,
        "text_sha256": rferl_source.text_sha256,
        f"pick_{zero}": "on",
        f"metric_{zero}": "casualties",
    }
    refused = editor_client.post(extract_url(rferl_source), data)  # only the chosen conflict's are offered
    assert "Select a valid choice" in str(refused.context["form"].errors["incident"])
    assert editor_client.post(extract_url(rferl_source), data | {"incident": shelling.pk}).status_code == 302
    assert Claim.objects.get(phrase="no casualties").quantity.incident == shelling


def test_a_breakdown_is_offered_part_by_part_with_its_group(editor_client):
    """Issue 15: "including 5,000 children and 3,000 women" are figures of their own, by group, shown as parts
    of the total; the drafts keep the group."""
    source = SourceFactory(
        text="Some 9,000 people were killed, including about 5,000 children and 3,000 women, the ministry said."
    )
    page = editor_client.get(extract_url(source))
    rows = {row["candidate"].phrase: row for row in page.context["rows"]}
    assert list(rows) == ["Some 9,000 people were killed", "about 5,000 children", "3,000 women"]
    assert (
        rows["about 5,000 children"]["reading"]
        == "≈ 5,000 (approximate), children; part of “Some 9,000 people were killed”"
    )
    assert rows["3,000 women"]["reading"].endswith("women; part of “Some 9,000 people were killed”")
    editor_client.post(
        extract_url(source),
        {
            "conflict": ConflictFactory().pk, "text_sha256": source.text_sha256,
            "pick_1": "on", "metric_1": "killed", "pick_2": "on", "metric_2": "killed",
        },
    )  # fmt: skip
    assert dict(Claim.objects.values_list("phrase", "group")) == {
        "about 5,000 children": "children",
        "3,000 women": "women",
    }


def test_drafts_take_the_day_their_sentence_names(editor_client):
    source = SourceFactory(
        text="The strike on Sunday killed 12 people, the governor said.", published_on="2024-06-04"
    )
    page = editor_client.get(extract_url(source))
    assert page.context["rows"][0]["reading"].endswith("; as of 2024-06-02")
    editor_client.post(
        extract_url(source),
        {
            "conflict": ConflictFactory().pk,
            "text_sha256": source.text_sha256,
            "pick_0": "on",
            "metric_0": "killed",
        },
    )
    claim = Claim.objects.get()
    assert (str(claim.as_of), str(claim.stated_on)) == ("2024-06-02", "2024-06-04")


def test_drafts_take_the_period_and_area_their_sentence_states(editor_client):
    """Issue 15: the extraction page proposes the period and the area a figure's sentence states; the editor
    confirms them by ticking the figure, and the draft keeps them."""
    source = SourceFactory(
        text="Since the war began in April 2023, more than 16,650 people have been killed in Sudan, ACLED said. "
        "The strike on Sunday killed 12 people, the governor said.",
        published_on="2024-06-04",
    )
    page = editor_client.get(extract_url(source))
    toll, strike = page.context["rows"]
    assert toll["reading"].endswith("; period 2023-04-01 to 2024-06-04; area “Sudan”")
    assert strike["reading"].endswith("; as of 2024-06-02")  # no period, no place stated
    html = page.content.decode()
    assert "period 2023-04-01 to 2024-06-04; area “Sudan”" in html
    editor_client.post(
        extract_url(source),
        {
            "conflict": ConflictFactory().pk, "text_sha256": source.text_sha256,
            "pick_0": "on", "metric_0": "killed", "pick_1": "on", "metric_1": "killed",
        },
    )  # fmt: skip
    drafts = {claim.phrase: claim for claim in Claim.objects.all()}
    assert set(drafts) == {"more than 16,650 people have been killed", "killed 12 people"}
    toll_claim = drafts["more than 16,650 people have been killed"]
    assert (toll_claim.area, str(toll_claim.period_start), str(toll_claim.period_end)) == (
        "Sudan",
        "2023-04-01",
        "2024-06-04",
    )
    assert toll_claim.quantity.area == "sudan"  # a cumulative toll for that area, up to that day
    strike_claim = drafts["killed 12 people"]
    assert (strike_claim.area, strike_claim.period_start, strike_claim.period_end) == ("", None, None)


def test_the_page_says_how_each_originator_was_found_and_how_far_to_trust_it(editor_client):
    """Issue 15: an originator resolved from a description or from the paragraph is shown with its confidence."""
    source = SourceFactory(
        text="Azerbaijan's Ministry of Defense said 12 soldiers were killed. The ministry said 30 were wounded. "
        "Of the killed, 4 were officers."
    )
    page = editor_client.get(extract_url(source))
    credits = [(row["candidate"].originator, row["credit"]) for row in page.context["rows"]]
    assert credits == [
        ("Azerbaijan's Ministry of Defense", "confidence high: named in the figure's sentence"),
        ("Azerbaijan's Ministry of Defense", "confidence medium: a description in its sentence (“the ministry said”) "
         "taken for the speaker named before it"),
        ("Azerbaijan's Ministry of Defense", "confidence low: its sentence names no one: the speaker of the "
         "sentences around it in the paragraph"),
    ]  # fmt: skip
    assert "confidence low: its sentence names no one" in page.content.decode()


@pytest.mark.parametrize("conflict", ["²", "9" * 30, "-1", "1e3"])
def test_a_forged_conflict_is_a_form_error_not_a_server_error(editor_client, rferl_source, conflict):
    data = {
        "conflict": conflict,
        "text_sha256": rferl_source.text_sha256,
        "pick_0": "on",
        "metric_0": "killed",
    }
    response = editor_client.post(extract_url(rferl_source), data)
    assert response.status_code == 200
    assert "conflict" in response.context["form"].errors
    assert not Claim.objects.exists()


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 10,000,000,000,000,000,000 people were displaced.",  # more than a claim can hold
        "Officials said fewer than 0 people were killed.",  # no count
        "A figure of " + "9" * 5000 + " people were killed.",  # thousands of digits
    ],
)
def test_numbers_no_claim_can_hold_are_not_proposed(editor_client, text):
    source = SourceFactory(text=text)
    page = editor_client.get(extract_url(source))
    assert page.status_code == 200
    assert page.context["rows"] == []
