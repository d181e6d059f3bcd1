"""Read a PDF's text, title and creation date in a process of its own, within memory and CPU limits.

Run by claims.capture.extracting as `python pdftext.py MEMORY_BYTES CPU_SECONDS` with the PDF on standard input;
writes {"text", "title", "created"} as JSON on standard output. A PDF can hold streams that unpack to many
gigabytes from a few kilobytes: the limits end such a file's reading here, not the web or task worker that asked.
Imports nothing of the project, only pdfminer.six.
"""

import io
import json
import resource
import sys


def main() -> None:
    memory, seconds = int(sys.argv[1]), int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))
    from pdfminer.high_level import extract_text
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    body = sys.stdin.buffer.read()
    text = extract_text(io.BytesIO(body))
    document = PDFDocument(PDFParser(io.BytesIO(body)))
    info = document.info[0] if document.info else {}

    def string(value) -> str:
        value = resolve1(value)
        if isinstance(value, bytes):
            if value.startswith(b"\xfe\xff"):
                return value[2:].decode("utf-16-be", errors="replace")
            return value.decode("latin-1", errors="replace")
        return str(value) if value else ""

    json.dump(
        {"text": text, "title": string(info.get("Title")), "created": string(info.get("CreationDate"))},
        sys.stdout,
    )


if __name__ == "__main__":
    main()
