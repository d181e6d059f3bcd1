"""A synced copy as pandas DataFrames, one row per record with nested objects flattened into columns.

pandas is an optional extra (`pip install 'casualty-tracker-client[pandas]'`): the client and the sync need
nothing but httpx, and most partners who only mirror the data never load it into pandas.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .sync import load

if TYPE_CHECKING:
    import pandas

# Columns holding days or times, parsed so that researchers can filter and resample by date at once.
DAYS = ("stated_on", "period_start", "period_end", "as_of", "ends_on", "started_on", "ended_on")
TIMES = ("published_at", "updated_at")


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on what is installed
        raise ImportError(
            "Loading DataFrames needs pandas: pip install 'casualty-tracker-client[pandas]'."
        ) from exc
    return pandas


def chain_text(chain: list[dict[str, Any]] | None) -> str:
    """Return a chain of attribution as one line, as the API's CSV writes it: `Putin (stated) → TASS (relayed)`."""
    return " → ".join(
        f"{(hop.get('actor') or {}).get('name', '?')} ({hop.get('relation', '?')})" for hop in chain or []
    )


def frame(path: str | Path, table: str = "claims") -> pandas.DataFrame:
    """Return one table of the copy at `path` as a DataFrame indexed by id.

    Nested objects become columns joined with `_` (`figure_low`, `conflict_slug`, `originator_name`); lists
    (a claim's `chain` and `sides`, an estimate's `origins` and `basis`) stay lists in their cell. Days and
    times are parsed where they can be; a column with a value pandas cannot hold as a date stays text.
    """
    pd = _pandas()
    records = load(path, table)
    if table == "claims":
        for record in records:
            record["chain_text"] = chain_text(record.get("chain"))
    data = pd.json_normalize(records, sep="_") if records else pd.DataFrame({"id": []})
    # json_normalize also flattens the dicts inside `estimate`, etc.; parse whichever date columns are present.
    for column in data.columns:
        if column.endswith(DAYS) or column.endswith(TIMES):
            with contextlib.suppress(ValueError, OverflowError):
                data[column] = pd.to_datetime(data[column], format="ISO8601", utc=column.endswith(TIMES))
    return data.set_index("id")


def claims_frame(path: str | Path) -> pandas.DataFrame:
    """The synced claims, flattened: one row per published claim."""
    return frame(path, "claims")


def estimates_frame(path: str | Path) -> pandas.DataFrame:
    """The synced estimates (the feed's quantities), flattened: a claim's `quantity` is an index of this one."""
    return frame(path, "estimates")


def incidents_frame(path: str | Path) -> pandas.DataFrame:
    """The synced incidents, flattened."""
    return frame(path, "incidents")
