"""E-mail representatives once a year to confirm or update their company's profile.

Run daily (e.g. from cron); a company is reminded when its profile was last confirmed over
a year ago and it was not reminded in the last year.
"""

from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import timezone, translation

from directory.accounts import send_email, site_url
from directory.models import CompanyPage, ProfileConfirmation, Representative
from directory.models.members import CONFIRM_EVERY
from directory.portal import confirmation_token


class Command(BaseCommand):
    help = "Ask representatives to confirm profiles last confirmed over a year ago."

    def handle(self, *args, **options):
        today = timezone.localdate()
        due_before = today - CONFIRM_EVERY
        representatives = Representative.objects.filter(
            user__is_active=True,
            company__live=True,
            company__status=CompanyPage.Status.ACTIVE,
        ).select_related("user", "company", "company__locale")
        by_company = {}
        for representative in representatives:
            by_company.setdefault(representative.company.translation_key, []).append(representative)
        confirmations = ProfileConfirmation.objects.in_bulk(
            list(by_company), field_name="translation_key"
        )
        sent = 0
        for key, members in by_company.items():
            company = members[0].company
            confirmation = confirmations.get(key)
            confirmed_on = confirmation.confirmed_on if confirmation else company.confirmed_on
            reminded_on = confirmation.reminded_on if confirmation else None
            if confirmed_on is None or confirmed_on > due_before:
                continue
            if reminded_on and reminded_on > due_before:
                continue
            for member in members:
                language = member.company.locale.language_code
                with translation.override(language):
                    confirm_path = reverse(
                        "members:confirm_from_email", args=[confirmation_token(company)]
                    )
                    portal_path = reverse("members:dashboard")
                context = {
                    "company": member.company,
                    "confirmed_on": confirmed_on,
                    "confirm_url": site_url(confirm_path),
                    "portal_url": site_url(portal_path),
                }
                send_email(member.user, "profile_reminder", context, language)
                sent += 1
            ProfileConfirmation.objects.update_or_create(
                translation_key=key,
                defaults={"confirmed_on": confirmed_on, "reminded_on": today},
            )
        self.stdout.write(f"Profile reminders sent: {sent}.")
