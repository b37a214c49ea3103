"""What the page cache passes by (a signed-in visitor, a URL it has not seen) is put together
from parts kept in the cache: the chrome, and each page's content by language, page and
filters, until content changes."""

from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from directory.models import DirectoryIndexPage
from home import page_cache
from home.templatetags.site_tags import CachedPartNode
from news.models import NewsPage
from tests import factories

LANGUAGES = ("eu", "es", "en")


@pytest.fixture
def signed_in(client, db):
    """A visitor the page cache passes by: a company's representative, signed in."""
    client.force_login(factories.representative())
    return client


def test_a_signed_in_visitor_gets_the_content_from_the_cache_and_each_change_at_once(signed_in):
    article = factories.news_article(
        "eu",
        title="Kooperatiben topaketa",
        translations={
            "es": {"title": "Encuentro de cooperativas"},
            "en": {"title": "Cooperatives meet"},
        },
    )
    by_language = {
        translation.locale.language_code: translation
        for translation in article.get_translations(inclusive=True).select_related("locale")
    }
    titles = ("Kooperatiben topaketa", "Encuentro de cooperativas", "Cooperatives meet")
    for language, title in zip(LANGUAGES, titles, strict=True):
        url = by_language[language].url
        assert title in signed_in.get(url).text
        with CaptureQueriesContext(connection) as from_cache:
            assert title in signed_in.get(url).text
        with mock.patch.object(CachedPartNode, "render", built_afresh):
            with CaptureQueriesContext(connection) as built:
                signed_in.get(url)
        assert len(from_cache) < len(built)

        page = by_language[language].specific
        page.title = f"{title}, 2027"
        page.save_revision().publish()
        assert f"{title}, 2027" in signed_in.get(url).text


def built_afresh(node, context):
    """`CachedPartNode.render` as for a part not in the cache."""
    return node.nodelist.render(context)


def test_a_preview_shows_the_draft_and_visitors_never_see_it(signed_in, editor):
    article = factories.news_article("en", lead="What was published.")
    published, drafted = ('<p class="lead">What was published.</p>', '<p class="lead">A draft.</p>')
    assert published in signed_in.get(article.url).text
    draft = NewsPage.objects.get(pk=article.pk)
    draft.lead = "A draft."
    draft.save_revision(user=editor)

    with translation.override("en"):  # as the admin previews an English page
        preview = draft.make_preview_request().content.decode()
    assert drafted in preview
    assert published not in preview

    shown = signed_in.get(article.url).text
    assert published in shown
    assert drafted not in shown


def test_a_filtered_list_shows_its_own_results_to_a_signed_in_visitor(signed_in):
    directory = DirectoryIndexPage.objects.get(locale__language_code="en")
    robotics = factories.sector()
    factories.company(title="Robotika Lab", sectors=[robotics])

    everything = signed_in.get(directory.url).text
    filtered = signed_in.get(directory.url, {"sector": robotics.slug}).text
    assert filtered != everything
    assert "Robotika Lab" in filtered
    assert signed_in.get(directory.url).text == everything


def test_a_page_reads_the_content_version_from_the_cache_once(signed_in):
    signed_in.get("/en/")
    with mock.patch.object(page_cache, "cache", wraps=page_cache.cache) as cache:
        signed_in.get("/en/")
    version_reads = [
        call for call in cache.get.call_args_list if call.args[0] == page_cache.VERSION_KEY
    ]
    assert len(version_reads) == 1


def test_a_page_finds_its_site_in_the_cache(client, db):
    home = Page.objects.get(depth=2, locale__language_code="es")
    client.get(home.url, {"visitor": 1})
    with CaptureQueriesContext(connection) as queries:
        assert client.get(home.url, {"visitor": 2}).status_code == 200
    assert not [query for query in queries if "wagtailcore_site" in query["sql"]]


def test_a_request_that_shows_no_content_never_asks_for_the_version(editor_client):
    with mock.patch.object(page_cache, "cache", wraps=page_cache.cache) as cache:
        assert editor_client.get("/admin/account/").status_code == 200
    assert not [call for call in cache.get.call_args_list if page_cache.VERSION_KEY in call.args]
