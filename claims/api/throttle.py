"""Count API requests per key exactly, however many workers and threads serve them at once.

DRF's SimpleRateThrottle reads a key's history from the cache, appends and writes it back: two requests that
read at once both pass, and a burst of parallel requests went far over the limit (150 of 150 through a limit
of 120). Here every request is one atomic increment of a counter, and a request is let through only when the
counts it sees, its own included, stay within the limit.

The period is cut into SLICES slices; a request counts the requests of its own slice and of the SLICES before
it. Any span of one period meets at most SLICES + 1 slices, so no span of one period ever lets more than the
limit through, whatever the clocks and the concurrency; the price is that a request may wait up to one slice
longer than the period to be let through again.

The counter is the cache's own increment where it is atomic (Redis, memcached, and the per-process memory
cache of development and tests), and otherwise (the database cache, files) an upsert in the database.
"""

import contextlib
import math
from collections.abc import Sequence

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.db.models import F

from claims.models import RequestCount

SLICES = 12

# Backends whose incr() is one atomic operation (Django's base class reads and writes, which is not).
ATOMIC_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.redis.RedisCache",
    "django.core.cache.backends.memcached.PyMemcacheCache",
    "django.core.cache.backends.memcached.PyLibMCCache",
    "django_redis.cache.RedisCache",
}


class CacheCounter:
    """Counts in a cache whose increment is atomic, one entry per key and slice."""

    def __init__(self, cache):
        self.cache = cache

    def hit(self, key: str, current: int, timeout: float) -> list[int]:
        """Count one request in slice `current` and return the counts of the slices from current - SLICES to
        current, the new one included."""
        entry = f"{key}:{current}"
        for _ in range(3):  # the entry may expire between add() and incr()
            self.cache.add(entry, 0, timeout=math.ceil(timeout))
            try:
                counted = self.cache.incr(entry)
                break
            except ValueError:
                continue
        else:  # pragma: no cover - an entry that expires three times in a row
            counted = 1
        earlier = [f"{key}:{n}" for n in range(current - SLICES, current)]
        found = self.cache.get_many(earlier)
        return [int(found.get(name, 0)) for name in earlier] + [counted]

    def undo(self, key: str, current: int) -> None:
        with contextlib.suppress(ValueError):  # expired meanwhile: nothing left to take back
            self.cache.decr(f"{key}:{current}")


class DatabaseCounter:
    """Counts in the RequestCount table: one upsert, which the database runs atomically, then one read."""

    def hit(self, key: str, current: int, timeout: float) -> list[int]:
        # The views run in autocommit (no ATOMIC_REQUESTS): the row is locked for the upsert only.
        table, key_, slice_, count = map(
            connection.ops.quote_name, (RequestCount._meta.db_table, "key", "slice", "count")
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} ({key_}, {slice_}, {count}) VALUES (%s, %s, 1) "
                f"ON CONFLICT ({key_}, {slice_}) DO UPDATE SET {count} = {table}.{count} + 1 RETURNING {count}",
                [key, current],
            )
            (counted,) = cursor.fetchone()
        if counted == 1:  # a new slice for this key: forget every key's slices that no window meets any more
            RequestCount.objects.filter(slice__lt=current - SLICES).delete()
        earlier = dict(
            RequestCount.objects.filter(key=key, slice__gte=current - SLICES, slice__lt=current).values_list(
                "slice", "count"
            )
        )
        return [earlier.get(n, 0) for n in range(current - SLICES, current)] + [counted]

    def undo(self, key: str, current: int) -> None:
        RequestCount.objects.filter(key=key, slice=current).update(count=F("count") - 1)


def counter_for(cache_alias: str = "default"):
    """Return the counter for the configured cache: its own increment if atomic, else the database's."""
    backend = settings.CACHES[cache_alias]["BACKEND"]
    if backend in ATOMIC_CACHES:
        return CacheCounter(caches[cache_alias])
    return DatabaseCounter()


def seconds_to_wait(
    counts: Sequence[int], limit: int, current: int, slice_length: float, now: float
) -> float:
    """Return how long until one more request fits: the oldest slices leave the window one by one, and enough
    of the requests they hold must leave with them (`counts` from the oldest slice to the current one, the
    refused request not included)."""
    to_forget = sum(counts) - limit + 1
    first = current - SLICES
    forgotten = 0
    for offset, count in enumerate(counts):
        forgotten += count
        if forgotten >= to_forget:
            # Slice first + offset leaves the window when slice first + offset + SLICES + 1 begins.
            return (first + offset + SLICES + 1) * slice_length - now
    return (current + SLICES + 1) * slice_length - now
