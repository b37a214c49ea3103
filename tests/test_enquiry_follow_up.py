"""Enquiries as threads: the visitor keeps a copy, the company replies and follows them up in the
member portal, and editors see how long companies take to answer."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import timezone

from marketplace.models import Enquiry
from tests import factories
from tests.test_members import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def own():
    return factories.company(title="Zehatz Mikro")


@pytest.fixture
def listing(own):
    return factories.listing(
        own,
        title="Mikrotornua eskuragarri",
        translations={
            "es": {"title": "Microtorneado disponible", "summary": "Capacidad libre."},
            "en": {"title": "Micro-turning available", "summary": "Free capacity."},
        },
    )


@pytest.fixture
def enquiry(client, listing):
    """A visitor's enquiry, sent from the Spanish page."""
    spanish = factories.in_language(listing, "es")
    client.post(spanish.url, factories.enquiry_data(message="¿Tenéis hueco en marzo?"))
    return Enquiry.objects.get(listing=spanish)


@pytest.fixture
def member(own):
    client = Client()
    client.force_login(factories.representative(own, email="rep@zehatz.example"))
    return client


def test_the_visitor_gets_a_copy_of_their_message_in_their_language(enquiry):
    assert enquiry.language == "es"
    to_company, copy = mail.outbox
    assert to_company.to == ["listing@example.org"]  # the listing's contact address
    assert copy.to == [enquiry.email]
    assert "Tu mensaje sobre" in copy.subject
    assert "¿Tenéis hueco en marzo?" in copy.body


def test_a_reply_from_the_portal_reaches_the_visitor_and_answers_the_enquiry(member, enquiry):
    mail.outbox.clear()
    thread = url("enquiry", "en", enquiry.pk)
    page = member.get(thread)
    assert "¿Tenéis hueco en marzo?" in page.text
    assert "New" in page.text

    response = member.post(thread, {"action": "reply", "message": "Sí, desde el día 3."})
    assert response.status_code == 302
    [reply] = mail.outbox
    assert reply.to == [enquiry.email]
    assert reply.reply_to == ["listing@example.org"]
    assert "Sí, desde el día 3." in reply.body
    assert reply.body.startswith("Hola, Miren Etxeberria")
    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.ANSWERED
    assert enquiry.answered_at is not None
    assert "Sí, desde el día 3." in member.get(thread).text


def test_an_empty_reply_is_explained_and_sends_nothing(member, enquiry):
    mail.outbox.clear()
    response = member.post(url("enquiry", "en", enquiry.pk), {"action": "reply", "message": ""})
    assert response.status_code == 200
    assert "Write your reply." in response.text
    assert mail.outbox == []
    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.NEW


def test_an_enquiry_is_marked_answered_closed_and_reopened(member, enquiry):
    thread = url("enquiry", "en", enquiry.pk)
    # Closed unanswered (say, spam), it has no answer time, and reopens as new.
    member.post(thread, {"action": "close"})
    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.CLOSED and enquiry.answered_at is None
    member.post(thread, {"action": "reopen"})
    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.NEW
    member.post(thread, {"action": "answered"})
    enquiry.refresh_from_db()
    answered_at = enquiry.answered_at
    assert enquiry.status == Enquiry.Status.ANSWERED and answered_at
    member.post(thread, {"action": "close"})
    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.CLOSED
    assert 'value="reply"' not in member.get(thread).text
    member.post(thread, {"action": "reopen"})
    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.ANSWERED
    assert enquiry.answered_at == answered_at  # the first answer's time is kept


def test_another_companys_enquiry_is_not_found(enquiry):
    stranger = Client()
    stranger.force_login(factories.representative(factories.company()))
    thread = url("enquiry", "en", enquiry.pk)
    assert stranger.get(thread).status_code == 404
    assert stranger.post(thread, {"action": "reply", "message": "Hi"}).status_code == 404
    assert stranger.post(thread, {"action": "close"}).status_code == 404
    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.NEW


def test_the_enquiry_list_shows_each_enquirys_state(member, enquiry, own):
    page = member.get(url("enquiries", "en", own.pk)).text
    assert url("enquiry", "en", enquiry.pk) in page
    assert "New" in page


def test_editors_see_response_times_and_overdue_enquiries(enquiry, listing):
    enquiry.created_at = timezone.now() - datetime.timedelta(days=5)
    enquiry.save()
    editors = Client(HTTP_ACCEPT_LANGUAGE="en")
    editors.force_login(get_user_model().objects.get(username="editor"))
    dashboard = editors.get("/admin/").text
    assert "<strong>1</strong> enquiry unanswered for more than 3 days" in dashboard

    enquiry.answered_at = enquiry.created_at + datetime.timedelta(hours=30)
    enquiry.status = Enquiry.Status.ANSWERED
    enquiry.save()
    listing_page = editors.get("/admin/enquiries/", {"status": "answered"}).text
    assert "30.0" in listing_page
    export = editors.get("/admin/enquiries/", {"export": "csv"})
    body = b"".join(export.streaming_content).decode("utf-8-sig")
    assert "Answered after (hours)" in body and "30.0" in body


def test_a_closed_enquiry_takes_no_reply(member, enquiry):
    thread = url("enquiry", "en", enquiry.pk)
    member.post(thread, {"action": "close"})
    mail.outbox.clear()
    member.post(thread, {"action": "reply", "message": "Too late"})
    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.CLOSED
    assert mail.outbox == []
    assert not enquiry.replies.exists()
