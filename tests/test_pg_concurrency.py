"""Four editors and four reviewers working on one quantity at once, on PostgreSQL through real connections:
no deadlock, no error, every stored count and estimate equal to a recount from scratch, and a replay of the
partners' feed equal to what they can list."""

import random
import threading
import time

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from claims import services
from claims.api import documents
from claims.models import Claim, ReviewEvent, Status
from claims.services import Hop, ReviewError
from claims.services.estimating import estimate_problems
from tests.conftest import admin_form_data
from tests.factories import ActorFactory, ConflictFactory, SourceFactory, user_in
from tests.test_feed import listed, sync

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row and advisory locks across connections"),
    pytest.mark.django_db(transaction=True),
]

OPERATIONS_EACH = 30


@pytest.fixture
def newsroom():
    """One conflict, two parties each with a ministry and a spokesperson, outlets, and their sources."""
    conflict = ConflictFactory(slug="one-war")
    governments = [ActorFactory(name=f"Government {n}", kind="government") for n in range(2)]
    ministries = [ActorFactory(name=f"Ministry {n}", acts_on_behalf_of=g) for n, g in enumerate(governments)]
    speakers = [ActorFactory(name=f"Spokesperson {n}", acts_on_behalf_of=m) for n, m in enumerate(ministries)]
    outlets = [ActorFactory(name=f"Outlet {n}", kind="news_outlet") for n in range(4)]
    sources = [
        SourceFactory(publisher=outlet, text="Officials said 12 soldiers were killed.") for outlet in outlets
    ]
    return {
        "conflict": conflict,
        "speakers": [*governments, *ministries, *speakers],
        "outlets": list(zip(outlets, sources, strict=True)),
        "sides": governments,
        "editors": [user_in("Editors", f"editor-{n}") for n in range(4)],
        "reviewers": [user_in("Reviewers", f"reviewer-{n}") for n in range(4)],
    }


def chain_for(rng, newsroom, originator):
    outlet, source = rng.choice(newsroom["outlets"])
    return [Hop(originator.pk, "stated"), Hop(outlet.pk, "published", source.pk)]


def edit_in_the_admin(client, claim, rng, newsroom) -> int:
    """Change a draft's figure and last outlet through its admin page, as an editor's browser would."""
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    page = client.get(url)
    if page.status_code != 200 or "adminform" not in page.context:
        return page.status_code
    data = admin_form_data(page)
    if "phrase" not in data:  # reviewed meanwhile: its page is read-only
        return 200
    n = rng.randrange(5, 500)
    data |= {"phrase": f"{n} soldiers were killed", "low": str(n), "best": str(n), "high": str(n)}
    outlet, source = rng.choice(newsroom["outlets"])
    data["chain-1-actor"], data["chain-1-source"] = str(outlet.pk), str(source.pk)
    return client.post(url, data).status_code


def test_four_editors_and_four_reviewers_on_one_quantity_never_deadlock(newsroom, api):
    errors, statuses, done = [], [], []
    start = threading.Barrier(8)

    def editor(user, seed):
        rng, client = random.Random(seed), Client()
        client.force_login(user)
        mine = []
        try:
            start.wait()
            for step in range(OPERATIONS_EACH):
                try:
                    if step % 3 == 0 or not mine:
                        originator = rng.choice(newsroom["speakers"])
                        claim = Claim(
                            conflict=newsroom["conflict"], metric="killed", phrase="12 soldiers were killed",
                            qualifier="exact", low=12, best=12, high=12, originator=originator, created_by=user,
                            quote="Officials said 12 soldiers were killed.",
                        )  # fmt: skip
                        mine.append(
                            services.save_claim(
                                claim,
                                chain=chain_for(rng, newsroom, originator),
                                sides=[s.pk for s in newsroom["sides"]],
                                by=user,
                            ).pk
                        )
                    elif step % 3 == 1:
                        statuses.append(
                            edit_in_the_admin(client, Claim.objects.get(pk=rng.choice(mine)), rng, newsroom)
                        )
                    else:
                        claim = Claim.objects.get(pk=rng.choice(mine))
                        if claim.status == Status.DRAFT:
                            services.submit_claim(claim, by=user)
                    done.append(1)
                except ReviewError:
                    done.append(1)  # refused because another got there first: a refusal, not an error
        except Exception as error:
            errors.append(f"{user}: {error!r}")
        finally:
            connection.close()

    def reviewer(user, seed):
        rng, client = random.Random(seed), Client()
        client.force_login(user)
        try:
            start.wait()
            reviewed = 0
            while reviewed < OPERATIONS_EACH:
                waiting = list(
                    Claim.objects.filter(status__in=[Status.IN_REVIEW, Status.VERIFIED, Status.PUBLISHED])
                    .exclude(created_by=user)
                    .values_list("pk", "status", "version")
                )
                if not waiting:  # nothing yet: the editors are still writing
                    time.sleep(0.05)
                    continue
                reviewed += 1
                pk, status, version = rng.choice(waiting)  # the version this reviewer read
                action, note = {
                    Status.IN_REVIEW: rng.choice(
                        [("verify", ""), ("verify", ""), ("request_changes", "Check.")]
                    ),
                    Status.VERIFIED: ("publish", ""),
                    Status.PUBLISHED: rng.choice(
                        [("retract", "Withdrawn."), ("verify", ""), ("verify", "")]
                    ),  # refused
                }[status]
                response = client.post(
                    reverse("admin:claims_claim_review", args=[pk]),
                    {
                        "action": action,
                        "note": note,
                        "rating": "corroborated",
                        "quote_override": "1",
                        "version": version,
                    },
                )
                statuses.append(response.status_code)
                done.append(1)
        except Exception as error:
            errors.append(f"{user}: {error!r}")
        finally:
            connection.close()

    threads = [
        threading.Thread(target=editor, args=(user, n)) for n, user in enumerate(newsroom["editors"])
    ] + [
        threading.Thread(target=reviewer, args=(user, 100 + n))
        for n, user in enumerate(newsroom["reviewers"])
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)

    assert errors == []
    assert len(done) >= 200, len(done)
    # Never a 500: a save or a review answers with the page, a redirect, or 403 for a claim reviewed meanwhile.
    assert set(statuses) <= {200, 302, 403}, sorted(set(statuses))
    claims = Claim.objects.all()
    assert len({claim.quantity_id for claim in claims}) == 1  # all on one quantity
    moves = set(ReviewEvent.objects.values_list("to_status", flat=True))
    assert moves >= {Status.IN_REVIEW, Status.VERIFIED, Status.PUBLISHED, Status.RETRACTED}, moves
    assert services.counting_problems() == []
    assert estimate_problems() == []  # every estimate equals one computed from the published claims now
    assert documents.check()[1] == []  # every stored partner document equals a fresh render
    state, quantities = {}, {}
    sync(api, state, quantities=quantities, page_size=37)
    assert state == listed(api, "claims")
    assert set(state) == set(Claim.objects.published().values_list("pk", flat=True))
    assert quantities == listed(api, "quantities")


def test_changing_a_sources_address_while_its_claims_are_saved_never_deadlocks(newsroom):
    """A source's new URL locks its whole row; a claim's save locks the claim, then its hops' sources. The
    source's save takes its readers' locks first, in the claims' order, so neither waits for the other."""
    outlet, source = newsroom["outlets"][0]
    speaker, user = newsroom["speakers"][0], newsroom["editors"][0]
    drafts = [
        services.save_claim(
            Claim(
                conflict=newsroom["conflict"],
                metric="killed",
                phrase="12 soldiers were killed",
                qualifier="exact",
                low=12,
                best=12,
                high=12,
                originator=speaker,
                created_by=user,
                quote="Officials said 12 soldiers were killed.",
            ),
            chain=[Hop(speaker.pk, "stated"), Hop(outlet.pk, "published", source.pk)],
            by=user,
        ).pk
        for _ in range(3)
    ]
    errors, start, rounds = [], threading.Barrier(3), 25

    def edit_chains(seed):
        rng = random.Random(seed)
        try:
            start.wait()
            for n in range(rounds):
                claim = Claim.objects.get(pk=rng.choice(drafts))
                words = f"twelve ({seed}, {n})"
                chain = [Hop(speaker.pk, "stated"), Hop(outlet.pk, "published", source.pk, None, words)]
                services.save_claim(claim, chain=chain, by=user)
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    def move_source():
        try:
            start.wait()
            for n in range(rounds):
                moved = type(source).objects.get(pk=source.pk)
                moved.url = f"https://example.org/moved/{n}"
                services.save_source(moved)
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=edit_chains, args=(n,)) for n in range(2)]
    threads.append(threading.Thread(target=move_source))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []
    assert type(source).objects.get(pk=source.pk).url.endswith(f"/moved/{rounds - 1}")


def test_renaming_what_claims_show_while_they_are_published_leaves_every_document_fresh(
    newsroom, monkeypatch
):
    """A claim published while its originator or its conflict is renamed: whichever commits first, the stored
    document shows the name committed last (the rename finds the claim, or the publication renders the new
    name)."""
    render = documents.render

    def slowly(claim_ids):
        time.sleep(0.03)  # a busy server: the window between a publication's render and its commit, widened
        return render(claim_ids)

    monkeypatch.setattr(documents, "render", slowly)
    editor, (verifier, publisher) = newsroom["editors"][0], newsroom["reviewers"][:2]
    speakers = newsroom["speakers"][-2:]
    drafts = []
    for n in range(16):
        originator = speakers[n % 2]
        claim = services.save_claim(
            Claim(
                conflict=newsroom["conflict"],
                metric="killed",
                phrase="12 soldiers were killed",
                qualifier="exact",
                low=12,
                best=12,
                high=12,
                originator=originator,
                created_by=editor,
                quote="Officials said 12 soldiers were killed.",
            ),
            chain=chain_for(random.Random(n), newsroom, originator),
            by=editor,
        )
        services.submit_claim(claim, by=editor)
        drafts.append(services.verify_claim(Claim.objects.get(pk=claim.pk), by=verifier).claim_id)
    errors, start = [], threading.Barrier(2)

    def publish():
        try:
            start.wait()
            for pk in drafts:
                services.publish_claim(Claim.objects.get(pk=pk), by=publisher, rating="corroborated")
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    def rename():
        try:
            start.wait()
            for n in range(16):
                actor = type(speakers[0]).objects.get(pk=speakers[n % 2].pk)
                actor.name = f"Spokesperson, renamed {n}"
                services.save_actor(actor)
                # A conflict's rename takes no lock a claim's publication takes: only the feed's lock orders them.
                conflict = type(newsroom["conflict"]).objects.get(pk=newsroom["conflict"].pk)
                conflict.name = f"One war, renamed {n}"
                services.save_conflict(conflict)
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=publish), threading.Thread(target=rename)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []
    assert Claim.objects.published().count() == 16
    assert documents.check() == (16, [])
