import pytest

from claims.services import PATH_TO_STATUS, Hop, transition_claim
from tests.factories import ActorFactory, ClaimFactory, ConflictFactory, SourceFactory, relay, user_in
from tests.forms import admin_form_data  # noqa: F401 - tests import it from here


def make_user(django_user_model, username: str, group: str):
    return user_in(group, username)


@pytest.fixture
def editor(django_user_model):
    """A member of the Editors group (created by migration 0003): records claims, deletes nothing."""
    return make_user(django_user_model, "editor", "Editors")


@pytest.fixture
def reviewer(django_user_model):
    return make_user(django_user_model, "reviewer", "Reviewers")


@pytest.fixture
def second_reviewer(django_user_model):
    return make_user(django_user_model, "second_reviewer", "Reviewers")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture
def claim_with_chain():
    """Return a claim whose chain runs from its originator to a news outlet, in `hops` hops."""

    def make(hops: int = 2, chain=None, sides=None, **fields):
        originator = fields.get("originator") or ActorFactory()
        fields["originator"] = originator
        if chain is None:
            chain = [Hop(originator.pk, "stated"), *(relay() for _ in range(1, hops))]
        return ClaimFactory(chain=chain, sides=[originator] if sides is None else sides, **fields)

    return make


@pytest.fixture
def claim_in(editor, reviewer, claim_with_chain):
    """Return a claim written by `editor` and brought to `status` through the review services."""
    users = {"editor": editor, "reviewer": reviewer}

    def make(status: str, **fields):
        claim = claim_with_chain(created_by=editor, rating="corroborated", **fields)
        for action, user in PATH_TO_STATUS[status]:
            transition_claim(claim, action, by=users[user], note=f"{action} in a test")
        return claim

    return make


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # PBKDF2's deliberate slowness protects real passwords; test users need none of it.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def empty_cache():
    # Throttle counters live in the cache; each test starts with none.
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def api_key(db):
    """Return a valid partner API key (the secret string)."""
    from claims.models import Partner, PartnerKey

    _, key = PartnerKey.objects.create_key(
        partner=Partner.objects.create(name="Example Newsroom"), name="test"
    )
    return key


@pytest.fixture
def api(client, api_key):
    """A test client that sends the partner's API key with every request."""
    client.defaults["HTTP_AUTHORIZATION"] = f"Api-Key {api_key}"
    return client


@pytest.fixture
def known(db):
    """The records an import file refers to by name, slug and URL."""
    ConflictFactory(slug="nk-2020")
    for name in ("Russia", "TASS", "RFE/RL", "Armenia", "Azerbaijan"):
        ActorFactory(name=name)
    SourceFactory(
        url="https://www.rferl.org/a/30932.html", text="Russia has estimated as many as 5,000 deaths."
    )


@pytest.fixture
def server(settings):
    """A local HTTP server of real-style pages (tests/capture_server.py), which captures may fetch."""
    from tests.capture_server import CaptureServer

    settings.CAPTURE_ALLOW_PRIVATE_ADDRESSES = True
    with CaptureServer() as running:
        yield running


@pytest.fixture
def database_tasks(settings):
    """Tasks wait in the database for `manage.py db_worker` (tests.capture_server.run_worker), as in production;
    the suite's default backend runs them at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def long_texts(settings):
    """Every source text is long enough to be read by the task worker."""
    settings.EXTRACT_INLINE_MAX_CHARS = 100
