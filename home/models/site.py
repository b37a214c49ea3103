"""Site-wide settings and the footer snippet."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, Site, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..content_cache import cached
from ..i18n import in_language


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every form that asks for personal details."),
    )

    panels = [FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def privacy_page_for(cls, request):
        """The privacy notice in the visitor's language, where it is translated."""
        language = get_language()

        def build():
            page = cls.for_request(request).privacy_page
            return page and in_language([page], language, Page.objects.live())[0]

        site = Site.find_for_request(request)
        return cached("privacy-page", build, site and site.pk, language)


class Footer(TranslatableMixin, models.Model):
    """Contact details and social links at the bottom of every page; one per language."""

    about = models.TextField(
        _("about"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences about the department."),
    )
    address = models.TextField(_("postal address"), max_length=300, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    links = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Page")))],
        verbose_name=_("footer links"),
        blank=True,
        help_text=_("Pages linked at the very bottom, e.g. privacy and accessibility."),
    )

    panels = [
        FieldPanel("about"),
        FieldPanel("address"),
        FieldPanel("email"),
        FieldPanel("phone"),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("x_url"),
                FieldPanel("youtube_url"),
                FieldPanel("instagram_url"),
            ],
            heading=_("Social links"),
        ),
        FieldPanel("links"),
    ]

    translatable_fields = [
        TranslatableField("about"),
        TranslatableField("address"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("linkedin_url"),
        SynchronizedField("x_url"),
        SynchronizedField("youtube_url"),
        SynchronizedField("instagram_url"),
        TranslatableField("links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")
        constraints = [models.UniqueConstraint(fields=["locale"], name="one_footer_per_locale")]

    def __str__(self):
        return str(_("Footer (%(language)s)") % {"language": self.locale.get_display_name()})

    @property
    def social_links(self):
        return [
            (label, url)
            for label, url in (
                ("LinkedIn", self.linkedin_url),
                ("X", self.x_url),
                ("YouTube", self.youtube_url),
                ("Instagram", self.instagram_url),
            )
            if url
        ]

    def pages_linked(self, language_code):
        """The footer's links as pages in the visitor's language, where translated."""
        return in_language(
            [block.value for block in self.links if block.value],
            language_code,
            Page.objects.live(),
        )

    @classmethod
    def for_language(cls, language_code):
        """The footer in this language, or the default language's while it is untranslated."""
        footers = {
            footer.locale.language_code: footer
            for footer in cls.objects.filter(
                locale__language_code__in=[language_code, settings.LANGUAGE_CODE]
            ).select_related("locale")
        }
        return footers.get(language_code) or footers.get(settings.LANGUAGE_CODE)
