from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import BodyBlock
from .forms import SameLanguageChoicesPageForm
from .panels import TranslationStatusPanel

# Fields every page shares with Wagtail's own Page; they are translated as usual.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]
# Every page's edit form opens with how its languages stand, then Wagtail's title field.
PAGE_CONTENT_PANELS = [TranslationStatusPanel(heading=_("Languages")), *Page.content_panels]


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
    def choices_in(cls, locale):
        """(slug, name) pairs in `locale`, as filter options."""
        return list(cls.objects.filter(locale=locale).values_list("slug", "name"))

    @classmethod
    def labels_in(cls, language):
        """A choice field's `label_from_instance` that names terms of any language in
        `language` (terms without a translation keep their own name)."""
        names = dict(
            cls.objects.filter(locale__language_code=language).values_list(
                "translation_key", "name"
            )
        )
        return lambda term: names.get(term.translation_key, term.name)


class ReviewedChangesMixin(models.Model):
    """A page that company representatives change through drafts an editor approves.

    Their texts for the page's other languages wait in `pending_translations`, which is part
    of the draft revision; when an editor publishes it, every language is brought in step
    (see home/review.py).
    """

    pending_translations = models.JSONField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    @classmethod
    def text_field_names(cls):
        """The translated fields that hold plain or rich text."""
        return [
            field.field_name
            for field in cls.translatable_fields
            if isinstance(field, TranslatableField)
            and isinstance(
                cls._meta.get_field(field.field_name), (models.CharField, models.TextField)
            )
        ]

    def texts(self):
        return {name: getattr(self, name) for name in self.text_field_names()}

    def set_texts(self, texts):
        for name in self.text_field_names():
            if name in texts:
                setattr(self, name, texts[name])


class PageImageMixin(models.Model):
    """The main image of a page: shown at the top, on cards and when the page is shared."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page, on cards and when the page is shared."),
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows, in this page's language."),
    )

    image_panels = [
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
    ]
    image_translatable_fields = [SynchronizedField("image"), TranslatableField("image_alt")]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.image and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Describe the image for people who cannot see it.")}
            )


class HomePage(PageImageMixin, Page):
    hero_title = models.CharField(
        _("hero title"),
        max_length=120,
        help_text=_("The large headline at the top of the home page."),
    )
    hero_lead = models.TextField(
        _("hero lead"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences under the headline."),
    )
    hero_cta_text = models.CharField(
        _("button text"),
        max_length=60,
        blank=True,
        help_text=_("Label of the button under the headline, e.g. “Discover our programmes”."),
    )
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("button link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the button leads to."),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short welcome under the hero."),
    )
    featured_programmes = StreamField(
        [("programme", blocks.PageChooserBlock(page_type="home.ProgrammePage"))],
        verbose_name=_("highlighted programmes"),
        blank=True,
        max_num=6,
        help_text=_("Programmes shown as cards on the home page, in this order."),
    )

    base_form_class = SameLanguageChoicesPageForm
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ProgrammeIndexPage",
        "home.StandardPage",
        "news.NewsIndexPage",
        "directory.DirectoryIndexPage",
        "marketplace.MarketplaceIndexPage",
    ]

    content_panels = [
        *PAGE_CONTENT_PANELS,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_lead"),
                FieldPanel("image"),
                FieldPanel("image_alt"),
                FieldPanel("hero_cta_text"),
                FieldPanel("hero_cta_page"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("featured_programmes"),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *PageImageMixin.image_translatable_fields,
        TranslatableField("hero_title"),
        TranslatableField("hero_lead"),
        TranslatableField("hero_cta_text"),
        TranslatableField("hero_cta_page"),
        TranslatableField("intro"),
        TranslatableField("featured_programmes"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Editors may pick a programme in another language: show this language's version.
        keys = [block.value.translation_key for block in self.featured_programmes if block.value]
        programmes = {
            programme.translation_key: programme
            for programme in ProgrammePage.objects.live()
            .public()
            .filter(translation_key__in=keys, locale_id=self.locale_id)
            .select_related("image")
            .prefetch_related("image__renditions")
        }
        context["featured_programmes"] = [programmes[key] for key in keys if key in programmes]
        return context


class SectionIndexPage(Page):
    """A section's landing page in each language: an introduction above a listing."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short text at the top of the page, above the listing."),
    )

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    content_panels = [*PAGE_CONTENT_PANELS, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]

    class Meta:
        abstract = True


class ProgrammeIndexPage(SectionIndexPage):
    subpage_types = ["home.ProgrammePage"]

    class Meta:
        verbose_name = _("programme index page")
        verbose_name_plural = _("programme index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = (
            ProgrammePage.objects.child_of(self)
            .live()
            .public()
            .select_related("image")
            .prefetch_related("image__renditions")
        )
        return context


class ProgrammePage(PageImageMixin, Page):
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown under the title and on programme cards."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    contact_title = models.CharField(
        _("contact card title"),
        max_length=80,
        blank=True,
        help_text=_("Heading of the contact card in the sidebar, e.g. “Talk to us”."),
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_role = models.CharField(_("contact person's role"), max_length=120, blank=True)
    contact_text = models.TextField(
        _("contact text"),
        max_length=300,
        blank=True,
        help_text=_("A sentence telling visitors when and why to get in touch."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    parent_page_types = ["home.ProgrammeIndexPage"]
    subpage_types = []

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    content_panels = [
        *PAGE_CONTENT_PANELS,
        FieldPanel("summary"),
        *PageImageMixin.image_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("contact_title"),
                FieldPanel("contact_name"),
                FieldPanel("contact_role"),
                FieldPanel("contact_text"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Contact card"),
        ),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *PageImageMixin.image_translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("contact_title"),
        SynchronizedField("contact_name"),
        TranslatableField("contact_role"),
        TranslatableField("contact_text"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
    ]

    class Meta:
        verbose_name = _("programme page")
        verbose_name_plural = _("programme pages")

    @property
    def has_contact_card(self):
        return any((self.contact_name, self.contact_email, self.contact_phone, self.contact_text))


class StandardPage(PageImageMixin, Page):
    intro = models.TextField(
        _("introduction"),
        max_length=400,
        blank=True,
        help_text=_("A sentence or two under the title."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    content_panels = [
        *PAGE_CONTENT_PANELS,
        FieldPanel("intro"),
        *PageImageMixin.image_panels,
        FieldPanel("body"),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *PageImageMixin.image_translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


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
        page = cls.for_request(request).privacy_page
        return page.localized if page else None


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
        keys = [block.value.translation_key for block in self.links if block.value]
        translations = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                translation_key__in=keys, locale__language_code=language_code
            )
        }
        return [
            translations.get(block.value.translation_key, block.value)
            for block in self.links
            if block.value
        ]

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
