import csv
import datetime
import io
import re
from urllib.parse import parse_qs, urlsplit

import feedparser
import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Workflow, WorkflowState

from directory.models import CompanyPage
from home.review import LISTING_REVIEW
from marketplace.demo.content import ENQUIRIES as DEMO_ENQUIRIES
from marketplace.models import Enquiry, ExpiryReminder, ListingPage, MarketplaceIndexPage
from marketplace.views import ENQUIRIES_PER_HOUR, LISTINGS_PER_PAGE
from tests import factories

LANGUAGES = ["eu", "es", "en"]


@pytest.fixture
def marketplace(db):
    cache.clear()  # the enquiry rate limit lives in the cache
    return {
        index.locale.language_code: index
        for index in MarketplaceIndexPage.objects.select_related("locale")
    }


def listed(html):
    return re.findall(r'<h2 class="listing-card__title">\s*<a href="[^"]+">([^<]+)</a>', html)


def get(client, index, **params):
    response = client.get(index.url, params)
    assert response.status_code == 200
    return response.text


def all_listed(client, index, **params):
    """Titles listed on every page of results."""
    titles, page = [], 1
    while True:
        html = get(client, index, page=page, **params)
        titles += listed(html)
        if 'rel="next"' not in html:
            return titles
        page += 1


def open_listings(index):
    return index.listings()


@pytest.mark.parametrize("language", LANGUAGES)
def test_marketplace_lists_open_listings_newest_first(client, marketplace, language):
    index = marketplace[language]
    html = get(client, index)
    newest = open_listings(index).order_by("-valid_from", "-first_published_at", "title")
    assert listed(html) == [escape(item.title) for item in newest[:LISTINGS_PER_PAGE]]
    assert f'<html lang="{language}"' in html


def test_expired_and_future_listings_are_not_listed(client, marketplace):
    index = marketplace["en"]
    today = timezone.localdate()
    expired = ListingPage.objects.child_of(index).live().filter(valid_until__lt=today)
    assert expired.count() == 3
    source = open_listings(marketplace["eu"]).first()
    source.valid_from = today + datetime.timedelta(days=3)
    source.save_revision().publish()  # the dates of every translation follow
    future = ListingPage.objects.get(translation_key=source.translation_key, locale=index.locale)
    titles = all_listed(client, index)
    for listing in [*expired, future]:
        assert escape(listing.title) not in titles
    assert len(titles) == open_listings(index).count()


def test_listings_disappear_on_the_day_after_they_close(client, marketplace):
    index = marketplace["es"]
    closing = open_listings(index).order_by("valid_until").first()
    with time_machine.travel(closing.valid_until, tick=False):
        assert escape(closing.title) in listed(get(client, index, sort="closing"))
        assert client.get(closing.url).status_code == 200
    day_after = closing.valid_until + datetime.timedelta(days=1)
    with time_machine.travel(day_after, tick=False):
        assert escape(closing.title) not in listed(get(client, index, sort="closing"))
        response = client.get(closing.url)
        assert response.status_code == 410
        assert "ya no admite consultas" in response.text
        assert 'name="message"' not in response.text
        assert escape(closing.title) not in get(client, index, q=closing.title.split()[0])


def test_editors_still_see_closed_listings(client, marketplace):
    expired = ListingPage.objects.filter(valid_until__lt=timezone.localdate()).first()
    client.force_login(get_user_model().objects.get(username="editor"))
    response = client.get("/admin/listings/", {"q": expired.title})
    assert response.status_code == 200
    assert escape(expired.title) in response.text


def facet_count(html, name, value):
    """The count shown next to a facet option, or None when the option is not shown."""
    found = re.search(
        rf'name="{name}" value="{value}"[^>]*>\s*<label[^>]*>[^<]+'
        r'<span class="facet__count">\((\d+)<',
        html,
    )
    return int(found.group(1)) if found else None


def test_kind_filter_and_counts(client, marketplace):
    index = marketplace["en"]
    offers = open_listings(index).filter(kind="offer")
    requests = open_listings(index).filter(kind="request")
    html = get(client, index, kind="offer")
    assert sorted(listed(html)) == sorted(escape(item.title) for item in offers)
    assert facet_count(html, "kind", "offer") == offers.count()
    assert facet_count(html, "kind", "request") == requests.count()


def test_facet_counts_respect_the_other_filters(client, marketplace):
    index = marketplace["en"]
    listing = open_listings(index).first()
    category = listing.category.slug
    in_category = open_listings(index).filter(category__slug=category)
    html = get(client, index, category=category)
    for territory in ("araba", "bizkaia", "gipuzkoa"):
        count = in_category.filter(territory=territory).count()
        assert (facet_count(html, "territory", territory) or 0) == count
    assert facet_count(html, "category", category) == in_category.count()


def test_company_sector_filter(client, marketplace):
    index = marketplace["en"]
    listing = open_listings(index).first()
    sector = listing.company.sectors.first().slug
    expected = open_listings(index).filter(company__sectors__slug=sector).distinct()
    html = get(client, index, sector=sector)
    assert sorted(listed(html)) == sorted(escape(item.title) for item in expected)


def test_search_finds_words_in_the_pages_language(client, marketplace):
    listing = open_listings(marketplace["es"]).first()
    word = max(re.findall(r"\w+", listing.summary), key=len)
    assert escape(listing.title) in listed(get(client, marketplace["es"], q=word))
    html = get(client, marketplace["es"], q="zzzxyq")
    assert listed(html) == []
    assert "Ninguna oferta o demanda abierta coincide" in html


def test_sort_closing_soonest(client, marketplace):
    index = marketplace["eu"]
    html = get(client, index, sort="closing")
    closing = open_listings(index).order_by("valid_until", "title")
    assert listed(html) == [escape(item.title) for item in closing[:LISTINGS_PER_PAGE]]


def test_pagination_keeps_the_filters(client, marketplace):
    index = marketplace["en"]
    assert open_listings(index).count() > LISTINGS_PER_PAGE
    html = get(client, index, page=2)
    assert len(listed(html)) == open_listings(index).count() - LISTINGS_PER_PAGE
    assert 'aria-current="page"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "gift"},
        {"category": "does-not-exist"},
        {"page": "last"},
        {"page": "9999"},
        {"sort": "'; DROP TABLE"},
        {"q": "x" * 10_000},
        {"q": " ".join(["word"] * 400)},
        {"territory": ["araba", "araba", "nowhere"]},
    ],
)
def test_malformed_parameters_give_a_normal_page(client, marketplace, params):
    assert client.get(marketplace["en"].url, params).status_code == 200


def test_index_query_count_does_not_grow_with_listings(client, marketplace):
    index = marketplace["en"]

    def queries_for(params):
        client.get(index.url, params)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(index.url, params).status_code == 200
        return len(queries)

    pictured = open_listings(index).exclude(image=None).first()  # both pages show images
    narrow = {"kind": pictured.kind, "category": pictured.category.slug}
    few = queries_for(narrow)
    many = queries_for({})
    assert len(listed(get(client, index, **narrow))) < len(listed(get(client, index)))
    assert many == few
    assert queries_for({"q": pictured.title}) == queries_for({"q": pictured.location})


def test_filtered_views_have_a_matching_feed(client, marketplace):
    index = marketplace["en"]
    html = get(client, index, kind="offer", territory="gipuzkoa")
    feed_url = f"{index.url}feed/?kind=offer&amp;territory=gipuzkoa"
    assert (
        f'type="application/rss+xml" title="Marketplace listings (RSS)" href="{feed_url}"' in html
    )
    response = client.get(f"{index.url}feed/", {"kind": "offer", "territory": "gipuzkoa"})
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    expected = open_listings(index).filter(kind="offer", territory="gipuzkoa")
    assert sorted(urlsplit(entry.link).path for entry in feed.entries) == sorted(
        item.url for item in expected
    )
    assert feed.feed.language == "en"
    assert feed.feed.title == "Tknika Hub marketplace: Offer, Gipuzkoa"


def test_feed_in_each_language_lists_new_listings(client, marketplace):
    response = client.get(f"{marketplace['eu'].url}feed/")
    feed = feedparser.parse(response.content)
    assert len(feed.entries) == open_listings(marketplace["eu"]).count()
    assert feed.feed.language == "eu"


@pytest.mark.parametrize("language", LANGUAGES)
def test_listing_page_shows_company_terms_and_form(client, marketplace, language):
    listing = open_listings(marketplace[language]).exclude(terms="").first()
    html = client.get(listing.url).text
    company = CompanyPage.objects.get(
        translation_key=listing.company.translation_key, locale=listing.locale
    )
    assert f'href="{company.url}"' in html
    assert escape(listing.terms) in html
    assert 'name="csrfmiddlewaretoken"' in html
    privacy = re.search(r'<a href="([^"]+)">[^<]+</a></label>', html).group(1)
    assert privacy.startswith(f"/{language}/")


def test_a_valid_enquiry_is_stored_emailed_and_confirmed(client, marketplace):
    listing = open_listings(marketplace["eu"]).filter(contact_email="").first()
    response = client.post(listing.url, factories.enquiry_data())
    assert response.status_code == 302
    confirmation = client.get(response["Location"])
    assert "Eskerrik asko: zure mezua bidali da" in confirmation.text
    enquiry = Enquiry.objects.get(listing=listing)
    assert enquiry.company == listing.company
    assert enquiry.message == factories.enquiry_data()["message"]
    message, copy = mail.outbox
    assert copy.to == ["miren@enpresa.example"]
    assert message.to == [listing.company.email]
    assert message.reply_to == ["miren@enpresa.example"]
    # In the listing's language, Basque.
    assert message.subject == f"“{listing.title}” iragarkiari buruzko kontsulta: Miren Etxeberria"
    assert "Miren Etxeberria" in message.body and enquiry.message in message.body
    assert listing.full_url in message.body


def test_enquiries_go_to_the_listings_own_contact_address(client, marketplace):
    listing = open_listings(marketplace["en"]).exclude(contact_email="").first()
    client.post(listing.url, factories.enquiry_data())
    assert mail.outbox[0].to == [listing.contact_email]


def sent_in_tests():
    """The enquiries a test sent: those of the demo are left out."""
    return Enquiry.objects.exclude(email__in=[spec["email"] for spec in DEMO_ENQUIRIES])


def test_an_invalid_enquiry_keeps_what_was_typed_and_explains(client, marketplace):
    listing = open_listings(marketplace["es"]).first()
    data = factories.enquiry_data(email="not-an-address", consent="")
    response = client.post(listing.url, data)
    assert response.status_code == 200
    html = response.text
    assert "Escribe una dirección de correo como nombre@ejemplo.com." in html
    assert "Marca la casilla para aceptar" in html
    assert 'value="Miren Etxeberria"' in html
    assert 'value="not-an-address"' in html
    assert escape(data["message"]) in html
    assert not sent_in_tests().exists()
    assert mail.outbox == []


def test_the_honeypot_stops_bots(client, marketplace):
    listing = open_listings(marketplace["en"]).first()
    response = client.post(listing.url, factories.enquiry_data(website="https://spam.example"))
    assert response.status_code == 200
    assert "This field must stay empty" in response.text
    assert not sent_in_tests().exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "field, value",
    [("name", "Miren\r\nBcc: victim@example.com"), ("email", "a@b.example\nBcc: c@d.example")],
)
def test_header_injection_is_rejected(client, marketplace, field, value):
    listing = open_listings(marketplace["en"]).first()
    response = client.post(listing.url, factories.enquiry_data(**{field: value}))
    assert response.status_code == 200
    assert not sent_in_tests().exists()
    assert mail.outbox == []


def test_enquiries_are_rate_limited_per_address(client, marketplace):
    listing = open_listings(marketplace["en"]).first()
    for _number in range(ENQUIRIES_PER_HOUR):
        assert client.post(listing.url, factories.enquiry_data()).status_code == 302
    response = client.post(listing.url, factories.enquiry_data(message="One more, please."))
    assert response.status_code == 429
    assert "try again in an hour" in response.text
    assert "One more, please." in response.text
    assert sent_in_tests().count() == ENQUIRIES_PER_HOUR
    other = client.post(listing.url, factories.enquiry_data(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302


def test_enquiry_form_requires_csrf(marketplace):
    from django.test import Client

    listing = open_listings(marketplace["en"]).first()
    response = Client(enforce_csrf_checks=True).post(listing.url, factories.enquiry_data())
    assert response.status_code == 403
    assert not sent_in_tests().exists()


def test_editors_filter_and_export_enquiries(client, marketplace):
    first, second = open_listings(marketplace["en"])[:2]
    client.post(first.url, factories.enquiry_data(name="Ane"))
    client.post(second.url, factories.enquiry_data(name="Jon"))
    client.force_login(get_user_model().objects.get(username="editor"))
    response = client.get("/admin/enquiries/", {"listing": first.pk})
    assert response.status_code == 200
    assert "Ane" in response.text and "Jon" not in response.text
    export = client.get("/admin/enquiries/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert {"Ane", "Jon"} <= {row[3] for row in rows[1:]}


def test_enquiry_admin_query_count_does_not_grow_with_enquiries(client, marketplace):
    listings = list(open_listings(marketplace["en"])[:6])
    client.post(listings[0].url, factories.enquiry_data())
    client.force_login(get_user_model().objects.get(username="editor"))

    def count_queries():
        client.get("/admin/enquiries/")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/admin/enquiries/").status_code == 200
        return len(queries)

    few = count_queries()
    for listing in listings[1:]:
        Enquiry.objects.create(
            listing=listing,
            company=listing.company,
            name="Jon",
            email="jon@x.example",
            message="Hi",
        )
    assert count_queries() == few


def test_company_page_lists_its_open_listings(client, marketplace):
    listing = open_listings(marketplace["es"]).first()
    company = CompanyPage.objects.get(
        translation_key=listing.company.translation_key, locale=listing.locale
    )
    html = client.get(company.url).text
    assert f'href="{listing.url}"' in html
    expired = ListingPage.objects.filter(
        locale=listing.locale, valid_until__lt=timezone.localdate()
    ).first()
    expired_owner = CompanyPage.objects.get(
        translation_key=expired.company.translation_key, locale=expired.locale
    )
    assert f'href="{expired.url}"' not in client.get(expired_owner.url).text


def test_home_page_shows_the_latest_listings(client, marketplace):
    html = client.get("/en/").text
    section = html.split('id="latest-listings-title"')[1].split("</section>")[0]
    assert len(re.findall(r'class="listing-card ', section)) == 4
    assert f'href="{marketplace["en"].url}"' in section


def test_listings_need_an_address_for_enquiries_and_sensible_dates(marketplace):
    from django.core.exceptions import ValidationError

    listing = open_listings(marketplace["en"]).first()
    listing.company.email = ""
    listing.contact_email = ""
    listing.valid_until = listing.valid_from - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        listing.full_clean()
    assert {"contact_email", "valid_until"} <= set(error.value.message_dict)


def test_closed_listings_are_left_out_of_the_sitemap(client, marketplace):
    xml = client.get("/sitemap.xml").text
    expired = ListingPage.objects.filter(valid_until__lt=timezone.localdate()).first()
    opened = open_listings(marketplace["en"]).first()
    assert opened.full_url in xml
    assert expired.full_url not in xml


def test_owners_are_reminded_once_a_week_before_closing_and_can_renew(client, marketplace):
    closing = open_listings(marketplace["eu"]).order_by("valid_until").first()
    due = closing.valid_until - datetime.timedelta(days=7)
    with time_machine.travel(due - datetime.timedelta(days=1), tick=False):
        call_command("send_listing_reminders", stdout=io.StringIO())
        assert not [m for m in mail.outbox if closing.title in m.subject]
    with time_machine.travel(due, tick=False):
        call_command("send_listing_reminders", stdout=io.StringIO())
        call_command("send_listing_reminders", stdout=io.StringIO())
    reminders = [m for m in mail.outbox if closing.title in m.subject]
    assert len(reminders) == 1  # one per listing, not per language or per run
    assert reminders[0].to == [closing.enquiry_email]
    assert "astebete" in reminders[0].subject  # in the listing's language, Basque
    assert ExpiryReminder.objects.filter(translation_key=closing.translation_key).exists()

    renew_url = re.search(r"(http://\S+/renew/\?token=\S+)", reminders[0].body).group(1)
    path, token = urlsplit(renew_url).path, parse_qs(urlsplit(renew_url).query)["token"][0]
    assert 'name="csrfmiddlewaretoken"' in client.get(path, {"token": token}).text
    old_until = closing.valid_until
    client.post(path, {"token": token})
    closing.refresh_from_db()
    assert closing.valid_until == old_until  # unchanged until an editor approves
    state = WorkflowState.objects.get(object_id=str(closing.pk))
    assert state.workflow.name == LISTING_REVIEW
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert 'name="csrfmiddlewaretoken"' not in client.get(path, {"token": token}).text


def test_approved_renewals_extend_every_language(marketplace, admin_user):
    from marketplace.review import submit_for_review

    listing = open_listings(marketplace["eu"]).order_by("valid_until").first()
    new_until = listing.valid_until + datetime.timedelta(days=90)
    listing.valid_until = new_until
    state = submit_for_review(listing)
    state.current_task_state.task.specific.on_action(
        state.current_task_state, admin_user, "approve"
    )
    for translation in ListingPage.objects.filter(translation_key=listing.translation_key):
        assert translation.valid_until == new_until


def test_a_stale_renewal_link_is_refused(client, marketplace):
    source = open_listings(marketplace["eu"]).first()
    listing = ListingPage.objects.get(
        translation_key=source.translation_key, locale=marketplace["en"].locale
    )
    token = listing.renewal_token()
    source.valid_until += datetime.timedelta(days=1)
    source.save_revision().publish()
    response = client.post(listing.url + listing.reverse_subpage("renew"), {"token": token})
    assert "not valid any more" in response.text
    assert not WorkflowState.objects.filter(object_id=str(listing.pk)).exists()


def test_the_review_workflow_covers_the_marketplace(marketplace):
    workflow = Workflow.objects.get(name=LISTING_REVIEW)
    for index in marketplace.values():
        assert index.get_workflow() == workflow


def test_only_the_enquiry_form_sets_a_cookie(client, marketplace):
    # A full-page cache sits in front of anonymous visitors; the form needs its CSRF cookie.
    assert not client.get(marketplace["en"].url).cookies
    listing = open_listings(marketplace["en"]).first()
    assert set(client.get(listing.url).cookies) == {"csrftoken"}


def test_listings_can_only_be_created_in_the_marketplace(marketplace, pages):
    assert ListingPage.allowed_parent_page_models() == [MarketplaceIndexPage]
    assert ListingPage.can_create_at(marketplace["en"])
    assert not ListingPage.can_create_at(pages["home"]["en"])
    assert not MarketplaceIndexPage.can_create_at(pages["home"]["en"])  # one per language


def test_listings_of_companies_no_longer_active_are_closed(client, marketplace):
    listing = open_listings(marketplace["en"]).first()
    company = listing.company
    company.status = CompanyPage.Status.INACTIVE
    company.save_revision().publish()
    assert escape(listing.title) not in all_listed(client, marketplace["en"])
    response = client.get(listing.url)
    assert response.status_code == 410
    assert "This listing is closed" in response.text
    assert 'name="message"' not in response.text


@pytest.mark.parametrize("proxies, limited", [(0, True), (1, False)])
def test_the_rate_limit_counts_visitors_behind_trusted_proxies(
    client, marketplace, settings, proxies, limited
):
    settings.TRUSTED_PROXIES = proxies
    listing = open_listings(marketplace["en"]).first()
    for _number in range(ENQUIRIES_PER_HOUR):
        client.post(listing.url, factories.enquiry_data(), HTTP_X_FORWARDED_FOR="198.51.100.1")
    # Without a trusted proxy, every visitor seems to come from the proxy's address.
    response = client.post(
        listing.url, factories.enquiry_data(), HTTP_X_FORWARDED_FOR="198.51.100.2"
    )
    assert (response.status_code == 429) is limited


def test_publishing_a_translation_keeps_the_source_dates(marketplace):
    source = open_listings(marketplace["eu"]).first()
    translation = ListingPage.objects.get(
        translation_key=source.translation_key, locale=marketplace["en"].locale
    )
    new_until = source.valid_until + datetime.timedelta(days=30)
    source.valid_until = new_until
    source.save_revision().publish()
    translation.refresh_from_db()
    assert translation.valid_until == new_until
    translation.valid_until = new_until - datetime.timedelta(days=60)  # a stale copy
    translation.save_revision().publish()
    translation.refresh_from_db()
    source.refresh_from_db()
    assert translation.valid_until == source.valid_until == new_until


def test_enquiry_subjects_are_plain_text(client, marketplace):
    listing = open_listings(marketplace["en"]).first()
    client.post(listing.url, factories.enquiry_data(name="O'Brien & Sons"))
    assert mail.outbox[0].subject.endswith("from O'Brien & Sons")
