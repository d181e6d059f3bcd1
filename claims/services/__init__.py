"""The only code that writes claims and changes their review status (STYLE.md, "One path for each write").

- aggregate: a claim with its chain and sides as one record; validation, freezing and merging of edits;
- writing: save_claims(), the one write path, and the derived state it refreshes;
- counting: quantities, their tallies and counts, and the lock order every writer keeps;
- review: the workflow's transitions, four eyes, corrections of published figures;
- editing: editors' saves and extraction, and the records claims show (actors, sources, conflicts);
- feed: the partners' change feed.
"""

from .aggregate import (
    AUTHORED_PARTS,
    EDITABLE_PARTS,
    RECORDED_FIELDS,
    ClaimWrite,
    EditConflict,
    Hop,
    chain_problems,
    lock_claims,
    plan_edit,
    review_problems,
    stored_state,
)
from .capturing import CaptureResult, capture_source, capture_upload, capture_url, check_capturable
from .counting import counting_problems, expected_tallies, rebuild_tallies, recount_quantities
from .editing import (
    CONFLICT_OF_CLAIMED_INCIDENT,
    INCIDENTS_CONSIDERED,
    REPORTED_WITHIN,
    chains_broken_by_moving,
    create_draft_claims,
    incident_has_claims,
    proposed_incident,
    refresh_quote_checks,
    save_actor,
    save_claim,
    save_conflict,
    save_incident,
    save_source,
)
from .estimating import override_grade, refresh_estimates, refresh_estimates_of
from .feed import announce_claims_referring_to, announce_incidents, record_claim_changes, record_feed_entries
from .review import (
    PATH_TO_STATUS,
    REVIEW_PERMISSION,
    TRANSITIONS,
    ReviewError,
    Transition,
    authors_of,
    available_transitions,
    correct_claim,
    figure_authors,
    publish_claim,
    reject_claim,
    request_changes,
    retract_claim,
    submit_claim,
    transition_claim,
    transition_claims,
    verify_claim,
)
from .writing import save_claims

__all__ = [
    "AUTHORED_PARTS",
    "CONFLICT_OF_CLAIMED_INCIDENT",
    "EDITABLE_PARTS",
    "INCIDENTS_CONSIDERED",
    "PATH_TO_STATUS",
    "RECORDED_FIELDS",
    "REPORTED_WITHIN",
    "REVIEW_PERMISSION",
    "TRANSITIONS",
    "CaptureResult",
    "ClaimWrite",
    "EditConflict",
    "Hop",
    "ReviewError",
    "Transition",
    "announce_claims_referring_to",
    "announce_incidents",
    "authors_of",
    "available_transitions",
    "capture_source",
    "capture_upload",
    "capture_url",
    "chain_problems",
    "chains_broken_by_moving",
    "check_capturable",
    "correct_claim",
    "counting_problems",
    "create_draft_claims",
    "expected_tallies",
    "figure_authors",
    "incident_has_claims",
    "lock_claims",
    "override_grade",
    "plan_edit",
    "proposed_incident",
    "publish_claim",
    "rebuild_tallies",
    "record_claim_changes",
    "record_feed_entries",
    "recount_quantities",
    "refresh_estimates",
    "refresh_estimates_of",
    "refresh_quote_checks",
    "reject_claim",
    "request_changes",
    "retract_claim",
    "review_problems",
    "save_actor",
    "save_claim",
    "save_claims",
    "save_conflict",
    "save_incident",
    "save_source",
    "stored_state",
    "submit_claim",
    "transition_claim",
    "transition_claims",
    "verify_claim",
]
