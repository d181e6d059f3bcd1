import datetime as dt

import factory

from claims.models import Actor, AttributionHop, Claim, Conflict, Source


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


class ClaimFactory(factory.django.DjangoModelFactory):
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


class HopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AttributionHop

    claim = factory.SubFactory(ClaimFactory)
    position = factory.Sequence(lambda n: n)
    actor = factory.SubFactory(ActorFactory)
    relation = "relayed"
    source = factory.SubFactory(SourceFactory)
