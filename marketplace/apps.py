from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MarketplaceConfig(AppConfig):
    name = "marketplace"
    verbose_name = _("Marketplace")
    demo_loader = "marketplace.demo.loader.MarketplaceDemo"
    # Listings belong to the directory's companies; the menu lists the marketplace last.
    demo_after = ("directory", "news")
    # Synthetic content for performance work (generate_search_volume).
    volume_generator = "marketplace.demo.volume.ListingVolume"

    def ready(self):
        from . import signals  # noqa: F401  (connect its receivers)
