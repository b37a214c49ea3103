"""E-mail leaves through a background task: a slow or failing mail server never breaks a page, and a
message it refuses waits in the queue and is sent again later, never lost."""

import datetime
import smtplib
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.core.mail import EmailMessage, send_mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from home.emails import RETRY_DELAYS
from marketplace.models import Enquiry, MarketplaceIndexPage
from tests import factories

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class MailServerDown(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPConnectError(421, "Service not available")


@pytest.fixture
def listing(db):
    cache.clear()  # the enquiry rate limit lives in the cache
    return MarketplaceIndexPage.objects.get(locale__language_code="eu").listings().first()


def queued_emails(status):
    return DBTaskResult.objects.filter(task_path="home.emails.deliver_email", status=status)


def to_the_company(listing):
    return next(message for message in mail.outbox if message.to == [listing.enquiry_email])


def run_worker():
    # The worker closes stale connections between tasks: here that would end the test's transaction.
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", batch=True, startup_delay=False, interval=0, verbosity=0)


def test_a_message_arrives_whole_through_the_queue(db):
    message = EmailMessage(
        "Kaixo",
        "Testua",
        "Tknika Hub <no-reply@tknika.eus>",
        ["ane@example.com"],
        reply_to=["miren@example.com"],
        headers={"X-Topic": "enquiry"},
    )
    message.attach("notes.txt", "ohar bat", "text/plain")
    message.send()
    send_mail("Subject", "Plain", None, ["jon@example.com"], html_message="<p>Rich</p>")

    first, second = mail.outbox
    assert (first.subject, first.body, first.to) == ("Kaixo", "Testua", ["ane@example.com"])
    assert first.reply_to == ["miren@example.com"]
    assert first.extra_headers["X-Topic"] == "enquiry"
    assert first.attachments[0][:2] == ("notes.txt", "ohar bat")
    assert second.alternatives[0][:2] == ("<p>Rich</p>", "text/html")


def test_with_a_worker_the_request_only_queues_the_message(client, listing, settings):
    settings.TASKS = DATABASE_QUEUE

    response = client.post(listing.url, factories.enquiry_data())

    assert response.status_code == 302
    assert Enquiry.objects.filter(listing=listing).exists()
    assert mail.outbox == []
    # To the company, and the visitor's copy.
    assert queued_emails("READY").count() == 2
    run_worker()
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [listing.enquiry_email, "miren@enpresa.example"]
    )
    assert to_the_company(listing).reply_to == ["miren@enpresa.example"]


def test_a_mail_server_that_is_down_costs_the_visitor_nothing_and_loses_nothing(
    client, listing, settings
):
    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_DELIVERY_BACKEND = f"{__name__}.MailServerDown"

    response = client.post(listing.url, factories.enquiry_data())
    assert response.status_code == 302
    run_worker()

    assert mail.outbox == []
    failed = {tuple(task.args_kwargs["args"][0]["to"]): task for task in queued_emails("FAILED")}
    retries = {tuple(task.args_kwargs["args"][0]["to"]): task for task in queued_emails("READY")}
    assert len(failed) == 2 and failed.keys() == retries.keys()
    for to, retry in retries.items():
        assert retry.args_kwargs["args"] == [*failed[to].args_kwargs["args"], 2]  # the same
        assert retry.run_after > timezone.now() + datetime.timedelta(seconds=50)

    # The mail server is back; the next attempt, when it is due, delivers the messages.
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_worker()
    assert mail.outbox == []
    due = max(retry.run_after for retry in retries.values())
    with time_machine.travel(due + datetime.timedelta(seconds=1)):
        run_worker()
    assert len(mail.outbox) == 2
    assert to_the_company(listing).reply_to == ["miren@enpresa.example"]


def test_a_message_is_given_up_on_only_after_about_two_days(db, settings):
    attempts_before = len(RETRY_DELAYS)
    started = timezone.now()
    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_DELIVERY_BACKEND = f"{__name__}.MailServerDown"
    EmailMessage("Kaixo", "Testua", None, ["ane@example.com"]).send()

    run_worker()
    while pending := queued_emails("READY").first():
        with time_machine.travel(pending.run_after + datetime.timedelta(seconds=1)):
            run_worker()

    assert queued_emails("FAILED").count() == attempts_before + 1
    assert queued_emails("FAILED").latest("finished_at").finished_at - started > datetime.timedelta(
        days=1, hours=12
    )
    # The last failure stays in the queue with its content for an operator to send again.
    assert not queued_emails("READY").exists()
