"""Build the demo site in Basque, Spanish and English. Safe to run again: it updates in place."""

import os
from graphlib import TopologicalSorter

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string

from home.demo.base import Demo
from home.models import HomePage


def demo_loaders():
    """Each app's demo loader (its AppConfig's `demo_loader`), after those of its `demo_after`."""
    configs = {
        config.label: config
        for config in apps.get_app_configs()
        if getattr(config, "demo_loader", None)
    }
    order = TopologicalSorter(
        {label: getattr(config, "demo_after", ()) for label, config in configs.items()}
    ).static_order()
    return [import_string(configs[label].demo_loader)() for label in order]


class Command(BaseCommand):
    help = "Create or update the demo content, users and groups in every language."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Run even with DEBUG off (never on a live site)."
        )
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing if the site already has pages."
        )

    def handle(self, *args, force=False, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site already has content: leaving it as it is.")
            return
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo overwrites content and creates demo users. It refuses to run with "
                "DEBUG off; pass --force if this really is a demo or test database."
            )
        demo = Demo(self.stdout, password=os.environ.get("DEMO_PASSWORD", "tknika-demo"))
        demo.build(demo_loaders())
        # Built once at the end: indexing on every save would be wasted work.
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is ready in eu, es and en."))
