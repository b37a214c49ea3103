"""The agenda's URLs: its pages' sub-URLs, and its part of the member portal."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import portal, views

# EventIndexPage.subpage_urls names this list.
index_routes = [
    path("", views.upcoming, name="index_view"),
    path(pgettext_lazy("URL", "past/"), views.past, name="past"),
    path(pgettext_lazy("URL", "calendar/"), views.calendar_feed, name="calendar"),
]

# EventPage.subpage_urls names this list.
event_routes = [
    path("", views.event, name="event_view"),
    path(pgettext_lazy("URL", "registered/"), views.registered, name="registered"),
    path(pgettext_lazy("URL", "calendar/"), views.event_calendar, name="calendar"),
    path(pgettext_lazy("URL", "cancel/<str:token>/"), views.cancel, name="cancel"),
]

# Companies' registrations; site_cms/urls.py gathers the portal under /<lang>/members/.
portal_urls = [
    path(
        pgettext_lazy("URL", "companies/<int:company_id>/registrations/"),
        portal.registrations,
        name="registrations",
    ),
]
