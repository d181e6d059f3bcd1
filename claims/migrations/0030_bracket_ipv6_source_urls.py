"""Sources whose address is an IPv6 literal were stored without its brackets ("http://2606:4700::1111/report"),
which no capture can fetch and a new capture of the same address would not find: give them their brackets, as
normalise_url now writes them. A source whose bracketed address exists already is left for an editor to merge."""

import ipaddress

from django.db import migrations


def bracketed(url: str) -> str | None:
    """Return the address with its IPv6 host bracketed (and written one way), or None when it has none to bracket."""
    scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    port = ""
    try:
        address = ipaddress.IPv6Address(host)
    except ValueError:
        head, _, tail = host.rpartition(":")
        if not tail.isdigit():
            return None
        try:
            address = ipaddress.IPv6Address(head)
        except ValueError:
            return None
        port = f":{tail}"
    return f"{scheme}://[{address.compressed}]{port}{slash}{path}"


def bracket_ipv6_urls(apps, schema_editor):
    Source = apps.get_model("claims", "Source")
    for source in Source.objects.filter(url__regex=r"^https?://[0-9A-Fa-f]*:[0-9A-Fa-f]*:").only("pk", "url"):
        url = bracketed(source.url)
        if url and not Source.objects.filter(url=url).exists():
            Source.objects.filter(pk=source.pk).update(url=url)


class Migration(migrations.Migration):
    dependencies = [("claims", "0029_reading_reader_version")]

    operations = [migrations.RunPython(bracket_ipv6_urls, migrations.RunPython.noop)]
