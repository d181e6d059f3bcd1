"""Reads of many rows: QuerySet methods that read like sentences."""

from typing import TYPE_CHECKING

from django.apps import apps
from django.db import connections, models
from django.db.models.functions import Coalesce
from django.utils.text import smart_split, unescape_string_literal

if TYPE_CHECKING:
    from .models import Actor


class ClaimQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status="published")

    def counted(self):
        """Claims that count in their quantity's reports and origins, as the newsroom sees them: all but
        rejected and retracted ones."""
        return self.exclude(status__in=["rejected", "retracted"])

    def visible_to_partners(self):
        """Published claims, and the tombstones of retracted ones: nothing else ever leaves the newsroom."""
        return self.filter(status__in=["published", "retracted"])

    def referring_to(self, *, actors=(), sources=(), conflicts=()):
        """Claims whose partner-facing JSON shows any of these actors, sources or conflicts."""
        actors, sources = list(actors), list(sources)
        condition = models.Q(conflict__in=list(conflicts))
        if actors:
            condition |= models.Q(originator__in=actors) | models.Q(sides__in=actors)
            condition |= models.Q(chain__actor__in=actors) | models.Q(chain__source__publisher__in=actors)
            condition |= models.Q(originator__root__in=actors)  # interested_party follows the root
        if sources:
            condition |= models.Q(chain__source__in=sources)
        return self.filter(condition).distinct()

    def with_text(self, text: str):
        """Claims with `text` in their phrase or quote (the API's `q`). Case-insensitive; on PostgreSQL each
        column has a trigram index (migration 0012), so this reads the matches, not the whole table."""
        return self.filter(models.Q(phrase__icontains=text) | models.Q(quote__icontains=text))

    def matching_words(self, search: str):
        """Claims matching every word of `search` (quoted phrases stay whole, as in the admin) in their phrase,
        quote, originator's name, or a chain source's URL or title: the admin's search.

        One subquery per word, a UNION of three parts that each use an index. The admin's own search, an OR
        of lookups across joined tables, has to read every claim.
        """
        claims = self
        for word in smart_split(search):
            if word[0] in "\"'" and word[-1] == word[0]:
                word = unescape_string_literal(word)
            hops = apps.get_model("claims", "AttributionHop").objects.order_by()
            matching = (
                self.model.objects.order_by()
                .with_text(word)
                .values("pk")
                .union(
                    self.model.objects.order_by().filter(originator__name__icontains=word).values("pk"),
                    hops.filter(
                        models.Q(source__url__icontains=word) | models.Q(source__title__icontains=word)
                    ).values("claim_id"),
                )
            )
            claims = claims.filter(pk__in=matching)
        return claims

    def with_interested_party(self):
        """Annotate `interested_party`: the originator, or whom it ultimately acts for, fights in the conflict."""
        parties = (
            apps.get_model("claims", "Actor")
            .party_to.through.objects.filter(conflict=models.OuterRef("conflict"))
            .filter(
                models.Q(actor=models.OuterRef("originator"))
                | models.Q(actor=models.OuterRef("originator__root"))
            )
        )
        return self.annotate(interested_party=models.Exists(parties))

    def same_quantity(self, claim=None):
        """Claims that measure the same thing as `claim`, or as the outer query's row when `claim` is None (for
        subqueries)."""
        if claim is None:
            return self.filter(quantity_id=models.OuterRef("quantity_id"))
        return self.filter(quantity_id=claim.quantity_id)

    def with_origin(self):
        """Annotate `origin`: the id of whom the figure ultimately comes from (the originator's root)."""
        return self.annotate(origin=Coalesce("originator__root", "originator"))

    def with_origin_counts(self, among=None):
        """Annotate, per claim, its quantity's `reports`, `independent_origins` and `circular_reporting`.

        `among` is the queryset of claims that count (default: all but rejected and retracted). A few
        correlated subqueries in the one query: no query per row. Unattributed claims count as reports,
        not as origins. Circular reporting: another report of the same quantity from the same origin
        reached us through a different last outlet.
        """
        among = among if among is not None else self.model.objects.counted()
        peers = among.same_quantity().order_by().values("conflict")
        reports = peers.annotate(n=models.Count("pk")).values("n")
        origins = peers.annotate(
            k=models.Count(Coalesce("originator__root", "originator"), distinct=True)
        ).values("k")
        # No last outlet (no chain) is an outlet of its own: compare with NULL as 0, which no actor has.
        echoes = (
            among.same_quantity()
            .with_origin()
            .filter(origin=models.OuterRef("origin"))
            .annotate(outlet=Coalesce("last_reporter", 0))
            .exclude(outlet=Coalesce(models.OuterRef("last_reporter"), 0))
        )
        return self.with_origin().annotate(
            reports=Coalesce(models.Subquery(reports), 0),
            independent_origins=Coalesce(models.Subquery(origins), 0),
            circular_reporting=models.Q(origin__isnull=False) & models.Exists(echoes),
        )

    def with_newsroom_counts(self):
        """Annotate the stored counts among all but rejected and retracted claims, as the admin shows them."""
        return self.with_stored_counts("newsroom")

    def with_rating_evidence(self):
        """Annotate what claims.rating suggests a rating from: `quantity_grade`, the grade of the estimate of the
        claim's quantity (a join), `reviewed_origins`, the independent origins of its published claims with the
        claim's own origin, and `reviewed_circular`, whether its origin's figure was published through another
        outlet too (an indexed lookup per row each). Drafts and claims in review are nobody's corroboration or
        echo yet."""
        tallies = apps.get_model("claims", "QuantityTally").objects.filter(
            quantity=models.OuterRef("quantity"),
            origin=Coalesce(models.OuterRef("originator__root"), models.OuterRef("originator")),
            published__gt=0,
        )
        return self.annotate(
            quantity_grade=models.F("quantity__grade"),
            reviewed_origins=models.F("quantity__published_origins")
            + models.Case(models.When(models.Exists(tallies), then=0), default=1),
            # Its origin's figure also reached us, published, through another last outlet than this claim's.
            reviewed_circular=models.Q(originator__isnull=False)
            & models.Exists(tallies.exclude(outlet=Coalesce(models.OuterRef("last_reporter"), 0))),
        )

    def verifiable_by(self, user):
        """Leave out the claims the user wrote or changed what they say of, which four eyes keep them from
        verifying or publishing (services.review.authors_of, in SQL: an indexed lookup per row)."""
        from .services.aggregate import changed_what_it_says  # the services import this module

        authored = apps.get_model("claims", "ClaimVersion").objects.filter(
            changed_what_it_says(), claim=models.OuterRef("pk"), by=user
        )
        return self.exclude(created_by=user).exclude(models.Exists(authored))

    def with_stored_counts(self, among: str):
        """Annotate the counts of each claim's quantity `among` "published" or "newsroom" claims (stored on the
        quantity by services.save_claims), under the names with_origin_counts() gives the counts it computes.

        `circular_reporting` is the claim's own: its origin's reports of the quantity reached us through
        another last outlet too (read from the quantity's tallies, an indexed lookup per row).
        """
        echoes = (
            apps.get_model("claims", "QuantityTally")
            .objects.filter(
                quantity=models.OuterRef("quantity"),
                origin=Coalesce(models.OuterRef("originator__root"), models.OuterRef("originator")),
                **{f"{among}__gt": 0},
            )
            .exclude(outlet=Coalesce(models.OuterRef("last_reporter"), 0))
        )
        return self.annotate(
            reports=models.F(f"quantity__{among}_reports"),
            independent_origins=models.F(f"quantity__{among}_origins"),
            circular_reporting=models.Q(originator__isnull=False) & models.Exists(echoes),
        )

    def for_partners(self):
        """Published claims with all their partner JSON shows: one query, plus sides and chain per page."""
        return (
            self.published()
            .with_partner_annotations()
            .select_related("conflict", "originator__root")
            .prefetch_related("sides")
            .with_chain()
        )

    def with_partner_annotations(self):
        """Annotate `interested_party`, `origin` and `shown_total`, as partners see them."""
        return self.with_interested_party().with_origin().with_shown_total().with_shown_supersedes()

    def with_shown_total(self):
        """Annotate `shown_total`: the id of the total the claim breaks down while that total is published, None
        otherwise, so that partners never learn of a claim they may not see. A join: no query per row."""
        return self.annotate(
            shown_total=models.Case(
                models.When(breakdown_of__status="published", then="breakdown_of"), default=None
            )
        )

    def with_shown_supersedes(self):
        """Annotate `shown_supersedes`: the id of the earlier claim this one supersedes while partners may know
        of it (published, or retracted after publication), None otherwise: an editor may link any earlier
        statement, a draft or a rejected one too, whose existence partners must not learn. A join."""
        return self.annotate(
            shown_supersedes=models.Case(
                models.When(supersedes__status__in=("published", "retracted"), then="supersedes"),
                default=None,
            )
        )

    def with_figure_labels(self):
        """Load what `Claim.figure_text()` and the changelist show, in a fixed number of queries."""
        return self.select_related("conflict", "originator").prefetch_related("sides", "conflict__parties")

    def with_chain(self):
        """Load each claim's attribution chain with its actors and sources (one extra query)."""
        return self.prefetch_related(
            models.Prefetch(
                "chain",
                queryset=apps.get_model("claims", "AttributionHop")
                .objects.select_related("actor", "source", "source__publisher")
                .order_by("position"),
            )
        )


def name_key(name: str) -> str:
    """Return the form of an actor's name used to match it: case-folded, no leading "the", plain quotes."""
    name = " ".join(name.replace("’", "'").split()).casefold()
    return name.removeprefix("the ")


class ActorQuerySet(models.QuerySet):
    def matching(self, names) -> dict[str, "Actor"]:
        """Return {name: actor} for the names that equal an actor's name or one of its aliases. One query."""
        keys = {name: name_key(name) for name in names if name}
        if not keys:
            return {}
        condition = models.Q()
        for key in set(keys.values()):
            condition |= models.Q(name__iexact=key) | models.Q(aliases__icontains=key)
            condition |= models.Q(name__iexact=f"the {key}")
        # SQLite folds the case of ASCII letters only: a name in Cyrillic or Greek is also looked for as written,
        # and with a capital first letter ("Минобороны России", "минобороны России").
        for name in keys:
            for written in {name.strip(), name.strip()[:1].upper() + name.strip()[1:]}:
                if not written.isascii():
                    condition |= models.Q(name=written) | models.Q(aliases__contains=written)
        by_key: dict[str, Actor] = {}
        for actor in self.filter(condition).order_by("pk"):
            for known in [actor.name, *actor.alias_list]:
                by_key.setdefault(name_key(known), actor)
        return {name: by_key[key] for name, key in keys.items() if key in by_key}


# PostgreSQL's text-search configuration for each language a source may be written in; any other is read
# word for word ("simple": no stemming). Ukrainian has no configuration of its own in PostgreSQL.
TEXT_SEARCH_CONFIGS = {
    "en": "english",
    "ru": "russian",
    "ar": "arabic",
    "fr": "french",
    "es": "spanish",
    "de": "german",
}


def text_search_vector_sql(table: str | None = "claims_source") -> str:
    """Return the SQL of a source's text as PostgreSQL indexes it (migration 0023): its words in its language's
    configuration. The query must write the same expression for the index to serve it (the index's columns are
    unqualified: `table=None`)."""
    prefix = f'"{table}".' if table else ""
    cases = " ".join(
        f"WHEN '{code}' THEN '{config}'::regconfig" for code, config in TEXT_SEARCH_CONFIGS.items()
    )
    return f'to_tsvector(CASE {prefix}"language" {cases} ELSE \'simple\'::regconfig END, {prefix}"text")'


class SourceQuerySet(models.QuerySet):
    def text_matching(self, words: str):
        """Sources whose text holds the words. On PostgreSQL a full-text search, through its GIN index: whole
        words in any inflection the text's language stems alike ("обстрела" finds "обстрелом"), every word
        (websearch syntax: "quoted phrases", -excluded), read in each configuration; on SQLite, where a
        laptop's few thousand sources are read in full, the text as a substring, case-insensitively."""
        words = words.strip()
        if not words:
            return self.none()
        if connections[self.db].vendor != "postgresql":
            return self.filter(text__icontains=words)
        configs = ["simple", *TEXT_SEARCH_CONFIGS.values()]
        query = " || ".join(["websearch_to_tsquery(%s::regconfig, %s)"] * len(configs))
        parameters: list[str] = []
        for config in configs:
            parameters += [config, words]
        return self.extra(where=[f"{text_search_vector_sql()} @@ ({query})"], params=parameters)


class QuantityQuerySet(models.QuerySet):
    def visible_to_partners(self):
        """Quantities with published claims: what partners may see of them is their published counts."""
        return self.filter(published_reports__gt=0)

    def referring_to(self, *, actors=(), conflicts=()):
        """Quantities whose partner JSON shows any of these actors (as a side, or as an origin of published
        reports) or conflicts."""
        actor_ids = [getattr(actor, "pk", actor) for actor in actors]
        condition = models.Q(conflict__in=list(conflicts))
        if actor_ids:
            condition |= models.Q(claims__sides__in=actor_ids)
            condition |= models.Q(tallies__origin__in=actor_ids, tallies__published__gt=0)
        return self.filter(condition).distinct()


class ConflictQuerySet(models.QuerySet):
    def visible_to_partners(self):
        """Conflicts with published claims: a conflict only drafts refer to is, to partners and the public, as
        unknown as one never recorded."""
        published = apps.get_model("claims", "Claim").objects.published()
        return self.filter(models.Exists(published.filter(conflict=models.OuterRef("pk"))))


class IncidentQuerySet(models.QuerySet):
    def visible_to_partners(self):
        """Incidents with a quantity that has published reports: only what rests on published claims."""
        quantities = apps.get_model("claims", "Quantity").objects.filter(
            incident=models.OuterRef("pk"), published_reports__gt=0
        )
        return self.filter(models.Exists(quantities))
