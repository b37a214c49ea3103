"""Build the demo site in Basque, Spanish and English. Safe to run again: it updates in place."""

import datetime
import io
import os
import uuid
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import FieldDoesNotExist
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test import override_settings
from django.utils import timezone
from wagtail.blocks import ListBlock, RichTextBlock, StreamBlock, StructBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Locale, Page, Site, Workflow, WorkflowPage

from directory.demo import content as directory_content
from directory.models import (
    OPEN_TO,
    CompanyPage,
    DirectoryIndexPage,
    ProfileConfirmation,
    Representative,
    Sector,
    VETCentre,
)
from home.demo import content, images
from home.models import (
    Footer,
    HomePage,
    ProgrammeIndexPage,
    ProgrammePage,
    SiteSettings,
    StandardPage,
)
from home.review import LISTING_REVIEW, PROFILE_REVIEW
from home.review import submit_for_review as submit_page_for_review
from home.rich_text import as_editor_saves
from home.translation import MissingText, translate_with_texts
from marketplace.demo import content as marketplace_content
from marketplace.models import ListingCategory, ListingPage, MarketplaceIndexPage
from marketplace.review import submit_for_review
from news.demo import content as news_content
from news.models import NewsCategory, NewsIndexPage, NewsPage

DEMO_NAMESPACE = uuid.UUID("5b0c55a4-5f5e-4d3e-9c38-7d1d7ad0c2a1")
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
TARGET_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]
PAGE_MODELS = {
    model.__name__: model
    for model in (
        HomePage,
        ProgrammeIndexPage,
        ProgrammePage,
        StandardPage,
        NewsIndexPage,
        NewsPage,
        DirectoryIndexPage,
        CompanyPage,
        MarketplaceIndexPage,
        ListingPage,
    )
}
# Tag fields hold words of each language: every translation gets its own.
LANGUAGE_TAGS = ("tags", "services")


def block_id(*parts):
    """Stable block ids, so the same block has the same path in every language."""
    return str(uuid.uuid5(DEMO_NAMESPACE, ":".join(str(part) for part in parts)))


def illustration(prefix, label, item):
    """The image spec of a content item drawn from its "image" colour and motif."""
    draw = partial(images.render, item["image"]["colour"], item["image"]["motif"], seed=item["key"])
    return (f"{prefix}-{item['key']}", f"{label}: {item['en']['title']}", draw)


def as_stored(model, field_name, value):
    """A field's value from the content modules as the admin would save it: rich text, also
    inside StreamField blocks, in the editor's own form (translations are keyed by it)."""
    try:
        field = model._meta.get_field(field_name)
    except FieldDoesNotExist:  # not a field of this page type (e.g. `image_alt`)
        return value
    if isinstance(field, RichTextField):
        return as_editor_saves(value, field.features)
    if isinstance(field, StreamField):
        return stream_as_stored(field.stream_block, value)
    return value


def stream_as_stored(block, value):
    """Raw StreamField data with each rich text block's HTML as the editor saves it."""
    if isinstance(block, RichTextBlock):
        return as_editor_saves(value, block.features)
    if isinstance(block, StreamBlock):
        return [
            {**child, "value": stream_as_stored(block.child_blocks[child["type"]], child["value"])}
            for child in value
        ]
    if isinstance(block, ListBlock):
        return [
            {**item, "value": stream_as_stored(block.child_block, item["value"])} for item in value
        ]
    if isinstance(block, StructBlock):
        return {
            name: stream_as_stored(block.child_blocks[name], child) for name, child in value.items()
        }
    return value


class Command(BaseCommand):
    help = "Create or update the demo content, users and groups in every language."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Run even with DEBUG off (never on a live site)."
        )
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing if the site already has pages."
        )

    def handle(self, *args, force=False, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site already has content: leaving it as it is.")
            return
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo overwrites content and creates demo users. It refuses to run with "
                "DEBUG off; pass --force if this really is a demo or test database."
            )
        self.password = os.environ.get("DEMO_PASSWORD", "tknika-demo")
        # update_index rebuilds the index at the end, so indexing on every save is wasted work.
        without_auto_update = {
            name: {**backend, "AUTO_UPDATE": False}
            for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
        }
        with override_settings(WAGTAILSEARCH_BACKENDS=without_auto_update):
            self.locales = {
                code: Locale.objects.get_or_create(language_code=code)[0]
                for code, _name in settings.LANGUAGES
            }
            self.admin = self.ensure_users()
            self.remove_placeholder_page()
            self.images = self.ensure_images()
            self.pages = {}
            self.ensure_pages(content.PAGES)
            self.ensure_site()
            self.ensure_footer()
            self.ensure_directory()
            self.ensure_news()
            self.ensure_marketplace()
            self.ensure_members()
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is ready in eu, es and en."))

    # Users and groups -------------------------------------------------------------------------

    def ensure_users(self):
        User = get_user_model()
        editors = Group.objects.get_or_create(name="Editors")[0]
        moderators = Group.objects.get_or_create(name="Moderators")[0]
        root = Page.get_first_root_node()
        for group in (editors, moderators):
            for codename in ("add_page", "change_page", "publish_page", "lock_page"):
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=Permission.objects.get(codename=codename)
                )
            group.permissions.add(
                *Permission.objects.filter(
                    codename__in=[
                        "access_admin",
                        "submit_translation",
                        "add_footer",
                        "change_footer",
                        "add_newscategory",
                        "change_newscategory",
                        "add_sector",
                        "change_sector",
                        "add_vetcentre",
                        "change_vetcentre",
                        "add_listingcategory",
                        "change_listingcategory",
                        "view_enquiry",
                        "delete_enquiry",
                        "add_representative",
                        "view_representative",
                        "delete_representative",
                        "view_sitesettings",
                        "change_sitesettings",
                        "add_image",
                        "change_image",
                        "choose_image",
                        "add_document",
                        "change_document",
                        "choose_document",
                    ]
                )
            )
        users = [
            ("admin", "admin@tknika.eus", None),
            ("editor", "editor@tknika.eus", editors),
            ("moderator", "moderator@tknika.eus", moderators),
        ]
        for username, email, group in users:
            user, _created = User.objects.get_or_create(
                username=username, defaults={"email": email}
            )
            user.is_staff = group is None
            user.is_superuser = group is None
            user.set_password(self.password)
            user.save()
            if group:
                user.groups.add(group)
        self.stdout.write("Users: admin, editor, moderator.")
        return User.objects.get(username="admin")

    # Images ---------------------------------------------------------------------------------

    def ensure_images(self):
        """Draw each demo image once; keyed for the content modules to refer to."""
        specs = [
            (key, spec["title"], partial(images.render, spec["colour"], spec["motif"], seed=key))
            for key, spec in content.IMAGES.items()
        ]
        specs += [illustration("news", "News", article) for article in news_content.ARTICLES]
        specs += [
            (
                f"logo-{company['slug']}",
                f"Logo: {company['name']}",
                partial(
                    images.render_logo,
                    company["logo"]["colour"],
                    company["logo"]["shape"],
                    "".join(word[0] for word in company["name"].split()[:2]).upper(),
                ),
            )
            for company in directory_content.COMPANIES
        ]
        specs += [
            illustration("listing", "Listing", listing)
            for listing in marketplace_content.LISTINGS
            if listing["image"]
        ]
        Image = get_image_model()
        found = {}
        for key, title, draw in specs:
            image = Image.objects.filter(title=title).first()
            if image is None:
                image = Image(title=title, description=title)
                image.file = ImageFile(io.BytesIO(draw()), name=f"demo-{key}.png")
                image.save()
            found[key] = image
        self.stdout.write(f"Images: {len(found)}.")
        return found

    # Pages ----------------------------------------------------------------------------------

    def ensure_pages(self, specs):
        # First pass: every page exists, so blocks can link to pages further down the list.
        for spec in specs:
            self.pages[spec["key"]] = self.ensure_page(spec)
        for spec in specs:
            page = self.pages[spec["key"]]
            self.fill(page, spec, SOURCE_LANGUAGE)
            self.set_language_tags(page, spec, SOURCE_LANGUAGE)
            page.save_revision(user=self.admin, log_action=True).publish(user=self.admin)
            page.refresh_from_db()
            self.translate(
                page,
                partial(self.fill, spec=spec),
                finish=lambda translated, locale, spec=spec: self.set_language_tags(
                    translated, spec, locale.language_code
                ),
            )

    def ensure_page(self, spec):
        model = PAGE_MODELS[spec["type"]]
        data = spec[SOURCE_LANGUAGE]
        parent = self.pages[spec["parent"]] if spec["parent"] else Page.get_first_root_node()
        existing = (
            model.objects.child_of(parent)
            .filter(slug=data["slug"], locale=self.locales[SOURCE_LANGUAGE])
            .first()
        )
        if existing:
            return existing
        page = model(locale=self.locales[SOURCE_LANGUAGE])
        self.fill(page, spec, SOURCE_LANGUAGE, with_links=False)
        parent.add_child(instance=page)
        return page

    def fill(self, page, spec, language, with_links=True):
        """Set the page's fields from the content modules, in one language."""
        page.show_in_menus = spec.get("show_in_menus", False)
        if "image" in spec:
            page.image = self.images.get(spec["image"])
        for field, value in spec[language].items():
            if field == "body":
                if with_links:
                    page.body = as_stored(type(page), field, self.stream(spec["key"], value))
            elif field not in LANGUAGE_TAGS:  # see set_language_tags
                setattr(page, field, as_stored(type(page), field, value))
        for field, value in spec.get("shared", {}).items():
            if field == "hero_cta_page":
                page.hero_cta_page = self.pages[value] if with_links else None
            elif field == "featured":
                if with_links:
                    page.featured_programmes = [
                        {"type": "programme", "value": self.pages[key].pk, "id": block_id(key)}
                        for key in value
                    ]
            elif field == "categories":
                page.categories = [self.news_categories[key] for key in value]
            elif field == "sectors":
                page.sectors = [self.sectors[key] for key in value]
            elif field == "vet_centre":
                page.vet_centre = self.vet_centres[value]
            elif field == "logo":
                page.logo = self.images[value]
            elif field == "open_to":
                for key, (flag, _label) in OPEN_TO.items():
                    setattr(page, flag, key in value)
            elif field == "related_programmes":
                page.related_programmes = [self.pages[key] for key in value]
            elif field == "listing_category":
                page.category = self.listing_categories[value]
            elif field == "company":
                page.company = self.pages[f"company-{value}"]
            elif field in ("valid_from", "valid_until"):
                # Days from today, so the demo always has open, closing and closed listings.
                setattr(page, field, self.today + datetime.timedelta(days=value))
            elif field == "publication_date":
                page.publication_date = datetime.date.fromisoformat(value)
            else:
                setattr(page, field, value)

    def stream(self, page_key, blocks):
        stream = []
        for index, (block_type, value) in enumerate(blocks):
            path = (page_key, index)
            value = dict(value) if isinstance(value, dict) else value
            if block_type == "image":
                value["image"] = self.images[value["image"]].pk
            elif block_type == "call_to_action":
                value["page"] = self.pages[value["page"]].pk
                value.setdefault("external_url", "")
            elif block_type in ("key_figures", "faq"):
                list_field = "figures" if block_type == "key_figures" else "items"
                value[list_field] = [
                    {"type": "item", "value": item, "id": block_id(*path, item_index)}
                    for item_index, item in enumerate(value[list_field])
                ]
            stream.append({"type": block_type, "value": value, "id": block_id(*path)})
        return stream

    # Translations ---------------------------------------------------------------------------

    def translate(self, source_object, fill, finish=None):
        """Translate into every other language; `fill(instance, language)` sets its texts."""
        fills = {
            self.locales[language]: partial(fill, language=language)
            for language in TARGET_LANGUAGES
        }
        try:
            translate_with_texts(source_object, fills, user=self.admin, finish=finish)
        except MissingText as error:
            raise CommandError(f"{error}: keep every language's structure the same.") from error

    # Site and footer ------------------------------------------------------------------------

    def ensure_site(self):
        home = self.pages[content.PAGES[0]["key"]]
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname = os.environ.get("SITE_HOSTNAME", "127.0.0.1")
        site.port = int(os.environ.get("SITE_PORT", "8000"))
        site.site_name = "Tknika Hub"
        site.root_page = home
        site.save()
        SiteSettings.objects.update_or_create(
            site=site, defaults={"privacy_page": self.pages["privacy"]}
        )

    def remove_placeholder_page(self):
        """Wagtail's welcome page (and the site pointing at it) would take the slug "home"."""
        Page.objects.filter(
            depth=2, content_type__app_label="wagtailcore", content_type__model="page"
        ).delete()

    def ensure_footer(self):
        footer = Footer.objects.filter(locale=self.locales[SOURCE_LANGUAGE]).first()
        footer = footer or Footer(locale=self.locales[SOURCE_LANGUAGE])

        def fill_footer(instance, language):
            for field, value in {**content.SITE["shared"], **content.SITE[language]}.items():
                setattr(instance, field, value)
            instance.links = [
                {"type": "page", "value": self.pages[key].pk, "id": block_id("footer", key)}
                for key in ("privacy", "accessibility", "contact")
            ]

        fill_footer(footer, SOURCE_LANGUAGE)
        footer.save()
        self.translate(footer, fill_footer)

    # Taxonomies and tags --------------------------------------------------------------------

    def ensure_translated_snippets(self, model, specs):
        """A snippet per spec in the source language, translated; returned by slug."""
        found = {}
        source_locale = self.locales[SOURCE_LANGUAGE]
        for spec in specs:
            snippet = model.objects.filter(slug=spec["slug"], locale=source_locale).first()
            snippet = snippet or model(slug=spec["slug"], locale=source_locale)
            snippet.name = spec[SOURCE_LANGUAGE]
            snippet.save()
            found[spec["slug"]] = snippet
            self.translate(
                snippet, lambda target, language, spec=spec: setattr(target, "name", spec[language])
            )
        return found

    def set_language_tags(self, page, spec, language):
        """Tags are words of each language, so each translation gets its own."""
        for field in LANGUAGE_TAGS:
            if field in spec[language]:
                getattr(page, field).set(spec[language][field])

    # News -----------------------------------------------------------------------------------

    def ensure_news(self):
        categories = self.ensure_translated_snippets(NewsCategory, news_content.CATEGORIES)
        self.news_categories = {
            spec["key"]: categories[spec["slug"]] for spec in news_content.CATEGORIES
        }
        index = {"key": "news", "type": "NewsIndexPage", "parent": "home", "show_in_menus": True}
        articles = [
            {
                "key": f"news-{article['key']}",
                "type": "NewsPage",
                "parent": "news",
                "image": f"news-{article['key']}",
                "shared": {
                    "publication_date": article["date"],
                    "categories": article["categories"],
                    "related_programmes": article["programmes"],
                },
                **{language: article[language] for language, _name in settings.LANGUAGES},
            }
            for article in news_content.ARTICLES
        ]
        self.ensure_pages([{**index, **news_content.INDEX}, *articles])
        self.stdout.write(
            f"News: {len(articles)} articles in {len(news_content.CATEGORIES)} categories."
        )

    # Directory ------------------------------------------------------------------------------

    def ensure_directory(self):
        self.sectors = self.ensure_translated_snippets(Sector, directory_content.SECTORS)
        self.vet_centres = {}
        for spec in directory_content.VET_CENTRES:
            self.vet_centres[spec["slug"]], _created = VETCentre.objects.update_or_create(
                slug=spec["slug"], defaults={k: v for k, v in spec.items() if k != "slug"}
            )
        index = {
            "key": "directory",
            "type": "DirectoryIndexPage",
            "parent": "home",
            "show_in_menus": True,
        }
        shared_fields = (
            "sectors",
            "cohort_year",
            "founded_year",
            "territory",
            "town",
            "website",
            "email",
            "phone",
            "linkedin_url",
            "instagram_url",
            "team_size",
            "open_to",
            "status",
        )
        companies = [
            {
                "key": f"company-{company['slug']}",
                "type": "CompanyPage",
                "parent": "directory",
                "shared": {
                    "logo": f"logo-{company['slug']}",
                    "vet_centre": company["centre"],
                    **{field: company[field] for field in shared_fields},
                },
                **{
                    language: {
                        "title": company["name"],
                        "slug": company["slug"],
                        **company[language],
                    }
                    for language, _name in settings.LANGUAGES
                },
            }
            for company in directory_content.COMPANIES
        ]
        self.ensure_pages([{**index, **directory_content.INDEX}, *companies])
        self.stdout.write(
            f"Directory: {len(companies)} companies, {len(self.sectors)} sectors, "
            f"{len(self.vet_centres)} VET centres."
        )

    # Marketplace ----------------------------------------------------------------------------

    def ensure_marketplace(self):
        self.today = timezone.localdate()
        self.listing_categories = self.ensure_translated_snippets(
            ListingCategory, marketplace_content.CATEGORIES
        )
        index = {
            "key": "marketplace",
            "type": "MarketplaceIndexPage",
            "parent": "home",
            "show_in_menus": True,
        }
        listings = [
            {
                "key": f"listing-{listing['key']}",
                "type": "ListingPage",
                "parent": "marketplace",
                **({"image": f"listing-{listing['key']}"} if listing["image"] else {}),
                "shared": {
                    "kind": listing["kind"],
                    "listing_category": listing["category"],
                    "company": listing["company"],
                    "territory": listing["territory"],
                    "location": listing["location"],
                    "valid_from": listing["starts"],
                    "valid_until": listing["ends"],
                    "contact_email": listing["contact_email"],
                },
                **{language: listing[language] for language, _name in settings.LANGUAGES},
            }
            for listing in marketplace_content.LISTINGS
        ]
        self.ensure_pages([{**index, **marketplace_content.INDEX}, *listings])
        review = Workflow.objects.get(name=LISTING_REVIEW)
        for page in self.pages["marketplace"].get_translations(inclusive=True):
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": review})
        self.stdout.write(
            f"Marketplace: {len(listings)} listings in {len(self.listing_categories)} categories."
        )

    # Member portal ---------------------------------------------------------------------------

    def ensure_members(self):
        """A representative per company, confirmations of varied age, and changes to review."""
        review = Workflow.objects.get(name=PROFILE_REVIEW)
        for page in self.pages["directory"].get_translations(inclusive=True):
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": review})
        User = get_user_model()
        password = make_password(self.password)  # hashed once: hashing is slow on purpose
        for number, spec in enumerate(directory_content.COMPANIES):
            company = self.pages[f"company-{spec['slug']}"]
            username = f"rep-{spec['slug']}"
            user, _created = User.objects.update_or_create(
                username=username,
                defaults={"email": f"{username}@example.org", "password": password},
            )
            Representative.objects.get_or_create(user=user, company=company)
            # Spread over two and a half years, so some profiles are due for checking.
            ProfileConfirmation.objects.update_or_create(
                translation_key=company.translation_key,
                defaults={
                    "confirmed_on": self.today - datetime.timedelta(days=number * 97 % 900),
                    "reminded_on": None,
                },
            )
        self.ensure_pending_profile_change()
        self.ensure_pending_listing()
        self.stdout.write(
            f"Member portal: {len(directory_content.COMPANIES)} representatives "
            "(rep-<company slug>), one profile change and one listing awaiting review."
        )

    def ensure_pending_profile_change(self):
        change = directory_content.PENDING_PROFILE_CHANGE
        company = self.pages[f"company-{change['company']}"].specific
        if state := company.current_workflow_state:
            state.cancel(user=self.admin)
        representative = get_user_model().objects.get(username=f"rep-{change['company']}")
        draft = company.get_latest_revision_as_object()
        draft.tagline = change[SOURCE_LANGUAGE]["tagline"]
        draft.pending_translations = {language: change[language] for language in TARGET_LANGUAGES}
        submit_page_for_review(draft, PROFILE_REVIEW, representative)

    def ensure_pending_listing(self):
        spec = marketplace_content.PENDING_LISTING
        index = self.pages["marketplace"]
        company = self.pages[f"company-{spec['company']}"]
        listing = ListingPage.objects.child_of(index).filter(slug=spec["slug"]).first()
        if listing is None:
            listing = ListingPage(
                live=False,
                locale=index.locale,
                company=company,
                category=self.listing_categories[spec["category"]],
                **{
                    field: as_stored(ListingPage, field, spec[field])
                    for field in (
                        "kind",
                        "territory",
                        "location",
                        "contact_email",
                        "title",
                        "slug",
                        "summary",
                        "description",
                        "terms",
                    )
                },
            )
            index.add_child(instance=listing)
        if state := listing.current_workflow_state:
            state.cancel(user=self.admin)
        representative = get_user_model().objects.get(username=f"rep-{spec['company']}")
        submit_for_review(listing, representative)
