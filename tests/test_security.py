"""Hardening: the content-security policy, admin login lockouts, cookies, and size limits with clear errors."""

import re

import pytest
from axes.models import AccessAttempt
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from claims.models import Source
from tests.conftest import admin_form_data
from tests.factories import ActorFactory, ConflictFactory, SourceFactory

pytestmark = pytest.mark.django_db


def policy(response) -> dict[str, list[str]]:
    """Return the response's Content-Security-Policy as {directive: [sources]}."""
    header = response.headers["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in header.split(";") if part.strip())}


def page_nonce(response) -> str:
    """Return the nonce the policy allows for this page (the same one for scripts and styles)."""
    directives = policy(response)
    nonces = {value for value in directives["script-src"] if value.startswith("'nonce-")}
    assert nonces and nonces == {v for v in directives["style-src"] if v.startswith("'nonce-")}
    return nonces.pop()[len("'nonce-") : -1]


def assert_no_inline_code_without_the_nonce(response, our_template: bool = True) -> None:
    """Fail if the page has a <style> or <script> block the policy would block; in our templates, a style
    attribute either (the policy allows them for third-party templates only)."""
    html = response.content.decode()
    nonce = page_nonce(response) if "nonce=" in html else None
    for tag, attributes in re.findall(r"<(style|script)\b([^>]*)>", html):
        if "src=" in attributes or 'type="application/json"' in attributes:
            continue  # a file, or data the browser does not run
        assert f'nonce="{nonce}"' in attributes, f"<{tag}{attributes}> runs without the page's nonce"
    if our_template:
        assert not re.search(r"<[^>]+\sstyle=", html), "a style attribute: keep styles in a <style> block"
    assert not re.search(r"<[^>]+\son[a-z]+=", html), "an inline event handler: the policy refuses them"


def test_policy_allows_only_our_own_scripts_styles_and_images(client):
    response = client.get(reverse("admin:login"))
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    # A page with no inline code gets no nonce: nothing inline may run on it at all.
    assert directives["script-src"] == directives["style-src"] == ["'self'"]
    assert directives["img-src"] == ["'self'", "data:"]
    assert directives["object-src"] == directives["base-uri"] == directives["frame-ancestors"] == ["'none'"]
    # The one exception: style attributes (third-party templates use them; they run no code).
    assert directives["style-src-attr"] == ["'unsafe-inline'"]
    assert "unsafe" not in response.headers["Content-Security-Policy"].replace(
        "style-src-attr 'unsafe-inline'", ""
    )
    assert_no_inline_code_without_the_nonce(response)


@pytest.fixture
def admin_pages(editor_client, claim_in):
    """Return every page of our admin templates, as the editor sees them, with content to show."""
    claim = claim_in("in_review")
    source = SourceFactory(text="Officials said 25 people were killed in the shelling of the town on Monday.")
    return {
        "index": reverse("admin:index"),
        "claim list": reverse("admin:claims_claim_changelist"),
        "claim": reverse("admin:claims_claim_change", args=[claim.pk]),
        "claim import": reverse("admin:claims_claim_import"),
        "comparison": reverse("admin:claims_conflict_compare", args=[claim.conflict.pk]),
        "conflict": reverse("admin:claims_conflict_change", args=[claim.conflict.pk]),
        "source": reverse("admin:claims_source_change", args=[source.pk]),
        "extract claims": reverse("admin:claims_source_extract", args=[source.pk]),
    }


def test_admin_pages_carry_the_policy_and_no_inline_code_it_would_block(editor_client, admin_pages):
    for name, url in admin_pages.items():
        response = editor_client.get(url)
        assert response.status_code == 200, name
        assert "Content-Security-Policy" in response.headers, name
        assert_no_inline_code_without_the_nonce(response)


def test_each_page_gets_a_fresh_nonce(editor_client, admin_pages):
    first = editor_client.get(admin_pages["comparison"])
    second = editor_client.get(admin_pages["comparison"])
    assert page_nonce(first) != page_nonce(second)
    assert f'<style nonce="{page_nonce(first)}">' in first.content.decode()


def test_api_docs_page_carries_the_policy_and_its_inline_script_the_nonce(client):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    nonce = page_nonce(response)
    assert f'<script nonce="{nonce}">' in html and f'<style nonce="{nonce}">' in html
    assert_no_inline_code_without_the_nonce(response)


def test_browsable_api_and_json_answers_carry_the_policy_too(editor_client, api):
    page = editor_client.get("/api/v1/claims/", HTTP_ACCEPT="text/html")
    assert page.status_code == 200 and "Content-Security-Policy" in page.headers
    assert_no_inline_code_without_the_nonce(page, our_template=False)
    assert "Content-Security-Policy" in api.get("/api/v1/claims/").headers


# Admin login lockouts (django-axes) -----------------------------------------------------------------------


def log_in(client, username: str, password: str, address: str = "203.0.113.7"):
    return client.post(
        reverse("admin:login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )


@pytest.fixture
def three_tries(settings):
    settings.AXES_FAILURE_LIMIT = 3


def test_wrong_passwords_lock_the_username_out_from_that_address(client, editor, three_tries):
    for _ in range(2):
        assert log_in(client, "editor", "wrong").status_code == 200  # the login form, with its error
    locked = log_in(client, "editor", "wrong")
    assert locked.status_code == 429
    assert "Too many failed logins for “editor”" in locked.content.decode()
    assert "blocked for 15 minutes" in locked.content.decode()
    assert locked["Retry-After"] == "900"  # seconds: the cool-off, at most
    assert "Content-Security-Policy" in locked.headers
    # Locked out: even the right password is refused, and no session starts.
    refused = log_in(client, "editor", "editor-password")
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_lockout_holds_one_username_from_one_address_only(client, editor, reviewer, three_tries):
    for _ in range(3):
        log_in(client, "editor", "wrong")
    assert log_in(client, "editor", "editor-password", address="198.51.100.2").status_code == 302
    client.logout()
    assert log_in(client, "reviewer", "reviewer-password").status_code == 302


def test_a_lockout_ends_after_the_cool_off(client, editor, three_tries, settings):
    for _ in range(3):
        log_in(client, "editor", "wrong")
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME)
    assert log_in(client, "editor", "editor-password").status_code == 302


def test_behind_the_proxy_the_address_is_the_one_nginx_saw(client, editor, three_tries, settings):
    settings.NUM_PROXIES = 1
    for forged in ("10.0.0.1", "10.0.0.2", "10.0.0.3"):
        # A client may send any X-Forwarded-For; nginx appends the address it saw, the one counted.
        client.post(
            reverse("admin:login"),
            {"username": "editor", "password": "wrong"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"{forged}, 203.0.113.7",
        )
    assert AccessAttempt.objects.get().ip_address == "203.0.113.7"  # one address, three failures
    refused = client.post(
        reverse("admin:login"),
        {"username": "editor", "password": "editor-password"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="10.0.0.4, 203.0.113.7",
    )
    assert refused.status_code == 429


def test_force_login_is_not_throttled(editor_client, three_tries):
    assert editor_client.get(reverse("admin:index")).status_code == 200


# Cookies ------------------------------------------------------------------------------------------------


def test_session_and_csrf_cookies_are_secure_http_only_and_same_site(client, editor):
    login_page = client.get(reverse("admin:login"))
    response = log_in(client, "editor", "editor-password")
    for cookie in (response.cookies["sessionid"], login_page.cookies["csrftoken"]):
        assert cookie["secure"] is True
        assert cookie["httponly"] is True
        assert cookie["samesite"] == "Lax"


# Sizes --------------------------------------------------------------------------------------------------


def test_a_source_text_above_the_limit_is_refused_naming_limit_and_size(settings):
    settings.SOURCE_TEXT_MAX_CHARS = 1000
    source = SourceFactory.build(publisher=ActorFactory(), text="x" * 1001)
    with pytest.raises(ValidationError) as refused:
        source.full_clean()
    assert refused.value.message_dict["text"] == [
        "The text snapshot has 1,001 characters; at most 1,000 are accepted. "
        "Keep the part of the document that holds the figures."
    ]
    SourceFactory.build(publisher=ActorFactory(), text="x" * 1000).full_clean()


def test_the_admin_shows_the_source_text_limit_on_the_text_field(editor_client, settings):
    settings.SOURCE_TEXT_MAX_CHARS = 1000
    source = SourceFactory(text="short")
    url = reverse("admin:claims_source_change", args=[source.pk])
    data = admin_form_data(editor_client.get(url)) | {"text": "é" * 1001}
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["text"] == [
        "The text snapshot has 1,001 characters; at most 1,000 are accepted. "
        "Keep the part of the document that holds the figures."
    ]
    source.refresh_from_db()
    assert source.text == "short"


def test_the_default_request_size_fits_a_form_with_a_text_at_the_limit(settings):
    # Two-byte characters (Cyrillic, Armenian), percent-encoded by the browser: 6 bytes each.
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE > 6 * settings.SOURCE_TEXT_MAX_CHARS


def test_a_request_above_the_size_limit_gets_413_saying_which_limit(editor_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = editor_client.post(reverse("admin:claims_source_add"), {"title": "t", "text": "x" * 20_000})
    assert response.status_code == 413
    message = response.content.decode()
    assert "larger than this server accepts (10,000 bytes, DATA_UPLOAD_MAX_MEMORY_SIZE)" in message
    assert not Source.objects.exists()


def test_an_ordinary_bad_request_keeps_djangos_answer(client):
    response = client.get(reverse("admin:login"), HTTP_HOST="not-allowed.example")
    assert response.status_code == 400


def test_conflicts_compare_page_draws_the_legend_without_style_attributes(editor_client, claim_in):
    claim = claim_in("published")
    ConflictFactory()
    page = editor_client.get(reverse("admin:claims_conflict_compare", args=[claim.conflict.pk]))
    assert '<svg class="swatch"' in page.content.decode()
    assert_no_inline_code_without_the_nonce(page)
