"""Printed, an article, a programme page and a company profile are their content in one column:
no menus, search, language switcher, share links or forms."""

import pytest

pytestmark = pytest.mark.browser

PAGES = ["/eu/albisteak/", "/es/programas/", "/en/directory/"]
ON_SCREEN_ONLY = [
    ".main-nav",
    ".header-search",
    ".language-switcher",
    ".breadcrumbs",
    ".share-links",
    ".prev-next",
    ".skip-link",
]


def first_page_below(page, path):
    page.goto(path)
    return page.locator(f"main :is(h2, h3) a[href^='{path}']").first.get_attribute("href")


@pytest.mark.parametrize("index", PAGES)
def test_a_printed_page_is_its_content_in_one_column(browser, live_url, index):
    context = browser.new_context(base_url=live_url, viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(first_page_below(page, index))
    page.emulate_media(media="print")

    assert page.locator("h1").is_visible()
    for selector in ON_SCREEN_ONLY:
        shown = [element for element in page.locator(selector).all() if element.is_visible()]
        assert not shown, f"{selector} is printed"
    main = page.locator("main").bounding_box()
    for block in page.locator(".with-sidebar > *").all():
        box = block.bounding_box()
        assert box["width"] > main["width"] * 0.8, "a column beside the text"
    context.close()
