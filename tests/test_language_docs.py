"""docs/methodology.md shows each other language's tables as its lexicon holds them (issue 16)."""

from pathlib import Path

from claims.parsing.docs import LANGUAGES_END, LANGUAGES_START, languages_markdown

REPO_ROOT = Path(__file__).resolve().parent.parent


def test_methodology_doc_shows_every_languages_tables():
    text = (REPO_ROOT / "docs" / "methodology.md").read_text(encoding="utf-8")
    section = text.split(LANGUAGES_START, 1)[1].split(LANGUAGES_END, 1)[0]
    # On failure run `python -m claims.parsing --write-docs`.
    assert section.strip() == languages_markdown().strip()
