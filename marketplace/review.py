"""Listings changed by their owners go live only after an editor approves them."""

from wagtail.models import Workflow

REVIEW_WORKFLOW = "Marketplace review"


def review_workflow(listing):
    """The Marketplace review workflow, or the listing's own if it was renamed or retired."""
    return Workflow.objects.filter(name=REVIEW_WORKFLOW, active=True).first() or (
        listing.get_workflow()
    )


def submit_for_review(listing, user=None):
    """Save `listing` as a draft revision and start the review workflow on it."""
    listing.save_revision(user=user, log_action=True)
    return review_workflow(listing).start(listing, user)
