"""The other languages in the product (issue 16): normalisation keeps the phrase as written, quote checks fold each
language's variants, the admin reads a source and a phrase in their language and shows the reading in English."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import Actor, Claim
from claims.parsing import ParseError, extract_figures, normalise_for_quoting, parse_figure, quote_found
from claims.parsing.multilingual import normalise
from tests.factories import ActorFactory, ConflictFactory, SourceFactory
from tests.forms import admin_form_data
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
        (
            "сообщили в администрации: 5 раненых",
            "сообщили в адми-\nнистрации: 5\r\n раненых",
        ),  # a hard-wrapped copy
        ("12 civils pro-russes", "12 civils pro-\nrusses"),  # a hyphenated word broken at a line's end
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


# --- What a hostile review found (issue 16) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("Im Jahr 2022 starben 300 Menschen", "de", 300),
        ("В 2022 погибли 300 человек", "ru", 300),
        ("En 2022 murieron 5.000 civiles", "es", 5000),
        ("El 7 de octubre de 2023 murieron 1.200 personas", "es", 1200),
        ("في عام 2022 قتل 300 شخص", "ar", 300),
        ("En 2021 ont été tués 40 soldats", "fr", 40),
    ],
)
def test_a_year_before_a_casualty_verb_is_no_toll(text, language, figure):
    assert [candidate.figure.best for candidate in extract_figures(text, language=language)] == [figure]
    assert parse_figure(text, language=language).best == figure


def test_quote_checks_fold_each_character_alike_on_both_sides():
    # A ligature elsewhere in the capture must not turn a footnote mark into a digit: 40¹ is not 401.
    assert not quote_found(
        "At least 401 civilians were killed", "", [401], "ﬁrst: At least 40¹ civilians were killed"
    )
    # A byte-order mark at the start must not change how the rest is folded.
    assert quote_found("he said… 12 killed", "", [12], "\ufeffhe said… 12 killed")
    # A soft hyphen or a direction mark the copy lost is no difference.
    assert quote_found("twelve killed", "twelve killed", [12], "twel\u00adve \u200fkilled")


def test_more_than_the_largest_count_is_refused_in_every_language():
    for language, phrase in [
        ("ru", "более 9223372036854775807 человек погибли"),
        ("fr", "plus de 9223372036854775807 morts"),
    ]:
        with pytest.raises(ParseError, match="larger than any count"):
            parse_figure(phrase, language=language)


@pytest.mark.parametrize(
    "text",
    [
        "Bakıda 12 nəfər həlak olub, 40 nəfər yaralanıb, nazirlik bildirib.",  # Azerbaijani
        "Almeno 12 persone sono state uccise e 40 ferite nel attacco, secondo il governatore della regione.",  # Italian
        "Bij de aanval zijn 12 mensen gedood en 40 gewond, volgens de gouverneur van de regio.",  # Dutch
        "در این حمله ۱۲ نفر کشته و ۴۰ نفر زخمی شدند، به گفته فرماندار.",  # Persian
        "При атаката загинаха 12 души, а 40 са ранени, според губернатора на областта, който каза, че броят им може"
        " да се увеличи през следващите дни в града.",  # Bulgarian
    ],
)
def test_a_language_the_reader_does_not_read_is_not_taken_for_one(text):
    from claims.parsing import detect_language

    assert detect_language(text) is None


def test_a_short_phrase_told_wrongly_or_not_at_all_is_read_in_the_others():
    assert parse_figure("Es gab keine Toten").best == 0
    assert [candidate.figure.best for candidate in extract_figures("Murieron 2 niños.")] == [2]


def test_a_zero_is_proposed_with_what_none_of_was_counted():
    assert [
        candidate.phrase for candidate in extract_figures("Жертв нет, сообщили в МЧС.", language="ru")
    ] == ["Жертв нет"]


def test_no_proposed_phrase_is_longer_than_a_claim_holds():
    text = "Погибли 12 мирных " + "ж" * 700 + " жителей."
    candidates = extract_figures(text, language="ru")
    assert candidates and all(len(candidate.phrase) <= 500 for candidate in candidates)


# --- People named one by one, and other forms of real pages (issue 16) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "count", "metric", "group"),
    [
        ("Погибли мужчина и женщина.", "ru", 2, "killed", "all"),
        ("Погибли мужчина, женщина и ребенок.", "ru", 3, "killed", "all"),
        ("Погибли трое взрослых и ребенок.", "ru", 4, "killed", "all"),
        ("Загинули чоловік і жінка.", "uk", 2, "killed", "all"),
        ("قتل رجل وامرأة في القصف", "ar", 2, "killed", "all"),
        ("Un homme, une femme et un enfant ont été tués.", "fr", 3, "killed", "all"),
        ("Un hombre y una mujer murieron.", "es", 2, "killed", "all"),
        ("Zwei Frauen und ein Mann wurden getötet.", "de", 3, "killed", "all"),
        # each with a fate of its own, or the list cut by a comma: the first alone
        ("Murió un niño y una mujer resultó herida.", "es", 1, "killed", "children"),
        ("Ein Mann wurde getötet und eine Frau verletzt.", "de", 1, "killed", "men"),
        ("Погиб мужчина, женщина ранена.", "ru", 1, "killed", "all"),
    ],
)
def test_people_named_one_by_one_are_counted_together(text, language, count, metric, group):
    figure = parse_figure(text, language=language)
    assert (figure.qualifier, figure.low, figure.high, figure.metric, figure.group) == (
        "exact",
        count,
        count,
        metric,
        group,
    )


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Ein 12-jähriger Junge wurde getötet.", ("exact", 1, "killed", "children")),
        ("Eine 45-jährige Frau wurde verletzt.", ("exact", 1, "wounded", "women")),
        ("Zwei junge Männer wurden getötet.", ("exact", 2, "killed", "men")),
    ],
)
def test_an_article_past_an_age_counts_the_one_it_names(text, figure):
    read = parse_figure(text, language="de")
    assert (read.qualifier, read.best, read.metric, read.group) == figure


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("5,7 millones de víctimas de desplazamiento forzado", "displaced"),
        ("más de 80.000 víctimas de desaparición forzada", "missing"),
        ("27.000 víctimas de secuestro", "captured"),
        ("12.000 víctimas de la violencia", "casualties"),
    ],
)
def test_spanish_victims_are_of_what_their_noun_names(text, metric):
    assert parse_figure(text, language="es").metric == metric


def test_a_count_of_reports_is_no_count_of_people():
    with pytest.raises(ParseError):
        parse_figure(
            "auf Grundlage von mindestens zwei Berichten aus unterschiedlichen Medien", language="de"
        )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ("ru", "fr"),  # detected from the old text: follows the new one
        ("de", "de"),  # chosen by the editor for a text not in it: stays
    ],
)
def test_a_detected_language_follows_the_text_a_chosen_one_stays(editor_client, chosen, expected):
    source = SourceFactory(text=TASS_TEXT, language=chosen)
    url = reverse("admin:claims_source_change", args=[source.pk])
    data = admin_form_data(editor_client.get(url))
    data["text"] = "Au moins 40 civils ont été tués dans la frappe, selon le ministère de la Santé."
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    source.refresh_from_db()
    assert source.language == expected


@pytest.mark.django_db
def test_a_source_marked_uk_for_britain_is_read_in_the_language_its_text_is_written_in(editor_client):
    source = SourceFactory(
        text="At least 40 civilians were killed in the strike, the Ministry of Defence said on Tuesday.",
        language="uk",
    )
    page = editor_client.get(reverse("admin:claims_source_extract", args=[source.pk]))
    assert "read in English" in page.content.decode()
    assert [row["candidate"].figure.low for row in page.context["rows"]] == [40]
