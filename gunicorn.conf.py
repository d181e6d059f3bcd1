"""gunicorn settings: `gunicorn -c gunicorn.conf.py`, every value from the environment (docs/deployment.md).

Flags given on the command line (--bind, --workers) override what is set here.
"""

import os

from gunicorn import glogging

wsgi_app = "provenance.wsgi:application"

bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")]
# Sync workers, each serving one request at a time: two per core, plus one to cover a worker waiting on the
# database. WEB_CONCURRENCY (the convention Heroku and others use) sets the number outright.
cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * cores + 1)
# A request still running after this many seconds is killed, its worker replaced: the partner API's pages
# and the admin answer in well under a second; big imports belong to manage.py import_claims.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
# Recycle each worker after about this many requests, so that a slow leak cannot grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# nginx on the same host (docs/deployment.md) is trusted to set X-Forwarded-*.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO").upper()
loglevel = LOG_LEVEL.lower()


class JSONAccessLogger(glogging.Logger):
    """Log each request as one JSON line with its fields, instead of Apache's combined format."""

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        atoms = self.atoms(resp, req, environ, request_time)
        fields = {
            "remote_addr": atoms["h"],
            "forwarded_for": environ.get("HTTP_X_FORWARDED_FOR", ""),
            "method": atoms["m"],
            "path": atoms["U"],
            "query": atoms["q"],
            "status": int(atoms["s"]) if str(atoms["s"]).isdigit() else atoms["s"],
            "bytes": atoms["B"],
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "user_agent": atoms["a"],
            "referer": atoms["f"],
        }
        self.access_log.info("%s %s %s", atoms["m"], atoms["U"], atoms["s"], extra=fields)


logger_class = JSONAccessLogger
# gunicorn's own messages and the access log, one JSON object a line on stdout, as the app logs
# (provenance/logs.py; LOGGING in provenance/settings.py).
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "provenance.logs.JSONFormatter"}},
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"}
    },
    "root": {"level": LOG_LEVEL, "handlers": ["stdout"]},
    "loggers": {
        "gunicorn.error": {"level": LOG_LEVEL, "handlers": ["stdout"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["stdout"], "propagate": False},
    },
}

# gunicorn 25+ opens a control socket in the user's home by default; systemd manages this server instead.
control_socket_disable = True
