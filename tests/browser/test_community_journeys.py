"""The community's follow-up in the portal and the marketplace: a company answers an enquiry,
writes to another company, and a visitor asks for new listings by e-mail; axe on each page."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_member_journeys import portal, sign_in

pytestmark = pytest.mark.browser

REPRESENTATIVE = "rep-txirbil-mekanizazioak"  # the demo company with enquiries and messages


@pytest.mark.parametrize("language", ["eu", "es", "en"])
def test_a_company_answers_an_enquiry_from_the_portal(
    browser, live_url, assert_accessible, language
):
    page = browser.new_context(base_url=live_url).new_page()
    sign_in(page, REPRESENTATIVE, language)
    assert_accessible(page)
    page.locator(".portal__enquiries a").first.click()
    expect(page.locator(".thread__message").first).to_be_visible()
    assert_accessible(page)
    page.locator("button[value=reply]").click()
    expect(page.locator(".notice--error")).to_be_visible()
    assert_accessible(page)
    page.locator("#id_message").fill(f"Reply in {language}: we will call you on Monday.")
    page.locator("button[value=reply]").click()
    expect(page.locator(".thread__message--reply").last).to_contain_text(f"Reply in {language}")
    assert_accessible(page)


@pytest.mark.parametrize("language", ["eu", "es", "en"])
def test_a_company_writes_to_another_and_finds_it_under_messages(
    browser, live_url, assert_accessible, language
):
    directory = {"eu": "/eu/direktorioa/", "es": "/es/directorio/", "en": "/en/directory/"}
    page = browser.new_context(base_url=live_url).new_page()
    sign_in(page, REPRESENTATIVE, language)
    page.goto(f"{directory[language]}hostoa-farms/")
    page.locator(".contact-card a[href*='/']", has_text=re.compile("Member|Kide|socias")).click()
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("h1")).to_contain_text("Hostoa")
    assert_accessible(page)
    subject = f"Steel frames ({language})"
    page.locator("#id_subject").fill(subject)
    page.locator("#id_body").fill("Hello! We can machine the frames you designed.")
    page.locator("form.form button[type=submit]").click()
    expect(page).to_have_url(re.compile(re.escape(portal("messages", language))))
    expect(page.locator("main")).to_contain_text(subject)
    assert_accessible(page)


@pytest.mark.parametrize("language", ["eu", "es", "en"])
def test_a_visitor_asks_for_new_listings_by_e_mail(page, assert_accessible, language):
    marketplace = {"eu": "/eu/azoka/", "es": "/es/mercado/", "en": "/en/marketplace/"}[language]
    page.goto(f"{marketplace}?kind=offer")
    page.locator(".feed-link a").first.click()
    expect(page.locator("input[name=query]")).to_have_value("kind=offer")
    assert_accessible(page)
    page.locator("form.form button[type=submit]").click()
    expect(page.locator(".notice--error")).to_be_visible()
    assert_accessible(page)
    page.locator("#id_email").fill(f"alerts.{language}@example.com")
    page.locator("#id_consent").check()
    page.locator("form.form button[type=submit]").click()
    expect(page.locator("main [role=status]")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_accessible(page)
