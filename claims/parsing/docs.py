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


LANGUAGES_START = "<!-- languages:start -->"
LANGUAGES_END = "<!-- languages:end -->"


def _cues(cues) -> str:
    """Return cue words for a table cell: a stem's "*" kept, as the reader matches it."""
    return ", ".join(f"“{cue}”" for cue in cues) if cues else "–"


def language_markdown(code: str) -> str:
    """Return one language's tables (its lexicon_<code>.py) as Markdown: the same sections as English."""
    from .languages import LANGUAGE_NAMES
    from .multilingual import lexicon_for, read_number

    lexicon = lexicon_for(code).module
    lines = [f"### {LANGUAGE_NAMES[code]} (`{code}`)", "", "| qualifier | cues |", "|---|---|"]
    for qualifier in QUALIFIERS:
        cues = list(lexicon.QUALIFIER_CUES.get(qualifier, ()))
        if qualifier == "approximate":
            cues += list(getattr(lexicon, "ESTIMATE_CUES", ()))  # an estimate's verb right before the number
        cues += [
            f"N {suffix}" for suffix, reading in lexicon.QUALIFIER_SUFFIXES.items() if reading == qualifier
        ]
        if qualifier == "range":
            cues = list(lexicon.RANGE_FORMS)
        elif qualifier == "vague":
            cues = [form.split("|")[0] for form in lexicon.VAGUE_MAGNITUDES]
        elif qualifier == "unquantified":
            cues = list(lexicon.UNQUANTIFIED_CUES)
        elif qualifier == "exact":
            cues = ["a bare number", *cues, *(f"zero: {cue}" for cue in lexicon.ZERO_CUES)]
        lines.append(f"| {qualifier} | {_cues(cues)} |")
    false_friends = [f"“{cue}” after {_cues(words)}" for cue, words in lexicon.FALSE_FRIENDS.items()] + [
        f"“X … Y” after a verb of change ({_cues(lexicon.CHANGE_VERBS)}) is Y"
    ]
    lines += [
        "",
        "Not a qualifier here (false friends): " + "; ".join(false_friends) + ".",
        "",
        "| vague magnitude | " + " | ".join(f"{name} floor" for name in CONVENTIONS) + " |",
        "|---|" + "---|" * len(CONVENTIONS),
    ]
    for forms, floors in lexicon.VAGUE_MAGNITUDES.items():
        written = " / ".join(forms.split("|")[:3])
        lines.append(f"| {written} | " + " | ".join(f"{floors[name]:,}" for name in CONVENTIONS) + " |")
    multipliers = getattr(lexicon, "VAGUE_MULTIPLIERS", {})
    units = getattr(lexicon, "VAGUE_UNITS", {})
    if multipliers and units:
        lines += [
            "",
            f"{_cues(multipliers)} multiply {_cues(units)} under either convention.",
        ]
    lines += ["", "| written | read as |", "|---|---|"]
    for form in lexicon.NUMBER_FORMS:
        value = read_number(form, code)
        lines.append(f"| {form.replace(chr(0xA0), '&nbsp;')} | {'–' if value is None else f'{value:,}'} |")
    lines += ["", "| metric | cues |", "|---|---|"]
    lines += [f"| {metric} | {_cues(cues)} |" for metric, cues in lexicon.METRIC_CUES.items()]
    lines += ["", "| population | cues |", "|---|---|"]
    lines += [f"| {population} | {_cues(cues)} |" for population, cues in lexicon.POPULATION_CUES.items()]
    lines += [
        f"| all | anything else, e.g. {_cues(lexicon.PEOPLE_NOUNS)} |",
        "",
        "| group | cues |",
        "|---|---|",
    ]
    lines += [f"| {group} | {_cues(cues)} |" for group, cues in lexicon.GROUP_CUES.items()]
    lines += ["", "| never a casualty figure | examples |", "|---|---|"]
    lines += [f"| {kind} | {_cues(examples)} |" for kind, examples in lexicon.NON_FIGURES.items()]
    lines += [
        f"| count of things | a number followed by {_cues(lexicon.THING_NOUNS)} |",
        f"| duration | a number followed by {_cues(lexicon.TIME_UNITS)} |",
        "",
        f"Parts of a total follow {_cues(lexicon.BREAKDOWN_CUES)}. Who said it: the name after "
        f"{_cues(lexicon.ACCORDING_TO)}; else the subject of {_cues(lexicon.ATTRIBUTION_VERBS)}, before the "
        "verb or after it; else the speaker named in the two sentences before (confidence low).",
        "",
    ]
    return "\n".join(lines)


def languages_markdown() -> str:
    """Return every other language's tables as Markdown, for docs/methodology.md."""
    from .multilingual import OTHER_LANGUAGES

    return "\n".join(language_markdown(code) for code in OTHER_LANGUAGES)


def _replace_between(text: str, start: str, end: str, body: str, path: Path) -> str:
    if start not in text or end not in text:
        raise SystemExit(f"{path} lacks the markers {start} and {end}; add them where the rules go.")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{body}{end}{tail}"


def write_docs(path: Path = DOCS_PATH) -> None:
    """Rewrite the rules sections of docs/methodology.md from the tables of the lexicons and figures modules."""
    text = path.read_text(encoding="utf-8")
    text = _replace_between(text, DOCS_START, DOCS_END, methodology_markdown(), path)
    text = _replace_between(text, LANGUAGES_START, LANGUAGES_END, languages_markdown(), path)
    path.write_text(text, encoding="utf-8")
