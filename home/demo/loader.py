"""The home page, programmes, standard pages, site and footer of the demo."""

from functools import partial

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, Site

from home.models import (
    Footer,
    HomePage,
    ProgrammeIndexPage,
    ProgrammePage,
    SearchPage,
    SiteSettings,
    StandardPage,
)

from ..site_address import configured_address
from . import content, images
from .base import SOURCE_LANGUAGE, DemoLoader, block_id


class HomeDemo(DemoLoader):
    editor_permissions = (
        "add_footer",
        "change_footer",
        "view_sitesettings",
        "change_sitesettings",
        "view_searchterm",
        "add_searchpromotion",
        "change_searchpromotion",
        "delete_searchpromotion",
    )

    def images(self):
        return [
            (key, spec["title"], partial(images.render, spec["colour"], spec["motif"], seed=key))
            for key, spec in content.IMAGES.items()
        ]

    def load(self, demo):
        self.remove_placeholder_page()
        demo.ensure_pages(
            [self.with_links(demo, spec) for spec in content.PAGES],
            (HomePage, ProgrammeIndexPage, ProgrammePage, SearchPage, StandardPage),
        )
        self.ensure_site(demo)
        self.ensure_footer(demo)
        self.ensure_search_promotions(demo)

    def with_links(self, demo, spec):
        """The spec with its links to pages set once every page exists."""
        shared = dict(spec["shared"])
        if "hero_cta_page" in shared:
            target = shared["hero_cta_page"]
            shared["hero_cta_page"] = lambda: demo.pages[target]
        if "featured" in shared:
            keys = shared.pop("featured")
            shared["featured_programmes"] = lambda: [
                {"type": "programme", "value": demo.pages[key].pk, "id": block_id(key)}
                for key in keys
            ]
        return {**spec, "shared": shared}

    def remove_placeholder_page(self):
        """Wagtail's welcome page (and the site pointing at it) would take the slug "home"."""
        Page.objects.filter(
            depth=2, content_type__app_label="wagtailcore", content_type__model="page"
        ).delete()

    def ensure_site(self, demo):
        home = demo.pages[content.PAGES[0]["key"]]
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname, site.port = configured_address() or ("127.0.0.1", 8000)
        site.site_name = "Tknika Hub"
        site.root_page = home
        site.save()
        SiteSettings.objects.update_or_create(
            site=site, defaults={"privacy_page": demo.pages["privacy"]}
        )

    def ensure_footer(self, demo):
        footer = Footer.objects.filter(locale=demo.locales[SOURCE_LANGUAGE]).first()
        footer = footer or Footer(locale=demo.locales[SOURCE_LANGUAGE])

        def fill_footer(instance, language):
            for field, value in {**content.SITE["shared"], **content.SITE[language]}.items():
                setattr(instance, field, value)
            instance.links = [
                {"type": "page", "value": demo.pages[key].pk, "id": block_id("footer", key)}
                for key in ("privacy", "accessibility", "contact")
            ]

        fill_footer(footer, SOURCE_LANGUAGE)
        footer.save()
        demo.translate(footer, fill_footer)

    def ensure_search_promotions(self, demo):
        for spec in content.SEARCH_PROMOTIONS:
            pages = demo.pages[spec["page"]].get_translations(inclusive=True)
            for page in pages.select_related("locale"):
                SearchPromotion.objects.get_or_create(
                    query=Query.get(spec[page.locale.language_code]), page=page
                )
