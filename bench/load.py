"""Load-test the partner API under gunicorn on loopback: requests/s, p50/p90/p99/max latency and errors.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python bench/load.py --claims 20000 --duration 60 \\
        --concurrency 8 --workers 5
    DATABASE_URL=... python bench/load.py --workers 3,5 --concurrency 4,8,16   # every combination, then a summary
    DATABASE_URL=... python bench/load.py --quick                               # a 10-second smoke run

One command does it all:
1. migrates the database and seeds it through bench/seed.py (the import path) unless it already holds exactly
   the seeded claims asked for (--reset empties it and seeds again, whatever it holds);
2. issues a key to each of --partners partners with `manage.py create_api_key` (each key has its own
   throttle counter, as separate partners do; the virtual partners below take them in turn);
3. starts gunicorn (-c gunicorn.conf.py when there is one; --workers and a free loopback port are always given
   as flags, which override it) with production settings: DEBUG off, a throwaway SECRET_KEY,
   ALLOWED_HOSTS=127.0.0.1, no HTTPS redirect, and the partner throttle raised out of the way
   (API_THROTTLE_RATE, printed: otherwise the test measures the throttle); waits for /healthz (or, in an app
   without it, for /api/v1/);
4. drives closed-loop partner traffic from --concurrency threads, each with its own keep-alive connection
   (http.client; the server may still close it after each answer: the report counts connections), for
   --warmup then --duration seconds. The mix (--mix), by default:
     detail 50 %  GET /api/v1/claims/{id}/ of a random published claim;
     list   30 %  GET /api/v1/claims/?page_size=100, then its `next` cursors, for a walk of 1-10 pages;
     feed   20 %  GET /api/v1/changes/?after=0&page_size=100, then `next` until has_more is false, again;
5. prints per endpoint and overall: requests, requests/s, latency percentiles of the good answers in ms, errors
   by kind (any answer but 2xx/304, an unexpected body, or a connection error), and the CPU used by this
   generator, gunicorn, PostgreSQL's backends for this database (sampled twice a second: short-lived ones,
   as with CONN_MAX_AGE=0, fall into "everything else") and the rest of the machine, in all and per request;
   exits 1 if there was any error.

Other gunicorn settings go through its own variable, e.g.
    --server-env GUNICORN_CMD_ARGS='--worker-class gthread --threads 4'

gunicorn is stopped (SIGTERM, then SIGKILL after 30 s) at the end, on Ctrl-C, on SIGTERM and on errors. The
generator shares the machine with the server: its CPU is printed so that the figures can be read for what they
are. CPU figures come from Linux's /proc.
"""

import argparse
import http.client
import math
import os
import random
import resource
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
KEY_PARTNER = "Load test partner"  # numbered: one partner per key
# High enough never to answer 429; per second, so that the key's throttle history stays short (DRF keeps one
# timestamp per request in the window, as it does for the production rate of 120 a minute).
UNTHROTTLED = "1000000/second"
DEFAULT_MIX = "detail=50,list=30,feed=20"
LIST_WALK = (1, 10)  # pages a partner reads of the claim list before starting again from the first
ENDPOINTS = ("list (first page)", "list (next page)", "detail", "feed")
CORES = os.cpu_count() or 1


# --- Preparation ------------------------------------------------------------------------------------------


def run(command: list[str], env: dict, capture: bool = False) -> str:
    """Run a command in the project folder, failing loudly; return its standard output if captured."""
    done = subprocess.run(command, cwd=ROOT, env=env, text=True, capture_output=capture, check=False)
    if done.returncode:
        detail = f"\n{done.stdout}\n{done.stderr}" if capture else ""
        sys.exit(f"Failed ({done.returncode}): {' '.join(command)}{detail}")
    return done.stdout if capture else ""


def development_environment() -> dict:
    """Return the environment for manage.py and bench/seed.py: the bench database, development settings."""
    return {**os.environ, "DEBUG": "1"}


def production_environment(throttle: str, conn_max_age: str, extra: dict) -> dict:
    """Return the environment gunicorn runs with: production settings, plain HTTP on loopback."""
    return {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),  # throwaway; production settings refuse to start without one
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "SECURE_SSL_REDIRECT": "0",  # off by default (docs/deployment.md): loopback has no TLS
        "API_THROTTLE_RATE": throttle,
        "CONN_MAX_AGE": conn_max_age,
        **extra,
    }


def database_state() -> dict:
    """Return the engine, the seeded and total claim counts, the published ids and the feed length."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "provenance.settings")
    os.environ["DEBUG"] = "1"  # this process only reads; the server gets production settings
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection, connections

    from claims.models import Claim, FeedEntry

    state = {
        "engine": f"{connection.vendor} {'.'.join(map(str, connection.get_database_version()))}",
        "seeded": Claim.objects.filter(external_id__startswith="seed-").count(),
        "total": Claim.objects.count(),
        "published_ids": list(Claim.objects.published().values_list("pk", flat=True)),
        "changes": FeedEntry.objects.count(),
    }
    connections.close_all()
    return state


def prepare_database(claims: int, reset: bool, production_env: dict) -> dict:
    """Migrate, seed through bench/seed.py unless already seeded with `claims` claims; return its state."""
    env = development_environment()
    run([sys.executable, "manage.py", "migrate", "--no-input"], env, capture=True)
    # Production settings keep the throttle's counters in a database cache; a no-op for other caches.
    run([sys.executable, "manage.py", "createcachetable"], production_env, capture=True)
    state = database_state()
    other_size = state["seeded"] and state["seeded"] != claims
    if other_size and not reset:
        sys.exit(
            f"This database holds {state['seeded']:,} seeded claims, not {claims:,}: pass --claims "
            f"{state['seeded']}, or --reset to empty it and seed {claims:,}."
        )
    if reset and state["total"]:
        print(f"Emptying the database ({state['total']:,} claims) to seed {claims:,}", flush=True)
        run([sys.executable, "manage.py", "flush", "--no-input"], env, capture=True)
        state["seeded"] = 0
    if state["seeded"]:
        print(f"Reusing the {state['seeded']:,} seeded claims already in the database", flush=True)
    else:
        print(f"Seeding {claims:,} claims through bench/seed.py", flush=True)
        began = time.monotonic()
        run([sys.executable, "bench/seed.py", "--claims", str(claims)], env)
        print(f"Seeded in {time.monotonic() - began:,.0f} s", flush=True)
        state = database_state()
    if not state["published_ids"]:
        sys.exit("The database holds no published claim: there is nothing for partners to read.")
    return state


def issue_keys(count: int) -> list[str]:
    """Issue one key to each of `count` partners with create_api_key, run side by side; return the keys."""
    commands = [
        [sys.executable, "manage.py", "create_api_key", f"{KEY_PARTNER} {n + 1}"] for n in range(count)
    ]
    running = [
        subprocess.Popen(
            command,
            cwd=ROOT,
            env=development_environment(),
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for command in commands
    ]
    keys = []
    for command, process in zip(commands, running, strict=True):
        output, errors = process.communicate()
        if process.returncode:
            sys.exit(f"Failed ({process.returncode}): {' '.join(command)}\n{output}\n{errors}")
        keys.append(output.strip().splitlines()[-1])  # the key is printed alone on the last line
    return keys


# --- The server -------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe_socket:
        probe_socket.bind((HOST, 0))
        return probe_socket.getsockname()[1]


@dataclass
class Server:
    """gunicorn serving the project on a loopback port, as a child process of this script."""

    workers: int
    environment: dict
    port: int = 0
    process: subprocess.Popen | None = None
    log_path: str = ""

    def command(self) -> list[str]:
        command = [sys.executable, "-m", "gunicorn"]
        if (ROOT / "gunicorn.conf.py").exists():
            command += ["-c", "gunicorn.conf.py"]
        # Flags override the configuration file, so the script works with or without one.
        return [*command, "--bind", f"{HOST}:{self.port}", "--workers", str(self.workers), "provenance.wsgi"]

    def env(self) -> dict:
        return {**self.environment, "WEB_CONCURRENCY": str(self.workers)}

    def resolved_config(self) -> dict:
        """Return the settings gunicorn will run with (--print-config), for the report."""
        self.port = self.port or free_port()
        command = self.command()
        printed = run([*command[:-1], "--print-config", command[-1]], self.env(), capture=True)
        config = {}
        for line in printed.splitlines():
            name, _, value = line.partition("=")
            config[name.strip()] = value.strip()
        return config

    def start(self, health_key: str, timeout: float = 60) -> str:
        """Start gunicorn and wait until it is ready; return the path that said so."""
        self.port = free_port()
        with tempfile.NamedTemporaryFile(
            "w", prefix="bench-load-gunicorn-", suffix=".log", delete=False
        ) as log:
            self.log_path = log.name
            # Its own session: Ctrl-C reaches this script only, which then stops gunicorn gracefully.
            self.process = subprocess.Popen(
                self.command(),
                cwd=ROOT,
                env=self.env(),
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline, answer = time.monotonic() + timeout, "nothing"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}:\n{self.log_tail()}")
            status, answer = probe(self.port, "/healthz", {})
            if status == 200:
                return "/healthz"
            if status == 404:  # an app without the health check: a partner request must succeed instead
                status, answer = probe(self.port, "/api/v1/", {"Authorization": f"Api-Key {health_key}"})
                if status == 200:
                    return "/api/v1/"
            time.sleep(0.2)
        raise RuntimeError(
            f"gunicorn was not ready within {timeout:.0f} s (last answer: {answer}):\n{self.log_tail()}"
        )

    def stop(self) -> None:
        """Stop gunicorn gracefully (SIGTERM: workers finish their requests), killing it after 30 s."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def log_tail(self, lines: int = 12) -> str:
        try:
            return "".join(Path(self.log_path).read_text().splitlines(keepends=True)[-lines:])
        except OSError:
            return "(no log)"


def probe(port: int, path: str, headers: dict) -> tuple[int | None, str]:
    """Return the status of one GET and what it said; None when nothing listens yet."""
    connection = http.client.HTTPConnection(HOST, port, timeout=5)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, f"{response.status} {response.read()[:300]!r}"
    except (OSError, http.client.HTTPException) as exc:
        return None, type(exc).__name__
    finally:
        connection.close()


# --- CPU accounting ---------------------------------------------------------------------------------------

TICKS = os.sysconf("SC_CLK_TCK")


def processes() -> list[tuple[int, int, float, str]]:
    """Return (pid, parent pid, CPU seconds, command line) of every process, from /proc."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, IndexError):
            continue  # the process ended while we looked
        found.append((int(entry.name), int(stat[1]), (int(stat[11]) + int(stat[12])) / TICKS, command))
    return found


def machine_busy_seconds() -> float:
    """Return the CPU seconds the machine has spent busy since boot, all cores together."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:8]]
    return (sum(values) - values[3] - values[4]) / TICKS  # all but idle and iowait


def own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class CpuSampler(threading.Thread):
    """Sample the CPU time of gunicorn's processes and of this database's backends twice a second.

    Sampling, rather than reading at the start and the end, keeps the CPU of workers that gunicorn recycles
    (max_requests) and of database connections that close during the run.
    """

    def __init__(self, gunicorn_pid: int, database: str):
        super().__init__(daemon=True)
        self.gunicorn_pid, self.backend_title = gunicorn_pid, f" {database} "
        self.first: dict[int, float] = {}
        self.last: dict[int, tuple[str, float]] = {}
        self.done = threading.Event()
        self.sample(first=True)
        self.began, self.own, self.machine = time.monotonic(), own_cpu_seconds(), machine_busy_seconds()

    def sample(self, first: bool = False) -> None:
        for pid, parent, seconds, command in processes():
            if self.gunicorn_pid in (pid, parent):
                who = "gunicorn"
            elif command.startswith("postgres:") and self.backend_title in command:
                who = "database"  # PostgreSQL titles a backend "postgres: user database client state"
            else:
                continue
            if first:
                self.first[pid] = seconds
            self.last[pid] = (who, seconds)

    def run(self) -> None:
        while not self.done.wait(0.5):
            self.sample()

    def shares(self) -> dict[str, float]:
        """Stop sampling; return each one's CPU in cores (1.0 = one core busy all the time)."""
        self.done.set()
        self.sample()
        wall = time.monotonic() - self.began
        shares = {"generator": (own_cpu_seconds() - self.own) / wall, "gunicorn": 0.0, "database": 0.0}
        for pid, (who, seconds) in self.last.items():
            shares[who] += (seconds - self.first.get(pid, 0.0)) / wall
        shares["machine"] = (machine_busy_seconds() - self.machine) / wall
        shares["rest"] = max(
            0.0, shares["machine"] - shares["generator"] - shares["gunicorn"] - shares["database"]
        )
        return shares


def machine_load_now(seconds: float = 1.0) -> float:
    """Return how many cores the machine keeps busy over a short sample (before a run: the noise)."""
    before = machine_busy_seconds()
    time.sleep(seconds)
    return (machine_busy_seconds() - before) / seconds


# --- The load generator -----------------------------------------------------------------------------------


@dataclass
class Stats:
    """What one virtual partner saw, by endpoint: latencies of good answers, errors by kind."""

    latencies: dict = field(default_factory=lambda: defaultdict(list))
    errors: Counter = field(default_factory=Counter)
    warmup_errors: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)  # the first answer of each error kind, to diagnose it
    connections: int = 0


class Partner(threading.Thread):
    """One virtual partner: a keep-alive connection and a loop of requests in the configured mix."""

    def __init__(self, *, port, key, ids, mix, feed_page_size, measure_from, stop_at, seed, timeout):
        super().__init__(daemon=True)
        self.ids, self.feed_page_size = ids, feed_page_size
        self.kinds, self.weights = list(mix), list(mix.values())
        self.measure_from, self.stop_at = measure_from, stop_at
        self.rng = random.Random(seed)
        self.headers = {"Authorization": f"Api-Key {key}", "Accept": "application/json"}
        self.connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
        self.stats = Stats()
        self.list_next: str | None = None
        self.list_left = 0
        self.feed_next: str | None = None

    def run(self) -> None:
        try:
            while time.monotonic() < self.stop_at:
                self.one_request()
        finally:
            self.connection.close()

    def one_request(self) -> None:
        kind = self.rng.choices(self.kinds, self.weights)[0]
        if kind == "detail":
            endpoint, path = "detail", f"/api/v1/claims/{self.rng.choice(self.ids)}/"
        elif kind == "list":
            if self.list_next and self.list_left:
                endpoint, path = "list (next page)", self.list_next
            else:
                endpoint, path = "list (first page)", "/api/v1/claims/?page_size=100"
                self.list_left = self.rng.randint(*LIST_WALK)
            self.list_left -= 1
        else:
            endpoint = "feed"
            path = self.feed_next or f"/api/v1/changes/?after=0&page_size={self.feed_page_size}"
        connects = self.connection.sock is None  # http.client (re)connects on demand: count how often
        began = time.monotonic()
        status, body, error = self.get(path)
        ended = time.monotonic()
        measured = self.measure_from <= ended < self.stop_at
        self.stats.connections += connects and measured
        if error is None:
            error = self.follow(kind, body, path)
        if error is None:
            if measured:
                self.stats.latencies[endpoint].append(ended - began)
            return
        if ended < self.measure_from:
            self.stats.warmup_errors[(endpoint, error)] += 1
        elif measured:
            self.stats.errors[(endpoint, error)] += 1
        self.stats.examples.setdefault(error, f"GET {path} -> {status}: {body[:300]!r}")
        self.list_next = self.feed_next = None  # start the walks again after an error

    def get(self, path: str) -> tuple[int | None, bytes, str | None]:
        """Send one GET on the kept-alive connection; return status, body and an error kind or None."""
        try:
            self.connection.request("GET", path, headers=self.headers)
            response = self.connection.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException) as exc:
            self.connection.close()
            return None, b"", type(exc).__name__
        if 200 <= response.status < 300 or response.status == 304:
            return response.status, body, None
        return response.status, body, f"HTTP {response.status}"

    def follow(self, kind: str, body: bytes, path: str) -> str | None:
        """Check the answer and remember the next cursor of the walk; return an error kind or None."""
        try:
            data = orjson.loads(body)
        except orjson.JSONDecodeError:
            return "not JSON"
        if kind == "detail":
            return None if path == f"/api/v1/claims/{data.get('id')}/" else "wrong claim"
        if not isinstance(data.get("results"), list):
            return "no results"
        next_url = data.get("next")
        if kind == "list":
            self.list_next = local_path(next_url) if next_url else None
        else:
            # A partner that has caught up starts a new full pull: the feed keeps being read from its start.
            self.feed_next = local_path(next_url) if data.get("has_more") else None
        return None


def local_path(url: str) -> str:
    """Return the path and query of a `next` link (it names the host the request was sent to)."""
    parts = urllib.parse.urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


@dataclass
class Result:
    """One measured run: latencies and errors by endpoint, connections opened, CPU shares."""

    workers: int
    concurrency: int
    duration: float
    busy_before: float
    latencies: dict
    errors: Counter
    warmup_errors: Counter
    examples: dict
    connections: int
    cpu: dict

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values()) + sum(self.errors.values())

    @property
    def error_count(self) -> int:
        return sum(self.errors.values()) + sum(self.warmup_errors.values())

    def all_latencies(self) -> list[float]:
        return sorted(v for values in self.latencies.values() for v in values)


def drive(
    *, server: Server, keys, ids, mix, feed_page_size, concurrency, warmup, duration, timeout
) -> Result:
    """Run `concurrency` virtual partners for warmup + duration seconds; return what they measured."""
    busy_before = machine_load_now()
    now = time.monotonic()
    measure_from, stop_at = now + warmup, now + warmup + duration
    partners = [
        Partner(
            port=server.port,
            key=keys[n % len(keys)],
            ids=ids,
            mix=mix,
            feed_page_size=feed_page_size,
            measure_from=measure_from,
            stop_at=stop_at,
            seed=n,
            timeout=timeout,
        )
        for n in range(concurrency)
    ]
    for partner in partners:
        partner.start()
    time.sleep(max(0.0, measure_from - time.monotonic()))
    sampler = CpuSampler(
        server.process.pid, urllib.parse.urlsplit(os.environ["DATABASE_URL"]).path.strip("/")
    )
    sampler.start()
    time.sleep(max(0.0, stop_at - time.monotonic()))
    cpu = sampler.shares()
    for partner in partners:
        partner.join(timeout + 5)  # each finishes its request in flight, which is not counted
    latencies, errors, warmup_errors, examples = defaultdict(list), Counter(), Counter(), {}
    for partner in partners:
        for endpoint, values in partner.stats.latencies.items():
            latencies[endpoint].extend(values)
        errors.update(partner.stats.errors)
        warmup_errors.update(partner.stats.warmup_errors)
        for kind, example in partner.stats.examples.items():
            examples.setdefault(kind, example)
    return Result(
        workers=server.workers,
        concurrency=concurrency,
        duration=duration,
        busy_before=busy_before,
        latencies=latencies,
        errors=errors,
        warmup_errors=warmup_errors,
        examples=examples,
        connections=sum(p.stats.connections for p in partners),
        cpu=cpu,
    )


# --- Reporting --------------------------------------------------------------------------------------------


def percentile(ordered: list[float], fraction: float) -> float:
    """Return the nearest-rank percentile of sorted seconds, in milliseconds."""
    if not ordered:
        return math.nan
    return 1000 * ordered[min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))]


def table_row(label: str, latencies: list[float], errors: int, duration: float) -> str:
    ordered = sorted(latencies)
    count = len(ordered) + errors
    figures = " ".join(f"{percentile(ordered, p):>8,.1f}" for p in (0.5, 0.9, 0.99, 1.0))
    return f"  {label:<18} {count:>9,} {count / duration:>9,.1f} {figures} {errors:>7,}"


def cpu_lines(result: Result) -> str:
    cpu, rate = result.cpu, max(result.requests, 1) / result.duration
    return (
        f"  CPU, in cores of {CORES}: generator {cpu['generator']:.2f}, gunicorn {cpu['gunicorn']:.2f}, "
        f"PostgreSQL backends of this database {cpu['database']:.2f}, everything else {cpu['rest']:.2f}; "
        f"machine {cpu['machine'] / CORES:.0%} busy (before the run: {result.busy_before:.2f} cores)\n"
        # Less sensitive to what else runs on the machine than requests/s: the cost of one request.
        f"  CPU per request: gunicorn {1000 * cpu['gunicorn'] / rate:.1f} ms, PostgreSQL "
        f"{1000 * cpu['database'] / rate:.1f} ms, generator {1000 * cpu['generator'] / rate:.1f} ms"
    )


def report(result: Result) -> None:
    print(
        f"\n== workers {result.workers}, concurrency {result.concurrency}, {result.duration:g} s measured ==\n"
        f"  {'endpoint':<18} {'requests':>9} {'req/s':>9} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} "
        f"{'max ms':>8} {'errors':>7}"
    )
    errors_by_endpoint = Counter()
    for (endpoint, _), count in result.errors.items():
        errors_by_endpoint[endpoint] += count
    for endpoint in ENDPOINTS:
        if result.latencies.get(endpoint) or errors_by_endpoint[endpoint]:
            latencies = result.latencies.get(endpoint, [])
            print(table_row(endpoint, latencies, errors_by_endpoint[endpoint], result.duration))
    print(table_row("overall", result.all_latencies(), sum(result.errors.values()), result.duration))
    if result.connections >= result.requests:
        kept = "none kept alive: gunicorn's sync workers close the connection after each answer"
    else:
        kept = "the others were kept alive"
    print(f"  connections opened: {result.connections:,} for {result.requests:,} requests ({kept})")
    if result.errors or result.warmup_errors:
        print("  errors by kind:")
        for (endpoint, kind), count in sorted(result.errors.items()):
            print(f"    {endpoint}: {kind} x{count:,}")
        for (endpoint, kind), count in sorted(result.warmup_errors.items()):
            print(f"    {endpoint}: {kind} x{count:,} (during the warm-up)")
        for kind, example in result.examples.items():
            print(f"    e.g. {kind}: {example}")
    else:
        print("  errors: none")
    print(
        cpu_lines(result),
        flush=True,
    )


def summary(results: list[Result]) -> None:
    print(
        "\n== summary, all endpoints ==\n"
        f"  {'workers':>7} {'conc.':>5} {'req/s':>8} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8} "
        f"{'errors':>7} | CPU in cores: {'generator':>9} {'gunicorn':>8} {'database':>8} {'other':>6} "
        f"{'before':>6} | CPU ms a request: {'gunicorn':>8} {'database':>8}"
    )
    for r in results:
        rate = max(r.requests, 1) / r.duration
        ordered = r.all_latencies()
        figures = " ".join(f"{percentile(ordered, p):>8,.1f}" for p in (0.5, 0.9, 0.99, 1.0))
        print(
            f"  {r.workers:>7} {r.concurrency:>5} {rate:>8,.1f} {figures} {r.error_count:>7,} | "
            f"{'':>13} {r.cpu['generator']:>9.2f} {r.cpu['gunicorn']:>8.2f} {r.cpu['database']:>8.2f} "
            f"{r.cpu['rest']:>6.2f} {r.busy_before:>6.2f} | {'':>17} {1000 * r.cpu['gunicorn'] / rate:>8.1f} "
            f"{1000 * r.cpu['database'] / rate:>8.1f}"
        )


def code_version() -> str:
    """Return the commit the code was measured at, and whether the checkout had changes on top of it."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True
        ).stdout
        changed = [line[3:] for line in status.splitlines()]  # "XY path"
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    return f"commit {commit}" + (f" with uncommitted changes to {', '.join(changed)}" if changed else "")


def describe(args, state: dict, config: dict, extra_env: dict) -> str:
    """Return the configuration block of the report."""
    throttle = f"API_THROTTLE_RATE={args.throttle}"
    if args.throttle == UNTHROTTLED:
        throttle += " (raised so that the test measures the app, not the throttle)"
    server_env = [
        "DEBUG=0",
        "SECRET_KEY=<throwaway>",
        f"ALLOWED_HOSTS={HOST},localhost",
        "SECURE_SSL_REDIRECT=0",
        throttle,
        f"CONN_MAX_AGE={args.conn_max_age}",
        *(f"{name}={value}" for name, value in extra_env.items()),
    ]
    gunicorn = ", ".join(
        f"{name} {config.get(name, '?')}"
        for name in ("worker_class", "threads", "keepalive", "timeout", "max_requests")
    )
    mix = ", ".join(f"{name} {weight}" for name, weight in args.mix.items())
    conf = "-c gunicorn.conf.py" if (ROOT / "gunicorn.conf.py").exists() else "no gunicorn.conf.py"
    return "\n".join(
        [
            "\n== configuration ==",
            f"  code: {code_version()}",
            f"  database: {state['engine']}, {state['total']:,} claims ({state['seeded']:,} seeded, "
            f"{len(state['published_ids']):,} published), {state['changes']:,} feed entries",
            f"  machine: {CORES} cores, load average {' '.join(f'{v:.2f}' for v in os.getloadavg())}",
            f"  gunicorn: {conf}, workers {','.join(map(str, args.workers))}; {gunicorn}",
            f"  gunicorn environment: {', '.join(server_env)}",
            f"  load: {','.join(map(str, args.concurrency))} closed-loop threads (virtual partners), each with "
            f"a keep-alive connection, sharing {args.partners} partner keys; {args.warmup:g} s warm-up, then "
            f"{args.duration:g} s measured per run; "
            f"timeout {args.timeout:g} s",
            f"  mix: {mix} (list: page_size=100, walks of {LIST_WALK[0]}-{LIST_WALK[1]} pages from the first; "
            f"feed: page_size={args.feed_page_size}, from after=0 to the end, then again)",
        ]
    )


# --- Command line -----------------------------------------------------------------------------------------


def numbers(text: str) -> list[int]:
    try:
        values = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected whole numbers separated by commas, got {text!r}"
        ) from None
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError(f"expected numbers of at least 1, got {text!r}")
    return values


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {text!r}")
    return value


def traffic_mix(text: str) -> dict[str, int]:
    mix = {}
    for part in text.split(","):
        name, _, weight = part.partition("=")
        if name.strip() not in ("detail", "list", "feed") or not weight.strip().isdigit():
            raise argparse.ArgumentTypeError(f"expected e.g. {DEFAULT_MIX}, got {text!r}")
        mix[name.strip()] = int(weight)
    if not sum(mix.values()):
        raise argparse.ArgumentTypeError("at least one weight must be above 0")
    return mix


def server_variable(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=positive, default=20_000, help="claims to seed (default 20000)")
    parser.add_argument("--duration", type=float, default=60, help="seconds measured per run (default 60)")
    parser.add_argument(
        "--warmup", type=float, default=5, help="seconds of traffic before measuring (default 5)"
    )
    parser.add_argument("--concurrency", type=numbers, default=[8], help="virtual partners, e.g. 8 or 4,8,16")
    parser.add_argument(
        "--workers",
        type=numbers,
        default=[2 * CORES + 1],
        help=f"gunicorn workers, e.g. 3 or 3,5 (default 2 x cores + 1 = {2 * CORES + 1})",
    )
    parser.add_argument(
        "--partners", type=positive, default=8, help="partners, each with its own key (default 8)"
    )
    parser.add_argument("--mix", type=traffic_mix, default=traffic_mix(DEFAULT_MIX), help=DEFAULT_MIX)
    parser.add_argument(
        "--feed-page-size", type=positive, default=100, help="change-feed page size (default 100)"
    )
    parser.add_argument(
        "--conn-max-age",
        default=os.environ.get("CONN_MAX_AGE", "60"),
        help="CONN_MAX_AGE for gunicorn: seconds a database connection is reused (default: env, else 60)",
    )
    parser.add_argument(
        "--throttle", default=UNTHROTTLED, help=f"API_THROTTLE_RATE for gunicorn ({UNTHROTTLED})"
    )
    parser.add_argument(
        "--server-env",
        type=server_variable,
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="another environment variable for gunicorn (repeatable)",
    )
    parser.add_argument("--timeout", type=float, default=30, help="seconds before a request is an error")
    parser.add_argument("--reset", action="store_true", help="empty the database and seed it again")
    parser.add_argument(
        "--quick", action="store_true", help="a smoke run: 10 s, 2 s warm-up, first settings only"
    )
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        sys.exit("Set DATABASE_URL to the PostgreSQL database to test against (it is seeded when empty).")
    if args.duration <= 0 or args.warmup < 0 or args.timeout <= 0:
        parser.error("--duration and --timeout must be above 0, --warmup at least 0")
    if args.quick:
        args.duration, args.warmup = 10, 2
        args.workers, args.concurrency = args.workers[:1], args.concurrency[:1]
    # SIGTERM ends the script the way Ctrl-C does, so that gunicorn is stopped on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    extra_env = dict(args.server_env)
    environment = production_environment(args.throttle, args.conn_max_age, extra_env)
    state = prepare_database(args.claims, args.reset, environment)
    keys = issue_keys(args.partners)
    config = Server(args.workers[0], environment).resolved_config()
    print(describe(args, state, config, extra_env), flush=True)

    results, stopped = [], None
    for workers in args.workers:
        server = Server(workers, environment)
        try:
            ready = server.start(keys[0])
            time.sleep(0.5)  # for the readiness request's access log line, if there is an access log
            logged = ready in Path(server.log_path).read_text()
            print(
                f"\ngunicorn: {workers} workers on {HOST}:{server.port}, ready ({ready}); access log "
                f"{'on' if logged else 'off'}; log {server.log_path} (kept if there are errors)",
                flush=True,
            )
            for concurrency in args.concurrency:
                result = drive(
                    server=server,
                    keys=keys,
                    ids=state["published_ids"],
                    mix=args.mix,
                    feed_page_size=args.feed_page_size,
                    concurrency=concurrency,
                    warmup=args.warmup,
                    duration=args.duration,
                    timeout=args.timeout,
                )
                report(result)
                results.append(result)
            if not any(r.error_count for r in results if r.workers == workers):
                Path(server.log_path).unlink()  # nothing to look into; logs of runs with errors are kept
        except KeyboardInterrupt:
            print("\nInterrupted: stopping gunicorn", flush=True)
            stopped = 130
        except RuntimeError as exc:  # gunicorn did not start
            print(exc, file=sys.stderr, flush=True)
            stopped = 2
        finally:
            server.stop()
        if stopped:
            break
    if len(results) > 1:
        summary(results)  # of the runs that were completed
    if stopped:
        sys.exit(stopped)
    failed = sum(r.error_count for r in results)
    if failed:
        print(f"\n{failed:,} errors: FAILED", flush=True)
        sys.exit(1)
    print("\nNo errors.", flush=True)


if __name__ == "__main__":
    main()
