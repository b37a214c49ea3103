"""Saved marketplace searches: double opt-in, a daily digest of new matching listings in the
subscriber's language, and one-click unsubscribe."""

import datetime
import io
import re
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from marketplace.alerts import ALERTS_PER_HOUR, search_query
from marketplace.models import SavedSearch
from tests import factories

pytestmark = pytest.mark.django_db


def alerts_url(name, language, *args):
    with translation.override(language):
        return reverse(f"alerts:{name}", args=args)


def subscribe(client, language="es", query="kind=offer", **data):
    fields = {"email": "ane@enpresa.example", "consent": "on", "website": "", **data}
    return client.post(alerts_url("subscribe", language), {**fields, "query": query})


def link_in(message):
    return urlparse(re.search(r"https?://\S+", message.body)[0]).path


def test_a_search_keeps_its_filters_in_a_stable_order_without_page_or_sort():
    from django.http import QueryDict

    query = QueryDict("sort=closing&territory=gipuzkoa&kind=offer&page=3&kind=request&x=1")
    assert search_query(query) == "kind=offer&kind=request&territory=gipuzkoa"


def test_the_marketplace_links_to_an_alert_for_its_current_search(client):
    marketplace = "/es/mercado/"
    page = client.get(marketplace, {"kind": "offer"}).text
    assert f"{alerts_url('subscribe', 'es')}?kind=offer" in page
    form = client.get(alerts_url("subscribe", "es"), {"kind": "offer", "page": "2"})
    assert form.status_code == 200
    assert 'name="query" value="kind=offer"' in form.text
    assert "private" in form["Cache-Control"]


def test_subscribing_sends_a_confirmation_and_nothing_else_until_confirmed(client):
    response = subscribe(client)
    assert response.status_code == 200
    assert "Ya casi está" in response.text
    saved = SavedSearch.objects.get()
    assert saved.confirmed_at is None and saved.language == "es"
    [confirmation] = mail.outbox
    assert confirmation.to == ["ane@enpresa.example"]
    confirm_path = link_in(confirmation)
    assert confirm_path == alerts_url("confirm", "es", saved.token)

    # Opening the link asks first; only the button confirms.
    assert "Sí" in client.get(confirm_path).text
    saved.refresh_from_db()
    assert saved.confirmed_at is None
    client.post(confirm_path)
    saved.refresh_from_db()
    assert saved.confirmed_at is not None


def test_a_bad_address_is_explained_and_the_search_kept(client):
    response = subscribe(client, email="not-an-address", query="kind=request")
    assert response.status_code == 200
    assert 'value="not-an-address"' in response.text
    assert 'name="query" value="kind=request"' in response.text
    assert not SavedSearch.objects.exists()
    assert mail.outbox == []


def test_the_honeypot_and_the_rate_limit_hold(client):
    subscribe(client, website="http://spam.example")
    assert not SavedSearch.objects.exists()
    for number in range(ALERTS_PER_HOUR):
        subscribe(client, email=f"person{number}@example.com")
    response = subscribe(client, email="late@example.com")
    assert response.status_code == 429
    assert 'value="late@example.com"' in response.text
    assert SavedSearch.objects.count() == ALERTS_PER_HOUR


def confirmed(language="en", query="", **fields):
    return SavedSearch.objects.create(
        email="jon@enpresa.example",
        language=language,
        query=query,
        confirmed_at=timezone.now(),
        last_sent_at=timezone.now() - datetime.timedelta(days=1),
        **fields,
    )


def test_the_daily_digest_holds_only_new_matching_listings_in_the_subscribers_language(client):
    company = factories.company()
    offer = factories.listing(
        company,
        kind="offer",
        title="Eskaintza berria",
        translations={"en": {"title": "New offer for the digest", "summary": "S."}},
    )
    factories.listing(company, kind="request", title="Eskaera berria")
    saved = confirmed("en", "kind=offer")
    mail.outbox.clear()
    call_command("send_listing_alerts", stdout=io.StringIO())
    [digest] = mail.outbox
    assert digest.to == [saved.email]
    assert "New offer for the digest" in digest.body
    assert "Offer" in digest.body.splitlines()[0]  # the search, named in English
    assert "Eskaera berria" not in digest.body
    assert factories.in_language(offer, "en").full_url in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # The next day, nothing new: no e-mail.
    mail.outbox.clear()
    call_command("send_listing_alerts", stdout=io.StringIO())
    assert mail.outbox == []


def test_unconfirmed_searches_get_no_digest(client):
    factories.listing(factories.company(), kind="offer")
    SavedSearch.objects.create(
        email="x@example.com",
        language="eu",
        query="",
        last_sent_at=timezone.now() - datetime.timedelta(days=1),
    )
    mail.outbox.clear()
    call_command("send_listing_alerts", stdout=io.StringIO())
    assert mail.outbox == []


def test_one_click_unsubscribe_works_without_a_csrf_token():
    saved = confirmed()
    url = alerts_url("unsubscribe", "en", saved.token)
    mail_program = Client(enforce_csrf_checks=True)
    assert "Stop the e-mails" in mail_program.get(url).text
    assert SavedSearch.objects.filter(pk=saved.pk).exists()
    response = mail_program.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not SavedSearch.objects.filter(pk=saved.pk).exists()
    assert mail_program.post(url).status_code == 200  # again: already gone, no error


def test_an_unknown_confirmation_link_is_explained(client):
    response = client.get(alerts_url("confirm", "eu", "nope"))
    assert response.status_code == 404
    assert "Esteka hau ez da baliozkoa" in response.text
