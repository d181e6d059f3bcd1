"""Issue an API key to a partner; the key is printed once, alone on the last line, and stored hashed."""

from django.core.management.base import BaseCommand

from claims.models import Partner, PartnerKey


class Command(BaseCommand):
    help = "Issue a new API key for partner NAME (created if new). Prints the key alone on its last line."

    def add_arguments(self, parser):
        parser.add_argument("name", help="The partner's name, e.g. 'Example Newsroom'.")
        parser.add_argument("--label", default="", help="What this key is for, e.g. 'nightly sync'.")

    def handle(self, *args, name, label, **options):
        partner, created = Partner.objects.get_or_create(name=name)
        _, key = PartnerKey.objects.create_key(partner=partner, name=label or f"{name} key")
        self.stderr.write(
            f"{'Created partner' if created else 'Partner'} “{partner}”. Store this key now: it cannot be shown again."
        )
        self.stdout.write(key)
