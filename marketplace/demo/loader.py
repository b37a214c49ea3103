"""The demo marketplace: listing categories, listings of the demo companies and a listing
awaiting review."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Workflow

from home.demo.base import DemoLoader, as_stored, illustration
from home.review import LISTING_REVIEW
from marketplace.models import (
    Enquiry,
    EnquiryReply,
    ListingCategory,
    ListingPage,
    MarketplaceIndexPage,
)
from marketplace.review import submit_for_review

from . import content


def company(demo, slug):
    """A demo company's page, built by the directory's loader."""
    return demo.pages[f"company-{slug}"]


class MarketplaceDemo(DemoLoader):
    editor_permissions = (
        "add_listingcategory",
        "change_listingcategory",
        "view_enquiry",
        "delete_enquiry",
        "view_savedsearch",
        "delete_savedsearch",
    )

    def images(self):
        return [
            illustration("listing", "Listing", listing)
            for listing in content.LISTINGS
            if listing["image"]
        ]

    def load(self, demo):
        categories = demo.ensure_translated_snippets(ListingCategory, content.CATEGORIES)
        index = {
            "key": "marketplace",
            "type": "MarketplaceIndexPage",
            "parent": "home",
            "show_in_menus": True,
        }
        listings = [
            {
                "key": f"listing-{listing['key']}",
                "type": "ListingPage",
                "parent": "marketplace",
                **({"image": f"listing-{listing['key']}"} if listing["image"] else {}),
                "shared": {
                    "kind": listing["kind"],
                    "category": categories[listing["category"]],
                    "company": company(demo, listing["company"]),
                    "territory": listing["territory"],
                    "location": listing["location"],
                    # Days from today, so the demo always has open, closing and closed listings.
                    "valid_from": demo.today + datetime.timedelta(days=listing["starts"]),
                    "valid_until": demo.today + datetime.timedelta(days=listing["ends"]),
                    "contact_email": listing["contact_email"],
                },
                **{language: listing[language] for language, _name in settings.LANGUAGES},
            }
            for listing in content.LISTINGS
        ]
        demo.ensure_pages(
            [{**index, **content.INDEX}, *listings], (MarketplaceIndexPage, ListingPage)
        )
        demo.assign_workflow(demo.pages["marketplace"], Workflow.objects.get(name=LISTING_REVIEW))
        self.ensure_pending_listing(demo, categories)
        self.ensure_enquiries(demo)
        demo.stdout.write(
            f"Marketplace: {len(listings)} listings in {len(categories)} categories; "
            f"one listing awaiting review; {len(content.ENQUIRIES)} enquiries."
        )

    def ensure_enquiries(self, demo):
        """Enquiries in every state, so that the portal and the admin show how they go."""
        for spec in content.ENQUIRIES:
            listing = demo.pages[f"listing-{spec['listing']}"]
            listing = listing.get_translation(demo.locales[spec["language"]]).specific
            sent = timezone.now() - datetime.timedelta(days=spec["days_ago"])
            answered = (
                sent + datetime.timedelta(hours=spec["reply_after_hours"])
                if "reply" in spec
                else None
            )
            enquiry, _created = Enquiry.objects.update_or_create(
                listing=listing,
                email=spec["email"],
                defaults={
                    "company": listing.company,
                    "created_at": sent,
                    "status": spec["status"],
                    "answered_at": answered,
                    **{key: spec[key] for key in ("name", "organisation", "language", "message")},
                },
            )
            if "reply" in spec:
                representative = get_user_model().objects.get(
                    username=f"rep-{listing.company.slug}"
                )
                EnquiryReply.objects.update_or_create(
                    enquiry=enquiry,
                    defaults={
                        "author": representative,
                        "message": spec["reply"],
                        "created_at": answered,
                    },
                )

    def ensure_pending_listing(self, demo, categories):
        spec = content.PENDING_LISTING
        index = demo.pages["marketplace"]
        listing = ListingPage.objects.child_of(index).filter(slug=spec["slug"]).first()
        if listing is None:
            listing = ListingPage(
                live=False,
                locale=index.locale,
                company=company(demo, spec["company"]),
                category=categories[spec["category"]],
                **{
                    field: as_stored(ListingPage, field, spec[field])
                    for field in (
                        "kind",
                        "territory",
                        "location",
                        "contact_email",
                        "title",
                        "slug",
                        "summary",
                        "description",
                        "terms",
                    )
                },
            )
            index.add_child(instance=listing)
        if state := listing.current_workflow_state:
            state.cancel(user=demo.admin)
        representative = get_user_model().objects.get(username=f"rep-{spec['company']}")
        submit_for_review(listing, representative)
