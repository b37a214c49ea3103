import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

LANGUAGES = {"eu": "Euskara", "es": "Español", "en": "English"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_opens_in_each_language(page, assert_accessible, language):
    page.goto(f"/{language}/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("h1")).to_be_visible()
    expect(page.get_by_role("navigation", name=re.compile("."))).not_to_have_count(0)
    assert_accessible(page)


def test_switching_language_by_clicking_keeps_the_page_and_the_choice(page):
    page.goto("/en/programmes/tkgune/")
    page.locator(".language-switcher").get_by_role("link", name="Español").click()
    expect(page).to_have_url(re.compile(r"/es/programas/tkgune/$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")

    page.goto("/")
    expect(page).to_have_url(re.compile(r"/es/$"))


def test_a_programme_page_is_reachable_by_keyboard_only(page):
    page.goto("/en/")
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Enter")

    # From the main content, tab to the first programme card's link and follow it.
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.card') !== null"):
            break
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused, "no programme card link was reached by keyboard"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/programmes/[a-z-]+/$"))
    expect(page.locator("h1")).to_have_text(focused)


@pytest.mark.parametrize(
    "path",
    [
        "/eu/programak/",
        "/es/programas/comunidad-urratsbat/",
        "/en/programmes/esm/",
        "/eu/gure-saila/",
        "/es/privacidad/",
        "/en/accessibility/",
        "/en/this-page-does-not-exist/",
    ],
)
def test_every_page_type_has_no_serious_accessibility_violations(page, assert_accessible, path):
    page.goto(path)
    expect(page.locator("h1")).to_be_visible()
    assert_accessible(page)
