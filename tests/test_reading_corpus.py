"""The labelled corpora of bench/parsing.py are well formed; the reader's scores on them belong to the bench.

Both corpora pass the same checks: tests/reading_corpus.py, written alongside the reader, and
tests/reading_corpus_heldout.py, written blind to it (and sharing no passage with the first).
"""

import pytest

from claims.models import Group, Metric, Population, Qualifier
from tests import reading_corpus, reading_corpus_heldout
from tests.reading_corpus import FORBIDDEN_KINDS, KINDS, NUMBER_RE, STYLES

# Each corpus, with the least number of passages and conflicts it must hold.
CORPORA = {
    "main": (reading_corpus.PASSAGES, 60, 5),
    "heldout": (reading_corpus_heldout.PASSAGES, 30, 10),
}
LABELS = [
    (passage, label)
    for passages, _, _ in CORPORA.values()
    for passage in passages
    for label in passage.figures
]
FORBIDDEN = [
    (passage, forbidden)
    for passages, _, _ in CORPORA.values()
    for passage in passages
    for forbidden in passage.forbidden
]
# Which bounds each qualifier sets (low, best, high), as claims.parsing.Figure holds them.
BOUNDS = {
    "exact": (True, True, True),
    "approximate": (False, True, False),
    "at_least": (True, True, False),
    "more_than": (True, False, False),
    "at_most": (False, False, True),
    "fewer_than": (False, False, True),
    "range": (True, False, True),
    "vague": (True, False, False),
    "unquantified": (False, False, False),
}


def label_id(item) -> str:
    """Return a test id naming the passage and the phrase."""
    passage, entry = item
    return f"{passage.key}: {entry[0]}"


@pytest.mark.parametrize("corpus", CORPORA)
def test_corpus_is_large_varied_and_covers_every_kind_of_miss(corpus):
    passages, least_passages, least_conflicts = CORPORA[corpus]
    assert len(passages) >= least_passages
    assert len({passage.key for passage in passages}) == len(passages)
    assert {passage.style for passage in passages} == set(STYLES)
    assert len({passage.conflict for passage in passages}) >= least_conflicts
    labels = [label for passage in passages for label in passage.figures]
    assert {kind for label in labels for kind in label.kinds} == set(KINDS)
    assert any(not label.kinds for label in labels), "plain figures are labelled too"
    assert any(forbidden.why == "ratio" for passage in passages for forbidden in passage.forbidden)


def test_the_held_out_corpus_shares_no_passage_with_the_main_one():
    main, held_out = reading_corpus.PASSAGES, reading_corpus_heldout.PASSAGES
    assert not {passage.key for passage in main} & {passage.key for passage in held_out}
    assert not {passage.text for passage in main} & {passage.text for passage in held_out}


def test_the_bounds_table_names_every_qualifier():
    assert set(BOUNDS) == set(Qualifier.values)


@pytest.mark.parametrize("item", LABELS, ids=label_id)
def test_label_phrase_occurs_once_in_its_passage(item):
    passage, label = item
    assert passage.text.count(label.phrase) == 1


@pytest.mark.parametrize("item", LABELS, ids=label_id)
def test_label_values_are_codes_and_bounds_fit_the_qualifier(item):
    _, label = item
    assert label.qualifier in Qualifier.values
    assert label.metric in Metric.values
    assert label.population in Population.values
    assert label.group in Group.values
    assert set(label.outside) <= {"metric", "population", "group"}
    if "metric" in label.outside:
        assert label.metric is not None, "a metric written outside the phrase is still the label's"
    if "population" in label.outside:
        assert label.population != "all", "only a population the passage names can be written outside"
    if "group" in label.outside:
        assert label.group != "all"
    assert set(label.kinds) <= set(KINDS)
    assert (label.low is not None, label.best is not None, label.high is not None) == BOUNDS[label.qualifier]
    if label.qualifier == "exact":
        assert label.low == label.best == label.high
    if label.qualifier == "at_least":
        assert label.low == label.best
    if label.qualifier == "range":
        assert label.low < label.high


@pytest.mark.parametrize("item", FORBIDDEN, ids=label_id)
def test_forbidden_text_occurs_writes_a_number_and_straddles_no_label(item):
    passage, forbidden = item
    assert forbidden.why in FORBIDDEN_KINDS
    assert NUMBER_RE.search(forbidden.text)
    assert passage.text.count(forbidden.text) == 1
    start = passage.text.find(forbidden.text)
    end = start + len(forbidden.text)
    for label in passage.figures:
        label_start = passage.text.find(label.phrase)
        label_end = label_start + len(label.phrase)
        # A date inside a toll ("the death toll since October 7 to 23,084") is forbidden too.
        inside = label_start <= start and end <= label_end
        assert end <= label_start or start >= label_end or inside, label.phrase
