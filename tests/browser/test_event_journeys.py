"""A visitor finds an event in the agenda and registers, or joins a full event's waiting list."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

AGENDA = {"eu": "/eu/agenda/", "es": "/es/agenda/", "en": "/en/events/"}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser, live_url):
    context = browser.new_context(base_url=live_url, viewport=PHONE, is_mobile=True)
    yield context.new_page()
    context.close()


def test_a_visitor_on_a_phone_filters_the_agenda_and_registers_in_basque(phone, assert_accessible):
    phone.goto(AGENDA["eu"])
    expect(phone.locator("h1")).to_have_text("Agenda")
    assert_accessible(phone)
    phone.locator("summary", has_text="Iragazkiak").click()
    phone.locator("#facet-audience-facilitators").check()
    expect(phone).to_have_url(re.compile(r"audience=facilitators"))
    cards = phone.locator(".event-card")
    expect(cards.first).to_be_visible()
    phone.locator(".event-card__title a").first.click()
    expect(phone.locator(".event__facts")).to_contain_text("dinamizatzaile")
    assert_accessible(phone)

    phone.get_by_role("button", name="Eman izena").click()
    expect(phone.get_by_role("alert")).to_be_visible()
    assert_accessible(phone)
    phone.locator("#id_name").fill("Ane Goikoetxea")
    phone.locator("#id_email").fill("ane.browser@ikastetxea.example")
    phone.locator("#id_consent").check()
    phone.get_by_role("button", name="Eman izena").click()
    expect(phone.locator("h1")).to_contain_text("izena")
    expect(phone.locator("html")).to_have_attribute("lang", "eu")
    assert_accessible(phone)


def test_a_full_event_offers_its_waiting_list(page, assert_accessible):
    page.goto(AGENDA["en"])
    page.locator(".event-card__title a", has_text="breakfast").click()
    expect(page.locator(".registration")).to_contain_text("Full: waiting list open")
    page.get_by_label("Your name").fill("Jon Zubia")
    page.get_by_label("Your e-mail").fill("jon.browser@enpresa.example")
    page.get_by_label("I agree that Tknika keeps my details").check()
    page.get_by_role("button", name="Join the waiting list").click()
    expect(page.locator("h1")).to_have_text("You are on the waiting list")
    assert_accessible(page)


@pytest.mark.parametrize("language", AGENDA)
def test_the_past_events_are_a_tab_away(page, assert_accessible, language):
    page.goto(AGENDA[language])
    tabs = page.locator(".tabs a")
    tabs.nth(1).click()
    expect(tabs.nth(1)).to_have_attribute("aria-current", "page")
    expect(page.locator(".event-card").first).to_be_visible()
    assert_accessible(page)
