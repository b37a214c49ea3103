"""The news page's sub-URLs (NewsIndexPage.subpage_urls names this list)."""

from django.urls import path

from . import views

index_routes = [
    path("", views.news, name="index_view"),
    path("feed/rss/", views.rss_feed, name="rss"),
    path("feed/atom/", views.atom_feed, name="atom"),
]
