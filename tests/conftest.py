import datetime as dt
import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group

from claims.services import PATH_TO_STATUS, transition_claim
from tests.factories import ActorFactory, ClaimFactory, HopFactory, SourceFactory


def make_user(django_user_model, username: str, group: str):
    if not Group.objects.filter(name=group).exists():
        # A transactional test flushed the tables the roles migration filled: fill them again the same way.
        importlib.import_module("claims.migrations.0003_roles").create_roles(django_apps, None)
    user = django_user_model.objects.create_user(username, password=f"{username}-password", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


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

    def make(hops: int = 2, **fields):
        claim = ClaimFactory(**fields)
        HopFactory(claim=claim, position=0, actor=claim.originator, relation="stated", source=None)
        for position in range(1, hops):
            HopFactory(
                claim=claim, position=position, actor=ActorFactory(kind="news_agency"), source=SourceFactory()
            )
        claim.sides.add(claim.originator)
        return claim

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


def admin_form_data(response) -> dict:
    """Return the POST data a browser would send back for the admin form in `response`, unchanged."""
    data = {}

    def add(form):
        for name, field in form.fields.items():
            value = form[name].value()
            if field.disabled:
                continue
            if isinstance(value, (list, tuple)):
                data[form.add_prefix(name)] = [str(v) for v in value]
            elif isinstance(value, bool):
                if value:
                    data[form.add_prefix(name)] = "on"
            elif isinstance(value, dt.date):
                data[form.add_prefix(name)] = value.isoformat()
            else:
                data[form.add_prefix(name)] = "" if value is None else str(value)

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        add(formset.management_form)
        for form in formset.forms:
            add(form)
    return data


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
