"""What every app's demo loader builds on: locales, users, images, pages and their translations."""

import io
import uuid
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import FieldDoesNotExist
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from django.test import override_settings
from django.utils import timezone
from taggit.managers import TaggableManager
from wagtail.blocks import ListBlock, RichTextBlock, StreamBlock, StructBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Locale, Page, WorkflowPage

from home.rich_text import as_editor_saves
from home.translation import MissingText, translate_with_texts

from . import images

DEMO_NAMESPACE = uuid.UUID("5b0c55a4-5f5e-4d3e-9c38-7d1d7ad0c2a1")
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
TARGET_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]
# What Editors and Moderators may do beyond pages; each loader adds its own models' permissions.
EDITOR_PERMISSIONS = (
    "access_admin",
    "submit_translation",
    "add_image",
    "change_image",
    "choose_image",
    "add_document",
    "change_document",
    "choose_document",
)


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


def is_tag_field(model, field_name):
    """Tags are words of each language, so each translation gets its own (see set_tags)."""
    try:
        return isinstance(model._meta.get_field(field_name), TaggableManager)
    except FieldDoesNotExist:
        return False


class DemoLoader:
    """One app's demo content. An app names its loader in its AppConfig (`demo_loader`, a dotted
    path) with the apps whose demo must be built first (`demo_after`); seed_demo runs them."""

    # Codenames of the app's permissions that Editors and Moderators get.
    editor_permissions = ()

    def images(self):
        """(key, title, draw) of the images the content refers to by key; drawn once."""
        return []

    def load(self, demo):
        """Create or update the app's content through `demo` (a Demo); safe to run again."""
        raise NotImplementedError


class Demo:
    """The demo site being built: what loaders share (locales, the admin user, images and pages
    by content key) and how they create pages and translate them."""

    def __init__(self, stdout, password):
        self.stdout = stdout
        self.password = password
        self.today = timezone.localdate()
        self.pages = {}
        self.images = {}

    def build(self, loaders):
        """Run the loaders, in order, without updating the search index: run update_index after."""
        without_auto_update = {
            name: {**backend, "AUTO_UPDATE": False}
            for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
        }
        with override_settings(WAGTAILSEARCH_BACKENDS=without_auto_update):
            self.locales = {
                code: Locale.objects.get_or_create(language_code=code)[0]
                for code, _name in settings.LANGUAGES
            }
            self.admin = self.ensure_users(
                [codename for loader in loaders for codename in loader.editor_permissions]
            )
            self.images = self.ensure_images(
                [spec for loader in loaders for spec in loader.images()]
            )
            for loader in loaders:
                loader.load(self)

    # Users and groups -------------------------------------------------------------------------

    def ensure_users(self, editor_permissions):
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
                *Permission.objects.filter(codename__in=[*EDITOR_PERMISSIONS, *editor_permissions])
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

    def ensure_images(self, specs):
        """Draw each demo image once; keyed for the content modules to refer to."""
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

    def ensure_pages(self, specs, page_models):
        """Create or update pages from specs: "key", "type" (a name in `page_models`), "parent"
        (a key), "image", "shared" (values for every language; a callable is called once every
        page of `specs` exists) and the fields per language."""
        # First pass: every page exists, so blocks can link to pages further down the list.
        models = {model.__name__: model for model in page_models}
        for spec in specs:
            self.pages[spec["key"]] = self.ensure_page(models[spec["type"]], spec)
        for spec in specs:
            page = self.pages[spec["key"]]
            self.fill(page, spec, SOURCE_LANGUAGE)
            self.set_tags(page, spec, SOURCE_LANGUAGE)
            page.save_revision(user=self.admin, log_action=True).publish(user=self.admin)
            page.refresh_from_db()
            self.translate(
                page,
                partial(self.fill, spec=spec),
                finish=lambda translated, locale, spec=spec: self.set_tags(
                    translated, spec, locale.language_code
                ),
            )

    def ensure_page(self, model, spec):
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
            elif not is_tag_field(type(page), field):
                setattr(page, field, as_stored(type(page), field, value))
        for field, value in spec.get("shared", {}).items():
            if not callable(value):
                setattr(page, field, value)
            elif with_links:
                setattr(page, field, value())

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

    def set_tags(self, page, spec, language):
        for field, value in spec[language].items():
            if is_tag_field(type(page), field):
                getattr(page, field).set(value)

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

    def assign_workflow(self, page, workflow):
        """`workflow` for the page in every language (and, by inheritance, its children)."""
        for translation in page.get_translations(inclusive=True):
            WorkflowPage.objects.update_or_create(page=translation, defaults={"workflow": workflow})
