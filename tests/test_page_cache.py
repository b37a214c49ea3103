"""Anonymous pages come from the cache, and every change to content shows on the next request."""

import datetime
import re
from unittest import mock

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.models import Locale, Page

from directory.models import CompanyPage, DirectoryIndexPage, Sector
from home.models import Footer, SearchTerm
from marketplace.models import Enquiry, ListingPage, MarketplaceIndexPage
from news.models import NewsIndexPage, NewsPage
from tests import factories

LANGUAGES = ["eu", "es", "en"]


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response


def fetch_twice(client, url, **params):
    """The first and second answers to an anonymous visitor, and the second's queries."""
    first = get(client, url, **params)
    with CaptureQueriesContext(connection) as queries:
        second = get(client, url, **params)
    return first, second, len(queries)


def without_visitors_own(response):
    """The page but for what each response has of its own: CSRF tokens and CSP nonces."""
    text = re.sub(r'(name="csrfmiddlewaretoken" value=)"[^"]+"', r"\1", response.text)
    return re.sub(r'nonce="[^"]+"', "", text)


def public_urls(language):
    """One URL of each kind of public page in `language`."""
    directory = DirectoryIndexPage.objects.get(locale__language_code=language)
    marketplace = MarketplaceIndexPage.objects.get(locale__language_code=language)
    news = NewsIndexPage.objects.get(locale__language_code=language)
    return [
        (f"/{language}/", {}),
        (news.url, {}),
        (news.url, {"year": "2025"}),
        (NewsPage.objects.live().filter(locale=news.locale).first().url, {}),
        (f"{news.url}feed/rss/", {}),
        (directory.url, {"q": "Gasteiz", "territory": "araba"}),
        (directory.companies().first().url, {}),
        (marketplace.url, {"kind": "offer"}),
        (marketplace.listings().first().url, {}),
        ("/sitemap.xml", {}),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_second_anonymous_request_is_served_without_the_database(client, db, language):
    for url, params in public_urls(language):
        first, second, queries = fetch_twice(client, url, **params)
        assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit"), url
        assert queries == 0, url
        assert without_visitors_own(second) == without_visitors_own(first), url
        assert "max-age=0" in second["Cache-Control"]


def test_browsers_that_have_the_page_get_a_304(client, db):
    etag = get(client, "/eu/")["ETag"]
    response = client.get("/eu/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert client.get("/eu/", HTTP_IF_NONE_MATCH='"stale"').status_code == 200


def test_signed_in_visitors_the_portal_and_posts_are_never_cached(client, db, editor):
    client.force_login(editor)
    for _ in range(2):
        response = get(client, "/en/")
        assert "X-Page-Cache" not in response
    client.logout()
    for _ in range(2):
        response = get(Client(), "/en/members/login/")
        assert "X-Page-Cache" not in response


def test_a_page_showing_a_message_is_not_cached(client, db):
    get(client, "/en/")  # stored
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in get(client, "/en/")


def test_search_results_are_never_stored_as_each_search_is_counted(client, db):
    for _ in range(2):
        response = get(client, "/en/search/", q="Gasteiz")
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]


def test_an_enquiry_sent_from_a_cached_listing_page_passes_the_csrf_check(db):
    listing = MarketplaceIndexPage.objects.get(locale__language_code="en").listings().first()
    get(Client(enforce_csrf_checks=True), listing.url)  # someone else's visit stores the page
    visitor = Client(enforce_csrf_checks=True)
    page = get(visitor, listing.url)
    assert page["X-Page-Cache"] == "hit"
    assert "private" in page["Cache-Control"]  # their token: not for shared caches
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    other = get(Client(), listing.url).text
    assert token not in other  # everyone gets a token of their own
    response = visitor.post(listing.url, {**factories.enquiry_data(), "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert Enquiry.objects.filter(listing=listing).exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_publishing_unpublishing_and_deleting_show_on_the_next_request(client, db, language):
    news = NewsIndexPage.objects.get(locale__language_code=language)
    for url in (news.url, f"/{language}/", f"{news.url}feed/rss/"):
        get(client, url)
    article = factories.news_article(
        language=language, title="Hafnio berria", publication_date=timezone.localdate()
    )
    for url in (news.url, f"/{language}/", f"{news.url}feed/rss/"):
        assert "Hafnio berria" in get(client, url).text, url
    article.title = "Hafnio berri zuzendua"
    article.save_revision().publish()
    assert "Hafnio berri zuzendua" in get(client, news.url).text
    NewsPage.objects.get(pk=article.pk).unpublish()
    assert "Hafnio" not in get(client, news.url).text
    article = factories.news_article(
        language=language, title="Hafnio bigarrena", publication_date=timezone.localdate()
    )
    assert "Hafnio bigarrena" in get(client, news.url).text
    Page.objects.get(pk=article.pk).delete()
    assert "Hafnio bigarrena" not in get(client, news.url).text


def test_moving_a_page_changes_its_links_on_the_next_request(client, db):
    standard = Page.objects.get(locale__language_code="en", slug="contact").specific
    home = standard.get_parent()
    assert f'href="{standard.url}"' in get(client, "/en/").text
    programmes = home.get_children().get(slug="programmes")
    standard.move(programmes, pos="last-child")
    moved = Page.objects.get(pk=standard.pk)
    html = get(client, "/en/").text
    assert f'href="{moved.url}"' in html


def test_snippets_and_taxonomies_show_on_every_page_of_their_language(client, db):
    footer = Footer.objects.get(locale__language_code="es")
    get(client, "/es/")
    get(client, "/es/noticias/")
    footer.about = "Texto nuevo del pie de página."
    footer.save()
    assert "Texto nuevo del pie de página." in get(client, "/es/").text
    assert "Texto nuevo del pie de página." in get(client, "/es/noticias/").text

    directory = DirectoryIndexPage.objects.get(locale__language_code="en")
    get(client, directory.url)
    sector = Sector.objects.filter(locale=directory.locale).first()
    sector.name = "Renamed sector"
    sector.save()
    assert "Renamed sector" in get(client, directory.url).text


def test_a_company_going_inactive_leaves_cached_listings(client, db):
    marketplace = MarketplaceIndexPage.objects.get(locale__language_code="en")
    listing = marketplace.listings().first()
    assert listing.title in get(client, marketplace.url).text
    company = CompanyPage.objects.get(pk=listing.company_id)
    company.status = CompanyPage.Status.INACTIVE
    company.save_revision().publish()
    assert listing.title not in get(client, marketplace.url).text


def test_a_listing_leaves_cached_pages_the_day_after_it_closes(client, db):
    today = timezone.localdate()
    listing = factories.listing(
        language="en", title="Closing tonight", valid_until=today, valid_from=today
    )
    marketplace = MarketplaceIndexPage.objects.get(locale__language_code="en")
    assert "Closing tonight" in get(client, marketplace.url).text
    assert "Closing tonight" in get(client, "/en/").text
    tomorrow = timezone.make_aware(
        datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time(0, 1))
    )
    with time_machine.travel(tomorrow):
        assert "Closing tonight" not in get(client, marketplace.url).text
        assert "Closing tonight" not in get(client, "/en/").text
    assert ListingPage.objects.get(pk=listing.pk).live


def test_scheduled_publishing_shows_on_the_next_request(client, db):
    news = NewsIndexPage.objects.get(locale__language_code="en")
    article = factories.news_article(
        language="en", title="Scheduled osmium", publication_date=timezone.localdate()
    )
    article.unpublish()
    article = NewsPage.objects.get(pk=article.pk)
    article.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    article.save_revision().publish()  # scheduled: not live yet
    assert "Scheduled osmium" not in get(client, news.url).text
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=2)):
        call_command("publish_scheduled")
        assert "Scheduled osmium" in get(client, news.url).text


def test_a_cdn_in_front_is_purged_of_every_page_once_per_burst_of_changes(client, db, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    response = get(client, "/en/")
    assert "s-maxage=3600" in response["Cache-Control"]
    with (
        mock.patch.object(HTTPBackend, "purge_batch") as purge,
        TestCase.captureOnCommitCallbacks(execute=True),
    ):
        article = factories.news_article(language="en", title="Purged tantalum")
        article.title = "Purged tantalum, again"
        article.save_revision().publish()
    (urls,) = purge.call_args.args
    assert {"http://127.0.0.1:8000/en/", "http://127.0.0.1:8000/en/news/"} <= set(urls)
    assert "http://127.0.0.1:8000/sitemap.xml" in urls
    assert len(purge.call_args_list) == 1


def test_only_changes_that_pages_show_renew_the_cached_pages(client, db):
    get(client, "/en/")
    factories.user()
    SearchTerm.objects.create(
        date=timezone.localdate(), locale=Locale.objects.get(language_code="en"), query="x"
    )
    Page.objects.get(locale__language_code="en", depth=2).specific.save_revision()  # a draft
    assert get(client, "/en/")["X-Page-Cache"] == "hit"
    Sector.objects.first().save()
    assert get(client, "/en/")["X-Page-Cache"] == "miss"
