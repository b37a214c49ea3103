from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site pages")
    # seed_demo runs each app's `demo_loader` after the loaders of the apps in its `demo_after`.
    demo_loader = "home.demo.loader.HomeDemo"

    def ready(self):
        from . import review, translation  # noqa: F401  (connect their receivers)
