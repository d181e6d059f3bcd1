"""Attack the partner API as a hostile partner would, under gunicorn with production settings on PostgreSQL.

    python bench/attack.py                       # about 14,000 requests, five minutes on two cores
    python bench/attack.py --quick               # a quarter of the fuzz, one throttle run per thread count
    python bench/attack.py --redis redis://127.0.0.1:6379/0   # the throttle on the Redis cache too
    DATABASE_URL=postgres://postgres@db.example:5432/postgres python bench/attack.py   # another server

One command does it all, on a new database named provenance_attack_<pid> on the PostgreSQL server of
DATABASE_URL (default postgres://postgres@127.0.0.1:5432), dropped at the end:
1. `migrate` with production settings (it must create the database cache's table: nothing else does), the
   demo data (`manage.py load_demo`), optionally --claims seeded through bench/seed.py, and `collectstatic`;
2. hidden records through the project's services: a conflict, actors, a source and incidents that only draft,
   in-review, verified and rejected claims refer to, with names, slugs and URLs containing ZEBRA-HIDDEN and
   ids in ranges of their own (7,310,001 for claims, 7,320,001 for actors ...), so that any of them in an answer
   is a leak; each has a twin of the same shape that does not exist (QUAIL-ABSENT, the same ranges + 90);
3. partner keys (one per area and throttle run, and a revoked and an expired one);
4. gunicorn (gunicorn.conf.py, as bench/load.py starts it) with DEBUG off, a throwaway SECRET_KEY,
   ALLOWED_HOSTS=127.0.0.1,localhost and the production cache (the database's, or Redis with --redis).

Then the areas, each printing "area: tried N, server errors E, leaks L, other failures F" and the exact request
behind each failure (the first few of each kind; gunicorn's log, kept when anything failed, has the tracebacks):
- fuzz: over every operation of /api/v1/schema/ (and the schema, the docs, /healthz, the API root and an
  unknown address): first every junk value in every path and query parameter, one at a time (cursors, ids, slugs,
  dates, numbers, 3,000 and 50,000 characters, unicode, %00, "²", broken percent-encodings, the parameter given
  twice), every method, and every Authorization (valid, none, revoked, expired, unknown, malformed) with every
  Accept header; then --fuzz random requests mixing all of it with odd headers and bodies. A 5xx or no answer is a
  server error; a hidden name, slug, URL or id in a body that the request did not itself send is a leak, and so
  is a request naming a hidden record that answers otherwise than its twin; a write method or a request without
  a valid key that succeeds, an API error without a message, and a body that does not parse as its type are
  other failures;
- formats: every list and detail endpoint x ?format= (none, json, api, csv, jsonld, geojson, junk) x Accept
  (none, application/json, text/html, text/csv, application/ld+json, application/geo+json, */*, junk, empty):
  JSON must answer 200, an unknown format a 4xx, and any 200 be in the format asked for and parse;
- oracle: every filter that takes a record (conflict, originator, side, incident, and place and q), and every
  detail URL, for each hidden record and its twin, in each format, by GET, HEAD and OPTIONS: same status,
  same content type, same body (with the twin's value read as the hidden one's);
- throttle: a fresh key per run, API_THROTTLE_RATE=--limit; --threads-throttle threads send --burst requests
  as fast as they can, --runs times each: more 200s than the limit, or a 429 without Retry-After, fails;
- lockout: LOCKOUT_THREADS (16) concurrent wrong passwords for one admin user, then the right one: it must be refused with a 429
  and Retry-After; more wrong passwords checked than AXES_FAILURE_LIMIT is a failure too.

Exits 1 when anything failed. The figures are for docs/deployment.md; the script never edits it.
"""

import argparse
import base64
import contextlib
import csv
import html
import http.client
import io
import os
import random
import re
import secrets
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load import HOST, ROOT, Server, code_version, run  # bench/ is no package

DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432/postgres"
UNTHROTTLED = "1000000/minute"  # the areas other than the throttle's must not meet it
FAILURE_LIMIT = 5  # AXES_FAILURE_LIMIT, set for the server explicitly
SHOWN = 10  # kinds of failure shown per area, with an example request each; all are counted
TIMEOUT = 30  # seconds before a request with no answer is a server error
LOCKOUT_THREADS = 16  # concurrent wrong passwords

# Ids of hidden records start here, one range a table, so that a hidden id in an answer is unmistakable.
HIDDEN_IDS = {
    "claims_claim": 7_310_000,
    "claims_actor": 7_320_000,
    "claims_conflict": 7_330_000,
    "claims_source": 7_340_000,
    "claims_incident": 7_350_000,
    "claims_quantity": 7_360_000,
}
TWIN_OFFSET = 90  # a hidden id + 90 names nothing: the twin of a hidden record
HIDDEN_WORD, TWIN_WORD = "ZEBRA-HIDDEN", "QUAIL-ABSENT"  # the same length, so twins have the same shape

FORMATS = [None, "json", "api", "csv", "jsonld", "geojson", "junk"]
FORMAT_TYPES = {
    "json": "application/json",
    "api": "text/html",
    "csv": "text/csv",
    "jsonld": "application/ld+json",
    "geojson": "application/geo+json",
}
ACCEPTS = [
    None,
    "application/json",
    "text/html",
    "text/csv",
    "application/ld+json",
    "application/geo+json",
    "*/*",
    "junk",
    "",
]
# The Authorization headers tried on every operation: a valid key, none, revoked, expired, unknown, malformed.
AUTHORIZATIONS = [
    "Api-Key {fuzz}",
    None,
    "Api-Key {revoked}",
    "Api-Key {expired}",
    "Api-Key nonsense",
    "Bearer x",
]
METHODS = ["GET"] * 10 + ["HEAD"] * 2 + ["OPTIONS"] * 2 + ["POST", "PUT", "DELETE", "PATCH"] * 2 + ["TRACE"]
WRITE_METHODS = {"POST", "PUT", "DELETE", "PATCH"}
PUBLIC_PATHS = ("/api/v1/schema/", "/api/v1/docs/", "/healthz")
KEYS: dict[str, str] = {}  # the partner keys issued, by label ("fuzz", "revoked", ...)


# --- Preparation ------------------------------------------------------------------------------------------


def create_database(server_url: str) -> tuple[str, str, str]:
    """Create provenance_attack_<pid> on the server of `server_url`; return its name, URL and the server's
    version."""
    import psycopg

    name = f"provenance_attack_{os.getpid()}"
    with psycopg.connect(server_dsn(server_url, "postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        version = admin.info.server_version  # e.g. 160004
    parts = urllib.parse.urlsplit(server_url)
    url = urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))
    return name, url, f"PostgreSQL {version // 10000}.{version % 10000}"


def drop_database(server_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(server_dsn(server_url, "postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_dsn(url: str, database: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(("postgresql", parts.netloc, f"/{database}", parts.query, ""))


def production_environment(database_url: str, static_root: str, throttle: str, redis_url: str) -> dict:
    """Return the environment of gunicorn and of the production-side commands (migrate, collectstatic)."""
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),  # throwaway; production settings refuse to start without one
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "SECURE_SSL_REDIRECT": "0",  # loopback has no TLS
        "STATIC_ROOT": static_root,
        "API_THROTTLE_RATE": throttle,
        "AXES_FAILURE_LIMIT": str(FAILURE_LIMIT),
        "LOG_FORMAT": "text",
    }
    for name in ("CACHE_BACKEND", "CACHE_LOCATION", "REDIS_URL"):
        environment.pop(name, None)  # the production default, the database cache, unless asked otherwise
    if redis_url:
        environment["REDIS_URL"] = redis_url
    return environment


def prepare(database_url: str, static_root: str, claims: int) -> None:
    """Migrate with production settings, load the demo, seed, collect static files."""
    production = production_environment(database_url, static_root, UNTHROTTLED, "")
    development = {**os.environ, "DATABASE_URL": database_url, "DEBUG": "1"}
    run([sys.executable, "manage.py", "migrate", "--no-input"], production, capture=True)
    run([sys.executable, "manage.py", "load_demo"], development, capture=True)
    if claims:
        run([sys.executable, "bench/seed.py", "--claims", str(claims)], development, capture=True)
    run([sys.executable, "manage.py", "collectstatic", "--no-input"], production, capture=True)


@dataclass
class Hidden:
    """What partners must never learn of: records only unpublished claims refer to, and their twins."""

    claims: dict[str, int] = field(default_factory=dict)  # by status
    actors: dict[str, int] = field(default_factory=dict)  # by role
    conflict_slug: str = ""
    conflict_id: int = 0
    source_id: int = 0
    source_url: str = ""
    incidents: list[int] = field(default_factory=list)
    quantities: list[int] = field(default_factory=list)
    place: str = ""
    quote_word: str = ""
    strings: list[str] = field(default_factory=list)  # every name, slug, URL and text, as stored

    def ids(self) -> list[int]:
        return [
            *self.claims.values(),
            *self.actors.values(),
            self.conflict_id,
            self.source_id,
            *self.incidents,
            *self.quantities,
        ]


def twin(value: str) -> str:
    """Return the twin of a hidden value: the same shape, naming nothing."""
    if value.isdigit():
        return str(int(value) + TWIN_OFFSET)
    return value.replace(HIDDEN_WORD, TWIN_WORD).replace(HIDDEN_WORD.lower(), TWIN_WORD.lower())


def create_hidden_records(database_url: str) -> Hidden:
    """Create, through the services, records that only unpublished claims refer to; return what they are.

    Runs in this process (development settings), after everything published is in place: the hidden records
    take ids from ranges of their own.
    """
    os.environ.update(
        {"DATABASE_URL": database_url, "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "provenance.settings"}
    )
    sys.path.insert(0, str(ROOT))
    import datetime as dt

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection, connections

    from claims.api.visible import actors_shown_to_partners, conflicts_shown_to_partners, published_hops
    from claims.models import Actor, Claim, Conflict, Incident, Quantity, Source
    from claims.services import (
        PATH_TO_STATUS,
        Hop,
        save_actor,
        save_claim,
        save_conflict,
        save_incident,
        save_source,
        transition_claim,
    )

    with connection.cursor() as cursor:
        for table, start in HIDDEN_IDS.items():
            cursor.execute("SELECT setval(pg_get_serial_sequence(%s, 'id'), %s)", [table, start])
    users = {
        user.username: user for user in get_user_model().objects.filter(username__in=["editor", "reviewer"])
    }
    demo_conflict = Conflict.objects.get(slug="nagorno-karabakh-2020")
    token = secrets.token_hex(3)
    word = HIDDEN_WORD
    conflict = Conflict(
        name=f"{word}-NAME War {token}",
        slug=f"{word.lower()}-slug-war-{token}",
        started_on=dt.date(2021, 1, 1),
        description=f"{word}-TEXT of a war nobody published",
    )
    save_conflict(conflict)
    actors = {}
    for role, kind in (("ministry", "ministry"), ("government", "government"), ("gazette", "news_outlet")):
        actor = Actor(
            name=f"{word}-NAME {role.title()} {token}",
            kind=kind,
            aliases=f"{word}-ALIAS {role} {token}",
            description=f"{word}-TEXT about the {role}",
        )
        save_actor(actor)
        actors[role] = actor
    actors["ministry"].acts_on_behalf_of = actors["government"]
    save_actor(actors["ministry"])
    actors["government"].party_to.add(conflict)
    quote_word = f"{word}-QUOTE-{token}"
    quote = f"{quote_word}: the ministry said 4,321 people had been killed."
    source = Source(
        url=f"https://{word.lower()}-url.example.org/{token}/report",
        title=f"{word}-TITLE report {token}",
        publisher=actors["gazette"],
        published_on=dt.date(2021, 2, 1),
        language="en",
        text=quote,
    )
    save_source(source)
    place = f"{word}-PLACE {token}"
    incidents = []
    for number, in_conflict in enumerate((conflict, demo_conflict), start=1):
        incident = Incident(
            conflict=in_conflict,
            name=f"{word}-NAME shelling {number} {token}",
            kind="shelling",
            started_on=dt.date(2020, 10, 1),
            ended_on=dt.date(2020, 10, 1),
            date_precision="day",
            place=place,
            admin1=f"{word}-PROVINCE {token}",
            latitude=39.5 + number / 10,
            longitude=46.5,
            place_precision="exact",
            perpetrator=actors["ministry"],
            description=f"{word}-TEXT of an incident",
        )
        save_incident(incident)
        incidents.append(incident)
    claims = {}
    specs = [  # status, conflict, incident
        ("draft", conflict, incidents[0]),
        ("in_review", demo_conflict, incidents[1]),
        ("verified", conflict, None),
        ("rejected", demo_conflict, None),
    ]
    for number, (status, in_conflict, incident) in enumerate(specs, start=1):
        claim = save_claim(
            Claim(
                conflict=in_conflict,
                incident=incident,
                metric="killed",
                population="civilian",
                phrase="4,321 people had been killed",
                qualifier="exact",
                low=4321,
                best=4321,
                high=4321,
                area="" if incident else f"{word}-AREA {number} {token}",
                originator=actors["ministry"],
                stated_on=dt.date(2021, 2, 1),
                quote=quote,
                created_by=users["editor"],
                internal_note=f"{word}-NOTE",
            ),
            chain=[
                Hop(actors["ministry"].pk, "stated", None, dt.date(2021, 2, 1)),
                Hop(actors["gazette"].pk, "published", source.pk, dt.date(2021, 2, 1)),
            ],
            sides=[actors["government"].pk],
            by=users["editor"],
            reason="Hidden record of bench/attack.py",
        )
        for action, username in PATH_TO_STATUS[status]:
            transition_claim(claim, action, by=users[username], note="bench/attack.py")
        claims[status] = claim.pk
    quantities = list(
        Quantity.objects.filter(claims__pk__in=claims.values())
        .exclude(pk__in=Quantity.objects.visible_to_partners())
        .values_list("pk", flat=True)
        .distinct()
    )
    hidden = Hidden(
        claims=claims,
        actors={role: actor.pk for role, actor in actors.items()},
        conflict_slug=conflict.slug,
        conflict_id=conflict.pk,
        source_id=source.pk,
        source_url=source.url,
        incidents=[incident.pk for incident in incidents],
        quantities=sorted(quantities),
        place=place,
        quote_word=quote_word,
        strings=[
            conflict.name,
            conflict.slug,
            conflict.description,
            *(actor.name for actor in actors.values()),
            *(actor.aliases for actor in actors.values()),
            source.url,
            source.title,
            quote_word,
            place,
            *(incident.name for incident in incidents),
            *(incident.admin1 for incident in incidents),
        ],
    )
    # The point of the exercise: none of them is shown to partners by the rules' own querysets.
    shown = [
        name
        for name, visible in (
            ("a claim", Claim.objects.visible_to_partners().filter(pk__in=claims.values()).exists()),
            ("an actor", actors_shown_to_partners().filter(pk__in=hidden.actors.values()).exists()),
            ("the conflict", conflicts_shown_to_partners().filter(pk=conflict.pk).exists()),
            ("the source", published_hops().filter(source=source).exists()),
            ("an incident", Incident.objects.visible_to_partners().filter(pk__in=hidden.incidents).exists()),
        )
        if visible
    ]
    if shown:
        sys.exit(f"Setup error: {', '.join(shown)} of the hidden records is shown to partners.")
    below = [pk for pk in hidden.ids() if pk < min(HIDDEN_IDS.values())]
    if below:
        sys.exit(f"Setup error: hidden records outside their id ranges: {below}")
    connections.close_all()
    return hidden


def issue_keys(names: Iterable[str]) -> dict[str, str]:
    """Issue a key to one partner per name, plus a revoked and an expired one; return the keys by name."""
    import datetime as dt

    from django.db import connections
    from django.utils import timezone

    from claims.models import Partner, PartnerKey

    partner = Partner.objects.create(name="Attack bench partner")
    keys = {}
    for name in [*names, "revoked", "expired"]:
        record, keys[name] = PartnerKey.objects.create_key(partner=partner, name=f"attack {name}")
        if name == "revoked":
            record.revoked = True
            record.save()
        elif name == "expired":
            record.expiry_date = timezone.now() - dt.timedelta(days=1)
            record.save()
    connections.close_all()
    return keys


# --- Requests ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """One request, as it goes on the wire: the target is sent exactly as given."""

    method: str
    target: str
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    twin_of: dict[str, str] = field(default_factory=dict, compare=False, hash=False)  # hidden -> twin values

    def describe(self) -> str:
        """Return the request for a report: long runs of one character shortened, keys by their labels."""
        shown = [f"{self.method} {shorten(self.target)}"]
        for name, value in self.headers:
            for label, key in KEYS.items():
                value = value.replace(key, f"<{label} key>")
            shown.append(f"{name}: {shorten(value)}")
        if self.body is not None:
            shown.append(f"body {shorten(self.body.decode('utf-8', 'replace'))!r}")
        return " | ".join(shown)

    def sent_text(self) -> str:
        """Return all the request says, decoded every way a server might echo it, in lower case."""
        raw = self.target + " " + " ".join(value for _, value in self.headers)
        if self.body:
            raw += " " + self.body.decode("utf-8", "replace")
        decoded = urllib.parse.unquote(raw, errors="replace")
        return f"{raw}\n{decoded}\n{urllib.parse.unquote_plus(raw, errors='replace')}".lower()


def shorten(text: str) -> str:
    return re.sub(r"(.)\1{39,}", lambda m: f"{m.group(1)}×{len(m.group(0)):,}", text)


@dataclass
class Answer:
    status: int | None  # None: no answer (connection refused, reset or timed out)
    headers: dict[str, str]
    body: bytes
    error: str = ""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def send(port: int, request: Request, timeout: float = TIMEOUT) -> Answer:
    """Send one request on a new connection, byte for byte as given, and read the whole answer."""
    lines = [f"{request.method} {request.target} HTTP/1.1"]
    names = {name.lower() for name, _ in request.headers}
    if "host" not in names:
        lines.append(f"Host: {HOST}")
    lines += [f"{name}: {value}" for name, value in request.headers]
    if request.body is not None:
        lines.append(f"Content-Length: {len(request.body)}")
    lines.append("Connection: close")
    data = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogateescape") + (request.body or b"")
    try:
        with socket.create_connection((HOST, port), timeout=timeout) as connection:
            # The server may answer and close before it has read all of a request it refuses.
            with contextlib.suppress(OSError):
                connection.sendall(data)
            response = http.client.HTTPResponse(connection, method=request.method)
            response.begin()
            body = response.read()
            headers: dict[str, str] = {}
            for name, value in response.getheaders():  # repeated ones (Set-Cookie) joined, as HTTP allows
                headers[name.lower()] = (
                    f"{headers[name.lower()]}, {value}" if name.lower() in headers else value
                )
            return Answer(response.status, headers, body)
    except (OSError, http.client.HTTPException) as exc:
        return Answer(None, {}, b"", f"{type(exc).__name__}: {exc}")


def api_key(key: str) -> tuple[str, str]:
    return ("Authorization", f"Api-Key {key}")


def query_string(pairs: Iterable[tuple[str, "Value"]]) -> str:
    return "&".join(f"{urllib.parse.quote(name, safe='')}={value.encoded()}" for name, value in pairs)


@dataclass(frozen=True)
class Value:
    """A parameter value: text, percent-encoded as a client would, or raw, sent as it stands."""

    text: str
    raw: bool = False
    hidden: bool = False  # names a hidden record: the request gets a twin naming nothing

    def encoded(self) -> str:
        return self.text if self.raw else urllib.parse.quote(self.text, safe="")


# --- Findings ---------------------------------------------------------------------------------------------


@dataclass
class Area:
    """The requests of one area and what failed, counted from many threads."""

    name: str
    tried: int = 0
    failures: Counter = field(default_factory=Counter)  # by kind: server error, leak, other
    examples: dict[tuple, list] = field(default_factory=dict)  # by kind and likeness: [count, first example]
    notes: list[str] = field(default_factory=list)
    seconds: float = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    statuses: Counter = field(default_factory=Counter)

    def count(self, answer: Answer) -> None:
        with self.lock:
            self.tried += 1
            self.statuses[answer.status or "no answer"] += 1

    def fail(self, kind: str, what: str, request: Request | None, answer: Answer | None = None) -> None:
        """Count a failure; keep the first request of each kind of failure on each path as its example."""
        path = urllib.parse.urlsplit(request.target).path if request else ""
        likeness = (
            kind,
            request.method if request else "",
            re.sub(r"\d+", "N", path),
            re.sub(r"\d+", "N", what[:50]),
        )
        with self.lock:
            self.failures[kind] += 1
            if likeness in self.examples:
                self.examples[likeness][0] += 1
            else:
                status = "" if answer is None else f" -> {answer.status or answer.error}"
                example = f"{what}{status}\n      {request.describe() if request else ''}"
                self.examples[likeness] = [1, example]

    def line(self) -> str:
        return (
            f"{self.name}: tried {self.tried:,}, server errors {self.failures['server error']:,}, "
            f"leaks {self.failures['leak']:,}, other failures {self.failures['other']:,}"
        )

    def report(self) -> None:
        statuses = ", ".join(
            f"{status} x{count:,}" for status, count in sorted(self.statuses.items(), key=str)
        )
        print(f"\n{self.line()}  ({self.seconds:,.1f} s)\n  answers: {statuses}", flush=True)
        for note in self.notes:
            print(f"  {note}", flush=True)
        shown = Counter()
        for (kind, *_), (count, example) in self.examples.items():
            shown[kind] += 1
            if shown[kind] <= SHOWN:
                print(f"    {kind} x{count:,}: {example}", flush=True)
        for kind, count in shown.items():
            if count > SHOWN:
                print(f"    ... and {count - SHOWN} more kinds of {kind}", flush=True)


class Leaks:
    """Find hidden records in answers: a name, slug, URL or id the request did not itself send."""

    def __init__(self, hidden: Hidden):
        self.strings = sorted({s.lower() for s in hidden.strings if s}, key=len, reverse=True)
        self.ids = {str(pk) for pk in hidden.ids()}
        self.id_pattern = re.compile(
            rb"(?<![0-9])(" + b"|".join(i.encode() for i in self.ids) + rb")(?![0-9])"
        )
        self.word = HIDDEN_WORD.lower().encode()

    def found(self, request: Request, answer: Answer) -> str | None:
        body = answer.body
        if not body:
            return None
        lowered = body.lower()
        sent = None
        if self.word in lowered:
            sent = request.sent_text()
            text = lowered.decode("utf-8", "replace")
            for string in self.strings:
                if string in text and string not in sent:
                    return f"hidden {string!r} in the body"
            if HIDDEN_WORD.lower() not in sent:
                start = lowered.index(self.word)
                return f"{body[max(0, start - 40) : start + 60]!r} in the body"
        for match in self.id_pattern.finditer(body):
            sent = sent if sent is not None else request.sent_text()
            if match.group(1).decode() not in sent:
                start = match.start()
                return f"hidden id {match.group(1).decode()} in the body: {body[max(0, start - 60) : start + 20]!r}"
        return None


def same_answer(hidden_request: Request, hidden: Answer, twin_answer: Answer) -> str | None:
    """Return how the answer for a hidden record differs from its twin's, or None when they are the same."""
    if hidden.status != twin_answer.status:
        return f"status {hidden.status} for the hidden record, {twin_answer.status} for its twin"
    if hidden.content_type != twin_answer.content_type:
        return f"content type {hidden.content_type!r}, {twin_answer.content_type!r} for its twin"
    body = twin_answer.body  # read as if it had been asked about the hidden record, wherever it echoes it
    for hidden_value, twin_value in hidden_request.twin_of.items():
        if twin_value.isdigit():
            body = re.sub(rb"(?<![0-9])" + twin_value.encode() + rb"(?![0-9])", hidden_value.encode(), body)
            continue
        for encode in ECHOES:
            body = body.replace(encode(twin_value).encode(), encode(hidden_value).encode())
    ours = hidden.body
    # A page of the browsable API changes with every request (CSRF token, CSP nonce) and from one worker to
    # the next (django-filter's labels): compared by status and type only; the leak check reads its text.
    if hidden.content_type != "text/html" and ours != body:
        at = next(
            (n for n, (x, y) in enumerate(zip(ours, body, strict=False)) if x != y), min(len(ours), len(body))
        )
        return f"bodies differ at byte {at}: {ours[max(0, at - 80) : at + 80]!r} / twin {body[max(0, at - 80) : at + 80]!r}"
    return None


ECHOES = [
    str,
    lambda value: urllib.parse.quote(value, safe=""),
    urllib.parse.quote,
    urllib.parse.quote_plus,
    html.escape,
]


def check(
    area: Area,
    leaks: Leaks,
    request: Request,
    answer: Answer,
    expectation: Callable[[Answer], str | None] | None = None,
) -> None:
    """Count an answer and record what is wrong with it."""
    area.count(answer)
    if answer.status is None:
        area.fail("server error", f"no answer ({answer.error})", request, answer)
    elif answer.status >= 500:
        area.fail("server error", f"{answer.status} {answer.body[:120]!r}", request, answer)
    if leak := leaks.found(request, answer):
        area.fail("leak", leak, request, answer)
    if answer.status is not None and answer.status < 500 and expectation and (problem := expectation(answer)):
        area.fail("other", problem, request, answer)


def parses(answer: Answer) -> str | None:
    """Return why a body does not parse as its content type says, or None."""
    kind = answer.content_type
    if not answer.body:
        return None
    try:
        if kind.endswith("json"):
            orjson.loads(answer.body)
        elif kind == "text/csv":
            rows = list(csv.reader(io.StringIO(answer.body.decode("utf-8"))))
            if not rows or not rows[0]:
                return "a CSV without a header row"
        elif kind == "text/html" and answer.status == 200 and b"<html" not in answer.body.lower():
            return "an HTML answer without <html>"
    except (ValueError, UnicodeDecodeError) as exc:
        return f"{kind} that does not parse: {exc}"
    return None


def run_all(threads: int, jobs: Iterable[Callable[[], None]]) -> None:
    with ThreadPoolExecutor(threads) as pool:
        for future in [pool.submit(job) for job in jobs]:
            future.result()


# --- What the API shows -----------------------------------------------------------------------------------


@dataclass
class Shown:
    """What a partner can read: ids per endpoint, cursors, the schema's operations."""

    ids: dict[str, list[str]] = field(default_factory=dict)  # "/api/v1/claims/{id}/" -> ids or slugs
    cursors: dict[str, list[str]] = field(default_factory=dict)  # list path -> cursors it issued
    operations: list[tuple[str, list[dict]]] = field(default_factory=list)  # path template, parameters
    retracted: str = ""
    last_seq: int = 0


def read_what_is_shown(port: int, key: str) -> Shown:
    """Read the schema and every list once, as a partner would, for valid-looking values."""
    auth = (api_key(key),)
    answer = send(port, Request("GET", "/api/v1/schema/?format=json"))
    if answer.status != 200:
        sys.exit(f"/api/v1/schema/ answered {answer.status}: {answer.body[:300]!r}")
    schema = orjson.loads(answer.body)
    shown = Shown()
    for path, operations in schema["paths"].items():
        if "get" in operations:
            shown.operations.append((path, operations["get"].get("parameters", [])))
    for path, _ in shown.operations:
        if "{" in path:
            continue
        answer = send(port, Request("GET", f"{path}?page_size=1000", auth))
        if answer.status != 200:
            sys.exit(f"{path} answered {answer.status}: {answer.body[:300]!r}")
        page = orjson.loads(answer.body)
        results = page.get("results", [])
        if path.endswith("/changes/"):
            shown.last_seq = page.get("last_seq", 0)
            continue
        lookup = "slug" if path.endswith("/conflicts/") else "id"
        shown.ids[f"{path}{{{lookup}}}/"] = [str(row[lookup]) for row in results]
        cursors = []
        answer = send(port, Request("GET", f"{path}?page_size=1", auth))
        while answer.status == 200 and len(cursors) < 5:
            following = orjson.loads(answer.body).get("next")
            if not following:
                break
            cursor = urllib.parse.parse_qs(urllib.parse.urlsplit(following).query).get("cursor", [""])[0]
            cursors.append(cursor)
            answer = send(
                port, Request("GET", f"{path}?page_size=1&cursor={urllib.parse.quote(cursor)}", auth)
            )
        shown.cursors[path] = cursors
    for path, _ in shown.operations:  # the extra actions of a detail: the same ids
        if "{" in path and path not in shown.ids:
            base = path[: path.index("}") + 2]
            shown.ids[path] = shown.ids.get(base, [])
    for claim_id in range(1, 200):  # the demo's retracted claim: a tombstone, 410
        answer = send(port, Request("GET", f"/api/v1/claims/{claim_id}/", auth))
        if answer.status == 410:
            shown.retracted = str(claim_id)
            break
    return shown


# --- fuzz -------------------------------------------------------------------------------------------------

JUNK = [
    Value(""),
    Value(" "),
    Value("null"),
    Value("true"),
    Value("-1"),
    Value("0"),
    Value("1.5"),
    Value("1e309"),
    Value("NaN"),
    Value("-inf"),
    Value("0x10"),
    Value("1_000"),
    Value("٣"),  # an Arabic-Indic digit: int() reads it
    Value("²"),  # a digit to str.isdigit(), not to int()
    Value("²", raw=True),  # raw UTF-8 on the request line
    Value("é", raw=True),
    Value("\x00"),
    Value("a\x00b"),
    Value("%", raw=True),
    Value("%zz", raw=True),
    Value("%C0%AF", raw=True),  # an overlong "/"
    Value("%ED%A0%80", raw=True),  # a lone surrogate
    Value("%FF%FE", raw=True),
    Value("%2500", raw=True),
    Value("%u0000", raw=True),
    Value("+", raw=True),
    Value("%0A"),
    Value("\r\n"),
    Value("\t"),
    Value("../../etc/passwd"),
    Value("'; DROP TABLE claims_claim; --"),
    Value("' OR '1'='1"),
    Value("<script>alert(1)</script>"),
    Value("{{7*7}}"),
    Value("${jndi:ldap://example.org/a}"),
    Value("🙂"),
    Value("𝟙"),
    Value("\u202e"),
    Value("\ufeff1"),
    Value("Ω" * 300),
    Value("a" * 3_000),  # under gunicorn's request line limit (4,094 bytes): reaches Django
    Value("a" * 50_000),  # over it: gunicorn's own 400
    Value("9" * 30),
    Value("-" + "9" * 30),
    Value("9223372036854775807"),
    Value("9223372036854775808"),
    Value("-9223372036854775809"),
]
DATES = ["2020-10-22", "2020-09-27", "1900-01-01", "2100-12-31", "0001-01-01", "9999-12-31"]
BAD_DATES = [
    "2020-02-30",
    "2020-13-01",
    "0000-00-00",
    "10000-01-01",
    "-2020-01-01",
    "20201022",
    "2020-1-1",
    "²⁰²⁰-01-01",
]
TIMES = [
    "2020-01-01T00:00:00Z",
    "2020-01-01T00:00:00+03:00",
    "2020-01-01",
    "2030-01-01T00:00:00.123456-05:30",
]
BAD_TIMES = [
    "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00+14:00",
    "2020-01-01T25:00:00",
    "2020-01-01T00:00:00+99:00",
    "now",
    "1e10",
    "2020-01-01T00:00:00 03:00",
]
BOXES = ["46.5,39.5,47.2,40.0", "-180,-90,180,90", "170,-10,-170,10", "46.5,40.0,47.2,39.5", "1,2,3"]
BOXES += ["a,b,c,d", "nan,nan,nan,nan", "inf,0,0,0", "1e400,0,0,0", "1_0,2,3,4", "181,0,0,0", ",,,"]
BAD_PATHS = ["..", ".", "%2e%2e", "%2F", "a/b", "%20", "00001", "1.0", "1e3", "0x1", " 1", "-0", "+1"]


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8", "surrogatepass")).decode()


def forged_cursors(shown_cursors: list[str]) -> list[Value]:
    """Cursors we did not issue: forged positions, offsets and reversals, damaged real ones."""
    forged = [
        "p=abc",
        "p=",
        "p=-5",
        "p=1.5",
        "p=1e5",
        "p=²",
        "p=" + "9" * 40,
        "p=9223372036854775808",
        "p=1\x00",
        "o=99999999999999999999999&p=1",
        "o=-1&p=1",
        "o=1&p=1&r=1",
        "r=1",
        f"p={HIDDEN_WORD.lower()}-slug",
        "p=\ud800",
    ]
    values = [Value(b64(text)) for text in forged]
    values += [
        Value("!!!!"),
        Value("cD1hYmM"),
        Value(b64("p=1") + "=="),
        Value(base64.b64encode(bytes([0x89, 0xFF, 0x00, 0x10] * 3)).decode()),  # not UTF-8
    ]
    for cursor in shown_cursors[:2]:
        values += [Value(cursor[:-3]), Value(cursor + "A"), Value(cursor.swapcase())]
    return values


class Fuzzer:
    """Generate requests over the schema's operations, most with a valid key, many with junk."""

    def __init__(self, shown: Shown, hidden: Hidden, keys: dict[str, str], seed: int):
        self.random = random.Random(seed)
        self.used: list[Value] = []  # the values of the request being built
        self.shown, self.hidden, self.keys = shown, hidden, keys
        ids = [str(pk) for pk in hidden.ids()]
        self.hidden_by_path = {
            "claims": [str(pk) for pk in hidden.claims.values()],
            "actors": [str(pk) for pk in hidden.actors.values()],
            "sources": [str(hidden.source_id)],
            "incidents": [str(pk) for pk in hidden.incidents],
            "estimates": [str(pk) for pk in hidden.quantities] or ids,
            "quantities": [str(pk) for pk in hidden.quantities] or ids,
            "conflicts": [hidden.conflict_slug],
        }
        self.operations = [*shown.operations, ("/api/v1/schema/", SCHEMA_PARAMETERS), ("/api/v1/docs/", [])]
        self.operations += [
            ("/healthz", []),
            ("/api/v1/", []),
            ("/api/v1/nowhere/{id}/", [{"name": "id", "in": "path"}]),
        ]

    def choice(self, items):
        return self.random.choice(items)

    def hidden_value(self, name: str, path: str) -> Value | None:
        """Return a value naming a hidden record, for parameters that take one."""
        h = self.hidden
        by_name = {
            "conflict": [h.conflict_slug],
            "originator": [str(pk) for pk in h.actors.values()],
            "side": [str(pk) for pk in h.actors.values()],
            "incident": [str(pk) for pk in h.incidents],
            "place": [h.place],
            "q": [h.quote_word],
            "cursor": [b64(f"p={pk}") for pk in h.claims.values()],
        }
        if name in ("id", "slug"):
            collection = path.split("/")[3] if path.count("/") > 3 else ""
            options = self.hidden_by_path.get(collection)
        else:
            options = by_name.get(name)
        if not options:
            return None
        return Value(self.choice(options), hidden=name != "cursor")  # a cursor's twin is another position

    def valid_value(self, name: str, schema: dict, path: str) -> Value:
        """Return a value a well-behaved partner might send."""
        if name in ("id", "slug"):
            ids = self.shown.ids.get(path) or ["1"]
            if path.startswith("/api/v1/claims/") and self.shown.retracted and self.random.random() < 0.2:
                return Value(self.shown.retracted)
            return Value(self.choice(ids))
        if name == "cursor":
            cursors = self.shown.cursors.get(path) or [b64("p=1")]
            return Value(self.choice(cursors))
        if name == "page_size":
            return Value(self.choice(["1", "2", "100", "1000", "1001"]))
        if name == "after":
            return Value(str(self.choice([0, 1, self.shown.last_seq, self.shown.last_seq + 1000])))
        if name in ("originator", "side"):
            return Value(self.choice(self.shown.ids.get("/api/v1/actors/{id}/") or ["1"]))
        if name == "incident":
            return Value(self.choice(self.shown.ids.get("/api/v1/incidents/{id}/") or ["1"]))
        if name == "conflict":
            return Value(self.choice(self.shown.ids.get("/api/v1/conflicts/{slug}/") or ["x"]))
        if name == "bbox":
            return Value(self.choice(BOXES[:3]))
        if name == "q":
            return Value(self.choice(["killed", "5,000", "Karabakh", "ТАСС"]))
        if name == "place":
            return Value(self.choice(["Martuni", "Nagorno-Karabakh", "front line"]))
        if name == "format":
            return Value(self.choice([*(schema.get("enum") or []), "api", "json"]))
        if schema.get("enum"):
            return Value(self.choice(schema["enum"]))
        if schema.get("format") == "date":
            return Value(self.choice(DATES))
        if schema.get("format") == "date-time":
            return Value(self.choice(TIMES))
        if schema.get("type") == "integer":
            return Value(str(self.choice([0, 1, 2, 100])))
        return Value(self.choice(["a", "killed", "json"]))

    def junk_value(self, name: str, schema: dict, path: str) -> Value:
        if name == "cursor" and self.random.random() < 0.6:
            return self.choice(forged_cursors(self.shown.cursors.get(path) or []))
        if schema.get("format") == "date" and self.random.random() < 0.5:
            return Value(self.choice(BAD_DATES))
        if schema.get("format") == "date-time" and self.random.random() < 0.5:
            return Value(self.choice(BAD_TIMES))
        if name == "bbox" and self.random.random() < 0.6:
            return Value(self.choice(BOXES))
        if schema.get("enum") and self.random.random() < 0.3:
            return Value(self.choice(schema["enum"]).upper() + self.choice(["", " ", "\x00", "s"]))
        if name in ("id", "slug") and self.random.random() < 0.4:
            return Value(self.choice(BAD_PATHS), raw=True)
        return self.choice(JUNK)

    def value(self, name: str, schema: dict, path: str) -> Value:
        roll = self.random.random()
        if roll < 0.15 and (hidden := self.hidden_value(name, path)) is not None:
            return hidden
        if roll < 0.55:
            return self.valid_value(name, schema, path)
        return self.junk_value(name, schema, path)

    def every_junk(self, name: str, schema: dict, path: str, where: str) -> list[Value]:
        """Return every junk value for a parameter: the common ones, those of its type, a hidden record."""
        values = list(JUNK)
        if name == "cursor":
            values += forged_cursors(self.shown.cursors.get(path) or [])
        if schema.get("format") == "date":
            values += [Value(v) for v in BAD_DATES + DATES[-2:]]
        if schema.get("format") == "date-time":
            values += [Value(v) for v in BAD_TIMES]
        if name == "bbox":
            values += [Value(v) for v in BOXES]
        for choice in schema.get("enum") or []:
            values += [Value(choice.upper()), Value(choice + "\x00"), Value(choice + " ")]
        if where == "path":
            values += [Value(v, raw=True) for v in BAD_PATHS]
        if (hidden := self.hidden_value(name, path)) is not None:
            values.append(hidden)
        return values

    def systematic(self) -> list[Request]:
        """Return a GET with a valid key for every junk value in every parameter of every operation, one
        parameter at a time (the path's others valid), and each query parameter given twice."""
        requests = []
        auth = (api_key(self.keys["fuzz"]),)
        for path, parameters in self.operations:
            in_path = {
                p["name"]: self.valid_value(p["name"], p.get("schema", {}), path)
                for p in parameters
                if p.get("in") == "path"
            }
            for parameter in parameters:
                name, schema, where = parameter["name"], parameter.get("schema", {}), parameter.get("in")
                for value in self.every_junk(name, schema, path, where):
                    self.used = [value]
                    if where == "path":
                        target = fill(path, {**in_path, name: value})
                    else:
                        target = fill(path, in_path) + "?" + query_string([(name, value)])
                    requests.append(self.finish(Request("GET", target, auth)))
                if where == "query":
                    self.used = []
                    twice = [(name, self.valid_value(name, schema, path)), (name, Value("²"))]
                    requests.append(
                        self.finish(Request("GET", fill(path, in_path) + "?" + query_string(twice), auth))
                    )
            self.used = []
            target = fill(path, in_path)
            for credentials in AUTHORIZATIONS:  # every key and every Accept header, on every operation
                for accept in ACCEPTS:
                    headers = [("Authorization", credentials.format(**self.keys))] if credentials else []
                    headers += [("Accept", accept)] if accept is not None else []
                    requests.append(Request("GET", target, tuple(headers)))
            for method in sorted(set(METHODS)):  # every method, with a body where one goes
                body = b'{"status": "published"}' if method in WRITE_METHODS else None
                headers = (*auth, ("Content-Type", "application/json")) if body else auth
                requests.append(Request(method, target, headers, body))
        return requests

    def request(self) -> Request:
        path, parameters = self.choice(self.operations)
        method = self.choice(METHODS)
        target = path
        for parameter in parameters:
            if parameter.get("in") == "path":
                name = parameter["name"]
                value = self.value(name, parameter.get("schema", {}), path)
                target = target.replace(f"{{{name}}}", value.encoded())
                self.used.append(value)
        pairs = []
        query = [p for p in parameters if p.get("in") == "query"]
        for parameter in query:
            if self.random.random() < 0.35:
                pairs.append(
                    (parameter["name"], self.value(parameter["name"], parameter.get("schema", {}), path))
                )
        if pairs and self.random.random() < 0.15:  # the same parameter twice, with another value
            name = self.choice(pairs)[0]
            schema = next(p.get("schema", {}) for p in query if p["name"] == name)
            pairs.append((name, self.value(name, schema, path)))
        if self.random.random() < 0.07:
            pairs.append(
                (self.choice(["foo", "format[]", "page", "limit", "ordering", "\x00"]), self.choice(JUNK))
            )
        self.used += [value for _, value in pairs]
        if pairs:
            target += "?" + query_string(pairs)
        elif self.random.random() < 0.05:
            target += self.choice(["?", "?&&", "?=", "?a", "#x", "?%", "?format"])
        return Request(method, target, tuple(self.headers(method)), self.body(method))

    def headers(self, method: str) -> list[tuple[str, str]]:
        headers = []
        roll = self.random.random()
        if roll < 0.85:
            headers.append(api_key(self.keys["fuzz"]))
        elif roll < 0.88:
            headers.append(api_key(self.keys["revoked"]))
        elif roll < 0.91:
            headers.append(api_key(self.keys["expired"]))
        elif roll < 0.94:
            headers.append(
                ("Authorization", self.choice(["Api-Key nonsense", "Bearer x", "Api-Key", "Basic Og=="]))
            )
        if self.random.random() < 0.3:
            accept = self.choice(ACCEPTS)
            if accept is not None:
                headers.append(("Accept", accept))
        if self.random.random() < 0.05:
            headers.append(("If-None-Match", self.choice(['"x"', "*", "W/", '"' + "a" * 2000 + '"'])))
        if self.random.random() < 0.05:
            headers.append(("X-Forwarded-For", self.choice(["1.2.3.4", "junk", "::1, 10.0.0.1", "", "\xff"])))
        if self.random.random() < 0.03:
            headers.append(("Host", self.choice(["evil.example", "127.0.0.1:1", "", "localhost"])))
        if self.random.random() < 0.03:
            headers.append(("Accept-Language", self.choice(["zz", "*;q=x", "ru-RU,en;q=0.5", "a" * 500])))
        if method in WRITE_METHODS and self.random.random() < 0.7:
            headers.append(("Content-Type", self.choice(CONTENT_TYPES)))
        return headers

    def body(self, method: str) -> bytes | None:
        if method not in WRITE_METHODS or self.random.random() < 0.3:
            return None
        return self.choice(BODIES)

    def next(self) -> Request:
        """Return a random request: any operation, method, parameters, headers and body."""
        self.used = []
        return self.finish(self.request())

    def finish(self, request: Request) -> Request:
        """Return the request, knowing which hidden records it names (self.used), for its twin."""
        hidden = {value.text: twin(value.text) for value in self.used if value.hidden}
        return Request(request.method, request.target, request.headers, request.body, twin_of=hidden)


def fill(path: str, values: dict[str, Value]) -> str:
    """Return the path with its {parameters} replaced by the values, encoded."""
    for name, value in values.items():
        path = path.replace(f"{{{name}}}", value.encoded())
    return path


SCHEMA_PARAMETERS = [
    {"name": "format", "in": "query", "schema": {"enum": ["json", "yaml"]}},
    {"name": "lang", "in": "query", "schema": {"enum": ["en", "ru"]}},
    {"name": "version", "in": "query", "schema": {"type": "string"}},
]
CONTENT_TYPES = [
    "application/json",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "multipart/form-data; boundary=x",
    "text/plain",
    "application/json; charset=latin-1",
    "junk",
]
BODIES = [
    b"{}",
    b'{"status": "published", "phrase": "1 killed"}',
    b"{",
    b"[" * 10_000,
    b'{"a": "\\u0000"}',
    b"status=published",
    b"\x00\xff\xfe",
    b"a" * 50_000,
    b'{"id": 99999999999999999999999999}',
]


def fuzz_expectation(request: Request) -> Callable[[Answer], str | None]:
    path = urllib.parse.urlsplit(request.target).path
    public = path.startswith(PUBLIC_PATHS)
    valid_keys = tuple(key for label, key in KEYS.items() if label not in ("revoked", "expired"))
    valid_key = any(name == "Authorization" and value.endswith(valid_keys) for name, value in request.headers)

    def expectation(answer: Answer) -> str | None:
        status = answer.status or 0
        if 200 <= status < 300 and request.method in WRITE_METHODS:
            return f"{request.method} succeeded on a read-only API"
        if 200 <= status < 300 and not public and not valid_key and path.startswith("/api/"):
            return "answered without a valid key"
        if status >= 400 and request.method != "HEAD" and path.startswith("/api/") and not answer.body:
            return f"a {status} without a message"
        return parses(answer) if request.method != "HEAD" else None

    return expectation


def fuzz(port: int, area: Area, leaks: Leaks, fuzzer: Fuzzer, count: int, threads: int, quick: bool) -> None:
    systematic = fuzzer.systematic()
    if quick:  # a quarter of them, the same quarter every time
        systematic = random.Random(0).sample(systematic, len(systematic) // 4)
    requests = systematic + [fuzzer.next() for _ in range(count)]

    def attempt(request: Request) -> None:
        answer = send(port, request)
        check(area, leaks, request, answer, fuzz_expectation(request))
        if request.twin_of:
            target = request.target
            for hidden_value in request.twin_of:
                for form in {hidden_value, urllib.parse.quote(hidden_value, safe="")}:
                    target = target.replace(form, twin(form))
            twin_request = Request(request.method, target, request.headers, request.body)
            twin_answer = send(port, twin_request)
            check(area, leaks, twin_request, twin_answer, fuzz_expectation(twin_request))
            answered = answer.status is not None and twin_answer.status is not None
            if answered and (difference := same_answer(request, answer, twin_answer)):
                area.fail("leak", f"a hidden record answers otherwise than its twin: {difference}", request)

    run_all(threads, [lambda request=request: attempt(request) for request in requests])
    area.notes.append(
        f"{len(systematic):,} requests with each junk value in each parameter, {count:,} random ones; "
        f"{sum(1 for r in requests if r.twin_of):,} of them name a hidden record (each sent with its twin too)"
    )


# --- formats ----------------------------------------------------------------------------------------------


def formats(port: int, area: Area, leaks: Leaks, shown: Shown, key: str, threads: int) -> None:
    endpoints = []  # (path, the formats its schema declares: JSON, and those of its `format` parameter)
    for path, parameters in shown.operations:
        declared: set[str | None] = {None, "json"}
        for parameter in parameters:
            if parameter["name"] == "format":
                declared |= set(parameter.get("schema", {}).get("enum", []))
        if "{" not in path:
            endpoints.append((path, declared))
        elif ids := shown.ids.get(path):
            endpoints.append((re.sub(r"\{\w+\}", ids[0], path), declared))
    tombstone = f"/api/v1/claims/{shown.retracted}/"
    if shown.retracted:
        endpoints.append((tombstone, {None, "json"}))  # 410, in JSON, whatever was asked for
    jobs = []
    for endpoint, declared in endpoints:
        for format_ in FORMATS:
            for accept in ACCEPTS:
                target = endpoint + (f"?format={format_}" if format_ else "")
                headers = [api_key(key)] + ([("Accept", accept)] if accept is not None else [])
                expectation = format_expectation(format_, accept, endpoint == tombstone, declared)
                jobs.append((Request("GET", target, tuple(headers)), expectation))

    def attempt(request: Request, expectation) -> None:
        check(area, leaks, request, send(port, request), expectation)

    run_all(threads, [lambda r=r, e=e: attempt(r, e) for r, e in jobs])
    area.notes.append(f"{len(endpoints)} endpoints x {len(FORMATS)} formats x {len(ACCEPTS)} Accept headers")


def format_expectation(
    format_: str | None, accept: str | None, tombstone: bool, declared: set[str | None]
) -> Callable[[Answer], str | None]:
    def expectation(answer: Answer) -> str | None:
        status = answer.status or 0
        good = 410 if tombstone else 200
        # A format the schema declares for the endpoint, with an Accept header that allows it, must be served.
        served = FORMAT_TYPES.get(format_ or "json")
        if format_ in declared and accept in (None, "*/*", served) and status != good:
            return f"{served} was asked for and the schema declares it: expected {good}"
        if format_ == "junk" and not 400 <= status < 500:
            return "an unknown format: expected a 4xx"
        if status == 200:
            wanted = FORMAT_TYPES.get(format_ or "") or (
                accept if accept and accept not in ("*/*", "junk") else None
            )
            if wanted and answer.content_type != wanted:
                return f"{wanted} was asked for, {answer.content_type} came"
        if tombstone and status == 410 and answer.content_type != "application/json":
            return "a tombstone not in JSON"
        return parses(answer)

    return expectation


# --- oracle -----------------------------------------------------------------------------------------------


def oracle(port: int, area: Area, leaks: Leaks, hidden: Hidden, key: str, threads: int) -> None:
    filters = [
        ("/api/v1/claims/", "conflict", hidden.conflict_slug),
        ("/api/v1/claims/", "q", hidden.quote_word),
        ("/api/v1/incidents/", "conflict", hidden.conflict_slug),
        ("/api/v1/incidents/", "place", hidden.place),
    ]
    for pk in hidden.actors.values():
        filters += [("/api/v1/claims/", "originator", str(pk)), ("/api/v1/claims/", "side", str(pk))]
    for collection in ("estimates", "quantities"):
        filters += [(f"/api/v1/{collection}/", "conflict", hidden.conflict_slug)]
        filters += [(f"/api/v1/{collection}/", "place", hidden.place)]
        filters += [(f"/api/v1/{collection}/", "incident", str(pk)) for pk in hidden.incidents]
    details = [f"/api/v1/claims/{pk}/" for pk in hidden.claims.values()]
    details += [f"/api/v1/claims/{pk}/provenance/" for pk in hidden.claims.values()]
    details += [f"/api/v1/actors/{pk}/" for pk in hidden.actors.values()]
    details += [f"/api/v1/sources/{hidden.source_id}/"]
    details += [
        f"/api/v1/conflicts/{hidden.conflict_slug}/",
        f"/api/v1/conflicts/{hidden.conflict_slug}/figures/",
    ]
    details += [f"/api/v1/incidents/{pk}/" for pk in hidden.incidents]
    details += [f"/api/v1/{c}/{pk}/" for c in ("estimates", "quantities") for pk in hidden.quantities]
    targets = [
        (f"{path}?{name}={urllib.parse.quote(value)}", {value: twin(value)}) for path, name, value in filters
    ]
    for detail in details:
        value = next(part for part in detail.split("/") if part.isdigit() or part == hidden.conflict_slug)
        targets.append((detail, {value: twin(value)}))
    jobs = []
    for target, substitution in targets:
        for format_ in FORMATS:
            for method in ("GET", "HEAD", "OPTIONS"):
                if method != "GET" and format_ not in (None, "json"):
                    continue
                separator = "&" if "?" in target else "?"
                full = target + (f"{separator}format={format_}" if format_ else "")
                jobs.append(Request(method, full, (api_key(key),), twin_of=substitution))

    def attempt(request: Request) -> None:
        twin_target = request.target
        for hidden_value, twin_value in request.twin_of.items():
            twin_target = twin_target.replace(
                urllib.parse.quote(hidden_value), urllib.parse.quote(twin_value)
            )
        twin_request = Request(request.method, twin_target, request.headers)
        answer, twin_answer = send(port, request), send(port, twin_request)
        check(area, leaks, request, answer, parses)
        check(area, leaks, twin_request, twin_answer, parses)
        detail = "?" not in request.target and request.method in ("GET", "HEAD")
        if answer.status and 200 <= answer.status < 300 and detail:
            area.fail("leak", "a hidden record's detail answered 2xx", request, answer)
        if difference := same_answer(request, answer, twin_answer):
            area.fail(
                "leak", f"answers otherwise than for a record that does not exist: {difference}", request
            )

    run_all(threads, [lambda r=r: attempt(r) for r in jobs])
    area.notes.append(
        f"{len(filters)} filters and {len(details)} detail URLs naming hidden records, each against its twin "
        f"in {len(FORMATS)} formats (GET) and by HEAD and OPTIONS: {len(jobs):,} pairs"
    )


# --- throttle and lockout ---------------------------------------------------------------------------------


def throttle_run(
    port: int, area: Area, leaks: Leaks, key: str, rate: tuple[int, int], burst: int, threads: int
) -> str:
    """Send `burst` requests with one fresh key from `threads` threads at once; return the run's figures.

    `rate` is (requests, seconds): no span of that many seconds may let more requests through.
    """
    request = Request("GET", "/api/v1/claims/?page_size=1", (api_key(key),))
    answers: list[Answer] = []
    lock = threading.Lock()
    start = threading.Barrier(threads)
    per_thread = [burst // threads + (1 if n < burst % threads else 0) for n in range(threads)]

    def worker(count: int) -> None:
        start.wait()
        for _ in range(count):
            answer = send(port, request)
            with lock:
                answers.append(answer)

    began = time.monotonic()
    workers = [threading.Thread(target=worker, args=(count,)) for count in per_thread]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    seconds = time.monotonic() - began
    for answer in answers:
        check(area, leaks, request, answer)
    passed = sum(1 for a in answers if a.status == 200)
    refused = [a for a in answers if a.status == 429]
    limit, period = rate
    allowed = limit * (1 + int(seconds // period))  # a run longer than the period meets more than one
    if passed > allowed:
        area.fail("other", f"{passed} of {burst} answered 200, over the limit of {allowed}", request)
    bare = [a for a in refused if not a.headers.get("retry-after", "").isdigit()]
    if bare:
        area.fail("other", f"{len(bare)} 429s without a Retry-After in seconds", request, bare[0])
    others = Counter(a.status for a in answers if a.status not in (200, 429))
    waits = sorted(
        int(a.headers["retry-after"]) for a in refused if a.headers.get("retry-after", "").isdigit()
    )
    wait = f", Retry-After {waits[0]}-{waits[-1]} s" if waits else ""
    extra = f", other {dict(others)}" if others else ""
    return f"{threads:>2} threads: {passed:>3} x 200, {len(refused):>3} x 429{extra} in {seconds:.1f} s{wait}"


def lockout(port: int, area: Area, leaks: Leaks, threads: int) -> None:
    """Fail logins for one user from many threads at once, then try the right password: it must be a 429."""
    login = "/admin/login/?next=/admin/"
    page = send(port, Request("GET", login))
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.body)
    cookie = re.search(r"csrftoken=([^;]+)", page.headers.get("set-cookie", ""))
    check(area, leaks, Request("GET", login), page)
    if not (token and cookie):
        area.fail("other", "the login page has no CSRF token", Request("GET", login), page)
        return

    def attempt(password: str) -> tuple[Request, Answer]:
        body = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token.group(1).decode(), "username": "editor", "password": password}
        ).encode()
        headers = (
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Cookie", f"csrftoken={cookie.group(1)}"),
        )
        request = Request("POST", login, headers, body)
        return request, send(port, request)

    start = threading.Barrier(threads)

    def wrong(n: int) -> tuple[Request, Answer]:
        start.wait()
        return attempt(f"wrong-password-{n}")

    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(wrong, range(threads)))
    for request, answer in results:
        check(area, leaks, request, answer)
    checked = sum(1 for _, answer in results if answer.status == 200)  # the form again, with an error
    refused = [answer for _, answer in results if answer.status == 429]
    if checked > FAILURE_LIMIT:
        area.fail(
            "other",
            f"{checked} of {threads} concurrent wrong passwords were checked, over AXES_FAILURE_LIMIT={FAILURE_LIMIT}",
            results[0][0],
        )
    for answer in refused:
        if not answer.headers.get("retry-after", "").isdigit():
            area.fail("other", "a lockout's 429 without Retry-After", results[0][0], answer)
            break
    request, answer = attempt("demo-editor-2020")  # the right password, once locked out
    check(area, leaks, request, answer)
    if answer.status != 429 or not answer.headers.get("retry-after", "").isdigit():
        area.fail(
            "other", "the right password after the lockout: expected 429 with Retry-After", request, answer
        )
    area.notes.append(
        f"{threads} concurrent wrong passwords for 'editor': {checked} checked (login form again), "
        f"{len(refused)} refused with 429; then the right password: {answer.status}, "
        f"Retry-After {answer.headers.get('retry-after', 'none')}"
    )


# --- Command line -----------------------------------------------------------------------------------------


def start_server(environment: dict, workers: int, key: str) -> Server:
    server = Server(workers, environment)
    server.start(key)
    return server


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--fuzz", type=int, default=3000, help="random fuzz requests (default 3000; --quick 600)"
    )
    parser.add_argument(
        "--claims", type=int, default=300, help="claims seeded through bench/seed.py (default 300)"
    )
    parser.add_argument("--limit", default="120/minute", help="API_THROTTLE_RATE of the throttle area")
    parser.add_argument("--burst", type=int, default=400, help="requests per throttle run (default 400)")
    parser.add_argument("--runs", type=int, default=3, help="throttle runs per thread count (default 3)")
    parser.add_argument("--threads-throttle", default="8,16", help="thread counts of the throttle runs")
    parser.add_argument("--threads", type=int, default=8, help="threads of the other areas (default 8)")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1, help="gunicorn workers")
    parser.add_argument(
        "--redis", default="", metavar="URL", help="also run the throttle on this Redis cache"
    )
    parser.add_argument("--seed", type=int, default=14, help="the fuzzer's random seed (default 14)")
    parser.add_argument("--keep", action="store_true", help="keep the database (its name is printed)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a quarter of the systematic fuzz, 600 random requests, 100 claims, one throttle run per count",
    )
    args = parser.parse_args()
    if args.quick:
        args.fuzz, args.runs, args.claims = min(args.fuzz, 600), 1, min(args.claims, 100)
    thread_counts = [int(n) for n in args.threads_throttle.split(",")]
    amount, _, period = args.limit.partition("/")
    rate = (int(amount), {"s": 1, "m": 60, "h": 3600, "d": 86400}[period[0]])
    server_url = os.environ.get("DATABASE_URL") or DEFAULT_SERVER
    if not server_url.startswith(("postgres://", "postgresql://")):
        sys.exit("DATABASE_URL must name a PostgreSQL server: the attack runs on a new database there.")
    # SIGTERM ends the script the way Ctrl-C does, so that gunicorn is stopped and the database dropped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    began = time.monotonic()
    name, database_url, engine = create_database(server_url)
    static_root = tempfile.mkdtemp(prefix="provenance-attack-static-")
    servers: list[Server] = []
    areas: list[Area] = []
    try:
        print(f"Database {name}; migrating, loading the demo, seeding {args.claims} claims", flush=True)
        prepare(database_url, static_root, args.claims)
        hidden = create_hidden_records(database_url)
        caches = [("database cache", "")] + ([("Redis cache", args.redis)] if args.redis else [])
        throttle_keys = [
            f"throttle {c} {t} {r}" for c, _ in caches for t in thread_counts for r in range(args.runs)
        ]
        keys = issue_keys(["fuzz", "formats", "oracle", *throttle_keys])
        KEYS.update(keys)
        print(
            f"Hidden records: claims {hidden.claims}, actors {hidden.actors}, conflict {hidden.conflict_slug} "
            f"(id {hidden.conflict_id}), source {hidden.source_id} ({hidden.source_url}), incidents "
            f"{hidden.incidents}, quantities {hidden.quantities}",
            flush=True,
        )
        leaks = Leaks(hidden)
        environment = production_environment(database_url, static_root, UNTHROTTLED, "")
        server = start_server(environment, args.workers, keys["fuzz"])
        servers.append(server)
        print(
            f"gunicorn: {args.workers} workers on {HOST}:{server.port}, DEBUG=0, database cache, "
            f"API_THROTTLE_RATE={UNTHROTTLED} (the throttle area has its own server); log {server.log_path}",
            flush=True,
        )
        shown = read_what_is_shown(server.port, keys["fuzz"])
        counts = [
            f"{len(ids)} {path.split('/')[3]}" for path, ids in shown.ids.items() if path.count("/") == 5
        ]
        print(f"Partners see: {', '.join(counts)}; claim {shown.retracted} is retracted", flush=True)

        port, fuzzer = server.port, Fuzzer(shown, hidden, keys, args.seed)
        on_the_main_server = {
            "fuzz": lambda area: fuzz(port, area, leaks, fuzzer, args.fuzz, args.threads, args.quick),
            "formats": lambda area: formats(port, area, leaks, shown, keys["formats"], args.threads),
            "oracle": lambda area: oracle(port, area, leaks, hidden, keys["oracle"], args.threads),
            "lockout": lambda area: lockout(port, area, leaks, LOCKOUT_THREADS),
        }
        for title, attack in on_the_main_server.items():
            area = Area(title)
            started = time.monotonic()
            attack(area)
            area.seconds = time.monotonic() - started
            area.report()
            areas.append(area)
        server.stop()

        for label, redis_url in caches:
            environment = production_environment(database_url, static_root, args.limit, redis_url)
            server = start_server(environment, args.workers, keys["fuzz"])
            servers.append(server)
            area = Area(f"throttle ({label})")
            started = time.monotonic()
            area.notes.append(
                f"API_THROTTLE_RATE={args.limit}, {args.workers} gunicorn workers, {args.burst} requests a run "
                f"with a fresh key: at most {rate[0]} may answer 200 in any {rate[1]} s"
            )
            for threads in thread_counts:
                for run_number in range(args.runs):
                    key = keys[f"throttle {label} {threads} {run_number}"]
                    area.notes.append(throttle_run(server.port, area, leaks, key, rate, args.burst, threads))
            area.seconds = time.monotonic() - started
            area.report()
            areas.append(area)
            server.stop()
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(static_root, ignore_errors=True)
        if args.keep:
            print(f"Kept database {name}", flush=True)
        else:
            drop_database(server_url, name)

    failed = sum(sum(area.failures.values()) for area in areas)
    total = Area("total")
    for area in areas:
        total.tried += area.tried
        total.failures.update(area.failures)
    caches = "the database cache" + (" and a Redis cache" if args.redis else "")
    print(
        f"\n== summary: {code_version()}; {engine}, gunicorn with {args.workers} workers, DEBUG=0, {caches} ==",
        flush=True,
    )
    for area in areas:
        print(f"  {area.line()}", flush=True)
    print(f"  {total.line()}", flush=True)
    print(f"  wall time {time.monotonic() - began:,.0f} s", flush=True)
    for server in servers:
        if failed and Path(server.log_path).exists():
            print(f"  gunicorn log kept: {server.log_path}", flush=True)
        else:
            Path(server.log_path).unlink(missing_ok=True)
    if failed:
        print(f"\n{failed:,} failures: FAILED", flush=True)
        sys.exit(1)
    print("\nNo failures.", flush=True)


if __name__ == "__main__":
    main()
