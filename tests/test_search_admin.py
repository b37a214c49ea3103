"""The editors' side of the site search: the report of search terms and promoted results."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from home.models import SearchTerm
from tests import factories

REPORT = "/admin/reports/search-terms/"
PROMOTE = "/admin/reports/search-terms/promote/"
WAGTAILS_REPORT = "/admin/searchpicks/reports/search-terms/"


def add_term(days_ago, language, query, searches, without_results=0):
    SearchTerm.objects.create(
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        locale=Locale.objects.get(language_code=language),
        query=query,
        searches=searches,
        searches_without_results=without_results,
    )


@pytest.fixture
def terms(db):
    add_term(0, "eu", "urratsbat", 3)
    add_term(29, "eu", "urratsbat", 2)  # the first of the last 30 days
    add_term(30, "eu", "urratsbat", 100)  # the day before them
    add_term(0, "es", "urratsbat", 4)
    add_term(1, "es", "zzqxjw", 2, without_results=2)
    add_term(2, "es", "ikastetxeak", 2)
    add_term(3, "es", "ikastetxeak", 1, without_results=1)
    add_term(0, "en", "contact", 1)
    add_term(45, "en", "apprenticeships", 7, without_results=7)


def with_permissions(*codenames):
    """A user who may use the admin and do only this."""
    user = factories.user()
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    return user


def refused(response):
    """Wagtail sends who may not see an admin view to the dashboard, with a message."""
    return response.status_code == 302 and response.url == "/admin/"


def report(client, **params):
    response = client.get(REPORT, params)
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def rows(page):
    """(search term, language, searches, searches without results) of each row, in order."""
    found = []
    for row in page.select("table.listing tbody tr"):
        cells = row.find_all("td")
        term = cells[0].select_one(".title-wrapper").get_text(strip=True)
        found.append((term, *(cell.get_text(strip=True) for cell in cells[1:])))
    return found


def row_for(page, term, language):
    for row in page.select("table.listing tbody tr"):
        cells = row.find_all("td")
        if cells[0].select_one(".title-wrapper").get_text(strip=True) == term:
            if cells[1].get_text(strip=True) == language:
                return row
    raise AssertionError(f"no row for {term} in {language}")


def promote_link(row):
    return row.select_one(f'a[href^="{PROMOTE}"]')


def exported(response):
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(content)))


def found_titles(client, path, query):
    """The titles a search shows, promoted ones first, and those shown as recommended."""
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    page = BeautifulSoup(response.text, "html.parser")
    recommended = [title.get_text(strip=True) for title in page.select(".promoted-results h3")]
    titles = [title.get_text(strip=True) for title in page.select(".search-result__title")]
    return titles, recommended


# The report


def test_the_report_sums_each_term_per_language_over_the_last_30_days_most_searched_first(
    editor_client, terms
):
    assert rows(report(editor_client)) == [
        ("urratsbat", "Euskara", "5", "0"),
        ("urratsbat", "Español", "4", "0"),
        ("ikastetxeak", "Español", "3", "1"),
        ("zzqxjw", "Español", "2", "2"),
        ("contact", "English", "1", "0"),
    ]


def test_the_report_filters_by_language_period_and_searches_that_found_nothing(
    editor_client, terms
):
    today = timezone.localdate()
    assert rows(report(editor_client, language="es")) == [
        ("urratsbat", "Español", "4", "0"),
        ("ikastetxeak", "Español", "3", "1"),
        ("zzqxjw", "Español", "2", "2"),
    ]
    # A term is listed when any of its searches found nothing, with all its searches.
    assert rows(report(editor_client, results="none")) == [
        ("ikastetxeak", "Español", "3", "1"),
        ("zzqxjw", "Español", "2", "2"),
    ]
    days_30_and_29_ago = {
        "date_from": (today - datetime.timedelta(days=30)).isoformat(),
        "date_to": (today - datetime.timedelta(days=29)).isoformat(),
    }
    assert rows(report(editor_client, **days_30_and_29_ago)) == [
        ("urratsbat", "Euskara", "102", "0")
    ]
    since_60_days_ago = {"date_from": (today - datetime.timedelta(days=60)).isoformat()}
    assert rows(report(editor_client, results="none", language="en", **since_60_days_ago)) == [
        ("apprenticeships", "English", "7", "7")
    ]


def test_the_report_shows_its_default_period_and_sorts_by_any_count(editor_client, terms):
    today = timezone.localdate()
    page = report(editor_client, ordering="-total_without_results")
    assert page.select_one('input[name="date_from"]')["value"] == (
        (today - datetime.timedelta(days=29)).isoformat()
    )
    assert page.select_one('input[name="date_to"]')["value"] == today.isoformat()
    assert [row[0] for row in rows(page)][:2] == ["zzqxjw", "ikastetxeak"]
    # Equal counts keep one order: by term, then language.
    assert [row[:2] for row in rows(page)][2:] == [
        ("contact", "English"),
        ("urratsbat", "Español"),
        ("urratsbat", "Euskara"),
    ]


def test_each_term_links_to_what_visitors_saw_without_counting_the_editors_look(
    editor_client, terms
):
    page = report(editor_client)
    link = row_for(page, "urratsbat", "Español").select_one(".title-wrapper a")["href"]
    assert link.startswith("/es/buscar/?q=urratsbat")
    searches = SearchTerm.objects.filter(query="urratsbat", locale__language_code="es")
    before = list(searches.values_list("searches", flat=True))
    shown = BeautifulSoup(editor_client.get(link).text, "html.parser")
    assert shown.select(".search-result__title")
    assert list(searches.values_list("searches", flat=True)) == before


def test_the_report_exports_its_rows_with_formulas_neutralised(editor_client, terms):
    add_term(0, "eu", "=hyperlink(1)", 1, without_results=1)
    assert exported(editor_client.get(REPORT, {"export": "csv", "language": "eu"})) == [
        ["Search term", "Language", "Searches", "Searches without results"],
        ["urratsbat", "Euskara", "5", "0"],
        ["'=hyperlink(1)", "Euskara", "1", "1"],
    ]
    response = editor_client.get(REPORT, {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="search-terms')


# Who sees it


def test_editors_and_moderators_have_the_report_in_their_menu(client, terms):
    for user in (factories.editor(), factories.moderator()):
        client.force_login(user)
        assert REPORT in client.get("/admin/").text
        assert rows(report(client))


def test_users_without_the_permission_are_refused_the_report(client, terms):
    client.force_login(with_permissions())
    assert REPORT not in client.get("/admin/").text
    assert refused(client.get(REPORT))
    assert refused(client.get(REPORT, {"export": "csv"}))


def test_only_who_may_promote_results_gets_a_button_for_it(client, editor_client, terms):
    link = promote_link(row_for(report(editor_client), "zzqxjw", "Español"))
    assert link.get_text(strip=True) == "Promote a result"
    client.force_login(with_permissions("view_searchterm"))
    page = report(client)
    assert rows(page)
    assert promote_link(page) is None
    assert refused(client.get(link["href"]))


def test_wagtails_own_search_terms_report_is_not_in_the_menu(admin_client, terms):
    menu = admin_client.get("/admin/").text
    assert REPORT in menu
    assert WAGTAILS_REPORT not in menu


# Promoted results


def promote(page, query):
    SearchPromotion.objects.create(query=Query.get(query), page=page, sort_order=0)


def test_a_page_pinned_in_a_language_comes_first_in_that_language_only(client, pages):
    query = "ikastetxeak"
    promote(pages["contact"]["eu"], query)
    basque = pages["contact"]["eu"].title
    titles, recommended = found_titles(client, "/eu/bilatu/", query)
    assert recommended == [basque]
    assert titles[0] == basque
    titles, recommended = found_titles(client, "/es/buscar/", query)
    assert recommended == []
    assert basque not in titles

    promote(pages["contact"]["es"], query)
    assert found_titles(client, "/es/buscar/", query)[1] == [pages["contact"]["es"].title]


@pytest.mark.parametrize(
    ("language", "path"), [("eu", "/eu/bilatu/"), ("es", "/es/buscar/"), ("en", "/en/search/")]
)
def test_the_demo_pins_urratsbat_and_esm_in_each_language(client, pages, language, path):
    for query in ("urratsbat", "esm"):
        titles, recommended = found_titles(client, path, query)
        assert recommended == [pages[query][language].title]
        assert titles[0] == recommended[0]


def test_an_editor_promotes_a_result_from_the_report(editor_client, pages, terms):
    link = promote_link(row_for(report(editor_client), "zzqxjw", "Español"))["href"]
    form_page = BeautifulSoup(editor_client.get(link).text, "html.parser")
    query_field = form_page.select_one('input[name="query_string"]')
    assert query_field["value"] == "zzqxjw"
    form = query_field.find_parent("form")
    data = {
        field["name"]: field.get("value", "")
        for field in form.select("input[name]")
        if field.get("type") not in ("checkbox", "submit")
    }
    # What the form's "Add recommended page" button adds, with a page chosen.
    data.update(
        {
            "editors_picks-TOTAL_FORMS": "1",
            "editors_picks-0-page": str(pages["esm"]["es"].pk),
            "editors_picks-0-ORDER": "0",
            "editors_picks-0-DELETE": "",
            "editors_picks-0-external_link_url": "",
            "editors_picks-0-external_link_text": "",
            "editors_picks-0-description": "",
        }
    )
    response = editor_client.post(form["action"], data)
    assert response.status_code == 302
    _titles, recommended = found_titles(editor_client, "/es/buscar/", "zzqxjw")
    assert recommended == [pages["esm"]["es"].title]
    assert found_titles(editor_client, "/eu/bilatu/", "zzqxjw")[1] == []
