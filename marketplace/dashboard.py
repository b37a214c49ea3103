"""The marketplace's panels of what needs doing (home/dashboard.py): new enquiries, and listings
about to close or just closed."""

import datetime
from urllib.parse import urlencode

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.admin_views import edit_url
from home.dashboard import TaskCount, TaskItem, TaskPanel, edits_pages
from home.translation_status import source_objects

from .models import Enquiry, ListingPage, ListingStatus

RECENT = datetime.timedelta(days=7)
UNANSWERED = datetime.timedelta(days=3)


def marketplace_panels(user):
    panels = []
    if user.has_perm("marketplace.view_enquiry"):
        panels.append(enquiries_panel())
    if edits_pages(user):
        panels.append(closing_listings_panel())
    return panels


def enquiries_panel():
    since = timezone.localdate() - RECENT + datetime.timedelta(days=1)
    enquiries_url = reverse("enquiries:index")
    recent = Enquiry.objects.filter(created_at__date__gte=since)
    by_listing = (
        recent.exclude(listing=None)
        .values("listing_id", "listing__title")
        .annotate(count=Count("pk"))
        .order_by("-count", "listing__title")
    )
    count = recent.count()
    # Visitors waiting for an answer for longer than companies should take.
    overdue_before = timezone.localdate() - UNANSWERED
    overdue = Enquiry.objects.filter(
        status=Enquiry.Status.NEW, created_at__date__lt=overdue_before
    ).count()
    last_overdue_day = (overdue_before - datetime.timedelta(days=1)).isoformat()
    overdue_query = {"status": Enquiry.Status.NEW, "created_at_to": last_overdue_day}
    return TaskPanel(
        "new-enquiries",
        _("Enquiries"),
        order=120,
        counts=[
            TaskCount(
                ngettext("enquiry in the last 7 days", "enquiries in the last 7 days", count),
                count,
                f"{enquiries_url}?{urlencode({'created_at_from': since.isoformat()})}",
            ),
            TaskCount(
                ngettext(
                    "enquiry unanswered for more than 3 days",
                    "enquiries unanswered for more than 3 days",
                    overdue,
                ),
                overdue,
                f"{enquiries_url}?{urlencode(overdue_query)}",
            ),
        ],
        items=[
            TaskItem(
                row["listing__title"],
                f"{enquiries_url}?"
                + urlencode({"listing": row["listing_id"], "created_at_from": since.isoformat()}),
                ngettext("%(count)s enquiry", "%(count)s enquiries", row["count"])
                % {"count": row["count"]},
            )
            for row in by_listing[: TaskPanel.shown]
        ],
        items_heading=_("Listings with the most"),
        empty=_("No enquiry has arrived in the last 7 days."),
    )


def closing_listings_panel():
    today = timezone.localdate()
    listings_url = reverse("listings:index")
    # One row a listing, as in the listings admin: its source page.
    listings = source_objects(ListingPage)
    closing = listings.in_status(ListingStatus.CLOSING_SOON).order_by("valid_until", "title")
    closed = listings.in_status(ListingStatus.CLOSED).filter(valid_until__gte=today - RECENT)
    closing_count, closed_count = closing.count(), closed.count()
    return TaskPanel(
        "closing-listings",
        _("Listings"),
        order=130,
        counts=[
            TaskCount(
                ngettext(
                    "listing closing within 14 days",
                    "listings closing within 14 days",
                    closing_count,
                ),
                closing_count,
                f"{listings_url}?status={ListingStatus.CLOSING_SOON}",
            ),
            TaskCount(
                ngettext(
                    "listing closed in the last 7 days",
                    "listings closed in the last 7 days",
                    closed_count,
                ),
                closed_count,
                f"{listings_url}?status={ListingStatus.CLOSED}",
            ),
        ],
        items=[
            TaskItem(
                listing.title,
                edit_url(listing),
                _("last day %(date)s") % {"date": date_format(listing.valid_until)},
            )
            for listing in closing[: TaskPanel.shown]
        ],
        items_heading=_("Closing first"),
        empty=_("No listing closes within 14 days."),
    )
