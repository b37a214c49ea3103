import datetime
import json
import re
from html import unescape
from unittest import mock
from urllib.parse import quote

import feedparser
import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import escape

from news.models import NewsCategory, NewsIndexPage, NewsPage
from news.views import NEWS_PER_PAGE

LANGUAGES = ["eu", "es", "en"]


@pytest.fixture
def news_index(db):
    return {
        index.locale.language_code: index
        for index in NewsIndexPage.objects.select_related("locale")
    }


def article_titles(html):
    return re.findall(r'<h2 class="card__title">\s*<a href="[^"]+">([^<]+)</a>', html)


def articles_in(index):
    return NewsPage.objects.child_of(index).live().order_by("-publication_date", "-pk")


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_lists_newest_articles_first_twelve_a_page(client, news_index, language):
    index = news_index[language]
    html = client.get(index.url).text
    expected = [escape(page.title) for page in articles_in(index)[:NEWS_PER_PAGE]]
    assert article_titles(html) == expected
    assert f'<html lang="{language}"' in html


def test_pagination_marks_the_current_page_and_keeps_filters(client, news_index):
    index = news_index["en"]
    html = client.get(index.url, {"page": 2}).text
    assert 'aria-current="page"><span class="visually-hidden">Page </span>2<' in html
    assert article_titles(html) == [
        escape(page.title) for page in articles_in(index)[NEWS_PER_PAGE : NEWS_PER_PAGE * 2]
    ]
    year = articles_in(index).first().publication_date.year
    many = NewsPage.objects.child_of(index).live().filter(publication_date__year=year).count()
    if many > NEWS_PER_PAGE:
        html = client.get(index.url, {"year": year}).text
        assert f'href="?year={year}&amp;page=2"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"page": "999"},
        {"page": "abc"},
        {"page": "-1"},
        {"year": "x"},
        {"year": "1850"},
        {"category": "no-such-category"},
        {"tag": "x" * 500},
        {"category": ["tkgune", "esm"], "year": ["2025", "zzz"]},
    ],
)
def test_bad_parameters_give_a_normal_page(client, news_index, params):
    response = client.get(news_index["es"].url, params)
    assert response.status_code == 200
    assert article_titles(response.text)


def test_out_of_range_page_shows_the_last_page(client, news_index):
    index = news_index["en"]
    html = client.get(index.url, {"page": 999}).text
    last = list(articles_in(index))[-1]
    assert escape(last.title) in html


def test_category_filter_shows_only_that_category_in_the_heading(client, news_index):
    index = news_index["es"]
    category = NewsCategory.objects.get(slug="esm", locale=index.locale)
    html = client.get(index.url, {"category": "esm"}).text
    expected = articles_in(index).filter(categories__slug="esm")
    assert article_titles(html) == [escape(page.title) for page in expected[:NEWS_PER_PAGE]]
    assert len(expected) < articles_in(index).count()
    heading = html.split("<h1>")[1].split("</h1>")[0]
    assert category.name in heading


def test_each_filter_in_use_has_a_chip_that_removes_it_alone(client, news_index):
    index = news_index["eu"]
    category = NewsCategory.objects.get(slug="tkgune", locale=index.locale)
    year = articles_in(index).filter(categories=category).first().publication_date.year
    html = client.get(index.url, {"category": "tkgune", "year": year, "page": 1}).text

    links = {
        text.strip(): unescape(href)
        for href, text in re.findall(
            r'<a class="chip chip--removable" href="([^"]+)">'
            r'<span class="visually-hidden">[^<]+</span>([^<]+)<span',
            html,
        )
    }
    assert links == {
        f"Kategoria: {category.name}": f"{index.url}?year={year}",
        f"Urtea: {year}": f"{index.url}?category=tkgune",
    }
    assert "chip--removable" not in client.get(index.url).text


def test_category_and_year_combine(client, news_index):
    index = news_index["eu"]
    article = articles_in(index).filter(categories__slug="tkgune").first()
    year = article.publication_date.year
    html = client.get(index.url, {"category": "tkgune", "year": year}).text
    expected = articles_in(index).filter(categories__slug="tkgune", publication_date__year=year)
    assert article_titles(html) == [escape(page.title) for page in expected[:NEWS_PER_PAGE]]
    heading = html.split("<h1>")[1].split("</h1>")[0]
    assert str(year) in heading


def test_empty_results_say_so_and_offer_all_news(client, news_index):
    index = news_index["en"]
    for article in articles_in(index):
        article.unpublish()
    html = client.get(index.url).text
    assert "No articles match these filters." in html
    assert "See all the news" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_article_shows_localised_date_reading_time_and_topics(client, news_index, language):
    article = articles_in(news_index[language]).first()
    html = client.get(article.url).text
    with translation.override(language):
        expected_date = date_format(article.publication_date, "DATE_FORMAT")
    assert expected_date in html
    assert f'datetime="{article.publication_date.isoformat()}"' in html
    category = NewsCategory.objects.get(
        locale=article.locale, translation_key=article.categories.first().translation_key
    )
    assert f'?category={category.slug}">{escape(category.name)}</a>' in html
    for tag in article.tags.all():
        assert f"?tag={quote(tag.slug)}" in html
    assert re.search(r"· \d+ (minute|minutu|minuto)", html)


def test_dates_are_formatted_differently_in_each_language():
    day = datetime.date(2025, 3, 14)
    formatted = set()
    for language in LANGUAGES:
        with translation.override(language):
            formatted.add(date_format(day, "DATE_FORMAT"))
    assert len(formatted) == 3


def test_tag_filter_lists_articles_with_that_tag(client, news_index):
    index = news_index["es"]
    article = articles_in(index).first()
    tag = article.tags.first()
    html = client.get(index.url, {"tag": tag.slug}).text
    assert escape(article.title) in html
    assert f"#{tag.name}" in html


def test_related_and_adjacent_articles_are_in_the_same_language(client, news_index):
    index = news_index["en"]
    articles = list(articles_in(index))
    middle = articles[5]
    html = client.get(middle.url).text
    assert f'href="{articles[4].url}" rel="next"' in html
    assert f'href="{articles[6].url}" rel="prev"' in html
    related = middle.related_articles()
    assert related
    for article in related:
        assert article.locale_id == middle.locale_id
        assert {c.translation_key for c in article.categories.all()} & {
            c.translation_key for c in middle.categories.all()
        }
        assert f'href="{article.url}"' in html


def test_article_has_structured_data_and_sharing_without_scripts(client, news_index):
    article = articles_in(news_index["es"]).first()
    html = client.get(article.url).text
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1]
    data = json.loads(raw)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title
    assert data["inLanguage"] == "es"
    assert data["datePublished"] == article.publication_date.isoformat()
    assert data["dateModified"]
    assert data["image"].startswith("http") and "fill-1200x630" in data["image"]
    assert data["publisher"]["name"] == "Tknika"
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert "https://www.linkedin.com/sharing/share-offsite/?url=" in html
    # Only the site's own scripts: no third-party sharing widgets.
    assert re.findall(r'<script[^>]+src="([^"]+)"', html) == [
        "/static/js/site-search.js",
        "/static/js/menu.js",
    ]


def test_home_page_shows_three_latest_articles_of_its_language(client, news_index):
    for language in LANGUAGES:
        html = client.get(f"/{language}/").text
        section = html.split('id="latest-news-title"')[1].split("</section>")[0]
        latest = articles_in(news_index[language])[:3]
        assert re.findall(r'<h3 class="card__title">\s*<a href="([^"]+)"', section) == [
            page.url for page in latest
        ]


def test_programme_pages_show_the_news_that_name_them(client, news_index, pages):
    programme = pages["urratsbat"]["es"]
    html = client.get(programme.url).text
    naming = NewsPage.objects.live().filter(
        locale=programme.locale, related_programmes__translation_key=programme.translation_key
    )
    assert naming.exists()
    assert "En las noticias" in html
    assert f'href="{naming.order_by("-publication_date").first().url}"' in html


@pytest.mark.parametrize("feed", ["rss", "atom"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_feeds_parse_and_list_the_latest_twenty(client, news_index, feed, language):
    index = news_index[language]
    response = client.get(f"{index.url}feed/{feed}/")
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    assert len(parsed.entries) == 20
    latest = articles_in(index).first()
    first = parsed.entries[0]
    assert first.title == latest.title
    assert first.link == latest.full_url
    assert first.link.startswith("http")
    assert first.published_parsed
    assert first.summary == latest.lead
    assert first.tags
    assert parsed.feed.get("language", language).startswith(language)


def test_category_feed_lists_only_that_category(client, news_index):
    index = news_index["en"]
    parsed = feedparser.parse(client.get(f"{index.url}feed/rss/", {"category": "events"}).content)
    expected = articles_in(index).filter(categories__slug="events")[:20]
    assert [entry.link for entry in parsed.entries] == [page.full_url for page in expected]


def test_every_page_advertises_the_feeds_of_its_language(client, news_index, pages):
    html = client.get(pages["about"]["es"].url).text
    assert (
        f'<link rel="alternate" type="application/rss+xml" title="Noticias de Tknika Hub (RSS)"'
        f' href="{news_index["es"].url}feed/rss/">'
    ) in html
    assert 'type="application/atom+xml"' in html


def test_index_query_count_does_not_grow_with_articles(client, news_index):
    index = news_index["en"]

    def queries_for(params):
        client.get(index.url, params)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(index.url, params).status_code == 200
        return len(queries)

    # A page holding a few articles, then a full one.
    year_with_few = min(
        (year for year in index.years_in_use()),
        key=lambda year: articles_in(index).filter(publication_date__year=year).count(),
    )
    few = queries_for({"year": year_with_few})
    many = queries_for({})
    assert articles_in(index).filter(publication_date__year=year_with_few).count() < NEWS_PER_PAGE
    assert many == few


def test_publication_date_defaults_to_the_day_of_first_publishing(news_index):
    index = news_index["en"]
    article = index.add_child(
        instance=NewsPage(title="Fresh", slug="fresh", lead="New.", live=False)
    )
    assert article.publication_date is None
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.publication_date == timezone.localdate()


def test_scheduled_articles_go_live_with_publish_scheduled(client, news_index):
    index = news_index["en"]
    article = index.add_child(
        instance=NewsPage(title="Scheduled", slug="scheduled", lead="Soon.", live=False)
    )
    article.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = article.save_revision()
    revision.publish()
    article.refresh_from_db()
    assert not article.live
    assert client.get(f"{index.url}scheduled/").status_code == 404

    later = timezone.now() + datetime.timedelta(hours=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")
    article.refresh_from_db()
    assert article.live
    assert client.get(article.url).status_code == 200


def test_articles_are_in_the_sitemap_with_alternates(client, news_index):
    article = articles_in(news_index["en"]).first()
    xml = client.get("/sitemap.xml").text
    assert f"<loc>{article.full_url}</loc>" in xml
    spanish = article.get_translation(news_index["es"].locale)
    assert f'hreflang="es" href="{spanish.full_url}"' in xml


def test_categories_are_translated(db):
    names = {
        category.locale.language_code: category.name
        for category in NewsCategory.objects.filter(slug="community").select_related("locale")
    }
    assert set(names) == set(LANGUAGES)
    assert names["es"] != names["eu"]


@pytest.mark.parametrize("language", ["eu", "es", "en"])
def test_the_demo_companies_named_in_the_news_show_the_articles(client, db, language):
    from directory.models import CompanyPage

    company = CompanyPage.objects.live().get(slug="ibai-sensors", locale__language_code=language)
    awards = NewsPage.objects.live().filter(
        locale__language_code=language, related_companies__translation_key=company.translation_key
    )
    assert awards.exists()
    page = client.get(company.url).text
    assert 'id="in-the-news-title"' in page
    assert all(escape(article.title) in page for article in awards[:3])
