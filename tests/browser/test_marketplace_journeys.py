import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MARKETPLACE = {"eu": "/eu/azoka/", "es": "/es/mercado/", "en": "/en/marketplace/"}


def test_browse_open_a_listing_and_send_an_enquiry(page):
    page.goto(MARKETPLACE["en"])
    page.locator("#facet-kind-offer").check()
    expect(page).to_have_url(re.compile(r"kind=offer"))
    expect(page.locator(".listing-card .badge--request")).to_have_count(0)
    page.locator(".listing-card__title a").first.click()
    expect(page.locator("h1")).to_be_visible()

    page.get_by_role("button", name="Send message").click()
    expect(page.get_by_role("alert")).to_contain_text("Tell the company your name.")
    page.get_by_label("Your name").fill("Ane Goikoetxea")
    page.get_by_label("Your e-mail").fill("ane@enpresa.example")
    page.get_by_label("Message").fill("Could you send us a quote for March?")
    page.get_by_label("I agree that my details are sent").check()
    page.get_by_role("button", name="Send message").click()
    expect(page.locator("h1")).to_have_text("Thank you: your message has been sent")


def test_marketplace_filters_work_without_javascript(browser, live_url):
    context = browser.new_context(base_url=live_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(MARKETPLACE["es"])
    page.locator("#facet-kind-request").check()
    page.get_by_role("button", name="Aplicar filtros").click()
    expect(page).to_have_url(re.compile(r"kind=request"))
    expect(page.locator(".listing-card .badge--offer")).to_have_count(0)
    context.close()


@pytest.mark.parametrize("language", MARKETPLACE)
def test_marketplace_pages_are_accessible(page, assert_accessible, language):
    page.goto(MARKETPLACE[language])
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_accessible(page)
    page.locator(".listing-card__title a").first.click()
    expect(page.locator("form.form")).to_be_visible()
    assert_accessible(page)
    page.locator("form.form button[type=submit]").click()
    expect(page.locator(".notice--error")).to_be_visible()
    assert_accessible(page)
