"""How fast the reader reads each language's corpus phrases: phrases per second, best of five passes.

Run by hand from a checkout: `python bench/reader_speed.py [--corpora DIR]`. To compare two versions of the reader
on the same phrases, give both checkouts the same DIR (one's tests/ folder) and run them in turn, alternating, on
the same machine: the ratio of the two lines is the change (docs/methodology.md quotes one such run).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "provenance.settings")
os.environ.setdefault("DEBUG", "1")

import django

django.setup()

from claims.parsing import ParseError, parse_figure  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=str(Path(__file__).resolve().parent.parent / "tests"))
    arguments = parser.parse_args()
    figures = []
    for code in ("ru", "uk", "ar", "fr", "es", "de"):
        spec = importlib.util.spec_from_file_location(
            f"corpus_{code}", Path(arguments.corpora) / f"corpus_{code}.py"
        )
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        phrases = [case.phrase for case in module.CASES] + list(module.NON_FIGURES)
        best = float("inf")
        for _ in range(5):
            started = time.perf_counter()
            for phrase in phrases:
                with contextlib.suppress(ParseError):
                    parse_figure(phrase, language=code)
            best = min(best, time.perf_counter() - started)
        figures.append(f"{code} {len(phrases) / best:,.0f}")
    print("phrases/s: " + "; ".join(figures))


if __name__ == "__main__":
    main()
