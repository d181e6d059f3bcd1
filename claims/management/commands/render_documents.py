"""Check, or render again, the partner documents stored with published claims, estimates and incidents
(docs/performance.md)."""

from django.core.management.base import BaseCommand, CommandError

from claims.api.documents import check_all, render_all, repair

# What each kind of record is called in the command's messages.
LABELS = {"claim": "claims", "quantity": "estimates", "incident": "incidents"}


class Command(BaseCommand):
    help = (
        "Compare every stored partner document (of published claims, and of the estimates and incidents partners "
        "see) with a fresh render; with --fix, store the fresh render where it differs (and send those records "
        "to partners again through the change feed); with --all, render every document again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="Store a fresh render where it differs.")
        parser.add_argument("--all", action="store_true", help="Render every document again.")

    def handle(self, *args, fix: bool, all: bool, **options):
        if all:
            rendered = render_all()
            self.stdout.write(f"Rendered every document again: {counted(rendered)}.")
            return
        checked = check_all()
        wrong = {kind: ids for kind, (_, ids) in checked.items() if ids}
        if not wrong:
            counts = {kind: compared for kind, (compared, _) in checked.items()}
            self.stdout.write(f"Every stored document equals a fresh render: {counted(counts)}.")
            return
        listed = "; ".join(f"{LABELS[kind]} {shown(ids)}" for kind, ids in wrong.items())
        count = sum(len(ids) for ids in wrong.values())
        if not fix:
            raise CommandError(
                f"{count:,} stored document{' differs' if count == 1 else 's differ'} from a fresh render "
                f"({listed}): run with --fix."
            )
        repair(wrong.get("claim", ()), wrong.get("quantity", ()), wrong.get("incident", ()))
        left = {kind: ids for kind, (_, ids) in check_all().items() if ids}
        if left:
            kind, ids = next(iter(left.items()))
            raise CommandError(
                f"{sum(len(i) for i in left.values()):,} documents still differ after rendering them again: "
                f"{LABELS[kind]} {ids[0]}"
            )
        self.stdout.write(
            f"Rendered again: {count:,} document{'s' * (count != 1)} ({listed}); partners were sent "
            f"{'it' if count == 1 else 'them'}."
        )


def shown(ids: list[int]) -> str:
    """Return the first ids, enough to find them."""
    return ", ".join(str(pk) for pk in ids[:20]) + (", …" if len(ids) > 20 else "")


def counted(counts: dict[str, int]) -> str:
    """Return how many records of each kind, as "3 published claims, 2 estimates and 1 incident partners see"."""
    claims, estimates, incidents = counts["claim"], counts["quantity"], counts["incident"]
    return (
        f"{claims:,} published claim{'s' * (claims != 1)}, {estimates:,} estimate{'s' * (estimates != 1)} and "
        f"{incidents:,} incident{'s' * (incidents != 1)} partners see"
    )
