"""Admin panels that show editors how each language of the content stands."""

from wagtail.admin.panels import Panel
from wagtail.models import Page

from .translation_status import source_objects, statuses


class TranslationStatusPanel(Panel):
    """At the top of a page's edit form: how each of its languages stands."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "home/panels/translation_status.html"

        def is_shown(self):
            return bool(self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            source = source_objects(Page).filter(translation_key=page.translation_key).first()
            source = source.specific if source else page
            context["page"] = page
            context["is_source"] = source.pk == page.pk
            context["source"] = source
            context["statuses"] = statuses([source])[source.translation_key]
            return context
