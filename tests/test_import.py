import csv
import datetime as dt
import io
import itertools
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from claims import importing
from claims.importing import Importer, ImportRefused, read_rows
from claims.models import (
    AttributionHop,
    Claim,
    ClaimVersion,
    Conflict,
    FeedEntry,
    Incident,
    Qualifier,
    Quantity,
)
from claims.services import counting_problems, save_incident
from tests.factories import ConflictFactory

pytestmark = pytest.mark.django_db


def row(n: int = 1, **changes) -> dict:
    base = {
        "external_id": f"row-{n}",
        "conflict": "nk-2020",
        "metric": "killed",
        "population": "all",
        "sides": ["Armenia", "Azerbaijan"],
        "phrase": "as many as 5,000 deaths",
        "qualifier": "at_most",
        "high": 5000,
        "originator": "Russia",
        "stated_on": "2020-10-22",
        "quote": "Russia has estimated as many as 5,000 deaths.",
        "chain": [
            {"actor": "Russia", "relation": "stated"},
            {"actor": "TASS", "relation": "relayed", "date": "2020-10-22"},
            {"actor": "RFE/RL", "relation": "published", "source": "https://www.rferl.org/a/30932.html"},
        ],
    }
    return base | changes


def jsonl(*rows) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()


def run(data: bytes, name: str = "claims.jsonl", **options):
    return Importer(**options).run(read_rows(data, name))


def test_a_good_file_imports_every_claim_with_its_chain(known, editor):
    outcome = run(jsonl(row(1), row(2, high=6000, phrase="as many as 6,000 deaths")), by=editor)
    assert (outcome.created, outcome.already_present) == (2, 0)
    claim = Claim.objects.get(external_id="row-1")
    assert (claim.status, claim.high, claim.originator.name, claim.created_by) == (
        "draft",
        5000,
        "Russia",
        editor,
    )
    assert [(h.position, h.actor.name, h.relation) for h in claim.chain.all()] == [
        (0, "Russia", "stated"),
        (1, "TASS", "relayed"),
        (2, "RFE/RL", "published"),
    ]
    assert sorted(s.name for s in claim.sides.all()) == ["Armenia", "Azerbaijan"]
    assert claim.quantity.sides_key == ",".join(map(str, sorted(claim.sides.values_list("pk", flat=True))))
    assert claim.quote_check == "verified" and claim.last_reporter.name == "RFE/RL"
    assert Claim.objects.get(external_id="row-2").quote_check == "not_found"  # 6,000 is not in the text
    version = claim.versions.get()
    assert (version.number, version.reason, version.by, len(version.record["chain"])) == (
        1,
        "Imported",
        editor,
        3,
    )
    assert counting_problems() == []


def test_importing_the_same_file_twice_adds_nothing(known):
    data = jsonl(row(1), row(2))
    run(data)
    snapshot = list(Claim.objects.order_by("pk").values())
    outcome = run(data)
    assert (outcome.created, outcome.already_present) == (0, 2)
    assert list(Claim.objects.order_by("pk").values()) == snapshot


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (row(2, low="abc", qualifier="range"), "line 2: low: “abc” value must be an integer."),
        (
            row(2, qualifier="range", low=6000),
            "line 2: high: The low bound cannot be greater than the high bound.",
        ),
        (row(2, qualifier="at_least", high=None), "line 2: low: A figure read as “at least” needs low set."),
        (row(2, originator="Putin"), "line 2: originator: no actor named “Putin”"),
        (row(2, sides=["Armenia", "Atlantis"]), "line 2: sides: no actor named “Atlantis”"),
        (
            row(2, chain=[{"actor": "Nobody", "relation": "stated"}]),
            "line 2: chain[0]: no actor named “Nobody”",
        ),
        (row(2, chain=[{"actor": "TASS", "relation": "shouted"}]), "line 2: chain[0]: relation “shouted”"),
        (
            row(2, chain=[{"actor": "TASS", "relation": "relayed", "source": "https://x.example/"}]),
            "no source captured",
        ),
        (row(2, stated_on="2020-13-45"), "line 2: stated_on:"),
        (row(2, conflict="atlantis"), "line 2: conflict: no conflict with slug “atlantis”"),
        (row(2, metric="eaten"), "line 2: metric: Value 'eaten' is not a valid choice."),
        (row(2, status="published"), "line 2: status: “published” is not allowed here (allowed: draft)"),
        (row(2, external_id=""), "line 2: external_id: required"),
        (row(2, external_id="row-1"), "line 2: external_id: “row-1” already used on line 1"),
        (row(2, colour="red"), "line 2: columns: unknown column(s): colour"),
        (
            row(2, chain=[{"actor": "TASS", "relation": "stated"}]),  # the originator is Russia
            "line 2: originator: Hop 0 is the originator's own statement",
        ),
        (row(2, chain=[{"actor": "Russia", "relation": "stated"}] * 101), "line 2: chain: has 101 hops"),
        (
            row(2, high=50_000_000),
            "line 2: high: 50,000,000 is more than any count of people killed this tracker accepts (10,000,000",
        ),
    ],
)
def test_a_bad_row_is_reported_by_line_and_nothing_is_written(known, bad, message):
    with pytest.raises(ImportRefused) as refused:
        run(jsonl(row(1), bad, row(3)))
    assert any(message in error for error in refused.value.errors), refused.value.errors
    assert not Claim.objects.exists() and not AttributionHop.objects.exists()


def test_malformed_json_and_broken_encoding_are_reported_by_line(known):
    with pytest.raises(ImportRefused) as refused:
        run(jsonl(row(1)) + b"\n{not json\n" + jsonl(row(3)))
    assert refused.value.errors[0].startswith("line 2: not valid JSON")
    first_line = jsonl(row(1)) + b"\n"
    with pytest.raises(ImportRefused) as refused:
        run(first_line + "Армения".encode("cp1251"))
    assert refused.value.errors == [
        f"line 2: the file is not UTF-8 text (byte {len(first_line)}): save it as UTF-8"
    ]
    assert not Claim.objects.exists()


def test_every_problem_is_listed_not_just_the_first(known):
    with pytest.raises(ImportRefused) as refused:
        run(jsonl(row(1, originator="X"), row(2, metric="eaten"), row(3, conflict="y")))
    assert [error.split(":")[0] for error in refused.value.errors] == ["line 1", "line 2", "line 3"]


def test_csv_files_import_the_same_way(known):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(row()))
    writer.writeheader()
    for r in (row(1), row(2)):
        writer.writerow(r | {"sides": "; ".join(r["sides"]), "chain": json.dumps(r["chain"])})
    outcome = run(out.getvalue().encode(), "claims.csv")
    assert outcome.created == 2
    assert Claim.objects.get(external_id="row-2").chain.count() == 3


def test_a_trusted_import_keeps_statuses_and_tells_partners(known, api):
    outcome = run(
        jsonl(row(1, status="published", rating="single_source"), row(2, status="in_review")), trusted=True
    )
    assert outcome.created == 2
    published = Claim.objects.get(external_id="row-1")
    assert published.status == "published" and published.published_at is not None
    assert list(FeedEntry.objects.values_list("claim_id", "quantity_id", "action")) == [
        (published.pk, None, "upsert"),
        (None, published.quantity_id, "upsert"),  # its quantity's counts among published claims
    ]
    assert [c["id"] for c in api.get("/api/v1/claims/").json()["results"]] == [published.pk]


def test_imported_published_claims_count_in_their_quantity_and_peers_are_not_sent_again(known, api):
    run(jsonl(row(1, status="published", rating="single_source")), trusted=True)
    first = Claim.objects.get(external_id="row-1")
    entry = FeedEntry.objects.get(claim=first).seq
    echo = row(2, status="published", rating="single_source", chain=row()["chain"][:2])  # last outlet: TASS
    run(jsonl(echo, row(3, status="in_review")), trusted=True)

    quantity = Quantity.objects.get()
    assert (quantity.published_reports, quantity.published_origins, quantity.published_circular) == (
        2,
        1,
        True,
    )
    assert (quantity.newsroom_reports, quantity.newsroom_origins) == (3, 1)  # the claim in review counts here
    assert FeedEntry.objects.get(claim=first).seq == entry  # the first claim did not change: not sent again
    assert FeedEntry.objects.get(quantity=quantity).seq > entry  # its quantity's counts did
    shown = api.get(f"/api/v1/quantities/{quantity.pk}/").json()
    assert (shown["reports"], shown["independent_origins"], shown["circular_reporting"]) == (2, 1, True)
    assert counting_problems() == []


def test_a_large_import_refreshes_the_planner_statistics_and_a_small_one_does_not(known, monkeypatch):
    monkeypatch.setattr("claims.importing.ANALYZE_AFTER", 3)

    def analyzed(rows) -> list[str]:
        with CaptureQueriesContext(connection) as captured:
            run(jsonl(*rows))
        return [q["sql"] for q in captured if q["sql"].startswith("ANALYZE")]

    assert analyzed([row(1), row(2)]) == []
    # Claims, hops, sides, versions and quantities before the partner documents are rendered (by joins over
    # them), then the feed and the documents of claims, estimates and incidents.
    assert len(analyzed([row(n) for n in range(3, 6)])) == 9


def test_the_command_lists_problems_and_exits_with_an_error(known, tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_bytes(jsonl(row(1), row(2, low=-5, qualifier="at_least", high=None)))
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_claims", str(path), stderr=err)
    assert "line 2: low: The low bound cannot be negative." in err.getvalue()
    path.write_bytes(jsonl(row(1)))
    out = io.StringIO()
    call_command("import_claims", str(path), stdout=out, stderr=io.StringIO())
    assert "Imported 1 claim(s); 0 already present." in out.getvalue()


# --- the admin's upload, preview and confirm ------------------------------------------------------------------


def upload(client, data: bytes, name: str = "claims.jsonl"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post("/admin/claims/claim/import/", {"file": SimpleUploadedFile(name, data)})


def test_editor_previews_then_confirms_an_import_of_drafts(known, editor_client, editor):
    preview = upload(editor_client, jsonl(row(1), row(2)))
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "2 claims to create, 0 already present" in html and "≤ 5,000 killed" in html
    assert not Claim.objects.exists()  # a preview writes nothing

    confirm = editor_client.post(
        "/admin/claims/claim/import/",
        {"encoded": preview.context["encoded"], "name": "claims.jsonl", "confirm": "1"},
    )
    assert confirm.status_code == 302
    assert sorted(Claim.objects.values_list("external_id", "status", "created_by")) == [
        ("row-1", "draft", editor.pk),
        ("row-2", "draft", editor.pk),
    ]


def test_admin_import_lists_every_problem_and_writes_nothing(known, editor_client):
    response = upload(editor_client, jsonl(row(1, originator="Nobody"), row(2, status="published")))
    html = response.content.decode()
    assert "2 problems in claims.jsonl: nothing was imported." in html
    assert "line 1: originator: no actor named “Nobody”" in html
    assert "line 2: status:" in html
    assert not Claim.objects.exists()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"x" * 20, "claims.txt", "Upload a .jsonl or .csv file."),
        (b"x" * 2000, "claims.jsonl", "the admin takes up to 1,000"),
    ],
)
def test_admin_import_refuses_wrong_or_oversized_files(known, editor_client, settings, data, name, message):
    settings.ADMIN_IMPORT_MAX_BYTES = 1000
    response = upload(editor_client, data, name)
    assert message in " ".join(response.context["form"].non_field_errors())


def test_a_tampered_confirmation_is_refused(known, editor_client):
    response = editor_client.post("/admin/claims/claim/import/", {"encoded": "%%%not-base64", "confirm": "1"})
    assert "damaged in transit" in " ".join(response.context["form"].non_field_errors())
    assert not Claim.objects.exists()


def test_users_who_cannot_add_claims_cannot_import(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("visitor", is_staff=True))
    assert client.get("/admin/claims/claim/import/").status_code == 403


# --- the fast write path: every rule kept, at any size -------------------------------------------------------


def bounds_rows(qualifiers, values):
    """Return one row per qualifier and low/best/high drawn from `values`, numbered from line 1."""
    combos = [(q, *bounds) for q in qualifiers for bounds in itertools.product(values, repeat=3)]
    rows = [
        row(n, qualifier=q, low=low, best=best, high=high, phrase="a figure", chain=[])
        for n, (q, low, best, high) in enumerate(combos, start=1)
    ]
    return combos, rows


def accepted_by_the_database(conflict, **figure) -> bool:
    quantity, _ = Quantity.objects.get_or_create(conflict=conflict, metric="killed", population="all")
    try:
        with transaction.atomic():
            # bulk_create: the database's check constraints alone, without the model's Python validation.
            Claim.objects.bulk_create(
                [
                    Claim(
                        conflict=conflict, quantity=quantity, metric="killed", phrase="x", quote="x", **figure
                    )
                ]
            )
    except IntegrityError:
        return False
    return True


def test_the_import_accepts_exactly_the_figures_the_database_accepts(known):
    """The importer checks figures without model instances: it must agree with every check constraint."""
    combos, rows = bounds_rows(Qualifier.values, [None, -1, 5, 10])
    with pytest.raises(ImportRefused) as refused:
        run(jsonl(*rows))
    refused_lines = {int(error.split(":")[0].removeprefix("line ")) for error in refused.value.errors}
    conflict = Conflict.objects.get(slug="nk-2020")
    accepted = {
        n
        for n, (q, low, best, high) in enumerate(combos, start=1)
        if accepted_by_the_database(conflict, qualifier=q, low=low, best=best, high=high)
    }
    assert accepted and refused_lines  # both kinds are in the table
    assert accepted == set(range(1, len(combos) + 1)) - refused_lines


@pytest.mark.parametrize(
    ("period", "accepted"),
    [(("2020-10-01", "2020-09-30"), False), (("2020-10-01", "2020-10-01"), True), (("2020-10-01", ""), True)],
)
def test_the_import_accepts_a_period_exactly_when_the_database_does(known, period, accepted):
    start, end = period
    conflict = Conflict.objects.get(slug="nk-2020")
    figure = {"qualifier": "at_most", "high": 5000}
    dates = {"period_start": dt.date.fromisoformat(start), "period_end": end and dt.date.fromisoformat(end)}
    assert (
        accepted_by_the_database(conflict, **figure, **{k: v or None for k, v in dates.items()}) is accepted
    )
    data = jsonl(row(1, period_start=start, period_end=end))
    if accepted:
        assert run(data).created == 1
    else:
        with pytest.raises(ImportRefused) as refused:
            run(data)
        assert refused.value.errors == [
            "line 1: period_end: The period counted must not end before it starts."
        ]


def test_an_imported_claim_has_its_first_version_with_the_whole_claim(known, editor):
    run(jsonl(row(1)), by=editor)
    claim = Claim.objects.get(external_id="row-1")
    version = claim.versions.get()
    assert (version.number, version.by, version.reason, claim.version) == (1, editor, "Imported", 1)
    assert version.at == claim.created_at == claim.updated_at
    record = version.record
    assert (record["phrase"], record["high"], record["stated_on"], record["originator"]) == (
        "as many as 5,000 deaths",
        5000,
        "2020-10-22",
        claim.originator_id,
    )
    assert record["sides"] == sorted(claim.sides.values_list("pk", flat=True))
    assert [hop["actor"] for hop in record["chain"]] == list(
        claim.chain.order_by("position").values_list("actor_id", flat=True)
    )
    assert "chain" in version.changed and "sides" in version.changed


def test_a_large_file_is_written_in_batches_with_progress(known, monkeypatch):
    monkeypatch.setattr(importing, "BATCH", 3)
    messages = []
    outcome = Importer(trusted=True, progress=messages.append).run(
        read_rows(
            jsonl(*(row(n, status="published", rating="confirmed") for n in range(1, 8))), "claims.jsonl"
        )
    )
    assert outcome.created == 7
    assert messages == [
        "checked 3 rows",
        "checked 6 rows",
        "wrote 3 of 7 claims",
        "wrote 6 of 7 claims",
        "wrote 7 of 7 claims",
    ]
    claims = Claim.objects.order_by("pk")
    assert [c.external_id for c in claims] == [f"row-{n}" for n in range(1, 8)]  # ids follow the file
    assert all(c.chain.count() == 3 and c.sides.count() == 2 and c.versions.count() == 1 for c in claims)
    assert sorted(FeedEntry.objects.filter(claim__isnull=False).values_list("claim_id", flat=True)) == [
        c.pk for c in claims
    ]


def test_a_bad_row_in_the_last_batch_leaves_nothing_of_the_earlier_ones(known, monkeypatch):
    monkeypatch.setattr(importing, "BATCH", 2)
    with pytest.raises(ImportRefused, match="1 problem"):
        run(jsonl(*(row(n) for n in range(1, 6)), row(6, originator="Nobody")))
    assert not Claim.objects.exists() and not AttributionHop.objects.exists()


def test_a_reimport_with_new_rows_adds_only_those_with_their_own_chains(known, monkeypatch):
    monkeypatch.setattr(importing, "BATCH", 2)
    run(jsonl(row(1), row(3)))
    changed_chain = [{"actor": "TASS", "relation": "stated"}]
    outcome = run(jsonl(row(1), row(2, chain=changed_chain, originator="TASS"), row(3), row(4)))
    assert (outcome.created, outcome.already_present) == (2, 2)
    assert [(h.claim.external_id, h.actor.name) for h in AttributionHop.objects.order_by("claim_id", "position")] == [
        ("row-1", "Russia"), ("row-1", "TASS"), ("row-1", "RFE/RL"),
        ("row-3", "Russia"), ("row-3", "TASS"), ("row-3", "RFE/RL"),
        ("row-2", "TASS"),
        ("row-4", "Russia"), ("row-4", "TASS"), ("row-4", "RFE/RL"),
    ]  # fmt: skip


def test_ids_never_reuse_those_of_deleted_claims(known):
    run(jsonl(row(1), row(2)))
    last = Claim.objects.get(external_id="row-2")
    last_id = last.pk
    AttributionHop.objects.filter(claim=last).delete()
    ClaimVersion.objects.filter(claim=last).delete()
    Claim.objects.filter(pk=last_id).delete()
    run(jsonl(row(3)))
    assert Claim.objects.get(external_id="row-3").pk > last_id


def test_the_number_of_queries_does_not_grow_with_the_rows(known):
    def queries(rows) -> int:
        with CaptureQueriesContext(connection) as captured:
            run(jsonl(*rows), trusted=True)
        return len(captured)

    run(jsonl(row(0)))  # the quantity exists: the imports below only count in it
    few = queries([row(n, status="published", rating="confirmed") for n in range(1, 4)])
    many = queries([row(n, status="published", rating="confirmed") for n in range(4, 64)])
    assert few == many


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (row(2, originator=["Russia"]), "line 2: originator: no actor named “['Russia']”"),
        (row(2, conflict={"slug": "nk-2020"}), "line 2: conflict: no conflict with slug"),
        (row(2, sides=["Armenia", "Armenia"]), "line 2: sides: “Armenia” is named twice"),
        (row(2, sides="Armenia; Armenia"), "line 2: sides: “Armenia” is named twice"),
        (row(2, sides={"a": 1}), "line 2: sides: must be a list of actor names"),
        (row(2, chain={"actor": "TASS"}), "line 2: chain: must be a list of hops"),
        (row(2, chain=["TASS"]), "line 2: chain[0]: must be an object with actor and relation"),
        (
            row(2, chain=[{"actor": "TASS", "relation": ["stated"]}]),
            "line 2: chain[0]: relation “['stated']”",
        ),
        (
            row(2, chain=[{"actor": "TASS", "relation": "stated", "date": "22/10/2020"}]),
            "line 2: chain[0].date: “22/10/2020” value has an invalid date format.",
        ),
        (row(2, external_id="x" * 201), "line 2: external_id: Ensure this value has at most 200 characters"),
        (row(2, low=True, qualifier="at_least"), None),  # JSON true reads as 1, as the model reads it
        (row(2, high="5000"), None),  # a number as text, as in CSV
        (row(2, high=[5000]), "line 2: high: give a single value here, not a list or an object"),
        (row(2, high=2**63), "line 2: high: Ensure this value is less than or equal to 9223372036854775807."),
        (
            row(2, phrase="x" * 501),
            "line 2: phrase: Ensure this value has at most 500 characters (it has 501).",
        ),
        (row(2, stated_on=20201022), "line 2: stated_on: “20201022” value has an invalid date format."),
        (row(2, rating="superb"), "line 2: rating: Value 'superb' is not a valid choice."),
    ],
)
def test_unusual_values_get_the_models_own_verdict(known, bad, message):
    data = jsonl(row(1), bad, row(3))
    if message is None:
        assert run(data).created == 3
        return
    with pytest.raises(ImportRefused) as refused:
        run(data)
    assert any(message in error for error in refused.value.errors), refused.value.errors
    assert not Claim.objects.exists()


def test_a_retracted_claim_needs_a_reason_and_keeps_it(known):
    with pytest.raises(ImportRefused) as refused:
        run(jsonl(row(1, status="retracted", rating="false")), trusted=True)
    assert refused.value.errors == ["line 1: retraction_reason: A retraction needs a reason."]
    run(jsonl(row(1, status="retracted", rating="false", retraction_reason="Misquoted.")), trusted=True)
    claim = Claim.objects.get()
    assert (claim.status, claim.retraction_reason) == ("retracted", "Misquoted.")
    assert claim.retracted_at is not None and not FeedEntry.objects.exists()


def test_a_csv_row_with_more_cells_than_columns_is_reported(known):
    data = b"external_id,conflict\nrow-1,nk-2020,surplus\n"
    with pytest.raises(ImportRefused) as refused:
        run(data, "claims.csv")
    assert "line 2: columns: more cells than the header has columns" in refused.value.errors


def test_a_chain_without_a_captured_source_has_no_quote_check(known):
    run(jsonl(row(1, chain=[{"actor": "Russia", "relation": "stated"}])))
    claim = Claim.objects.get()
    assert (claim.quote_check, claim.last_reporter.name) == ("no_snapshot", "Russia")


def test_a_preview_shows_the_claims_without_writing(known, editor):
    outcome = Importer(by=editor).run(read_rows(jsonl(row(1), row(2)), "claims.jsonl"), dry_run=True)
    assert [(r.line, r.claim.external_id, r.claim.number_text()) for r in outcome.new_rows] == [
        (1, "row-1", "≤ 5,000"),
        (2, "row-2", "≤ 5,000"),
    ]
    assert not Claim.objects.exists()


def test_the_command_shows_progress_on_long_runs(known, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "BATCH", 2)
    path = tmp_path / "claims.jsonl"
    path.write_bytes(jsonl(row(1), row(2), row(3)))
    out, err = io.StringIO(), io.StringIO()
    call_command("import_claims", str(path), stdout=out, stderr=err)
    progress = [line.split("] ", 1)[1] for line in err.getvalue().splitlines()]
    assert progress == ["checked 2 rows", "wrote 2 of 3 claims", "wrote 3 of 3 claims"]
    assert out.getvalue() == "Imported 3 claim(s); 0 already present.\n"


def test_a_nul_character_is_refused_on_every_database(known):
    with pytest.raises(ImportRefused) as refused:
        run(jsonl(row(1, quote="Russia has\x00 estimated.")))
    assert refused.value.errors == ["line 1: quote: Null characters are not allowed."]


def test_rows_another_import_wrote_meanwhile_are_refused_not_a_crash(known, monkeypatch):
    run(jsonl(row(1)))
    # As if a concurrent import had written row-1 after this one looked for it.
    monkeypatch.setattr(Importer, "already_imported", lambda self, keys: set())
    with pytest.raises(ImportRefused) as refused:
        run(jsonl(row(2), row(1)))
    assert refused.value.errors[0].startswith("the database refused the rows (")
    assert list(Claim.objects.values_list("external_id", flat=True)) == ["row-1"]


def test_text_is_stored_exactly_as_written(known):
    tricky = 'Tab\there, a new\nline, a back\\slash, \\N, "quotes", ‘curly’, Армения, 🕊'
    run(
        jsonl(
            row(
                1,
                quote=tricky,
                area=tricky[:200],
                chain=[{"actor": "TASS", "relation": "stated", "words": tricky}],
                originator="TASS",
            )
        )
    )
    claim = Claim.objects.get()
    assert (claim.quote, claim.area, claim.chain.get().words) == (tricky, tricky[:200], tricky)
    version = claim.versions.get().record
    assert (version["quote"], version["chain"][0]["words"]) == (tricky, tricky)


def test_partners_are_told_of_a_many_batch_import_once(known, monkeypatch):
    monkeypatch.setattr(importing, "BATCH", 3)
    run(jsonl(*(row(n, status="published", rating="confirmed") for n in range(1, 11))), trusted=True)
    seqs = sorted(FeedEntry.objects.values_list("seq", flat=True))
    assert len(seqs) == 10 + 1  # each claim, and their one quantity, once
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # no entry written and replaced in between


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (row(2, high=5.5), "line 2: high: “5.5” is not a whole number"),
        (row(2, area={"a": 1}), "line 2: area: give a single value here, not a list or an object"),
        (row(2, quote=["a"]), "line 2: quote: give a single value here"),
        (row(2, retraction_reason="Withdrawn."), "line 2: retraction_reason: only a retracted claim"),
    ],
)
def test_values_the_model_would_quietly_change_are_refused(known, bad, message):
    with pytest.raises(ImportRefused) as refused:
        run(jsonl(row(1), bad))
    assert any(message in error for error in refused.value.errors), refused.value.errors
    assert run(jsonl(row(3, high=6000.0))).created == 1  # a whole number written as 6000.0 is 6000


def incident_in(slug: str = "nk-2020", **fields):
    """Return a new incident of the conflict with this slug, saved as editors save them."""
    incident = Incident(
        conflict=ConflictFactory(slug=slug),
        name=fields.pop("name", "Shelling of Martuni and Shushi"),
        kind="shelling",
        started_on=dt.date(2020, 11, 5),
        place="Martuni and Shushi",
        **fields,
    )
    save_incident(incident)
    return incident


def test_rows_naming_an_incident_count_in_its_quantity_and_the_others_are_cumulative_tolls(known):
    shelling = incident_in()
    published = {"status": "published", "rating": "single_source"}
    outcome = run(
        jsonl(
            row(1, incident=shelling.pk, **published),
            row(2, incident=str(shelling.pk), high=6000, phrase="as many as 6,000 deaths", **published),
            row(3, as_of="2020-10-22", **published),
            row(4, as_of="2020-10-29", **published),
        ),
        trusted=True,
    )
    assert outcome.created == 4
    one, two, three, four = (Claim.objects.get(external_id=f"row-{n}") for n in range(1, 5))
    assert one.incident == two.incident == shelling
    assert one.quantity == two.quantity and one.quantity.incident == shelling
    assert (one.quantity.published_reports, one.quantity.estimate_high) == (2, 6000)  # one origin: its latest
    assert three.incident is None and three.quantity.incident is None
    # A cumulative toll's successive as-of dates are successive quantities of one series.
    assert (three.quantity.ends_on, four.quantity.ends_on) == (dt.date(2020, 10, 22), dt.date(2020, 10, 29))
    assert three.quantity.series == four.quantity.series != one.quantity.series
    assert one.versions.get().record["incident"] == shelling.pk
    assert counting_problems() == []


@pytest.mark.parametrize(
    ("named", "message"),
    [
        (lambda incident: 10**9, "line 2: incident: no incident with id 1000000000"),
        (
            lambda incident: incident_in("sudan-2023").pk,
            "line 2: incident: incident {pk} is in another conflict",
        ),
        (lambda incident: "Martuni", "line 2: incident: “Martuni” is not an incident id"),
        (lambda incident: -incident.pk, "is not an incident id"),
        (lambda incident: 1.5, "is not an incident id"),
        (lambda incident: True, "is not an incident id"),
        (lambda incident: [incident.pk], "is not an incident id"),
        (lambda incident: 2**64, "is not an incident id"),
    ],
)
def test_an_unknown_or_foreign_incident_is_reported_by_line(known, named, message):
    incident = incident_in()
    value = named(incident)
    with pytest.raises(ImportRefused) as refused:
        run(jsonl(row(1, incident=incident.pk), row(2, incident=value), row(3)))
    message = message.format(pk=value)
    assert any(message in error for error in refused.value.errors), refused.value.errors
    assert not Claim.objects.exists()


def test_an_incident_is_checked_only_when_the_conflict_is_known(known):
    with pytest.raises(ImportRefused) as refused:
        run(jsonl(row(1, conflict="atlantis", incident=incident_in().pk)))
    assert refused.value.errors == ["line 1: conflict: no conflict with slug “atlantis”"]


def test_the_group_column_sets_whose_losses_and_the_quantity(known):
    run(jsonl(row(1, group="children"), row(2)))
    children, everyone = Claim.objects.get(external_id="row-1"), Claim.objects.get(external_id="row-2")
    assert (children.group, children.quantity.group) == ("children", "children")
    assert everyone.group == "all" and everyone.quantity != children.quantity
    with pytest.raises(ImportRefused) as refused:
        run(jsonl(row(3, group="aliens")))
    assert refused.value.errors == ["line 1: group: Value 'aliens' is not a valid choice."]


def test_csv_files_name_incidents_and_groups_too(known):
    shelling = incident_in()
    out = io.StringIO()
    rows = [row(1, incident=str(shelling.pk), group="women"), row(2, incident="", group="")]
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    for r in rows:
        writer.writerow(r | {"sides": "; ".join(r["sides"]), "chain": json.dumps(r["chain"])})
    assert run(out.getvalue().encode(), "claims.csv").created == 2
    women, other = Claim.objects.get(external_id="row-1"), Claim.objects.get(external_id="row-2")
    assert (women.incident, women.group) == (shelling, "women")
    assert (other.incident, other.group) == (None, "all")


def test_naming_incidents_costs_one_query_per_batch(known, monkeypatch):
    shelling = incident_in()

    def queries(rows) -> int:
        with CaptureQueriesContext(connection) as captured:
            run(jsonl(*rows), trusted=True)
        return len(captured)

    def rows(start: int, count: int, **fields) -> list[dict]:
        return [row(n, status="published", rating="confirmed", **fields) for n in range(start, start + count)]

    run(jsonl(*rows(0, 1), *rows(1, 1, incident=shelling.pk)), trusted=True)  # the quantities exist
    monkeypatch.setattr(importing, "BATCH", 20)
    two_batches = queries(rows(200, 40, incident=shelling.pk)) - queries(rows(100, 40))
    three_batches = queries(rows(300, 60, incident=shelling.pk)) - queries(rows(400, 60))
    # Per batch, SELECT id, conflict_id FROM claims_incident WHERE id = ANY(...) for the batch's incidents;
    # per import, the incident's entry in the partners' feed.
    assert three_batches - two_batches == 1
