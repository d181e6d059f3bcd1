"""Read casualty figures; the module moved to reading.py unchanged, so that its history follows it into the package."""

from .reading import *  # noqa: F403
from .reading import __all__ as _reading_all
from .reading import normalise_for_quoting, quote_found, quote_found_in, write_docs

__all__ = [*_reading_all, "normalise_for_quoting", "quote_found", "quote_found_in", "write_docs"]
