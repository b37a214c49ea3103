import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SEARCH = {"eu": "/eu/bilatu/", "es": "/es/buscar/", "en": "/en/search/"}
# Where a search starts: a different kind of page in each language.
START = {"eu": "/eu/albisteak/", "es": "/es/directorio/", "en": "/en/"}
NEWS = {"eu": "/eu/albisteak/", "es": "/es/noticias/", "en": "/en/news/"}
DIRECTORY = {"eu": "/eu/direktorioa/", "es": "/es/directorio/", "en": "/en/directory/"}
MARKETPLACE = {"eu": "/eu/azoka/", "es": "/es/mercado/", "en": "/en/marketplace/"}
# In every language: more results than fit on a page, after a page editors recommend for it.
MANY_RESULTS = "urratsbat"
NO_RESULTS = "xyzzyqq"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def page_without_javascript(browser, live_url):
    context = browser.new_context(base_url=live_url, java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone_page(browser, live_url):
    context = browser.new_context(base_url=live_url, viewport=PHONE)
    yield context.new_page()
    context.close()


def header_box(page):
    return page.locator("#header-search-q")


def suggestions(page):
    return page.locator("#header-search-q-suggestions")


def result_links(page):
    return page.locator(".search-results .search-result__title a")


def hrefs(links):
    return [link.get_attribute("href") for link in links.all()]


def search_from_header(page, query):
    header_box(page).fill(query)
    header_box(page).press("Enter")


def type_until_suggested(page, text):
    header_box(page).press_sequentially(text)
    expect(header_box(page)).to_have_attribute("aria-expanded", "true")
    expect(suggestions(page)).to_be_visible()
    return suggestions(page).get_by_role("option")


@pytest.mark.parametrize("language", SEARCH)
def test_header_search_works_without_javascript(page_without_javascript, language):
    page = page_without_javascript
    page.goto(START[language])
    search_from_header(page, MANY_RESULTS)
    expect(page).to_have_url(re.compile(rf"{re.escape(SEARCH[language])}\?q={MANY_RESULTS}$"))
    expect(page.locator("html")).to_have_attribute("lang", language)
    first_page = hrefs(result_links(page))
    assert len(first_page) == 20
    assert all(href.startswith(f"/{language}/") for href in first_page)

    page.locator(".pagination a[rel=next]").click()
    expect(page).to_have_url(re.compile(r"[?&]page=2$"))
    expect(page.locator("ol.search-results")).to_have_attribute("start", "21")
    second_page = hrefs(result_links(page))
    assert second_page and not set(second_page) & set(first_page)

    news = page.locator(".result-types a[href*='type=article']")
    news_count = int(re.search(r"\((\d+)", news.inner_text())[1])
    news.click()
    expect(page).to_have_url(re.compile(r"type=article"))
    expect(page).not_to_have_url(re.compile(r"page="))  # back to the first page of the news
    expect(page.locator(".result-types a[aria-current]")).to_have_attribute(
        "href", re.compile(r"type=article")
    )
    news_results = hrefs(result_links(page))
    assert len(news_results) == min(news_count, 20)
    assert all(href.startswith(NEWS[language]) for href in news_results)

    search_from_header(page, NO_RESULTS)
    expect(page).to_have_url(re.compile(rf"{re.escape(SEARCH[language])}\?q={NO_RESULTS}$"))
    expect(result_links(page)).to_have_count(0)
    empty_state = page.locator(".empty-state")
    expect(empty_state).to_contain_text(NO_RESULTS)
    assert set(hrefs(empty_state.get_by_role("link"))) >= {
        DIRECTORY[language],
        MARKETPLACE[language],
    }


@pytest.mark.parametrize("language", SEARCH)
def test_suggestion_chosen_with_the_keyboard_opens_its_page(page, language):
    page.goto(START[language])
    header_box(page).press_sequentially("u")
    page.wait_for_timeout(500)  # longer than the pause before suggestions are asked for
    expect(header_box(page)).to_have_attribute("aria-expanded", "false")

    options = type_until_suggested(page, "r")
    count = options.count()
    assert count >= 2
    assert all(
        href.startswith(f"/{language}/")
        for href in options.evaluate_all("options => options.map(option => option.dataset.url)")
    )
    expect(page.locator(".header-search [role=status]")).to_contain_text(str(count))

    header_box(page).press("ArrowDown")
    header_box(page).press("ArrowDown")
    second = options.nth(1)
    expect(header_box(page)).to_have_attribute("aria-activedescendant", second.get_attribute("id"))
    expect(second).to_have_attribute("aria-selected", "true")
    expect(options.first).to_have_attribute("aria-selected", "false")
    header_box(page).press("ArrowUp")
    expect(header_box(page)).to_have_attribute(
        "aria-activedescendant", options.first.get_attribute("id")
    )
    expect(options.first).to_have_attribute("aria-selected", "true")

    header_box(page).press("ArrowDown")
    destination = second.get_attribute("data-url")
    title = second.locator("span").first.inner_text()
    header_box(page).press("Enter")
    expect(page).to_have_url(re.compile(rf"{re.escape(destination)}$"))
    expect(page.locator("h1")).to_have_text(title)


def test_escape_closes_the_suggestions_and_enter_then_searches(page):
    page.goto(START["es"])
    type_until_suggested(page, "ur")
    # Escape while the suggestions for the next letters are on their way: they do not reopen it.
    header_box(page).press_sequentially("ratsbat")
    header_box(page).press("Escape")
    expect(suggestions(page)).to_be_hidden()
    expect(header_box(page)).to_have_attribute("aria-expanded", "false")
    expect(header_box(page)).not_to_have_attribute("aria-activedescendant", re.compile(".*"))
    expect(header_box(page)).to_have_value(MANY_RESULTS)
    page.wait_for_timeout(800)
    expect(suggestions(page)).to_be_hidden()

    header_box(page).press("Enter")
    expect(page).to_have_url(re.compile(rf"{re.escape(SEARCH['es'])}\?q={MANY_RESULTS}$"))
    expect(result_links(page).first).to_be_visible()


def test_enter_without_a_chosen_suggestion_searches(page):
    page.goto(START["en"])
    type_until_suggested(page, MANY_RESULTS[:4])
    header_box(page).press("Enter")
    expect(page).to_have_url(re.compile(rf"{re.escape(SEARCH['en'])}\?q={MANY_RESULTS[:4]}$"))


def test_clicking_a_suggestion_opens_its_page(page):
    page.goto(START["eu"])
    options = type_until_suggested(page, "pr")
    chosen = options.last
    destination = chosen.get_attribute("data-url")
    chosen.click()
    expect(page).to_have_url(re.compile(rf"{re.escape(destination)}$"))


def test_results_empty_state_and_open_suggestions_are_accessible(page, assert_accessible):
    page.goto(f"{SEARCH['eu']}?q={MANY_RESULTS}")
    expect(result_links(page).first).to_be_visible()
    recommended = page.locator(".search-result--promoted")
    title = recommended.get_by_role("heading").bounding_box()
    assert recommended.locator("p").bounding_box()["y"] >= title["y"] + title["height"], (
        "a recommended page's description reads under its title"
    )
    assert_accessible(page)

    page.goto(f"{SEARCH['es']}?q={NO_RESULTS}")
    expect(page.locator(".empty-state")).to_be_visible()
    assert_accessible(page)

    page.goto(START["en"])
    type_until_suggested(page, "pr")
    header_box(page).press("ArrowDown")
    assert_accessible(page)


def within(inner, outer):
    return inner["x"] >= outer["x"] and inner["x"] + inner["width"] <= outer["x"] + outer["width"]


def test_search_on_a_phone(phone_page, assert_accessible):
    page = phone_page
    page.goto(START["eu"])
    header = page.locator(".site-header__inner").bounding_box()
    for part in (header_box(page), page.locator(".header-search button")):
        expect(part).to_be_visible()
        assert within(part.bounding_box(), header), "the search box sticks out of the header"

    options = type_until_suggested(page, "pr")
    assert within(suggestions(page).bounding_box(), header)
    destination = options.first.get_attribute("data-url")
    options.first.click()
    expect(page).to_have_url(re.compile(rf"{re.escape(destination)}$"))

    for query in (MANY_RESULTS, NO_RESULTS):
        page.goto(f"{SEARCH['eu']}?q={query}")
        assert page.evaluate(
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        ), f"{query}: the results page scrolls sideways"
        assert_accessible(page)
