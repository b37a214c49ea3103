import re

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "tknika-demo"  # noqa: S105 (the demo password)
REPRESENTATIVE = "rep-ego-mikromekanika"
NEW_TAGLINE = "Mikromekanizazioa eta ekipamendu medikoetarako pieza txikiak"


def portal(name, language):
    """A portal path in `language`, such as /eu/kideak/sartu/."""
    with translation.override(language):
        return reverse(f"members:{name}")


def sign_in(page, username, language="en"):
    page.goto(portal("login", language))
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()


def test_a_change_in_basque_is_published_once_an_editor_approves_it(browser, live_url):
    representative = browser.new_context(base_url=live_url).new_page()
    sign_in(representative, REPRESENTATIVE, "eu")
    expect(representative.locator("h1")).to_have_text("Kideen ataria")
    representative.locator(".portal__actions a.button--primary").first.click()
    edit_url = representative.url
    representative.locator("#id_tagline_eu").fill(NEW_TAGLINE)
    representative.locator("form.form button[type=submit]").click()
    expect(representative.locator(".notice--success")).to_be_visible()
    expect(representative.locator(".portal__company .notice--info")).to_be_visible()

    company_id = re.search(r"/(\d+)/$", edit_url).group(1)  # the profile's portal page
    editor = browser.new_context(base_url=live_url).new_page()
    editor.goto("/admin/login/")
    editor.locator("#id_username").fill("moderator")
    editor.locator("#id_password").fill(PASSWORD)
    editor.locator("button[type=submit]").click()
    editor.goto(f"/admin/pages/{company_id}/edit/")
    expect(editor.locator("#id_tagline")).to_have_value(NEW_TAGLINE)
    editor.locator("footer [data-w-dropdown-target='toggle']").first.click()
    # "Approve" without a comment (the other one opens a comment dialog).
    editor.locator(
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    ).click()
    expect(editor).not_to_have_url(re.compile(r"/edit/$"))

    public = browser.new_context(base_url=live_url).new_page()
    public.goto("/eu/direktorioa/ego-mikromekanika/")
    expect(public.locator("body")).to_contain_text(NEW_TAGLINE)


@pytest.mark.parametrize("language", ["eu", "es", "en"])
def test_portal_pages_are_accessible(page, assert_accessible, language):
    page.goto(portal("login", language))
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_accessible(page)
    page.locator("form.form button[type=submit]").click()
    assert_accessible(page)
    sign_in(page, "rep-txirbil-mekanizazioak", language)
    expect(page.locator(".portal__company")).to_be_visible()
    assert_accessible(page)
    page.locator(".portal__actions a.button--primary").first.click()
    expect(page.locator("#id_tagline_eu")).to_be_visible()
    assert_accessible(page)
    page.locator("#id_tagline_eu").fill("")
    page.locator("form.form button[type=submit]").click()
    expect(page.locator(".notice--error")).to_be_visible()
    assert_accessible(page)
    page.goto(portal("dashboard", language))
    page.locator(".portal__company a.button:not(.button--primary)").last.click()
    expect(page.locator("#id_title")).to_be_visible()
    assert_accessible(page)
