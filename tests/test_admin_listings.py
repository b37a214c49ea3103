"""Editors' admin listings: one row per item with how each language stands, local times."""

import csv
import datetime
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from directory.models import CompanyPage, ProfileConfirmation
from home.translation_status import UP_TO_DATE, source_objects, statuses
from marketplace.models import Enquiry, ListingPage, ListingStatus

from . import factories

LANGUAGE_NAMES = ["Euskara", "Español", "English"]


def table_rows(html):
    table = re.search(r'<table[^>]*class="listing[^"]*"[^>]*>(.*?)</table>', html, re.S).group(1)
    body = table.split("<tbody", 1)[1].split("</tbody>", 1)[0]
    return body.split("<tr")[1:]


def headers(html):
    return re.findall(r"<th[^>]*>\s*([^<]+?)\s*</th>", html)


def row_of(html, page):
    """The listing row whose title links to this page."""
    found = [row for row in table_rows(html) if f'href="/admin/pages/{page.pk}/edit/"' in row]
    assert len(found) == 1
    return found[0]


def state_in(row, page):
    """The state shown for the language whose page this is (its cell links to it)."""
    link = rf'href="/admin/pages/{page.pk}/edit/" class="w-status[^"]*">'
    found = re.search(rf"{link}\s*([^<]+?)\s*<", row)
    return found and found.group(1)


def exported(response):
    content = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(content)))


def up_to_date_in_spanish(model, count):
    """Basque source pages whose Spanish translation is live and up to date."""
    spanish = Locale.objects.get(language_code="es")
    sources = list(source_objects(model).filter(locale__language_code="eu").order_by("pk"))
    found = statuses(sources)
    chosen = [
        source
        for source in sources
        if any(
            status.locale == spanish and status.state == UP_TO_DATE
            for status in found[source.translation_key]
        )
    ]
    assert len(chosen) >= count
    return [(source, source.get_translation(spanish)) for source in chosen[:count]]


def test_companies_are_listed_once_with_how_each_language_stands(editor_client, editor):
    (drafted, drafted_es), (changed, changed_es) = up_to_date_in_spanish(CompanyPage, 2)
    drafted_es.unpublish(user=editor)
    changed.tagline = "Enpresaren lerro berria, itzultzeko."
    changed.save_revision(user=editor).publish(user=editor)

    response = editor_client.get("/admin/companies/")
    assert response.status_code == 200
    sources = source_objects(CompanyPage)
    assert CompanyPage.objects.count() > sources.count()
    assert len(table_rows(response.text)) == response.context["items_count"] == sources.count()
    assert headers(response.text)[-3:] == LANGUAGE_NAMES

    row = row_of(response.text, drafted)
    assert state_in(row, drafted) == "Live (source)"
    assert state_in(row, drafted_es) == "Draft"
    row = row_of(response.text, changed)
    assert state_in(row, changed_es) == "Out of date"


def test_the_locale_filter_lists_that_languages_companies(editor_client):
    spanish = CompanyPage.objects.filter(locale__language_code="es")
    response = editor_client.get("/admin/companies/", {"locale": "es"})
    assert response.status_code == 200
    assert response.context["items_count"] == spanish.count() > 0
    assert {page.locale.language_code for page in response.context["object_list"]} == {"es"}
    # A Spanish row still says how its source and the other languages stand.
    page = spanish.first()
    assert state_in(row_of(response.text, page), page)

    inactive = editor_client.get("/admin/companies/", {"locale": "es", "status": "inactive"})
    assert inactive.status_code == 200
    assert 0 < inactive.context["items_count"] == spanish.filter(status="inactive").count()


@pytest.mark.parametrize("value", ["xx", "", "1"])
def test_odd_locale_values_show_the_listing_not_the_public_site(editor_client, value):
    response = editor_client.get("/admin/companies/", {"locale": value})
    assert response.status_code == 200
    assert response.context["items_count"] == source_objects(CompanyPage).count()


def test_companies_export_has_a_row_per_company_and_a_column_per_language(editor_client, editor):
    (drafted, drafted_es), *_ = up_to_date_in_spanish(CompanyPage, 1)
    drafted_es.unpublish(user=editor)

    rows = exported(editor_client.get("/admin/companies/", {"export": "csv"}))
    assert len(rows) == source_objects(CompanyPage).count()
    row = next(row for row in rows if row["Title"] == drafted.title)
    assert row["Euskara"] == "Live (source)"
    assert row["Español"] == "Draft"
    assert row["English"] in {"Up to date", "Out of date", "Draft", "Not started"}

    spanish = exported(editor_client.get("/admin/companies/", {"export": "csv", "locale": "es"}))
    assert len(spanish) == CompanyPage.objects.filter(locale__language_code="es").count()


def test_the_companies_listing_costs_the_same_for_few_rows_or_many(editor_client):
    def queries_for(params):
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.get("/admin/companies/", params)
        return len(queries), response.context["items_count"]

    editor_client.get("/admin/companies/")  # warm the caches (site root paths, content types)
    few_queries, few_rows = queries_for({"status": "inactive"})
    many_queries, many_rows = queries_for({})
    assert few_rows < 5 < many_rows
    assert many_queries == few_queries


def test_listings_are_listed_once_filtered_by_language_and_exported(editor_client, editor):
    (drafted, drafted_es), *_ = up_to_date_in_spanish(ListingPage, 1)
    drafted_es.unpublish(user=editor)

    response = editor_client.get("/admin/listings/")
    assert response.status_code == 200
    sources = source_objects(ListingPage)
    assert len(table_rows(response.text)) == response.context["items_count"] == sources.count()
    assert state_in(row_of(response.text, drafted), drafted_es) == "Draft"

    spanish = editor_client.get("/admin/listings/", {"locale": "es"})
    assert spanish.status_code == 200
    assert {page.locale.language_code for page in spanish.context["object_list"]} == {"es"}
    assert editor_client.get("/admin/listings/", {"locale": "xx"}).status_code == 200

    rows = exported(editor_client.get("/admin/listings/", {"export": "csv"}))
    assert len(rows) == sources.count()
    row = next(row for row in rows if row["Title"] == drafted.title)
    assert row["Español"] == "Draft"


def test_the_enquiry_inspect_view_shows_local_time(editor_client):
    listing = ListingPage.objects.live().first()
    enquiry = Enquiry.objects.create(
        listing=listing,
        company=listing.company,
        name="Miren",
        email="miren@example.com",
        message="Kaixo",
        # 10:30 UTC is 12:30 in Madrid in summer.
        created_at=datetime.datetime(2026, 7, 1, 10, 30, tzinfo=datetime.UTC),
    )
    response = editor_client.get(f"/admin/enquiries/inspect/{enquiry.pk}/")
    assert response.status_code == 200
    assert "12:30" in response.text
    assert "10:30" not in response.text


def listing_on(today, **dates):
    """A listing whose dates are given as days from `today`."""
    return factories.listing(
        **{name: today + datetime.timedelta(days=days) for name, days in dates.items()}
    )


def test_a_listings_status_follows_its_dates_day_by_day(db):
    today = timezone.localdate()
    starts_tomorrow = listing_on(today, valid_from=1, valid_until=30)
    ends_today = listing_on(today, valid_from=-9, valid_until=0)
    ends_in_15_days = listing_on(today, valid_from=-9, valid_until=15)
    expected = {
        starts_tomorrow.pk: ListingStatus.SCHEDULED,
        listing_on(today, valid_from=0, valid_until=30).pk: ListingStatus.OPEN,
        ends_in_15_days.pk: ListingStatus.OPEN,
        listing_on(today, valid_from=-9, valid_until=14).pk: ListingStatus.CLOSING_SOON,
        ends_today.pk: ListingStatus.CLOSING_SOON,
        listing_on(today, valid_from=-9, valid_until=-1).pk: ListingStatus.CLOSED,
    }
    withdrawn = listing_on(today, valid_from=-9, valid_until=30)
    withdrawn.unpublish()
    expected[withdrawn.pk] = ListingStatus.WITHDRAWN
    listings = ListingPage.objects.filter(pk__in=expected)

    assert {listing.pk: listing.status for listing in listings.with_status()} == expected
    for status in ListingStatus:
        assert {listing.pk for listing in listings.in_status(status)} == {
            pk for pk, its_status in expected.items() if its_status == status
        }
    tomorrow = today + datetime.timedelta(days=1)
    changed = {
        listing.pk: listing.status
        for listing in listings.with_status(tomorrow)
        if listing.status != expected[listing.pk]
    }
    assert changed == {
        starts_tomorrow.pk: ListingStatus.OPEN,
        ends_in_15_days.pk: ListingStatus.CLOSING_SOON,
        ends_today.pk: ListingStatus.CLOSED,
    }


def test_editors_filter_listings_by_status_and_see_it_in_words(editor_client):
    today = timezone.localdate()
    closing = listing_on(today, valid_from=-9, valid_until=3)
    scheduled = listing_on(today, valid_from=2, valid_until=40)
    Enquiry.objects.create(
        listing=closing, company=closing.company, name="Ane", email="ane@example.com", message="?"
    )

    response = editor_client.get("/admin/listings/", {"status": "closing_soon"})
    assert response.status_code == 200
    titles = {row.title for row in response.context["object_list"]}
    assert closing.title in titles
    assert scheduled.title not in titles
    row = row_of(response.text, closing)
    assert "Closing soon" in row

    scheduled_only = editor_client.get("/admin/listings/", {"status": "scheduled"})
    assert scheduled.title in {row.title for row in scheduled_only.context["object_list"]}
    assert editor_client.get("/admin/listings/", {"status": "nonsense"}).status_code == 200

    rows = exported(editor_client.get("/admin/listings/", {"export": "csv"}))
    exported_closing = next(row for row in rows if row["Title"] == closing.title)
    assert exported_closing["Status"] == "Closing soon"
    assert exported_closing["Enquiries"] == "1"
    assert next(row for row in rows if row["Title"] == scheduled.title)["Status"] == "Scheduled"


def test_the_companies_listing_and_export_show_sectors_representatives_and_confirmation(
    editor_client,
):
    company = factories.company(title="Zehaztasun Lantegia")
    factories.representative(
        company.get_translation(Locale.objects.get(language_code="es")), email="rep@example.org"
    )
    ProfileConfirmation.objects.create(
        translation_key=company.translation_key, confirmed_on=datetime.date(2025, 3, 4)
    )
    # 23:30 UTC on 30 June is 1:30 on 1 July in the Basque Country.
    CompanyPage.objects.filter(pk=company.pk).update(
        last_published_at=datetime.datetime(2026, 6, 30, 23, 30, tzinfo=datetime.UTC)
    )
    sector = company.sectors.get()

    response = editor_client.get("/admin/companies/")
    row = row_of(response.text, company)
    assert sector.name in row
    assert re.search(r"<td[^>]*>\s*1\s*</td>", row)  # a representative
    assert "Active" in row

    rows = exported(editor_client.get("/admin/companies/", {"export": "csv"}))
    found = next(row for row in rows if row["Title"] == "Zehaztasun Lantegia")
    assert found["Sectors"] == sector.name
    assert found["Representatives"] == "rep@example.org"
    assert found["Last confirmed"] == "2025-03-04"
    assert found["Status"] == "Active"
    assert found["Last published"] == "2026-07-01 01:30:00"
    assert "Live" not in found


@pytest.mark.parametrize("url", ["/admin/companies/", "/admin/listings/", "/admin/stale-profiles/"])
def test_exports_are_headed_in_the_editors_admin_language(client, db, url):
    editor = factories.editor()
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "eu"
    profile.save()
    client.force_login(editor)
    headings = list(exported(client.get(url, {"export": "csv"}))[0])
    assert "Titulua" in headings
    assert "Hizkuntza" in headings
    english = {"Title", "Locale", "Language", "Last published at", "Services text"}
    assert not english & set(headings)
    assert not [heading for heading in headings if "_" in heading]  # no raw field names
