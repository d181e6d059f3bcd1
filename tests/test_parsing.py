"""Reading one phrase into a figure: the methodology table, case by case."""

import re
from dataclasses import replace
from pathlib import Path

import pytest

from claims.parsing import (
    CONVENTIONS,
    METRIC_CUES,
    NON_FIGURES,
    POPULATION_CUES,
    QUALIFIER_CUES,
    QUALIFIER_SUFFIXES,
    QUALIFIERS,
    UNQUANTIFIED_CUES,
    VAGUE_MAGNITUDES,
    VAGUE_MULTIPLIERS,
    ZERO_CUES,
    Figure,
    ParseError,
    bounds_for,
    methodology_markdown,
    number_value,
    parse_figure,
)
from tests.parsing_cases import CONSERVATIVE_CASES, LITERAL_CASES, NOT_FIGURES

REPO_ROOT = Path(__file__).resolve().parent.parent

FIGURE_CASES = [
    pytest.param(phrase, Figure(qualifier, low, best, high, metric, population, "conservative"), id=phrase)
    for phrase, qualifier, low, best, high, metric, population in CONSERVATIVE_CASES
] + [
    pytest.param(
        phrase, Figure(qualifier, low, best, high, metric, population, "literal"), id=f"literal: {phrase}"
    )
    for phrase, qualifier, low, best, high, metric, population in LITERAL_CASES
]


@pytest.mark.parametrize(("phrase", "expected"), FIGURE_CASES)
def test_phrase_reads_as_figure(phrase, expected):
    # The group (children, women...) has its own cases below.
    assert replace(parse_figure(phrase, convention=expected.convention), group="all") == expected


@pytest.mark.parametrize(
    ("phrase", "group"),
    [
        ("12 children were killed", "children"),
        ("two boys were killed", "children"),
        ("3,000 women", "women"),
        ("two men were wounded", "men"),
        ("14 pensioners died", "elderly"),
        ("12 civilians were killed", "all"),
        ("12 soldiers were killed", "all"),
    ],
)
def test_people_nouns_name_the_group_by_age_and_sex(phrase, group):
    assert parse_figure(phrase).group == group


EVERY_CUE = [
    *(cue for cues in QUALIFIER_CUES.values() for cue in cues),
    *QUALIFIER_SUFFIXES,
    *ZERO_CUES,
    *VAGUE_MAGNITUDES,
    *VAGUE_MULTIPLIERS,
    *UNQUANTIFIED_CUES,
    *(cue for cues in METRIC_CUES.values() for cue in cues),
    *(cue for cues in POPULATION_CUES.values() for cue in cues),
]


@pytest.mark.parametrize("cue", EVERY_CUE)
def test_every_cue_in_the_tables_has_a_case(cue):
    whole_words = re.compile(rf"(?<!\w){re.escape(cue)}(?!\w)", re.IGNORECASE)
    assert any(whole_words.search(phrase) for phrase, *_ in CONSERVATIVE_CASES)


def test_every_qualifier_metric_and_population_has_a_case():
    assert {case[1] for case in CONSERVATIVE_CASES} == set(QUALIFIERS)
    assert {case[5] for case in CONSERVATIVE_CASES} == {*METRIC_CUES, None}
    assert {case[6] for case in CONSERVATIVE_CASES} == {*POPULATION_CUES, "all"}


@pytest.mark.parametrize("phrase", NOT_FIGURES)
def test_non_figure_is_refused(phrase):
    with pytest.raises(ParseError):
        parse_figure(phrase)


@pytest.mark.parametrize(
    "phrase", [example for examples in NON_FIGURES.values() for example in examples], ids=str
)
def test_every_documented_non_figure_is_refused(phrase):
    with pytest.raises(ParseError):
        parse_figure(phrase)


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        ("six weeks", "“six weeks” is a duration"),
        ("Sept. 27", "“Sept. 27” is a date"),
        ("a 12-year-old", "is an age"),
        ("since 1994", "“since 1994” is a year"),
        ("one armored vehicle, one truck", "counts vehicles, not people"),
        ("2020", "looks like a year"),
        ("2.5", "is not a whole number"),
        ("the second cease-fire", "No casualty figure in “the second cease-fire”"),
    ],
)
def test_refusal_says_why(phrase, message):
    with pytest.raises(ParseError, match=message):
        parse_figure(phrase)


def test_parse_error_is_a_value_error():
    assert issubclass(ParseError, ValueError)


def test_unknown_convention_is_refused():
    with pytest.raises(ValueError, match="Unknown convention “generous”"):
        parse_figure("dozens of people were killed", convention="generous")


def test_every_convention_is_accepted():
    assert {parse_figure("12 killed", convention=name).convention for name in CONVENTIONS} == set(CONVENTIONS)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("5,000", 5000),
        ("5000", 5000),
        ("5 000", 5000),
        ("5\u00a0000", 5000),
        ("5.000", 5000),
        ("1.200.000", 1200000),
        ("1.2 million", 1200000),
        ("2.5 thousand", 2500),
        ("2.500 million", 2500000),
        ("twenty-three", 23),
        ("one hundred and twelve", 112),
        ("five thousand", 5000),
        ("a hundred", 100),
        ("a dozen", 12),
        ("two dozen", 24),
        ("zero", 0),
    ],
)
def test_number_is_read_from_digits_or_words(written, value):
    assert number_value(written) == value


@pytest.mark.parametrize(
    ("qualifier", "bounds"),
    [
        ("exact", (10, 10, 10)),
        ("approximate", (None, 10, None)),
        ("at_least", (10, 10, None)),
        ("more_than", (11, None, None)),
        ("at_most", (None, None, 10)),
        ("fewer_than", (None, None, 9)),
        ("vague", (10, None, None)),
        ("unquantified", (None, None, None)),
    ],
)
def test_bounds_follow_the_methodology_table(qualifier, bounds):
    n = None if qualifier == "unquantified" else 10
    assert bounds_for(qualifier, n) == bounds


def test_range_bounds_are_its_ends():
    assert bounds_for("range", 10, 20) == (10, None, 20)


def test_methodology_doc_shows_the_rules_the_code_applies():
    text = (REPO_ROOT / "docs" / "methodology.md").read_text(encoding="utf-8")
    section = text.split("<!-- rules:start -->", 1)[1].split("<!-- rules:end -->", 1)[0]
    # On failure run `python -m claims.parsing --write-docs`.
    assert section.strip() == methodology_markdown().strip()
