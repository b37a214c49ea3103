from django.core.management.base import BaseCommand, CommandError

from home.site_address import apply_site_address


class Command(BaseCommand):
    help = (
        "Write the public address (SITE_URL, or SITE_HOSTNAME and SITE_PORT) to the default Site."
    )

    def handle(self, *args, **options):
        site = apply_site_address()
        if site is None:
            raise CommandError(
                "Set SITE_URL (or SITE_HOSTNAME) and make sure a default site exists."
            )
        self.stdout.write(f"The default site answers at {site.root_url}/")
