"""claims.parsing.detect_language tells the reader's languages apart by script and function words (issue 16).

The sentences are written for this table in the manner of each language's wires and bulletins; none is a quote.
"""

import pytest

from claims.parsing.languages import LANGUAGES, detect_language

CASES = [
    ("en", "At least 12 people were killed and 40 wounded in the strike on Kharkiv, the regional governor said."),
    ("en", "The death toll from the flooding has risen to 45, according to the health ministry."),
    ("ru", "В результате удара по Белгороду погибли пять человек, ещё 18 получили ранения, сообщил губернатор."),
    ("ru", "По данным Минобороны, за сутки противник потерял до 230 военнослужащих."),
    ("uk", "Внаслідок обстрілу Херсона загинули троє людей, ще семеро поранені, повідомила обласна військова адміністрація."),
    ("uk", "За даними Генштабу, втрати ворога за добу склали 1140 осіб."),
    ("ar", "استشهد 14 مواطنا بينهم ستة أطفال في غارة إسرائيلية على منزل في حي الشيخ رضوان."),
    ("ar", "ارتفع عدد الشهداء إلى 12300 شهيد، وفقا لوزارة الصحة."),
    ("fr", "Au moins 12 personnes ont été tuées et 40 blessées dans la frappe, selon le gouverneur de la région."),
    ("fr", "Le bilan des inondations s'élève désormais à 45 morts, a indiqué le ministère de la Santé."),
    ("es", "Al menos 12 personas murieron y 40 resultaron heridas en el ataque, según el gobernador de la región."),
    ("es", "La cifra de muertos por las inundaciones ha aumentado a 45, informó el ministerio de Salud."),
    ("de", "Bei dem Angriff auf Charkiw wurden mindestens zwölf Menschen getötet und 40 verletzt, teilte der Gouverneur mit."),
    ("de", "Laut dem Gesundheitsministerium ist die Zahl der Toten auf 45 gestiegen."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text"), CASES, ids=[f"{code}-{i}" for i, (code, _) in enumerate(CASES)]
)
def test_each_language_is_told_by_its_script_and_function_words(language, text):
    assert detect_language(text) == language


def test_every_language_the_reader_is_to_read_has_cases():
    assert {language for language, _ in CASES} == set(LANGUAGES)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12 345 678",
        "Kharkiv",  # a name says nothing
        "Київ Kyiv Киев Kiev",  # as much of one script as of the other
        "ОК ок",  # too few words
    ],
)
def test_what_cannot_be_told_is_none_not_a_guess(text):
    assert detect_language(text) is None


def test_arabic_presentation_forms_are_arabic():
    # The same words in Arabic presentation forms, as some PDFs hold them: normalised, they are Arabic.
    assert detect_language("ﺍﺳﺘﺸﻬﺪ ١٤ ﻣﻮﺍﻃﻨﺎ") == "ar"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("written", "text", "stored"),
    [
        ("", CASES[2][1], "ru"),  # left empty: filled from the text
        ("", "Київ Kyiv Киев Kiev", ""),  # cannot tell: left for the editor
        ("hy", CASES[2][1], "hy"),  # what the editor wrote is kept, whatever the text says
        ("", "", ""),  # no text
    ],
)
def test_a_source_saved_without_a_language_takes_its_texts(written, text, stored):
    from claims.services import save_source
    from tests.factories import SourceFactory

    source = SourceFactory.build(language=written, text=text, publisher=SourceFactory().publisher)
    save_source(source)
    source.refresh_from_db()
    assert source.language == stored
