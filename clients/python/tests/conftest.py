"""Fixtures of the client's tests: the tracker served by pytest-django's live server, a real partner key, and
a client pointed at both. The tests talk HTTP to that server only; nothing leaves the machine.

This directory is not a package: the project's own tests are the package `tests`, and two packages of one name
would shadow each other. The project's factories are imported from it, as its tests do.
"""

import io
from collections.abc import Callable, Iterator

import httpx
import pytest
from casualty_client import Client


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # The factories make reviewers and editors; their passwords need none of PBKDF2's deliberate slowness.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def empty_cache():
    # The throttle counts each key's requests in the cache: a test must not inherit the last one's count.
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def api_key(db) -> str:
    """A partner key made as the newsroom makes them: only its hash is stored."""
    from claims.models import Partner, PartnerKey

    _, key = PartnerKey.objects.create_key(partner=Partner.objects.create(name="Client tests"), name="test")
    return key


class Recording(httpx.BaseTransport):
    """Send requests over the network as usual, keeping each one's URL, so a test can count and read them;
    `before` maps a request's number (1 is the first) to what to do just before it is sent: something else
    happening meanwhile, or a dropped connection."""

    def __init__(self, before: dict[int, Callable[[httpx.Request], None]] | None = None) -> None:
        self.inner = httpx.HTTPTransport()
        self.urls: list[httpx.URL] = []
        self.before = before or {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(request.url)
        if action := self.before.get(len(self.urls)):
            action(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def drop(request: httpx.Request) -> None:
    raise httpx.ConnectError("connection dropped (by the test)", request=request)


@pytest.fixture
def recording() -> Recording:
    return Recording()


@pytest.fixture
def recording_with() -> type[Recording]:
    return Recording


@pytest.fixture
def failing_at() -> Callable[[int], Recording]:
    """Return a function making a transport that drops the connection on its n-th request."""
    return lambda n: Recording({n: drop})


@pytest.fixture
def make_client(live_server, api_key) -> Iterator[Callable[..., Client]]:
    """Return a function making clients of the live server with the partner's key (closed after the test)."""
    made: list[Client] = []

    def make(**options) -> Client:
        options.setdefault("timeout", 10)
        client = Client(live_server.url, options.pop("key", api_key), **options)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def api(make_client, recording) -> Client:
    """A client of the live server whose requests are recorded (`recording.urls`)."""
    return make_client(transport=recording)


@pytest.fixture
def demo(transactional_db) -> None:
    """The demo data (`manage.py load_demo`): incidents, estimates and claims of every kind, as a newsroom has."""
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from tests.factories import recreate_roles

    if not Group.objects.exists():  # a transactional test before this one flushed the roles' rows
        recreate_roles()
    call_command("load_demo", stdout=io.StringIO())
