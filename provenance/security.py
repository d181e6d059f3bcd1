"""Client addresses behind the proxy, the admin login's lockout page, and requests too big to read."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.template.response import TemplateResponse
from django.views.defaults import bad_request as django_bad_request


def client_ip(request: HttpRequest) -> str | None:
    """Return the client's address: REMOTE_ADDR, or the entry our NUM_PROXIES proxies added to X-Forwarded-For.

    Entries further left were sent by the client and can be forged, so they are never used; this is what DRF
    does with the same NUM_PROXIES.
    """
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.NUM_PROXIES and forwarded:
        addresses = [address.strip() for address in forwarded.split(",")]
        return addresses[-min(settings.NUM_PROXIES, len(addresses))]
    return request.META.get("REMOTE_ADDR")


def lockout_response(request: HttpRequest, original_response=None, credentials: dict | None = None):
    """Answer a locked-out admin login with a page that says why and for how long (django-axes callable)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        "title": "Too many failed logins",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": minutes,
        "username": (credentials or {}).get("username") or request.POST.get("username", ""),
        "site_header": "Casualty-figure provenance tracker",
    }
    response = TemplateResponse(request, "admin/lockout.html", context, status=429).render()
    # At most this long: the cool-off runs from the last failed attempt (RFC 9110: seconds to wait).
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Say which limit a refused request went over (handler400); any other bad request as Django does."""
    if isinstance(exception, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if request.path_info.startswith(
            "/api/"
        ):  # the API answers its errors in JSON, which its clients parse
            detail = f"The request's body was larger than this server accepts ({limit:,} bytes). Nothing was saved."
            return JsonResponse({"detail": detail}, status=413)
        message = (
            f"The form sent was larger than this server accepts ({limit:,} bytes, DATA_UPLOAD_MAX_MEMORY_SIZE). "
            f"Nothing was saved. A source's text may have at most {settings.SOURCE_TEXT_MAX_CHARS:,} characters; "
            "import large files with `manage.py import_claims`."
        )
        return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
    if isinstance(exception, TooManyFieldsSent | TooManyFilesSent):
        return HttpResponseBadRequest(
            f"The form sent had more fields or files than this server accepts: {exception}. Nothing was saved.",
            content_type="text/plain; charset=utf-8",
        )
    # Django's handler takes the exception only to match the handler400 signature, and never reads it.
    return django_bad_request(request, exception)  # type: ignore[arg-type]


class RefuseNulBytes:
    """Answer 400 to a request whose path or query string holds a NUL byte: no record's slug, id or text has
    one, and PostgreSQL refuses it in any string it is asked to compare (a 500 otherwise, wherever the value
    reached a query)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path or "%00" in query or "\x00" in query:
            message = "A NUL byte (%00) is not accepted in a path or a parameter."
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message}, status=400)
            return HttpResponseBadRequest(message, content_type="text/plain")
        return self.get_response(request)


class RefuseOverlongAdminSearch:
    """Answer 400 to an admin search (a list's `q`, an autocomplete's `term`) longer than SEARCH_MAX_CHARS:
    nobody searches with a page of text, and SQLite refuses a LIKE pattern over 50,000 bytes (a 500 otherwise,
    in every list and autocomplete of the admin, Django's own included)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/admin/"):
            limit = settings.SEARCH_MAX_CHARS
            for name in ("q", "term"):
                length = max((len(value) for value in request.GET.getlist(name)), default=0)
                if length > limit:
                    message = (
                        f"The search text has {length:,} characters; searches may have at most {limit:,}. "
                        "Go back and search for a shorter part of it."
                    )
                    if name == "term":  # the autocomplete widgets read JSON
                        return JsonResponse({"error": message}, status=400)
                    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
