"""Breakdowns (issue 15): "about 70 civilians, including 18 children, were killed" is a total and a part, and the
part names its total (Claim.breakdown_of): checked as a pair, recorded with the part's versions, linked by
extraction, and shown to partners only while the total is published."""

import datetime as dt
import json

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Max, ProtectedError
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from drf_spectacular.generators import SchemaGenerator

from claims import services
from claims.api.documents import render_all
from claims.api.renderers import ClaimCSVRenderer
from claims.models import Claim, ClaimVersion, FeedEntry, Status
from claims.parsing import extract_figures
from claims.services import create_draft_claims, retract_claim, transition_claim
from tests.conftest import admin_form_data
from tests.factories import ActorFactory, ClaimFactory, ConflictFactory, SourceFactory, review_into
from tests.factories import rewrite as save_anew
from tests.test_api import publish_in_bulk

pytestmark = pytest.mark.django_db

CLAIMS = "/api/v1/claims/"
CHANGES = "/api/v1/changes/"
TOTAL = {
    "phrase": "70 civilians were killed",
    "population": "civilian",
    "low": 70,
    "best": 70,
    "high": 70,
}
PART = {
    "phrase": "18 children",
    "population": "civilian",
    "group": "children",
    "low": 18,
    "best": 18,
    "high": 18,
}
SENTENCE = "The strike killed 70 civilians, including 18 children and 9 women, the ministry said."


@pytest.fixture
def war():
    return ConflictFactory(slug="breakdown-war")


@pytest.fixture
def total(war):
    return ClaimFactory(conflict=war, **TOTAL)


def unsaved_part(total: Claim, **fields) -> Claim:
    """Return a complete, unsaved claim that names `total` as the total it breaks down."""
    values = {
        "conflict": total.conflict,
        "metric": "killed",
        "qualifier": "exact",
        "quote": "The strike killed 70 civilians, including 18 children.",
        "breakdown_of": total,
        **PART,
    }
    return Claim(**(values | fields))


def breakdown_errors(claim: Claim) -> list[str]:
    with pytest.raises(ValidationError) as raised:
        claim.full_clean()
    return raised.value.message_dict["breakdown_of"]


# --- The model's rules ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total_fields", "part_fields"),
    [
        ({}, {}),
        ({"metric": "casualties"}, {"metric": "killed"}),  # the killed among casualties
        ({"metric": "casualties"}, {"metric": "wounded"}),
        ({"population": "all"}, {}),  # a total of everyone holds the civilians' part
        ({"group": "all"}, {"group": "women"}),
        ({}, {"group": "all", "phrase": "18 in Martuni"}),  # a part by place counts what its total counts
        ({}, {"low": 70, "best": 70, "high": 70}),  # all of them
        # Compared conservatively: only where both say how many.
        ({"qualifier": "more_than", "low": 51, "best": None, "high": None}, {"qualifier": "approximate",
         "low": None, "best": 80, "high": None}),
        ({}, {"qualifier": "at_most", "low": None, "best": None, "high": 90}),
        ({}, {"qualifier": "unquantified", "low": None, "best": None, "high": None}),
        ({"qualifier": "range", "low": 60, "best": None, "high": 75}, {"qualifier": "range", "low": 70,
         "best": None, "high": 80}),
    ],
)  # fmt: skip
def test_a_part_that_fits_its_total_is_valid(war, total_fields, part_fields):
    fields = {"metric": total_fields.pop("metric", "killed"), **TOTAL, **total_fields}
    total = ClaimFactory(conflict=war, **fields)
    part = unsaved_part(total, **part_fields)
    part.full_clean()


@pytest.mark.parametrize(
    ("total_fields", "part_fields", "message"),
    [
        ({"metric": "wounded"}, {}, "counts “wounded”: a part of it counts “wounded”, not “killed”"),
        ({"metric": "killed"}, {"metric": "casualties"},
         "counts “killed”: a part of it counts “killed”, not “casualties (killed or wounded)”"),
        ({"metric": "casualties"}, {"metric": "missing"},
         "a part of it counts “casualties (killed or wounded)”, or the killed or the wounded among them"),
        ({"population": "military"}, {}, "counts military only: a part of it counts military too"),
        ({}, {"population": "all"}, "counts civilians only: a part of it counts civilians too"),
        ({"group": "women"}, {}, "counts women only"),
        ({"low": 10, "best": 10, "high": 10}, {}, "This figure (18) counts more than its total"),
        ({"qualifier": "at_most", "low": None, "best": None, "high": 15},
         {"qualifier": "at_least", "low": 18, "best": 18, "high": None}, "(≥ 18) counts more than its total"),
        ({"qualifier": "approximate", "low": None, "best": 15, "high": None},
         {"qualifier": "approximate", "low": None, "best": 18, "high": None}, "counts more than its total"),
        ({"qualifier": "fewer_than", "low": None, "best": None, "high": 9},
         {"qualifier": "more_than", "low": 11, "best": None, "high": None}, "(> 10) counts more than its total"),
    ],
)  # fmt: skip
def test_a_part_that_does_not_fit_its_total_is_refused_on_the_field(war, total_fields, part_fields, message):
    fields = {**TOTAL, **total_fields}
    total = ClaimFactory(conflict=war, **fields)
    [error] = breakdown_errors(unsaved_part(total, **part_fields))
    assert message in error and f"#{total.pk}" in error


def test_a_part_belongs_to_its_totals_conflict(total):
    [error] = breakdown_errors(unsaved_part(total, conflict=ConflictFactory()))
    assert f"The claim #{total.pk} is about another conflict" in error


def test_a_breakdown_has_one_level(total):
    part = ClaimFactory(conflict=total.conflict, breakdown_of=total, **PART)
    [error] = breakdown_errors(unsaved_part(part, group="children", low=5, best=5, high=5))
    assert f"The claim #{part.pk} is itself a part of #{total.pk}" in error
    assert f"choose the total, #{total.pk}" in error


def test_a_claim_cannot_be_a_part_of_itself_in_the_form_nor_in_the_database(total):
    total.breakdown_of = total
    assert breakdown_errors(total) == ["A claim cannot be a part of itself."]
    with pytest.raises(IntegrityError) as raised, transaction.atomic():
        Claim.objects.filter(pk=total.pk).update(breakdown_of=total)
    assert "claims_claim_not_part_of_itself" in str(raised.value)


def test_a_total_is_never_deleted_from_under_its_parts(total):
    ClaimFactory(conflict=total.conflict, breakdown_of=total, **PART)
    with pytest.raises(ProtectedError):
        Claim.objects.filter(pk=total.pk).delete()


# --- The write path ---------------------------------------------------------------------------------------------


def test_a_part_is_written_with_its_total_and_versioned(total, editor):
    part = ClaimFactory(conflict=total.conflict, **PART)
    part = save_anew(part, by=editor, breakdown_of=total, reason="Linked to its total.")
    assert part.breakdown_of == total and list(total.parts.all()) == [part]
    version = part.versions.latest("number")
    assert version.record["breakdown_of"] == total.pk and version.changed == ["breakdown_of"]


def test_the_write_path_refuses_what_the_model_refuses(total):
    with pytest.raises(ValidationError) as raised:
        ClaimFactory(conflict=total.conflict, breakdown_of=total, **(PART | {"metric": "missing"}))
    assert "counts “killed”" in raised.value.message_dict["breakdown_of"][0]
    assert not total.parts.exists()


def test_a_total_with_parts_does_not_become_a_part(total):
    part = ClaimFactory(conflict=total.conflict, breakdown_of=total, **PART)
    larger = ClaimFactory(conflict=total.conflict, **(TOTAL | {"low": 900, "best": 900, "high": 900}))
    with pytest.raises(ValidationError) as raised:
        save_anew(total, breakdown_of=larger)
    [error] = raised.value.message_dict["breakdown_of"]
    assert f"This claim is the total of #{part.pk}, and a breakdown has one level" in error
    assert Claim.objects.get(pk=total.pk).breakdown_of is None


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"metric": "wounded"}, "metric", "counts “wounded”: a part of it counts “wounded”, not “killed”"),
        ({"low": 12, "best": 12, "high": 12}, "high", "This figure (18) counts more than its total"),
        ({"qualifier": "approximate", "low": None, "best": 12, "high": None}, "best", "counts more than"),
        ({"group": "women"}, "group", "counts women only"),
    ],
)
def test_a_total_does_not_change_so_that_its_parts_no_longer_fit(total, change, field, message):
    part = ClaimFactory(conflict=total.conflict, breakdown_of=total, **PART)
    with pytest.raises(ValidationError) as raised:
        save_anew(total, **change)
    [error] = raised.value.message_dict[field]
    assert (
        error.startswith(f"#{part.pk} (18 killed, civilians) is a part of this claim.") and message in error
    )


@pytest.mark.parametrize("status", ["rejected", "retracted"])
def test_a_part_that_left_the_record_holds_its_total_to_nothing(claim_in, total, status):
    claim_in(status, conflict=total.conflict, breakdown_of=total, **PART)
    assert save_anew(total, metric="wounded").metric == "wounded"


def test_a_totals_save_that_changes_nothing_its_parts_read_does_not_look_them_up(total, editor):
    ClaimFactory(conflict=total.conflict, breakdown_of=total, **PART)
    with CaptureQueriesContext(connection) as quiet:
        save_anew(total, by=editor, internal_note="Checked.")
    with CaptureQueriesContext(connection) as checked:
        save_anew(total, by=editor, low=71, best=71, high=71)
    assert len(checked) == len(quiet) + 1  # the parts, read once


def test_a_correction_of_a_part_is_a_part_of_the_same_total(claim_in, reviewer):
    total = claim_in("published", **TOTAL)
    part = claim_in("verified", conflict=total.conflict, breakdown_of=total, **PART)
    transition_claim(part, "publish", by=reviewer)
    correction = services.correct_claim(part, by=reviewer, reason="The ministry said 19.")
    assert correction.breakdown_of == total


def test_versions_recorded_before_breakdowns_read_as_no_link(total, editor):
    part = ClaimFactory(conflict=total.conflict, **PART)
    version = ClaimVersion.objects.get(claim=part)
    record = {name: value for name, value in version.record.items() if name != "breakdown_of"}
    ClaimVersion.objects.filter(pk=version.pk).update(record=record)  # as a version written before 0018
    stale = Claim.objects.get(pk=part.pk)
    services.save_claim(
        Claim(
            **{
                **{f.attname: getattr(stale, f.attname) for f in Claim._meta.concrete_fields},
                "area": "Kherson",
            }
        ),
        chain=[services.aggregate.hop_from_record(h) for h in record["chain"]],
        sides=record["sides"],
        by=editor,
        base_version=version.number,
    )
    assert Claim.objects.get(pk=part.pk).area == "Kherson"


# --- The admin --------------------------------------------------------------------------------------------------


def change_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def test_an_editor_links_a_part_to_its_total_and_both_pages_show_it(editor_client, total):
    part = ClaimFactory(conflict=total.conflict, **PART)
    data = admin_form_data(editor_client.get(change_url(part))) | {"breakdown_of": str(total.pk)}
    response = editor_client.post(change_url(part), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Claim.objects.get(pk=part.pk).breakdown_of_id == total.pk

    page = editor_client.get(change_url(total)).content.decode()
    assert f'<a href="{change_url(part)}">#{part.pk}</a> 18 killed, civilians, children (draft)' in page
    history = editor_client.get(reverse("admin:claims_claim_history", args=[part.pk]))
    [change] = [c for c in history.context["versions"][0].changes]
    assert (change.label, change.before, change.after) == ("Part of", "—", f"claim #{total.pk}")


def test_a_total_with_many_parts_lists_the_first_and_links_to_all(editor_client, total, monkeypatch):
    monkeypatch.setattr("claims.admin.claims.FIGURES_SHOWN", 2)
    parts = [ClaimFactory(conflict=total.conflict, breakdown_of=total, **PART) for _ in range(3)]
    page = editor_client.get(change_url(total)).content.decode()
    assert [f">#{part.pk}</a>" in page for part in parts] == [True, True, False]
    everything = reverse("admin:claims_claim_changelist") + f"?breakdown_of={total.pk}"
    assert f'href="{everything}"' in page
    assert editor_client.get(everything).context["cl"].result_count == 3


@pytest.mark.parametrize(
    ("chosen", "error"),
    [
        ("another conflict's", "is about another conflict"),
        ("itself", "A claim cannot be a part of itself."),
        ("a part", "is itself a part of"),
        ("larger", "counts more than its total"),
        ("unknown", "Select a valid choice."),
        ("abc", "Select a valid choice."),
        ("9" * 30, "Select a valid choice."),
    ],
)
def test_a_forged_total_is_a_form_error_not_a_500(editor_client, total, chosen, error):
    part = ClaimFactory(conflict=total.conflict, **PART)
    value = {
        "another conflict's": lambda: ClaimFactory(**TOTAL).pk,
        "itself": lambda: part.pk,
        "a part": lambda: ClaimFactory(conflict=total.conflict, breakdown_of=total, **PART).pk,
        "larger": lambda: (
            ClaimFactory(conflict=total.conflict, **(TOTAL | {"low": 5, "best": 5, "high": 5})).pk
        ),
        "unknown": lambda: 987654321,
    }.get(chosen, lambda: chosen)()
    data = admin_form_data(editor_client.get(change_url(part)))
    before = Claim.objects.filter(pk=part.pk).values().get()
    response = editor_client.post(change_url(part), data | {"breakdown_of": str(value)})
    assert response.status_code == 200
    assert error in " ".join(response.context["adminform"].form.errors["breakdown_of"])
    assert Claim.objects.filter(pk=part.pk).values().get() == before


def test_a_new_claim_may_name_its_total_in_the_form(editor_client, total):
    from tests.test_admin import claim_form_data

    data = claim_form_data(total.conflict, ActorFactory()) | {
        "phrase": "18 children",
        "qualifier": "exact",
        "low": "18",
        "best": "18",
        "high": "18",
        "population": "civilian",
        "group": "children",
        "breakdown_of": str(total.pk),
    }
    response = editor_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Claim.objects.get(phrase="18 children").breakdown_of == total


def test_a_stale_save_keeps_the_total_another_editor_linked(client, editor, second_reviewer, total):
    part = ClaimFactory(conflict=total.conflict, **PART)
    client.force_login(editor)
    stale = admin_form_data(client.get(change_url(part)))
    other = stale | {"breakdown_of": str(total.pk)}
    client.force_login(second_reviewer)
    assert client.post(change_url(part), other).status_code == 302

    client.force_login(editor)
    assert client.post(change_url(part), stale | {"area": "Martuni"}).status_code == 302
    part.refresh_from_db()
    assert (part.area, part.breakdown_of_id) == ("Martuni", total.pk)  # merged, not reverted


def test_two_stale_links_to_different_totals_are_a_conflict_naming_both(
    client, editor, second_reviewer, total
):
    other_total = ClaimFactory(conflict=total.conflict, **(TOTAL | {"phrase": "80 civilians were killed"}))
    part = ClaimFactory(conflict=total.conflict, **PART)
    client.force_login(editor)
    stale = admin_form_data(client.get(change_url(part)))
    client.force_login(second_reviewer)
    assert client.post(change_url(part), stale | {"breakdown_of": str(total.pk)}).status_code == 302

    client.force_login(editor)
    response = client.post(change_url(part), stale | {"breakdown_of": str(other_total.pk)})
    assert response.status_code == 200
    [error] = response.context["adminform"].form.errors["breakdown_of"]
    assert f"to “claim #{total.pk}”; yours is “claim #{other_total.pk}”" in error
    # Having seen the other total, the editor saves the form again: theirs is kept.
    assert client.post(change_url(part), admin_form_data(response)).status_code == 302
    assert Claim.objects.get(pk=part.pk).breakdown_of == other_total


# --- Extraction -------------------------------------------------------------------------------------------------


@pytest.fixture
def strike_source():
    ActorFactory(name="Ministry of Health", aliases="the ministry")
    return SourceFactory(text=SENTENCE, published_on=dt.date(2024, 3, 2))


def readings_of(source, groups: list[str], metrics: dict[str, str] | None = None):
    """Return the source's candidates and the readings of those of these groups (killed, unless `metrics` says)."""
    candidates = extract_figures(source.text, published_on=source.published_on)
    picked = [c for group in groups for c in candidates if c.figure.group == group]
    return candidates, [(c, (metrics or {}).get(c.figure.group, "killed")) for c in picked]


def test_the_reader_finds_the_breakdown_these_tests_draft(strike_source):
    candidates, _ = readings_of(strike_source, [])
    assert [(c.figure.group, c.part_of) for c in candidates] == [("all", None), ("children", 0), ("women", 0)]


def test_extraction_links_each_part_ticked_with_its_total(strike_source, war, editor):
    candidates, readings = readings_of(strike_source, ["children", "all", "women"])
    drafts = create_draft_claims(strike_source, readings, conflict=war, by=editor, candidates=candidates)
    by_group = {claim.group: claim for claim in drafts}
    assert by_group["children"].breakdown_of == by_group["all"]
    assert by_group["women"].breakdown_of == by_group["all"]
    assert by_group["all"].breakdown_of is None
    version = by_group["women"].versions.get()
    assert version.record["breakdown_of"] == by_group["all"].pk  # the draft's first version records the link


def test_a_part_ticked_without_its_total_or_that_does_not_fit_it_is_not_linked(strike_source, war, editor):
    candidates, readings = readings_of(strike_source, ["children"])
    [alone] = create_draft_claims(strike_source, readings, conflict=war, by=editor, candidates=candidates)
    assert alone.breakdown_of is None
    candidates, readings = readings_of(strike_source, ["all", "women"], metrics={"women": "missing"})
    drafts = create_draft_claims(strike_source, readings, conflict=war, by=editor, candidates=candidates)
    assert [claim.breakdown_of for claim in drafts] == [None, None]


def test_linking_drafts_costs_no_query_whatever_the_number_of_claims(strike_source, war, editor):
    candidates, readings = readings_of(strike_source, ["all", "children", "women"])

    def queries(**kwargs) -> int:
        with CaptureQueriesContext(connection) as captured:
            create_draft_claims(strike_source, readings, conflict=war, by=editor, **kwargs)
        return len(captured)

    queries(candidates=candidates)  # the drafts' quantities exist from now on
    linked = queries(candidates=candidates)
    assert queries() == linked  # the links cost nothing
    publish_in_bulk(300)
    assert queries(candidates=candidates) == linked  # nor does the size of the table
    assert Claim.objects.filter(breakdown_of__isnull=False).count() == 6


def test_the_extraction_page_links_a_part_ticked_with_its_total(editor_client, strike_source, war):
    page = editor_client.get(reverse("admin:claims_source_extract", args=[strike_source.pk]))
    rows = page.context["rows"]
    index = {row["candidate"].figure.group: n for n, row in enumerate(rows)}
    assert "part of “" in rows[index["children"]]["reading"]
    picked = [index["all"], index["children"]]
    data = {"conflict": war.pk, "text_sha256": strike_source.text_sha256}
    for n in picked:
        data |= {f"pick_{n}": "on", f"metric_{n}": "killed"}
    response = editor_client.post(reverse("admin:claims_source_extract", args=[strike_source.pk]), data)
    assert response.status_code == 302
    part = Claim.objects.get(group="children")
    assert part.breakdown_of == Claim.objects.get(group="all")


# --- Partners ---------------------------------------------------------------------------------------------------


def published_pair(claim_in, reviewer, total_status: str = Status.PUBLISHED) -> tuple[Claim, Claim]:
    """Return a total brought to `total_status` and a published part of it."""
    total = claim_in("draft", **TOTAL)
    part = claim_in("verified", conflict=total.conflict, breakdown_of=total, **PART)
    transition_claim(part, "publish", by=reviewer)
    review_into(total, total_status)
    return Claim.objects.get(pk=total.pk), Claim.objects.get(pk=part.pk)


def test_a_published_part_names_its_published_total_in_every_format(api, claim_in, reviewer):
    total, part = published_pair(claim_in, reviewer)
    detail = api.get(f"{CLAIMS}{part.pk}/").json()
    assert detail["breakdown_of"] == total.pk
    listed = {claim["id"]: claim for claim in api.get(CLAIMS).json()["results"]}
    assert listed[part.pk]["breakdown_of"] == total.pk and listed[total.pk]["breakdown_of"] is None
    csv = api.get(f"{CLAIMS}{part.pk}/", {"format": "csv"}).content.decode().splitlines()
    header, row = csv[0].split(","), csv[1].split(",")
    assert row[header.index("breakdown_of")] == str(total.pk)
    review = api.get(f"{CLAIMS}{part.pk}/", {"format": "jsonld"}).json()
    assert review["itemReviewed"]["isPartOf"] == {
        "@type": "Claim",
        "url": f"http://testserver{CLAIMS}{total.pk}/",
    }
    assert api.get(f"{CLAIMS}{total.pk}/", {"format": "jsonld"}).json()["itemReviewed"]["isPartOf"] is None


@pytest.mark.parametrize("total_status", ["draft", "in_review", "verified", "rejected", "retracted"])
def test_a_part_of_a_total_partners_do_not_see_reads_byte_for_byte_as_one_of_no_total(
    api, claim_in, reviewer, total_status
):
    total, part = published_pair(claim_in, reviewer, total_status)
    assert total.status == total_status and part.status == Status.PUBLISHED
    addresses = [
        f"{CLAIMS}{part.pk}/",
        f"{CLAIMS}{part.pk}/?format=csv",
        f"{CLAIMS}{part.pk}/?format=jsonld",
        CLAIMS,
        f"{CLAIMS}?format=csv",
        f"{CLAIMS}?format=jsonld",
        CHANGES,
    ]
    linked = [api.get(address).content for address in addresses]
    assert api.get(f"{CLAIMS}{part.pk}/").json()["breakdown_of"] is None
    Claim.objects.filter(pk=part.pk).update(breakdown_of=None)  # the same claim, without its link
    assert [api.get(address).content for address in addresses] == linked


def last_seq() -> int:
    return FeedEntry.objects.aggregate(last=Max("seq"))["last"] or 0


def test_publishing_or_retracting_a_total_sends_its_published_parts_again(api, claim_in, reviewer):
    total, part = published_pair(claim_in, reviewer, Status.VERIFIED)
    last = last_seq()

    def changed_parts(after: int) -> list:
        results = api.get(CHANGES, {"after": after}).json()["results"]
        return [change["claim"]["breakdown_of"] for change in results if change["id"] == part.pk]

    transition_claim(total, "publish", by=reviewer)
    assert changed_parts(last) == [total.pk]
    last = last_seq()
    retract_claim(total, by=reviewer, reason="Withdrawn.")
    assert changed_parts(last) == [None]


def test_publishing_a_claim_without_parts_sends_no_other_claim(api, claim_in, reviewer):
    claim = claim_in("verified")
    last = last_seq()
    transition_claim(claim, "publish", by=reviewer)
    assert {entry.claim_id for entry in FeedEntry.objects.filter(seq__gt=last, claim__isnull=False)} == {
        claim.pk
    }


@pytest.mark.parametrize("page_size", [10, 100])
def test_the_claims_list_costs_the_same_queries_with_breakdowns(api, django_assert_num_queries, page_size):
    publish_in_bulk(200)
    ids = list(Claim.objects.order_by("pk").values_list("pk", flat=True))
    Claim.objects.filter(pk__in=ids[1::2]).update(breakdown_of=ids[0])  # half of them parts of the first
    render_all()  # an UPDATE goes around the write path: render as `manage.py render_documents` does
    # 1 key lookup, 2 the page of claims joined to their stored documents
    with django_assert_num_queries(2):
        page = api.get(CLAIMS, {"page_size": page_size}).json()["results"]
    assert {claim["breakdown_of"] for claim in page} == {None, ids[0]}


def test_the_schema_describes_breakdown_of_as_a_nullable_claim_id():
    schema = json.loads(json.dumps(SchemaGenerator().get_schema(public=True), default=str))
    field = schema["components"]["schemas"]["Claim"]["properties"]["breakdown_of"]
    assert field["type"] == "integer" and field["nullable"] is True and field["readOnly"] is True
    assert "not published" in field["description"]


def test_csv_carries_breakdown_of_next_to_what_is_counted():
    columns = ClaimCSVRenderer.columns
    assert columns.index("breakdown_of") == columns.index("as_of") + 1


@pytest.mark.parametrize("earlier_status", ["draft", "in_review", "verified", "rejected"])
def test_a_superseded_claim_partners_do_not_see_is_not_named_either(api, claim_in, reviewer, earlier_status):
    """The same rule for `supersedes` (found while building breakdown_of): an editor may link any earlier
    statement, and partners must not learn of one they cannot see."""
    earlier = claim_in("draft", **TOTAL)
    review_into(earlier, earlier_status)
    later = claim_in("verified", conflict=earlier.conflict, **TOTAL)
    transition_claim(later, "publish", by=reviewer)
    addresses = [f"{CLAIMS}{later.pk}/", f"{CLAIMS}{later.pk}/?format=csv", CLAIMS, CHANGES]
    before = [api.get(address).content for address in addresses]
    Claim.objects.filter(pk=later.pk).update(supersedes=earlier)
    render_all()  # an UPDATE goes around the write path: render as `manage.py render_documents` does
    assert api.get(f"{CLAIMS}{later.pk}/").json()["supersedes"] is None
    assert [api.get(address).content for address in addresses] == before
    Claim.objects.filter(pk=earlier.pk).update(status=Status.PUBLISHED)  # now partners may know of it
    render_all()
    assert api.get(f"{CLAIMS}{later.pk}/").json()["supersedes"] == earlier.pk
