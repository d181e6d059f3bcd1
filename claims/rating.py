"""The rating offered to a reviewer first, read from the provenance analysis of the claim's quantity.

A suggestion, never a verdict: it comes preselected on the claim page's review panel and in the review queue, and
whatever the reviewer chooses wins. It is a count of voices (docs/provenance-analysis.md), so it never suggests
what only a reading of the sources can say: `confirmed`, `unsupported` or `false`.
"""

from dataclasses import dataclass

from .models import Grade, Rating


@dataclass(frozen=True)
class Suggestion:
    rating: Rating
    reason: str

    @property
    def label(self) -> str:
        return self.rating.label


def suggest_rating(
    *, attributed: bool, independent_origins: int, circular_reporting: bool, grade: str = ""
) -> Suggestion | None:
    """Return the rating the provenance analysis suggests, with why, or None when it cannot say.

    The first rule that holds:

    1. no originator: nothing to suggest (an unattributed figure has no origin to count);
    2. the quantity's estimate is graded contested (its published origins disagree): contested;
    3. two or more independent origins report the quantity, counting the claim's own and those of its published
       claims (a draft or a claim in review corroborates nothing yet): corroborated;
    4. otherwise one origin: single source, however many outlets repeated it. Circular reporting (the origin's
       figure reached us through several outlets) is said, and changes nothing: repetitions are not
       confirmations, and the echoes of one origin are already one origin in the count.
    """
    if not attributed:
        return None
    if grade == Grade.CONTESTED:
        return Suggestion(Rating.CONTESTED, "the published figures for this quantity disagree")
    if independent_origins >= 2:
        return Suggestion(Rating.CORROBORATED, f"{independent_origins} independent origins")
    if circular_reporting:
        return Suggestion(Rating.SINGLE_SOURCE, "one origin, echoed by several outlets (circular reporting)")
    return Suggestion(Rating.SINGLE_SOURCE, "one independent origin")


def suggestion_for(claim) -> Suggestion | None:
    """Return the suggestion for a claim read with with_rating_evidence()."""
    return suggest_rating(
        attributed=claim.originator_id is not None,
        independent_origins=claim.reviewed_origins,
        circular_reporting=claim.reviewed_circular,
        grade=claim.quantity_grade,
    )
