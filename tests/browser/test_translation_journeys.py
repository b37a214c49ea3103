"""An editor writes in Basque and gets the article translated, as the admin offers it."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "tknika-demo"  # noqa: S105 (the demo password)
BASQUE_TITLE = "Nabigatzailean idatzitako albistea"
TRANSLATIONS = {
    "es": ("Español", "Noticia escrita en el navegador", "La entradilla breve de esta noticia."),
    "en": ("English", "News written in the browser", "The short lead of this article."),
}
INDEXES = {"eu": "/eu/albisteak/", "es": "/es/noticias/", "en": "/en/news/"}


def sign_in_to_admin(page, username="editor"):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_an_article_goes_live_in_each_language_once_translated(browser, live_url):
    editor = browser.new_context(base_url=live_url, locale="en-GB").new_page()
    sign_in_to_admin(editor)
    editor.goto("/admin/pages/search/?q=Albisteak")
    editor.get_by_role("link", name="Albisteak", exact=True).first.click()
    news_index_id = re.search(r"/admin/pages/(\d+)/", editor.url).group(1)

    editor.goto(f"/admin/pages/add/news/newspage/{news_index_id}/")
    editor.locator("#id_title").fill(BASQUE_TITLE)
    editor.locator("#id_lead").fill("Albiste honen sarrera laburra.")
    editor.locator("footer [data-w-dropdown-target='toggle']").first.click()
    editor.locator("button[name='action-publish']").click()
    expect(editor.get_by_role("link", name=BASQUE_TITLE)).to_be_visible()

    editor.get_by_role("link", name=BASQUE_TITLE).click()
    article_id = re.search(r"/admin/pages/(\d+)/edit/", editor.url).group(1)
    editor.goto(f"/admin/localize/submit/page/{article_id}/")
    for language_name, _title, _lead in TRANSLATIONS.values():
        editor.get_by_label(language_name).check()
    editor.get_by_role("button", name="Submit").click()

    visitor = browser.new_context(base_url=live_url).new_page()
    for language in ("es", "en"):
        for url in (f"/{language}/", INDEXES[language], f"{INDEXES[language]}feed/rss/"):
            visitor.goto(url)
            expect(visitor.locator("body")).not_to_contain_text(BASQUE_TITLE)

    for language_name, title, lead in TRANSLATIONS.values():
        editor.goto("/admin/reports/translations/?state=draft")
        editor.get_by_role("row", name=re.compile(f"{BASQUE_TITLE}.*{language_name}")).get_by_role(
            "link", name=BASQUE_TITLE
        ).click()
        for text in (title, lead):
            editor.get_by_role("button", name="Translate", exact=True).first.click()
            editor.locator("textarea").first.fill(text)
            editor.get_by_role("button", name="Save", exact=True).first.click()
            expect(editor.get_by_text(text, exact=True)).to_be_visible()
        editor.get_by_role("button", name=re.compile("Publish in")).click()
        expect(editor.locator(".messages")).to_be_visible()

    # A new visitor: the first one's browser may keep the feeds it read (they send Last-Modified).
    visitor = browser.new_context(base_url=live_url).new_page()
    for language, (_name, title, _lead) in TRANSLATIONS.items():
        visitor.goto(INDEXES[language])
        visitor.get_by_role("link", name=title).click()
        expect(visitor.locator("html")).to_have_attribute("lang", language)
        expect(visitor.locator("h1")).to_have_text(title)
        assert BASQUE_TITLE not in visitor.content()
        visitor.goto(f"{INDEXES[language]}feed/rss/")
        assert title in visitor.content()
    visitor.goto(INDEXES["eu"])
    expect(visitor.get_by_role("link", name=BASQUE_TITLE)).to_be_visible()


def test_the_translation_report_is_usable_from_the_keyboard(page, assert_accessible):
    sign_in_to_admin(page)
    page.goto("/admin/reports/translations/?language=es")
    expect(page.locator("h1")).to_contain_text("Translation status")
    assert_accessible(page)


def test_changing_a_bold_led_item_leaves_the_other_strings_translated(browser, live_url):
    editor = browser.new_context(base_url=live_url, locale="en-GB").new_page()
    sign_in_to_admin(editor)
    # From the public page, as an editor reading the site would: the user bar's "Edit this page".
    editor.goto("/eu/programak/tkgune/")
    editor.get_by_role("button", name=re.compile("Wagtail", re.I)).first.click()
    editor.locator("wagtail-userbar a[href$='/edit/']").click()
    expect(editor).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    item = editor.locator("[contenteditable=true] li", has_text="Erronka identifikatzea").first
    item.click()
    editor.keyboard.press("End")
    editor.keyboard.type(" Erronka berria.")
    editor.locator("#id_title").click()  # leaving the rich text editor saves it to the form
    editor.wait_for_timeout(500)  # the editor writes its content to the form after a pause
    edit_url = editor.url
    editor.locator("footer [data-w-dropdown-target='toggle']").first.click()
    editor.locator("button[name='action-publish']").click()
    expect(editor).not_to_have_url(re.compile(r"/edit/$"))
    editor.goto(edit_url)
    expect(editor.locator("[contenteditable=true] li", has_text="Erronka berria.")).to_be_visible()

    editor.goto("/admin/reports/translations/?state=stale")
    for language_name in ("Español", "English"):
        row = editor.get_by_role("row", name=re.compile(f"TKgune.*{language_name}"))
        # One list item changed: every other string (bold-led items too) keeps its translation.
        expect(row).to_contain_text(re.compile(r"Out of date \(9\d% translated\)"))


def test_the_locale_filter_narrows_companies_to_one_language(page):
    sign_in_to_admin(page)
    page.goto("/admin/companies/")
    rows = page.locator("main tbody tr")
    companies = rows.count()
    page.get_by_role("button", name="Show filters").click()
    filters = page.locator("#filters-drilldown")
    filters.get_by_role("button", name="Locale").click()
    filters.get_by_label("Español").check()
    expect(page).to_have_url(re.compile(r"[?&]locale=es"))
    expect(page.get_by_text("Locale: Español")).to_be_visible()
    expect(rows).to_have_count(companies)  # each company once, now in Spanish
    cells = page.locator("main tbody td")
    expect(cells.filter(has_text=re.compile(r"^\s*Español\s*$"))).to_have_count(companies)
    expect(cells.filter(has_text=re.compile(r"^\s*Euskara\s*$"))).to_have_count(0)


def test_a_basque_article_offers_only_basque_categories(page):
    sign_in_to_admin(page)
    page.goto("/admin/pages/search/?q=Albisteak")
    page.get_by_role("link", name="Albisteak", exact=True).first.click()
    news_index_id = re.search(r"/admin/pages/(\d+)/", page.url).group(1)
    page.goto(f"/admin/pages/add/news/newspage/{news_index_id}/")
    categories = page.locator("[name=categories]")
    labels = [label.strip() for label in page.locator("#id_categories label").all_inner_texts()]
    assert categories.count() == len(labels) > 0
    assert "Ekitaldiak" in labels and "Eventos" not in labels and "Events" not in labels
