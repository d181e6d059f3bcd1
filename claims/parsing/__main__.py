"""`python -m claims.parsing [--write-docs] [phrase ...]`: rewrite the rules section of the docs, read phrases."""

import argparse
import sys

from . import __doc__ as package_doc
from .docs import DOCS_PATH, write_docs
from .figures import ParseError
from .reading import parse_figure

arguments = argparse.ArgumentParser(prog="python -m claims.parsing", description=package_doc.splitlines()[0])
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
