"""Listings changed by their owners go live only after an editor approves them."""

from home.review import LISTING_REVIEW
from home.review import submit_for_review as submit_page


def submit_for_review(listing, user=None):
    """Save `listing` as a draft revision and put it in the Marketplace review."""
    return submit_page(listing, LISTING_REVIEW, user)
