"""The reader's other languages, on their own corpora (issue 16): tests/corpus_<code>.py in the format of
tests/language_corpus.py. Every case read alone gives its figure with every field exact, under both conventions;
every non-figure is refused; every passage's figures are proposed with their originators."""

from __future__ import annotations

import importlib

import pytest

from claims.parsing import Figure, ParseError, extract_figures, parse_figure
from tests.language_corpus import COVERS, GROUPS, METRICS, POPULATIONS, QUALIFIERS, names_match

LANGUAGES = ("ru", "uk", "ar", "fr", "es", "de")


# Every language the reader reads has its corpus: a missing one fails at collection, it is not skipped.
CORPORA = {code: importlib.import_module(f"tests.corpus_{code}") for code in LANGUAGES}


def _params(attribute: str):
    return [
        pytest.param(code, item, id=f"{code}-{index}")
        for code, corpus in CORPORA.items()
        for index, item in enumerate(getattr(corpus, attribute))
    ]


@pytest.mark.parametrize("code", list(CORPORA))
def test_corpus_is_large_enough_and_covers_every_rule(code):
    corpus = CORPORA[code]
    assert len(corpus.CASES) >= 60
    assert len(corpus.NON_FIGURES) >= 15
    assert sum(len(extraction.expected) for extraction in corpus.EXTRACTIONS) >= 10
    covered = {tag for case in corpus.CASES for tag in case.covers}
    assert set(COVERS) <= covered, f"not covered: {set(COVERS) - covered}"
    assert {case.qualifier for case in corpus.CASES} == set(QUALIFIERS)
    for case in corpus.CASES:
        assert case.metric in (*METRICS, None) and case.population in POPULATIONS and case.group in GROUPS


@pytest.mark.parametrize(("code", "case"), _params("CASES"))
def test_case_reads_with_every_field_exact(code, case):
    expected = Figure(
        case.qualifier,
        case.low,
        case.best,
        case.high,
        case.metric,
        case.population,
        "conservative",
        case.group,
    )
    assert parse_figure(case.phrase, language=code) == expected
    if case.qualifier == "vague" and case.literal_low is not None:
        literal = parse_figure(case.phrase, convention="literal", language=code)
        assert literal.low == case.literal_low


@pytest.mark.parametrize(("code", "phrase"), _params("NON_FIGURES"))
def test_non_figure_is_refused_with_a_reason(code, phrase):
    with pytest.raises(ParseError) as refusal:
        parse_figure(phrase, language=code)
    assert str(refusal.value)


@pytest.mark.parametrize(("code", "extraction"), _params("EXTRACTIONS"))
def test_extraction_proposes_each_figure_with_its_originator(code, extraction):
    candidates = extract_figures(extraction.text, language=code)
    for expected in extraction.expected:
        start = extraction.text.index(expected.phrase)
        end = start + len(expected.phrase)
        overlapping = [c for c in candidates if c.start < end and start < c.end]
        matching = [
            c
            for c in overlapping
            if (c.figure.low, c.figure.best, c.figure.high) == (expected.low, expected.best, expected.high)
        ]
        assert matching, (
            f"{expected.phrase!r} not proposed; found {[(c.phrase, c.figure) for c in overlapping]}"
        )
        candidate = matching[0]
        assert candidate.figure.metric == expected.metric, expected.phrase
        assert names_match(expected.originator, candidate.originator), (
            f"{expected.phrase!r}: originator {candidate.originator!r}, expected {expected.originator!r}"
        )


def test_the_language_is_detected_when_not_given():
    assert parse_figure("погибли 12 человек").metric == "killed"
    assert parse_figure("загинули 12 людей").metric == "killed"


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="does not read"):
        parse_figure("12 killed", language="xx")


def test_the_held_out_and_real_sets_are_well_formed():
    # They are scored by bench/parsing.py, never asserted on (a test would invite fitting the reader to them).
    from bench.real_sentences import (
        REAL,
        REAL_NON_FIGURES,
        SECOND_BATCH,
        SECOND_BATCH_NON_FIGURES,
        THIRD_BATCH,
        THIRD_BATCH_NON_FIGURES,
    )
    from tests.heldout_languages import HELDOUT, HELDOUT_NON_FIGURES

    sets = (
        (HELDOUT, HELDOUT_NON_FIGURES),
        (REAL, REAL_NON_FIGURES),
        (SECOND_BATCH, SECOND_BATCH_NON_FIGURES),
        (THIRD_BATCH, THIRD_BATCH_NON_FIGURES),
    )
    for cases, non_figures in sets:
        assert set(cases) == set(LANGUAGES) and set(non_figures) <= set(LANGUAGES)
        for case in (case for items in cases.values() for case in items):
            assert case.qualifier in QUALIFIERS and case.metric in METRICS
            assert case.population in POPULATIONS and case.group in GROUPS
            bounds = [bound for bound in (case.low, case.best, case.high) if bound is not None]
            assert bounds == sorted(bounds), case.phrase
