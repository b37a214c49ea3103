"""The marketplace's URLs: its pages' sub-URLs, and its part of the member portal."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import alerts, portal, views

# MarketplaceIndexPage.subpage_urls names this list.
index_routes = [
    path("", views.marketplace, name="index_view"),
    path("feed/", views.feed, name="feed"),
]

# ListingPage.subpage_urls names this list.
listing_routes = [
    path("", views.listing, name="listing_view"),
    path("sent/", views.enquiry_sent, name="sent"),
    path("renew/", views.renew, name="renew"),
]

# Companies' listings and enquiries; site_cms/urls.py gathers the portal under /<lang>/members/.
portal_urls = [
    path(
        pgettext_lazy("URL", "companies/<int:company_id>/enquiries/"),
        portal.enquiries,
        name="enquiries",
    ),
    path(pgettext_lazy("URL", "enquiries/<int:enquiry_id>/"), portal.enquiry, name="enquiry"),
    path(
        pgettext_lazy("URL", "companies/<int:company_id>/listings/new/"),
        portal.create_listing,
        name="create_listing",
    ),
    path(
        pgettext_lazy("URL", "listings/<int:listing_id>/"), portal.edit_listing, name="edit_listing"
    ),
    path(
        pgettext_lazy("URL", "listings/<int:listing_id>/withdraw/"),
        portal.withdraw_listing,
        name="withdraw_listing",
    ),
]

# Saved searches; site_cms/urls.py puts them under /<lang>/alerts/ (translated).
alert_urls = [
    path(pgettext_lazy("URL", "new/"), alerts.subscribe, name="subscribe"),
    path(pgettext_lazy("URL", "confirm/<str:token>/"), alerts.confirm, name="confirm"),
    path(pgettext_lazy("URL", "unsubscribe/<str:token>/"), alerts.unsubscribe, name="unsubscribe"),
]
