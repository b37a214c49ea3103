"""On a phone the main menu folds behind a button: the page's title shows on the first screen."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
PAGES = {
    "eu": ("/eu/albisteak/", "Menua", "Programak"),
    "es": ("/es/noticias/", "Menú", "Programas"),
    "en": ("/en/news/", "Menu", "Programmes"),
}


@pytest.mark.parametrize("language", PAGES)
def test_the_menu_folds_on_a_phone(browser, live_url, assert_accessible, language):
    path, button_name, first_item = PAGES[language]
    context = browser.new_context(base_url=live_url, viewport=PHONE, is_mobile=True)
    page = context.new_page()
    page.goto(path)
    button = page.get_by_role("button", name=button_name, exact=True)
    menu_item = page.locator("#main-menu").get_by_role("link", name=first_item)
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(menu_item).to_be_hidden()
    title = page.locator("h1").bounding_box()
    assert title["y"] + title["height"] < PHONE["height"] / 2, "the title is not near the top"
    assert_accessible(page)

    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu_item).to_be_visible()
    assert_accessible(page)
    page.keyboard.press("Tab")  # into the menu
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    context.close()


def test_without_javascript_the_menu_stays_open(browser, live_url):
    context = browser.new_context(
        base_url=live_url, viewport=PHONE, is_mobile=True, java_script_enabled=False
    )
    page = context.new_page()
    page.goto("/en/news/")
    expect(page.locator("[data-menu-toggle]")).to_be_hidden()
    expect(page.locator("#main-menu").get_by_role("link", name="Programmes")).to_be_visible()
    context.close()


def test_wide_screens_show_the_menu_without_a_button(page):
    page.goto("/en/news/")
    expect(page.locator("[data-menu-toggle]")).to_be_hidden()
    expect(page.locator("#main-menu").get_by_role("link", name="Programmes")).to_be_visible()


LAYOUT_SHIFTS = """
window.layoutShift = 0;
new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }
}).observe({type: "layout-shift", buffered: true});
"""


def test_nothing_moves_when_the_menu_script_arrives_late(browser, live_url):
    """The menu is folded from the first paint: a slow menu.js does not push the page up."""
    context = browser.new_context(base_url=live_url, viewport=PHONE, is_mobile=True)
    page = context.new_page()
    page.add_init_script(LAYOUT_SHIFTS)

    def late(route):
        page.wait_for_timeout(700)
        route.continue_()

    page.route("**/js/menu*.js", late)
    page.goto("/eu/")
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert page.evaluate("window.layoutShift") < 0.01
    expect(page.get_by_role("button", name="Menua", exact=True)).to_be_visible()
    context.close()
