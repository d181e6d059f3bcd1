"""Check, or render again, the partner documents stored with published claims (docs/performance.md)."""

from django.core.management.base import BaseCommand, CommandError

from claims.api.documents import check, render_all, repair


class Command(BaseCommand):
    help = (
        "Compare every published claim's stored partner JSON and CSV with a fresh render; with --fix, store the "
        "fresh render where it differs (and send those claims to partners again through the change feed); "
        "with --all, render every document again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="Store a fresh render where it differs.")
        parser.add_argument(
            "--all", action="store_true", help="Render every published claim's document again."
        )

    def handle(self, *args, fix: bool, all: bool, **options):
        if all:
            rendered = render_all()
            self.stdout.write(f"Rendered the documents of all {rendered:,} published claims.")
            return
        compared, wrong = check()
        if not wrong:
            self.stdout.write(f"The documents of all {compared:,} published claims equal a fresh render.")
            return
        shown = ", ".join(str(pk) for pk in wrong[:20]) + (", …" if len(wrong) > 20 else "")
        if not fix:
            raise CommandError(
                f"{len(wrong):,} stored documents differ from a fresh render (claims {shown}): run with --fix."
            )
        repair(wrong)
        _, left = check()
        if left:
            raise CommandError(f"{len(left):,} documents still differ after rendering them again: {left[0]}")
        self.stdout.write(
            f"Rendered again: {len(wrong):,} documents (claims {shown}); partners were sent them."
        )
