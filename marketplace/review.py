"""Listings changed by their owners go live only after an editor approves them."""

from wagtail.models import Workflow

REVIEW_WORKFLOW = "Marketplace review"


def submit_for_review(listing, user=None):
    """Save `listing` as a draft revision and start the review workflow on it."""
    listing.save_revision(user=user, log_action=True)
    workflow = Workflow.objects.get(name=REVIEW_WORKFLOW, active=True)
    return workflow.start(listing, user)


def awaiting_review(listing):
    return listing.workflow_in_progress
