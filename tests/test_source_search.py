"""Searching sources by the words of their text (issue 17): full-text on PostgreSQL, a substring on SQLite."""

from __future__ import annotations

import pytest
from django.db import connection
from django.urls import reverse

from claims.models import Source
from tests.factories import SourceFactory
from tests.test_admin import count_queries

pytestmark = pytest.mark.django_db

POSTGRES = connection.vendor == "postgresql"


@pytest.fixture
def sources():
    return {
        "ru": SourceFactory(
            title="Белгород", language="ru", text="Под обстрелом оказались жилые кварталы, ранены 11 человек."
        ),
        "en": SourceFactory(
            title="Market",
            language="en",
            text="At least 40 civilians were killed when a missile struck the market.",
        ),
        "uk": SourceFactory(
            title="Херсон", language="uk", text="Унаслідок обстрілу загинули троє цивільних."
        ),
    }


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("обстрел", {"ru"}),
        ("civilians", {"en"}),
        ("missile market", {"en"}),  # every word, wherever it stands (PostgreSQL); a substring here too
        ("обстрілу", {"uk"}),
        ("drone", set()),
    ],
)
def test_sources_are_found_by_the_words_of_their_text(sources, words, found):
    if words == "missile market" and not POSTGRES:
        found = set()  # SQLite reads the words as one substring, which the text does not hold
    assert {
        code for code, source in sources.items() if source in Source.objects.text_matching(words)
    } == found


@pytest.mark.skipif(not POSTGRES, reason="stemming is PostgreSQL's full-text search")
@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("обстрела", {"ru"}),  # another case of the same word, stemmed in Russian
        ("kill", {"en"}),  # "killed", stemmed in English
        ('"missile struck"', {"en"}),  # a quoted phrase
        ("civilians -market", set()),  # a word excluded
    ],
)
def test_postgresql_finds_a_word_in_any_of_its_forms(sources, words, found):
    assert {
        code for code, source in sources.items() if source in Source.objects.text_matching(words)
    } == found


@pytest.mark.skipif(not POSTGRES, reason="the index is PostgreSQL's")
def test_postgresql_searches_texts_through_their_index(sources):
    query = Source.objects.text_matching("обстрел").values("pk")
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "claims_source_text_search" in plan


def test_the_admin_search_finds_sources_by_their_text_at_a_fixed_cost(editor_client, sources):
    url = reverse("admin:claims_source_changelist") + "?q=civilians"
    few, response = count_queries(editor_client, url)
    assert list(response.context["cl"].result_list) == [sources["en"]]
    for _ in range(20):
        SourceFactory(text="Twelve civilians were wounded.", language="en")
    many, response = count_queries(editor_client, url)
    assert few == many and response.context["cl"].result_count == 21
    title = editor_client.get(reverse("admin:claims_source_changelist") + "?q=Белгород")
    assert list(title.context["cl"].result_list) == [sources["ru"]]  # titles are still searched as typed
