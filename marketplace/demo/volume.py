"""Synthetic marketplace listings in every language, for performance work (see
home/demo/volume.py)."""

from django.core.management.base import CommandError
from django.utils.text import Truncator

from directory.models import CompanyPage
from marketplace.models import DEFAULT_VALIDITY, ListingCategory, ListingPage, MarketplaceIndexPage


class ListingVolume:
    name = "listings"
    default = 1_000
    help = "Marketplace listings to add, each in every language."

    def add(self, volume, count):
        marketplaces = volume.parents(MarketplaceIndexPage)
        categories = list(ListingCategory.objects.filter(locale=volume.source))
        # Translations of a listing name the company of the source language (synchronised).
        companies = list(
            CompanyPage.objects.live()
            .filter(locale=volume.source, status=CompanyPage.Status.ACTIVE)
            .only("live", "status", "territory", "town")
        )
        if not (categories and companies):
            raise CommandError("Run seed_demo first: listing categories and companies are needed.")
        for batch in volume.batches(count, self.name):
            volume.add_pages(
                marketplaces, [self.listing(volume, categories, companies) for _number in batch]
            )

    def listing(self, volume, categories, companies):
        """A listing's page in each language."""
        rng = volume.rng
        # Listings last 90 days, so about one in ten of these has closed.
        starts = volume.day_within(100)
        company = rng.choice(companies)
        title = volume.title(5, 9)
        summary = volume.sentences(1, low=10, high=18)
        description = volume.paragraphs(rng.randint(1, 2), sentences=2)
        shared = {
            "kind": rng.choice(ListingPage.Kind.values),
            "category": rng.choice(categories),
            "company": company,
            "territory": company.territory,
            "location": company.town,
            "valid_from": starts,
            "valid_until": starts + DEFAULT_VALIDITY,
            "first_published_at": volume.published(starts),
        }
        return {
            language: ListingPage(
                title=title[language],
                summary=Truncator(summary[language]).chars(240),
                description=description[language],
                **shared,
            )
            for language in volume.locales
        }
