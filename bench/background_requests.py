"""Time what an editor waits for: an upload and a long text's extraction page, read in the request (as before
issue 17's background work) and queued for the task worker (as now), in one run.

    python bench/background_requests.py [--rounds 5] [--html-kb 2000] [--text-chars 500000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres python bench/background_requests.py --throwaway

Without DATABASE_URL it runs on a new SQLite file in a temporary directory. An editor logged in with Django's
test client (no network) POSTs an HTML page of --html-kb kilobytes to a source's "Upload a copy", and GETs the
extraction page of a source whose text has --text-chars characters of news-style paragraphs. "In the request":
the immediate task backend and EXTRACT_INLINE_MAX_CHARS above the text's length, as the code read them before.
"Queued": the database backend (the worker does the reading afterwards; it is not timed here). Rounds alternate
the two, so drift affects them alike. Prints the median and p90 of each, and how many times faster queued is.
"""

import argparse
import math
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "provenance.settings")
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import benchdb  # noqa: E402

PARAGRAPH = (
    "The health ministry said on Tuesday that at least 42 people were killed and 130 wounded in strikes on the "
    "city. Officials added that markets reopened after the holiday and that schools would stay closed. "
)
IMMEDIATE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default"]}
}
DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5, help="timed requests of each kind (default 5)")
    parser.add_argument(
        "--html-kb", type=int, default=2000, help="size of the uploaded page (default 2000 kB)"
    )
    parser.add_argument(
        "--text-chars", type=int, default=500_000, help="length of the long source text (default 500,000)"
    )
    parser.add_argument(
        "--throwaway", action="store_true", help="a new PostgreSQL database, dropped at the end"
    )
    return parser.parse_args()


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def main() -> None:
    args = parse_args()
    where, cleanup = benchdb.choose("background", throwaway=args.throwaway)
    try:
        run(args, where)
    finally:
        cleanup()


def run(args: argparse.Namespace, where: str) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import override_settings, setup_test_environment
    from django.urls import reverse

    from claims.models import Actor, CaptureRequest, Source, TextReading
    from claims.services import save_source

    setup_test_environment()
    if "testserver" not in settings.ALLOWED_HOSTS and "*" not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    call_command("migrate", verbosity=0)
    editor = get_user_model().objects.create_user("bench-editor", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    publisher = Actor.objects.create(name="Bench outlet", kind="news_outlet")

    repeats = args.html_kb * 1024 // (len(PARAGRAPH) + 7) + 1
    page = "<html><body><article>" + "".join(f"<p>{PARAGRAPH}</p>" for _ in range(repeats)) + "</article>"
    page_bytes = page.encode()
    text = (PARAGRAPH * (args.text_chars // len(PARAGRAPH) + 1))[: args.text_chars]

    timings: dict[str, list[float]] = {
        key: [] for key in ("upload now", "upload queued", "read now", "read queued")
    }
    for round_ in range(args.rounds):
        for queued in (False, True):
            tasks = DATABASE if queued else IMMEDIATE
            inline_max = settings.EXTRACT_INLINE_MAX_CHARS if queued else args.text_chars + 1
            with override_settings(TASKS=tasks, EXTRACT_INLINE_MAX_CHARS=inline_max):
                source = Source(
                    url=f"https://news.example.org/bench/{round_}/{queued}",
                    title="Bench source",
                    publisher=publisher,
                    text="",
                )
                save_source(source)
                upload = SimpleUploadedFile("page.html", page_bytes, content_type="text/html")
                began = time.perf_counter()
                response = client.post(
                    reverse("admin:claims_source_upload", args=[source.pk]), {"document": upload}
                )
                timings["upload queued" if queued else "upload now"].append(time.perf_counter() - began)
                if response.status_code != 302:
                    sys.exit(f"The upload answered {response.status_code}")
                source.text = text
                save_source(source)
                began = time.perf_counter()
                response = client.get(reverse("admin:claims_source_extract", args=[source.pk]))
                timings["read queued" if queued else "read now"].append(time.perf_counter() - began)
                if response.status_code != 200:
                    sys.exit(f"The extraction page answered {response.status_code}")
    print(f"Database: {where}")
    print(
        f"{args.rounds} rounds; an upload of a {len(page_bytes) / 1e6:.1f} MB page, an extraction page of a "
        f"{len(text):,}-character text. Queued requests left {CaptureRequest.objects.filter(state='queued').count()} "
        f"uploads and {TextReading.objects.filter(state='queued').count()} readings for the worker."
    )
    print()
    print(f"| {'request':28} | {'median':>9} | {'p90':>9} |")
    print(f"|{'-' * 30}|{'-' * 11}|{'-' * 11}|")
    for key, samples in timings.items():
        label = {
            "upload now": "upload, read in the request",
            "upload queued": "upload, queued",
            "read now": "extraction, read in request",
            "read queued": "extraction, queued",
        }[key]
        print(
            f"| {label:28} | {statistics.median(samples) * 1000:7.0f} ms | {percentile(samples, 0.9) * 1000:7.0f} ms |"
        )
    print()
    for kind in ("upload", "read"):
        ratio = statistics.median(timings[f"{kind} now"]) / statistics.median(timings[f"{kind} queued"])
        print(
            f"{'Upload' if kind == 'upload' else 'Extraction page'}: the editor waits {ratio:,.0f}× less when queued."
        )


if __name__ == "__main__":
    main()
