"""Read casualty figures: a phrase into low/best/high bounds, a text into candidate figures and their originators.

Pure Python, no Django. The rules are the methodology table of DESIGN.md, kept as data in figures.py (qualifiers,
conventions, bounds) and lexicon.py (the English cue words); docs/methodology.md shows them as rendered by
`methodology_markdown()` (`python -m claims.parsing --write-docs` rewrites that section).

- numbers.py: a number written in digits or words
- lexicon.py: the words the reader knows; another language goes beside it, the reader stays as it is
- reading.py: amounts, what they count, and the figures they stand for (`parse_figure`, `extract_figures`)
- sentences.py, attribution.py: sentence spans, and whom a sentence credits with a figure
- quoting.py: whether a quote and its figure appear in a source's text
- docs.py: the rule tables as Markdown

Callers import from here, as they did when this was one module.
"""

from .attribution import ATTRIBUTION_CONFIDENCE, ATTRIBUTION_EXPLAINED
from .docs import DOCS_PATH, methodology_markdown, write_docs
from .figures import CONVENTIONS, QUALIFIERS, Candidate, Figure, ParseError, bounds_for
from .languages import LANGUAGE_NAMES, LANGUAGES, detect_language, reading_language, writes_its_script
from .lexicon import (
    ATTRIBUTION_CUES,
    METRIC_CUES,
    NON_FIGURES,
    NUMBER_FORMS,
    PEOPLE_NOUNS,
    POPULATION_CUES,
    QUALIFIER_CUES,
    QUALIFIER_SUFFIXES,
    RANGE_FORMS,
    THING_NOUNS,
    TIME_UNITS,
    UNQUANTIFIED_CUES,
    VAGUE_MAGNITUDES,
    VAGUE_MULTIPLIERS,
    ZERO_CUES,
)
from .numbers import number_value
from .quoting import normalise_for_quoting, quote_found, quote_found_in
from .reading import extract_figures, parse_figure

__all__ = [
    "ATTRIBUTION_CONFIDENCE",
    "ATTRIBUTION_CUES",
    "ATTRIBUTION_EXPLAINED",
    "CONVENTIONS",
    "DOCS_PATH",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "METRIC_CUES",
    "NON_FIGURES",
    "NUMBER_FORMS",
    "PEOPLE_NOUNS",
    "POPULATION_CUES",
    "QUALIFIERS",
    "QUALIFIER_CUES",
    "QUALIFIER_SUFFIXES",
    "RANGE_FORMS",
    "THING_NOUNS",
    "TIME_UNITS",
    "UNQUANTIFIED_CUES",
    "VAGUE_MAGNITUDES",
    "VAGUE_MULTIPLIERS",
    "ZERO_CUES",
    "Candidate",
    "Figure",
    "ParseError",
    "bounds_for",
    "detect_language",
    "extract_figures",
    "methodology_markdown",
    "normalise_for_quoting",
    "number_value",
    "parse_figure",
    "quote_found",
    "quote_found_in",
    "reading_language",
    "write_docs",
    "writes_its_script",
]
