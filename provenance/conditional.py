"""Conditional GETs: an ETag on every GET answer, and 304 Not Modified when the client already holds it.

Django's ConditionalGetMiddleware builds the 304 afresh, keeping only the headers RFC 9110 section 15.4.5 lists
(ETag, Cache-Control, Vary...). Two things partners rely on are added here:

- the deprecation headers (claims/api/versioning.py) are kept: a client that polls a deprecated endpoint with
  If-None-Match gets 304s, and must be warned on those too ("on every request", docs/api.md);
- the 304 carries no Content-Length: settings.MIDDLEWARE runs this middleware outside CommonMiddleware, which
  measures a response's body once it is made; measured after the 304 was, it said `Content-Length: 0`, which RFC
  9110 section 8.6 forbids (the length must be the one a 200 would have had, or absent) and which a cache merging
  the 304's headers into the download it holds records as the file's length.
"""

from django.middleware.http import ConditionalGetMiddleware as DjangoConditionalGetMiddleware

# Headers a 304 keeps besides RFC 9110's: the deprecation's (Link holds its successor, and a page's next link).
KEPT = ("Deprecation", "Sunset", "Link")


class ConditionalGetMiddleware(DjangoConditionalGetMiddleware):
    def process_response(self, request, response):
        answer = super().process_response(request, response)
        if answer is not response and answer.status_code == 304:
            for header in KEPT:
                if header in response:
                    answer.headers[header] = response.headers[header]
        return answer
