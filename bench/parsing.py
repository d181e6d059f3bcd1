"""Measure claims.parsing against quantulum3, a general quantity extractor: speed and accuracy, side by side.

Run by hand from anywhere: `python bench/parsing.py`. quantulum3 is optional (`pip install quantulum3`); without
it the benchmark says so and prints our own figures. Never part of the test suite.
"""

import re
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.parsing import Figure, ParseError, extract_figures, parse_figure
from tests.parsing_cases import CONSERVATIVE_CASES, LITERAL_CASES, NOT_FIGURES, long_article

# Enough repetitions for a steady timing, without waiting long on the slower tool.
MIN_SECONDS = 1.0
WRITTEN_NUMBER_RE = re.compile(
    r"\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)\b",
    re.IGNORECASE,
)


def load_quantulum():
    """Return quantulum3's parser, or None and the reason it cannot be used."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except Exception as error:  # any failure to install or import only removes the comparison
        return None, f"{type(error).__name__}: {error}"
    return parser, None


def quietly(function):
    """Return function wrapped so that its warnings (quantulum3 warns about optional extras) stay silent."""

    def call(*arguments):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return function(*arguments)

    return call


def seconds_per_pass(run_once) -> float:
    """Return the fastest time of one call of run_once, repeating it for at least MIN_SECONDS."""
    fastest, spent = float("inf"), 0.0
    while spent < MIN_SECONDS:
        started = time.perf_counter()
        run_once()
        elapsed = time.perf_counter() - started
        fastest, spent = min(fastest, elapsed), spent + elapsed
    return fastest


def refused(phrase) -> bool:
    """Return True when parse_figure refuses the phrase."""
    try:
        parse_figure(phrase)
    except ParseError:
        return True
    return False


def figure_is_right(case, convention) -> bool:
    """Return True when parse_figure reads the case's phrase as exactly its expected figure."""
    phrase, qualifier, low, best, high, metric, population = case
    try:
        return parse_figure(phrase, convention) == Figure(
            qualifier, low, best, high, metric, population, convention
        )
    except ParseError:
        return False


def written_numbers(qualifier, low, best, high) -> tuple[int, ...]:
    """Return the numbers a phrase writes, recovered from its bounds ("more than 300" has low 301, writes 300)."""
    if qualifier in ("exact", "approximate"):
        return (best,)
    if qualifier == "at_least":
        return (low,)
    if qualifier == "more_than":
        return (low - 1,)
    if qualifier == "at_most":
        return (high,)
    if qualifier == "fewer_than":
        return (high + 1,)
    if qualifier == "range":
        return (low, high)
    return ()


def our_numbers(phrase) -> tuple[int, ...]:
    """Return the numbers parse_figure reads in the phrase, as written."""
    try:
        figure = parse_figure(phrase)
    except ParseError:
        return ()
    return written_numbers(figure.qualifier, figure.low, figure.best, figure.high)


def quantulum_finds(parse, phrase, numbers) -> bool:
    """Return True when quantulum3 finds a quantity of each number's value in the phrase."""
    values = {quantity.value for quantity in parse(phrase)}
    return all(number in values for number in numbers)


def main() -> None:
    figure_cases = [(case, "conservative") for case in CONSERVATIVE_CASES] + [
        (case, "literal") for case in LITERAL_CASES
    ]
    phrases = list(dict.fromkeys([case[0] for case, _ in figure_cases] + NOT_FIGURES))
    # Cases that write a number in digits or words; "dozens", "no casualties" and "many" do not.
    numeric_cases = [
        (phrase, written_numbers(qualifier, low, best, high))
        for phrase, qualifier, low, best, high, _, _ in CONSERVATIVE_CASES
        if qualifier not in ("vague", "unquantified") and WRITTEN_NUMBER_RE.search(phrase)
    ]
    article = long_article()

    ours = {
        "parse: phrases/second": len(phrases)
        / seconds_per_pass(lambda: [refused(phrase) for phrase in phrases]),
        "extract: characters/second": len(article) / seconds_per_pass(lambda: extract_figures(article)),
    }
    parser, missing = load_quantulum()
    if parser:
        parse = quietly(parser.parse)
        theirs = {
            "parse: phrases/second": len(phrases)
            / seconds_per_pass(lambda: [parse(phrase) for phrase in phrases]),
            "extract: characters/second": len(article) / seconds_per_pass(lambda: parse(article)),
        }

    print(
        f"Inputs: the {len(phrases)} distinct phrases of tests/parsing_cases.py ({len(figure_cases)} figure cases,"
    )
    print(
        f"{len(NOT_FIGURES)} non-figures), and an article of {len(article.split()):,} words ({len(article):,} characters)"
    )
    print("made of its passages.")
    print()
    if parser:
        print(f"{'':30}{'claims.parsing':>16}{'quantulum3':>14}{'ours / theirs':>16}")
        for label, rate in ours.items():
            print(f"{label:30}{rate:>16,.0f}{theirs[label]:>14,.0f}{rate / theirs[label]:>15.0f}x")
    else:
        print(f"quantulum3 is not available ({missing}): our figures only.")
        print(f"{'':30}{'claims.parsing':>16}")
        for label, rate in ours.items():
            print(f"{label:30}{rate:>16,.0f}")
    print(
        f"{'extract: the article takes':30}{len(article) / ours['extract: characters/second']:>15.3f}s",
        end="",
    )
    print(f"{len(article) / theirs['extract: characters/second']:>13.3f}s" if parser else "")

    print()
    print("Accuracy on the test table. It was written alongside claims.parsing, so our score there is a")
    print("regression check, not an independent measure on unseen text.")
    figures_right = sum(figure_is_right(case, convention) for case, convention in figure_cases)
    print("- whole figure equal to the expected one (qualifier, bounds, metric, population, convention):")
    print(f"    claims.parsing {figures_right}/{len(figure_cases)}; quantulum3 reads no such figure")
    print("- non-figures (dates, ages, durations, things ...) refused with ParseError:")
    print(f"    claims.parsing {sum(refused(phrase) for phrase in NOT_FIGURES)}/{len(NOT_FIGURES)}", end="")
    if parser:
        left_alone = sum(not parse(phrase) for phrase in NOT_FIGURES)
        print(
            f"; quantulum3 finds no quantity at all in {left_alone}/{len(NOT_FIGURES)} (it is not meant to refuse)"
        )
    else:
        print()
    print(
        f"- numbers: of the {len(numeric_cases)} phrases that write a number in digits or words, those where the"
    )
    print("  tool yields every number written (both ends of a range; N, not N+1, for 'more than N'; for")
    print("  quantulum3 any quantity of that value counts, whatever its unit):")
    print(
        f"    claims.parsing {sum(our_numbers(phrase) == numbers for phrase, numbers in numeric_cases)}",
        end="",
    )
    print(f"/{len(numeric_cases)}", end="")
    if parser:
        found = sum(quantulum_finds(parse, phrase, numbers) for phrase, numbers in numeric_cases)
        print(f"; quantulum3 {found}/{len(numeric_cases)}")
    else:
        print()


if __name__ == "__main__":
    main()
