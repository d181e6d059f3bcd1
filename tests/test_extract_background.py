"""A long source text is read for figures by the task worker, and its extraction page lists them a page at a time
(issue 17: "extraction of large texts ... run as tasks")."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import services
from claims.management.commands.load_demo import RFERL_TEXT
from claims.models import CaptureState, Claim, TextReading
from claims.parsing import extract_figures
from claims.services.reading import candidate_from_json, candidate_to_json, run_reading
from tests.capture_server import run_worker
from tests.factories import ActorFactory, ConflictFactory, SourceFactory

pytestmark = pytest.mark.django_db


def extract_url(source, page: int | None = None) -> str:
    url = reverse("admin:claims_source_extract", args=[source.pk])
    return f"{url}?page={page}" if page else url


def rferl_source():
    ActorFactory(name="Government of Russia", aliases="Russia\nKremlin", kind="government")
    return SourceFactory(publisher=ActorFactory(name="Radio Free Europe/Radio Liberty"), text=RFERL_TEXT)


@pytest.mark.django_db(transaction=True)
def test_a_long_text_is_read_by_the_worker_and_then_listed(editor_client, long_texts, database_tasks):
    source = rferl_source()
    waiting = editor_client.get(extract_url(source))
    html = " ".join(waiting.content.decode().split())
    assert waiting.status_code == 200 and "the worker reads its figures in English" in html
    assert '<meta http-equiv="refresh" content="5">' in html and "Reading queued since" in html
    reading = TextReading.objects.get()
    assert (reading.state, reading.text_sha256, reading.language) == ("queued", source.text_sha256, "en")
    editor_client.get(extract_url(source))
    assert TextReading.objects.count() == 1  # reloading waits for the same reading
    run_worker()
    reading.refresh_from_db()
    assert reading.state == CaptureState.DONE and reading.message.endswith(
        f"in {len(RFERL_TEXT):,} characters."
    )
    page = editor_client.get(extract_url(source))
    read = [row["candidate"] for row in page.context["rows"]]
    assert read == extract_figures(RFERL_TEXT, published_on=source.published_on, language="en")
    assert "<mark>as many as 5,000 deaths</mark>" in page.content.decode()
    # Drafts are created from the stored reading as from one made in the request.
    index = [c.phrase for c in read].index("as many as 5,000 deaths")
    response = editor_client.post(
        extract_url(source),
        {
            "conflict": ConflictFactory().pk,
            "text_sha256": source.text_sha256,
            f"pick_{index}": "on",
            f"metric_{index}": "killed",
        },
    )
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.phrase, claim.high, claim.originator.name) == (
        "as many as 5,000 deaths",
        5000,
        "Government of Russia",
    )


@pytest.mark.django_db(transaction=True)
def test_a_changed_text_is_read_again(editor_client, long_texts, database_tasks):
    source = rferl_source()
    editor_client.get(extract_url(source))
    run_worker()
    source.text = RFERL_TEXT + "\n\nAt least 12 people were killed in a later strike, officials said."
    services.save_source(source)
    waiting = editor_client.get(extract_url(source))
    assert "Reading queued" in waiting.content.decode()
    run_worker()
    phrases = [row["candidate"].phrase for row in editor_client.get(extract_url(source)).context["rows"]]
    assert "At least 12 people were killed" in phrases
    assert TextReading.objects.filter(state="done").count() == 1  # the old text's reading is not kept


def test_a_reading_of_a_text_changed_meanwhile_fails_and_can_be_asked_again(
    editor_client, long_texts, database_tasks
):
    source = rferl_source()
    editor_client.get(extract_url(source))
    reading = TextReading.objects.get()
    source.text += " More."
    services.save_source(source)
    assert run_reading(reading.pk) == "failed"
    reading.refresh_from_db()
    assert reading.state == CaptureState.FAILED and "text changed" in reading.message
    assert run_reading(reading.pk) == "already taken"
    # The page shows the next text's reading (queued now), not the failed one's.
    assert "Reading queued" in editor_client.get(extract_url(source)).content.decode()


def test_a_failed_reading_is_shown_with_a_button_to_read_again(editor_client, long_texts, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("out of memory")

    monkeypatch.setattr("claims.services.reading.extract_figures", broken)
    source = rferl_source()
    editor_client.get(
        extract_url(source)
    )  # read at once by the suite's immediate backend, which logs the error
    page = editor_client.get(extract_url(source)).content.decode()
    assert (
        "could not be read: An unexpected error stopped the reading" in page and "out of memory" not in page
    )
    assert 'name="read_again"' in page
    monkeypatch.undo()
    response = editor_client.post(extract_url(source), {"read_again": "1"})
    assert response.status_code == 302
    assert TextReading.objects.filter(state="done").count() == 1
    assert editor_client.get(extract_url(source)).context["rows"]


def test_a_long_reading_is_listed_a_page_at_a_time(editor_client, long_texts, settings):
    settings.EXTRACT_PAGE_SIZE = 2
    text = " ".join(
        f"In village {name}, {n} civilians were killed, officials said."
        for name, n in zip("ABCDE", range(11, 16), strict=True)
    )
    source = SourceFactory(text=text)
    first = editor_client.get(extract_url(source))
    assert [row["candidate"].phrase for row in first.context["rows"]] == [
        "11 civilians were killed",
        "12 civilians were killed",
    ]
    html = first.content.decode()
    assert "5 figures found; figures 1 to 2 are listed here." in html and '<a href="?page=3">3</a>' in html
    third = editor_client.get(extract_url(source, 3))
    assert [row["candidate"].phrase for row in third.context["rows"]] == ["15 civilians were killed"]
    # A figure of another page cannot be ticked from this one; one of this page can.
    data = {
        "conflict": ConflictFactory().pk,
        "text_sha256": source.text_sha256,
        "pick_0": "on",
        "metric_0": "killed",
    }
    refused = editor_client.post(extract_url(source, 3), data)
    assert refused.status_code == 200 and "Tick at least one figure." in refused.content.decode()
    data |= {"pick_4": "on", "metric_4": "killed"}
    assert editor_client.post(extract_url(source, 3), data).status_code == 302
    assert list(Claim.objects.values_list("best", flat=True)) == [15]


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999999999999999999", "2.5", "", "٣"])
def test_junk_in_the_page_number_shows_a_page(editor_client, long_texts, settings, page):
    settings.EXTRACT_PAGE_SIZE = 2
    source = rferl_source()
    response = editor_client.get(extract_url(source) + f"?page={page}")
    assert response.status_code == 200 and response.context["rows"]


def test_the_extraction_page_reads_with_a_fixed_number_of_queries(editor_client, settings):
    def queries_for(figures: int) -> list[str]:
        text = " ".join(
            f"In town {i}, {i + 10} civilians were killed, the ministry said." for i in range(figures)
        )
        source = SourceFactory(text=text)
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.get(extract_url(source))
        assert len(response.context["rows"]) == figures
        # (PostgreSQL reads a select's choices through a server-side cursor, named anew each time)
        return [
            re.sub(r'^DECLARE "[^"]+" NO SCROLL CURSOR (WITH HOLD )?FOR ', "", q["sql"]).split(" WHERE ")[0]
            for q in queries.captured_queries
        ]

    settings.EXTRACT_INLINE_MAX_CHARS = 10**6
    small, large = queries_for(3), queries_for(30)
    assert small == large  # the same queries, whatever the number of figures on the page
    tables = [query.split(" FROM ")[1].split()[0].strip('"') for query in small]
    assert tables == [
        "django_session",
        "auth_user",
        "claims_source",
        "auth_permission",  # the user's permissions, then their groups'
        "auth_permission",
        "claims_claim",  # the claims already recorded from this source, the latest's conflict and incident
        "claims_actor",  # the originators matched, by name or alias (each row's proposed actor)
        "claims_conflict",  # the conflict to propose when none was chosen for this source yet
        "claims_actor",  # the source's publisher, named by the page
        "claims_conflict",  # the conflicts offered
    ], "\n".join(q[:150] for q in small)


def test_a_stored_candidate_reads_back_as_it_was():
    import datetime as dt

    text = (
        "Since the war began in April 2023, at least 150 people were killed in the Kharkiv region, officials said. "
        "The strike on Sunday killed 40 people, including 12 children, the ministry said."
    )
    candidates = extract_figures(text, published_on=dt.date(2024, 5, 8))
    # Every kind of field a candidate holds: a period, an area, a day, a part of a total, a group.
    assert candidates[0].period_start == dt.date(2023, 4, 1) and candidates[0].area == "Kharkiv region"
    assert candidates[2].part_of == 1 and candidates[2].as_of == dt.date(2024, 5, 5)
    assert candidates[2].figure.group == "children"
    assert [candidate_from_json(candidate_to_json(c)) for c in candidates] == candidates
