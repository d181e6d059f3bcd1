"""Serving in production: the health check, the replica router, JSON logs, gunicorn's settings, check --deploy."""

import json
import logging
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.core.management import call_command
from django.db import OperationalError, connections
from django.db.migrations.recorder import MigrationRecorder
from django.test import RequestFactory

from claims.api.auth import PartnerKeyThrottle
from claims.api.throttle import SLICES
from claims.models import Actor, AttributionHop, Claim, FeedEntry, PartnerKey, RequestCount, Source
from provenance.logs import JSONFormatter
from provenance.routers import PRIMARY, PartnerReadsOnReplica, ReplicaRouter, partner_read

ROOT = Path(__file__).resolve().parent.parent


def production_env(**extra) -> dict:
    """Return the environment of a production server as docs/deployment.md sets it up (outside the test run)."""
    kept = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_")) and k != "DEBUG"}
    return kept | {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "tracker.example.org",
        "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
        "NUM_PROXIES": "1",
        "SECURE_SSL_REDIRECT": "1",
        "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
        "SECURE_HSTS_PRELOAD": "1",
        **extra,
    }


# Health check -------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_health_check_answers_ok_without_login_or_caching(client, django_assert_num_queries):
    # SELECT 1; the migration table's existence; the applied migrations. The test cache is in memory.
    with django_assert_num_queries(3):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response.headers["Cache-Control"]
    assert "ETag" not in response.headers and "Set-Cookie" not in response.headers


@pytest.mark.django_db
def test_health_check_names_unapplied_migrations(client):
    # As after an upgrade whose code brings a migration that has not been run yet.
    MigrationRecorder.Migration.objects.filter(app="claims", name="0002_review_workflow_and_history").delete()
    response = client.get("/healthz")
    assert response.status_code == 503
    (problem,) = response.json()["problems"]
    assert problem.startswith("migrations: 1 not applied (claims.0002_review_workflow_and_history)")
    assert problem.endswith("run manage.py migrate")


@pytest.mark.django_db
def test_health_check_says_when_the_database_does_not_answer(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connections["default"], "cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "problems": ["database default: not answering"]}
    assert "connection refused" not in response.content.decode()  # details go to the log, not the world


@pytest.mark.django_db
def test_health_check_says_when_the_cache_table_is_missing(client, settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "nowhere"}
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["problems"] == [
        "cache: not answering (manage.py migrate creates its table; or check REDIS_URL)"
    ]


@pytest.mark.django_db
def test_health_check_answers_over_plain_http_when_https_is_enforced(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/admin/").status_code == 301


def test_health_check_refuses_writes(client):
    assert client.post("/healthz").status_code == 405


# The shared cache ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_partner_throttle_counts_in_the_database_every_worker_shares(api, api_key, settings, monkeypatch):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "django_cache"}
    }
    monkeypatch.setattr(PartnerKeyThrottle, "THROTTLE_RATES", {"partner": "2/minute"})
    call_command("migrate", verbosity=0)  # as docs/deployment.md has it run: it creates the cache's table
    responses = [api.get("/api/v1/conflicts/") for _ in range(3)]
    assert [response.status_code for response in responses] == [200, 200, 429]
    # The seconds until the oldest counted request leaves the window: at most the minute and one slice of it.
    assert 0 < int(responses[2]["Retry-After"]) <= 60 + 60 / SLICES
    # The database cache cannot increment atomically: every worker counts in the same table, atomically.
    prefix = api_key.partition(".")[0]
    counted = RequestCount.objects.filter(key=f"throttle_partner_key:{prefix}")
    assert sum(counted.values_list("count", flat=True)) == 2


# Read replica -------------------------------------------------------------------------------------------


@pytest.fixture
def router():
    return ReplicaRouter(replica="replica")


def test_without_a_replica_the_router_leaves_every_choice_to_django():
    router = ReplicaRouter()  # the suite has no DATABASE_REPLICA_URL
    token = partner_read.set(True)
    try:
        assert router.db_for_read(Claim) is None
        assert router.db_for_write(Claim) is None
        assert router.allow_migrate("default", "claims") is None
    finally:
        partner_read.reset(token)


def test_outside_a_partner_read_everything_reads_from_the_primary(router):
    for model in (Claim, Source, PartnerKey, User):
        assert router.db_for_read(model) is None  # Django's default: the primary


def test_a_partner_read_sends_the_published_record_to_the_replica_and_keys_to_the_primary(router):
    token = partner_read.set(True)
    try:
        for model in (Claim, Source, Actor, AttributionHop, FeedEntry, Claim.sides.through):
            assert router.db_for_read(model) == "replica", model
        # A revoked key must stop working at once; sessions, users and the throttle's cache must be exact.
        for model in (PartnerKey, User, Session):
            assert router.db_for_read(model) == PRIMARY, model
        assert router.db_for_write(Claim) == PRIMARY
    finally:
        partner_read.reset(token)


def test_writes_go_to_the_primary_even_for_an_object_read_from_the_replica(router):
    claim = Claim()
    claim._state.db = "replica"
    assert router.db_for_write(Claim, instance=claim) == PRIMARY
    fresh = Claim()
    fresh._state.db = "default"
    assert router.allow_relation(claim, fresh) is True
    assert router.allow_migrate("replica", "claims") is False
    assert router.allow_migrate("default", "claims") is None


@pytest.mark.parametrize(
    ("method", "path", "on_replica"),
    [
        ("GET", "/api/v1/claims/", True),
        ("HEAD", "/api/v1/changes/", True),
        ("POST", "/api/v1/claims/", False),
        ("GET", "/admin/claims/claim/", False),
        ("GET", "/healthz", False),
    ],
)
def test_only_safe_partner_api_requests_are_marked_for_the_replica(method, path, on_replica):
    seen = []
    middleware = PartnerReadsOnReplica(lambda request: seen.append(partner_read.get()))
    middleware(RequestFactory().generic(method, path))
    assert seen == [on_replica]
    assert partner_read.get() is False  # and unmarked afterwards


def test_the_replica_is_configured_from_the_environment_with_router_and_middleware():
    script = (
        "import provenance.settings as s;"
        "print(s.DATABASES['replica']['HOST'], s.DATABASES['replica']['TEST'], s.DATABASE_ROUTERS,"
        " 'provenance.routers.PartnerReadsOnReplica' in s.MIDDLEWARE)"
    )
    env = production_env(
        DATABASE_URL="postgres://app@primary.internal:5432/provenance",
        DATABASE_REPLICA_URL="postgres://app@replica.internal:5432/provenance",
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(" ", 1) == [
        "replica.internal",
        "{'MIRROR': 'default'} ['provenance.routers.ReplicaRouter'] True\n",
    ]


# Logs ---------------------------------------------------------------------------------------------------


def test_log_records_are_one_json_object_a_line_with_their_extra_fields():
    record = logging.LogRecord("provenance", logging.WARNING, __file__, 1, "%s claims", (3,), None)
    record.status_code = 503
    try:
        raise ValueError("boom")
    except ValueError:
        record.exc_info = sys.exc_info()
    line = JSONFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "WARNING" and entry["logger"] == "provenance" and entry["message"] == "3 claims"
    assert entry["status_code"] == 503
    assert entry["exception"].endswith("ValueError: boom")
    assert entry["time"].endswith("+00:00")


def test_django_logs_json_lines_to_stdout_at_the_level_from_the_environment():
    script = (
        "import django, logging; django.setup();"
        "logging.getLogger('django.request').warning('Not Found: %s', '/x', extra={'status_code': 404});"
        "logging.getLogger('claims').info('hidden at WARNING')"
    )
    env = production_env(DJANGO_SETTINGS_MODULE="provenance.settings", LOG_LEVEL="warning")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert json.loads(line) | {"time": None} == {
        "time": None,
        "level": "WARNING",
        "logger": "django.request",
        "message": "Not Found: /x",
        "status_code": 404,
    }


# gunicorn -----------------------------------------------------------------------------------------------


def gunicorn_config(**env) -> dict[str, str]:
    """Return the settings `gunicorn -c gunicorn.conf.py` resolves, as --print-config prints them."""
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--print-config"],
        cwd=ROOT,
        env=production_env(**env),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return {
        name.strip(): value.strip()
        for name, _, value in (line.partition("=") for line in result.stdout.splitlines())
    }


def test_gunicorn_runs_two_workers_a_core_plus_one_unless_web_concurrency_says():
    cores = len(os.sched_getaffinity(0))
    config = gunicorn_config()
    assert config["workers"] == str(2 * cores + 1)
    assert config["bind"] == "['127.0.0.1:8000']"
    assert config["wsgi_app"] == "provenance.wsgi:application"
    config = gunicorn_config(WEB_CONCURRENCY="3", GUNICORN_BIND="0.0.0.0:9000")
    assert config["workers"] == "3" and config["bind"] == "['0.0.0.0:9000']"


def test_gunicorn_logs_each_request_as_a_json_line_on_stdout():
    script = """
import datetime as dt, runpy
from types import SimpleNamespace
from gunicorn.config import Config
settings = runpy.run_path("gunicorn.conf.py")
config = Config()
for name, value in settings.items():
    if name in config.settings:
        config.set(name, value)
logger = config.logger_class(config)
environ = {"REQUEST_METHOD": "GET", "RAW_URI": "/api/v1/claims/?page_size=5", "PATH_INFO": "/api/v1/claims/",
           "QUERY_STRING": "page_size=5", "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "127.0.0.1",
           "HTTP_X_FORWARDED_FOR": "203.0.113.7", "HTTP_USER_AGENT": 'curl/8 "quoted"'}
logger.access(SimpleNamespace(status="200 OK", sent=512, headers=[]), SimpleNamespace(headers=[]), environ,
              dt.timedelta(milliseconds=12.5))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=production_env(), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    entry = json.loads(result.stdout.splitlines()[-1])
    assert entry | {"time": None} == {
        "time": None,
        "level": "INFO",
        "logger": "gunicorn.access",
        "message": "GET /api/v1/claims/ 200",
        "remote_addr": "127.0.0.1",
        "forwarded_for": "203.0.113.7",
        "method": "GET",
        "path": "/api/v1/claims/",
        "query": "page_size=5",
        "status": 200,
        "bytes": 512,
        "duration_ms": 12.5,
        "user_agent": 'curl/8 "quoted"',
        "referer": "-",
    }


# Production checks --------------------------------------------------------------------------------------


def test_check_deploy_reports_nothing_with_the_documented_production_environment(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        cwd=ROOT,
        env=production_env(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}"),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "System check identified no issues (0 silenced)."
    assert result.stderr == ""


def test_collectstatic_writes_hashed_compressed_files_for_whitenoise(tmp_path):
    env = production_env(
        STATIC_ROOT=str(tmp_path / "static"), DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
    hashed = manifest["paths"]["admin/css/base.css"]
    assert hashed != "admin/css/base.css"
    assert (tmp_path / "static" / (hashed + ".gz")).exists()


@pytest.mark.django_db(transaction=True)
def test_migrate_creates_the_database_caches_table(settings):
    from django.db import connection

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cache_from_migrate",
        }
    }
    assert "cache_from_migrate" not in connection.introspection.table_names()
    try:
        call_command("migrate", verbosity=0)  # nothing to apply: the table comes with it all the same
        assert "cache_from_migrate" in connection.introspection.table_names()
        caches["default"].set("throttle", 1)
        assert caches["default"].get("throttle") == 1
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE IF EXISTS cache_from_migrate")


def test_webhooks_name_the_public_address_unless_given_another():
    script = (
        "import django; django.setup(); from django.conf import settings; print(settings.WEBHOOK_BASE_URL)"
    )

    def run(**env) -> str:
        environment = production_env(DJANGO_SETTINGS_MODULE="provenance.settings", **env)
        done = subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True
        )
        return done.stdout.strip()

    assert run(PUBLIC_BASE_URL="https://tracker.example.org/") == "https://tracker.example.org"
    assert run(PUBLIC_BASE_URL="https://a.example.org/", WEBHOOK_BASE_URL="https://b.example.org") == (
        "https://b.example.org"
    )
