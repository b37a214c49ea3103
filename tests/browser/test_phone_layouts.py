"""Every page type fits a 320 px phone in each language: nothing makes the page scroll sideways."""

import re
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

NARROWEST_PHONE = {"width": 320, "height": 640}
# The innermost elements whose right edge passes the screen's, to say what to fix.
STICKING_OUT = """() => {
    const width = document.documentElement.clientWidth;
    const out = (element) => element.getBoundingClientRect().right > width + 0.5;
    return [...document.querySelectorAll("body *")]
        .filter((element) => out(element) && ![...element.children].some(out))
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
}"""


def page_types(page):
    """From the sitemap: each language's home page, and each section's index and first page."""
    sitemap = page.request.get("/sitemap.xml").text()
    paths = [urlparse(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    chosen = {}
    for path in paths:
        parts = path.strip("/").split("/")
        key = tuple(parts[:2]) + (len(parts) > 2,)  # language, section, and index or page below
        chosen.setdefault(key, path)
    return sorted(chosen.values())


def test_no_page_scrolls_sideways_on_a_phone(browser, live_url):
    context = browser.new_context(base_url=live_url, viewport=NARROWEST_PHONE, is_mobile=True)
    page = context.new_page()
    paths = page_types(page)
    assert len(paths) > 20  # about ten page types in three languages
    too_wide = []
    for path in paths:
        page.goto(path)
        page.wait_for_load_state("load")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            too_wide.append(f"{path}: {overflow} px, {page.evaluate(STICKING_OUT)}")
    context.close()
    assert not too_wide, "\n".join(too_wide)
