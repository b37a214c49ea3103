"""E-mail listing owners a week before their listing closes; run it daily (e.g. from cron)."""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction
from django.utils import timezone

from home.emails import email_message
from home.i18n import prefer_language
from marketplace.models import ExpiryReminder, ListingPage

NOTICE = datetime.timedelta(days=7)
logger = logging.getLogger(__name__)


def listings_due(today):
    """One live listing per translation key closing within a week, in the site's language
    when it has one, whose owner has not been reminded of that end date yet."""
    closing = (
        ListingPage.objects.live()
        .filter(valid_until__gte=today, valid_until__lte=today + NOTICE)
        .select_related("locale", "company")
        .order_by("translation_key", "pk")
    )
    reminded = set(
        ExpiryReminder.objects.filter(valid_until__gte=today).values_list(
            "translation_key", "valid_until"
        )
    )
    due = [
        listing
        for listing in closing
        if (listing.translation_key, listing.valid_until) not in reminded
    ]
    return prefer_language(due, settings.LANGUAGE_CODE)


def send_reminder(listing):
    context = {
        "listing": listing,
        "listing_url": listing.get_full_url(),
        "renew_url": listing.renewal_url(),
    }
    email_message(
        "marketplace/emails/reminder",
        context,
        listing.locale.language_code,
        to=[listing.enquiry_email],
    ).send()


def remind(listing):
    """Send the reminder unless it was already sent; true when it was sent now."""
    # If the e-mail fails, the record is rolled back and the next run tries again.
    with transaction.atomic():
        _reminder, created = ExpiryReminder.objects.get_or_create(
            translation_key=listing.translation_key, valid_until=listing.valid_until
        )
        if created:
            send_reminder(listing)
    return created


class Command(BaseCommand):
    help = "E-mail the owners of listings that close within a week, once per end date."

    def handle(self, *args, **options):
        sent = failed = 0
        for listing in listings_due(timezone.localdate()):
            if not listing.enquiry_email:
                continue
            try:
                sent += remind(listing)
            except (smtplib.SMTPException, OSError, IntegrityError):
                # One unreachable address, or another run sending it, stops only this one.
                logger.exception("Could not send the reminder for listing %s", listing.pk)
                failed += 1
        self.stdout.write(f"Sent {sent} listing reminder(s); {failed} failed.")
