"""Check, or count again from the claims, every quantity's tallies, counts and estimate
(docs/provenance-analysis.md, docs/methodology.md "Estimates")."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from claims.models import Quantity
from claims.services import counting_problems, rebuild_tallies, record_feed_entries, refresh_estimates
from claims.services.counting import take_counts_lock
from claims.services.estimating import estimate_problems
from claims.services.feed import quantity_actions


class Command(BaseCommand):
    help = (
        "Compare every quantity's stored tallies, counts and estimate with a recount from its claims; with "
        "--fix, store the recount (and tell partners of the quantities whose counts or estimates change)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="Store the recount where it differs.")

    def handle(self, *args, fix: bool, **options):
        problems = counting_problems() + estimate_problems()
        if not problems:
            self.stdout.write(
                f"The counts and estimates of all {Quantity.objects.count():,} quantities equal a recount."
            )
            return
        for problem in problems[:20]:
            self.stderr.write(problem)
        if not fix:
            raise CommandError(
                f"{len(problems):,} stored tallies, counts or estimates differ from a recount: run with --fix."
            )
        with transaction.atomic():
            take_counts_lock(exclusive=True)  # no claim is written meanwhile
            every = list(Quantity.objects.values_list("pk", flat=True))
            changed = rebuild_tallies(every)
            changed |= refresh_estimates(every, reason="Recounted (manage.py recount --fix).")
            record_feed_entries(quantities=quantity_actions(changed))
        left = counting_problems() + estimate_problems()
        if left:
            raise CommandError(f"{len(left):,} differences remain after the recount: {left[0]}")
        announced = f"{len(changed):,} quantit{'y' if len(changed) == 1 else 'ies'}"
        self.stdout.write(
            f"Counted again: {len(problems):,} differences fixed; partners told of {announced}."
        )
