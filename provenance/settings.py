"""Settings for the casualty-figure provenance tracker.

Every knob comes from an environment variable; the defaults give a local SQLite installation. docs/deployment.md
lists them all, with the values a production server needs.
"""

import datetime as dt
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, got “{value}”.") from None


def env_day(name: str, default: str) -> dt.date:
    value = os.environ.get(name) or default
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a day written YYYY-MM-DD, got “{value}”.") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def env_numbers(name: str, defaults: dict[str, int]) -> dict[str, int]:
    """Return the defaults with the `key=number` pairs the variable sets, comma-separated, over them."""
    numbers = dict(defaults)
    for item in env_list(name):
        key, _, value = item.partition("=")
        if key.strip() not in defaults or not value.strip().isdigit():
            raise ImproperlyConfigured(
                f"{name} takes key=number pairs for {', '.join(defaults)}, got “{item}”."
            ) from None
        numbers[key.strip()] = int(value)
    return numbers


DEBUG = env_bool("DEBUG", default=False)
# pytest sets PYTEST_VERSION for the length of a run (documented for this purpose): the suite then gets a
# per-process cache and plain static files, which need no cache table and no collectstatic.
TESTING = "PYTEST_VERSION" in os.environ

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY in the environment (or DEBUG=1 for local development).")
    SECRET_KEY = "insecure-local-development-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
# Only needed when the admin is reached under another origin than its own host name (scheme://host).
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "simple_history",
    "rest_framework",
    "rest_framework_api_key",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # A NUL byte in a path or parameter is a 400 before any view puts it in a query.
    "provenance.security.RefuseNulBytes",
    # An admin search of more than SEARCH_MAX_CHARS characters is a 400 (SQLite refuses long LIKE patterns).
    "provenance.security.RefuseOverlongAdminSearch",
    # Static files straight from gunicorn, before sessions or the database are touched.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "csp.middleware.CSPMiddleware",
    # ETag on every GET response, and 304 Not Modified when the client already has it (keeping the deprecation
    # headers). Outside CommonMiddleware, which measures the full answer's Content-Length before the 304 replaces
    # it, and not the 304's (which would say 0).
    "provenance.conditional.ConditionalGetMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records who made each admin change in the history tables.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Turns a locked-out login into the lockout page; django-axes wants it last.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "provenance.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "provenance.wsgi.application"


def database_from_env(url: str) -> dj_database_url.DBConfig:
    """Return a database configured from `url`, reusing connections for CONN_MAX_AGE seconds."""
    config = dj_database_url.parse(
        url,
        conn_max_age=env_int("CONN_MAX_AGE", 60 if url.startswith(("postgres", "pgsql")) else 0),
        # A reused connection is checked before each request, so a restarted database costs no 500s.
        conn_health_checks=env_bool("CONN_HEALTH_CHECKS", True),
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets readers work while one editor writes; IMMEDIATE takes the write lock when a
        # transaction starts, so two concurrent writers queue on busy_timeout instead of failing
        # with "database is locked" when a read lock is upgraded mid-transaction.
        config["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    return config


DATABASES = {"default": database_from_env(env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if replica_url := env_str("DATABASE_REPLICA_URL"):
    # A streaming replica of the primary. Only the partner API's reads go there (provenance/routers.py); in a
    # test run it is the primary's test database under another name.
    DATABASES["replica"] = database_from_env(replica_url) | {"TEST": {"MIRROR": "default"}}
    DATABASE_ROUTERS = ["provenance.routers.ReplicaRouter"]
    MIDDLEWARE.insert(
        MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1,
        "provenance.routers.PartnerReadsOnReplica",
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # Refuses a login while its username and address are locked out, before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
# ISO 8601 dates in every page and form (provenance/formats).
FORMAT_MODULE_PATH = ["provenance.formats"]
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STORAGES: dict[str, dict] = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # In production, collectstatic writes hashed, compressed copies that whitenoise serves with far-future
    # cache headers. Development and tests use the files where they are, without collectstatic.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or TESTING
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = WHITENOISE_AUTOREFRESH = DEBUG or TESTING

# Where captures' bytes are kept (docs/capturing.md): in the database by default (and so in its backups); with
# CAPTURE_STORAGE_DIRECTORY, files in that directory; with CAPTURE_STORAGE_BACKEND, any Django storage (an
# S3-compatible store: "storages.backends.s3.S3Storage", with django-storages installed and its AWS_* settings).
CAPTURE_STORAGE_DIRECTORY = env_str("CAPTURE_STORAGE_DIRECTORY")
CAPTURE_STORAGE_BACKEND = env_str("CAPTURE_STORAGE_BACKEND")
if CAPTURE_STORAGE_BACKEND:
    STORAGES["captures"] = {"BACKEND": CAPTURE_STORAGE_BACKEND}
elif CAPTURE_STORAGE_DIRECTORY:
    STORAGES["captures"] = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": CAPTURE_STORAGE_DIRECTORY, "base_url": None},
    }
# django-storages' S3 settings, read only when its backend is chosen.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL") or None
AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME") or None
AWS_DEFAULT_ACL = None  # private objects: captures are served only through the admin

# Behind a reverse proxy (docs/deployment.md) ----------------------------------------------------------------

# The header the proxy sets to the scheme the browser used, e.g. X-Forwarded-Proto; the proxy must overwrite
# any value a client sends. Without it, Django cannot tell an HTTPS request from the proxy's plain HTTP.
if proxy_ssl_header := env_str("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + proxy_ssl_header.upper().replace("-", "_"), "https")
# How many proxies append to X-Forwarded-For: the client's address is that many entries from the right.
# 0 means clients connect directly and REMOTE_ADDR is theirs.
NUM_PROXIES = env_int("NUM_PROXIES", 0)

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
# The health check answers over plain HTTP too: load balancers and monitors probe the app server directly.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)

# Cookies: never readable by scripts; sent over HTTPS only, except in local development over plain HTTP.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("COOKIES_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = "Lax"

# Content security policy: scripts, styles, images and fonts from this site only, no plugins, no framing. An inline
# <script> or <style> block runs only with the page's nonce (`nonce="{{ request.csp_nonce }}"`, as in our
# templates); inline event handlers never do. Style attributes are allowed: django-simple-history's and DRF's
# templates use a few, they cannot run code, and what CSS could fetch is held to this site by img-src and
# font-src. Our own templates use none (tests/test_security.py). Swagger UI draws icons from data: URIs.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# The public pages' embeddable charts (claims/public.py) ------------------------------------------------------

# Which sites may show an embed page (/conflicts/<slug>/embed/ and an incident's) in an <iframe>: its CSP
# frame-ancestors, as a comma-separated list. "*", the default, is any web page: a newsroom's article anywhere. Set
# e.g. "https://*.example-news.org" to allow only known partners. Every other page refuses to be framed.
EMBED_FRAME_ANCESTORS = env_list("EMBED_FRAME_ANCESTORS", "*")

# The map of incidents ----------------------------------------------------------------------------------------

# A tile server's URL template for the admin's map of incidents, e.g. https://tile.example.org/{z}/{x}/{y}.png
# (Leaflet's placeholders). Empty, the default: no tiles, the points on a plain background, and no request leaves
# the admin for a map. When set, the map page alone may load images from that server (its img-src).
MAP_TILES_URL = env_str("MAP_TILES_URL")

# Brute force on the admin login ------------------------------------------------------------------------------

# After AXES_FAILURE_LIMIT wrong passwords for one username from one address, that pair is refused for
# AXES_COOLOFF_MINUTES. Attempts are kept in the database, which every worker shares; staff can see them and
# unlock early in the admin (Axes → Access attempts) or with `manage.py axes_reset_username NAME`.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_CLIENT_IP_CALLABLE = "provenance.security.client_ip"
AXES_LOCKOUT_CALLABLE = "provenance.security.lockout_response"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "claims.api.auth.ApiKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["claims.api.auth.IsPartnerOrStaff"],
    "DEFAULT_THROTTLE_CLASSES": ["claims.api.auth.PartnerKeyThrottle"],
    "DEFAULT_THROTTLE_RATES": {"partner": env_str("API_THROTTLE_RATE", "120/minute")},
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_PARSER_CLASSES": ["claims.api.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_VERSIONING_CLASS": None,
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "NUM_PROXIES": NUM_PROXIES or None,
}

# Sizes ---------------------------------------------------------------------------------------------------------

# A source's text snapshot is refused above this many characters (Source.clean, with the size in the message).
SOURCE_TEXT_MAX_CHARS = env_int("SOURCE_TEXT_MAX_CHARS", 2_000_000)
# A source text longer than this is read for figures by the task worker, not in the editor's request (reading takes
# about 1.4 s per 100,000 characters); its extraction page lists EXTRACT_PAGE_SIZE figures at a time.
EXTRACT_INLINE_MAX_CHARS = env_int("EXTRACT_INLINE_MAX_CHARS", 50_000)
EXTRACT_PAGE_SIZE = env_int("EXTRACT_PAGE_SIZE", 200)
# The longest text an admin search box or autocomplete accepts (a 400 beyond it).
SEARCH_MAX_CHARS = 1_000
# The largest figure a claim may state, per metric: above it a figure is refused as implausible (a typo, a
# number pasted twice), with a message naming the limit. No war has killed 100 million people; UNHCR counted
# 123 million displaced worldwide in 2024. PLAUSIBILITY_LIMITS=killed=20000000,displaced=300000000 raises them.
PLAUSIBILITY_LIMITS = env_numbers(
    "PLAUSIBILITY_LIMITS",
    {
        "killed": 10_000_000,
        "wounded": 20_000_000,
        "casualties": 30_000_000,
        "missing": 5_000_000,
        "captured": 5_000_000,
        "displaced": 200_000_000,
    },
)

# Files imported through the admin travel back in the confirm form; bigger ones go through manage.py.
ADMIN_IMPORT_MAX_BYTES = env_int("ADMIN_IMPORT_MAX_BYTES", 5 * 1024 * 1024)
# Django refuses request bodies above this with 413 (provenance/security.py says why). The default fits a
# source form whose text is at the limit in Cyrillic, Armenian or Arabic script (2 bytes a character in UTF-8,
# three characters each once a browser form-encodes them), and the admin import's confirm form
# (the file, base64-encoded).
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int(
    "DATA_UPLOAD_MAX_MEMORY_SIZE",
    max(8 * 1024 * 1024, 6 * SOURCE_TEXT_MAX_CHARS + 1024 * 1024, 2 * ADMIN_IMPORT_MAX_BYTES),
)
# Django refuses a form of more fields than this (a 400): the extraction worksheet posts seven a figure, and a
# page of EXTRACT_PAGE_SIZE figures stays within it.
DATA_UPLOAD_MAX_NUMBER_FIELDS = env_int(
    "DATA_UPLOAD_MAX_NUMBER_FIELDS", max(1000, 7 * EXTRACT_PAGE_SIZE + 100)
)
# Uploaded files above this are spooled to a temporary file instead of memory (Django's default).
FILE_UPLOAD_MAX_MEMORY_SIZE = env_int("FILE_UPLOAD_MAX_MEMORY_SIZE", 2_621_440)

# Background work: captures run as tasks of Django's task framework (the django-tasks backport; with Django 6 an
# import change), stored in the database and run by `manage.py db_worker`, which `make run` starts beside the server.
# The test suite runs them at once in the request (ImmediateBackend), and one test runs them with the worker.
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

# Capturing sources (docs/capturing.md). Private, loopback and link-local addresses are refused unless this is set
# (tests, intranets): a capture must not become a way to read the server's own network.
CAPTURE_ALLOW_PRIVATE_ADDRESSES = env_bool("CAPTURE_ALLOW_PRIVATE_ADDRESSES")
CAPTURE_MAX_BYTES = env_int("CAPTURE_MAX_BYTES", 20 * 1024 * 1024)
CAPTURE_TIMEOUT_SECONDS = env_int("CAPTURE_TIMEOUT_SECONDS", 20)
CAPTURE_MAX_REDIRECTS = env_int("CAPTURE_MAX_REDIRECTS", 10)
# A PDF's text is read in a process of its own within these limits (a few kilobytes may unpack to gigabytes).
CAPTURE_PDF_MEMORY_MB = env_int("CAPTURE_PDF_MEMORY_MB", 1024)
CAPTURE_PDF_SECONDS = env_int("CAPTURE_PDF_SECONDS", 60)
# A capture request queued or running for longer is taken for lost (no worker, or one that died) and failed.
CAPTURE_REQUEST_STALE_MINUTES = env_int("CAPTURE_REQUEST_STALE_MINUTES", 60)
CAPTURE_USER_AGENT = env_str(
    "CAPTURE_USER_AGENT",
    "CasualtyProvenanceTracker/1.0 (+capture of a cited source for fact-checking; one request per page)",
)

# Webhooks (docs/api.md, "Webhooks"): partners' addresses are POSTed to by the task worker. Private, loopback and
# link-local addresses are refused unless this is set (tests, intranets), as captures refuse them.
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = env_bool("WEBHOOK_ALLOW_PRIVATE_ADDRESSES")
WEBHOOK_TIMEOUT_SECONDS = env_int("WEBHOOK_TIMEOUT_SECONDS", 5)
# Seconds to wait before each retry of a failed delivery: 1 min, 5 min, 30 min, 2 h, 5 h; then it is failed.
WEBHOOK_RETRY_DELAYS = [int(s) for s in env_list("WEBHOOK_RETRY_DELAYS", "60,300,1800,7200,18000")]
# The site's address as partners reach it ("https://tracker.example.org"): the claims' `url`s in a webhook's body
# start with it. Without it they are paths ("/api/v1/claims/1/").
# The same address as PUBLIC_BASE_URL (below) unless set apart: one setting for where partners reach the site.
WEBHOOK_BASE_URL = env_str("WEBHOOK_BASE_URL", env_str("PUBLIC_BASE_URL")).rstrip("/")
# How long a rotated secret still signs deliveries beside the new one.
WEBHOOK_PREVIOUS_SECRET_HOURS = env_int("WEBHOOK_PREVIOUS_SECRET_HOURS", 24)

API_PAGE_SIZE = env_int("API_PAGE_SIZE", 100)
API_MAX_PAGE_SIZE = env_int("API_MAX_PAGE_SIZE", 1000)
# /api/v1/quantities/, the old name of /api/v1/estimates/: deprecated since, and removed after (YYYY-MM-DD). Its
# answers say so in Deprecation and Sunset headers (docs/api.md, "Versioning").
API_QUANTITIES_DEPRECATED_ON = env_day("API_QUANTITIES_DEPRECATED_ON", "2026-12-03")
API_QUANTITIES_SUNSET_ON = env_day("API_QUANTITIES_SUNSET_ON", "2027-06-30")
# Named as the reviewer in schema.org ClaimReview exports.
ORGANISATION_NAME = env_str("ORGANISATION_NAME", "Casualty-figure provenance tracker")

SPECTACULAR_SETTINGS = {
    "TITLE": "Casualty-figure provenance tracker: partner API",
    "DESCRIPTION": "Published casualty claims with their attribution chains, and a change feed to keep in sync. "
    "Authenticate with `Authorization: Api-Key <key>`.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "claims.api.schema.add_error_responses",
    ],
}


def cache_from_env() -> dict:
    """Return the default cache: one that every gunicorn worker shares, since throttle counters live there."""
    if backend := env_str("CACHE_BACKEND"):  # an explicit choice wins
        return {"BACKEND": backend, "LOCATION": env_str("CACHE_LOCATION", "provenance")}
    if redis_url := env_str("REDIS_URL"):  # pip install -e '.[redis]'
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}
    if DEBUG or TESTING:
        # One process: its own memory is shared enough, and needs no table.
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "provenance"}
    # `migrate` creates the table (claims.apps.create_cache_tables runs createcachetable after it).
    return {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "django_cache"}


CACHES = {"default": cache_from_env()}

# History is kept for the record; going back is a new edit or a retraction, never a silent revert.
SIMPLE_HISTORY_REVERT_DISABLED = True
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

# One JSON object a line on stdout (provenance/logs.py); LOG_FORMAT=text for people reading a terminal.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "provenance.logs.JSONFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": env_str("LOG_FORMAT", "json"),
        }
    },
    "root": {"handlers": ["stdout"], "level": env_str("LOG_LEVEL", "INFO").upper()},
    "loggers": {
        # Django's own console handler would print its records a second time, as plain text, under DEBUG.
        "django": {"handlers": ["stdout"], "level": env_str("LOG_LEVEL", "INFO").upper(), "propagate": False},
        # Its banner would open the output of every manage.py command.
        "axes.apps": {"level": "WARNING"},
    },
}

# Releases (docs/api.md, "Releases") ---------------------------------------------------------------------------

# The address partners reach the API at, e.g. https://provenance.example.org/: a release writes its records' URLs
# with it. Empty: the address of the admin page the reviewer cut the release from.
PUBLIC_BASE_URL = env_str("PUBLIC_BASE_URL")
# Records a cut renders at a time: a few queries each, and the batch alone in memory.
RELEASE_BATCH_SIZE = env_int("RELEASE_BATCH_SIZE", 1000)
