"""The admin carries the project's name and icon (issue 19's small things): not Django's, and its "View site" link
leads to the public pages, not back to the admin itself."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_admin_says_the_projects_name_and_links_its_icon(editor_client):
    page = editor_client.get("/admin/").content.decode()
    assert "Casualty-figure provenance tracker" in page and "Django administration" not in page
    assert "<title>Claims, sources and review | Provenance tracker</title>" in page
    assert '<link rel="icon" type="image/svg+xml" href="/static/claims/favicon.svg">' in page
    assert '<a href="/conflicts/">View site</a>' in page


def test_the_login_page_is_branded_too(client):
    page = client.get("/admin/login/").content.decode()
    assert "Casualty-figure provenance tracker" in page and "Django site admin" not in page


def test_favicon_ico_leads_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert (response.status_code, response["Location"]) == (301, "/static/claims/favicon.svg")
    icon = client.get(response["Location"])
    assert icon.status_code == 200 and b"<svg" in b"".join(icon.streaming_content)
