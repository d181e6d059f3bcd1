"""The labelled corpus of bench/parsing.py is well formed; the reader's scores on it belong to the bench."""

import pytest

from claims.models import Group, Metric, Population
from claims.parsing import QUALIFIERS
from tests.reading_corpus import FORBIDDEN_KINDS, KINDS, NUMBER_RE, PASSAGES, STYLES

LABELS = [(passage, label) for passage in PASSAGES for label in passage.figures]
FORBIDDEN = [(passage, forbidden) for passage in PASSAGES for forbidden in passage.forbidden]


def label_id(item) -> str:
    """Return a test id naming the passage and the phrase."""
    passage, entry = item
    return f"{passage.key}: {entry[0]}"


def test_corpus_has_at_least_60_passages_with_distinct_keys():
    assert len(PASSAGES) >= 60
    assert len({passage.key for passage in PASSAGES}) == len(PASSAGES)


def test_corpus_covers_every_style_and_several_conflicts():
    assert {passage.style for passage in PASSAGES} == set(STYLES)
    assert len({passage.conflict for passage in PASSAGES}) >= 5


def test_labels_cover_every_kind_of_miss():
    labelled = {kind for _, label in LABELS for kind in label.kinds}
    assert labelled == set(KINDS)
    assert any(not label.kinds for _, label in LABELS), "plain figures are labelled too"
    assert any(forbidden.why == "ratio" for _, forbidden in FORBIDDEN)


@pytest.mark.parametrize("item", LABELS, ids=label_id)
def test_label_phrase_occurs_once_in_its_passage(item):
    passage, label = item
    assert passage.text.count(label.phrase) == 1


@pytest.mark.parametrize("item", LABELS, ids=label_id)
def test_label_values_are_codes_and_bounds_fit_the_qualifier(item):
    _, label = item
    assert label.qualifier in QUALIFIERS
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
    expected = {
        "exact": (True, True, True),
        "approximate": (False, True, False),
        "at_least": (True, True, False),
        "more_than": (True, False, False),
        "at_most": (False, False, True),
        "fewer_than": (False, False, True),
        "range": (True, False, True),
        "vague": (True, False, False),
        "unquantified": (False, False, False),
    }[label.qualifier]
    assert bounds == expected
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
