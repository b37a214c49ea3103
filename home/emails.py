"""E-mails written from a pair of templates, in the language their reader reads, and delivered by a
background task so that a slow or failing mail server never holds up or breaks a page."""

import base64
import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task, task_backends

logger = logging.getLogger(__name__)

# Waits between delivery attempts: about two days in all before a message is given up on (it then
# stays in the task queue as failed, with its content, for an operator to send again).
RETRY_DELAYS = [datetime.timedelta(minutes=minutes) for minutes in (1, 5, 15, 60, 180, 720, 1440)]


def email_message(template, context, language, **kwargs):
    """An e-mail from `<template>_subject.txt` and `<template>_body.txt` in `language`;
    `kwargs` (to, reply_to…) go to EmailMessage."""
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}_body.txt", context)
    return EmailMessage(subject=" ".join(subject.split()), body=body, **kwargs)


class QueuedEmailBackend(BaseEmailBackend):
    """Every message sent through Django's mail API (ours, Wagtail's, password resets) becomes a
    `deliver_email` task; `EMAIL_DELIVERY_BACKEND` sends it from the worker."""

    def send_messages(self, email_messages):
        for message in email_messages:
            deliver_email.enqueue(as_data(message))
        return len(email_messages)


def as_data(message):
    """The message as JSON-safe data for the task queue."""
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [
            [content, mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [
            [name, base64.b64encode(as_bytes(content)).decode("ascii"), mimetype]
            for name, content, mimetype in message.attachments
        ],
    }


def as_bytes(content):
    return content.encode() if isinstance(content, str) else content


def from_data(data, connection):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(alternative) for alternative in data["alternatives"]],
        connection=connection,
    )
    for name, content, mimetype in data["attachments"]:
        message.attach(name, base64.b64decode(content), mimetype)
    return message


@task
def deliver_email(data, attempt=1):
    """Send one message; if the mail server fails, queue it again later rather than lose it."""
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND)
    try:
        from_data(data, connection).send()
    except Exception:
        backend = task_backends[deliver_email.backend]
        if attempt > len(RETRY_DELAYS) or not backend.supports_defer:
            logger.exception("E-mail to %s could not be delivered", ", ".join(data["to"]))
            raise
        retry_at = timezone.now() + RETRY_DELAYS[attempt - 1]
        logger.warning(
            "E-mail to %s not delivered (attempt %d); trying again at %s",
            ", ".join(data["to"]),
            attempt,
            retry_at.isoformat(timespec="seconds"),
            exc_info=True,
        )
        deliver_email.using(run_after=retry_at).enqueue(data, attempt + 1)
        raise
