"""Receivers of the marketplace; connected by MarketplaceConfig.ready()."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from directory.models import CompanyPage
from home.review import source_page
from home.search import index_pages

from .models import ListingPage


@receiver(page_published, sender=ListingPage)
def keep_dates_in_step(sender, instance, **kwargs):
    """The dates decide what is public, so every language follows the source page's at once.

    wagtail-localize copies synchronised fields only when translations are next synced, and
    a translation published meanwhile would bring back the dates of the last sync.
    """
    original = source_page(instance)
    translations = ListingPage.objects.filter(translation_key=instance.translation_key)
    if original.pk == instance.pk:
        translations.exclude(pk=instance.pk).update(
            valid_from=instance.valid_from, valid_until=instance.valid_until
        )
    else:
        translations.filter(pk=instance.pk).update(
            valid_from=original.valid_from, valid_until=original.valid_until
        )
    index_pages(translations)  # the dates say when the search finds them


@receiver(post_save, sender=CompanyPage)
def index_listings_of_company(sender, instance, update_fields=None, **kwargs):
    """A listing is findable while its company is live and active."""
    if update_fields is None or "live" in update_fields:
        index_pages(ListingPage.objects.filter(company__translation_key=instance.translation_key))
