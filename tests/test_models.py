import datetime as dt
import hashlib

import pytest
from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, transaction

from claims.models import (
    REQUIRED_BOUNDS,
    Actor,
    AttributionHop,
    Claim,
    Conflict,
    Qualifier,
    Quantity,
    ReviewEvent,
    Source,
    normalise_url,
)
from tests.factories import (
    ActorFactory,
    ClaimFactory,
    ConflictFactory,
    SourceFactory,
    relay,
    review_into,
    rewrite,
)

pytestmark = pytest.mark.django_db

NO_BOUNDS = {"low": None, "best": None, "high": None}

# (constraint rule, claim fields that break it, the form field the error is reported on)
CLAIM_VIOLATIONS = [
    ("low_not_negative", {"qualifier": "at_least", **NO_BOUNDS, "low": -1}, "low"),
    ("best_not_negative", {"qualifier": "approximate", **NO_BOUNDS, "best": -5}, "best"),
    ("high_not_negative", {"qualifier": "at_most", **NO_BOUNDS, "high": -1}, "high"),
    ("low_not_above_best", {"qualifier": "at_least", "low": 10, "best": 5, "high": None}, "best"),
    ("best_not_above_high", {"qualifier": "approximate", "low": None, "best": 10, "high": 5}, "high"),
    ("low_not_above_high", {"qualifier": "range", "low": 5000, "best": None, "high": 100}, "high"),
    ("exact_bounds", {"qualifier": "exact", "low": 5, "best": None, "high": 5}, "low"),
    ("exact_bounds_equal", {"qualifier": "exact", "low": 5, "best": 5, "high": 6}, "high"),
    ("approximate_bounds", {"qualifier": "approximate", **NO_BOUNDS}, "best"),
    ("at_least_bounds", {"qualifier": "at_least", **NO_BOUNDS, "best": 5}, "low"),
    ("more_than_bounds", {"qualifier": "more_than", **NO_BOUNDS}, "low"),
    ("at_most_bounds", {"qualifier": "at_most", **NO_BOUNDS, "low": 1}, "high"),
    ("fewer_than_bounds", {"qualifier": "fewer_than", **NO_BOUNDS}, "high"),
    ("range_bounds", {"qualifier": "range", **NO_BOUNDS, "low": 10}, "low"),
    ("vague_bounds", {"qualifier": "vague", **NO_BOUNDS, "high": 100}, "low"),
    ("unquantified_bounds", {"qualifier": "unquantified", **NO_BOUNDS, "best": 3}, "qualifier"),
    (
        "period_ends_after_start",
        {"period_start": dt.date(2020, 11, 10), "period_end": dt.date(2020, 9, 27)},
        "period_end",
    ),
    ("metric_known", {"metric": ""}, "metric"),  # a form leaves an empty optional field out of its checks
    ("population_known", {"population": "everyone"}, "population"),
    ("group_known", {"group": "teenagers"}, "group"),
    ("qualifier_known", {"qualifier": "roughly", **NO_BOUNDS}, "qualifier"),
    ("convention_known", {"convention": "generous"}, "convention"),
    ("status_known", {"status": "archived"}, "status"),
    ("rating_known", {"rating": "unverifiable"}, "rating"),
]


def inserted(**fields) -> Claim:
    """Insert a claim with the database's own checks alone: no model validation, no write path."""
    conflict = fields.pop("conflict", None) or ConflictFactory()
    quantity, _ = Quantity.objects.get_or_create(conflict=conflict, metric="killed", population="all")
    values = {
        "metric": "killed",
        "phrase": "x",
        "quote": "x",
        "qualifier": "exact",
        "low": 1,
        "best": 1,
        "high": 1,
    }
    [claim] = Claim.objects.bulk_create([Claim(conflict=conflict, quantity=quantity, **(values | fields))])
    return claim


def claim_constraint_names() -> set[str]:
    return {constraint.name for constraint in Claim._meta.constraints}


def test_every_claim_constraint_has_a_violation_case():
    tested_elsewhere = {"not_superseding_itself", "verifier_is_not_author", "publisher_is_not_author"}
    tested_elsewhere |= {"retraction_has_reason", "not_correcting_itself"}
    tested_elsewhere |= {"not_part_of_itself"}  # tests/test_breakdowns.py
    tested = {f"claims_claim_{rule}" for rule, _, _ in CLAIM_VIOLATIONS}
    assert tested | {f"claims_claim_{rule}" for rule in tested_elsewhere} == claim_constraint_names()


@pytest.mark.parametrize(
    ("rule", "fields", "field"), CLAIM_VIOLATIONS, ids=[case[0] for case in CLAIM_VIOLATIONS]
)
def test_full_clean_reports_broken_claim_rule_on_its_field(rule, fields, field):
    claim = ClaimFactory.build(conflict=ConflictFactory(), originator=ActorFactory(), **fields)
    with pytest.raises(ValidationError) as raised:
        claim.full_clean()
    assert field in raised.value.message_dict
    constraint = next(c for c in Claim._meta.constraints if c.name == f"claims_claim_{rule}")
    assert constraint.violation_error_message in raised.value.message_dict[field]


@pytest.mark.parametrize(
    ("rule", "fields", "field"), CLAIM_VIOLATIONS, ids=[case[0] for case in CLAIM_VIOLATIONS]
)
def test_database_refuses_broken_claim_rule(rule, fields, field):
    with pytest.raises(IntegrityError) as raised, transaction.atomic():
        inserted(**fields)
    # SQLite names the failed constraint; PostgreSQL too. Both say which rule was broken.
    assert f"claims_claim_{rule}" in str(raised.value)


@pytest.mark.parametrize("qualifier", list(Qualifier))
def test_each_qualifier_accepts_exactly_its_required_bounds(qualifier):
    bounds = dict.fromkeys(REQUIRED_BOUNDS[qualifier], 7)
    claim = ClaimFactory(qualifier=qualifier, **{**NO_BOUNDS, **bounds})
    claim.full_clean()
    assert Claim.objects.get(pk=claim.pk).qualifier == qualifier


@pytest.mark.parametrize(("field", "message"), [("supersedes", "supersede"), ("corrects", "correct")])
def test_claim_cannot_supersede_or_correct_itself(field, message):
    claim = ClaimFactory()
    setattr(claim, field, claim)
    with pytest.raises(ValidationError) as raised:
        claim.full_clean()
    assert f"A claim cannot {message} itself." in str(raised.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(**{field: claim})


def test_claim_may_supersede_an_earlier_claim():
    earlier = ClaimFactory()
    later = ClaimFactory(originator=earlier.originator, conflict=earlier.conflict, supersedes=earlier)
    later.full_clean()
    assert list(earlier.superseded_by.all()) == [later]


def test_conflict_cannot_end_before_it_starts():
    conflict = ConflictFactory.build(started_on=dt.date(2020, 9, 27), ended_on=dt.date(2020, 9, 1))
    with pytest.raises(ValidationError) as raised:
        conflict.full_clean()
    assert "The end date must not be before the start date." in raised.value.message_dict["ended_on"]
    with pytest.raises(IntegrityError), transaction.atomic():
        conflict.save()


def test_actor_cannot_act_on_behalf_of_itself():
    actor = ActorFactory()
    actor.acts_on_behalf_of = actor
    with pytest.raises(ValidationError) as raised:
        actor.full_clean()
    assert "An actor cannot act on behalf of itself." in raised.value.message_dict["acts_on_behalf_of"]
    with pytest.raises(IntegrityError), transaction.atomic():
        Actor.objects.filter(pk=actor.pk).update(acts_on_behalf_of=actor)


def test_new_actor_acting_for_another_passes_validation():
    government = ActorFactory(kind="government")
    ministry = ActorFactory.build(kind="ministry", acts_on_behalf_of=government)
    ministry.full_clean()


def test_hop_positions_are_unique_within_a_chain():
    claim = ClaimFactory()
    hop = claim.chain.get()
    duplicate = AttributionHop(claim=claim, position=0, actor=hop.actor, relation="relayed")
    with pytest.raises(ValidationError) as raised:
        duplicate.full_clean()
    assert "Each position in a chain can be used only once." in str(raised.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        AttributionHop.objects.bulk_create([duplicate])
    assert ClaimFactory().chain.get().position == 0  # the same position in another chain is fine


@pytest.mark.parametrize(
    ("position", "fits"), [(-1, False), (0, True), (99, True), (100, False), (70000, False)]
)
def test_hop_position_fits_its_column_on_every_engine(position, fits):
    claim = ClaimFactory(chain=[])
    hop = AttributionHop(claim=claim, position=position, actor=ActorFactory(), relation="stated")
    if fits:
        hop.full_clean()
        AttributionHop.objects.bulk_create([hop])
        return
    with pytest.raises(ValidationError) as raised:
        hop.full_clean()
    assert "position" in raised.value.message_dict
    with pytest.raises((IntegrityError, DataError)), transaction.atomic():
        AttributionHop.objects.bulk_create([hop])


def test_a_hop_relation_is_one_of_the_relations():
    hop = AttributionHop(claim=ClaimFactory(chain=[]), position=0, actor=ActorFactory(), relation="shouted")
    with pytest.raises(ValidationError) as raised:
        hop.full_clean()
    assert "relation" in raised.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        AttributionHop.objects.bulk_create([hop])


def test_claims_and_hops_are_written_only_by_the_write_path():
    claim = ClaimFactory()
    with pytest.raises(RuntimeError, match=r"services\.save_claims"):
        claim.save()
    with pytest.raises(RuntimeError, match="changes only with its claim"):
        claim.chain.get().save()


def test_source_url_is_unique_once_normalised():
    SourceFactory(url="https://www.rferl.org/a/karabakh/30932.html")
    same_document = SourceFactory.build(
        url="HTTPS://WWW.RFERL.ORG:443/a/karabakh/30932.html?utm_source=twitter#comments",
        publisher=ActorFactory(),
    )
    with pytest.raises(ValidationError) as raised:
        same_document.full_clean()
    assert raised.value.message_dict["url"] == [
        "This document is already captured as a source: search for it instead."
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        same_document.save()


@pytest.mark.parametrize(
    ("url", "normalised"),
    [
        ("https://www.rferl.org/a/30932.html", "https://www.rferl.org/a/30932.html"),
        ("HTTP://Example.ORG:80/Path?b=2&a=1", "http://example.org/Path?b=2&a=1"),
        ("https://example.org:8443/x", "https://example.org:8443/x"),
        ("https://example.org", "https://example.org/"),
        ("https://example.org/a?utm_medium=x&id=4&fbclid=abc#top", "https://example.org/a?id=4"),
        ("  https://example.org/a  ", "https://example.org/a"),
    ],
)
def test_normalise_url(url, normalised):
    assert normalise_url(url) == normalised


def test_source_text_snapshot_gets_its_sha256_on_save():
    source = SourceFactory(text="no casualties were reported")
    assert source.text_sha256 == hashlib.sha256(b"no casualties were reported").hexdigest()
    source.text = ""
    source.save()
    assert Source.objects.get(pk=source.pk).text_sha256 == ""


@pytest.mark.parametrize(
    ("fields", "reads"),
    [
        ({"qualifier": "at_most", **NO_BOUNDS, "high": 5000}, "≤ 5,000 killed"),
        ({"qualifier": "exact", "low": 0, "best": 0, "high": 0, "metric": "casualties"}, "0 casualties"),
        (
            {"qualifier": "approximate", **NO_BOUNDS, "best": 90, "population": "civilian"},
            "≈ 90 killed, civilians",
        ),
        ({"qualifier": "more_than", **NO_BOUNDS, "low": 101, "metric": "missing"}, "> 100 missing"),
        ({"qualifier": "fewer_than", **NO_BOUNDS, "high": 9}, "< 10 killed"),
        ({"qualifier": "range", "low": 1000, "best": None, "high": 2000}, "1,000–2,000 killed"),
        (
            {"qualifier": "vague", **NO_BOUNDS, "low": 1000, "population": "military"},
            "≥ 1,000 killed, military",
        ),
        ({"qualifier": "unquantified", **NO_BOUNDS}, "an unquantified number killed"),
    ],
)
def test_figure_text_reads_like_a_person_would_say_it(fields, reads):
    assert ClaimFactory.build(**fields).figure_text() == reads


def test_figure_text_says_all_sides_when_every_party_is_counted():
    conflict = ConflictFactory()
    azerbaijan, armenia = ActorFactory(name="Azerbaijan"), ActorFactory(name="Armenia")
    conflict.parties.add(azerbaijan, armenia)
    claim = ClaimFactory(
        conflict=conflict, qualifier="at_most", sides=[azerbaijan], **{**NO_BOUNDS, "high": 5000}
    )
    assert Claim.objects.with_figure_labels().get().figure_text() == "≤ 5,000 killed, Azerbaijan"
    rewrite(claim, sides=[azerbaijan, armenia])
    assert Claim.objects.with_figure_labels().get().figure_text() == "≤ 5,000 killed, all sides"


def test_every_model_reads_as_text():
    claim = ClaimFactory()
    claim = rewrite(
        claim, chain=[*[relay(claim.originator, "stated", source=None)], relay(ActorFactory(name="TASS"))]
    )
    hop = claim.chain.get(position=1)
    assert str(hop) == "1: TASS relayed"
    assert str(hop.claim) == f"12 killed ({hop.claim.originator.name})"
    assert str(hop.source) == hop.source.title
    assert str(hop.claim.conflict) == hop.claim.conflict.name
    assert str(Conflict(name="War")) == "War"


@pytest.mark.parametrize(
    ("role", "message"),
    [
        ("verified_by", "Nobody verifies their own claim."),
        ("published_by", "Nobody publishes their own claim."),
    ],
)
def test_author_cannot_be_recorded_as_verifier_or_publisher(django_user_model, role, message):
    author = django_user_model.objects.create_user("author")
    claim = ClaimFactory.build(conflict=ConflictFactory(), originator=ActorFactory(), created_by=author)
    setattr(claim, role, author)
    with pytest.raises(ValidationError) as raised:
        claim.full_clean()
    assert message in raised.value.messages
    with pytest.raises(IntegrityError), transaction.atomic():
        inserted(created_by=author, **{role: author})


def test_retracted_claim_needs_a_reason():
    claim = ClaimFactory.build(conflict=ConflictFactory(), originator=ActorFactory(), status="retracted")
    with pytest.raises(ValidationError) as raised:
        claim.full_clean()
    assert "A retraction needs a reason." in raised.value.messages
    with pytest.raises(IntegrityError), transaction.atomic():
        inserted(status="retracted")
    claim.retraction_reason = "Misread the figure."
    claim.full_clean(exclude=["quantity"])


def test_each_write_makes_a_version_of_the_whole_claim():
    claim = ClaimFactory()
    assert (claim.version, claim.versions.get().number) == (1, 1)
    claim = rewrite(claim, area="Martuni", reason="The area is named in the second paragraph.")
    claim = rewrite(claim, chain=[relay(claim.originator, "stated", source=None), relay()])
    review_into(claim, "published")
    versions = list(claim.versions.order_by("number").values_list("number", "changed"))
    assert [number for number, _ in versions] == [1, 2, 3, 4, 5, 6] and Claim.objects.get(
        pk=claim.pk
    ).version == 6
    assert versions[1][1] == ["area"] and versions[2][1] == ["chain"]


def test_review_events_are_append_only(django_user_model):
    event = ReviewEvent.objects.create(
        claim=ClaimFactory(),
        by=django_user_model.objects.create_user("r"),
        from_status="draft",
        to_status="in_review",
    )
    event.note = "rewritten"
    with pytest.raises(ValueError, match="append-only"):
        event.save()


def test_actor_root_is_the_top_of_its_chain_and_follows_re_parenting():
    russia, france = (
        ActorFactory(name="Russia", kind="government"),
        ActorFactory(name="France", kind="government"),
    )
    kremlin = ActorFactory(name="Kremlin press office", acts_on_behalf_of=russia)
    spokesman = ActorFactory(name="Spokesman", kind="individual", acts_on_behalf_of=kremlin)
    assert (russia.root, kremlin.root, spokesman.root) == (None, russia, russia)
    kremlin.acts_on_behalf_of = france
    kremlin.save()
    spokesman.refresh_from_db()
    assert spokesman.root == france


def test_actor_cannot_act_on_behalf_of_its_own_agent():
    ministry = ActorFactory(name="Ministry")
    spokesperson = ActorFactory(name="Spokesperson", acts_on_behalf_of=ministry)
    ministry.acts_on_behalf_of = spokesperson
    with pytest.raises(ValidationError) as raised:
        ministry.full_clean()
    assert "that is a loop" in raised.value.message_dict["acts_on_behalf_of"][0]
    with pytest.raises(ValueError, match="acts on its behalf"):
        ministry.save()


FIGURE_VIOLATIONS = [
    case for case in CLAIM_VIOLATIONS if not case[0].endswith("_known")
]  # choices: field checks


@pytest.mark.parametrize(
    ("rule", "fields", "field"), FIGURE_VIOLATIONS, ids=[case[0] for case in FIGURE_VIOLATIONS]
)
def test_figure_problems_agree_with_the_database_constraints(rule, fields, field):
    claim = ClaimFactory.build(**fields)
    constraint = next(c for c in Claim._meta.constraints if c.name == f"claims_claim_{rule}")
    assert claim.figure_problems()[field] == constraint.violation_error_message


@pytest.mark.parametrize("qualifier", list(Qualifier))
def test_figure_problems_accept_what_the_database_accepts(qualifier):
    bounds = dict.fromkeys(REQUIRED_BOUNDS[qualifier], 7)
    assert ClaimFactory.build(qualifier=qualifier, **{**NO_BOUNDS, **bounds}).figure_problems() == {}


def test_a_source_url_with_a_port_out_of_range_is_a_form_error(editor_client):
    from django.urls import reverse

    from tests.factories import ActorFactory

    publisher = ActorFactory(kind="news_outlet")
    response = editor_client.post(
        reverse("admin:claims_source_add"),
        {"url": "https://example.org:99999/report", "title": "A report", "publisher": publisher.pk},
    )
    assert response.status_code == 200
    assert "must be a number from 0 to 65535" in str(response.context["adminform"].form.errors["url"])
