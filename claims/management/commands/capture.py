"""Capture the documents at one or more URLs into their sources (docs/capturing.md)."""

from django.core.management.base import BaseCommand, CommandError

from claims.capture import CaptureError
from claims.models import Actor
from claims.services import capture_url


class Command(BaseCommand):
    help = (
        "Fetch each URL, store what it answered (bytes, headers, redirects, SHA-256) as a capture of the source of "
        "that address, creating the source when there is none, and fill the source's empty fields from the "
        "document. Prints one line per URL; exits with an error if any could not be captured."
    )

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="*", metavar="URL", help="Addresses to capture.")
        parser.add_argument(
            "--from-file",
            metavar="FILE",
            help="Also read addresses from this file, one per line (# comments).",
        )
        parser.add_argument(
            "--publisher",
            metavar="NAME",
            help="The actor who publishes new sources (by name). Default: an actor named after each site's host.",
        )

    def handle(self, *args, urls: list[str], from_file: str | None, publisher: str | None, **options):
        addresses = list(urls)
        if from_file:
            try:
                with open(from_file, encoding="utf-8") as lines:
                    addresses += [line.strip() for line in lines if line.strip() and not line.startswith("#")]
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"{from_file} could not be read: {error}.") from None
        if not addresses:
            raise CommandError("Give at least one URL, or --from-file with one per line.")
        actor = None
        if publisher:
            actor = Actor.objects.filter(name=publisher).first()
            if actor is None:
                raise CommandError(
                    f"No actor is named “{publisher}”: add it in the admin first, or leave it out."
                )
        failed = 0
        for url in addresses:
            try:
                result = capture_url(url, publisher=actor)
            except CaptureError as error:
                failed += 1
                self.stderr.write(f"{url}: not captured: {error}")
                continue
            state = "new source" if result.created_source else "source"
            self.stdout.write(
                f"{url}: {state} #{result.source.pk} “{result.source.title}”: {result.summary()}"
            )
        if failed:
            raise CommandError(f"{failed} of {len(addresses)} address(es) could not be captured.")
