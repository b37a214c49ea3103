import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

DIRECTORY = {"eu": "/eu/direktorioa/", "es": "/es/directorio/", "en": "/en/directory/"}


def result_names(page):
    return page.locator(".company-card__title a").all_inner_texts()


def test_search_and_facets_update_results_without_reloading(page):
    page.goto(DIRECTORY["en"])
    all_companies = result_names(page)
    page.evaluate("window.__sameDocument = true")

    page.get_by_label("Search companies").fill("carpentry")
    expect(page).to_have_url(re.compile(r"\?q=carpentry(&sort=[a-z]+)?$"))
    expect(page.locator(".results-summary")).to_contain_text("carpentry")
    searched = result_names(page)
    assert searched and searched != all_companies

    page.get_by_label("Search companies").fill("")
    expect(page).not_to_have_url(re.compile(r"q=carpentry"))
    expect(page.locator(".company-card__title a")).to_have_count(len(all_companies))
    sector = page.locator(".facet input[name=sector]").first.get_attribute("value")
    page.locator(f"#facet-sector-{sector}").check()
    expect(page).to_have_url(re.compile(rf"sector={sector}"))
    expect(page.locator(f"#facet-sector-{sector}")).to_be_checked()
    filtered = result_names(page)
    assert filtered != all_companies
    assert page.evaluate("window.__sameDocument") is True  # no full page load

    page.go_back()
    expect(page).not_to_have_url(re.compile(r"sector="))
    expect(page.locator(".company-card__title a").first).to_be_visible()


def test_the_sort_beside_the_results_applies_on_change_and_keeps_the_focus(page):
    page.goto(DIRECTORY["eu"])
    expect(page.get_by_role("button", name="Ordenatu")).to_be_hidden()  # JavaScript sorts
    page.evaluate("window.__sameDocument = true")
    sort = page.get_by_label("Ordena", exact=True)
    sort.focus()
    sort.select_option("cohort")
    expect(page).to_have_url(re.compile(r"sort=cohort"))
    expect(page.get_by_label("Ordena", exact=True)).to_be_focused()
    expect(page.get_by_label("Ordena", exact=True)).to_have_value("cohort")
    assert page.evaluate("window.__sameDocument") is True


def test_directory_works_without_javascript(browser, live_url):
    context = browser.new_context(base_url=live_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(DIRECTORY["es"])
    page.locator(".facet input[name=territory]").first.check()
    page.get_by_role("button", name="Aplicar filtros").click()
    expect(page).to_have_url(re.compile(r"territory=[a-z]+"))
    expect(page.locator(".facet input[name=territory]").first).to_be_checked()
    page.get_by_label("Buscar empresas").fill("carpintería")
    page.locator("#main").get_by_role("button", name="Buscar", exact=True).click()
    expect(page).to_have_url(re.compile(r"q=carpinter"))
    page.get_by_label("Ordenar por").select_option("name")
    page.get_by_role("button", name="Ordenar", exact=True).click()
    expect(page).to_have_url(re.compile(r"q=carpinter.*sort=name|sort=name.*q=carpinter"))
    context.close()


@pytest.mark.parametrize("language", DIRECTORY)
def test_directory_and_company_pages_are_accessible(page, assert_accessible, language):
    page.goto(DIRECTORY[language])
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_accessible(page)
    page.locator(".company-card__title a").first.click()
    expect(page.locator("h1")).to_be_visible()
    assert_accessible(page)
