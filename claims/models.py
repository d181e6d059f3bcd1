"""The record of casualty claims: conflicts, actors, captured sources, claims and their attribution chains."""

import contextlib
import hashlib
import ipaddress
import operator
import uuid
from typing import Any, cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import MinValueValidator
from django.db import models, router
from django.db.models import F, Q
from rest_framework_api_key.models import AbstractAPIKey
from simple_history.models import HistoricalRecords

from .querysets import (
    ActorQuerySet,
    ClaimQuerySet,
    ConflictQuerySet,
    IncidentQuerySet,
    QuantityQuerySet,
    SourceQuerySet,
)


class ActorKind(models.TextChoices):
    GOVERNMENT = "government", "Government"
    MINISTRY = "ministry", "Ministry"
    MILITARY = "military", "Military"
    ARMED_GROUP = "armed_group", "Armed group"
    DE_FACTO_AUTHORITY = "de_facto_authority", "De facto authority"
    INTERNATIONAL_ORGANISATION = "international_organisation", "International organisation"
    NGO = "ngo", "NGO"
    NEWS_AGENCY = "news_agency", "News agency"
    NEWS_OUTLET = "news_outlet", "News outlet"
    INDIVIDUAL = "individual", "Individual"


class Metric(models.TextChoices):
    KILLED = "killed", "killed"
    WOUNDED = "wounded", "wounded"
    CASUALTIES = "casualties", "casualties (killed or wounded)"
    MISSING = "missing", "missing"
    CAPTURED = "captured", "captured"
    DISPLACED = "displaced", "displaced"

    def counts_among(self, part: str) -> bool:
        """Return whether a total of this metric may break down into a part of metric `part`: the same
        metric, or the killed or the wounded among casualties."""
        return part == self or (self == Metric.CASUALTIES and part in (Metric.KILLED, Metric.WOUNDED))


class Population(models.TextChoices):
    ALL = "all", "all people"
    CIVILIAN = "civilian", "civilians"
    MILITARY = "military", "military"


class Qualifier(models.TextChoices):
    """How the phrase bounds the figure; each qualifier requires the bounds of the methodology table."""

    EXACT = "exact", "exact"
    APPROXIMATE = "approximate", "approximate"
    AT_LEAST = "at_least", "at least"
    MORE_THAN = "more_than", "more than"
    AT_MOST = "at_most", "at most"
    FEWER_THAN = "fewer_than", "fewer than"
    RANGE = "range", "range"
    VAGUE = "vague", "vague magnitude"
    UNQUANTIFIED = "unquantified", "unquantified"

    @property
    def required_bounds(self) -> tuple[str, ...]:
        """Return the bounds a figure with this qualifier must have (DESIGN.md, "Reading a figure")."""
        return REQUIRED_BOUNDS[self]


REQUIRED_BOUNDS: dict[str, tuple[str, ...]] = {
    Qualifier.EXACT: ("low", "best", "high"),
    Qualifier.APPROXIMATE: ("best",),
    Qualifier.AT_LEAST: ("low",),
    Qualifier.MORE_THAN: ("low",),
    Qualifier.AT_MOST: ("high",),
    Qualifier.FEWER_THAN: ("high",),
    Qualifier.RANGE: ("low", "high"),
    Qualifier.VAGUE: ("low",),
    Qualifier.UNQUANTIFIED: (),
}

BOUNDS = ("low", "best", "high")
MAX_ID = 2**63 - 1  # the largest id either engine stores; SQLite overflows on a larger number


def an_id(value) -> int | None:
    """Return `value` as a row's id, or None when it cannot be one (text, a sign, a 30-digit number)."""
    text = str(value)
    if not (text.isascii() and text.isdigit()):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


def plausible_limit(metric: str) -> int:
    """Return the largest figure a claim of this metric may state (settings.PLAUSIBILITY_LIMITS); the largest
    of them all while the metric is unknown."""
    limits = settings.PLAUSIBILITY_LIMITS
    limit = limits.get(metric)
    return max(limits.values()) if limit is None else limit


def implausible_bounds(metric: str, bounds: dict) -> dict[str, str]:
    """Return {bound: message} for each bound above the plausible limit of the metric, without a query."""
    limit = plausible_limit(metric)
    counted = f"people {Metric(metric).label}" if metric in Metric.values else "people"
    return {
        name: f"{value:,} is more than any count of {counted} this tracker accepts ({limit:,}, the "
        "PLAUSIBILITY_LIMITS setting): check the phrase for a typo or a number pasted twice. If the figure "
        "really is this large, an administrator can raise the limit."
        for name, value in bounds.items()
        if value is not None and value > limit
    }


class Convention(models.TextChoices):
    CONSERVATIVE = "conservative", "conservative (ACLED-style floors: dozens = 12, thousands = 1,000)"
    LITERAL = "literal", "literal (plural magnitudes = two units: dozens = 24, thousands = 2,000)"


class Status(models.TextChoices):
    DRAFT = "draft", "draft"
    IN_REVIEW = "in_review", "in review"
    VERIFIED = "verified", "verified"
    PUBLISHED = "published", "published"
    REJECTED = "rejected", "rejected"
    RETRACTED = "retracted", "retracted"

    @property
    def is_editable(self) -> bool:
        """Drafts and claims in review change; verified, published, rejected and retracted ones are the record."""
        return self in (Status.DRAFT, Status.IN_REVIEW)

    @property
    def is_counted(self) -> bool:
        """Whether the claim counts in its quantity's reports and origins, as the newsroom sees them."""
        return self not in (Status.REJECTED, Status.RETRACTED)

    @property
    def is_seen_by_partners(self) -> bool:
        """Published claims, and the tombstones of retracted ones: nothing else leaves the newsroom."""
        return self in (Status.PUBLISHED, Status.RETRACTED)


class Rating(models.TextChoices):
    """The reviewer's verdict, exported as schema.org ClaimReview reviewRating."""

    CONFIRMED = "confirmed", "confirmed"
    CORROBORATED = "corroborated", "corroborated"
    SINGLE_SOURCE = "single_source", "single source"
    CONTESTED = "contested", "contested"
    UNSUPPORTED = "unsupported", "unsupported"
    FALSE = "false", "false"


class QuoteCheck(models.TextChoices):
    VERIFIED = "verified", "quote found in the source"
    NOT_FOUND = "not_found", "quote not found in the source"
    NO_SNAPSHOT = "no_snapshot", "no text snapshot to check against"


class Relation(models.TextChoices):
    STATED = "stated", "stated"
    RELAYED = "relayed", "relayed"
    QUOTED = "quoted", "quoted"
    PARAPHRASED = "paraphrased", "paraphrased"
    TRANSLATED = "translated", "translated"
    PUBLISHED = "published", "published"


class Group(models.TextChoices):
    """Whose losses, by sex and age, as casualty recorders break tolls down (OHCHR reports by both)."""

    ALL = "all", "all ages and sexes"
    CHILDREN = "children", "children"
    WOMEN = "women", "women"
    MEN = "men", "men"
    ELDERLY = "elderly", "elderly people"


class DatePrecision(models.TextChoices):
    """How precisely an incident's date is known (UCDP GED's date precision, in words)."""

    DAY = "day", "day"
    WEEK = "week", "week"
    MONTH = "month", "month"


class PlacePrecision(models.TextChoices):
    """How precisely an incident's coordinates place it, in UCDP's spirit: from the spot to the country."""

    EXACT = "exact", "exact location"
    NEAR = "near", "near a named place"
    DISTRICT = "district", "district (second administrative level)"
    PROVINCE = "province", "province (first administrative level)"
    COUNTRY = "country", "country only"


class IncidentKind(models.TextChoices):
    SHELLING = "shelling", "shelling"
    AIR_STRIKE = "air_strike", "air strike"
    DRONE_STRIKE = "drone_strike", "drone strike"
    MISSILE_STRIKE = "missile_strike", "missile strike"
    GROUND_FIGHTING = "ground_fighting", "ground fighting"
    MASSACRE = "massacre", "massacre"
    BOMBING = "bombing", "bombing"
    OTHER = "other", "other"


class Assessment(models.TextChoices):
    """Where the newsroom's own assessment of an incident stands."""

    OPEN = "open", "open: accounts still coming in"
    ASSESSED = "assessed", "assessed"
    CLOSED = "closed", "closed: no further accounts expected"


class Grade(models.TextChoices):
    """How far a consolidated estimate can be trusted, in Airwars' spirit (docs/methodology.md, "Estimates")."""

    CONFIRMED = "confirmed", "confirmed"
    FAIR = "fair", "fair"
    WEAK = "weak", "weak"
    CONTESTED = "contested", "contested"
    DISCOUNTED = "discounted", "discounted"


def check(rule: str, condition: Q, message: str) -> models.CheckConstraint:
    """Return a check constraint named after its model and rule, with a message an editor can act on."""
    return models.CheckConstraint(
        condition=condition, name=f"%(app_label)s_%(class)s_{rule}", violation_error_message=message
    )


COMPARISONS = {
    "exact": operator.eq,
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}


def holds(condition: Q, instance: models.Model) -> bool | None:
    """Evaluate a check constraint's condition on an unsaved instance, in Python, as SQL would.

    None stands for SQL's NULL (unknown), which a CHECK lets pass. Django's own validation asks the database,
    three queries per constraint inside a transaction; a claim has thirty constraints.
    """
    results = []
    for child in condition.children:
        if isinstance(child, Q):
            results.append(holds(child, instance))
            continue
        # A condition's other children are (lookup, value) pairs.
        lookup, expected = cast(tuple[str, Any], child)
        name, _, comparison = lookup.partition("__")
        value = field_value(instance, name)
        if isinstance(expected, F):
            expected = field_value(instance, expected.name)
        if comparison == "isnull":
            results.append((value is None) is expected)
        elif value is None or expected is None:
            results.append(None)
        elif comparison == "in":
            results.append(value in expected)
        else:
            results.append(COMPARISONS[comparison or "exact"](value, expected))
    if condition.connector == Q.AND:
        result = False if False in results else (None if None in results else True)
    else:
        result = True if True in results else (None if None in results else False)
    return None if result is None else result is not condition.negated


def field_value(instance: models.Model, name: str):
    if name == "pk":
        return instance.pk
    # Constraints name concrete fields, never a relation's reverse side or a generic key.
    return getattr(instance, cast(models.Field, instance._meta.get_field(name)).attname)


class FieldErrorsFromConstraints(models.Model):
    """Report a broken constraint on the form field an editor has to change, not at the top of the form.

    `constraint_fields` maps a constraint's rule (its name without the app and model prefix) to a field.
    Check constraints are evaluated in Python (holds()), all of them: a field a form leaves out of its
    validation (an empty optional field) must not let a row through that the database then refuses.
    """

    constraint_fields: dict[str, str] = {}

    class Meta:
        abstract = True

    def validate_constraints(self, exclude=None):
        prefix = f"{self._meta.app_label}_{self._meta.model_name}_"
        using = router.db_for_write(self.__class__, instance=self)
        errors: dict[str, list] = {}
        for model_class, constraints in self.get_constraints():
            for constraint in constraints:
                try:
                    if isinstance(constraint, models.CheckConstraint):
                        if holds(constraint.condition, self) is False:
                            raise ValidationError(constraint.get_violation_error_message())
                    else:
                        constraint.validate(model_class, self, exclude=exclude, using=using)
                except ValidationError as error:
                    field = self.constraint_fields.get(constraint.name.removeprefix(prefix))
                    if field is None and getattr(constraint, "fields", ()) and len(constraint.fields) == 1:
                        field = constraint.fields[0]
                    errors.setdefault(field or NON_FIELD_ERRORS, []).extend(error.error_list)
        if errors:
            raise ValidationError(errors)


class Conflict(FieldErrorsFromConstraints):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=100, unique=True, help_text="Short name used in URLs and the API.")
    started_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True, help_text="Leave empty while the conflict goes on.")
    description = models.TextField(blank=True)

    history = HistoricalRecords()

    objects = ConflictQuerySet.as_manager()

    constraint_fields = {"ends_after_start": "ended_on"}

    class Meta:
        ordering = ["name"]
        constraints = [
            check(
                "ends_after_start",
                Q(started_on__isnull=True) | Q(ended_on__isnull=True) | Q(ended_on__gte=F("started_on")),
                "The end date must not be before the start date.",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Actor(FieldErrorsFromConstraints):
    """Anyone who states, relays or publishes a figure."""

    name = models.CharField(max_length=200, unique=True)
    aliases = models.TextField(
        blank=True,
        help_text='Other names this actor goes by in the news, one per line ("Russian MoD", "Kremlin").',
    )
    kind = models.CharField(max_length=32, choices=ActorKind)
    acts_on_behalf_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agents",
        help_text="Whom this actor speaks for: a spokesperson for a ministry, a ministry for a government.",
    )
    # Derived from acts_on_behalf_of on save (empty: the actor speaks for itself). Stored, so that "whose
    # figure is this, ultimately" costs no walk up the chain per row.
    root = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The top of the acts-on-behalf-of chain.",
    )
    party_to = models.ManyToManyField(
        Conflict,
        blank=True,
        related_name="parties",
        help_text="Conflicts this actor fights in. Its figures about those conflicts are interested-party figures.",
    )
    description = models.TextField(blank=True)

    objects = ActorQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[party_to])

    constraint_fields = {"not_on_behalf_of_itself": "acts_on_behalf_of"}

    class Meta:
        ordering = ["name"]
        constraints = [
            check(
                "not_on_behalf_of_itself",
                ~Q(acts_on_behalf_of=F("pk")),
                "An actor cannot act on behalf of itself.",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if self.makes_a_loop():
            raise ValueError(f"{self} cannot act on behalf of an actor that acts on its behalf.")
        old_root = self.root_id
        parent = self.acts_on_behalf_of
        self.root_id = (parent.root_id or parent.pk) if parent else None
        # Whom its figures come from changed: services.save_actor recounts the quantities they count in.
        self.root_changed = self.root_id != old_root
        super().save(*args, **kwargs)
        if self.root_changed:
            for agent in self.agents.all():  # re-root those who speak for this actor
                agent.save()

    def clean(self):
        if self.makes_a_loop():
            raise ValidationError(
                {
                    "acts_on_behalf_of": f"{self.acts_on_behalf_of} already acts on behalf of {self}: that is a loop."
                }
            )

    def makes_a_loop(self) -> bool:
        """Say whether acts_on_behalf_of leads back to this actor through others. Queries once per level."""
        # Acting for oneself directly is left to the database constraint, which names that mistake.
        if self.pk is None or self.acts_on_behalf_of_id in (None, self.pk):
            return False
        return self.pk in self.principals()

    def principals(self) -> list[int]:
        """Return the ids of the actors this one speaks for, nearest first. Queries once per level."""
        chain, parent_id, seen = [], self.acts_on_behalf_of_id, set()
        while parent_id is not None and parent_id not in seen:
            seen.add(parent_id)
            chain.append(parent_id)
            parent_id = Actor.objects.filter(pk=parent_id).values_list("acts_on_behalf_of", flat=True).first()
        return chain

    @property
    def alias_list(self) -> list[str]:
        return [alias.strip() for alias in self.aliases.splitlines() if alias.strip()]


# Query parameters that only track how a reader arrived; they never change which document a URL names.
TRACKING_PARAMETERS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid")


def normalise_url(url: str) -> str:
    """Return the canonical form of a document URL, so one document is captured once.

    Lower-cases the scheme and host, drops default ports, the fragment and tracking parameters.
    """
    url = url.strip()
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        # An IPv6 address keeps its brackets ("http://[2606:4700::1111]/"), written one way ("[0:0::1111]" too).
        with contextlib.suppress(ValueError):
            host = ipaddress.ip_address(host).compressed
        host = f"[{host}]"
    try:
        port = parts.port
    except (
        ValueError
    ):  # out of range ("https://example.org:99999/"): left as written, refused by Source.clean
        return url
    if port and (scheme, port) not in {("http", 80), ("https", 443)}:
        host = f"{host}:{port}"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith(TRACKING_PARAMETERS)
        ]
    )
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


class Source(models.Model):
    """One captured document where a figure was read."""

    url = models.URLField(
        "URL",
        max_length=2000,
        unique=True,
        help_text="The document's address. It is normalised (host lower-cased, tracking parameters and fragment removed).",
        error_messages={"unique": "This document is already captured as a source: search for it instead."},
    )
    title = models.CharField(max_length=500)
    publisher = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="publications")
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(
        max_length=16, blank=True, help_text="Language code of the document, e.g. en, ru, hy, az."
    )
    retrieved_at = models.DateTimeField(
        null=True, blank=True, help_text="When the document was read or captured."
    )
    archive_url = models.URLField(
        "archive URL", max_length=2000, blank=True, help_text="A permanent copy, e.g. on the Wayback Machine."
    )
    text = models.TextField(
        blank=True, help_text="The document's text as captured. Quotes are checked against it."
    )
    text_sha256 = models.CharField(
        max_length=64, blank=True, editable=False, help_text="SHA-256 of the text snapshot, computed on save."
    )
    recapture_every_days = models.PositiveSmallIntegerField(
        "capture again every (days)",
        null=True,
        blank=True,
        validators=[MinValueValidator(1, "Capture again every 1 day at most often.")],
        help_text="Capture the page again every this many days, to notice edits after publication (the task "
        "worker does it). Empty: only when you press Capture.",
    )

    objects = SourceQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-published_on", "title"]
        constraints = [
            check(
                "recapture_at_least_daily",
                Q(recapture_every_days__isnull=True) | Q(recapture_every_days__gte=1),
                "Capture again every 1 day at most often: leave it empty to capture only when asked.",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.url = normalise_url(self.url)
        self.text_sha256 = hashlib.sha256(self.text.encode()).hexdigest() if self.text else ""
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "text" in update_fields:
            kwargs["update_fields"] = {*update_fields, "text_sha256"}
        super().save(*args, **kwargs)

    def clean(self):
        try:
            _ = urlsplit(self.url).port  # raises for a port out of range
        except ValueError:
            raise ValidationError(
                {"url": "The port, after the host's colon, must be a number from 0 to 65535."}
            ) from None
        self.url = normalise_url(self.url)
        # A bound the database does not enforce: the limit is a setting (SOURCE_TEXT_MAX_CHARS), not a column size.
        limit = settings.SOURCE_TEXT_MAX_CHARS
        if len(self.text) > limit:
            raise ValidationError(
                {
                    "text": f"The text snapshot has {len(self.text):,} characters; at most {limit:,} are accepted. "
                    "Keep the part of the document that holds the figures."
                }
            )


class CaptureKind(models.TextChoices):
    FETCHED = "fetched", "Fetched from its URL"
    UPLOADED = "uploaded", "Uploaded file"


class Capture(models.Model):
    """One frozen copy of a source's document, as its server sent it or as an editor uploaded it (issue 17)."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="captures")
    kind = models.CharField(max_length=16, choices=CaptureKind)
    requested_url = models.URLField(
        "requested URL", max_length=2000, blank=True, help_text="The address asked for."
    )
    final_url = models.URLField(
        "final URL",
        max_length=2000,
        blank=True,
        help_text="The address that answered, after the redirects below.",
    )
    redirects = models.JSONField(
        default=list,
        blank=True,
        help_text="Each redirect followed: the address, its status and where it led.",
    )
    filename = models.CharField(max_length=255, blank=True, help_text="The uploaded file's name.")
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    reason = models.CharField(max_length=100, blank=True)
    headers = models.JSONField(default=list, blank=True, help_text="The response's headers, as sent.")
    content_type = models.CharField(max_length=200, blank=True)
    body = models.BinaryField(
        blank=True,
        help_text="The document's bytes, as the server sent them (decompressed), when they are kept in the "
        "database (empty when body_name says where they are stored).",
    )
    body_name = models.CharField(
        max_length=300,
        blank=True,
        help_text="Where the bytes are kept in the capture storage (CAPTURE_STORAGE_*), by their SHA-256.",
    )
    size = models.PositiveBigIntegerField(help_text="The body's length in bytes.")
    sha256 = models.CharField(max_length=64, help_text="SHA-256 of the body.")
    captured_at = models.DateTimeField()
    captured_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # What the document says about itself, as read from the body (claims.capture.extracting).
    text = models.TextField(blank=True, help_text="The main text read from the document.")
    text_sha256 = models.CharField(
        max_length=64, blank=True, help_text="SHA-256 of the text read: two captures of one text share it."
    )
    title = models.CharField(max_length=500, blank=True)
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16, blank=True)

    class Meta:
        ordering = ["-captured_at", "-pk"]
        indexes = [models.Index(fields=["source", "-captured_at"], name="claims_capture_latest")]
        constraints = [
            check(
                "fetched_has_its_address",
                ~Q(kind=CaptureKind.FETCHED) | (~Q(requested_url="") & ~Q(final_url="")),
                "A capture fetched from a URL records the address asked for and the one that answered.",
            ),
        ]

    def __str__(self) -> str:
        where = self.final_url or self.filename or "upload"
        return f"{where} at {self.captured_at:%Y-%m-%d %H:%M} UTC"

    def content(self) -> bytes:
        """Return the document's bytes, from the database or from the capture storage (one read of the file)."""
        if not self.body_name:
            return bytes(self.body)
        from django.core.files.storage import storages

        with storages["captures"].open(self.body_name, "rb") as stored:
            return stored.read()


class CaptureState(models.TextChoices):
    QUEUED = "queued", "queued"
    RUNNING = "running", "running"
    DONE = "done", "done"
    FAILED = "failed", "failed"


class CaptureRequest(models.Model):
    """An editor's request to capture a source from its URL, or to store a file uploaded as its copy, run in the
    background by the task worker: what the admin shows of its progress and, when it failed, why (issue 17)."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="capture_requests")
    kind = models.CharField(max_length=16, choices=CaptureKind, default=CaptureKind.FETCHED)
    filename = models.CharField(max_length=255, blank=True, help_text="An uploaded file's name.")
    content_type = models.CharField(max_length=200, blank=True, help_text="An uploaded file's type, as sent.")
    upload = models.BinaryField(
        blank=True,
        default=b"",
        help_text="An uploaded file's bytes until the worker stores them as a capture (then emptied).",
    )
    upload_name = models.CharField(
        max_length=300,
        blank=True,
        help_text="Where the capture storage keeps an uploaded file's bytes, when one is configured.",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField()
    state = models.CharField(max_length=16, choices=CaptureState, default=CaptureState.QUEUED)
    finished_at = models.DateTimeField(null=True, blank=True)
    message = models.TextField(blank=True, help_text="What the capture stored, or why it failed.")
    capture = models.ForeignKey(Capture, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-requested_at", "-pk"]
        indexes = [models.Index(fields=["source", "-requested_at"], name="claims_capturerequest_latest")]
        constraints = [
            check(
                "finished_when_done_or_failed",
                Q(state__in=[CaptureState.QUEUED, CaptureState.RUNNING], finished_at__isnull=True)
                | Q(state__in=[CaptureState.DONE, CaptureState.FAILED], finished_at__isnull=False),
                "A capture request has a finishing time exactly when it is done or has failed.",
            ),
            # One fetch at a time (pressing Capture twice queues one); uploads are each a document of their own.
            models.UniqueConstraint(
                fields=["source"],
                condition=Q(state__in=[CaptureState.QUEUED, CaptureState.RUNNING], kind=CaptureKind.FETCHED),
                name="claims_capturerequest_one_pending_per_source",
                violation_error_message="A capture of this source is already queued.",
            ),
        ]

    def __str__(self) -> str:
        return (
            f"Capture of {self.source_id} requested at {self.requested_at:%Y-%m-%d %H:%M} UTC: {self.state}"
        )


class TextReading(models.Model):
    """The figures the reader found in a long source text, read in the background by the task worker: the
    extraction page of a text longer than EXTRACT_INLINE_MAX_CHARS shows them from here (issue 17)."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="readings")
    text_sha256 = models.CharField(max_length=64, help_text="The SHA-256 of the text read.")
    language = models.CharField(max_length=8, help_text="The language it was read in.")
    published_on = models.DateField(null=True, blank=True, help_text="The publication date it was read with.")
    reader = models.CharField(
        max_length=16,
        blank=True,
        help_text="The version of the reader that read it (claims/parsing's files).",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField()
    state = models.CharField(max_length=16, choices=CaptureState, default=CaptureState.QUEUED)
    finished_at = models.DateTimeField(null=True, blank=True)
    message = models.TextField(blank=True, help_text="How many figures were found, or why reading failed.")
    candidates = models.JSONField(
        default=list, blank=True, help_text="The figures found, as the page lists them."
    )

    class Meta:
        ordering = ["-requested_at", "-pk"]
        indexes = [models.Index(fields=["source", "-requested_at"], name="claims_textreading_latest")]
        constraints = [
            check(
                "reading_finished_when_done_or_failed",
                Q(state__in=[CaptureState.QUEUED, CaptureState.RUNNING], finished_at__isnull=True)
                | Q(state__in=[CaptureState.DONE, CaptureState.FAILED], finished_at__isnull=False),
                "A reading has a finishing time exactly when it is done or has failed.",
            ),
            models.UniqueConstraint(
                fields=["source"],
                condition=Q(state__in=[CaptureState.QUEUED, CaptureState.RUNNING]),
                name="claims_textreading_one_pending_per_source",
                violation_error_message="A reading of this source's text is already queued.",
            ),
        ]

    def __str__(self) -> str:
        return (
            f"Reading of {self.source_id} requested at {self.requested_at:%Y-%m-%d %H:%M} UTC: {self.state}"
        )


def bounds_rules() -> list[models.CheckConstraint]:
    """Return the constraints that tie each qualifier to the bounds the methodology table gives it."""
    rules = [
        check(
            f"{bound}_not_negative",
            Q(**{f"{bound}__isnull": True}) | Q(**{f"{bound}__gte": 0}),
            f"The {bound} bound cannot be negative.",
        )
        for bound in BOUNDS
    ]
    rules += [
        check(
            "low_not_above_best",
            Q(low__isnull=True) | Q(best__isnull=True) | Q(low__lte=F("best")),
            "The low bound cannot be greater than the best estimate.",
        ),
        check(
            "best_not_above_high",
            Q(best__isnull=True) | Q(high__isnull=True) | Q(best__lte=F("high")),
            "The best estimate cannot be greater than the high bound.",
        ),
        check(
            "low_not_above_high",
            Q(low__isnull=True) | Q(high__isnull=True) | Q(low__lte=F("high")),
            "The low bound cannot be greater than the high bound.",
        ),
    ]
    for qualifier, required in REQUIRED_BOUNDS.items():
        label = Qualifier(qualifier).label
        if required:
            condition = Q(**{f"{bound}__isnull": False for bound in required})
            message = f"A figure read as “{label}” needs {' and '.join(required)} set."
        else:
            condition = Q(low__isnull=True, best__isnull=True, high__isnull=True)
            message = "An unquantified figure has no bounds: leave low, best and high empty."
        rules.append(check(f"{qualifier}_bounds", ~Q(qualifier=qualifier) | condition, message))
    rules.append(
        check(
            "exact_bounds_equal",
            ~Q(qualifier=Qualifier.EXACT) | Q(low=F("best"), high=F("best")),
            "An exact figure has low, best and high all equal to the number stated.",
        )
    )
    return rules


def bounds_fields() -> dict[str, str]:
    """Return which field an editor must change for each bounds rule."""
    fields = {f"{bound}_not_negative": bound for bound in BOUNDS}
    fields |= {"low_not_above_best": "best", "best_not_above_high": "high", "low_not_above_high": "high"}
    for qualifier, required in REQUIRED_BOUNDS.items():
        fields[f"{qualifier}_bounds"] = required[0] if required else "qualifier"
    fields["exact_bounds_equal"] = "high"
    return fields


def choice_rule(
    field: str, choices: type[models.TextChoices], *, blank: bool = False
) -> models.CheckConstraint:
    """Return a constraint holding a choice field to its choices: forms check them, the database does too."""
    allowed = [*choices.values, *([""] if blank else [])]
    shown = ", ".join(choices.values)
    return check(f"{field}_known", Q(**{f"{field}__in": allowed}), f"Choose the {field}: one of {shown}.")


class Incident(FieldErrorsFromConstraints):
    """One event a figure may be about: a shelling, a strike, a massacre (DESIGN.md, "Domain").

    Claims about one incident are compared with each other only; a claim without an incident is a cumulative
    toll for an area and a period.
    """

    conflict = models.ForeignKey(Conflict, on_delete=models.PROTECT, related_name="incidents")
    name = models.CharField(
        max_length=200, help_text="A short name an editor will recognise: “Shelling of Martuni and Shushi”."
    )
    kind = models.CharField(max_length=24, choices=IncidentKind, default=IncidentKind.OTHER)
    started_on = models.DateField(help_text="The day it happened, or the first day of the window it fell in.")
    ended_on = models.DateField(
        null=True,
        blank=True,
        help_text="The last day of the window, when the day is not known. Empty: one day.",
    )
    date_precision = models.CharField(
        max_length=8,
        choices=DatePrecision,
        default=DatePrecision.DAY,
        help_text="How precisely the date is known: the day, the week or the month.",
    )
    place = models.CharField(max_length=200, help_text="The place as reported: town, village, district.")
    admin1 = models.CharField(
        max_length=200, blank=True, help_text="First administrative level: province, region, oblast."
    )
    admin2 = models.CharField(max_length=200, blank=True, help_text="Second administrative level: district.")
    latitude = models.FloatField(null=True, blank=True, help_text="Decimal degrees, WGS 84 (−90 to 90).")
    longitude = models.FloatField(null=True, blank=True, help_text="Decimal degrees, WGS 84 (−180 to 180).")
    place_precision = models.CharField(
        max_length=8,
        choices=PlacePrecision,
        blank=True,
        help_text="How precisely the coordinates place it. Required with coordinates.",
    )
    perpetrator = models.ForeignKey(
        "Actor",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="incidents_alleged",
        help_text="Who is alleged to be responsible. Its own figure for the incident confirms the estimate.",
    )
    description = models.TextField(blank=True)
    assessment = models.CharField(
        max_length=12,
        choices=Assessment,
        default=Assessment.OPEN,
        help_text="Where the newsroom's own assessment of this incident stands.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    objects = IncidentQuerySet.as_manager()

    constraint_fields = {
        "window_ends_after_start": "ended_on",
        "latitude_in_range": "latitude",
        "longitude_in_range": "longitude",
        "coordinates_together": "longitude",
        "coordinates_have_precision": "place_precision",
        "kind_known": "kind",
        "date_precision_known": "date_precision",
        "place_precision_known": "place_precision",
        "assessment_known": "assessment",
    }

    class Meta:
        ordering = ["-started_on", "-id"]
        constraints = [
            check(
                "window_ends_after_start",
                Q(ended_on__isnull=True) | Q(ended_on__gte=F("started_on")),
                "The window must not end before it starts.",
            ),
            check(
                "latitude_in_range",
                Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                "A latitude is between −90 and 90 degrees.",
            ),
            check(
                "longitude_in_range",
                Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                "A longitude is between −180 and 180 degrees.",
            ),
            check(
                "coordinates_together",
                Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                "Give both latitude and longitude, or neither.",
            ),
            check(
                "coordinates_have_precision",
                Q(latitude__isnull=True) | ~Q(place_precision=""),
                "Say how precisely the coordinates place the incident.",
            ),
            choice_rule("kind", IncidentKind),
            choice_rule("date_precision", DatePrecision),
            choice_rule("place_precision", PlacePrecision, blank=True),
            choice_rule("assessment", Assessment),
        ]
        indexes = [
            models.Index(fields=["conflict", "-started_on", "-id"], name="claims_incident_conflict_date"),
            models.Index(fields=["latitude", "longitude"], name="claims_incident_coordinates"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.started_on.isoformat() if self.started_on else 'undated'})"

    @property
    def ends_on(self):
        """Return the last day the incident may have happened on."""
        return self.ended_on or self.started_on

    def when_text(self) -> str:
        """Return the incident's date as known: "2020-10-04", or a window with its precision."""
        if self.ended_on and self.ended_on != self.started_on:
            return f"{self.started_on.isoformat()} – {self.ended_on.isoformat()} ({self.date_precision})"
        if self.date_precision != "day":
            return f"{self.started_on.isoformat()} ({self.date_precision})"
        return self.started_on.isoformat()

    def place_text(self) -> str:
        """Return where the incident happened: its place, then the districts and province that name others."""
        areas = [area for area in (self.admin2, self.admin1) if area and area != self.place]
        return ", ".join([self.place, *areas])


class Quantity(models.Model):
    """What several claims count in common (DESIGN.md, "Domain"), with the counts and the consolidated estimate
    over those claims.

    The same incident, metric, population, group and sides; or, for a cumulative toll, the same conflict, area,
    metric, population, group, sides and last day counted. Claims that share a quantity are compared: reports,
    independent origins, circular reporting, and the estimate with its grade. All of it is stored here once,
    not on every claim, so that one claim's change rewrites one small row, never its peers'. services.save_claims
    keeps it, in the transaction of each write.
    """

    conflict = models.ForeignKey(Conflict, on_delete=models.PROTECT, related_name="quantities")
    incident = models.ForeignKey(
        Incident, null=True, blank=True, on_delete=models.PROTECT, related_name="quantities"
    )
    metric = models.CharField(max_length=16, choices=Metric)
    population = models.CharField(max_length=16, choices=Population)
    group = models.CharField(max_length=16, choices=Group, default=Group.ALL)
    # The sides' ids, sorted and comma-joined: "the same sides" is then one equality.
    sides_key = models.CharField(max_length=500, blank=True)
    # A cumulative toll's area (folded: case and spacing do not make another quantity) and last day counted.
    area = models.CharField(max_length=200, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    # All the parts above in one text, unique: one constraint that holds on every engine, NULLs included.
    key = models.CharField(max_length=1000, unique=True, editable=False)
    # The key without the last day counted: a cumulative toll's successive as-of dates form one series (an
    # incident's quantity is a series of its own).
    series = models.CharField(max_length=1000, db_index=True, editable=False, default="")
    # Among published claims: what partners see.
    published_reports = models.PositiveIntegerField(
        default=0, help_text="Published reports of this quantity."
    )
    published_origins = models.PositiveIntegerField(
        default=0, help_text="Distinct origins among the published reports."
    )
    published_circular = models.BooleanField(
        default=False,
        help_text="One origin's published reports reached us through more than one last outlet.",
    )
    # Among all claims but rejected and retracted ones, drafts included: what the newsroom sees.
    newsroom_reports = models.PositiveIntegerField(
        default=0, help_text="Reports of this quantity, drafts included (not rejected or retracted ones)."
    )
    newsroom_origins = models.PositiveIntegerField(
        default=0, help_text="Distinct origins among those reports."
    )
    newsroom_circular = models.BooleanField(
        default=False, help_text="One origin's reports reached us through more than one last outlet."
    )
    # The consolidated estimate, from the latest published figure of each independent origin
    # (claims.estimates, docs/methodology.md "Estimates"): each bound names the claim that sets it.
    estimate_low = models.BigIntegerField(null=True, blank=True, editable=False)
    estimate_best = models.BigIntegerField(null=True, blank=True, editable=False)
    estimate_high = models.BigIntegerField(null=True, blank=True, editable=False)
    low_claim = models.ForeignKey(
        "Claim", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    best_claim = models.ForeignKey(
        "Claim", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    high_claim = models.ForeignKey(
        "Claim", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    derived_grade = models.CharField(
        max_length=12, choices=Grade, blank=True, editable=False, help_text="The grade the rule gives."
    )
    grade = models.CharField(
        max_length=12,
        choices=Grade,
        blank=True,
        editable=False,
        help_text="The grade shown: the reviewer's override when there is one, else the rule's.",
    )
    grade_override = models.CharField(
        max_length=12,
        choices=Grade,
        blank=True,
        help_text="A reviewer's grade, which replaces the rule's. Give the reason.",
    )
    grade_override_reason = models.TextField(
        blank=True, help_text="Why the reviewer's grade replaces the rule's; shown to partners with it."
    )
    grade_overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    explanation = models.TextField(blank=True, editable=False, help_text="How the estimate and grade follow.")
    # One entry per origin considered: its claim, figure, whether it set a bound and why (not).
    basis = models.JSONField(default=list, blank=True, editable=False)
    estimate_version = models.PositiveIntegerField(default=0, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuantityQuerySet.as_manager()

    class Meta:
        # What editors, reviewers and partners look for here is the estimate; each one is of one quantity.
        verbose_name = "estimate"
        verbose_name_plural = "estimates"
        constraints = [
            check(
                "estimate_ordered",
                (
                    Q(estimate_low__isnull=True)
                    | Q(estimate_best__isnull=True)
                    | Q(estimate_low__lte=F("estimate_best"))
                )
                & (
                    Q(estimate_best__isnull=True)
                    | Q(estimate_high__isnull=True)
                    | Q(estimate_best__lte=F("estimate_high"))
                )
                & (
                    Q(estimate_low__isnull=True)
                    | Q(estimate_high__isnull=True)
                    | Q(estimate_low__lte=F("estimate_high"))
                ),
                "An estimate's low bound is at most its best, its best at most its high bound.",
            ),
            check(
                "override_has_reason",
                Q(grade_override="") | ~Q(grade_override_reason=""),
                "Say why the reviewer's grade replaces the rule's.",
            ),
            choice_rule("derived_grade", Grade, blank=True),
            choice_rule("grade", Grade, blank=True),
            choice_rule("grade_override", Grade, blank=True),
            choice_rule("group", Group),
        ]
        indexes = [
            models.Index(fields=["incident"], name="claims_quantity_incident"),
            models.Index(fields=["conflict", "grade"], name="claims_quantity_conflict_grade"),
        ]

    def __str__(self) -> str:
        parts = [self.metric]
        if self.population != Population.ALL:
            parts.append(Population(self.population).label)
        if self.group != Group.ALL:
            parts.append(Group(self.group).label)
        where = f"incident {self.incident_id}" if self.incident_id else (self.area or "whole conflict")
        when = f", to {self.ends_on.isoformat()}" if self.ends_on and not self.incident_id else ""
        return f"{', '.join(parts)} ({where}{when})"

    def side_ids(self) -> list[int]:
        """Return the ids of the sides whose losses the quantity counts (its sides_key), without a query."""
        return [int(pk) for pk in self.sides_key.split(",") if pk]

    def label(self, names: dict[int, str]) -> str:
        """Return what the quantity counts, in words: "killed, civilians, children; sides: Armenia", its sides
        named from `names` ({actor id: name})."""
        parts = [self.get_metric_display()]
        if self.population != Population.ALL:
            parts.append(self.get_population_display())
        if self.group != Group.ALL:
            parts.append(self.get_group_display())
        sides = sorted(names.get(pk, f"actor {pk}") for pk in self.side_ids())
        return ", ".join(parts) + "; " + (f"sides: {', '.join(sides)}" if sides else "sides not stated")

    def estimate_text(self) -> str:
        """Return the estimate as a reader would say it: "13–46 (best 20)", or "" without one."""
        low, best, high = self.estimate_low, self.estimate_best, self.estimate_high
        if low is None and best is None and high is None:
            return ""
        if low is not None and high is not None:
            text = f"{low:,}" if low == high else f"{low:,}–{high:,}"
        elif low is not None:
            text = f"≥ {low:,}"
        elif high is not None:
            text = f"≤ {high:,}"
        else:
            text = ""
        if best is not None and not (low == best == high):
            text = f"{text} (best {best:,})" if text else f"≈ {best:,}"
        return text


class EstimateVersion(models.Model):
    """One state of a quantity's estimate and grade, kept whenever either changes. Append-only."""

    quantity = models.ForeignKey(Quantity, on_delete=models.CASCADE, related_name="estimate_versions")
    number = models.PositiveIntegerField()
    at = models.DateTimeField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField(
        blank=True, help_text="What changed it: a publication, a retraction, an override."
    )
    low = models.BigIntegerField(null=True, blank=True)
    best = models.BigIntegerField(null=True, blank=True)
    high = models.BigIntegerField(null=True, blank=True)
    low_claim = models.ForeignKey(
        "Claim", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", db_constraint=False
    )
    best_claim = models.ForeignKey(
        "Claim", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", db_constraint=False
    )
    high_claim = models.ForeignKey(
        "Claim", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", db_constraint=False
    )
    grade = models.CharField(max_length=12, choices=Grade, blank=True)
    derived_grade = models.CharField(max_length=12, choices=Grade, blank=True)
    explanation = models.TextField(blank=True)

    class Meta:
        ordering = ["quantity", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["quantity", "number"],
                name="%(app_label)s_%(class)s_one_per_number",
                violation_error_message="Each version of an estimate has its own number.",
            )
        ]

    def __str__(self) -> str:
        return f"estimate {self.quantity_id} version {self.number}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Estimate versions are append-only: record a new version instead.")
        super().save(*args, **kwargs)


FIGURES_SHOWN = 20  # of an origin's figures for a quantity, on a claim's page (the chart shows all)

PUBLISHED_COUNTS = ("published_reports", "published_origins", "published_circular")
NEWSROOM_COUNTS = ("newsroom_reports", "newsroom_origins", "newsroom_circular")
QUANTITY_COUNTS = (*PUBLISHED_COUNTS, *NEWSROOM_COUNTS)


# The most sides whose losses one claim counts: a quantity's key names them all (Quantity.sides_key holds 500
# characters, room for 20 ids of any length), and no reported figure counts the losses of more parties.
MAX_SIDES = 20


BREAKDOWN_OF_ITSELF = "A claim cannot be a part of itself."
# What a breakdown's rules read of a part (Claim.breakdown_problems()), and figure_text() of it.
PART_FIELDS = ("conflict", "metric", "population", "group", "qualifier", "low", "best", "high")


def sides_key(side_ids) -> str:
    """Return the key of a set of sides: their ids, sorted and comma-joined."""
    return ",".join(map(str, sorted(set(side_ids))))


class QuantityTally(models.Model):
    """How many of a quantity's claims come from one origin through one last outlet.

    The quantity's counts follow from its tallies alone (a few rows per origin), so a write adjusts two
    tallies and recounts one quantity, whatever the number of claims. 0 stands for "no origin" (unattributed)
    and "no outlet" (no chain): plain integers, not foreign keys, so that the pair is unique on every engine.
    """

    quantity = models.ForeignKey(Quantity, on_delete=models.CASCADE, related_name="tallies")
    origin = models.BigIntegerField(help_text="The origin actor's id; 0 for unattributed claims.")
    outlet = models.BigIntegerField(help_text="The last hop's actor's id; 0 for a claim without a chain.")
    # Signed on purpose: a write adds -1 to one tally and +1 to another in one upsert, and PostgreSQL checks a
    # column's constraints on the row proposed for insertion even when it updates the existing row instead.
    published = models.IntegerField(
        default=0, help_text="Published claims of this origin through this outlet."
    )
    newsroom = models.IntegerField(
        default=0, help_text="Claims counted by the newsroom (not rejected or retracted)."
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["quantity", "origin", "outlet"], name="%(app_label)s_%(class)s_unique_pair"
            )
        ]

    def __str__(self) -> str:
        return f"quantity {self.quantity_id}: origin {self.origin} via {self.outlet}"


class Claim(FieldErrorsFromConstraints):
    """One casualty figure as stated by its originator at one time."""

    # What is counted.
    conflict = models.ForeignKey(Conflict, on_delete=models.PROTECT, related_name="claims")
    metric = models.CharField(max_length=16, choices=Metric)
    population = models.CharField(max_length=16, choices=Population, default=Population.ALL)
    group = models.CharField(
        max_length=16,
        choices=Group,
        default=Group.ALL,
        help_text="Whose losses by age and sex, when the figure counts only children, women, men or the elderly.",
    )
    incident = models.ForeignKey(
        Incident,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims",
        help_text="The event the figure is about. Leave empty for a cumulative toll over an area and a period.",
    )
    sides = models.ManyToManyField(
        Actor,
        blank=True,
        related_name="losses_counted",
        help_text="Whose losses the figure counts. Leave empty when the statement does not say.",
    )
    # Derived from conflict, metric, population and sides by services.save_claims.
    quantity = models.ForeignKey(
        Quantity,
        on_delete=models.PROTECT,
        related_name="claims",
        editable=False,
        db_index=False,  # the index on (quantity, stated_on) serves lookups by quantity too
        help_text="What this figure counts, shared with the claims it is compared with.",
    )
    area = models.CharField(max_length=200, blank=True, help_text="Where the losses occurred, as stated.")
    period_start = models.DateField(null=True, blank=True, help_text="First day of the period counted.")
    period_end = models.DateField(null=True, blank=True, help_text="Last day of the period counted.")
    as_of = models.DateField(null=True, blank=True, help_text="The date the figure is valid for, if stated.")
    # PROTECT, as for supersedes and corrects: claims are never deleted (they are rejected or retracted), and a
    # deletion that emptied the link (SET_NULL) would change the part behind the one write path, with no
    # version saying so and no word to partners.
    breakdown_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="parts",
        verbose_name="part of",
        help_text="The total this figure is a part of, when the statement breaks one down: “18 children” in "
        "“about 70 civilians, including 18 children, were killed”. Type the total’s phrase to find it. The "
        "total is a claim of the same conflict that counts the same people (casualties for a part that counts "
        "the killed or the wounded), is no part itself, and is not smaller than this figure.",
    )

    # The figure.
    phrase = models.CharField(
        max_length=500, help_text="The figure verbatim, as written in the source: “as many as 5,000 deaths”."
    )
    qualifier = models.CharField(
        max_length=16, choices=Qualifier, help_text="How the phrase bounds the number."
    )
    low = models.BigIntegerField(null=True, blank=True, help_text="Lowest number the phrase allows.")
    best = models.BigIntegerField(
        null=True, blank=True, help_text="The single number the phrase states, if any."
    )
    high = models.BigIntegerField(null=True, blank=True, help_text="Highest number the phrase allows.")
    convention = models.CharField(
        max_length=16,
        choices=Convention,
        default=Convention.CONSERVATIVE,
        help_text="How vague magnitudes were read into bounds, kept so bounds can be recomputed.",
    )

    # Who and when.
    originator = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="originated_claims",
        help_text="Who first stated the figure. Leave empty when the source names nobody.",
    )
    stated_on = models.DateField(null=True, blank=True, help_text="When the originator stated the figure.")
    quote = models.TextField(
        help_text="The sentence of the captured source that contains the figure, verbatim."
    )

    # The actor of the chain's last hop, kept with quote_check: compared across claims to spot circular
    # reporting, where a subquery per claim and per peer would cost more the more reports there are.
    last_reporter = models.ForeignKey(
        Actor, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    quote_check = models.CharField(
        max_length=16,
        choices=QuoteCheck,
        default=QuoteCheck.NO_SNAPSHOT,
        editable=False,
        help_text="Whether the quote and the figure appear in the text snapshot of the source read.",
    )
    # Editorial state.
    status = models.CharField(max_length=16, choices=Status, default=Status.DRAFT)
    rating = models.CharField(max_length=16, choices=Rating, blank=True)
    supersedes = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="superseded_by",
        help_text="The same originator's earlier figure for the same quantity that this one revises.",
    )
    corrects = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="corrections",
        editable=False,
        help_text="The published claim this one corrects: publishing it retracts that one.",
    )
    internal_note = models.TextField(
        blank=True, help_text="For editors and reviewers only; never shown to partners."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims_created",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Set only by claims.services, which writes a ReviewEvent with each change of status.
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    retracted_at = models.DateTimeField(null=True, blank=True, editable=False)
    retraction_reason = models.TextField(blank=True, editable=False)
    external_id = models.CharField(
        max_length=200,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text="The claim's id in the file it was imported from; a re-import skips claims already present.",
    )
    # The number of the claim's latest version (ClaimVersion): a form loaded from an older one is merged.
    version = models.PositiveIntegerField(default=0, editable=False)

    objects = ClaimQuerySet.as_manager()

    constraint_fields = {
        **bounds_fields(),
        "period_ends_after_start": "period_end",
        "not_superseding_itself": "supersedes",
        "not_part_of_itself": "breakdown_of",
        **{
            f"{name}_known": name
            for name in ("metric", "population", "group", "qualifier", "convention", "status", "rating")
        },
    }

    class Meta:
        ordering = ["-stated_on", "-id"]
        constraints = [
            *bounds_rules(),
            check(
                "period_ends_after_start",
                Q(period_start__isnull=True)
                | Q(period_end__isnull=True)
                | Q(period_end__gte=F("period_start")),
                "The period counted must not end before it starts.",
            ),
            check("not_superseding_itself", ~Q(supersedes=F("pk")), "A claim cannot supersede itself."),
            check("not_correcting_itself", ~Q(corrects=F("pk")), "A claim cannot correct itself."),
            check("not_part_of_itself", ~Q(breakdown_of=F("pk")), BREAKDOWN_OF_ITSELF),
            choice_rule("metric", Metric),
            choice_rule("population", Population),
            choice_rule("group", Group),
            choice_rule("qualifier", Qualifier),
            choice_rule("convention", Convention),
            choice_rule("status", Status),
            choice_rule("rating", Rating, blank=True),
            # Four eyes: whoever wrote a claim never verifies or publishes it.
            check(
                "verifier_is_not_author", ~Q(verified_by=F("created_by")), "Nobody verifies their own claim."
            ),
            check(
                "publisher_is_not_author",
                ~Q(published_by=F("created_by")),
                "Nobody publishes their own claim.",
            ),
            check(
                "retraction_has_reason",
                ~Q(status=Status.RETRACTED) | ~Q(retraction_reason=""),
                "A retraction needs a reason.",
            ),
        ]
        permissions = [("review_claim", "Can verify, reject, return, publish, retract and rate claims")]
        indexes = [
            models.Index(fields=["status", "-stated_on"], name="claims_claim_status_stated"),
            # The lists' default order (Meta.ordering): a page of the newest claims without sorting them all.
            models.Index(fields=["-stated_on", "-id"], name="claims_claim_newest"),
            # A quantity's claims, newest first: an origin's latest figures without reading them all.
            models.Index(fields=["quantity", "-stated_on", "-id"], name="claims_claim_quantity_newest"),
            # The API's filters that a page in id order would otherwise find by reading every claim, when
            # few or none match (`rating`, `updated_after` for an incremental sync).
            models.Index(fields=["rating"], name="claims_claim_rating"),
            models.Index(fields=["updated_at"], name="claims_claim_updated"),
        ]

    def __str__(self) -> str:
        # No sides here: a label must not cost a query per row in lists and autocompletes.
        return f"{self.figure_text(with_sides=False)} ({self.originator or 'unattributed'})"

    def save(self, *args, **kwargs):
        # A claim is one aggregate with its chain and sides: written, versioned and announced together.
        if not getattr(self, "_saved_by_service", False):
            raise RuntimeError(
                "Claims are written by claims.services.save_claims, with their chain and sides."
            )
        super().save(*args, **kwargs)

    def figure_problems(self) -> dict[str, str]:
        """Return {field: message} for each bounds rule the figure breaks, without a query.

        The same rules as the check constraints (from the same tables), for validating many rows at once:
        Django's constraint validation runs one query per constraint per row.
        """
        problems = {}
        bounds = {name: getattr(self, name) for name in BOUNDS}
        for name, value in bounds.items():
            if value is not None and value < 0:
                problems[name] = f"The {name} bound cannot be negative."
        low, best, high = bounds["low"], bounds["best"], bounds["high"]
        if low is not None and best is not None and low > best:
            problems["best"] = "The low bound cannot be greater than the best estimate."
        if best is not None and high is not None and best > high:
            problems["high"] = "The best estimate cannot be greater than the high bound."
        if low is not None and high is not None and low > high:
            problems["high"] = "The low bound cannot be greater than the high bound."
        if self.qualifier in REQUIRED_BOUNDS:
            required = REQUIRED_BOUNDS[self.qualifier]
            if required and any(bounds[name] is None for name in required):
                label = Qualifier(self.qualifier).label
                problems[required[0]] = f"A figure read as “{label}” needs {' and '.join(required)} set."
            if not required and any(v is not None for v in bounds.values()):
                problems["qualifier"] = (
                    "An unquantified figure has no bounds: leave low, best and high empty."
                )
            if self.qualifier == Qualifier.EXACT and not (low == best == high):
                problems.setdefault(
                    "high", "An exact figure has low, best and high all equal to the number stated."
                )
        if self.period_start and self.period_end and self.period_end < self.period_start:
            problems["period_end"] = "The period counted must not end before it starts."
        return problems

    def clean(self):
        # A figure beyond belief is refused with the limit it passed: a setting, not a constraint, so that an
        # administrator can raise it without a migration.
        if implausible := implausible_bounds(self.metric, {name: getattr(self, name) for name in BOUNDS}):
            raise ValidationError(implausible)
        # The rules of a breakdown compare two rows, which no check constraint can: they are checked here, with
        # the total the write path has locked (services.aggregate.plan_edit), and the database holds the one
        # rule a row holds alone (not_part_of_itself).
        if self.breakdown_of_id is None or self.breakdown_of_id == self.pk:  # the constraint says so
            return
        try:
            total = self.breakdown_of  # loaded by the form or the write path; queried otherwise
        except Claim.DoesNotExist:
            raise ValidationError({"breakdown_of": "No claim has this id: choose the total again."}) from None
        if problems := self.breakdown_problems(total):
            raise ValidationError({"breakdown_of": list(dict.fromkeys(problems.values()))})

    def breakdown_problems(self, total: "Claim") -> dict[str, str]:
        """Return {rule: message} for what keeps this claim from being a part of `total`, without a query.

        A part belongs to its total's conflict and counts what the total counts: the same metric (or the killed
        or the wounded of a casualties total), and the total's population and group unless the total counts
        everyone. A total is no part itself: a breakdown has one level. A part does not count more than its
        total where both say how many, compared conservatively: the least the part allows (its low bound, else
        its best) above the most the total allows (its high bound, else its best). Each rule is named after
        the total's field it compares ("figure" for its bounds).
        """
        named = f"#{total.pk}" if total.pk is not None else f"“{total.phrase}”"
        if total.pk is not None and total.pk == self.pk:
            return {"breakdown_of": BREAKDOWN_OF_ITSELF}
        problems = {}
        if total.breakdown_of_id is not None:
            problems["breakdown_of"] = (
                f"The claim {named} is itself a part of #{total.breakdown_of_id}, and a breakdown has one level: "
                f"choose the total, #{total.breakdown_of_id}."
            )
        if total.conflict_id != self.conflict_id:
            problems["conflict"] = (
                f"The claim {named} is about another conflict: a part and its total belong to the same conflict."
            )
        if {self.metric, total.metric} <= set(Metric.values) and not Metric(total.metric).counts_among(
            self.metric
        ):
            counted = f"“{Metric(total.metric).label}”"
            if total.metric == Metric.CASUALTIES:
                counted = f"{counted}, or the killed or the wounded among them"
            problems["metric"] = (
                f"The total {named} counts “{Metric(total.metric).label}”: a part of it counts {counted}, not "
                f"“{Metric(self.metric).label}”."
            )
        for name, choices in (("population", Population), ("group", Group)):
            mine, theirs = getattr(self, name), getattr(total, name)
            # "all" is everyone in both: Population.ALL, Group.ALL.
            if {mine, theirs} <= set(choices.values) and theirs not in ("all", mine):
                label = choices(theirs).label
                problems[name] = (
                    f"The total {named} counts {label} only: a part of it counts {label} too. Set the {name} to "
                    f"“{label}”, or choose another total."
                )
        least = self.low if self.low is not None else self.best
        most = total.high if total.high is not None else total.best
        if least is not None and most is not None and least > most:
            problems["figure"] = (
                f"This figure ({self.number_text()}) counts more than its total {named} ({total.number_text()}): "
                "a part cannot be larger than its total. Check both figures, or the total chosen."
            )
        return problems

    def problems_as_total(self) -> dict[str, list[str]]:
        """Return {field: messages} for the stored parts of this claim that its values would break, as their
        total: one of breakdown_problems()' rules, or a total that is itself a part. Rejected and retracted
        parts hold their total to nothing: they left the record, and they can no longer change to follow it.
        Queries once."""
        if self.pk is None:
            return {}
        parts = list(Claim.objects.counted().filter(breakdown_of=self.pk).order_by("pk").only(*PART_FIELDS))
        if not parts:
            return {}
        if self.breakdown_of_id is not None:
            listed = ", ".join(f"#{part.pk}" for part in parts)
            return {
                "breakdown_of": [
                    f"This claim is the total of {listed}, and a breakdown has one level: a total is no part "
                    "itself. Leave “part of” empty, or link its parts to another total first."
                ]
            }
        problems: dict[str, list[str]] = {}
        for part in parts:
            for rule, message in part.breakdown_problems(self).items():
                field = rule if rule != "figure" else ("high" if self.high is not None else "best")
                problems.setdefault(field, []).append(
                    f"#{part.pk} ({part.figure_text(with_sides=False)}) is a part of this claim. {message}"
                )
        return problems

    @property
    def origin_id(self) -> int | None:
        """Return the id of whom the figure ultimately comes from: the originator's root, or the originator."""
        if self.originator_id is None:
            return None
        assert self.originator is not None  # its id is set
        return self.originator.root_id or self.originator_id

    def figures_of_origin(self):
        """Return the same origin's other claims of this quantity's series (the same toll at every as-of
        date), latest stated first (a queryset)."""
        series = Quantity.objects.filter(pk=self.quantity_id).values("series")
        return (
            Claim.objects.filter(quantity__series=models.Subquery(series))
            .with_origin()
            .filter(origin=self.origin_id)
            .exclude(pk=self.pk)
            .order_by(F("stated_on").desc(nulls_last=True), "-pk")
        )

    def other_figures_of_origin(self, limit: int = FIGURES_SHOWN) -> list["Claim"]:
        """Return the latest `limit` of the same origin's other claims of this quantity, oldest first: a
        quantity may hold thousands. Queries once (the index on quantity and date reads only those)."""
        if self.pk is None or self.originator_id is None:
            return []
        return list(self.figures_of_origin()[:limit])[::-1]

    def suggested_predecessor(self, others: list["Claim"] | None = None) -> "Claim | None":
        """Return the figure this one may revise, if it is unlinked: the same origin's latest claim of this
        quantity stated strictly earlier. Looks among `others` (other_figures_of_origin()) when they hold all of
        that origin's figures; queries once otherwise."""
        if self.supersedes_id is not None or self.stated_on is None or self.originator_id is None:
            return None
        if others is not None and len(others) < FIGURES_SHOWN:
            # Strictly earlier: the same day's figure from the same origin is one statement, echoed.
            earlier = [other for other in others if other.stated_on and other.stated_on < self.stated_on]
            return earlier[-1] if earlier else None
        return self.figures_of_origin().filter(stated_on__lt=self.stated_on).first()

    def figure_numbers(self) -> set[int]:
        """Return the numbers the phrase may write: the bounds, and N for "more than N" / "fewer than N"."""
        numbers = {n for n in (self.low, self.best, self.high) if n is not None}
        if self.qualifier == Qualifier.MORE_THAN and self.low is not None:
            numbers.add(self.low - 1)
        if self.qualifier == Qualifier.FEWER_THAN and self.high is not None:
            numbers.add(self.high + 1)
        return numbers

    def number_text(self) -> str:
        """Return the figure's bounds in a compact reading: "≤ 5,000", "1,000–2,000", "≈ 300"."""
        low, best, high = self.low, self.best, self.high
        match self.qualifier:
            case Qualifier.EXACT | Qualifier.APPROXIMATE if best is not None:
                return f"{'≈ ' if self.qualifier == Qualifier.APPROXIMATE else ''}{best:,}"
            case Qualifier.MORE_THAN if low is not None:
                return f"> {low - 1:,}"
            case Qualifier.FEWER_THAN if high is not None:
                return f"< {high + 1:,}"
            case Qualifier.UNQUANTIFIED:
                return "an unquantified number"
        if low is not None and high is not None:
            return f"{low:,}–{high:,}"
        if low is not None:
            return f"≥ {low:,}"
        if high is not None:
            return f"≤ {high:,}"
        return "?"

    def sides_text(self) -> str:
        """Return whose losses are counted: "all sides", the sides' names, or "" when not stated.

        Uses the prefetched `sides` and `conflict.parties` when the queryset has them (with_figure_labels()).
        """
        sides = {actor.pk: actor.name for actor in self.sides.all()}
        if not sides:
            return ""
        parties = {actor.pk for actor in self.conflict.parties.all()}
        if parties and parties <= set(sides):
            return "all sides"
        return ", ".join(sorted(sides.values()))

    def figure_text(self, with_sides: bool = True) -> str:
        """Return the figure as a reader would say it: "≤ 5,000 killed, all sides".

        With sides, it reads `sides` and `conflict.parties` (prefetched by with_figure_labels()).
        """
        parts = [f"{self.number_text()} {self.metric}"]
        if self.population != Population.ALL:
            parts.append(Population(self.population).label)
        if with_sides and self.pk is not None and (sides := self.sides_text()):
            parts.append(sides)
        return ", ".join(parts)


class ReviewQueue(Claim):
    """Claims in review, as a reviewer's work list (the admin filters out the reviewer's own claims)."""

    class Meta:
        proxy = True
        verbose_name = "claim awaiting review"
        verbose_name_plural = "claims awaiting review"


MAX_HOP_POSITION = 99  # a chain of a hundred relays is a typing mistake, not a chain


class AttributionHop(FieldErrorsFromConstraints):
    """One step of a claim's attribution chain: hop 0 is the originator's statement, the last the source read."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="chain")
    position = models.PositiveSmallIntegerField(
        help_text=f"0 for the original statement, then one more per relay (at most {MAX_HOP_POSITION})."
    )
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="hops")
    relation = models.CharField(max_length=16, choices=Relation)
    source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="hops",
        help_text="The document where this hop can be read, if captured.",
    )
    date = models.DateField(null=True, blank=True)
    words = models.TextField(
        blank=True, help_text="The words used at this hop, if they differ from the claim's phrase."
    )

    constraint_fields = {"position_in_range": "position", "relation_known": "relation"}

    class Meta:
        ordering = ["claim", "position"]
        verbose_name = "attribution hop"
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "position"],
                name="%(app_label)s_%(class)s_unique_position",
                violation_error_message="Each position in a chain can be used only once.",
            ),
            # PostgreSQL's smallint would refuse more than 32,767; SQLite would not: one limit on both.
            check(
                "position_in_range",
                Q(position__gte=0, position__lte=MAX_HOP_POSITION),
                f"A hop's position is a number from 0 to {MAX_HOP_POSITION}.",
            ),
            choice_rule("relation", Relation),
        ]

    def __str__(self) -> str:
        return f"{self.position}: {self.actor} {self.relation}"

    def save(self, *args, **kwargs):
        if not getattr(self, "_saved_by_service", False):
            raise RuntimeError("A hop changes only with its claim, through claims.services.save_claims.")
        super().save(*args, **kwargs)


class ReviewEvent(models.Model):
    """One change of a claim's review status: who, when, from, to, and why. Append-only."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="review_events")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="review_events")
    at = models.DateTimeField(auto_now_add=True)
    from_status = models.CharField(max_length=16, choices=Status)
    to_status = models.CharField(max_length=16, choices=Status)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["claim", "at", "id"]
        indexes = [models.Index(fields=["claim", "at"], name="claims_reviewevent_claim_at")]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status} by {self.by} at {self.at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Review events are append-only: record a new event instead.")
        super().save(*args, **kwargs)


class ChangeAction(models.TextChoices):
    UPSERT = "upsert", "upsert"
    DELETE = "delete", "delete"


class ClaimDocument(models.Model):
    """A published claim as partners read it, rendered once when a change commits (claims/api/documents.py):
    the API's pages, detail, feed and CSV are these bytes joined, not rendered per request. Written only by
    services.record_feed_entries; a claim outside the published set has none."""

    claim = models.OneToOneField(
        Claim, primary_key=True, on_delete=models.CASCADE, related_name="document", db_column="claim_id"
    )
    json = models.BinaryField(help_text="The claim's partner JSON, its `url` relative to the site.")
    csv = models.BinaryField(help_text="The claim's CSV row after its `id` and `url` cells.")

    class Meta:
        verbose_name = "partner document"

    def __str__(self) -> str:
        return f"Partner document of claim {self.claim_id}"


class QuantityDocument(models.Model):
    """A quantity partners see (one with published reports) as they read it under /estimates/, rendered when a
    change commits, as a claim's is (claims/api/documents.py). Written only by services.record_feed_entries."""

    quantity = models.OneToOneField(
        "Quantity",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="document",
        db_column="quantity_id",
    )
    json = models.BinaryField(help_text="The estimate's partner JSON, its `url` relative to the site.")

    class Meta:
        verbose_name = "estimate's partner document"

    def __str__(self) -> str:
        return f"Partner document of estimate {self.quantity_id}"


class IncidentDocument(models.Model):
    """An incident partners see, with its estimates, as they read it, rendered when a change commits, as a
    claim's is (claims/api/documents.py). Written only by services.record_feed_entries."""

    incident = models.OneToOneField(
        "Incident",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="document",
        db_column="incident_id",
    )
    json = models.BinaryField(help_text="The incident's partner JSON, its `url`s relative to the site.")

    class Meta:
        verbose_name = "incident's partner document"

    def __str__(self) -> str:
        return f"Partner document of incident {self.incident_id}"


class ClaimVersion(models.Model):
    """One version of a claim: the whole aggregate (fields, chain, sides) as it was saved, who saved it, when
    and why. Append-only; services.save_claims writes one with every change, numbered 1, 2, 3...

    `record` holds the values as stored (ids for related records, codes for choices); the admin's history
    shows them with labels, side by side with the previous version. Derived fields are not recorded.
    """

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    at = models.DateTimeField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField(
        blank=True, help_text="Why the claim was changed, as its editor or reviewer said."
    )
    record = models.JSONField(help_text="The claim's fields, chain and sides as saved.")
    changed = models.JSONField(
        default=list, help_text="The names of what changed since the previous version."
    )

    class Meta:
        ordering = ["claim", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "number"],
                name="%(app_label)s_%(class)s_one_per_number",
                violation_error_message="Each version of a claim has its own number.",
            )
        ]

    def __str__(self) -> str:
        return f"claim {self.claim_id} version {self.number}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Versions are append-only: record a new version instead.")
        super().save(*args, **kwargs)


class FeedEntry(models.Model):
    """One entry of the partners' change feed: a claim, or a quantity's counts, as partners see them changed.

    A claim's entry says it entered, changed in, or left the published set; a quantity's entry that its
    counts among published claims changed. Entries are written only by services.record_feed_entries, which
    serialises writers so that sequence order is commit order; each record keeps only its latest entry, so a
    full sync reads one entry per claim and per quantity.
    """

    seq = models.BigAutoField(primary_key=True)
    # Indexed by the constraints below: a second index for the foreign keys would only slow writes.
    claim = models.ForeignKey(Claim, null=True, on_delete=models.CASCADE, related_name="+", db_index=False)
    quantity = models.ForeignKey(
        Quantity, null=True, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    incident = models.ForeignKey(
        Incident, null=True, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    action = models.CharField(max_length=8, choices=ChangeAction)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["seq"]
        verbose_name = "change feed entry"
        verbose_name_plural = "change feed"
        constraints = [
            models.UniqueConstraint(
                fields=["claim"],
                name="claims_feedentry_one_per_claim",
                violation_error_message="A claim has one entry in the change feed: its latest.",
            ),
            models.UniqueConstraint(
                fields=["quantity"],
                name="claims_feedentry_one_per_quantity",
                violation_error_message="A quantity has one entry in the change feed: its latest.",
            ),
            models.UniqueConstraint(
                fields=["incident"],
                name="claims_feedentry_one_per_incident",
                violation_error_message="An incident has one entry in the change feed: its latest.",
            ),
            check(
                "of_one_record",
                Q(claim__isnull=False, quantity__isnull=True, incident__isnull=True)
                | Q(claim__isnull=True, quantity__isnull=False, incident__isnull=True)
                | Q(claim__isnull=True, quantity__isnull=True, incident__isnull=False),
                "A feed entry is about one claim, one quantity or one incident.",
            ),
        ]

    def __str__(self) -> str:
        if self.claim_id is not None:
            return f"#{self.seq} {self.action} claim {self.claim_id}"
        if self.incident_id is not None:
            return f"#{self.seq} {self.action} incident {self.incident_id}"
        return f"#{self.seq} {self.action} quantity {self.quantity_id}"


class FeedDocument(models.Model):
    """The stored JSON (claims/api/documents.py) an upsert in the change feed carries: copied from the record's
    document when the entry is written, in the same statement's transaction, so that a page of the feed is one
    range of rows in sequence order, read without joining the records. Written only by
    services.record_feed_entries; an entry written before migration 0036 has none, and its record's document
    is read instead."""

    entry = models.OneToOneField(
        FeedEntry, primary_key=True, on_delete=models.CASCADE, related_name="document", db_column="entry_id"
    )
    json = models.BinaryField(help_text="The record's partner JSON when the entry was written.")

    class Meta:
        verbose_name = "change feed entry's document"

    def __str__(self) -> str:
        return f"Document of feed entry #{self.entry_id}"


class Partner(models.Model):
    """A newsroom, researcher or NGO that pulls published claims over the API."""

    name = models.CharField(max_length=200, unique=True)
    contact = models.EmailField(blank=True, help_text="Whom to tell about API changes and revoked keys.")
    notes = models.TextField(blank=True, help_text="Internal; never shown to the partner.")
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class PartnerKey(AbstractAPIKey):
    """An API key of one partner, stored hashed; revoke it in the admin to cut access at once."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="keys")

    class Meta(AbstractAPIKey.Meta):
        verbose_name = "partner API key"
        verbose_name_plural = "partner API keys"


class RequestCount(models.Model):
    """How many API requests one key made in one slice of the throttle's period, when the cache cannot count
    atomically (the database cache): the database's upsert is the atomic counter (claims.api.throttle)."""

    key = models.CharField(max_length=200)
    slice = models.BigIntegerField(help_text="The slice's number: seconds since the epoch // slice length.")
    count = models.IntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "slice"], name="request_count_key_slice")]

    def __str__(self) -> str:
        return f"{self.key} @ {self.slice}: {self.count}"


# Releases (issue 18) --------------------------------------------------------------------------------------------


class ReleaseChanged(Exception):
    """An attempt to change or delete a release, its files or their bytes: a release never changes."""


class InsertOnlyQuerySet(models.QuerySet):
    """Rows that are written once and never changed: bulk updates and deletes are refused like save() and delete()
    (the database refuses them too: migration 0031's triggers)."""

    def update(self, **kwargs):
        raise ReleaseChanged(f"{self.model._meta.verbose_name_plural} never change once written.")

    def delete(self):
        raise ReleaseChanged(f"{self.model._meta.verbose_name_plural} are never deleted.")


class InsertOnly(models.Model):
    """A model whose rows are inserted once and never updated nor deleted (a release and its files)."""

    objects = InsertOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ReleaseChanged(f"This {self._meta.verbose_name} was written once and never changes.")
        kwargs["force_insert"] = True  # never an UPDATE, even with a primary key given
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ReleaseChanged(f"A {self._meta.verbose_name} is never deleted.")


class Release(InsertOnly):
    """A numbered, immutable snapshot of what partners see: every published claim, incident and estimate as the
    API renders them, at one instant, with what changed since the previous release (claims.releases).

    Written once, in the transaction that renders it, with its files and their bytes; nothing changes it after.
    """

    number = models.PositiveIntegerField(
        primary_key=True, help_text="1, 2, 3…: one more than the previous release's, never reused."
    )
    created_at = models.DateTimeField(help_text="The instant whose published record the release holds.")
    previous = models.PositiveIntegerField(
        null=True, blank=True, help_text="The release the changelog compares with (none for the first)."
    )
    base_url = models.CharField(
        "base URL",
        max_length=500,
        blank=True,
        help_text="The site address the records' URLs were written with (empty: paths from the site's root).",
    )
    counts = models.JSONField(
        default=dict, help_text="How many claims, incidents and estimates the release holds, by type."
    )
    changes = models.JSONField(
        default=dict,
        help_text="How many records were added, changed and removed since the previous release, by type.",
    )

    class Meta:
        ordering = ["-number"]

    def __str__(self) -> str:
        return f"Release {self.number}"


class ReleaseFileKind(models.TextChoices):
    JSONL = "jsonl", "JSON Lines: every record"
    CSV = "csv", "CSV: the claims"
    CHANGELOG = "changelog", "Changelog: the ids added, changed and removed"
    DIGESTS = "digests", "Digests: each record's hash, for the next changelog (internal)"


class ReleaseFile(InsertOnly):
    """One file of a release: its length and SHA-256; its bytes are the ReleaseChunks of its release and kind."""

    release = models.ForeignKey(Release, on_delete=models.PROTECT, related_name="files")
    kind = models.CharField(max_length=16, choices=ReleaseFileKind)
    size = models.PositiveBigIntegerField(help_text="The file's length in bytes.")
    sha256 = models.CharField(max_length=64, help_text="SHA-256 of the file's bytes.")
    chunks = models.PositiveIntegerField(help_text="How many chunks hold the bytes, numbered from 0.")

    class Meta:
        ordering = ["release", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["release", "kind"], name="claims_releasefile_one_per_kind")
        ]

    def __str__(self) -> str:
        return f"Release {self.release_id} {self.kind}"


class ReleaseChunk(InsertOnly):
    """About a megabyte of one release file's bytes: files are stored in the database a chunk a row, so that
    neither writing nor serving one ever holds it whole in memory."""

    release = models.ForeignKey(Release, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=16, choices=ReleaseFileKind)
    number = models.PositiveIntegerField(help_text="The chunk's place in its file, from 0.")
    data = models.BinaryField(help_text="The chunk's bytes.")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["release", "kind", "number"], name="claims_releasechunk_one_per_place"
            )
        ]

    def __str__(self) -> str:
        return f"Release {self.release_id} {self.kind} chunk {self.number}"


class ReleaseCut(models.Model):
    """A reviewer's request to cut a release, run in the background by the task worker: what the admin shows of
    its progress and, when it failed, why. The release itself names nobody: who cut it is kept here only."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField()
    base_url = models.CharField(
        "base URL",
        max_length=500,
        blank=True,
        help_text="The site address the records' URLs are written with (PUBLIC_BASE_URL; empty: paths).",
    )
    state = models.CharField(max_length=16, choices=CaptureState, default=CaptureState.QUEUED)
    finished_at = models.DateTimeField(null=True, blank=True)
    message = models.TextField(blank=True, help_text="What the release holds, or why the cut failed.")
    release = models.OneToOneField(
        Release, null=True, blank=True, on_delete=models.PROTECT, related_name="cut"
    )

    class Meta:
        ordering = ["-requested_at", "-pk"]
        constraints = [
            check(
                "cut_finished_when_done_or_failed",
                Q(state__in=[CaptureState.QUEUED, CaptureState.RUNNING], finished_at__isnull=True)
                | Q(state__in=[CaptureState.DONE, CaptureState.FAILED], finished_at__isnull=False),
                "A cut has a finishing time exactly when it is done or has failed.",
            ),
            # Pressing "Cut a release" twice queues one cut; another may be queued while one runs.
            models.UniqueConstraint(
                fields=["state"],
                condition=Q(state=CaptureState.QUEUED),
                name="claims_releasecut_one_queued",
                violation_error_message="A release is already queued to be cut.",
            ),
        ]

    def __str__(self) -> str:
        return f"Cut requested at {self.requested_at:%Y-%m-%d %H:%M} UTC: {self.state}"


# --- Webhooks (issue 18): partners told of changes to published claims by POST instead of polling the feed ----


class WebhookEventType(models.TextChoices):
    CLAIM_PUBLISHED = "claim.published", "claim.published: a claim entered the published set"
    CLAIM_CORRECTED = "claim.corrected", "claim.corrected: a published claim's JSON changed"
    CLAIM_RETRACTED = "claim.retracted", "claim.retracted: a claim left the published set"


class WebhookSubscription(models.Model):
    """A partner's request to be sent some kinds of events about published claims at one address, signed with
    the subscription's own secret as the Standard Webhooks specification says (claims.webhooks)."""

    partner = models.ForeignKey(
        Partner,
        on_delete=models.CASCADE,
        related_name="webhooks",
        help_text="Whose subscription: only this partner sees it over the API, and it is sent only while the "
        "partner has a key that is neither revoked nor expired.",
    )
    # Checked by claims.webhooks.check_url (the admin's form and the API), not by URLValidator, which refuses
    # addresses the API's schema admits.
    url = models.CharField(
        "URL",
        max_length=2000,
        help_text="Where events are POSTed: an http or https address on the internet (never a private, loopback "
        "or link-local one unless WEBHOOK_ALLOW_PRIVATE_ADDRESSES is set).",
    )
    events = models.JSONField(
        default=list,
        help_text="The kinds of events sent: any of claim.published, claim.corrected and claim.retracted.",
    )
    active = models.BooleanField(
        default=True,
        help_text="Untick to pause: no event is recorded for it, and pending deliveries are not sent.",
    )
    # Kept readable, not hashed: the server signs every delivery with it.
    secret = models.CharField(
        max_length=100,
        editable=False,
        help_text="The signing secret (whsec_…), shown once when made or rotated.",
    )
    previous_secret = models.CharField(
        max_length=100,
        blank=True,
        editable=False,
        help_text="The secret before the last rotation: deliveries carry a signature with it too until "
        "previous_secret_until, so a receiver can switch without losing events.",
    )
    previous_secret_until = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="Until when deliveries are also signed with the previous secret.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["partner", "id"]
        verbose_name = "webhook subscription"
        indexes = [models.Index(fields=["active"], name="claims_webhook_active")]

    def __str__(self) -> str:
        return f"{self.partner} → {self.url}"


class WebhookEvent(models.Model):
    """One event about one claim, with the claim's partner JSON (or tombstone) as it was when the change was
    written: what every subscribed partner is sent, however late the delivery."""

    type = models.CharField(max_length=32, choices=WebhookEventType, help_text="What happened to the claim.")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField(help_text="When the change was written; the body's timestamp.")
    data = models.JSONField(
        help_text="The claim's partner JSON, or its tombstone for a retraction, as rendered when it changed."
    )
    batch = models.UUIDField(help_text="The write that recorded it: its deliveries are queued together.")

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["batch"], name="claims_webhookevent_batch")]

    def __str__(self) -> str:
        return f"{self.type} claim {self.claim_id}"


class DeliveryState(models.TextChoices):
    PENDING = "pending", "pending"
    SENDING = "sending", "sending"
    RETRYING = "retrying", "retrying"
    SUCCEEDED = "succeeded", "succeeded"
    FAILED = "failed", "failed"


def new_message_id() -> str:
    """A delivery's webhook-id: msg_ and 32 random hexadecimal digits (claims.webhooks.queue_deliveries writes
    the same in SQL)."""
    return f"msg_{uuid.uuid4().hex}"


class WebhookDelivery(models.Model):
    """One event to be sent to one subscription, tried until the receiver answers 2xx or the retries run out."""

    subscription = models.ForeignKey(WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries")
    event = models.ForeignKey(WebhookEvent, on_delete=models.CASCADE, related_name="deliveries")
    state = models.CharField(max_length=16, choices=DeliveryState, default=DeliveryState.PENDING)
    tries = models.PositiveIntegerField(
        default=0,
        help_text="Attempts since it was queued or last replayed: where it stands in the retry schedule.",
    )
    next_attempt_at = models.DateTimeField(null=True, blank=True, help_text="When the next retry is due.")
    state_changed_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When it was last queued (pending) or taken by a worker (sending): one left in either state much longer "
        "than WEBHOOK_TIMEOUT_SECONDS was lost with its task or worker, and may be replayed.",
    )
    # Opaque: the delivery's id is a sequence every partner's deliveries share, and the gap between two of a
    # partner's would count the other partners' subscriptions.
    message_id = models.CharField(
        max_length=40,
        default=new_message_id,
        editable=False,
        help_text="The webhook-id header: the same for every attempt and replay, so receivers can drop a repeat.",
    )
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-id"]
        verbose_name_plural = "webhook deliveries"
        indexes = [models.Index(fields=["subscription", "-id"], name="claims_delivery_sub_id")]

    def __str__(self) -> str:
        return f"delivery {self.pk} of event {self.event_id} to subscription {self.subscription_id}"


class WebhookAttempt(models.Model):
    """One POST of a delivery and what the receiver answered: the delivery log."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="attempts")
    at = models.DateTimeField()
    status_code = models.PositiveIntegerField(
        null=True, blank=True, help_text="None when nothing was answered."
    )
    response_excerpt = models.TextField(blank=True, help_text="The start of the answer's body (bounded).")
    error = models.TextField(blank=True, help_text="Why the attempt failed, when it did.")
    public_error = models.TextField(
        blank=True,
        help_text="What the partner is shown of the error when it differs from it: never the address an "
        "internal name resolved to.",
    )
    duration_ms = models.PositiveIntegerField(
        default=0, help_text="How long the attempt took, in milliseconds."
    )
    replay = models.BooleanField(default=False, help_text="Asked for by a replay, not by the retry schedule.")

    class Meta:
        ordering = ["delivery", "id"]

    def __str__(self) -> str:
        return f"attempt at {self.at:%Y-%m-%d %H:%M:%S}: {self.status_code or self.error[:40]}"

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300

    @property
    def partner_error(self) -> str:
        """The error as the partner's delivery log shows it."""
        return self.public_error or self.error
