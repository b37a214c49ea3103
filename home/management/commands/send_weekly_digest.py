"""E-mail the weekly digest to the staff who chose it (home/digest.py). Run on Mondays (the
weekly timer); running it again within the week sends nothing twice."""

from django.core.management.base import BaseCommand

from home.digest import send_weekly_digests


class Command(BaseCommand):
    help = "E-mail the weekly digest of what needs doing to the staff who chose it."

    def handle(self, *args, **options):
        self.stdout.write(f"Weekly digests sent: {send_weekly_digests()}.")
