"""A hostile review of the fixes made after the review of issue 17's background work (commit 6e4e8c8): restore
integrity, sentence bounding, readings keyed by reader version, and the URL checks. Failing tests are problems
found; passing ones are probes that held."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import itertools
import json
import os
import random

import orjson
import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.urls import reverse

from claims import services
from claims.models import Capture, CaptureRequest, CaptureState, Claim, Source, TextReading
from claims.parsing import extract_figures
from claims.parsing.sentences import MAX_SENTENCE_CHARS, _sentence_spans, bounded
from claims.services.reading import run_reading
from tests.capture_server import REPORT_PDF, no_storage, run_worker, storage_in
from tests.factories import ConflictFactory, SourceFactory

pytestmark = pytest.mark.django_db


# ---------------------------------------------------------------------------------------------------------------
# Helpers (as tests/test_capture_background_attacks.py has them)


def backup_of(path, build):
    with transaction.atomic():
        built = build()
        call_command("backup", path)
        transaction.set_rollback(True)
    return built


def rewritten(path, edit):
    lines = [orjson.loads(line) for line in gzip.decompress(path.read_bytes()).splitlines()[:-1]]
    edit(lines)
    data = b"".join(orjson.dumps(line) + b"\n" for line in lines)
    trailer = {"sha256": hashlib.sha256(data).hexdigest(), "rows": sum(isinstance(x, list) for x in lines)}
    copy = path.with_name("edited-" + path.name)
    copy.write_bytes(gzip.compress(data + orjson.dumps(trailer) + b"\n"))
    return copy


def table_rows(lines, model: str) -> tuple[list[str], list[list]]:
    columns = next(table for table in lines[0]["tables"] if table["model"] == model)["columns"]
    start = lines.index({"model": model})
    rows = []
    for line in lines[start + 1 :]:
        if not isinstance(line, list):
            break
        rows.append(line)
    return columns, rows


def uploaded(body: bytes, source=None, filename: str = "sitrep.bin") -> Capture:
    source = source or SourceFactory(text="")
    return services.capture_upload(source, body=body, filename=filename).capture


def restore(path):
    call_command("restore", path, stdout=io.StringIO(), stderr=io.StringIO())


def b64(body: bytes) -> str:
    import base64

    return base64.b64encode(body).decode()


def extract_url(source, query: str = "") -> str:
    return reverse("admin:claims_source_extract", args=[source.pk]) + query


# ---------------------------------------------------------------------------------------------------------------
# 1. Restore integrity
def empty_answer_backup(tmp_path, settings, server):
    """Back up a capture of a page that answered with no bytes (a 204, an empty 200, a 404 without a body: stored
    as evidence), kept in the capture storage as the empty file named by SHA-256 of nothing."""
    server.pages["/empty"] = (200, [("Content-Type", "text/plain")], b"")
    storage_in(settings, tmp_path / "old-server")
    backup = tmp_path / "backup.jsonl.gz"

    def build():
        capture = services.capture_url(server.url("/empty")).capture
        assert capture.body_name and capture.size == 0
        return capture.pk

    return backup, backup_of(backup, build)


def test_a_capture_of_an_empty_answer_does_not_make_a_backup_unrestorable_into_an_empty_storage(
    tmp_path, settings, server
):
    # The backup holds the file's bytes, b"" (read from the storage), and the restore takes a row whose bytes
    # are empty for one that holds none: "The backup holds no bytes for the capture file ...". A whole backup
    # cannot be restored because one capture of one empty answer is in it.
    backup, capture_id = empty_answer_backup(tmp_path, settings, server)
    storage_in(settings, tmp_path / "new-server")
    restore(backup)
    assert Capture.objects.get(pk=capture_id).content() == b""


def test_a_capture_of_an_empty_answer_does_not_make_a_backup_unrestorable_without_a_storage(
    tmp_path, settings, server
):
    backup, capture_id = empty_answer_backup(tmp_path, settings, server)
    no_storage(settings)
    restore(backup)
    capture = Capture.objects.get(pk=capture_id)
    assert capture.body_name == "" and capture.content() == b""


def test_a_backup_pointing_a_capture_at_another_documents_file_is_refused(tmp_path, settings):
    # The storage is content-addressed: "captures/ab/<sha256>" holds the bytes with that SHA-256, and a later
    # capture of that document finds the name taken and points at it without writing. An edited backup gives a
    # capture the name of document A's file and the bytes (and sha256 column) of B: the restore compares the
    # bytes with the sha256 column only, writes B under A's name, and the next capture of A reads B.
    storage_in(settings, tmp_path / "old-server")
    real, forged = b"the real situation report: 12 killed", b"a forged report: 1200 killed"
    backup = tmp_path / "backup.jsonl.gz"
    backup_of(backup, lambda: uploaded(forged).pk)
    real_name = f"captures/{hashlib.sha256(real).hexdigest()[:2]}/{hashlib.sha256(real).hexdigest()}"

    def repoint(lines):
        columns, rows = table_rows(lines, "claims.capture")
        rows[0][columns.index("body_name")] = real_name

    crafted = rewritten(backup, repoint)
    storage_in(settings, tmp_path / "new-server")
    try:
        restore(crafted)
    except CommandError as refused:
        assert "\n" not in str(refused)
    again = uploaded(real)  # the real document captured on the restored server
    assert again.content() == real, f"a new capture of the real report reads {again.content()!r}"


@pytest.mark.parametrize("digest", ["", "0" * 63, "A" * 64, "not a digest"])
def test_a_backup_whose_sha256_column_was_blanked_is_still_checked_against_the_files_name(
    tmp_path, settings, digest
):
    # _is_digest() is false for a sha256 column that is empty, short or upper-case: then no check at all is made,
    # though the file's name gives the SHA-256 the bytes must have.
    storage_in(settings, tmp_path / "old-server")
    body = os.urandom(300)
    backup = tmp_path / "backup.jsonl.gz"
    name = backup_of(backup, lambda: uploaded(body).body_name)

    def edit(lines):
        columns, rows = table_rows(lines, "claims.capture")
        rows[0][columns.index("sha256")] = digest
        rows[0][columns.index("body")] = b64(b"other bytes")

    crafted = rewritten(backup, edit)
    storage_in(settings, tmp_path / "new-server")
    with contextlib.suppress(CommandError):
        restore(crafted)
    written = tmp_path / "new-server" / name
    assert not written.exists() or written.read_bytes() == body, f"{name} now holds {written.read_bytes()!r}"


def test_without_a_storage_a_row_sharing_a_file_gets_bytes_of_its_own_sha256(tmp_path, settings):
    # Two captures of one document name one file, whose bytes the backup holds once (in the first row). Restored
    # without a storage, the second row is given the first's bytes, never compared with its own sha256 (edited
    # here): a capture whose body and sha256 disagree, restored silently.
    storage_in(settings, tmp_path / "old-server")
    body = os.urandom(300)
    backup = tmp_path / "backup.jsonl.gz"

    def build():
        source = SourceFactory(text="")
        return [uploaded(body, source).pk, uploaded(body, source).pk]

    backup_of(backup, build)

    def edit(lines):
        columns, rows = table_rows(lines, "claims.capture")
        holder = [row for row in rows if row[columns.index("body")]]
        other = [row for row in rows if not row[columns.index("body")]]
        assert len(holder) == 1 and len(other) == 1
        other[0][columns.index("sha256")] = hashlib.sha256(b"something else").hexdigest()

    crafted = rewritten(backup, edit)
    no_storage(settings)
    try:
        restore(crafted)
    except CommandError:
        return
    for capture in Capture.objects.all():
        assert hashlib.sha256(capture.content()).hexdigest() == capture.sha256, capture.pk


@pytest.mark.parametrize("edit", ["body", "sha256", "both rows' bodies"])
def test_a_backup_with_an_edited_body_or_digest_is_refused_in_one_line_leaving_no_file(
    tmp_path, settings, edit
):
    storage_in(settings, tmp_path / "old-server")
    backup = tmp_path / "backup.jsonl.gz"
    backup_of(backup, lambda: [uploaded(os.urandom(100)), uploaded(os.urandom(100))])

    def change(lines):
        columns, rows = table_rows(lines, "claims.capture")
        if edit in ("body", "both rows' bodies"):
            rows[-1][columns.index("body")] = b64(b"edited")
        if edit == "both rows' bodies":
            rows[0][columns.index("body")] = b64(b"edited too")
        if edit == "sha256":
            rows[-1][columns.index("sha256")] = hashlib.sha256(b"x").hexdigest()

    crafted = rewritten(backup, change)
    storage_in(settings, tmp_path / "new")
    with pytest.raises(CommandError) as refused:
        restore(crafted)
    assert "\n" not in str(refused.value) and "Nothing was restored" in str(refused.value)
    assert not Capture.objects.exists()
    assert not [path for path in (tmp_path / "new").rglob("*") if path.is_file()]


@pytest.mark.parametrize("name", ["captures", "captures/", "x" * 300, "captures/ab/" + "y" * 300])
def test_a_backup_naming_a_directory_or_an_impossible_file_is_refused_in_one_line(tmp_path, settings, name):
    storage_in(settings, tmp_path / "old-server")
    backup = tmp_path / "backup.jsonl.gz"
    backup_of(backup, lambda: [uploaded(os.urandom(100)), uploaded(os.urandom(100))])

    def edit(lines):
        columns, rows = table_rows(lines, "claims.capture")
        rows[-1][columns.index("body_name")] = name

    crafted = rewritten(backup, edit)
    storage_in(settings, tmp_path / "new")
    with pytest.raises(CommandError) as refused:  # not IsADirectoryError / OSError with a traceback
        restore(crafted)
    assert "\n" not in str(refused.value)
    assert not Capture.objects.exists()
    assert not [path for path in (tmp_path / "new").rglob("*") if path.is_file()]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("with_storage", [True, False])
def test_two_captures_and_a_pending_upload_of_one_document_round_trip_and_the_upload_runs_once(
    tmp_path, settings, database_tasks, with_storage
):
    storage_in(settings, tmp_path / "old-server")
    body = REPORT_PDF
    backup = tmp_path / "backup.jsonl.gz"

    def build():
        source = SourceFactory(text="")
        uploaded(body, source)
        uploaded(body, source)
        services.request_upload(source, body=body, filename="again.pdf")  # waits: the database backend
        return source.pk

    source_id = backup_of(backup, build)
    if with_storage:
        storage_in(settings, tmp_path / "new-server")
    else:
        no_storage(settings)
    restore(backup)
    assert CaptureRequest.objects.get().state == CaptureState.QUEUED
    run_worker()
    run_worker()  # a second worker pass runs nothing again
    request = CaptureRequest.objects.get()
    assert request.state == CaptureState.DONE, request.message
    captures = Capture.objects.filter(source_id=source_id)
    assert captures.count() == 3
    assert all(capture.content() == body for capture in captures)
    if with_storage:
        assert len([p for p in (tmp_path / "new-server").rglob("*") if p.is_file()]) == 1


def test_a_refused_restore_removes_the_files_it_wrote_and_keeps_those_already_there(tmp_path, settings):
    storage_in(settings, tmp_path / "old-server")
    kept_body, new_body = os.urandom(200), os.urandom(200)
    backup = tmp_path / "backup.jsonl.gz"
    names = backup_of(backup, lambda: [uploaded(kept_body).body_name, uploaded(new_body).body_name])

    def damage(lines):
        columns, rows = table_rows(lines, "claims.capture")
        rows.append(list(rows[-1]))  # a third capture: a copy of the last, its bytes damaged
        rows[-1][columns.index("id")] = 10**6
        rows[-1][columns.index("body_name")] = "captures/zz/damaged"
        rows[-1][columns.index("body")] = b64(b"damaged")
        lines[0]["tables"][[t["model"] for t in lines[0]["tables"]].index("claims.capture")]["rows"] += 1

    crafted = rewritten(backup, damage)
    storage_in(settings, tmp_path / "new")
    (tmp_path / "new" / names[0]).parent.mkdir(parents=True)
    (tmp_path / "new" / names[0]).write_bytes(kept_body)  # a copy of the old storage, partly in place
    with pytest.raises(CommandError):
        restore(crafted)
    files = sorted(str(p.relative_to(tmp_path / "new")) for p in (tmp_path / "new").rglob("*") if p.is_file())
    assert files == [names[0]]


@pytest.mark.parametrize("name", ["../escaped", "/tmp/escaped-absolute", "captures/../../escaped"])
def test_an_upload_request_naming_a_file_outside_the_storage_is_refused(
    tmp_path, settings, database_tasks, name
):
    storage_in(settings, tmp_path / "old-server")
    backup = tmp_path / "backup.jsonl.gz"
    backup_of(backup, lambda: services.request_upload(SourceFactory(text=""), body=b"abc", filename="a.txt"))

    def edit(lines):
        columns, rows = table_rows(lines, "claims.capturerequest")
        rows[0][columns.index("upload_name")] = name

    crafted = rewritten(backup, edit)
    storage_in(settings, tmp_path / "new" / "store")
    with pytest.raises(CommandError) as refused:
        restore(crafted)
    assert "\n" not in str(refused.value)
    assert not (tmp_path / "new" / "escaped").exists() and not os.path.exists("/tmp/escaped-absolute")


@pytest.mark.django_db(transaction=True)
def test_a_fetch_queued_at_backup_time_runs_once_after_the_restore(
    tmp_path, settings, database_tasks, server
):
    storage_in(settings, tmp_path / "old-server")
    backup = tmp_path / "backup.jsonl.gz"
    source_id = backup_of(backup, lambda: services.request_capture_of_url(server.url("/article"))[0].pk)
    storage_in(settings, tmp_path / "new-server")
    restore(backup)
    run_worker()
    run_worker()
    assert CaptureRequest.objects.get().state == CaptureState.DONE
    assert Capture.objects.filter(source_id=source_id).count() == 1
    assert [path for path, _ in server.requests].count("/article") == 1


# ---------------------------------------------------------------------------------------------------------------
# 2. Sentence bounding
def _filler(length: int, words: list[str]) -> str:
    text, index = "", 0
    while len(text) < length:
        text += words[index % len(words)] + " "
        index += 1
    return text[:length]


EN_WORDS = [
    *[
        "according",
        "to",
        "local",
        "officials",
        "the",
        "situation",
        "remains",
        "very",
        "tense",
        "in",
        "the",
        "region,",
    ]
]
FR_WORDS = [
    *[
        "selon",
        "les",
        "autorités",
        "locales",
        "la",
        "situation",
        "reste",
        "très",
        "tendue",
        "dans",
        "la",
        "région,",
    ]
]


@pytest.mark.parametrize("offset", range(1490, 1498))
def test_a_long_sentence_cut_at_a_space_keeps_each_figure_within_its_quote(offset):
    # A run-on "sentence" of 1,500+ characters without a semicolon (a page whose full stops were lost, a list
    # joined with commas) is cut at the last space before 1,500 characters: between "12" and "people were
    # killed". The figure is still found (the words are read across the cut) but its sentence, the quote a claim
    # gets, ends "... according to local 12": the quote says nothing of anyone killed.
    head = ("Officials said " + _filler(3000, EN_WORDS))[:offset].rstrip(" ,") + " "
    text = head + "12 people were killed in the shelling, " + _filler(600, EN_WORDS) + "."
    candidates = extract_figures(text, language="en")
    assert [c.figure.best for c in candidates] == [12]
    candidate = candidates[0]
    assert candidate.phrase in candidate.sentence, f"quote ends {candidate.sentence[-40:]!r}"


def test_a_french_number_written_with_a_space_is_not_split_from_its_quote():
    # "1 500" (a space between thousands, as French and Russian write them) across the cut: the quote ends "1".
    head = ("Selon l'ONU, " + _filler(3000, FR_WORDS))[:1496].rstrip(" ,") + " "
    head = head.ljust(1497, "a")
    text = head + "1 500 personnes ont été tuées dans la ville, " + _filler(600, FR_WORDS) + "."
    candidates = extract_figures(text, language="fr")
    assert [c.figure.best for c in candidates] == [1500]
    assert candidates[0].phrase in candidates[0].sentence, candidates[0].sentence[-40:]


def test_a_list_joined_by_commas_stores_no_more_than_a_list_joined_by_semicolons(long_texts):
    # The bound cuts at semicolons and bars; figures joined by commas are cut every 1,500 characters, and each of
    # the ~150 figures of such a piece stores the whole piece: 180 times the text (a 2,000,000-character page
    # stores some 360 MB in one row, more than PostgreSQL's JSON can hold). The earlier review's bound was 50x.
    source = SourceFactory(text="9 killed, " * 2000)
    reading = services.reading_of(source, "en")
    assert reading.state == CaptureState.DONE
    stored = TextReading.objects.filter(pk=reading.pk).values_list("candidates", flat=True).get()
    size = len(json.dumps(stored))
    assert size < 50 * len(source.text), (
        f"{size:,} bytes stored for a text of {len(source.text):,} characters"
    )


ADVERSARIAL = {
    "commas": "9 killed, ",
    "no spaces": "9killed,",
    "semicolons without spaces": "9 killed;",
    "tabs": "9\tkilled\t",
    "no-break spaces": "9\u00a0killed,\u00a0",
    "newlines inside": "9 killed,\n",
    "one long word": "x" * 5000 + " ",
    "right to left": "قتل ١٢ شخصا، ",
    "bars and bullets": "9 killed | 3 injured • ",
    "semicolon then spaces": ";   ",
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_bounded_spans_are_ordered_disjoint_inside_their_sentence_and_short(name):
    unit = ADVERSARIAL[name]
    rng = random.Random(name)
    text = "".join(unit if rng.random() < 0.9 else "Word. " for _ in range(20_000 // len(unit) + 1))[:20_000]
    spans = [(0, len(text))]
    pieces = bounded(text, spans)
    previous_end = 0
    for start, end in pieces:
        assert previous_end <= start < end <= len(text)
        assert end - start <= MAX_SENTENCE_CHARS
        previous_end = end
    # Nothing but white space is dropped between pieces.
    gaps = [text[a:b] for (_, a), (b, _) in itertools.pairwise(pieces)]
    assert all(not gap.strip() or gap.strip() in ";|•" for gap in gaps), [g for g in gaps if g.strip()][:3]
    for start, end in _sentence_spans(text):
        assert end - start <= MAX_SENTENCE_CHARS


def test_every_figure_of_a_long_list_is_found_once_and_quoted_from_the_text():
    text = "; ".join(f"{i + 10} people were killed in village number {i}" for i in range(300)) + "."
    candidates = extract_figures(text, language="en")
    assert [c.figure.best for c in candidates] == [i + 10 for i in range(300)]
    for candidate in candidates:
        assert candidate.sentence in text and candidate.phrase in candidate.sentence


# ---------------------------------------------------------------------------------------------------------------
# 3. Readings keyed by the reader's version; the extraction page
def figures_text(count: int, separator: str = ". ") -> str:
    return separator.join(f"{i + 10} people were killed in village number {i}" for i in range(count)) + "."


@pytest.mark.parametrize(
    "stored",
    [
        {"not": "a list"},
        "a string",
        [1, 2, 3],
        [None],
        [{"figure": None}],
        "CANDIDATE_WITH_NULL_SENTENCE",
        "CANDIDATE_WITH_TEXT_BOUNDS",
    ],
)
def test_a_corrupt_stored_reading_is_read_again_not_a_500(editor_client, long_texts, stored):
    source = SourceFactory(text=figures_text(3))
    editor_client.get(extract_url(source))
    reading = TextReading.objects.get()
    whole = reading.candidates  # (each sentence stored once; the figures name theirs by position)
    good = whole["figures"]
    if stored == "CANDIDATE_WITH_NULL_SENTENCE":
        stored = {**whole, "sentences": [None], "figures": [{**good[0], "sentence": 0}]}
    elif stored == "CANDIDATE_WITH_TEXT_BOUNDS":
        figure = {**good[0]["figure"], "low": "many", "best": "many", "high": "many"}
        stored = {**whole, "figures": [{**good[0], "figure": figure}]}
    TextReading.objects.filter(pk=reading.pk).update(candidates=stored)
    editor_client.raise_request_exception = False
    response = editor_client.get(extract_url(source))
    assert response.status_code == 200, response.status_code


def test_a_stale_reading_read_again_leaves_one_reading_however_often_the_page_is_opened(
    editor_client, long_texts
):
    source = SourceFactory(text=figures_text(3))
    editor_client.get(extract_url(source))
    for _ in range(3):
        TextReading.objects.update(candidates=[{"junk": True}])
        assert editor_client.get(extract_url(source)).status_code == 200
    assert TextReading.objects.filter(state=CaptureState.DONE).count() == 1
    assert TextReading.objects.count() <= 2, list(TextReading.objects.values_list("state", "message"))


def test_ticks_posted_after_the_publication_date_changed_are_not_silently_dropped(
    editor_client, long_texts, database_tasks
):
    # The page of a long text is loaded and ticked; meanwhile the source's publication date (or its language) is
    # corrected: the text, and so its text_sha256, is the same, but the reading is keyed by the date too. The POST
    # finds no reading for the new date, queues one and shows the "being read" page: nothing created, nothing said.
    import datetime as dt

    source = SourceFactory(text=figures_text(5), published_on=dt.date(2024, 6, 3))
    editor_client.get(extract_url(source))
    assert run_reading(TextReading.objects.get().pk) == "done"
    assert editor_client.get(extract_url(source)).context["rows"]
    source.published_on = dt.date(2024, 6, 4)
    services.save_source(source)
    response = editor_client.post(
        extract_url(source),
        {
            "conflict": ConflictFactory().pk,
            "text_sha256": source.text_sha256,
            "pick_0": "on",
            "metric_0": "killed",
        },
        follow=True,
    )
    said = [str(m) for m in response.context["messages"]] if response.context else []
    assert Claim.objects.exists() or said, "the ticks were dropped without a word"


def test_a_reading_of_another_reader_version_is_not_used_and_is_pruned(editor_client, long_texts):
    source = SourceFactory(text=figures_text(3))
    editor_client.get(extract_url(source))
    TextReading.objects.update(reader="0123456789abcdef", candidates=[{"old": "format"}])
    assert editor_client.get(extract_url(source)).status_code == 200
    assert list(TextReading.objects.values_list("reader", flat=True)) != ["0123456789abcdef"]
    assert not TextReading.objects.filter(reader="0123456789abcdef").exists()


# ---------------------------------------------------------------------------------------------------------------
# 4. URL checks and normalise_url's IPv6 change
def test_a_source_stored_before_ipv6_addresses_kept_their_brackets_is_not_duplicated(database_tasks):
    # Before this commit normalise_url stored "http://2606:4700:4700::1111/report"; no migration rewrites those
    # rows, and the lookups now look for "http://[2606:4700:4700::1111]/report": a second source of one document.
    # Fixed by migration 0030, which brackets them: run here on a row written as the old code wrote it.
    import importlib

    from django.apps import apps

    old = SourceFactory(text="")
    other = SourceFactory(text="")
    Source.objects.filter(pk=old.pk).update(url="http://2606:4700:4700::1111/report")
    Source.objects.filter(pk=other.pk).update(
        url="http://2606:4700:4700:0:0:0:0:2:8080/x"
    )  # (eight groups, then a port)
    importlib.import_module("claims.migrations.0030_bracket_ipv6_source_urls").bracket_ipv6_urls(apps, None)
    assert Source.objects.get(pk=other.pk).url == "http://[2606:4700:4700::2]:8080/x"
    source, _, created = services.request_capture_of_url("http://[2606:4700:4700::1111]/report")
    assert not created and source.pk == old.pk, Source.objects.values_list("url", flat=True)[::1]


def test_one_ipv6_address_written_two_ways_is_one_source(database_tasks):
    first, _, _ = services.request_capture_of_url("http://[2606:4700:4700::1111]/report")
    second, _, created = services.request_capture_of_url("http://[2606:4700:4700:0:0:0:0:1111]/report")
    assert not created and second.pk == first.pk, Source.objects.values_list("url", flat=True)[::1]


@pytest.mark.parametrize(
    "url",
    [
        "http://[fe80::1%25eth0]/",
        "http://[fe80::1%eth0]/",
        "http://[::1]:8080/",
        "http://[::ffff:7f00:1]:80/",
        "http://localhost.:80/",
        "http://LOCALHOST:443/",
        "http://[0::1]/",
        "http://example.org:0/",
        "http://" + "é" * 70 + ".org/",
        "http://" + ".".join(["é" * 20] * 12) + ".org/",
    ],
)
def test_odd_addresses_are_a_form_error_not_a_500_nor_a_private_fetch(editor_client, settings, url):
    settings.CAPTURE_ALLOW_PRIVATE_ADDRESSES = False
    editor_client.raise_request_exception = False
    response = editor_client.post(reverse("admin:claims_source_capture_new"), {"url": url})
    assert response.status_code == 200 and response.context["form"].errors.get("url"), url
    assert not Source.objects.exists() and not CaptureRequest.objects.exists()


@pytest.mark.parametrize(
    "typed",
    [
        "HTTP://EXAMPLE.ORG/report",
        "http://example.org:80/report",
        "http://example.org/report?utm_source=x",
        "http://example.org/report#top",
        "  http://example.org/report  ",
    ],
)
def test_an_adder_cannot_capture_into_an_existing_source_written_another_way(
    client, django_user_model, typed
):
    from django.contrib.auth.models import Permission

    source = SourceFactory(url="http://example.org/report", title="kept", text="")
    adder = django_user_model.objects.create_user("adder", password="x", is_staff=True)
    adder.user_permissions.add(*Permission.objects.filter(codename__in=["add_source", "view_source"]))
    client.force_login(adder)
    client.raise_request_exception = False
    response = client.post(reverse("admin:claims_source_capture_new"), {"url": typed})
    assert response.status_code == 200
    assert not CaptureRequest.objects.exists() and Source.objects.get().pk == source.pk
