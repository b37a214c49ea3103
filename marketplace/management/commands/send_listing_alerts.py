"""E-mail saved searches their new listings; run it daily (e.g. from cron)."""

from django.core.management.base import BaseCommand

from marketplace.alerts import send_digests


class Command(BaseCommand):
    help = "Send each confirmed saved search the listings that appeared since its last e-mail."

    def handle(self, *args, **options):
        self.stdout.write(f"Sent {send_digests()} listing alert(s).")
