"""The held-out corpus of tests/reading_corpus_heldout.py is well formed, by the checks the main corpus passes.

The checks are those of tests/test_reading_corpus.py, written over the held-out passages; the qualifiers are
read from claims.models, so that this file imports nothing of the reader it is meant to measure.
"""

import pytest

from claims.models import Group, Metric, Population, Qualifier
from tests import reading_corpus
from tests.reading_corpus import FORBIDDEN_KINDS, KINDS, NUMBER_RE, STYLES
from tests.reading_corpus_heldout import PASSAGES

LABELS = [(passage, label) for passage in PASSAGES for label in passage.figures]
FORBIDDEN = [(passage, forbidden) for passage in PASSAGES for forbidden in passage.forbidden]
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


def test_heldout_has_30_passages_with_keys_distinct_from_each_other_and_from_the_main_corpus():
    keys = {passage.key for passage in PASSAGES}
    assert len(PASSAGES) >= 30
    assert len(keys) == len(PASSAGES)
    assert not keys & {passage.key for passage in reading_corpus.PASSAGES}


def test_heldout_shares_no_passage_text_with_the_main_corpus():
    main = {passage.text for passage in reading_corpus.PASSAGES}
    assert not [passage.key for passage in PASSAGES if passage.text in main]


def test_heldout_covers_every_style_and_at_least_ten_conflicts():
    assert {passage.style for passage in PASSAGES} == set(STYLES)
    assert len({passage.conflict for passage in PASSAGES}) >= 10


def test_heldout_labels_cover_every_kind_of_miss():
    labelled = {kind for _, label in LABELS for kind in label.kinds}
    assert labelled == set(KINDS)
    assert any(not label.kinds for _, label in LABELS), "plain figures are labelled too"
    assert any(forbidden.why == "ratio" for _, forbidden in FORBIDDEN)


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
    bounds = (label.low is not None, label.best is not None, label.high is not None)
    assert bounds == BOUNDS[label.qualifier]
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
