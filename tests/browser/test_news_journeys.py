import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

NEWS_INDEX = {"eu": "/eu/albisteak/", "es": "/es/noticias/", "en": "/en/news/"}


def test_reader_opens_an_article_from_home_then_filters_by_category(page, assert_accessible):
    page.goto("/en/")
    latest = page.locator("#latest-news-title").locator("xpath=../..").locator(".card__title a")
    title = latest.first.inner_text()
    latest.first.click()
    expect(page.locator("h1")).to_have_text(title)

    category = page.locator(".chips").first.get_by_role("link").first
    name = category.inner_text()
    category.click()
    expect(page).to_have_url(re.compile(r"/en/news/\?category=[a-z-]+$"))
    expect(page.locator("h1")).to_contain_text(name)

    page.get_by_label("Year").select_option(index=1)
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"category=[a-z-]+&year=\d{4}"))
    expect(page.locator("h1")).to_contain_text(name)


@pytest.mark.parametrize("language", NEWS_INDEX)
def test_news_index_and_article_are_accessible(page, assert_accessible, language):
    page.goto(NEWS_INDEX[language])
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_accessible(page)

    page.locator(".card__title a").first.click()
    expect(page.locator("article h1")).to_be_visible()
    assert_accessible(page)
