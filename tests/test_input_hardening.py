"""Hostile input met at its cause: redirect targets, dates, spreadsheet formulas, e-mail floods,
rate limits on read-only endpoints, and what the limits do while the cache is down."""

import csv
import datetime
import io
import json
from unittest import mock

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.urls import re_path, reverse
from django.utils import timezone, translation

from directory import views as directory_views
from directory.models import DirectoryIndexPage
from home import views as home_views
from home.spreadsheets import FORMULA_PREFIXES
from marketplace.models import Enquiry, ListingPage, MarketplaceIndexPage
from tests import factories

FORMULA = '=HYPERLINK("http://evil.example")'


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()  # the rate limits live in the cache


def members_url(name, language="en", *args):
    with translation.override(language):
        return reverse(f"members:{name}", args=args)


# Redirect targets ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "abc",
        "0",
        ["a", "b"],
        "members:login",
        "//evil.example/",
        "/\\evil.example/",
        "https://evil.example/",
        "javascript:alert(1)",
        "http://testserver/en/",
        "",
    ],
)
def test_switching_language_goes_to_the_languages_home_unless_given_a_path(client, db, target):
    response = client.get("/language/en/", {"next": target})
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert response.cookies["django_language"].value == "en"


def test_switching_language_keeps_a_path_on_the_site(client, db):
    response = client.get("/language/es/", {"next": "/es/programas/tkgune/?page=2"})
    assert response["Location"] == "/es/programas/tkgune/?page=2"


@pytest.mark.parametrize("target", ["abc", "//evil.example/", "https://evil.example/"])
def test_signing_in_goes_to_the_dashboard_unless_given_a_path(client, db, target):
    rep = factories.representative()
    response = client.post(
        members_url("login") + f"?next={target}",
        {"username": rep.username, "password": factories.PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == members_url("dashboard")


def test_signing_in_keeps_a_path_on_the_site(client, db):
    rep = factories.representative()
    response = client.post(
        members_url("login"),
        {"username": rep.username, "password": factories.PASSWORD, "next": "/en/members/password/"},
    )
    assert response["Location"] == "/en/members/password/"


def test_the_login_page_never_sends_a_signed_in_user_back_to_itself(client, db):
    client.force_login(factories.representative())
    login = members_url("login")
    response = client.get(login, {"next": login})
    assert response.status_code == 302
    assert response["Location"] == members_url("dashboard")


# The server error page, in the language of the URL ------------------------------------------


def broken(request):
    raise RuntimeError("A bug")


urlpatterns = [re_path(r"^(?:language/)?(?:[a-z]{2}/)?broken/$", broken)]
handler500 = "home.views.server_error"


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/en/broken/", "Something went wrong on our side"),
        ("/language/en/broken/", "Something went wrong on our side"),
        ("/es/broken/", "Algo ha fallado por nuestra parte"),
        ("/eu/broken/", "Zerbait gaizki atera da gure aldetik"),
        ("/broken/", "Zerbait gaizki atera da gure aldetik"),
        ("/fr/broken/", "Zerbait gaizki atera da gure aldetik"),
    ],
)
@override_settings(ROOT_URLCONF=__name__)
def test_the_server_error_page_follows_the_language_of_the_url(client, path, text):
    client.raise_request_exception = False
    # The browser's language and the language cookie do not count: the URL does.
    client.cookies["django_language"] = "es" if "/es/" not in path else "en"
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="en" if "/en/" not in path else "es")
    assert response.status_code == 500
    assert text in response.text


# Dates --------------------------------------------------------------------------------------


def listing_data(company_page, **overrides):
    category = factories.in_language(factories.listing_category(), "en")
    today = timezone.localdate()
    return {
        "language": "en",
        "kind": "offer",
        "category": category.pk,
        "title": "Spare milling hours",
        "summary": "We have spare capacity.",
        "territory": "gipuzkoa",
        "valid_from": today.isoformat(),
        "valid_until": (today + datetime.timedelta(days=30)).isoformat(),
        "contact_email": "info@example.org",
        **overrides,
    }


@pytest.mark.parametrize(
    "dates",
    [
        {"valid_until": "9999-12-31"},
        {"valid_from": "9999-12-31", "valid_until": "9999-12-31"},
        {"valid_from": "2000-01-01"},
        {"valid_until": "2000-01-01"},
        {"valid_until": (timezone.localdate() + datetime.timedelta(days=400)).isoformat()},
    ],
)
def test_a_listing_is_dated_at_most_a_year_ahead_and_not_in_the_past(client, db, dates):
    company = factories.company()
    client.force_login(factories.representative(company))
    response = client.post(
        members_url("create_listing", "en", company.pk), listing_data(company, **dates)
    )
    assert response.status_code == 200
    assert "Choose a date between" in response.text
    assert 'value="Spare milling hours"' in response.text
    assert not ListingPage.objects.filter(title="Spare milling hours").exists()


def test_editing_a_listing_keeps_its_start_date_already_past(client, db):
    company = factories.company()
    rep = factories.representative(company)
    started = timezone.localdate() - datetime.timedelta(days=60)
    listing = factories.listing(company, valid_from=started)
    client.force_login(rep)
    data = listing_data(
        company, title="Renamed", valid_from=started.isoformat(), category=listing.category.pk
    )
    del data["language"]
    response = client.post(members_url("edit_listing", "en", listing.pk), data)
    assert response.status_code == 302


def test_the_renewal_page_of_a_listing_stored_to_9999_works(client, db):
    listing = factories.listing(language="en")
    ListingPage.objects.filter(pk=listing.pk).update(valid_until=datetime.date(9999, 12, 31))
    listing.refresh_from_db()
    renew = listing.url + listing.reverse_subpage("renew")
    response = client.get(renew, {"token": listing.renewal_token()})
    assert response.status_code == 200
    assert client.get(renew).status_code == 200
    assert listing.renewed_until() == timezone.localdate() + datetime.timedelta(days=365)


# Spreadsheets -------------------------------------------------------------------------------


def cells(response):
    """Every cell of a CSV or Excel download."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if response["Content-Type"].startswith("text/csv"):
        return [
            cell for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))) for cell in row
        ]
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return [cell.value for row in sheet.iter_rows() for cell in row]


def assert_neutralised(response, value=FORMULA):
    assert response.status_code == 200
    found = cells(response)
    assert f"'{value}" in found
    assert not [
        cell for cell in found if isinstance(cell, str) and cell.startswith(FORMULA_PREFIXES)
    ]


@pytest.fixture
def hostile_company(db):
    return factories.company(title=FORMULA, phone="+34 943 000 000")


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
@pytest.mark.parametrize(
    "path",
    [
        "/admin/companies/",
        "/admin/listings/",
        "/admin/enquiries/",
        "/admin/reports/translations/",
        "/admin/reports/aging-pages/",
        "/admin/reports/site-history/",
    ],
)
def test_admin_exports_neutralise_formulas(client, hostile_company, path, file_format):
    listing = factories.listing(hostile_company, title=FORMULA)
    Enquiry.objects.create(
        listing=listing,
        company=hostile_company,
        name=FORMULA,
        email="visitor@example.org",
        message="+cmd|' /C calc'!A0",
    )
    client.force_login(get_user_model().objects.get(username="admin"))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    assert_neutralised(client.get(path, {"export": file_format}))


def test_the_public_directory_export_neutralises_formulas(client, hostile_company):
    index = DirectoryIndexPage.objects.get(locale__language_code="eu")
    assert_neutralised(client.get(f"{index.url}export/csv/"))
    assert "'+34 943 000 000" in cells(client.get(f"{index.url}export/csv/"))


# E-mails to one address ---------------------------------------------------------------------


@pytest.mark.parametrize("form", ["sign_in_link", "password_reset"])
def test_account_emails_to_one_address_are_limited_whoever_asks(client, db, form):
    rep = factories.representative()
    answers = set()
    for number in range(6):
        response = client.post(
            members_url(form), {"email": rep.email.upper()}, REMOTE_ADDR=f"192.0.2.{number}"
        )
        answers.add((response.status_code, response.get("Location")))
    assert len(mail.outbox) == 3
    assert len(answers) == 1  # the same answer, sent or not
    # Both forms count together.
    other = "password_reset" if form == "sign_in_link" else "sign_in_link"
    client.post(members_url(other), {"email": rep.email}, REMOTE_ADDR="198.51.100.1")
    assert len(mail.outbox) == 3
    # Another address is not affected.
    second = factories.representative()
    client.post(members_url(form), {"email": second.email}, REMOTE_ADDR="198.51.100.1")
    assert mail.outbox[-1].to == [second.email]


# Read-only endpoints ------------------------------------------------------------------------


@pytest.fixture
def directory(db):
    return DirectoryIndexPage.objects.get(locale__language_code="en")


def test_suggestions_are_rate_limited_per_address(client, directory):
    url = f"{directory.url}suggest/"
    for _number in range(home_views.SUGGESTIONS_PER_MINUTE):
        assert client.get(url, {"q": "ma"}).status_code == 200
    response = client.get(url, {"q": "ma"})
    assert response.status_code == 429
    data = json.loads(response.content)
    assert data["suggestions"] == [] and "wait a minute" in data["error"]
    assert client.get(url, {"q": "ma"}, REMOTE_ADDR="192.0.2.9").status_code == 200


def test_exports_are_rate_limited_per_address(client, directory):
    url = f"{directory.url}export/csv/"
    for _number in range(directory_views.EXPORTS_PER_HOUR):
        assert client.get(url).status_code == 200
    response = client.get(url)
    assert response.status_code == 429
    assert "try again in an hour" in response.text
    assert client.get(url, REMOTE_ADDR="192.0.2.9").status_code == 200


def test_exports_have_at_most_a_fixed_number_of_rows(client, directory):
    with mock.patch.object(directory_views, "EXPORT_MAX_ROWS", 3):
        data = json.loads(client.get(f"{directory.url}export/json/").content)
    assert len(data) == 3 < directory.companies().count()


# The cache down -----------------------------------------------------------------------------


class Down(Exception):
    pass


@pytest.fixture(params=["raises", "answers None"])
def cache_down(request):
    """The cache as django-redis leaves it when Redis is gone: raising, or (with
    IGNORE_EXCEPTIONS) answering None."""
    broken = mock.Mock()
    if request.param == "raises":
        broken.add.side_effect = broken.incr.side_effect = Down("Connection refused")
    else:
        broken.add.return_value = broken.incr.return_value = None
    with mock.patch("home.throttle.cache", broken):
        yield


def test_enquiries_are_refused_while_the_cache_is_down(client, db, cache_down):
    index = MarketplaceIndexPage.objects.get(locale__language_code="en")
    listing = index.listings().first()
    response = client.post(
        listing.url,
        {
            "name": "Ane",
            "email": "ane@example.org",
            "message": "Kept while refused.",
            "consent": "on",
        },
    )
    assert response.status_code == 503
    assert "We cannot send e-mail just now" in response.text
    assert "Kept while refused." in response.text
    assert not Enquiry.objects.filter(email="ane@example.org").exists()
    assert mail.outbox == []


@pytest.mark.parametrize("form", ["sign_in_link", "password_reset"])
def test_account_emails_are_refused_while_the_cache_is_down(client, db, cache_down, form):
    rep = factories.representative()
    response = client.post(members_url(form), {"email": rep.email})
    assert response.status_code == 503
    assert "We cannot send e-mail just now" in response.text
    assert mail.outbox == []


def test_read_only_endpoints_carry_on_while_the_cache_is_down(client, directory, cache_down):
    assert client.get(f"{directory.url}suggest/", {"q": "ma"}).status_code == 200
    assert client.get(f"{directory.url}export/csv/").status_code == 200


@pytest.mark.parametrize("login", ["/en/members/login/", "/admin/login/"])
def test_a_username_longer_than_any_account_is_a_failed_sign_in(client, db, login):
    from axes.models import AccessAttempt

    response = client.post(login, {"username": "a" * 5000, "password": "anything"})

    assert response.status_code == 200  # the form again, with its error
    # Recorded, if at all, as long as a username can be: the table holds no more.
    assert {len(attempt.username) for attempt in AccessAttempt.objects.all()} <= {150}
