"""Render the rule tables as Markdown into docs/methodology.md, so the document shows what the code applies."""

from __future__ import annotations

from pathlib import Path

from .figures import CONVENTIONS, QUALIFIERS, bounds_for
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
    VAGUE_UNITS,
    ZERO_CUES,
    ZERO_CUES_NEEDING_A_VERB,
)
from .numbers import number_value

DOCS_PATH = Path(__file__).resolve().parents[2] / "docs" / "methodology.md"
DOCS_START = "<!-- rules:start -->"
DOCS_END = "<!-- rules:end -->"


def _quoted(phrases) -> str:
    return ", ".join(f"“{phrase}”" for phrase in phrases)


def _bound_symbols(qualifier: str) -> tuple[str, str, str]:
    """Return the low, best and high columns of a qualifier, worked out by bounds_for itself."""
    if qualifier == "range":
        symbols = {100: "X", 200: "Y"}
        bounds = bounds_for(qualifier, 100, 200)
    else:
        symbols = {100: "floor" if qualifier == "vague" else "N", 101: "N+1", 99: "N−1"}
        bounds = bounds_for(qualifier, 100)
    low, best, high = ("–" if bound is None else symbols[bound] for bound in bounds)
    return low, best, high


def methodology_markdown() -> str:
    """Return the rule tables as Markdown, for docs/methodology.md."""
    cues = {qualifier: _quoted(QUALIFIER_CUES.get(qualifier, ())) for qualifier in QUALIFIERS}
    suffixes = {
        qualifier: [suffix for suffix, reading in QUALIFIER_SUFFIXES.items() if reading == qualifier]
        for qualifier in QUALIFIERS
    }
    cues["exact"] = f"a bare number; {cues['exact']}; zero: {_quoted(ZERO_CUES)} (see below)"
    cues["range"] = _quoted(RANGE_FORMS)
    cues["vague"] = "a plural magnitude (see below)"
    cues["unquantified"] = _quoted(UNQUANTIFIED_CUES)
    lines = [
        "### Qualifiers and bounds",
        "",
        "`N` is the number in the phrase; `floor` is the vague magnitude's floor under the convention used.",
        "",
        "| qualifier | cues | low | best | high |",
        "|---|---|---|---|---|",
    ]
    for qualifier in QUALIFIERS:
        written = cues[qualifier]
        if suffixes[qualifier]:
            written += "; after the number: " + _quoted(f"N {suffix}" for suffix in suffixes[qualifier])
        lines.append(f"| {qualifier} | {written} | " + " | ".join(_bound_symbols(qualifier)) + " |")
    lines += [
        "",
        "Zero: “no” counts as 0 when what is counted follows it (“no casualties”, “no civilians were killed”); "
        f"{_quoted(ZERO_CUES_NEEDING_A_VERB)} count as 0 when a casualty verb follows (“nobody was killed”).",
        "",
        "### Vague magnitudes",
        "",
        "| phrase | " + " | ".join(f"{name} floor" for name in CONVENTIONS) + " |",
        "|---|" + "---|" * len(CONVENTIONS),
    ]
    for cue, floors in VAGUE_MAGNITUDES.items():
        lines.append(f"| {cue} | " + " | ".join(f"{floors[name]:,}" for name in CONVENTIONS) + " |")
    examples = [(multiplier, unit) for multiplier in VAGUE_MULTIPLIERS for unit in ("hundred", "thousand")]
    lines += [
        "",
        f"{_quoted(VAGUE_MULTIPLIERS)} also multiply a singular unit ({_quoted(VAGUE_UNITS)}), "
        "under either convention: "
        + ", ".join(
            f"“{multiplier} {unit}” = {VAGUE_MULTIPLIERS[multiplier]} × {VAGUE_UNITS[unit]:,}"
            for multiplier, unit in examples
        )
        + ".",
        "",
        "### Conventions",
        "",
        "| convention | reading |",
        "|---|---|",
        *(f"| {name} | {description} |" for name, description in CONVENTIONS.items()),
        "",
        "### Numbers",
        "",
        "| written | read as |",
        "|---|---|",
        *(f"| {form.replace(chr(0xA0), '&nbsp;')} | {number_value(form):,} |" for form in NUMBER_FORMS),
        "",
        "### What is counted",
        "",
        "| metric | cues |",
        "|---|---|",
        *(f"| {metric} | {_quoted(metric_cues)} |" for metric, metric_cues in METRIC_CUES.items()),
        "",
        "| population | cues |",
        "|---|---|",
        *(
            f"| {population} | {_quoted(population_cues)} |"
            for population, population_cues in POPULATION_CUES.items()
        ),
        f"| all | anything else, e.g. {_quoted(PEOPLE_NOUNS)} |",
        "",
        "### Never a casualty figure",
        "",
        "| kind | examples |",
        "|---|---|",
        *(f"| {kind} | {_quoted(examples)} |" for kind, examples in NON_FIGURES.items()),
        "",
        f"Counts of things: a number followed by {_quoted(THING_NOUNS)} (or their singulars).",
        "",
        f"Durations: a number followed by {_quoted(TIME_UNITS)} (or their singulars).",
        "",
        "### Who said it",
        "",
        "| the sentence says | originator |",
        "|---|---|",
        *(f"| {cue} | {originator} |" for cue, originator in ATTRIBUTION_CUES.items()),
    ]
    return "\n".join(lines) + "\n"


def write_docs(path: Path = DOCS_PATH) -> None:
    """Rewrite the rules section of docs/methodology.md from the tables of the lexicon and figures modules."""
    text = path.read_text(encoding="utf-8")
    if DOCS_START not in text or DOCS_END not in text:
        raise SystemExit(
            f"{path} lacks the markers {DOCS_START} and {DOCS_END}; add them where the rules go."
        )
    head, rest = text.split(DOCS_START, 1)
    _, tail = rest.split(DOCS_END, 1)
    path.write_text(f"{head}{DOCS_START}\n{methodology_markdown()}{DOCS_END}{tail}", encoding="utf-8")
