"""A NUL byte anywhere in a path or a parameter is a 400 with a message, on every engine, never a 500."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/conflicts/%00/",
        "/api/v1/actors/%00/",
        "/api/v1/claims/?conflict=%00",
        "/api/v1/claims/?cursor=cD0xMDA%00",
        "/api/v1/incidents/?place=a%00b",
    ],
)
def test_a_nul_byte_is_a_400_naming_it(api, url):
    response = api.get(url)
    assert response.status_code == 400
    assert "NUL byte" in response.json()["detail"]


def test_a_nul_byte_in_an_admin_url_is_a_400(editor_client):
    response = editor_client.get("/admin/claims/claim/?q=%00")
    assert response.status_code == 400 and b"NUL byte" in response.content
