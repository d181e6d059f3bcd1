"""Filters of the public pages (claims/public.py)."""

from urllib.parse import urlsplit

from django import template

register = template.Library()


@register.filter
def web_address(url: str) -> str:
    """Return the address when a browser may follow it from a public page (http or https), "" otherwise: a
    source's URL is refused only by the admin's form, and an imported javascript: address must never be a link."""
    try:
        scheme = urlsplit(url or "").scheme.lower()
    except ValueError:
        return ""
    return url if scheme in ("http", "https") else ""
