"""Whatever text an editor pastes, in any of the reader's languages, it is read or refused: never a crash, never a
figure whose bounds disagree, never a phrase that is not the text as written (issue 16)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.parsing import ParseError, extract_figures, parse_figure

LANGUAGES = ("ru", "uk", "ar", "fr", "es", "de")

# Pieces real text is made of, in every script the reader reads, and what is hostile to a reader: digits with
# every separator, number and scale words, marks, presentation forms, look-alike letters, lone punctuation.
PIECES = [
    *"0123456789",
    "١٤", "۳۴", "1 177", "43.799", "2,1", "300'000", "12 тыс. 368", "5-ти", "47-я", "3e", "3.º", "5.",
    "погибли", "ранены", "человек", "тысяч", "двух", "полторы", "сотни", "не менее", "до", "от", "с", "по", "мая",
    "загинули", "тисяч", "окупантів", "від", "استشهد", "ألفا", "و", "طفلان", "عشرات", "ـ", "\u064b", "ﺍﺳﺘﺸﻬﺪ",
    "morts", "blessés", "plus de", "des centaines", "à", "muertos", "once", "más de", "entre", "y",
    "Tote", "über", "Dutzende", "bis", "zwischen", "und", "dreiundzwanzig", "Millionen",
    " ", " ", " ", ",", ".", "-", "–", ":", ";", "«", "»", "%", "$", "\n", "x", "мирныx",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join) | st.text(max_size=80)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=texts, language=st.sampled_from(LANGUAGES), convention=st.sampled_from(["conservative", "literal"])
)
def test_any_text_is_read_or_refused(text, language, convention):
    try:
        figure = parse_figure(text, convention=convention, language=language)
    except ParseError as error:
        assert str(error)
        return
    bounds = [bound for bound in (figure.low, figure.best, figure.high) if bound is not None]
    assert all(0 <= bound < 2**63 for bound in bounds)
    assert bounds == sorted(bounds) or figure.qualifier == "fewer_than"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, language=st.sampled_from(LANGUAGES))
def test_extraction_proposes_phrases_as_written(text, language):
    for candidate in extract_figures(text, language=language):
        assert text[candidate.start : candidate.end] == candidate.phrase
        assert candidate.sentence in text
        assert candidate.part_of is None or 0 <= candidate.part_of < len(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_megabyte_of_digits_is_refused_quickly(language):
    with pytest.raises(ParseError):
        parse_figure("9" * 100_000, language=language)
