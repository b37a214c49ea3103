from django.conf import settings
from wagtail.admin.panels import Panel


class ProposedTranslationsPanel(Panel):
    """Shows reviewers the texts for the other languages that wait with a draft."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "directory/panels/proposed_translations.html"

        def is_shown(self):
            return bool(self.instance.pending_translations)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            names = dict(settings.LANGUAGES)
            context["proposals"] = [
                {
                    "code": code,
                    "language": names.get(code, code),
                    "tagline": texts.get("tagline", ""),
                    "description": texts.get("description", ""),
                    "services": ", ".join(texts.get("services", [])),
                }
                for code, texts in self.instance.pending_translations.items()
            ]
            return context
