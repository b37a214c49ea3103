from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")
    demo_loader = "events.demo.loader.EventsDemo"
    # Events name the programmes and VET centres; the menu lists the agenda last.
    demo_after = ("home", "directory", "news", "marketplace")
