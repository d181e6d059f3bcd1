import datetime as dt
import importlib

import factory
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims import services
from claims.models import Actor, Claim, Conflict, Relation, Source, Status
from claims.services import PATH_TO_STATUS, Hop


class ConflictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Conflict
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Conflict {n}")
    slug = factory.Sequence(lambda n: f"conflict-{n}")
    started_on = dt.date(2020, 9, 27)


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor

    name = factory.Sequence(lambda n: f"Actor {n}")
    kind = "ministry"


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    url = factory.Sequence(lambda n: f"https://news.example.org/report-{n}")
    title = factory.Sequence(lambda n: f"Report {n}")
    publisher = factory.SubFactory(ActorFactory, kind="news_outlet")
    published_on = dt.date(2020, 11, 5)
    language = "en"


def recreate_roles() -> None:
    """Fill the roles as the migrations do (0003, then 0016's incidents), on the live registry, leaving each
    app's models_module as it was: the migrations set and clear it for Django's permission creation, and left
    cleared, later `migrate` runs would skip every app's post_migrate handlers."""
    from types import SimpleNamespace

    from django.db import connection

    modules = {config.label: config.models_module for config in django_apps.get_app_configs()}
    importlib.import_module("claims.migrations.0003_roles").create_roles(django_apps, None)
    editor = SimpleNamespace(connection=connection)
    importlib.import_module("claims.migrations.0016_incident_roles").grant_incidents(django_apps, editor)
    for config in django_apps.get_app_configs():
        config.models_module = modules[config.label]


def user_in(group: str, username: str):
    """Return a staff user of `group` (Editors, Reviewers), made once."""
    if not Group.objects.filter(name=group).exists():
        # A transactional test flushed the tables the roles migration filled: fill them again the same way.
        recreate_roles()
    user, created = get_user_model().objects.get_or_create(username=username, defaults={"is_staff": True})
    if created:
        user.set_password(f"{username}-password")
        user.save()
        user.groups.add(Group.objects.get(name=group))
    return user


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim written as editors write them (services.save_claim), with a chain (default: the originator's
    statement) and sides; a `status` other than draft is reached through review, by other users."""

    class Meta:
        model = Claim

    conflict = factory.SubFactory(ConflictFactory)
    metric = "killed"
    population = "all"
    phrase = "12 soldiers were killed"
    qualifier = "exact"
    low = 12
    best = 12
    high = 12
    originator = factory.SubFactory(ActorFactory)
    stated_on = dt.date(2020, 10, 1)
    quote = "The ministry said 12 soldiers were killed."

    @classmethod
    def _create(
        cls, model_class, *args, chain=None, sides=(), status=Status.DRAFT, retraction_reason="", **fields
    ):
        claim = model_class(**fields)
        if chain is None:
            chain = [Hop(claim.originator_id, Relation.STATED)] if claim.originator_id else []
            if status != Status.DRAFT:  # review needs the source read: an outlet published it
                chain.append(relay(ActorFactory(kind="news_outlet"), Relation.PUBLISHED))
        by = fields.get("created_by")
        claim = services.save_claim(
            claim, chain=[hop_of(hop) for hop in chain], sides=[getattr(s, "pk", s) for s in sides], by=by
        )
        return review_into(claim, status, note=retraction_reason or "In a test.")


def review_into(claim: Claim, status: str, note: str = "In a test.") -> Claim:
    """Bring a draft to `status` through the review services, as editors and reviewers who did not write it."""
    users = {
        "editor": user_in("Editors", "factory-editor"),
        "reviewer": user_in("Reviewers", "factory-reviewer"),
    }
    for action, role in PATH_TO_STATUS[status]:
        rating = "" if role == "editor" or claim.rating else "corroborated"
        services.transition_claim(claim, action, by=users[role], note=note, rating=rating)
    return claim


def hop_of(hop) -> Hop:
    """Return a Hop from a Hop, or from a dict of actor, relation, source, date, words (instances or ids)."""
    if isinstance(hop, Hop):
        return hop
    actor, source = hop["actor"], hop.get("source")
    return Hop(
        getattr(actor, "pk", actor),
        hop.get("relation", Relation.RELAYED),
        getattr(source, "pk", source),
        hop.get("date"),
        hop.get("words", ""),
    )


def relay(actor=None, relation: str = Relation.RELAYED, source="new", date=None, words: str = "") -> Hop:
    """Return a hop of a chain: an actor (a new agency by default) relaying, in a source (a new one by default)."""
    actor = actor or ActorFactory(kind="news_agency")
    if source == "new":
        source = SourceFactory()
    return Hop(actor.pk, relation, source.pk if source else None, date, words)


def rewrite(claim: Claim, *, by=None, chain=None, sides=None, reason: str = "", **fields) -> Claim:
    """Save new values, chain or sides of a claim through the write path, as an editor's form would."""
    claim = Claim.objects.get(pk=claim.pk)
    for name, value in fields.items():
        setattr(claim, name, value)
    stored = services.stored_state([claim])[claim.pk].record
    if chain is None:
        chain = [services.aggregate.hop_from_record(hop) for hop in stored["chain"]]
    if sides is None:
        sides = stored["sides"]
    return services.save_claim(
        claim,
        chain=[hop_of(hop) for hop in chain],
        sides=[getattr(s, "pk", s) for s in sides],
        by=by,
        reason=reason,
    )
