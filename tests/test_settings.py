import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def import_settings(**env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL"}}
    return subprocess.run(
        [sys.executable, "-c", "import provenance.settings as s; print(s.DATABASES['default']['ENGINE'])"],
        cwd=ROOT,
        env=clean | env,
        capture_output=True,
        text=True,
    )


def test_secret_key_is_required_when_debug_is_off():
    result = import_settings()
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


@pytest.mark.parametrize(
    ("env", "engine"),
    [
        ({"DEBUG": "1"}, "django.db.backends.sqlite3"),
        ({"SECRET_KEY": "x" * 50}, "django.db.backends.sqlite3"),
        (
            {"SECRET_KEY": "x" * 50, "DATABASE_URL": "postgres://u@db.example:5432/p"},
            "django.db.backends.postgresql",
        ),
    ],
)
def test_settings_come_from_the_environment(env, engine):
    result = import_settings(**env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == engine


def test_sqlite_uses_wal_and_immediate_transactions(tmp_path):
    script = (
        "import django; django.setup();"
        "from django.db import connection;"
        "cursor = connection.cursor(); cursor.execute('PRAGMA journal_mode');"
        "print(cursor.fetchone()[0], connection.settings_dict['OPTIONS']['transaction_mode'])"
    )
    clean = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=clean
        | {
            "DEBUG": "1",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
            "DJANGO_SETTINGS_MODULE": "provenance.settings",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["wal", "IMMEDIATE"]


def production_settings(expression: str, **env) -> str:
    """Return `expression` over the settings a server gets from `env` (outside a test run), printed."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL", "PYTEST_VERSION", "DJANGO_SETTINGS_MODULE"}
    }
    result = subprocess.run(
        [sys.executable, "-c", f"import provenance.settings as s; print({expression})"],
        cwd=ROOT,
        env=clean | {"SECRET_KEY": "x" * 50} | env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("env", "backend"),
    [
        ({}, "django.core.cache.backends.db.DatabaseCache"),
        ({"REDIS_URL": "redis://127.0.0.1:6379/0"}, "django.core.cache.backends.redis.RedisCache"),
        ({"DEBUG": "1"}, "django.core.cache.backends.locmem.LocMemCache"),
        (
            {"CACHE_BACKEND": "django.core.cache.backends.dummy.DummyCache"},
            "django.core.cache.backends.dummy.DummyCache",
        ),
    ],
)
def test_the_cache_is_one_every_worker_shares_unless_in_development(env, backend):
    assert production_settings("s.CACHES['default']['BACKEND']", **env) == backend


def test_the_test_run_keeps_its_cache_in_memory(settings):
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


@pytest.mark.parametrize(
    ("env", "storage"),
    [
        ({}, "whitenoise.storage.CompressedManifestStaticFilesStorage"),
        ({"DEBUG": "1"}, "django.contrib.staticfiles.storage.StaticFilesStorage"),
    ],
)
def test_static_files_are_hashed_and_compressed_in_production_only(env, storage):
    assert production_settings("s.STORAGES['staticfiles']['BACKEND']", **env) == storage


@pytest.mark.parametrize(("env", "secure"), [({}, "True True"), ({"DEBUG": "1"}, "False False")])
def test_cookies_are_sent_over_https_only_except_in_development(env, secure):
    assert production_settings("s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE", **env) == secure


def test_https_settings_come_from_the_environment():
    printed = production_settings(
        "s.SECURE_PROXY_SSL_HEADER, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.NUM_PROXIES",
        SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
        SECURE_SSL_REDIRECT="1",
        SECURE_HSTS_SECONDS="31536000",
        NUM_PROXIES="1",
    )
    assert printed == "('HTTP_X_FORWARDED_PROTO', 'https') True 31536000 1"


def test_postgresql_connections_are_reused_and_checked():
    printed = production_settings(
        "s.DATABASES['default']['CONN_MAX_AGE'], s.DATABASES['default']['CONN_HEALTH_CHECKS']",
        DATABASE_URL="postgres://app@db.example:5432/provenance",
    )
    assert printed == "60 True"
    printed = production_settings(
        "s.DATABASES['default']['CONN_MAX_AGE'], s.DATABASES['default']['CONN_HEALTH_CHECKS']",
        DATABASE_URL="postgres://app@db.example:5432/provenance",
        CONN_MAX_AGE="0",
        CONN_HEALTH_CHECKS="0",
    )
    assert printed == "0 False"


def test_a_malformed_number_in_the_environment_is_named():
    result = import_settings(SECRET_KEY="x" * 50, AXES_FAILURE_LIMIT="five")
    assert result.returncode != 0
    assert "AXES_FAILURE_LIMIT must be a whole number, got “five”." in result.stderr


@pytest.mark.parametrize(
    ("value", "killed", "refusal"),
    [
        ("", "10000000", None),
        ("killed=20000000", "20000000", None),
        (" killed = 500 , displaced=300000000", "500", None),
        ("eaten=5", None, "PLAUSIBILITY_LIMITS takes key=number pairs for killed, wounded"),
        ("killed=many", None, "got “killed=many”"),
    ],
)
def test_the_plausibility_limits_come_from_the_environment(value, killed, refusal):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL"}}
    result = subprocess.run(
        [sys.executable, "-c", "import provenance.settings as s; print(s.PLAUSIBILITY_LIMITS['killed'])"],
        cwd=ROOT,
        env=clean | {"DEBUG": "1", "PLAUSIBILITY_LIMITS": value},
        capture_output=True,
        text=True,
    )
    if refusal is None:
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == killed
    else:
        assert result.returncode != 0
        assert refusal in result.stderr
