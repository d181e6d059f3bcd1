"""A hostile review of the stored partner documents (claims/api/documents.py) found these ways to make what
partners read differ from what ClaimSerializer renders now, or a write fail; each now holds (issue 18)."""

import threading
import time

import orjson
import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.urls import clear_script_prefix, reverse, set_script_prefix
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from claims import services
from claims.api.documents import check
from claims.api.renderers import ORJSONRenderer
from claims.api.serializers import ClaimSerializer
from claims.models import Actor, Claim
from claims.services import Hop
from tests.factories import ActorFactory, ClaimFactory, ConflictFactory, SourceFactory, review_into, user_in

CLAIMS = "/api/v1/claims/"
PREFIX = "/tracker/"  # the site served under a sub-path: the proxy passes SCRIPT_NAME=/tracker


class under_prefix:
    """Run as Django's WSGIHandler runs a request whose SCRIPT_NAME is /tracker (the test client does not set
    the script prefix itself)."""

    def __enter__(self):
        set_script_prefix(PREFIX)

    def __exit__(self, *exc):
        clear_script_prefix()


def fresh_json(pk: int) -> bytes:
    """What ClaimSerializer renders now for a request to the claim, through the API's renderer."""
    request = Request(APIRequestFactory().get(reverse("api:claim-detail", args=[pk])))
    data = ClaimSerializer(Claim.objects.for_partners().get(pk=pk), context={"request": request}).data
    return ORJSONRenderer().render(data)


# --- 1. The stored `url` depends on the script prefix of whoever rendered it ---------------------------------


@pytest.mark.django_db
def test_a_claim_rendered_outside_a_request_is_served_under_the_sites_sub_path(api, claim_in):
    """A claim published by a command or the task worker (script prefix "/": a trusted import, a capture's
    save_source, render_documents --fix) is served by a site deployed under a sub-path with the URL
    ClaimSerializer writes there, http://testserver/tracker/api/v1/claims/N/ (it was served relative, outside
    the site: documents kept the prefix of whoever rendered them)."""
    claim = claim_in("published")  # no request: script prefix "/"
    assert check()[1] == []  # the check sees nothing wrong
    with under_prefix():
        served = api.get(f"{CLAIMS}{claim.pk}/").json()["url"]
        listed = api.get(CLAIMS).json()["results"][0]["url"]
        expected = orjson.loads(fresh_json(claim.pk))["url"]
    assert expected == f"http://testserver{PREFIX}api/v1/claims/{claim.pk}/"
    assert served == expected, served
    assert listed == expected, listed


@pytest.mark.django_db
def test_render_documents_agrees_with_the_api_under_a_sub_path(api, claim_in, capsys):
    """A claim published in the admin of a site under /tracker/ is served right, and `manage.py render_documents`
    from a shell finds nothing to fix (documents are rendered as at the site's root whoever renders them: the
    check and the API used to disagree whatever was stored)."""
    with under_prefix():  # the reviewer's publish request
        claim = claim_in("published")
        served_before = api.get(f"{CLAIMS}{claim.pk}/").json()["url"]
        expected = orjson.loads(fresh_json(claim.pk))["url"]
    assert served_before == expected  # right while only requests under the prefix render
    _, wrong = check()  # the operator's check, from a shell
    assert wrong == [], f"render_documents reports {wrong} as differing though the API serves them right"
    call_command("render_documents", "--fix")
    with under_prefix():
        assert api.get(f"{CLAIMS}{claim.pk}/").json()["url"] == expected


# --- 2. Concurrent writers on PostgreSQL: an actor renamed while another is moved ------------------------------


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row and advisory locks across connections")
@pytest.mark.django_db(transaction=True)
def test_renaming_an_origin_while_its_agent_moves_neither_fails_nor_deadlocks(monkeypatch):
    """Moving an actor refreshed estimates under the counts lock only, renaming its principal the same estimates
    under the quantity locks only: both numbered the next EstimateVersion alike and the rename failed with an
    IntegrityError (a 500 in the admin). A rename now waits for the claim writers and moves in flight (the
    counts lock, exclusive), so the two run one after the other."""
    reviewer = user_in("Reviewers", "attack-reviewer")
    conflict = ConflictFactory()
    government = ActorFactory(name="Government", kind="government")
    other = ActorFactory(name="Other government", kind="government")
    ministry = ActorFactory(name="Ministry", acts_on_behalf_of=government)
    outlet = ActorFactory(name="Outlet", kind="news_outlet")
    source = SourceFactory(publisher=outlet, text="The ministry said 12 soldiers were killed.")
    claim = ClaimFactory(
        conflict=conflict,
        originator=ministry,
        chain=[Hop(ministry.pk, "stated"), Hop(outlet.pk, "published", source.pk)],
        sides=[government],
    )
    review_into(claim, "published")
    monitor = ActorFactory(name="A monitor", kind="ngo")
    second = ClaimFactory(
        conflict=conflict,
        originator=monitor,
        chain=[Hop(monitor.pk, "stated"), Hop(outlet.pk, "published", source.pk)],
        sides=[government],
        phrase="40 soldiers were killed",
        low=40,
        best=40,
        high=40,
        quote="The monitor said 40 soldiers were killed.",
    )
    review_into(second, "published")
    assert second.quantity_id == claim.quantity_id
    del reviewer

    paused, release = threading.Event(), threading.Event()
    real = services.editing.record_feed_entries

    def pausing(*args, **kwargs):
        if threading.current_thread().name == "mover":
            paused.set()
            release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(services.editing, "record_feed_entries", pausing)
    errors: list[str] = []

    def mover():
        try:
            actor = Actor.objects.get(pk=ministry.pk)
            actor.acts_on_behalf_of = other
            services.save_actor(actor)
        except Exception as error:
            errors.append(f"move: {error!r}")
        finally:
            connections.close_all()

    def renamer():
        try:
            actor = Actor.objects.get(pk=government.pk)
            actor.name = "Government (renamed)"
            services.save_actor(actor)
        except Exception as error:
            errors.append(f"rename: {error!r}")
        finally:
            connections.close_all()

    moving = threading.Thread(target=mover, name="mover")
    moving.start()
    assert paused.wait(10)
    renaming = threading.Thread(target=renamer, name="renamer")
    renaming.start()
    time.sleep(1.5)  # the rename reaches its estimate version and waits on the move's
    release.set()
    moving.join(20)
    renaming.join(20)
    assert errors == []
    assert check()[1] == []
