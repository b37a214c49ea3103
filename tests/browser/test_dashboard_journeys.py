"""An editor opens the admin in the morning and goes from the dashboard to what needs doing, in
each admin language."""

import re

import pytest
from playwright.sync_api import expect

from .test_translation_journeys import sign_in_to_admin

pytestmark = pytest.mark.browser

# The admin follows the browser's language while the account sets none.
DASHBOARD = {
    "eu": ("eu-ES", ["Kontsultak", "Iragarkiak", "Enpresen profilak"], "Laster ixtekoa"),
    "es": ("es-ES", ["Consultas", "Anuncios", "Perfiles de empresa"], "Cierra pronto"),
    "en": ("en-GB", ["Enquiries", "Listings", "Company profiles"], "Closing soon"),
}


@pytest.mark.parametrize("language", DASHBOARD)
def test_the_dashboard_leads_to_listings_closing_soon(
    browser, live_url, assert_accessible, language
):
    locale, headings, closing_soon = DASHBOARD[language]
    context = browser.new_context(base_url=live_url, locale=locale)
    page = context.new_page()
    sign_in_to_admin(page)
    for heading in headings:
        expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
    assert_accessible(page)

    panel = page.locator("#closing-listings-section")
    panel.locator("a[href$='status=closing_soon']").click()
    expect(page).to_have_url(re.compile(r"/admin/listings/\?status=closing_soon$"))
    rows = page.locator("table.listing tbody tr")
    expect(rows.first).to_contain_text(closing_soon)
    assert rows.count() == page.locator("table.listing tbody tr", has_text=closing_soon).count()
    assert_accessible(page)
    context.close()
