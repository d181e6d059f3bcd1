"""One CSV-cell sanitiser for every CSV the project writes: the partner API's and the admin's export escape the
same cells the same way."""

import csv
import io

import pytest
from django.urls import reverse

from claims.spreadsheets import spreadsheet_safe

pytestmark = pytest.mark.django_db

TRIGGERS = ["=1+1", "+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.mark.parametrize("cell", TRIGGERS)
def test_a_cell_a_spreadsheet_would_run_is_made_text(cell):
    assert spreadsheet_safe(cell) == "'" + cell


@pytest.mark.parametrize(
    ("value", "kept"), [("5,000 killed", "5,000 killed"), (-5, -5), (None, ""), ("", "")]
)
def test_other_values_are_kept_numbers_as_numbers(value, kept):
    assert spreadsheet_safe(value) == kept


@pytest.mark.parametrize("quote", TRIGGERS)
def test_the_api_and_the_admin_export_escape_a_quote_alike(api, editor_client, claim_in, quote):
    claim = claim_in("published", quote=quote)
    from_api = next(
        csv.DictReader(io.StringIO(api.get("/api/v1/claims/", {"format": "csv"}).content.decode()))
    )
    changelist = reverse("admin:claims_claim_changelist")
    editor_client.get(changelist)
    response = editor_client.post(changelist, {"action": "export_selected", "_selected_action": [claim.pk]})
    from_admin = next(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert from_api["quote"] == from_admin["quote"] == "'" + quote
