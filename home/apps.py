from django.apps import AppConfig
from django.db import connection
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site pages")
    # seed_demo runs each app's `demo_loader` after the loaders of the apps in its `demo_after`.
    demo_loader = "home.demo.loader.HomeDemo"

    def ready(self):
        from . import page_cache, review, search, translation  # noqa: F401  (connect their receivers)
        from .admin_language import translate_chooser_labels_per_request

        translate_chooser_labels_per_request()

        post_migrate.connect(apply_site_address_after_migrate, sender=self)
        post_migrate.connect(index_pages_after_migrate, sender=self)


def apply_site_address_after_migrate(**kwargs):
    """`migrate` keeps the site's address in step with the environment, so a new production database
    links to its public address without any manual step."""
    from .site_address import apply_site_address

    apply_site_address()


def index_pages_after_migrate(**kwargs):
    """The site search finds the pages published before it existed, or while it was off."""
    from .models import SearchEntry
    from .search import index_all

    if SearchEntry._meta.db_table in connection.introspection.table_names():
        index_all(only_missing=True)
