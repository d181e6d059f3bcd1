"""The other languages in the product (issue 16): normalisation keeps the phrase as written, quote checks fold each
language's variants, the admin reads a source and a phrase in their language and shows the reading in English."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import Actor, Claim
from claims.parsing import extract_figures, normalise_for_quoting, parse_figure, quote_found
from claims.parsing.multilingual import normalise
from tests.factories import ActorFactory, ConflictFactory, SourceFactory
from tests.test_admin import claim_form_data

# The worked example where it began: a Russian statement, relayed by TASS, before any English relay.
TASS_TEXT = (
    "МОСКВА, 5 ноября. /ТАСС/. Число погибших с обеих сторон в Нагорном Карабахе может достигать пяти тысяч "
    "человек, заявил президент России Владимир Путин. По данным Минобороны Армении, с 27 сентября погибли "
    "1 177 военнослужащих, еще 37 мирных жителей погибли в результате обстрелов Степанакерта."
)


def test_normalising_keeps_every_characters_place_in_the_original():
    text = "ﺍﺳﺘﺸﻬﺪ ١٤ ﻣﻮﺍﻃﻨﺎً"  # presentation forms, Arabic-Indic digits and a diacritic
    folded, where = normalise(text)
    assert "14" in folded and "\u064b" not in folded
    assert len(where) == len(folded) + 1 and where[-1] == len(text)
    assert text[where[folded.index("14")]] == "١"


def test_latin_letters_inside_a_cyrillic_word_read_as_cyrillic():
    assert normalise("погибли 7 мирныx жителей")[0] == "погибли 7 мирных жителей"
    assert parse_figure("погибли 7 мирныx жителей", language="ru").population == "civilian"


def test_a_phrase_is_proposed_as_written_whatever_the_reader_folded():
    text = "أعلنت وزارة الصحة استشهاد ١٤ مواطناً."
    candidates = extract_figures(text, language="ar")
    assert next(candidate.phrase for candidate in candidates if candidate.figure.best == 14) in text


@pytest.mark.parametrize(
    ("quote", "snapshot"),
    [
        ("استشهد 14 مواطنا", "استشهدَ ١٤ مواطناً"),  # diacritics and Arabic-Indic digits
        ("استشهد 14 مواطنا", "استشـــهد 14 مواطنا"),  # tatweel
        ("Ещё 5 раненых", "Еще 5 раненых"),  # ё written as е
        ("погибли 7 мирных жителей", "погибли 7 мирныx жителей"),  # a Latin x typed in a Cyrillic word
        ("« Il y a eu 12 morts ! »", "«Il y a eu 12 morts!»"),  # French spacing
        ("„12 Tote“", '"12 Tote"'),  # typographic quotes
    ],
)
def test_quote_checks_fold_each_languages_variants(quote, snapshot):
    assert quote_found(quote, "", [14, 5, 7, 12], snapshot)
    assert normalise_for_quoting(quote).strip(" \"'") in normalise_for_quoting(snapshot)


def test_a_quote_that_is_not_there_is_still_not_found():
    assert not quote_found("погибли 8 мирных жителей", "", [8], "погибли 7 мирных жителей")


@pytest.mark.django_db
def test_extraction_reads_a_source_in_its_language_and_shows_the_reading_in_english(editor_client):
    ActorFactory(name="Ministry of Defence of Armenia", aliases="Минобороны Армении")
    source = SourceFactory.build(text=TASS_TEXT, language="", publisher=ActorFactory(kind="news_agency"))
    services.save_source(source)  # saved empty: the language is detected
    source.refresh_from_db()
    assert source.language == "ru"
    page = editor_client.get(reverse("admin:claims_source_extract", args=[source.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "read in Russian" in html
    rows = {row["candidate"].phrase: row for row in page.context["rows"]}
    soldiers = next(row for phrase, row in rows.items() if "1 177" in phrase)
    assert soldiers["reading"].startswith("1,177 (exact), military")
    assert soldiers["candidate"].originator == "Минобороны Армении"
    assert soldiers["actor"].name == "Ministry of Defence of Armenia"
    assert not any(phrase.split()[0] == "27" for phrase in rows)  # "с 27 сентября" is a date


@pytest.mark.django_db
def test_a_phrase_typed_in_another_language_fills_the_bounds(editor_client):
    data = claim_form_data(
        ConflictFactory(),
        ActorFactory(),
        phrase="не менее 40 мирных жителей погибли",
        qualifier="",
        high="",
        metric="",
        quote="Не менее 40 мирных жителей погибли, сообщили в администрации.",
    )
    response = editor_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    claim = Claim.objects.get()
    assert (claim.qualifier, claim.low, claim.best, claim.metric, claim.population) == (
        "at_least",
        40,
        40,
        "killed",
        "civilian",
    )
    assert claim.figure_text(with_sides=False).startswith("≥ 40")


@pytest.mark.django_db
def test_actors_named_in_cyrillic_are_matched_on_every_engine():
    ActorFactory(name="Министерство обороны России", aliases="Минобороны России\nМО РФ")
    assert Actor.objects.matching(["Минобороны России"])["Минобороны России"].aliases.startswith("Минобороны")
    assert Actor.objects.matching(["министерство обороны России"]) != {}
