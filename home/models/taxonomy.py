"""Terms to classify content by, shared by the apps' taxonomies (sectors, categories)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..content_cache import cached
from ..i18n import translator


class Taxonomy(TranslatableMixin, models.Model):
    """A term to classify content by, e.g. a sector; its slug is the same in every language."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in web addresses to filter by this term; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_%(app_label)s_%(class)s_slug"
            )
        ]

    def __str__(self):
        return self.name

    @classmethod
    def terms_in(cls, locale_id):
        """Every term by its id, as its version in a language (the term itself where it has
        none there): read once per content version, as pages and feeds name terms."""

        def build():
            terms = list(cls.objects.all())
            in_locale = {
                term.translation_key: term for term in terms if term.locale_id == locale_id
            }
            return {term.pk: in_locale.get(term.translation_key, term) for term in terms}

        return cached(f"terms:{cls._meta.label_lower}", build, locale_id)

    @classmethod
    def choices_in(cls, locale):
        """(slug, name) pairs in `locale`, as filter options."""
        return cached(
            f"term-choices:{cls._meta.label_lower}",
            lambda: list(cls.objects.filter(locale=locale).values_list("slug", "name")),
            locale.pk,
        )

    @classmethod
    def labels_in(cls, language):
        """A choice field's `label_from_instance` that names terms of any language in
        `language` (terms without a translation keep their own name)."""
        term_in_language = translator(cls.objects.all(), language)
        return lambda term: term_in_language(term).name
