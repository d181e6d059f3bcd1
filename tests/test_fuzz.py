"""Fuzzing the partner API over a database that holds unpublished records beside published ones (issue 14).

Every operation of the schema, every parameter and every format (JSON, CSV, JSON-LD, GeoJSON, the browsable
API's HTML), with values schemathesis generates, valid and invalid, and now and then the id or slug of a
published record or of a hidden one. No answer is a 5xx, and none names a hidden record or gives its id.

Hidden records are recognisable: their names, slugs, URLs and texts say ZEBRA-HIDDEN, and every row made after
the published ones has an id from HIDDEN_IDS_FROM on. Searches look for "okapi", which only hidden texts hold
(beside ZEBRA-HIDDEN), so that a page echoing its own query is no false alarm.
"""

import base64
import contextlib
import datetime as dt
import io
import re
from urllib.parse import unquote

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from schemathesis.checks import not_a_server_error

from claims.models import Incident, Status
from claims.services import Hop
from tests.factories import ActorFactory, ClaimFactory, ConflictFactory, SourceFactory
from tests.test_schemathesis import (
    FIXED,
    KNOWN,
    data_for_the_module,
    flatmap_path_parameters,
    flatmap_query,
    partner_requests,
    schema,
    shown_to_partners,
)

HIDDEN_IDS_FROM = 7_770_000_000  # past 32 bits, and no published id, figure or date spells it
HIDDEN_ID = re.compile(r"777000\d{4}")
HIDDEN_WORDS = re.compile(r"zebra", re.IGNORECASE)
CURSOR = re.compile(r"cursor=([A-Za-z0-9+/%=]+)")


@contextlib.contextmanager
def ids_from(first: int):
    """Number the next rows of every table of the claims app from `first` on, until the block ends."""
    sequences = []
    try:
        with connection.cursor() as cursor:
            for model in apps.get_app_config("claims").get_models():
                if model._meta.proxy or model._meta.pk.get_internal_type() != "BigAutoField":
                    continue  # the history tables' 32-bit ids never reach partners
                table, column = model._meta.db_table, model._meta.pk.column
                if connection.vendor == "postgresql":
                    # A sequence is outside transactions: put it back as it was, for the tests that follow.
                    cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [table, column])
                    (sequence,) = cursor.fetchone()
                    cursor.execute(f"SELECT last_value, is_called FROM {sequence}")
                    sequences.append((sequence, *cursor.fetchone()))
                    cursor.execute("SELECT setval(%s, %s, false)", [sequence, first])
                else:  # SQLite's AUTOINCREMENT goes on from sqlite_sequence's number, rolled back with the rest
                    cursor.execute("DELETE FROM sqlite_sequence WHERE name = %s", [table])
                    cursor.execute(
                        "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, first - 1]
                    )
        yield
    finally:
        with connection.cursor() as cursor:
            for sequence, last_value, is_called in sequences:
                cursor.execute("SELECT setval(%s, %s, %s)", [sequence, last_value, is_called])


def make_hidden_records() -> dict[str, list]:
    """Make records partners must never meet and return their ids and slugs, by parameter and by resource:
    claims in draft, in review, verified and rejected, in a hidden conflict and in the demo's own, by hidden
    actors through a hidden source, about a hidden incident."""
    war = ConflictFactory(name="ZEBRA-HIDDEN war", slug="zebra-hidden-war")
    demo_war = ConflictFactory(slug="nagorno-karabakh-2020")  # the demo's, shown to partners
    ministry = ActorFactory(name="ZEBRA-HIDDEN ministry", kind="ministry")
    agency = ActorFactory(name="ZEBRA-HIDDEN agency", kind="news_agency")
    outlet = ActorFactory(name="ZEBRA-HIDDEN outlet", kind="news_outlet")
    source = SourceFactory(
        url="https://zebra-hidden.example/report", title="ZEBRA-HIDDEN report", publisher=outlet
    )
    for conflict in (war, demo_war):
        shelling = Incident.objects.create(
            conflict=conflict,
            name="ZEBRA-HIDDEN shelling",
            kind="shelling",
            started_on=dt.date(2020, 10, 4),
            place="Okapi village",
            admin1="ZEBRA-HIDDEN province",
            latitude=39.6,
            longitude=46.9,
            place_precision="exact",
            perpetrator=ministry,
        )
        for status in (Status.DRAFT, Status.IN_REVIEW, Status.VERIFIED, Status.REJECTED):
            ClaimFactory(
                status=status,
                conflict=conflict,
                incident=shelling,
                originator=ministry,
                chain=[Hop(ministry.pk, "stated"), Hop(agency.pk, "relayed", source.pk, None, "")],
                sides=[ministry],
                population="civilian",
                phrase="12 okapis were killed",
                quote="The ZEBRA-HIDDEN ministry counted 12 okapis.",
            )
    hidden = {
        "conflict": [war.slug, "zebra-hidden-retracted"],
        "originator": [ministry.pk, agency.pk, outlet.pk],
        "side": [ministry.pk, agency.pk, outlet.pk],
        "q": ["okapi", "12 okapis were killed"],
        "place": ["okapi", "Okapi village"],
        "conflicts": [war.slug, "zebra-hidden-retracted"],
    }
    # Another partner's webhook subscription: this partner must not learn it exists.
    from claims.models import Partner, WebhookSubscription
    from claims.webhooks import new_secret

    WebhookSubscription.objects.create(
        partner=Partner.objects.create(name="ZEBRA-HIDDEN other partner"),
        url="https://zebra-hidden.example.org/hooks",
        events=["claim.published"],
        secret=new_secret(),
    )
    for resource, model in RESOURCES.items():
        rows = apps.get_model("claims", model).objects.filter(pk__gte=HIDDEN_IDS_FROM)
        hidden[resource] = list(rows.values_list("pk", flat=True))
    hidden["incident"] = hidden["incidents"]
    return hidden


RESOURCES = {
    "claims": "Claim",
    "actors": "Actor",
    "sources": "Source",
    "incidents": "Incident",
    "estimates": "Quantity",
    "quantities": "Quantity",
    "webhooks": "WebhookSubscription",
    "releases": "Release",  # none: releases hold only what is published
}


@pytest.fixture(scope="module")
def hidden_records(django_db_setup, django_db_blocker):
    """The demo's published records, a retracted claim whose tombstone alone partners see, and hidden records
    (make_hidden_records): made once for the module, rolled back at its end."""
    with data_for_the_module(django_db_blocker):
        call_command("load_demo", stdout=io.StringIO())
        ClaimFactory(
            status=Status.RETRACTED,
            conflict=ConflictFactory(name="ZEBRA-HIDDEN retracted war", slug="zebra-hidden-retracted"),
            originator=ActorFactory(name="ZEBRA-HIDDEN retracted ministry"),
            quote="The ZEBRA-HIDDEN ministry counted 12 okapis.",
        )
        with ids_from(HIDDEN_IDS_FROM):
            hidden = make_hidden_records()
            shown = shown_to_partners()
            assert not set(hidden["claims"]) & set(shown["claims"]), "the hidden claims are hidden"
            KNOWN.update({name: [values, shown.get(name, [])] for name, values in hidden.items()})
            yield hidden
            KNOWN.clear()


@pytest.fixture
def published_and_hidden(hidden_records, db, api_key, monkeypatch, settings):
    with partner_requests(api_key, monkeypatch, settings) as headers:
        yield {"headers": headers, "hidden": hidden_records}


def hidden_record_in(body: bytes, ids: bool = True) -> str | None:
    """Return the passage of an answer that names a hidden record or spells one of their ids (unless `ids` is
    false), in any format, cursors included; or None."""
    text = body.decode("utf-8", "replace")
    cursors = " ".join(decoded(unquote(cursor)) for cursor in CURSOR.findall(text))
    for searched in (text, cursors):
        if found := HIDDEN_WORDS.search(searched) or (ids and HIDDEN_ID.search(searched)):
            return searched[max(found.start() - 80, 0) : found.end() + 80]
    return None


def decoded(cursor: str) -> str:
    try:
        return base64.b64decode(cursor).decode("latin-1")
    except ValueError:
        return cursor


def names_no_hidden_record(ctx, response, case):
    # What a POST creates (a partner's own webhook subscription) is numbered in the hidden range too, while the
    # module runs: its answer is checked for hidden names only.
    if passage := hidden_record_in(response.content, ids=case.method.upper() == "GET"):
        raise AssertionError(f"A hidden record in the answer: …{passage}…")


@schema.hooks.apply(flatmap_query)
@schema.hooks.apply(flatmap_path_parameters)
@schema.parametrize()
@FIXED
def test_no_answer_is_a_server_error_or_names_a_hidden_record(case, published_and_hidden):
    case.call_and_validate(
        headers=published_and_hidden["headers"], checks=[not_a_server_error, names_no_hidden_record]
    )


# Random values seldom name a hidden record: every one of them, in every place the API takes one, in every
# format, answers as a value that names nothing.

RECORD_PARAMETERS = ("conflict", "originator", "side", "incident")
UNKNOWN = {"slug": "no-such-war", "id": 987_654_321}


def requests_naming_hidden_records(hidden: dict):
    """Yield (path, query, the same request with an unknown value instead, or None) for every operation, every
    format (the browsable API's also by its Accept header), every place that takes an id, a slug or a search,
    and every hidden value there."""
    for template, operations in schema.raw_schema["paths"].items():
        if "get" not in operations:  # a webhook's replay or new secret: POST only (tests/test_webhooks.py)
            continue
        parameters = {parameter["name"]: parameter for parameter in operations["get"].get("parameters", [])}
        formats = [None, *parameters["format"]["schema"]["enum"]] if "format" in parameters else [None]
        resource = template.split("/")[3]
        for format in formats:
            query = {"format": format} if format else {}
            for key in ("id", "slug"):
                if f"{{{key}}}" in template:
                    unknown = template.replace(f"{{{key}}}", str(UNKNOWN[key]))
                    for value in hidden[resource]:
                        yield template.replace(f"{{{key}}}", str(value)), query, (unknown, query)
            for name in (*RECORD_PARAMETERS, "q", "place"):
                if name in parameters:
                    unknown = UNKNOWN["slug" if name == "conflict" else "id"]
                    for value in hidden[name]:
                        same = (template, {**query, name: unknown}) if name in RECORD_PARAMETERS else None
                        yield template, {**query, name: value}, same


@pytest.mark.parametrize("accept", ["*/*", "text/html"])
def test_every_hidden_record_answers_as_an_unknown_one_everywhere(client, published_and_hidden, accept):
    headers = {"HTTP_AUTHORIZATION": published_and_hidden["headers"]["Authorization"], "HTTP_ACCEPT": accept}
    tried = 0
    for path, query, unknown in requests_naming_hidden_records(published_and_hidden["hidden"]):
        response = client.get(path, query, **headers)
        assert response.status_code < 500, (path, query, response.content[:300])
        assert (passage := hidden_record_in(response.content)) is None, (path, query, passage)
        if unknown is not None:
            answer = client.get(*unknown, **headers)
            assert (response.status_code, response.content) == (answer.status_code, answer.content), (
                path,
                query,
            )
        tried += 1
    assert tried > 200  # every operation, format and hidden value
