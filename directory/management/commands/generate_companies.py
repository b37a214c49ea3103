"""Add N synthetic companies in the default language, for performance work only."""

import random

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from directory.models import (
    OPEN_TO,
    CompanyPage,
    DirectoryIndexPage,
    Sector,
    TeamSize,
    Territory,
    VETCentre,
)

WORDS = (
    "robot mekanizazio sentsore energia eguzki software aplikazio diseinu janari ardo garagardo "
    "zurgintza eraikuntza mugikortasun bizikleta turismo kultura osasun zaintza nekazaritza "
    "baso drone bideo argazki inprimaketa 3D ehungintza metal plastiko datu hodei ziber"
).split()
TOWNS = ["Bergara", "Eibar", "Usurbil", "Tolosa", "Donostia", "Derio", "Barakaldo", "Gasteiz"]


class Command(BaseCommand):
    help = "Create N synthetic companies (named “Synthetic …”) in the default language."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count, seed, **options):
        index = DirectoryIndexPage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).first()
        sectors = list(Sector.objects.filter(locale=index.locale)) if index else []
        centres = list(VETCentre.objects.all())
        if not (index and sectors and centres):
            raise CommandError(
                "Run seed_demo first: the directory, sectors and centres are needed."
            )
        rng = random.Random(seed)  # noqa: S311 - test data
        start = CompanyPage.objects.filter(title__startswith="Synthetic").count()
        for number in range(start, start + count):
            words = rng.sample(WORDS, 6)
            company = CompanyPage(
                title=f"Synthetic {words[0].title()} {number}",
                slug=f"synthetic-{number}",
                locale=index.locale,
                tagline=" ".join(words[:4]),
                description=f"<p>{' '.join(rng.sample(WORDS, 12))}</p>",
                vet_centre=rng.choice(centres),
                cohort_year=rng.randint(2016, 2026),
                territory=rng.choice(Territory.values),
                town=rng.choice(TOWNS),
                team_size=rng.choice(TeamSize.values),
                **{field: rng.random() < 0.4 for field, _label in OPEN_TO.values()},
            )
            company.services.set(words[4:])
            index.add_child(instance=company)
            company.sectors.set(rng.sample(sectors, rng.randint(1, 2)))
            company.save()
            if number % 500 == 0:
                self.stdout.write(f"{number - start} companies…")
        call_command("update_index", verbosity=0)
        if connection.vendor == "postgresql":
            # Refresh the planner's statistics now, as autovacuum would after a while:
            # without them it plans for an empty table and timings mean nothing.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS(f"Added {count} synthetic companies."))
