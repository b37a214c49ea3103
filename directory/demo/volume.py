"""Synthetic companies in every language, for performance work (see home/demo/volume.py)."""

import datetime

from django.core.management.base import CommandError
from django.utils.text import Truncator, slugify
from taggit.models import Tag

from directory.models import (
    OPEN_TO_FIELDS,
    CompanyPage,
    CompanyServiceTag,
    DirectoryIndexPage,
    Sector,
    TeamSize,
    Territory,
    VETCentre,
)
from home.demo.vocabulary import TOWNS
from home.demo.volume import capitalised


class CompanyVolume:
    name = "companies"
    default = 10_000
    help = "Companies to add, each in every language."

    def add(self, volume, count):
        directories = volume.parents(DirectoryIndexPage)
        sectors = list(Sector.objects.filter(locale=volume.source))
        centres = list(VETCentre.objects.all())
        if not (sectors and centres):
            raise CommandError("Run seed_demo first: sectors and VET centres are needed.")
        tags = {}
        for batch in volume.batches(count, self.name):
            companies = [self.company(volume, sectors, centres) for _number in batch]
            volume.add_pages(directories, [pages for pages, _sectors, _services in companies])
            # Sectors are shared by a company's translations (synchronised), services not.
            CompanyPage.sectors.through.objects.bulk_create(
                CompanyPage.sectors.through(companypage_id=page.pk, sector_id=sector.pk)
                for pages, chosen, _services in companies
                for page in pages.values()
                for sector in chosen
            )
            CompanyServiceTag.objects.bulk_create(
                CompanyServiceTag(content_object_id=page.pk, tag=tag(tags, service))
                for pages, _sectors, services in companies
                for language, page in pages.items()
                for service in services[language]
            )

    def company(self, volume, sectors, centres):
        """A company's page in each language, its sectors and its services by language."""
        rng = volume.rng
        name = volume.name()
        field = volume.concepts(1)
        services = volume.each(volume.concepts(rng.randint(2, 4)), capitalised_all)
        tagline = volume.each(volume.words(rng.randint(5, 9)), capitalised)
        description = volume.paragraphs(rng.randint(1, 3), sentences=2)
        joined = datetime.date(rng.randint(2012, 2026), 1, 1)
        shared = {
            "vet_centre": rng.choice(centres),
            "cohort_year": joined.year,
            "founded_year": joined.year - rng.randint(0, 2),
            "territory": rng.choice(Territory.values),
            "town": rng.choice(TOWNS),
            "team_size": rng.choice(TeamSize.values),
            "email": f"info@{slugify(name)}.example.org",
            "first_published_at": volume.published(volume.day_within(6 * 365)),
            **{flag: rng.random() < 0.4 for flag in OPEN_TO_FIELDS},
        }
        pages = {
            language: CompanyPage(
                title=f"{name} {capitalised(field[language][0])}",
                tagline=Truncator(tagline[language]).chars(160),
                description=description[language],
                # As CompanyPage.save() writes it from the tags, which are added after.
                services_text=", ".join(sorted(services[language])),
                **shared,
            )
            for language in volume.locales
        }
        return pages, rng.sample(sectors, rng.randint(1, 2)), services


def capitalised_all(words):
    return [capitalised(word) for word in words]


def tag(tags, name):
    if name not in tags:
        tags[name] = Tag.objects.get_or_create(name=name)[0]
    return tags[name]
