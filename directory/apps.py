from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Company directory")
    demo_loader = "directory.demo.loader.DirectoryDemo"
    demo_after = ("home",)
    # Synthetic content for performance work (generate_search_volume).
    volume_generator = "directory.demo.volume.CompanyVolume"

    def ready(self):
        from . import signals  # noqa: F401  (connect its receivers)
