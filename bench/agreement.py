"""How far two careful labellers agree on real sentences (issue 16): the first 30 sentences of each language's
third batch (bench/third_batch_<code>.py), labelled again by two sessions blind to the first labels, to the reader
and to each other (bench/second_labels/labels_<code>.py). Prints, by language, the sentences whose two labels have
every field equal (qualifier, low, best, high, metric, population, group), which fields differ how often, and the
reader's own score against each labeller on the same sentences.

    python bench/agreement.py [--differences]
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "provenance.settings")
os.environ.setdefault("DEBUG", "1")

import django

django.setup()

from bench.real_sentences import THIRD_BATCH  # noqa: E402
from claims.parsing import ParseError, parse_figure  # noqa: E402

FIELDS = ("qualifier", "low", "best", "high", "metric", "population", "group")
SAMPLE = 30


def reading(phrase: str, code: str) -> tuple | None:
    try:
        figure = parse_figure(phrase, language=code)
    except ParseError:
        return None
    return tuple(getattr(figure, name) for name in FIELDS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--differences", action="store_true", help="print each sentence the labellers differ on"
    )
    args = parser.parse_args()
    totals = Counter()
    differing = Counter()
    print(f"| {'language':8} | {'labellers agree':>15} | {'reader = first':>14} | {'reader = second':>15} |")
    print(f"|{'-' * 10}|{'-' * 17}|{'-' * 16}|{'-' * 17}|")
    for code, cases in THIRD_BATCH.items():
        second = importlib.import_module(f"bench.second_labels.labels_{code}").LABELS
        first = [tuple(getattr(case, name) for name in FIELDS) for case in cases[:SAMPLE]]
        if len(second) != len(first):
            sys.exit(f"bench/second_labels/labels_{code}.py holds {len(second)} labels, not {len(first)}.")
        read = [reading(case.phrase, code) for case in cases[:SAMPLE]]
        agree = sum(a == (tuple(b) if b else None) for a, b in zip(first, second, strict=True))
        reader_first = sum(a == r for a, r in zip(first, read, strict=True))
        reader_second = sum((tuple(b) if b else None) == r for b, r in zip(second, read, strict=True))
        for case, a, b in zip(cases[:SAMPLE], first, second, strict=True):
            if b is None:
                differing["no figure, says one"] += 1
            else:
                for name, x, y in zip(FIELDS, a, b, strict=True):
                    differing[name] += x != y
            if args.differences and a != (tuple(b) if b else None):
                print(f"  [{code}] {case.phrase}\n      first {a}\n      second {b}")
        totals.update(agree=agree, first=reader_first, second=reader_second, n=len(first))
        print(
            f"| {code:8} | {agree:>9}/{len(first):<5} | {reader_first:>8}/{len(first):<5} | {reader_second:>9}/{len(first):<5} |"
        )
    n = totals["n"]
    print(
        f"| {'all':8} | {totals['agree'] / n:>8.1%} ({totals['agree']}/{n}) | {totals['first'] / n:>6.1%} ({totals['first']}) "
        f"| {totals['second'] / n:>7.1%} ({totals['second']}) |"
    )
    print()
    print(
        "Fields that differ, in how many sentences: "
        + ", ".join(f"{k} {v}" for k, v in differing.items() if v)
    )


if __name__ == "__main__":
    main()
