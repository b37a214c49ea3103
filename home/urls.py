"""Sub-URLs of home's routable pages."""

from django.urls import path

from . import views

# SearchPage.subpage_urls names this list.
search_routes = [
    path("", views.search_results, name="results"),
    path("suggest/", views.search_suggestions, name="suggest"),
]
