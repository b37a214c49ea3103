"""Receivers of the marketplace; connected by MarketplaceConfig.ready()."""

from django.dispatch import receiver
from wagtail.signals import page_published

from home.review import source_page

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
