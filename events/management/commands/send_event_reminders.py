"""E-mail everyone with a place at an event the day before it; run it daily (e.g. from cron)."""

from django.core.management.base import BaseCommand

from events.registrations import send_reminders


class Command(BaseCommand):
    help = "Remind the people registered for tomorrow's events, once each."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"Sent {sent} event reminder(s).")
