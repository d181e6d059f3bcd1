import re

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import services
from claims.management.commands.load_demo import RFERL_TEXT
from claims.models import Actor, Claim, Incident
from claims.parsing import extract_figures
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
    assert claim.originator is None and "no actor was set at extraction" in claim.internal_note
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
    assert "is not one of the chosen conflict" in str(refused.context["form"].errors["incident"])
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


# --- The worksheet (issue 19) ------------------------------------------------------------------------------------


def as_posted(page, **changes) -> dict:
    """Return what a browser posts from the worksheet page as drawn (every field with its value, a tick only
    when checked), with `changes` applied (None takes a field out)."""
    form = page.context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        if name.startswith("pick_"):
            if value:
                data[name] = "on"
        elif name != "text_sha256" or value:
            data[name] = "" if value is None else getattr(value, "pk", value)
    data["text_sha256"] = form.source.text_sha256
    data |= changes
    return {name: value for name, value in data.items() if value is not None}


def row_of(page, phrase: str) -> int:
    return next(row["number"] - 1 for row in page.context["rows"] if row["candidate"].phrase == phrase)


def errors_of(response) -> dict[str, list[str]] | str:
    if response.context is None:  # (refused before any form: say what the answer was)
        return f"{response.status_code}: {response.content[:200]!r}"
    return {name: list(messages) for name, messages in response.context["form"].errors.items()}


def test_the_worksheet_proposes_each_rows_reading_and_matched_actor(editor_client, rferl_source):
    page = editor_client.get(extract_url(rferl_source))
    russia = row_of(page, "as many as 5,000 deaths")
    bodies = row_of(page, "a large number of bodies")
    form = page.context["form"]
    assert [form[f"{name}_{russia}"].value() for name in ("metric", "population", "group", "new_name")] == [
        "killed",
        "all",
        "all",
        "",
    ]
    assert form[f"originator_{russia}"].value() == Actor.objects.get(name="Government of Russia").pk
    # The credited name matches no actor: the row offers it for a new one, its boxes open.
    assert form[f"originator_{bodies}"].value() is None
    assert form[f"new_name_{bodies}"].value() == "The region's de facto Defense Ministry"
    assert [row["creating"] for row in page.context["rows"]] == [False, False, False, True]
    html = page.content.decode()
    assert 'src="/static/claims/extract_worksheet.js"' in html and "admin/js/autocomplete.js" in html
    assert (
        f'<option value="{form[f"originator_{russia}"].value()}" selected>Government of Russia</option>'
        in html
    )


def test_the_worksheet_drafts_each_rows_population_group_and_originator(editor_client, editor, rferl_source):
    conflict, army = ConflictFactory(), ActorFactory(name="Nagorno-Karabakh Defence Army", kind="military")
    page = editor_client.get(extract_url(rferl_source))
    russia, bodies = row_of(page, "as many as 5,000 deaths"), row_of(page, "a large number of bodies")
    thousands = row_of(page, "killed thousands of people")
    response = editor_client.post(
        extract_url(rferl_source),
        as_posted(
            page,
            conflict=conflict.pk,
            **{f"pick_{russia}": "on", f"population_{russia}": "military", f"group_{russia}": "men"},
            **{f"pick_{bodies}": "on", f"population_{bodies}": "military", f"originator_{bodies}": army.pk},
            **{
                f"pick_{thousands}": "on",
                f"population_{thousands}": "civilian",
                f"group_{thousands}": "children",
            },
        ),
    )
    assert response.status_code == 302, errors_of(response)
    drafts = {c.phrase: c for c in Claim.objects.select_related("originator")}
    assert {phrase: (c.population, c.group, c.originator) for phrase, c in drafts.items()} == {
        "as many as 5,000 deaths": ("military", "men", Actor.objects.get(name="Government of Russia")),
        "a large number of bodies": ("military", "all", army),
        "killed thousands of people": ("civilian", "children", None),
    }
    bodies_claim = drafts["a large number of bodies"]
    assert bodies_claim.internal_note == ""  # the editor chose its originator
    assert [(hop.actor, hop.relation) for hop in bodies_claim.chain.all()] == [
        (army, "stated"),
        (rferl_source.publisher, "published"),
    ]
    assert drafts["killed thousands of people"].quantity.population == "civilian"  # counted as it was set


def test_an_originator_the_editor_clears_is_left_out_with_a_note(editor_client, rferl_source):
    page = editor_client.get(extract_url(rferl_source))
    russia = row_of(page, "as many as 5,000 deaths")
    data = as_posted(
        page, conflict=ConflictFactory().pk, **{f"pick_{russia}": "on", f"originator_{russia}": ""}
    )
    assert editor_client.post(extract_url(rferl_source), data).status_code == 302
    claim = Claim.objects.get()
    assert claim.originator is None
    assert claim.internal_note == "Proposed originator “Russia”: no actor was set at extraction."


def test_the_conflict_and_incident_chosen_last_for_the_source_are_proposed(editor_client, rferl_source):
    earlier, latest = ConflictFactory(name="Earlier war"), ConflictFactory(name="Latest war")
    # Long before the article: not among the incidents it may report, offered because it was chosen.
    old = Incident(conflict=latest, name="Old shelling", started_on="2020-01-01", place="Nowhere")
    services.save_incident(old)
    for conflict, incident in ((earlier, None), (latest, old)):
        services.save_claim(
            Claim(conflict=conflict, incident=incident, metric="killed", phrase="12", qualifier="exact",
                  low=12, best=12, high=12, quote="x"),
            chain=[Hop(rferl_source.publisher_id, "published", rferl_source.pk)],
        )  # fmt: skip
    page = editor_client.get(extract_url(rferl_source))
    form = page.context["form"]
    assert (form.initial["conflict"], form.initial["incident"]) == (latest.pk, old.pk)
    assert list(form.fields["incident"].queryset) == [old]
    assert f'<option value="{old.pk}" selected>' in page.content.decode()
    zero = row_of(page, "no casualties")
    response = editor_client.post(extract_url(rferl_source), as_posted(page, **{f"pick_{zero}": "on"}))
    assert response.status_code == 302, errors_of(response)
    drafted = Claim.objects.get(phrase="no casualties")
    assert (drafted.conflict, drafted.incident) == (latest, old)
    # The drafts are now the latest drawn from the source: a page drawn again proposes the same.
    assert editor_client.get(extract_url(rferl_source)).context["form"].initial["conflict"] == latest.pk


def test_an_actor_created_from_the_rows_is_their_drafts_originator(editor_client, editor, rferl_source):
    rferl_source.text += " The region's de facto Defense Ministry also said 40 soldiers were wounded."
    services.save_source(rferl_source)
    page = editor_client.get(extract_url(rferl_source))
    bodies, wounded = row_of(page, "a large number of bodies"), row_of(page, "40 soldiers were wounded")
    name = "Nagorno-Karabakh de facto Defence Ministry"
    data = as_posted(
        page,
        conflict=ConflictFactory().pk,
        **{f"pick_{bodies}": "on", f"new_name_{bodies}": name, f"new_kind_{bodies}": "ministry"},
        **{f"pick_{wounded}": "on", f"new_name_{wounded}": name.upper(), f"new_kind_{wounded}": "ministry"},
    )
    response = editor_client.post(extract_url(rferl_source), data)
    assert response.status_code == 302, errors_of(response)
    ministry = Actor.objects.get(name=name)  # one actor, however often named (case aside)
    assert ministry.kind == "ministry" and not Actor.objects.filter(name=name.upper()).exists()
    assert [(c.originator, c.internal_note) for c in Claim.objects.order_by("pk")] == [(ministry, "")] * 2
    created = ministry.history.get()
    assert (created.history_type, created.history_user) == ("+", editor)


def test_a_new_actor_named_as_one_on_record_is_refused_and_the_worksheet_kept(editor_client, rferl_source):
    page = editor_client.get(extract_url(rferl_source))
    bodies, russia = row_of(page, "a large number of bodies"), row_of(page, "as many as 5,000 deaths")
    data = as_posted(
        page,
        conflict=ConflictFactory().pk,
        **{f"pick_{russia}": "on", f"population_{russia}": "civilian"},
        **{f"pick_{bodies}": "on", f"new_name_{bodies}": "the Kremlin", f"new_kind_{bodies}": "government"},
    )
    response = editor_client.post(extract_url(rferl_source), data)
    assert response.status_code == 200
    assert errors_of(response) == {
        f"new_name_{bodies}": [
            "“the Kremlin” is already an actor on record (“Government of Russia”): choose it as the originator."
        ]
    }
    assert response.context["rows_with_errors"] == [bodies + 1]
    assert not Claim.objects.exists() and Actor.objects.count() == 3
    # What the editor entered is all there again, the new actor's boxes open.
    form, html = response.context["form"], response.content.decode()
    assert form[f"population_{russia}"].value() == "civilian" and form[f"pick_{russia}"].value()
    assert 'value="the Kremlin"' in html and response.context["rows"][bodies]["creating"]
    assert "Correct the rows marked below: #4. Nothing was created." in html


def test_an_actor_recorded_while_the_editor_worked_is_refused_creating_nothing(editor, rferl_source):
    candidates = extract_figures(rferl_source.text, published_on=rferl_source.published_on)
    bodies = next(c for c in candidates if c.phrase == "a large number of bodies")
    ActorFactory(name="NK army")  # recorded by someone else after the worksheet checked the name
    drafts = [services.Draft(bodies, "killed", "all", "all", Actor(name="NK army", kind="military"))]
    with pytest.raises(ValidationError, match="An actor named “NK army” was recorded meanwhile"):
        services.create_draft_claims(rferl_source, drafts, conflict=ConflictFactory(), by=editor)
    assert not Claim.objects.exists() and Actor.objects.filter(name="NK army").count() == 1
    assert drafts[0].originator.pk is None  # not an actor on record: the editor's form can be sent again


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"originator": "abc"}, "originator", "No actor has this id: choose one from the list."),
        ({"originator": "9" * 30}, "originator", "No actor has this id: choose one from the list."),
        ({"originator": "999999"}, "originator", "No actor has this id: choose one from the list."),
        (
            {"population": "everyone"},
            "population",
            "Select a valid choice. everyone is not one of the available",
        ),
        ({"group": "cats"}, "group", "Select a valid choice. cats is not one of the available choices."),
        ({"population": ""}, "population", "Choose whose losses this figure counts."),
        (
            {"new_kind": "alien"},
            "new_kind",
            "Select a valid choice. alien is not one of the available choices.",
        ),
        ({"new_kind": "ministry", "new_name": ""}, "new_name", "Type the new actor's name"),
        ({"new_kind": "ministry", "new_name": "X"}, "new_kind", "Choose an actor or create one, not both"),
        (
            {"new_name": "Typed, no kind", "originator": ""},
            "new_kind",
            "Choose the new actor's kind to create it",
        ),
        ({"new_name": "x" * 201, "new_kind": "ngo", "originator": ""}, "new_name", "at most 200 characters"),
    ],
)
def test_junk_in_a_worksheet_row_is_refused_with_an_error_on_that_row(
    editor_client, rferl_source, changes, field, error
):
    page = editor_client.get(extract_url(rferl_source))
    russia = row_of(page, "as many as 5,000 deaths")
    row = {f"{name}_{russia}": value for name, value in changes.items()}
    data = as_posted(page, conflict=ConflictFactory().pk, **{f"pick_{russia}": "on"}, **row)
    response = editor_client.post(extract_url(rferl_source), data)
    assert response.status_code == 200
    errors = errors_of(response)
    assert list(errors) == [f"{field}_{russia}"] and error in errors[f"{field}_{russia}"][0]
    assert response.context["rows_with_errors"] == [russia + 1]
    assert not Claim.objects.exists() and Actor.objects.count() == 3


def test_one_new_name_with_two_kinds_is_refused(editor_client, rferl_source):
    page = editor_client.get(extract_url(rferl_source))
    zero, bodies = row_of(page, "no casualties"), row_of(page, "a large number of bodies")
    data = as_posted(
        page,
        conflict=ConflictFactory().pk,
        **{
            f"pick_{zero}": "on",
            f"originator_{zero}": "",
            f"new_name_{zero}": "NK army",
            f"new_kind_{zero}": "military",
        },
        **{f"pick_{bodies}": "on", f"new_name_{bodies}": "NK army", f"new_kind_{bodies}": "armed_group"},
    )
    response = editor_client.post(extract_url(rferl_source), data)
    assert errors_of(response) == {
        f"new_kind_{bodies}": ["Another row creates “NK army” as Military: give both one kind."]
    }
    assert not Claim.objects.exists() and not Actor.objects.filter(name="NK army").exists()


def test_a_user_who_may_not_add_actors_cannot_create_one_from_a_row(client, editor, rferl_source):
    from django.contrib.auth.models import Permission

    editor.groups.clear()
    editor.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_source", "add_claim", "view_claim", "view_actor"])
    )
    client.force_login(editor)
    page = client.get(extract_url(rferl_source))
    bodies = row_of(page, "a large number of bodies")
    data = as_posted(
        page,
        conflict=ConflictFactory().pk,
        **{f"pick_{bodies}": "on", f"new_name_{bodies}": "NK army", f"new_kind_{bodies}": "military"},
    )
    response = client.post(extract_url(rferl_source), data)
    assert errors_of(response) == {f"new_kind_{bodies}": ["You may not create actors: choose one on record."]}
    assert not Actor.objects.filter(name="NK army").exists()


def test_an_unticked_row_is_not_drafted_whatever_it_holds(editor_client, rferl_source):
    page = editor_client.get(extract_url(rferl_source))
    russia, bodies = row_of(page, "as many as 5,000 deaths"), row_of(page, "a large number of bodies")
    data = as_posted(
        page,
        conflict=ConflictFactory().pk,
        **{f"pick_{russia}": "on"},
        **{
            f"new_name_{bodies}": "NK army",
            f"new_kind_{bodies}": "military",
            f"originator_{bodies}": "999999",
        },
    )
    assert editor_client.post(extract_url(rferl_source), data).status_code == 302
    assert list(Claim.objects.values_list("phrase", flat=True)) == ["as many as 5,000 deaths"]
    assert not Actor.objects.filter(name="NK army").exists()


def query_shapes(queries) -> list[str]:
    """Return the queries without their values: what they read or write, not how many rows."""
    shapes = []
    for query in queries:
        sql = re.sub(r'^DECLARE "[^"]+" NO SCROLL CURSOR (WITH HOLD )?FOR ', "", query["sql"])
        sql = re.sub(r"^\d+ times: ", "", sql)  # (SQLite's executemany)
        # (PostgreSQL's bulk inserts and locks name their rows in an array, its ids come from a series)
        shapes.append(
            re.split(r" WHERE | VALUES |SAVEPOINT | SELECT \* FROM UNNEST| FROM unnest|generate_series", sql)[
                0
            ]
        )
    return shapes


def test_the_worksheet_is_saved_with_the_same_queries_whatever_the_number_of_figures(editor_client):
    on_record = [ActorFactory(name=f"On record {i}") for i in range(3)]

    def save(figures: int) -> list[str]:
        text = " ".join(
            f"In town {i}, {i + 10} civilians were killed, the ministry said." for i in range(figures)
        )
        source = SourceFactory(text=text)
        page = editor_client.get(extract_url(source))
        rows = {}
        for i in range(figures):
            rows |= {f"pick_{i}": "on", f"population_{i}": ["civilian", "military", "all"][i % 3]}
            rows |= {f"group_{i}": ["all", "children", "women"][i % 3]}
            if i % 3 == 2:  # every third figure's originator is a new actor, one a figure
                rows |= {f"new_name_{i}": f"New actor {figures}-{i}", f"new_kind_{i}": "ngo"}
            else:
                rows |= {f"originator_{i}": on_record[i % 3].pk}
        data = as_posted(page, conflict=ConflictFactory().pk, **rows)
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.post(extract_url(source), data)
        assert response.status_code == 302, errors_of(response)
        assert Claim.objects.filter(chain__source=source).count() == figures
        assert Actor.objects.filter(name__startswith=f"New actor {figures}-").count() == figures // 3
        return query_shapes(queries.captured_queries)

    small, large = save(3), save(30)
    assert small == large, "\n".join(q[:120] for q in large)
    # The worksheet's own: the names matched (each row's proposed actor), the actors the rows chose, whether
    # a new name is an actor's already, the new actors and their history; then the draft write, whose queries
    # do not depend on the number of claims either (tests/test_write_budgets.py).
    actors = [q.split(" FROM ")[0][:30] for q in small if re.search(r'"claims_(historical)?actor"', q)]
    assert actors == [
        'SELECT "claims_actor"."id", "c',  # the names matched
        'SELECT "claims_actor"."id", "c',  # the chosen actors (in_bulk)
        'SELECT "claims_actor"."id", "c',  # the new names: one on record already?
        'INSERT INTO "claims_actor" ("n',  # the new actors
        'INSERT INTO "claims_historical',  # their history
        'SELECT "claims_actor"."id" AS ',  # the drafts' originators' roots (the write path)
    ], "\n".join(small)


def test_a_full_page_of_the_worksheet_is_within_the_fields_a_form_may_post(editor_client, settings):
    figures = settings.EXTRACT_PAGE_SIZE
    text = " ".join(
        f"In town {i}, {i + 10} civilians were killed, the ministry said." for i in range(figures)
    )
    source = SourceFactory(text=text)
    page = editor_client.get(extract_url(source))
    assert len(page.context["rows"]) == figures
    data = as_posted(page, conflict=ConflictFactory().pk, pick_0="on", **{f"pick_{figures - 1}": "on"})
    assert len(data) > 1000  # Django's default limit
    response = editor_client.post(extract_url(source), data)
    assert response.status_code == 302, errors_of(response)
    assert Claim.objects.count() == 2
