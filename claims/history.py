"""A claim's versions as a person reads them: every change of a field, hop or side, with labels for codes and
names for ids, side by side with the previous version."""

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from .models import Actor, Claim, ClaimVersion, Conflict, Relation, Source
from .services.aggregate import RECORDED_FIELDS, claim_field

REFERENCES = {
    "conflict": Conflict,
    "originator": Actor,
    "breakdown_of": Claim,
    "supersedes": Claim,
    "corrects": Claim,
    "verified_by": "user",
    "published_by": "user",
}
PART_LABELS = {"chain": "Attribution chain", "sides": "Whose losses are counted"}


def part_label(name: str) -> str:
    """Return the label of a recorded part: the field's verbose name, capitalised."""
    if name in PART_LABELS:
        return PART_LABELS[name]
    return str(claim_field(name).verbose_name).capitalize()


class Labels:
    """Names for what records refer to by id, loaded in a fixed number of queries whatever the records."""

    def __init__(self, records: Iterable[dict]):
        # Records may leave a reference empty; the Nones are dropped before the queries.
        wanted: dict[str, set[int | None]] = {
            "conflict": set(),
            "actor": set(),
            "source": set(),
            "user": set(),
        }
        for record in records:
            wanted["conflict"].add(record.get("conflict"))
            wanted["actor"].add(record.get("originator"))
            wanted["actor"].update(record.get("sides", []))
            wanted["user"].update({record.get("verified_by"), record.get("published_by")})
            for hop in record.get("chain", []):
                wanted["actor"].add(hop["actor"])
                wanted["source"].add(hop["source"])
        ids = {kind: [pk for pk in pks if pk is not None] for kind, pks in wanted.items()}
        self.conflicts = dict(Conflict.objects.filter(pk__in=ids["conflict"]).values_list("pk", "name"))
        self.actors = dict(Actor.objects.filter(pk__in=ids["actor"]).values_list("pk", "name"))
        self.sources = dict(Source.objects.filter(pk__in=ids["source"]).values_list("pk", "title"))
        self.users = dict(get_user_model().objects.filter(pk__in=ids["user"]).values_list("pk", "username"))

    def shown(self, name: str, value) -> str:
        """Return a recorded value of part `name` as text: a label, a name, a date; "—" when empty."""
        if value in (None, "", []):
            return "—"
        if name == "chain":
            return "\n".join(self.hop(position, hop) for position, hop in enumerate(value))
        if name == "sides":
            return ", ".join(sorted(self.actors.get(pk, f"actor #{pk}") for pk in value))
        field = claim_field(name)
        if field.choices:
            return str(dict(field.flatchoices).get(value, value))
        reference = REFERENCES.get(name)
        if reference == "user":
            return self.users.get(value, f"user #{value}")
        if reference is Conflict:
            return self.conflicts.get(value, f"conflict #{value}")
        if reference is Actor:
            return self.actors.get(value, f"actor #{value}")
        if reference is Claim:
            return f"claim #{value}"
        if name.endswith("_at"):
            moment = dt.datetime.fromisoformat(value)
            return (
                timezone.localtime(moment).strftime("%Y-%m-%d %H:%M %Z")
                if timezone.is_aware(moment)
                else value
            )
        if isinstance(value, int):
            return f"{value:,}"
        return str(value)

    def hop(self, position: int, hop: dict) -> str:
        actor, source = hop["actor"], hop["source"]
        parts = [f"{position}. " + self.actors.get(actor, f"actor #{actor}")]
        parts.append(str(dict(Relation.choices).get(hop["relation"], hop["relation"])))
        if hop["date"]:
            parts.append(hop["date"])
        if source is not None:
            # Titles need not be unique: the id tells two documents of the same title apart.
            parts.append("in “" + self.sources.get(source, "source") + f"” (source #{source})")
        text = ", ".join(parts)
        return f"{text}: “{hop['words']}”" if hop["words"] else text


@dataclass
class Change:
    label: str
    before: str
    after: str


@dataclass
class Version:
    number: int
    at: dt.datetime
    by: str
    reason: str
    changes: list[Change]


def readable_history(versions: Sequence[ClaimVersion]) -> list[Version]:
    """Return the versions (oldest first, with `by` loaded) as what each changed since the one before it,
    newest first. Queries four times for the names, whatever the number of versions."""
    labels = Labels(version.record for version in versions)
    shown: list[Version] = []
    previous: dict[str, Any] = {}
    for version in versions:
        record = version.record
        changes = [
            Change(
                part_label(name), labels.shown(name, previous.get(name)), labels.shown(name, record.get(name))
            )
            for name in (*RECORDED_FIELDS, "chain", "sides")
            if record.get(name) != previous.get(name)
            and not (not previous and record.get(name) in (None, "", []))
        ]
        shown.append(
            Version(
                number=version.number,
                at=version.at,
                by=version.by.get_username() if version.by else "the system",
                reason=version.reason or "—",
                changes=changes,
            )
        )
        previous = record
    return shown[::-1]
