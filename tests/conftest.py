import pytest
from django.contrib.auth.models import Permission

from tests.factories import ActorFactory, ClaimFactory, HopFactory, SourceFactory


@pytest.fixture
def editor(django_user_model):
    """A staff user who may add, change and view claims, but delete nothing."""
    user = django_user_model.objects.create_user("editor", password="editor-password", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="claims", codename__regex=r"^(add|change|view)_")
    )
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
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
