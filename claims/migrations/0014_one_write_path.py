"""A claim becomes one aggregate (issue 12): its quantity's counts move to one row per quantity, fed by per-origin
tallies; its history (and its chain's) becomes one version per save of the whole claim; the feed announces
quantities as well as claims; every choice field and hop position gets a database constraint.

The data steps carry frozen copies of what they compute: migrations never import live code. They refuse,
before changing anything, claims with no metric (the new constraint needs one: set it first, see below).
"""

import datetime as dt
from collections import defaultdict

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.db.models import Count, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

RECORDED_FIELDS = (
    "conflict", "metric", "population", "area", "period_start", "period_end", "as_of", "phrase", "qualifier",
    "low", "best", "high", "convention", "originator", "stated_on", "quote", "status", "rating", "supersedes",
    "corrects", "internal_note", "submitted_at", "verified_by", "published_by", "published_at", "retracted_at",
    "retraction_reason",
)  # fmt: skip
SAME_SAVE = dt.timedelta(seconds=5)  # hop rows saved this soon after their claim, by its editor: one save
BATCH = 2_000


def refuse_claims_without_metric(apps, schema_editor):
    db = schema_editor.connection.alias  # the database being migrated
    Claim = apps.get_model("claims", "Claim")
    missing = list(Claim.objects.using(db).filter(metric="").values_list("pk", flat=True)[:50])
    if missing:
        ids = ", ".join(map(str, missing))
        raise RuntimeError(
            f"Claims {ids} have no metric, which every claim now needs. Set it (killed, wounded, casualties, "
            f"missing, captured or displaced), e.g. UPDATE claims_claim SET metric = 'killed' WHERE id IN ({ids}); "
            "then migrate again. Nothing was changed."
        )


def rename_feed_permissions(apps, schema_editor):
    """Keep the permissions of the renamed model, under its new name (Django would add a second set)."""
    db = schema_editor.connection.alias  # the database being migrated
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.using(db).filter(
        content_type__app_label="claims", codename__endswith="_claimchange"
    ):
        action = permission.codename.removesuffix("_claimchange")
        permission.codename = f"{action}_feedentry"
        permission.name = f"Can {action} change feed entry"
        permission.save()


def check_now(schema_editor):
    """Run the foreign-key checks the rows just written deferred: PostgreSQL refuses to alter a table that
    still has some pending, and later operations of this migration alter these tables."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def counts_from(tallies):
    reports, outlets = 0, defaultdict(set)
    for origin, outlet, claims in tallies:
        if claims <= 0:
            continue
        reports += claims
        if origin:
            outlets[origin].add(outlet)
    return reports, len(outlets), any(len(through) > 1 for through in outlets.values())


def make_quantities(apps, schema_editor):
    """One quantity per (conflict, metric, population, sides); its tallies and counts from its claims."""
    db = schema_editor.connection.alias  # the database being migrated
    Claim = apps.get_model("claims", "Claim")
    Quantity = apps.get_model("claims", "Quantity")
    Tally = apps.get_model("claims", "QuantityTally")
    FeedEntry = apps.get_model("claims", "FeedEntry")
    keys = (
        Claim.objects.using(db)
        .order_by()
        .values_list("conflict_id", "metric", "population", "sides_key")
        .distinct()
    )
    Quantity.objects.using(db).bulk_create(
        Quantity(conflict_id=c, metric=m, population=p, sides_key=s) for c, m, p, s in keys.iterator()
    )
    same = Quantity.objects.using(db).filter(
        conflict_id=OuterRef("conflict_id"),
        metric=OuterRef("metric"),
        population=OuterRef("population"),
        sides_key=OuterRef("sides_key"),
    )
    Claim.objects.using(db).update(quantity_id=Subquery(same.values("pk")[:1]))
    rows = (
        Claim.objects.using(db)
        .order_by()
        .values(
            "quantity_id",
            origin=Coalesce("originator__root", "originator", Value(0)),
            outlet=Coalesce("last_reporter", Value(0)),
        )
        .annotate(
            published=Count("pk", filter=Q(status="published")),
            newsroom=Count("pk", filter=~Q(status__in=["rejected", "retracted"])),
        )
        .values_list("quantity_id", "origin", "outlet", "published", "newsroom")
    )
    tallies = [row for row in rows if row[3] or row[4]]
    Tally.objects.using(db).bulk_create(
        (Tally(quantity_id=q, origin=o, outlet=out, published=p, newsroom=n) for q, o, out, p, n in tallies),
        batch_size=BATCH,
    )
    by_quantity = defaultdict(list)
    for q, o, out, p, n in tallies:
        by_quantity[q].append((o, out, p, n))
    shown = []
    for pk, entries in by_quantity.items():
        published = counts_from((o, out, p) for o, out, p, _ in entries)
        newsroom = counts_from((o, out, n) for o, out, _, n in entries)
        Quantity.objects.using(db).filter(pk=pk).update(
            published_reports=published[0],
            published_origins=published[1],
            published_circular=published[2],
            newsroom_reports=newsroom[0],
            newsroom_origins=newsroom[1],
            newsroom_circular=newsroom[2],
        )
        if published[0]:
            shown.append(pk)
    # Partners who sync from the feed learn of the counts the way they will from now on: from quantities.
    FeedEntry.objects.using(db).bulk_create(
        (FeedEntry(quantity_id=pk, action="upsert") for pk in sorted(shown)), batch_size=BATCH
    )
    check_now(schema_editor)


def number_chains_from_zero(apps, schema_editor):
    """Renumber chains with gaps (0, 7) as 0, 1: positions now run from 0 without gaps."""
    db = schema_editor.connection.alias  # the database being migrated
    Hop = apps.get_model("claims", "AttributionHop")
    counts = (
        Hop.objects.using(db)
        .order_by()
        .values("claim_id")
        .annotate(n=Count("pk"), top=models.Max("position"))
    )
    for claim_id in [row["claim_id"] for row in counts if row["top"] != row["n"] - 1]:
        hops = list(Hop.objects.using(db).filter(claim_id=claim_id).order_by("position", "pk"))
        for hop in hops:  # out of the way first: positions are unique per claim
            hop.position += 1000
            hop.save(using=db, update_fields=["position"])
        for position, hop in enumerate(hops):
            hop.position = position
            hop.save(using=db, update_fields=["position"])
    check_now(schema_editor)


def shown(value):
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def make_versions(apps, schema_editor):
    """One version per save of the whole claim, from the history of the claim and of its chain's hops.

    Hop rows saved within a few seconds of their claim by the same person belong to that save (the admin's
    form saves the claim, then its chain); a hop changed on its own, through the old hop pages, becomes a
    version of its own. A last version records the claim as stored when the history it has does not.
    """
    db = schema_editor.connection.alias  # the database being migrated
    Claim = apps.get_model("claims", "Claim")
    Hop = apps.get_model("claims", "AttributionHop")
    Version = apps.get_model("claims", "ClaimVersion")
    HistoricalClaim = apps.get_model("claims", "HistoricalClaim")
    HistoricalHop = apps.get_model("claims", "HistoricalAttributionHop")
    HistoricalSides = apps.get_model("claims", "HistoricalClaim_sides")
    Sides = Claim.sides.through
    ids = list(Claim.objects.using(db).order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        claim_records = defaultdict(list)
        for record in (
            HistoricalClaim.objects.using(db).filter(id__in=batch).order_by("history_date", "history_id")
        ):
            claim_records[record.id].append(record)
        hop_records = defaultdict(list)
        for record in (
            HistoricalHop.objects.using(db).filter(claim_id__in=batch).order_by("history_date", "history_id")
        ):
            hop_records[record.claim_id].append(record)
        sides_of = defaultdict(list)
        for history_id, actor_id in (
            HistoricalSides.objects.using(db).filter(claim_id__in=batch).values_list("history_id", "actor_id")
        ):
            sides_of[history_id].append(actor_id)
        stored = {claim.pk: claim for claim in Claim.objects.using(db).filter(pk__in=batch)}
        chains = defaultdict(list)
        for hop in Hop.objects.using(db).filter(claim_id__in=batch).order_by("claim_id", "position"):
            chains[hop.claim_id].append(hop_record(hop))
        current_sides = defaultdict(list)
        for claim_id, actor_id in (
            Sides.objects.using(db).filter(claim_id__in=batch).values_list("claim_id", "actor_id")
        ):
            current_sides[claim_id].append(actor_id)
        versions = []
        for pk in batch:
            claim = stored[pk]
            now = {**fields_of(claim), "chain": chains[pk], "sides": sorted(current_sides[pk])}
            made = replay(claim_records[pk], hop_records[pk], sides_of)
            if not made or made[-1][0] != now:
                made.append((now, None, claim.updated_at, "The claim as stored when versions began"))
            previous = None
            for number, (record, user, at, reason) in enumerate(made, start=1):
                changed = (
                    list(record) if previous is None else [k for k in record if record[k] != previous.get(k)]
                )
                versions.append(
                    Version(
                        claim_id=pk,
                        number=number,
                        at=at,
                        by_id=user,
                        reason=reason,
                        record=record,
                        changed=changed,
                    )
                )
                previous = record
            claim.version = len(made)
        Version.objects.using(db).bulk_create(versions, batch_size=BATCH)
        Claim.objects.using(db).bulk_update(stored.values(), ["version"], batch_size=BATCH)
    check_now(schema_editor)


def fields_of(row):
    return {
        name: shown(getattr(row, f"{name}_id" if name in REFERENCES else name, None))
        for name in RECORDED_FIELDS
    }


REFERENCES = {"conflict", "originator", "supersedes", "corrects", "verified_by", "published_by"}


def hop_record(hop):
    return {
        "actor": hop.actor_id,
        "relation": hop.relation,
        "source": hop.source_id,
        "date": shown(hop.date),
        "words": hop.words,
    }


def replay(claim_records, hop_records, sides_of):
    """Return [(record, user id, time, reason)]: the claim after each save, as its history tells it."""
    events = [(r.history_date, 0, r) for r in claim_records] + [(r.history_date, 1, r) for r in hop_records]
    events.sort(key=lambda event: (event[0], event[1], event[2].history_id))
    fields, hops, sides, made = None, {}, [], []
    for at, kind, record in events:
        if kind == 0:
            if record.history_type == "-":
                continue
            fields = fields_of(record)
            sides = sorted(sides_of.get(record.history_id, []))
            reason = record.history_change_reason or ("Created" if record.history_type == "+" else "")
            made.append([None, record.history_user_id, at, reason])
        else:
            if record.history_type == "-":
                hops.pop(record.id, None)
            else:
                hops[record.id] = (record.position, hop_record(record))
            if fields is None:
                continue
            last = made[-1]
            if not (last[1] == record.history_user_id and at - last[2] <= SAME_SAVE):
                made.append([None, record.history_user_id, at, "Chain changed on its own page"])
        chain = [hop for _, hop in sorted(hops.values(), key=lambda entry: entry[0])]
        made[-1][0] = {**fields, "chain": chain, "sides": sides}
    return [tuple(entry) for entry in made if entry[0] is not None]


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0013_filter_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(refuse_claims_without_metric, migrations.RunPython.noop),
        # Quantities and their tallies.
        migrations.CreateModel(
            name="Quantity",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "metric",
                    models.CharField(
                        choices=[
                            ("killed", "killed"),
                            ("wounded", "wounded"),
                            ("casualties", "casualties (killed or wounded)"),
                            ("missing", "missing"),
                            ("captured", "captured"),
                            ("displaced", "displaced"),
                        ],
                        max_length=16,
                    ),
                ),
                (
                    "population",
                    models.CharField(
                        choices=[("all", "all people"), ("civilian", "civilians"), ("military", "military")],
                        max_length=16,
                    ),
                ),
                ("sides_key", models.CharField(blank=True, max_length=500)),
                (
                    "published_reports",
                    models.PositiveIntegerField(default=0, help_text="Published reports of this quantity."),
                ),
                (
                    "published_origins",
                    models.PositiveIntegerField(
                        default=0, help_text="Distinct origins among the published reports."
                    ),
                ),
                (
                    "published_circular",
                    models.BooleanField(
                        default=False,
                        help_text="One origin's published reports reached us through more than one last outlet.",
                    ),
                ),
                (
                    "newsroom_reports",
                    models.PositiveIntegerField(
                        default=0,
                        help_text="Reports of this quantity, drafts included (not rejected or retracted ones).",
                    ),
                ),
                (
                    "newsroom_origins",
                    models.PositiveIntegerField(default=0, help_text="Distinct origins among those reports."),
                ),
                (
                    "newsroom_circular",
                    models.BooleanField(
                        default=False,
                        help_text="One origin's reports reached us through more than one last outlet.",
                    ),
                ),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "conflict",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="quantities",
                        to="claims.conflict",
                    ),
                ),
            ],
            options={"verbose_name_plural": "quantities"},
        ),
        migrations.AddConstraint(
            model_name="quantity",
            constraint=models.UniqueConstraint(
                fields=("conflict", "metric", "population", "sides_key"),
                name="claims_quantity_unique_key",
                violation_error_message="This quantity is already recorded.",
            ),
        ),
        migrations.CreateModel(
            name="QuantityTally",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "origin",
                    models.BigIntegerField(help_text="The origin actor's id; 0 for unattributed claims."),
                ),
                (
                    "outlet",
                    models.BigIntegerField(
                        help_text="The last hop's actor's id; 0 for a claim without a chain."
                    ),
                ),
                (
                    "published",
                    models.IntegerField(
                        default=0, help_text="Published claims of this origin through this outlet."
                    ),
                ),
                (
                    "newsroom",
                    models.IntegerField(
                        default=0, help_text="Claims counted by the newsroom (not rejected or retracted)."
                    ),
                ),
                (
                    "quantity",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="tallies",
                        to="claims.quantity",
                    ),
                ),
            ],
        ),
        migrations.AddConstraint(
            model_name="quantitytally",
            constraint=models.UniqueConstraint(
                fields=("quantity", "origin", "outlet"), name="claims_quantitytally_unique_pair"
            ),
        ),
        # The feed announces quantities too.
        migrations.RenameModel("ClaimChange", "FeedEntry"),
        migrations.RunPython(rename_feed_permissions, migrations.RunPython.noop),
        migrations.AlterModelOptions(
            name="feedentry",
            options={
                "ordering": ["seq"],
                "verbose_name": "change feed entry",
                "verbose_name_plural": "change feed",
            },
        ),
        migrations.RemoveConstraint(model_name="feedentry", name="claims_claimchange_one_per_claim"),
        migrations.AlterField(
            model_name="feedentry",
            name="claim",
            field=models.ForeignKey(
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="claims.claim",
            ),
        ),
        migrations.AddField(
            model_name="feedentry",
            name="quantity",
            field=models.ForeignKey(
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="claims.quantity",
            ),
        ),
        migrations.AddConstraint(
            model_name="feedentry",
            constraint=models.UniqueConstraint(
                fields=("claim",),
                name="claims_feedentry_one_per_claim",
                violation_error_message="A claim has one entry in the change feed: its latest.",
            ),
        ),
        migrations.AddConstraint(
            model_name="feedentry",
            constraint=models.UniqueConstraint(
                fields=("quantity",),
                name="claims_feedentry_one_per_quantity",
                violation_error_message="A quantity has one entry in the change feed: its latest.",
            ),
        ),
        migrations.AddConstraint(
            model_name="feedentry",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("claim__isnull", False), ("quantity__isnull", True)),
                    models.Q(("claim__isnull", True), ("quantity__isnull", False)),
                    _connector="OR",
                ),
                name="claims_feedentry_of_one_record",
                violation_error_message="A feed entry is about one claim or one quantity.",
            ),
        ),
        # Each claim names its quantity; the counts leave the claims.
        migrations.AddField(
            model_name="claim",
            name="quantity",
            field=models.ForeignKey(
                null=True,
                editable=False,
                db_index=False,
                help_text="What this figure counts, shared with the claims it is compared with.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="claims",
                to="claims.quantity",
            ),
        ),
        migrations.RunPython(make_quantities, elidable=False),
        migrations.AlterField(
            model_name="claim",
            name="quantity",
            field=models.ForeignKey(
                editable=False,
                db_index=False,
                help_text="What this figure counts, shared with the claims it is compared with.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="claims",
                to="claims.quantity",
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["quantity", "-stated_on", "-id"], name="claims_claim_quantity_newest"),
        ),
        migrations.RemoveIndex(model_name="claim", name="claims_claim_quantity"),
        migrations.RemoveField(model_name="claim", name="newsroom_circular"),
        migrations.RemoveField(model_name="claim", name="newsroom_origins"),
        migrations.RemoveField(model_name="claim", name="newsroom_reports"),
        migrations.RemoveField(model_name="claim", name="published_circular"),
        migrations.RemoveField(model_name="claim", name="published_origins"),
        migrations.RemoveField(model_name="claim", name="published_reports"),
        migrations.RemoveField(model_name="claim", name="sides_key"),
        # Corrections of published claims.
        migrations.AddField(
            model_name="claim",
            name="corrects",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                help_text="The published claim this one corrects: publishing it retracts that one.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="corrections",
                to="claims.claim",
            ),
        ),
        migrations.AddConstraint(
            model_name="claim",
            constraint=models.CheckConstraint(
                condition=models.Q(("corrects", models.F("pk")), _negated=True),
                name="claims_claim_not_correcting_itself",
                violation_error_message="A claim cannot correct itself.",
            ),
        ),
        # Versions of the whole claim replace the histories of claims and hops.
        migrations.CreateModel(
            name="ClaimVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.PositiveIntegerField()),
                ("at", models.DateTimeField()),
                (
                    "reason",
                    models.TextField(
                        blank=True, help_text="Why the claim was changed, as its editor or reviewer said."
                    ),
                ),
                ("record", models.JSONField(help_text="The claim's fields, chain and sides as saved.")),
                (
                    "changed",
                    models.JSONField(
                        default=list, help_text="The names of what changed since the previous version."
                    ),
                ),
                (
                    "by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "claim",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="versions",
                        to="claims.claim",
                    ),
                ),
            ],
            options={"ordering": ["claim", "number"]},
        ),
        migrations.AddConstraint(
            model_name="claimversion",
            constraint=models.UniqueConstraint(
                fields=("claim", "number"),
                name="claims_claimversion_one_per_number",
                violation_error_message="Each version of a claim has its own number.",
            ),
        ),
        migrations.RunPython(number_chains_from_zero, elidable=False),
        migrations.RunPython(make_versions, elidable=False),
        migrations.DeleteModel(name="HistoricalClaim_sides"),
        migrations.DeleteModel(name="HistoricalAttributionHop"),
        migrations.DeleteModel(name="HistoricalClaim"),
        # Rules the forms check, held by the database too.
        migrations.AlterField(
            model_name="attributionhop",
            name="position",
            field=models.PositiveSmallIntegerField(
                help_text="0 for the original statement, then one more per relay (at most 99)."
            ),
        ),
        migrations.AddConstraint(
            model_name="attributionhop",
            constraint=models.CheckConstraint(
                condition=models.Q(("position__gte", 0), ("position__lte", 99)),
                name="claims_attributionhop_position_in_range",
                violation_error_message="A hop's position is a number from 0 to 99.",
            ),
        ),
        migrations.AddConstraint(
            model_name="attributionhop",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "relation__in",
                        ["stated", "relayed", "quoted", "paraphrased", "translated", "published"],
                    )
                ),
                name="claims_attributionhop_relation_known",
                violation_error_message="Choose the relation: one of stated, relayed, quoted, paraphrased, translated, published.",
            ),
        ),
        migrations.AddConstraint(
            model_name="claim",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("metric__in", ["killed", "wounded", "casualties", "missing", "captured", "displaced"])
                ),
                name="claims_claim_metric_known",
                violation_error_message="Choose the metric: one of killed, wounded, casualties, missing, captured, displaced.",
            ),
        ),
        migrations.AddConstraint(
            model_name="claim",
            constraint=models.CheckConstraint(
                condition=models.Q(("population__in", ["all", "civilian", "military"])),
                name="claims_claim_population_known",
                violation_error_message="Choose the population: one of all, civilian, military.",
            ),
        ),
        migrations.AddConstraint(
            model_name="claim",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "qualifier__in",
                        [
                            "exact",
                            "approximate",
                            "at_least",
                            "more_than",
                            "at_most",
                            "fewer_than",
                            "range",
                            "vague",
                            "unquantified",
                        ],
                    )
                ),
                name="claims_claim_qualifier_known",
                violation_error_message="Choose the qualifier: one of exact, approximate, at_least, more_than, at_most, fewer_than, range, vague, unquantified.",
            ),
        ),
        migrations.AddConstraint(
            model_name="claim",
            constraint=models.CheckConstraint(
                condition=models.Q(("convention__in", ["conservative", "literal"])),
                name="claims_claim_convention_known",
                violation_error_message="Choose the convention: one of conservative, literal.",
            ),
        ),
        migrations.AddConstraint(
            model_name="claim",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("status__in", ["draft", "in_review", "verified", "published", "rejected", "retracted"])
                ),
                name="claims_claim_status_known",
                violation_error_message="Choose the status: one of draft, in_review, verified, published, rejected, retracted.",
            ),
        ),
        migrations.AddConstraint(
            model_name="claim",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "rating__in",
                        [
                            "confirmed",
                            "corroborated",
                            "single_source",
                            "contested",
                            "unsupported",
                            "false",
                            "",
                        ],
                    )
                ),
                name="claims_claim_rating_known",
                violation_error_message="Choose the rating: one of confirmed, corroborated, single_source, contested, unsupported, false.",
            ),
        ),
    ]
