"""`python -m claims.parsing [--write-docs] [phrase ...]`: rewrite the rules section of the docs, read phrases."""

import argparse
import sys

from .reading import DOCS_PATH, ParseError, parse_figure, write_docs
from .reading import __doc__ as module_doc

arguments = argparse.ArgumentParser(prog="python -m claims.parsing", description=module_doc.splitlines()[0])
arguments.add_argument("--write-docs", action="store_true", help=f"rewrite the rules section of {DOCS_PATH}")
arguments.add_argument("phrase", nargs="*", help="a phrase to read")
options = arguments.parse_args()
if options.write_docs:
    write_docs()
for phrase in options.phrase:
    try:
        print(parse_figure(phrase))
    except ParseError as error:
        print(f"ParseError: {error}", file=sys.stderr)
