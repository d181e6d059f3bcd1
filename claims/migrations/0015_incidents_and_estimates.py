"""Incidents, and quantities keyed by incident or by area and last day counted (issue 13); the demographic
group; each quantity's consolidated estimate and grade, with their history; incidents in the change feed.

The data step re-keys every claim's quantity, counts its tallies again and computes the estimates, with frozen
copies of the rules as they stood: migrations never import live code. Quantities get new ids: partners who
follow the change feed receive each quantity again (docs/api.md, "Upgrading across migration 0015").
"""

import datetime as dt
from collections import defaultdict

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models
from django.db.models import Count, Exists, OuterRef, Q, Value
from django.db.models.functions import Coalesce

BATCH = 2_000
CONTESTED_RATIO, CONTESTED_GAP, DISCREDITING = 2.0, 2, {"false", "unsupported"}


def fold_area(area):
    return " ".join(str(area or "").casefold().split())[:200]


def key_text(conflict, metric, population, sides, ends_on, area):
    """Quantity.key of a cumulative toll (every claim before this migration is one): no incident, group all."""
    return "|".join(
        [str(conflict), "", metric, population, "all", sides, ends_on.isoformat() if ends_on else "", area]
    )


def counts_from(tallies):
    reports, outlets = 0, defaultdict(set)
    for origin, outlet, claims in tallies:
        if claims <= 0:
            continue
        reports += claims
        if origin:
            outlets[origin].add(outlet)
    return reports, len(outlets), any(len(through) > 1 for through in outlets.values())


def consolidate(figures):
    """The estimate rule of claims.estimates as of this migration: (low, best, high, their claims, grade,
    explanation, basis) from (claim, origin, stated_on, low, best, high, rating, interested) per figure."""
    latest, unattributed = {}, []
    for f in figures:
        if f[1] is None:
            unattributed.append(f)
        elif f[1] not in latest or (f[2] or dt.date.min, f[0]) > (
            latest[f[1]][2] or dt.date.min,
            latest[f[1]][0],
        ):
            latest[f[1]] = f
    origins = sorted(latest.values())
    credible = [f for f in origins if f[6] not in DISCREDITING]
    setting = [f for f in credible if not f[7]]
    lowers = [
        (f[3] if f[3] is not None else f[4], f[0]) for f in setting if f[3] is not None or f[4] is not None
    ]
    uppers = [
        (f[5] if f[5] is not None else f[4], -f[0]) for f in setting if f[5] is not None or f[4] is not None
    ]
    bests = sorted((f[4], f[0]) for f in setting if f[4] is not None)
    low, low_claim = min(lowers) if lowers else (None, None)
    high, high_claim = max(uppers) if uppers else (None, None)
    high_claim = -high_claim if high_claim is not None else None
    if low is not None and high is not None and low > high:  # contradicting figures: span every value given
        values = [*lowers, *((value, -negative) for value, negative in uppers)]
        low, low_claim = min(values)
        high, high_claim = max(values, key=lambda v: (v[0], -v[1]))
    best, best_claim = bests[(len(bests) - 1) // 2] if bests else (None, None)

    def central(f):
        if f[4] is not None:
            return f[4]
        if f[3] is not None and f[5] is not None:
            return (f[3] + f[5]) / 2
        return f[3] if f[3] is not None else f[5]

    values = sorted(central(f) for f in credible if central(f) is not None)
    if not origins:
        grade, why = "weak", "no figure has a named origin"
    elif not credible:
        grade, why = "discounted", "every origin's figure was rated false or unsupported"
    elif (
        len(values) >= 2
        and values[-1] - values[0] > CONTESTED_GAP
        and values[-1] > CONTESTED_RATIO * values[0]
    ):
        grade, why = "contested", "independent origins disagree"
    elif len(credible) >= 2 and setting:
        grade, why = "fair", f"{len(credible)} independent credible origins agree"
    elif len(credible) >= 2:
        grade, why = "weak", "only parties to the conflict gave figures"
    else:
        grade, why = "weak", "one origin only"
    basis = [
        {
            "claim": f[0],
            "origin": f[1],
            "stated_on": f[2].isoformat() if f[2] else None,
            "low": f[3],
            "best": f[4],
            "high": f[5],
            "interested_party": bool(f[7]),
            "sets": [
                b for b, c in (("low", low_claim), ("best", best_claim), ("high", high_claim)) if c == f[0]
            ],
            "why": "unattributed: not an independent origin"
            if f[1] is None
            else f"rated {f[6]}: not counted"
            if f[6] in DISCREDITING
            else "a party to the conflict: shown, never sets a bound alone"
            if f[7]
            else "counted",
        }
        for f in [*origins, *sorted(unattributed)]
    ]
    explanation = f"Computed when incidents were introduced (migration 0015). Grade {grade}: {why}."
    return (low, best, high, low_claim, best_claim, high_claim, grade, explanation, basis)


def rekey_quantities(apps, schema_editor):
    """Give every claim the quantity of its new key; count tallies and counts again; compute the estimates."""
    db = schema_editor.connection.alias  # the database being migrated
    Claim = apps.get_model("claims", "Claim")
    Quantity = apps.get_model("claims", "Quantity")
    Tally = apps.get_model("claims", "QuantityTally")
    FeedEntry = apps.get_model("claims", "FeedEntry")
    Version = apps.get_model("claims", "EstimateVersion")
    Parties = apps.get_model("claims", "Actor").party_to.through
    sides = defaultdict(list)
    for claim_id, actor_id in (
        Claim.sides.through.objects.using(db).values_list("claim_id", "actor_id").iterator()
    ):
        sides[claim_id].append(actor_id)
    claims = Claim.objects.using(db).values_list(
        "pk", "conflict_id", "metric", "population", "area", "period_end", "as_of", "stated_on"
    )
    key_of, parts = {}, {}
    for pk, conflict, metric, population, area, period_end, as_of, stated_on in claims.iterator():
        side_text = ",".join(map(str, sorted(set(sides[pk]))))
        ends_on, folded = period_end or as_of or stated_on, fold_area(area)
        text = key_text(conflict, metric, population, side_text, ends_on, folded)
        key_of[pk] = text
        parts[text] = (
            conflict,
            metric,
            population,
            side_text,
            ends_on,
            folded,
            key_text(conflict, metric, population, side_text, None, folded),
        )
    FeedEntry.objects.using(db).filter(quantity__isnull=False).delete()
    Tally.objects.using(db).all().delete()
    old = list(Quantity.objects.using(db).values_list("pk", flat=True))
    Quantity.objects.using(db).bulk_create(
        (
            Quantity(
                conflict_id=c, metric=m, population=p, sides_key=s, ends_on=e, area=a, key=text, series=series
            )
            for text, (c, m, p, s, e, a, series) in parts.items()
        ),
        batch_size=BATCH,
    )
    ids = dict(Quantity.objects.using(db).exclude(pk__in=old).values_list("key", "pk"))
    by_quantity = defaultdict(list)
    for pk, text in key_of.items():
        by_quantity[ids[text]].append(pk)
    for quantity, pks in by_quantity.items():
        for start in range(0, len(pks), 500):
            Claim.objects.using(db).filter(pk__in=pks[start : start + 500]).update(quantity_id=quantity)
    Quantity.objects.using(db).filter(pk__in=old).delete()
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
    entries = defaultdict(list)
    for q, o, out, p, n in tallies:
        entries[q].append((o, out, p, n))
    interested = (
        Parties.objects.using(db)
        .filter(conflict=OuterRef("conflict"))
        .filter(Q(actor=OuterRef("originator")) | Q(actor=OuterRef("originator__root")))
    )
    figures = defaultdict(list)
    published = (
        Claim.objects.using(db)
        .filter(status="published")
        .order_by()
        .annotate(origin=Coalesce("originator__root", "originator"), interested=Exists(interested))
        .values_list(
            "quantity_id", "pk", "origin", "stated_on", "low", "best", "high", "rating", "interested"
        )
    )
    for quantity, *figure in published.iterator():
        figures[quantity].append(tuple(figure))
    now = dt.datetime.now(dt.UTC)
    shown = []
    for pk, counted in entries.items():
        in_published = counts_from((o, out, p) for o, out, p, _ in counted)
        in_newsroom = counts_from((o, out, n) for o, out, _, n in counted)
        values = dict(
            published_reports=in_published[0],
            published_origins=in_published[1],
            published_circular=in_published[2],
            newsroom_reports=in_newsroom[0],
            newsroom_origins=in_newsroom[1],
            newsroom_circular=in_newsroom[2],
        )
        if figures[pk]:
            low, best, high, low_claim, best_claim, high_claim, grade, explanation, basis = consolidate(
                figures[pk]
            )
            values |= dict(
                estimate_low=low,
                estimate_best=best,
                estimate_high=high,
                low_claim_id=low_claim,
                best_claim_id=best_claim,
                high_claim_id=high_claim,
                derived_grade=grade,
                grade=grade,
                explanation=explanation,
                basis=basis,
                estimate_version=1,
            )
            Version.objects.using(db).create(
                quantity_id=pk,
                number=1,
                at=now,
                reason="Incidents introduced (migration 0015).",
                low=low,
                best=best,
                high=high,
                low_claim_id=low_claim,
                best_claim_id=best_claim,
                high_claim_id=high_claim,
                grade=grade,
                derived_grade=grade,
                explanation=explanation,
            )
        Quantity.objects.using(db).filter(pk=pk).update(**values)
        if in_published[0]:
            shown.append(pk)
    FeedEntry.objects.using(db).bulk_create(
        (FeedEntry(quantity_id=pk, action="upsert") for pk in sorted(shown)), batch_size=BATCH
    )
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0014_one_write_path"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="EstimateVersion",
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
                        blank=True, help_text="What changed it: a publication, a retraction, an override."
                    ),
                ),
                ("low", models.BigIntegerField(blank=True, null=True)),
                ("best", models.BigIntegerField(blank=True, null=True)),
                ("high", models.BigIntegerField(blank=True, null=True)),
                (
                    "grade",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("confirmed", "confirmed"),
                            ("fair", "fair"),
                            ("weak", "weak"),
                            ("contested", "contested"),
                            ("discounted", "discounted"),
                        ],
                        max_length=12,
                    ),
                ),
                (
                    "derived_grade",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("confirmed", "confirmed"),
                            ("fair", "fair"),
                            ("weak", "weak"),
                            ("contested", "contested"),
                            ("discounted", "discounted"),
                        ],
                        max_length=12,
                    ),
                ),
                ("explanation", models.TextField(blank=True)),
            ],
            options={
                "ordering": ["quantity", "number"],
            },
        ),
        migrations.CreateModel(
            name="HistoricalIncident",
            fields=[
                (
                    "id",
                    models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name="ID"),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="A short name an editor will recognise: “Shelling of Martuni and Shushi”.",
                        max_length=200,
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("shelling", "shelling"),
                            ("air_strike", "air strike"),
                            ("drone_strike", "drone strike"),
                            ("missile_strike", "missile strike"),
                            ("ground_fighting", "ground fighting"),
                            ("massacre", "massacre"),
                            ("bombing", "bombing"),
                            ("other", "other"),
                        ],
                        default="other",
                        max_length=24,
                    ),
                ),
                (
                    "started_on",
                    models.DateField(
                        help_text="The day it happened, or the first day of the window it fell in."
                    ),
                ),
                (
                    "ended_on",
                    models.DateField(
                        blank=True,
                        help_text="The last day of the window, when the day is not known. Empty: one day.",
                        null=True,
                    ),
                ),
                (
                    "date_precision",
                    models.CharField(
                        choices=[("day", "day"), ("week", "week"), ("month", "month")],
                        default="day",
                        help_text="How precisely the date is known: the day, the week or the month.",
                        max_length=8,
                    ),
                ),
                (
                    "place",
                    models.CharField(
                        help_text="The place as reported: town, village, district.", max_length=200
                    ),
                ),
                (
                    "admin1",
                    models.CharField(
                        blank=True,
                        help_text="First administrative level: province, region, oblast.",
                        max_length=200,
                    ),
                ),
                (
                    "admin2",
                    models.CharField(
                        blank=True, help_text="Second administrative level: district.", max_length=200
                    ),
                ),
                (
                    "latitude",
                    models.FloatField(
                        blank=True, help_text="Decimal degrees, WGS 84 (−90 to 90).", null=True
                    ),
                ),
                (
                    "longitude",
                    models.FloatField(
                        blank=True, help_text="Decimal degrees, WGS 84 (−180 to 180).", null=True
                    ),
                ),
                (
                    "place_precision",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("exact", "exact location"),
                            ("near", "near a named place"),
                            ("district", "district (second administrative level)"),
                            ("province", "province (first administrative level)"),
                            ("country", "country only"),
                        ],
                        help_text="How precisely the coordinates place it. Required with coordinates.",
                        max_length=8,
                    ),
                ),
                ("description", models.TextField(blank=True)),
                (
                    "assessment",
                    models.CharField(
                        choices=[
                            ("open", "open: accounts still coming in"),
                            ("assessed", "assessed"),
                            ("closed", "closed: no further accounts expected"),
                        ],
                        default="open",
                        help_text="Where the newsroom's own assessment of this incident stands.",
                        max_length=12,
                    ),
                ),
                ("created_at", models.DateTimeField(blank=True, editable=False)),
                ("updated_at", models.DateTimeField(blank=True, editable=False)),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.TextField(null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
            ],
            options={
                "verbose_name": "historical incident",
                "verbose_name_plural": "historical incidents",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="Incident",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="A short name an editor will recognise: “Shelling of Martuni and Shushi”.",
                        max_length=200,
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("shelling", "shelling"),
                            ("air_strike", "air strike"),
                            ("drone_strike", "drone strike"),
                            ("missile_strike", "missile strike"),
                            ("ground_fighting", "ground fighting"),
                            ("massacre", "massacre"),
                            ("bombing", "bombing"),
                            ("other", "other"),
                        ],
                        default="other",
                        max_length=24,
                    ),
                ),
                (
                    "started_on",
                    models.DateField(
                        help_text="The day it happened, or the first day of the window it fell in."
                    ),
                ),
                (
                    "ended_on",
                    models.DateField(
                        blank=True,
                        help_text="The last day of the window, when the day is not known. Empty: one day.",
                        null=True,
                    ),
                ),
                (
                    "date_precision",
                    models.CharField(
                        choices=[("day", "day"), ("week", "week"), ("month", "month")],
                        default="day",
                        help_text="How precisely the date is known: the day, the week or the month.",
                        max_length=8,
                    ),
                ),
                (
                    "place",
                    models.CharField(
                        help_text="The place as reported: town, village, district.", max_length=200
                    ),
                ),
                (
                    "admin1",
                    models.CharField(
                        blank=True,
                        help_text="First administrative level: province, region, oblast.",
                        max_length=200,
                    ),
                ),
                (
                    "admin2",
                    models.CharField(
                        blank=True, help_text="Second administrative level: district.", max_length=200
                    ),
                ),
                (
                    "latitude",
                    models.FloatField(
                        blank=True, help_text="Decimal degrees, WGS 84 (−90 to 90).", null=True
                    ),
                ),
                (
                    "longitude",
                    models.FloatField(
                        blank=True, help_text="Decimal degrees, WGS 84 (−180 to 180).", null=True
                    ),
                ),
                (
                    "place_precision",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("exact", "exact location"),
                            ("near", "near a named place"),
                            ("district", "district (second administrative level)"),
                            ("province", "province (first administrative level)"),
                            ("country", "country only"),
                        ],
                        help_text="How precisely the coordinates place it. Required with coordinates.",
                        max_length=8,
                    ),
                ),
                ("description", models.TextField(blank=True)),
                (
                    "assessment",
                    models.CharField(
                        choices=[
                            ("open", "open: accounts still coming in"),
                            ("assessed", "assessed"),
                            ("closed", "closed: no further accounts expected"),
                        ],
                        default="open",
                        help_text="Where the newsroom's own assessment of this incident stands.",
                        max_length=12,
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
            ],
            options={
                "ordering": ["-started_on", "-id"],
            },
        ),
        migrations.RemoveConstraint(
            model_name="feedentry",
            name="claims_feedentry_of_one_record",
        ),
        migrations.RemoveConstraint(
            model_name="quantity",
            name="claims_quantity_unique_key",
        ),
        migrations.AddField(
            model_name="claim",
            name="group",
            field=models.CharField(
                choices=[
                    ("all", "all ages and sexes"),
                    ("children", "children"),
                    ("women", "women"),
                    ("men", "men"),
                    ("elderly", "elderly people"),
                ],
                default="all",
                help_text="Whose losses by age and sex, when the figure counts only children, women, men or the elderly.",
                max_length=16,
            ),
        ),
        migrations.AddField(
            model_name="quantity",
            name="area",
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.AddField(
            model_name="quantity",
            name="basis",
            field=models.JSONField(blank=True, default=list, editable=False),
        ),
        migrations.AddField(
            model_name="quantity",
            name="best_claim",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="claims.claim",
            ),
        ),
        migrations.AddField(
            model_name="quantity",
            name="derived_grade",
            field=models.CharField(
                blank=True,
                choices=[
                    ("confirmed", "confirmed"),
                    ("fair", "fair"),
                    ("weak", "weak"),
                    ("contested", "contested"),
                    ("discounted", "discounted"),
                ],
                editable=False,
                help_text="The grade the rule gives.",
                max_length=12,
            ),
        ),
        migrations.AddField(
            model_name="quantity",
            name="ends_on",
            field=models.DateField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="quantity",
            name="estimate_best",
            field=models.BigIntegerField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="quantity",
            name="estimate_high",
            field=models.BigIntegerField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="quantity",
            name="estimate_low",
            field=models.BigIntegerField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="quantity",
            name="estimate_version",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="quantity",
            name="explanation",
            field=models.TextField(
                blank=True, editable=False, help_text="How the estimate and grade follow."
            ),
        ),
        migrations.AddField(
            model_name="quantity",
            name="grade",
            field=models.CharField(
                blank=True,
                choices=[
                    ("confirmed", "confirmed"),
                    ("fair", "fair"),
                    ("weak", "weak"),
                    ("contested", "contested"),
                    ("discounted", "discounted"),
                ],
                editable=False,
                help_text="The grade shown: the reviewer's override when there is one, else the rule's.",
                max_length=12,
            ),
        ),
        migrations.AddField(
            model_name="quantity",
            name="grade_overridden_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="quantity",
            name="grade_override",
            field=models.CharField(
                blank=True,
                choices=[
                    ("confirmed", "confirmed"),
                    ("fair", "fair"),
                    ("weak", "weak"),
                    ("contested", "contested"),
                    ("discounted", "discounted"),
                ],
                help_text="A reviewer's grade, which replaces the rule's. Give the reason.",
                max_length=12,
            ),
        ),
        migrations.AddField(
            model_name="quantity",
            name="grade_override_reason",
            field=models.TextField(
                blank=True,
                help_text="Why the reviewer's grade replaces the rule's; shown to partners with it.",
            ),
        ),
        migrations.AddField(
            model_name="quantity",
            name="group",
            field=models.CharField(
                choices=[
                    ("all", "all ages and sexes"),
                    ("children", "children"),
                    ("women", "women"),
                    ("men", "men"),
                    ("elderly", "elderly people"),
                ],
                default="all",
                max_length=16,
            ),
        ),
        migrations.AddField(
            model_name="quantity",
            name="high_claim",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="claims.claim",
            ),
        ),
        migrations.AddField(
            model_name="quantity",
            name="key",
            field=models.CharField(default="", editable=False, max_length=1000),
        ),
        migrations.AddField(
            model_name="quantity",
            name="low_claim",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="claims.claim",
            ),
        ),
        migrations.AddField(
            model_name="estimateversion",
            name="best_claim",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="claims.claim",
            ),
        ),
        migrations.AddField(
            model_name="estimateversion",
            name="by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="estimateversion",
            name="high_claim",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="claims.claim",
            ),
        ),
        migrations.AddField(
            model_name="estimateversion",
            name="low_claim",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="claims.claim",
            ),
        ),
        migrations.AddField(
            model_name="estimateversion",
            name="quantity",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="estimate_versions",
                to="claims.quantity",
            ),
        ),
        migrations.AddField(
            model_name="historicalincident",
            name="conflict",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="claims.conflict",
            ),
        ),
        migrations.AddField(
            model_name="historicalincident",
            name="history_user",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="historicalincident",
            name="perpetrator",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text="Who is alleged to be responsible. Its own figure for the incident confirms the estimate.",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="claims.actor",
            ),
        ),
        migrations.AddField(
            model_name="incident",
            name="conflict",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT, related_name="incidents", to="claims.conflict"
            ),
        ),
        migrations.AddField(
            model_name="incident",
            name="perpetrator",
            field=models.ForeignKey(
                blank=True,
                help_text="Who is alleged to be responsible. Its own figure for the incident confirms the estimate.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="incidents_alleged",
                to="claims.actor",
            ),
        ),
        migrations.AddField(
            model_name="claim",
            name="incident",
            field=models.ForeignKey(
                blank=True,
                help_text="The event the figure is about. Leave empty for a cumulative toll over an area and a period.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="claims",
                to="claims.incident",
            ),
        ),
        migrations.AddField(
            model_name="feedentry",
            name="incident",
            field=models.ForeignKey(
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="claims.incident",
            ),
        ),
        migrations.AddField(
            model_name="quantity",
            name="incident",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="quantities",
                to="claims.incident",
            ),
        ),
        migrations.AddIndex(
            model_name="quantity",
            index=models.Index(fields=["incident"], name="claims_quantity_incident"),
        ),
        migrations.AddIndex(
            model_name="quantity",
            index=models.Index(fields=["conflict", "grade"], name="claims_quantity_conflict_grade"),
        ),
        migrations.AddConstraint(
            model_name="claim",
            constraint=models.CheckConstraint(
                condition=models.Q(("group__in", ["all", "children", "women", "men", "elderly"])),
                name="claims_claim_group_known",
                violation_error_message="Choose the group: one of all, children, women, men, elderly.",
            ),
        ),
        migrations.AddConstraint(
            model_name="feedentry",
            constraint=models.UniqueConstraint(
                fields=("incident",),
                name="claims_feedentry_one_per_incident",
                violation_error_message="An incident has one entry in the change feed: its latest.",
            ),
        ),
        migrations.AddConstraint(
            model_name="feedentry",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(
                        ("claim__isnull", False), ("incident__isnull", True), ("quantity__isnull", True)
                    ),
                    models.Q(
                        ("claim__isnull", True), ("incident__isnull", True), ("quantity__isnull", False)
                    ),
                    models.Q(
                        ("claim__isnull", True), ("incident__isnull", False), ("quantity__isnull", True)
                    ),
                    _connector="OR",
                ),
                name="claims_feedentry_of_one_record",
                violation_error_message="A feed entry is about one claim, one quantity or one incident.",
            ),
        ),
        migrations.AddConstraint(
            model_name="quantity",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(
                        ("estimate_low__isnull", True),
                        ("estimate_best__isnull", True),
                        ("estimate_low__lte", models.F("estimate_best")),
                        _connector="OR",
                    ),
                    models.Q(
                        ("estimate_best__isnull", True),
                        ("estimate_high__isnull", True),
                        ("estimate_best__lte", models.F("estimate_high")),
                        _connector="OR",
                    ),
                    models.Q(
                        ("estimate_low__isnull", True),
                        ("estimate_high__isnull", True),
                        ("estimate_low__lte", models.F("estimate_high")),
                        _connector="OR",
                    ),
                ),
                name="claims_quantity_estimate_ordered",
                violation_error_message="An estimate's low bound is at most its best, its best at most its high bound.",
            ),
        ),
        migrations.AddConstraint(
            model_name="quantity",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("grade_override", ""),
                    models.Q(("grade_override_reason", ""), _negated=True),
                    _connector="OR",
                ),
                name="claims_quantity_override_has_reason",
                violation_error_message="Say why the reviewer's grade replaces the rule's.",
            ),
        ),
        migrations.AddConstraint(
            model_name="quantity",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("derived_grade__in", ["confirmed", "fair", "weak", "contested", "discounted", ""])
                ),
                name="claims_quantity_derived_grade_known",
                violation_error_message="Choose the derived_grade: one of confirmed, fair, weak, contested, discounted.",
            ),
        ),
        migrations.AddConstraint(
            model_name="quantity",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("grade__in", ["confirmed", "fair", "weak", "contested", "discounted", ""])
                ),
                name="claims_quantity_grade_known",
                violation_error_message="Choose the grade: one of confirmed, fair, weak, contested, discounted.",
            ),
        ),
        migrations.AddConstraint(
            model_name="quantity",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("grade_override__in", ["confirmed", "fair", "weak", "contested", "discounted", ""])
                ),
                name="claims_quantity_grade_override_known",
                violation_error_message="Choose the grade_override: one of confirmed, fair, weak, contested, discounted.",
            ),
        ),
        migrations.AddConstraint(
            model_name="quantity",
            constraint=models.CheckConstraint(
                condition=models.Q(("group__in", ["all", "children", "women", "men", "elderly"])),
                name="claims_quantity_group_known",
                violation_error_message="Choose the group: one of all, children, women, men, elderly.",
            ),
        ),
        migrations.AddConstraint(
            model_name="estimateversion",
            constraint=models.UniqueConstraint(
                fields=("quantity", "number"),
                name="claims_estimateversion_one_per_number",
                violation_error_message="Each version of an estimate has its own number.",
            ),
        ),
        migrations.AddIndex(
            model_name="incident",
            index=models.Index(
                fields=["conflict", "-started_on", "-id"], name="claims_incident_conflict_date"
            ),
        ),
        migrations.AddIndex(
            model_name="incident",
            index=models.Index(fields=["latitude", "longitude"], name="claims_incident_coordinates"),
        ),
        migrations.AddConstraint(
            model_name="incident",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("ended_on__isnull", True), ("ended_on__gte", models.F("started_on")), _connector="OR"
                ),
                name="claims_incident_window_ends_after_start",
                violation_error_message="The window must not end before it starts.",
            ),
        ),
        migrations.AddConstraint(
            model_name="incident",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("latitude__isnull", True),
                    models.Q(("latitude__gte", -90), ("latitude__lte", 90)),
                    _connector="OR",
                ),
                name="claims_incident_latitude_in_range",
                violation_error_message="A latitude is between −90 and 90 degrees.",
            ),
        ),
        migrations.AddConstraint(
            model_name="incident",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("longitude__isnull", True),
                    models.Q(("longitude__gte", -180), ("longitude__lte", 180)),
                    _connector="OR",
                ),
                name="claims_incident_longitude_in_range",
                violation_error_message="A longitude is between −180 and 180 degrees.",
            ),
        ),
        migrations.AddConstraint(
            model_name="incident",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("latitude__isnull", True), ("longitude__isnull", True)),
                    models.Q(("latitude__isnull", False), ("longitude__isnull", False)),
                    _connector="OR",
                ),
                name="claims_incident_coordinates_together",
                violation_error_message="Give both latitude and longitude, or neither.",
            ),
        ),
        migrations.AddConstraint(
            model_name="incident",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("latitude__isnull", True),
                    models.Q(("place_precision", ""), _negated=True),
                    _connector="OR",
                ),
                name="claims_incident_coordinates_have_precision",
                violation_error_message="Say how precisely the coordinates place the incident.",
            ),
        ),
        migrations.AddConstraint(
            model_name="incident",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "kind__in",
                        [
                            "shelling",
                            "air_strike",
                            "drone_strike",
                            "missile_strike",
                            "ground_fighting",
                            "massacre",
                            "bombing",
                            "other",
                        ],
                    )
                ),
                name="claims_incident_kind_known",
                violation_error_message="Choose the kind: one of shelling, air_strike, drone_strike, missile_strike, ground_fighting, massacre, bombing, other.",
            ),
        ),
        migrations.AddConstraint(
            model_name="incident",
            constraint=models.CheckConstraint(
                condition=models.Q(("date_precision__in", ["day", "week", "month"])),
                name="claims_incident_date_precision_known",
                violation_error_message="Choose the date_precision: one of day, week, month.",
            ),
        ),
        migrations.AddConstraint(
            model_name="incident",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("place_precision__in", ["exact", "near", "district", "province", "country", ""])
                ),
                name="claims_incident_place_precision_known",
                violation_error_message="Choose the place_precision: one of exact, near, district, province, country.",
            ),
        ),
        migrations.AddConstraint(
            model_name="incident",
            constraint=models.CheckConstraint(
                condition=models.Q(("assessment__in", ["open", "assessed", "closed"])),
                name="claims_incident_assessment_known",
                violation_error_message="Choose the assessment: one of open, assessed, closed.",
            ),
        ),
        migrations.AddField(
            model_name="quantity",
            name="series",
            field=models.CharField(db_index=True, default="", editable=False, max_length=1000),
        ),
        migrations.AlterModelOptions(
            name="quantity",
            options={"verbose_name": "estimate", "verbose_name_plural": "estimates"},
        ),
        migrations.RunPython(rekey_quantities, elidable=False),
        migrations.AlterField(
            model_name="quantity",
            name="key",
            field=models.CharField(editable=False, max_length=1000, unique=True),
        ),
    ]
