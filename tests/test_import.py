import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command

from claims.importing import Importer, ImportRefused, read_rows
from claims.models import AttributionHop, Claim, ClaimChange
from tests.factories import ActorFactory, ConflictFactory, SourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def known(db):
    """The records an import file refers to by name, slug and URL."""
    ConflictFactory(slug="nk-2020")
    for name in ("Russia", "TASS", "RFE/RL", "Armenia", "Azerbaijan"):
        ActorFactory(name=name)
    SourceFactory(
        url="https://www.rferl.org/a/30932.html", text="Russia has estimated as many as 5,000 deaths."
    )


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
    assert claim.sides_key == ",".join(map(str, sorted(claim.sides.values_list("pk", flat=True))))
    assert claim.quote_check == "verified" and claim.last_reporter.name == "RFE/RL"
    assert Claim.objects.get(external_id="row-2").quote_check == "not_found"  # 6,000 is not in the text
    assert claim.history.get().history_change_reason == "Imported"
    assert AttributionHop.history.count() == 6


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
    assert list(ClaimChange.objects.values_list("claim_id", "action")) == [(published.pk, "upsert")]
    assert [c["id"] for c in api.get("/api/v1/claims/").json()["results"]] == [published.pk]


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
