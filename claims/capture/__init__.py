"""Capture a source's document (issue 17): fetch it safely, keep its bytes, a WARC record and its main text.

Pure functions over bytes and URLs; storing a capture and filling its source is claims.services.capturing's.
"""

from .extracting import Extracted, extract
from .fetching import CaptureError, Fetched, fetch
from .warc import warc_record

__all__ = ["CaptureError", "Extracted", "Fetched", "extract", "fetch", "warc_record"]
