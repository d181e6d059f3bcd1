"""The public pages: no login, what partners may see and nothing else.

`/conflicts/` lists the conflicts with published claims; a conflict's page shows its estimates, one comparison
chart per quantity series (claims/comparison.py, the admin's chart), the published claims with their
attribution chains, and its incidents; an incident's page the same for the incident. Each chart also has an
embed page, made to sit in another site's <iframe>: the only pages any site may frame.

Every page is cached whole under a key that holds the number of the change feed's latest entry
(`published_version()`): every change partners can see (a publication, a retraction, an edit of a published
claim, of its sources, actors, conflict or incident, a new estimate) appends an entry in the transaction that
makes it, so the key changes as it commits and no page outlives what it shows. A cached page costs one query.
"""

import functools
import hashlib
from collections import defaultdict
from collections.abc import Callable
from functools import wraps
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Sum
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from .comparison import compare
from .models import Claim, Conflict, FeedEntry, Incident, Quantity, an_id

SERIES_PER_PAGE = 5  # quantity series (a chart and its claims each) on one page of a conflict
CLAIMS_SHOWN = (
    300  # of the claims of a page's series, or of an incident: past that, a note says how many more
)
INCIDENTS_SHOWN = 50  # of a conflict's incidents, newest first: past that, a note says how many more
EMBED_PANELS = 3  # charts in an embed: the series with the most published reports
EMBED_CHART_HEIGHT, EMBED_LEGEND_LINE = (
    400,
    28,
)  # pixels the snippet's height allows a chart, and a legend line
CONFLICTS_PER_PAGE = 50  # on the index
CACHE_SECONDS = 24 * 60 * 60  # a key never serves a stale page; this only lets the entries of old versions go


@functools.cache  # read once a process, at its first public page: not when the URLs are imported
def code_version() -> str:
    """Return a digest of the code and templates that draw the pages: part of every key, so that a deploy
    that changes how a page is drawn (a fix, a leak closed) never serves the pages the old code drew, from a
    cache that outlives the deploy (the production default keeps it in the database)."""
    here = Path(__file__).resolve().parent
    files = [
        here / "public.py",
        here / "comparison.py",
        *sorted((settings.BASE_DIR / "templates" / "public").glob("*")),
        settings.BASE_DIR / "templates" / "admin" / "claims" / "conflict" / "_chart.html",
    ]
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def published_version() -> int:
    """Return the number of the change feed's latest entry: it grows with every change partners can see.

    One query, on the feed's primary key. The feed keeps only each record's latest entry, but a change always
    appends one numbered above every other, so the largest number moves with every change.
    """
    return FeedEntry.objects.order_by("-seq").values_list("seq", flat=True).first() or 0


def cached_public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve a public page from the cache while nothing partners see has changed; render and store it otherwise.

    The key holds the request's absolute URL (the pages write their own absolute addresses into the embed
    snippet) and the published version. Only 200s are stored: a 404 renders again, which costs what the page
    would. The pages read no cookie, session or user, and need no nonce (no inline script or style), so one
    stored answer fits every visitor.
    """

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # The pages read one parameter, `page`: any other (?utm_source=..., ?x=1) shares the page's entry, and
        # a page number is written one way, so that no link can make every request a render and a new entry.
        number = request.GET.get("page", "")
        page = an_id(number)
        if number and page is None:
            raise Http404("No such page.")
        address = request.build_absolute_uri(request.path) + (
            f"?page={page}" if page not in (None, 1) else ""
        )
        url = address.encode("utf-8", "surrogateescape")
        key = f"public:{code_version()}:{published_version()}:{hashlib.sha256(url).hexdigest()}"
        html = cache.get(key)
        if html is None:
            response = view(request, *args, **kwargs)
            if response.status_code == 200:
                cache.set(key, response.content, CACHE_SECONDS)
        else:
            response = HttpResponse(html)
        # Browsers and shared caches may keep a page but must ask again each time: the ETag answer (a 304,
        # settings.MIDDLEWARE) costs what a cached page does, and a retraction shows at once.
        patch_cache_control(response, public=True, no_cache=True)
        return response

    return require_safe(wrapped)


def framable(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Let other sites frame this page (an embed): no X-Frame-Options, and CSP frame-ancestors opened to
    settings.EMBED_FRAME_ANCESTORS for it alone. Every other page keeps refusing to be framed."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            # Answer a revalidation here, not in ConditionalGetMiddleware: the 304 it builds afresh would carry
            # the site's framing refusal, which browsers merge into the copy they keep, and the article's chart
            # would be refused from its second load on.
            set_response_etag(response)
            response = get_conditional_response(request, etag=response["ETag"], response=response) or response
        response._csp_replace = {"frame-ancestors": settings.EMBED_FRAME_ANCESTORS}  # type: ignore[attr-defined]
        return response

    return xframe_options_exempt(wrapped)


class Renamed(Exception):
    """The conflict partners may see was known under this slug before: its address is now `slug`'s."""

    def __init__(self, slug: str):
        self.slug = slug


def visible_conflict(slug: str) -> Conflict:
    """Return the conflict partners may see under this slug, or 404 as for one never recorded. One query; two
    for a slug no conflict has now, which may be one that a conflict partners see had before (Renamed)."""
    conflict = Conflict.objects.visible_to_partners().filter(slug=slug).first()
    if conflict is not None:
        return conflict
    # Embeds pasted into articles name the slug of their day: follow a rename, newest first.
    earlier = Conflict.history.filter(slug=slug).order_by("-history_date").values_list("id", flat=True)[:1]
    renamed = Conflict.objects.visible_to_partners().filter(pk__in=earlier).exclude(slug=slug).first()
    if renamed is not None:
        raise Renamed(renamed.slug)
    raise Http404("No such conflict.")


def follow_renames(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Send a request for a conflict's former slug to the same page under its slug now (301)."""

    @wraps(view)
    def wrapped(request: HttpRequest, slug: str, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, slug, *args, **kwargs)
        except Renamed as renamed:
            return HttpResponsePermanentRedirect(
                request.path.replace(f"/conflicts/{slug}/", f"/conflicts/{renamed.slug}/", 1)
                + (f"?{request.GET.urlencode()}" if request.GET else "")
            )

    return wrapped


def visible_incident(slug: str, incident_id: str) -> Incident:
    """Return the incident of this conflict that partners may see, with its conflict, or 404. One query."""
    pk = an_id(incident_id)
    if pk is None:
        raise Http404("No such incident.")
    incidents = Incident.objects.visible_to_partners().select_related("conflict", "perpetrator")
    incident = incidents.filter(conflict__slug=slug, pk=pk).first()
    if incident is None:
        visible_conflict(slug)  # a former slug: Renamed
        raise Http404("No such incident.")
    return incident


def published_claims():
    """Return the published claims with all a public page shows of them (the partners' definition, plus what
    the chart reads): one query, and one each for sides, chains and the conflict's parties."""
    return (
        Claim.objects.for_partners()
        .select_related("originator", "quantity", "incident")
        .prefetch_related("conflict__parties")
    )


def panels(claims: list[Claim], quantities: list[Quantity], order: list[str]) -> list[dict]:
    """Return one panel per quantity series, in `order`: its chart (claims.comparison), its estimates and its
    claims, newest first. No query: the claims' sides, chains and quantities are loaded."""
    names = {actor.pk: actor.name for claim in claims for actor in claim.sides.all()}
    estimates: dict[str, list[dict]] = defaultdict(list)
    for quantity in quantities:
        estimates[quantity.series].append({"quantity": quantity, "label": quantity.label(names)})
    charts = {chart.claims[0].quantity.series: chart for chart in compare(claims)}
    shown = []
    for series in order:
        chart = charts.get(series)
        if chart is None:  # its claims were past the cap
            continue
        claims_of = sorted(
            chart.claims, key=lambda c: (c.stated_on is not None, c.stated_on, c.pk), reverse=True
        )
        shown.append({"chart": chart, "estimates": estimates.get(series, []), "claims": claims_of})
    return shown


def embed_snippet(request: HttpRequest, url: str, title: str, panels: list[dict]) -> str:
    """Return the <iframe> a newsroom pastes into an article, with the embed's absolute address, tall enough
    for the embed's charts (the first EMBED_PANELS panels) and their legends in a phone's column, where each
    origin past the first two may take a line of its own."""
    shown = panels[:EMBED_PANELS] or [{"chart": None}]
    height = 110 + sum(
        EMBED_CHART_HEIGHT
        + EMBED_LEGEND_LINE * max(0, len(panel["chart"].series) - 2 if panel["chart"] else 0)
        for panel in shown
    )
    return render_to_string(
        "public/_snippet.txt",
        {"src": request.build_absolute_uri(url), "title": title, "height": height},
    ).strip()


@cached_public_page
def conflict_index(request: HttpRequest) -> HttpResponse:
    """List the conflicts with published claims."""
    page = page_of(
        Conflict.objects.visible_to_partners().order_by("name"),
        request.GET.get("page", ""),
        CONFLICTS_PER_PAGE,
    )
    return render_page("public/index.html", {"page": page, "conflicts": list(page.object_list)})


def series_of(conflict: Conflict):
    """Return the conflict's quantity series with published reports, most reported first (a queryset of
    {series, reports})."""
    return (
        Quantity.objects.visible_to_partners()
        .filter(conflict=conflict)
        .values("series")
        .annotate(reports=Sum("published_reports"))
        .order_by("-reports", "series")
    )


def page_of(items, number: str, per_page: int):
    """Return page `number` of `items`, or 404 for a page that is not a number or does not exist."""
    try:
        return Paginator(items, per_page).page(number or 1)
    except InvalidPage as error:
        raise Http404(f"No such page: {error}") from None


def conflict_context(conflict: Conflict, series_rows: list[dict]) -> dict:
    """Return the panels of these series of the conflict. Queries: quantities, claims, sides, chains, parties."""
    order = [row["series"] for row in series_rows]
    quantities = list(
        Quantity.objects.visible_to_partners()
        .filter(conflict=conflict, series__in=order)
        .select_related("incident")
        .order_by("series", "ends_on", "pk")
    )
    claims = list(
        published_claims()
        .filter(conflict=conflict, quantity__series__in=order)
        .order_by("-stated_on", "-pk")[:CLAIMS_SHOWN]
    )
    total = sum(row["reports"] for row in series_rows)
    return {"panels": panels(claims, quantities, order), "more_claims": total - len(claims)}


@follow_renames
@cached_public_page
def conflict_page(request: HttpRequest, slug: str) -> HttpResponse:
    """Show a conflict: its estimates, charts and published claims by quantity series, and its incidents."""
    conflict = visible_conflict(slug)
    page = page_of(series_of(conflict), request.GET.get("page", ""), SERIES_PER_PAGE)
    incidents = (
        Incident.objects.visible_to_partners().filter(conflict=conflict).order_by("-started_on", "-pk")
    )
    shown_incidents = list(incidents[:INCIDENTS_SHOWN])
    more_incidents = incidents.count() - len(
        shown_incidents
    )  # counted always: a page's queries stay the same
    embed = reverse("public:conflict-embed", args=[conflict.slug])
    context = {
        "conflict": conflict,
        "page": page,
        **conflict_context(conflict, list(page.object_list)),
        "incidents": [
            {"incident": incident, "when": incident.when_text(), "place": incident.place_text()}
            for incident in shown_incidents
        ],
        "more_incidents": more_incidents,
        "embed_url": embed,
    }
    # Page 1 holds the most reported series, which the embed draws; another page's are a guess as good.
    context["snippet"] = embed_snippet(
        request, embed, f"Casualty figures: {conflict.name}", context["panels"]
    )
    return render_page("public/conflict.html", context)


@follow_renames
@framable  # a page served from the cache is framable too
@cached_public_page
def conflict_embed(request: HttpRequest, slug: str) -> HttpResponse:
    """Show the charts of the conflict's most reported quantity series, to sit in another site's page."""
    conflict = visible_conflict(slug)
    series_rows = list(series_of(conflict)[:EMBED_PANELS])
    context = {
        "title": conflict.name,
        "page_url": reverse("public:conflict", args=[conflict.slug]),
        **conflict_context(conflict, series_rows),
    }
    return render_page("public/embed.html", context)


def incident_context(incident: Incident) -> dict:
    """Return the incident's panels. Queries: quantities, claims, sides, chains, parties."""
    quantities = list(
        Quantity.objects.visible_to_partners()
        .filter(incident=incident)
        .select_related("incident")
        .order_by("-published_reports", "pk")
    )
    claims = list(published_claims().filter(incident=incident).order_by("-stated_on", "-pk")[:CLAIMS_SHOWN])
    total = sum(quantity.published_reports for quantity in quantities)
    order = [quantity.series for quantity in quantities]
    return {"panels": panels(claims, quantities, order), "more_claims": total - len(claims)}


@follow_renames
@cached_public_page
def incident_page(request: HttpRequest, slug: str, incident_id: str) -> HttpResponse:
    """Show an incident: what is known of it, its estimates, their charts and its published claims."""
    incident = visible_incident(slug, incident_id)
    embed = reverse("public:incident-embed", args=[slug, incident.pk])
    context = {
        "conflict": incident.conflict,
        "incident": incident,
        "when": incident.when_text(),
        "place": incident.place_text(),
        **incident_context(incident),
        "embed_url": embed,
    }
    context["snippet"] = embed_snippet(
        request, embed, f"Casualty figures: {incident.name}", context["panels"]
    )
    return render_page("public/incident.html", context)


@follow_renames
@framable  # a page served from the cache is framable too
@cached_public_page
def incident_embed(request: HttpRequest, slug: str, incident_id: str) -> HttpResponse:
    """Show the charts of an incident's estimates, to sit in another site's page."""
    incident = visible_incident(slug, incident_id)
    context = {
        "title": f"{incident.name}, {incident.when_text()}",
        "page_url": reverse("public:incident", args=[slug, incident.pk]),
        **incident_context(incident),
    }
    context["panels"] = context["panels"][:EMBED_PANELS]
    context["more_claims"] = left_out(context["panels"])
    return render_page("public/embed.html", context)


def left_out(panels: list[dict]) -> int:
    """Return how many published claims of these panels' quantities their charts do not draw (past the cap)."""
    reports = sum(
        estimate["quantity"].published_reports for panel in panels for estimate in panel["estimates"]
    )
    return reports - sum(len(panel["claims"]) for panel in panels)


def render_page(template: str, context: dict) -> HttpResponse:
    """Render a public page. No request context: a page that read the session or the user could not be
    served to everyone from one cache entry."""
    return HttpResponse(render_to_string(template, context))
