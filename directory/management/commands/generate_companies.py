"""Add N synthetic companies in every language, for performance work only."""

from django.core.management.base import BaseCommand

from directory.demo.volume import CompanyVolume
from home.demo.volume import add_volume


class Command(BaseCommand):
    help = (
        "Add N synthetic companies, each in every language (generate_search_volume adds news "
        "and listings too)."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--force", action="store_true", help="Run even with DEBUG off (never on a live site)."
        )

    def handle(self, *args, count, seed, force, **options):
        companies = CompanyVolume()
        add_volume([companies], {companies.name: count}, seed=seed, force=force, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Added {count} synthetic companies."))
