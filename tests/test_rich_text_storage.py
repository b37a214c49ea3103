"""Rich text is stored exactly as the admin's editor saves it, so translations survive edits."""

import csv
import io
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.blocks import ListBlock, RichTextBlock, StreamBlock, StructBlock
from wagtail.blocks.base import BlockField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.models import TranslationSource

from directory.models import CompanyPage
from home.rich_text import as_editor_saves, from_plain_text
from marketplace.models import ListingPage

EXAMPLE = Path(settings.BASE_DIR) / "directory" / "import_example.csv"
FAQ_FEATURES = ["bold", "italic", "link", "ul"]
KEY = r' data-block-key="[a-z0-9]{5}"'


def editor_round_trip(widget, html):
    """What the admin stores when an editor opens `html` in `widget` and saves it unchanged."""
    return widget.value_from_datadict({"html": widget.format_value(html)}, {}, "html")


def rich_texts_in_blocks(path, block, value):
    if isinstance(block, RichTextBlock):
        yield path, block.field.widget, value.source
    elif isinstance(block, StreamBlock):
        for child in value:
            yield from rich_texts_in_blocks(f"{path}.{child.block_type}", child.block, child.value)
    elif isinstance(block, ListBlock):
        for item in value:
            yield from rich_texts_in_blocks(path, block.child_block, item)
    elif isinstance(block, StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from rich_texts_in_blocks(f"{path}.{name}", child_block, value[name])


def rich_texts(page):
    """(where, the admin's editor widget for it, stored HTML) for every rich text of a page."""
    for field in type(page)._meta.get_fields():
        if isinstance(field, RichTextField):
            yield field.name, field.formfield().widget, getattr(page, field.name)
        elif isinstance(field, StreamField):
            value = getattr(page, field.name)
            yield from rich_texts_in_blocks(field.name, field.stream_block, value)


def block_form_data(block, value, prefix):
    """A StreamField's blocks as the admin's JavaScript posts them."""
    if isinstance(block, StreamBlock | ListBlock):
        children = (
            [(child.block, child.value, child.id, child.block_type) for child in value]
            if isinstance(block, StreamBlock)
            else [(block.child_block, item.value, item.id, None) for item in value.bound_blocks]
        )
        data = {f"{prefix}-count": len(children)}
        for index, (child_block, child_value, child_id, block_type) in enumerate(children):
            data |= {
                f"{prefix}-{index}-id": child_id,
                f"{prefix}-{index}-deleted": "",
                f"{prefix}-{index}-order": index,
            }
            if block_type:
                data[f"{prefix}-{index}-type"] = block_type
            data |= block_form_data(child_block, child_value, f"{prefix}-{index}-value")
        return data
    if isinstance(block, StructBlock):
        data = {}
        for name, child_block in block.child_blocks.items():
            data |= block_form_data(child_block, value[name], f"{prefix}-{name}")
        return data
    state = block.get_form_state(value)
    # A chooser shows the chosen object's title and thumbnail but posts only its id.
    return {prefix: state["id"] if isinstance(state, dict) else ("" if state is None else state)}


def admin_form_data(response):
    """The admin edit form as the browser posts it unchanged."""
    data = dict(querydict_from_html(response.text, form_id="page-edit-form").lists())
    form = response.context["form"]
    for name, field in form.fields.items():
        if isinstance(field, BlockField):
            data |= block_form_data(field.block, form[name].value(), name)
    return data


def portal_form_data(response, field):
    """The portal's form (the one holding `field`) as the browser posts it unchanged."""
    forms = response.text.count("<form")
    data = next(
        data
        for index in range(forms)
        if field in (data := dict(querydict_from_html(response.text, form_index=index).lists()))
    )
    data[field] = data[field][0]
    return data


def portal_url(name, *args):
    with translation.override("en"):
        return reverse(f"members:{name}", args=args)


def sign_in_representative(client, company):
    cache.clear()  # sign-in throttles live in the cache
    client.force_login(get_user_model().objects.get(username=f"rep-{company.slug}"))


# The conversion ------------------------------------------------------------------------------


def test_formatting_is_stored_as_the_editor_saves_it():
    html = "<p><strong>Who:</strong> students and <em>alumni</em>.</p><ul><li>One</li></ul>"
    stored = as_editor_saves(html, FAQ_FEATURES)
    assert re.fullmatch(
        f"<p{KEY}><b>Who:</b> students and <i>alumni</i>.</p><ul><li{KEY}>One</li></ul>", stored
    )
    assert editor_round_trip(get_rich_text_editor_widget(features=FAQ_FEATURES), stored) == stored
    assert as_editor_saves(stored, FAQ_FEATURES) == stored


def test_the_same_text_is_stored_the_same_way_every_time():
    html = "<p>Same text.</p><p>Same text.</p>"
    stored = as_editor_saves(html, FAQ_FEATURES)
    assert stored == as_editor_saves(html, FAQ_FEATURES)
    first, second = re.findall(r'data-block-key="(\w+)"', stored)
    assert first != second  # the editor tells paragraphs apart by their keys


def test_stored_keys_are_kept_and_a_repeated_key_is_replaced():
    html = '<p data-block-key="k1abc">Kept.</p><p data-block-key="k1abc">Copied.</p>'
    stored = as_editor_saves(html, FAQ_FEATURES)
    assert stored.startswith('<p data-block-key="k1abc">Kept.</p>')
    assert stored.count("k1abc") == 1


def test_only_the_fields_features_are_kept_and_an_empty_text_stays_empty():
    assert re.fullmatch(f"<p{KEY}>Heading</p>", as_editor_saves("<h3>Heading</h3>", ["bold"]))
    assert as_editor_saves("  ", FAQ_FEATURES) == ""


def test_text_typed_in_the_portal_is_stored_as_text_never_as_markup():
    typed = '<script>alert(1)</script> <a href="javascript:alert(2)">x</a>\n\n**Second**'
    stored = from_plain_text(typed, "", features=FAQ_FEATURES)
    assert "<script" not in stored and "<a" not in stored
    assert re.fullmatch(f"<p{KEY}>&lt;script&gt;.*</p><p{KEY}>\\*\\*Second\\*\\*</p>", stored)


# The demo content ----------------------------------------------------------------------------


def test_every_seeded_rich_text_is_stored_as_the_editor_saves_it(db):
    checked, formatted, languages, changed = 0, 0, set(), []
    for page in Page.objects.select_related("locale").specific():
        for path, widget, html in rich_texts(page):
            if not html.strip():
                continue  # an empty editor saves nothing
            checked += 1
            formatted += "<b>" in html
            languages.add(page.locale.language_code)
            if editor_round_trip(widget, html) != html:
                changed.append(f"{page.locale.language_code} {page.url_path} {path}")
    assert languages == {"eu", "es", "en"}
    assert checked > 100 and formatted > 10
    assert changed == []


def test_saving_the_tkgune_page_unchanged_keeps_every_translation(client, pages):
    page = pages["tkgune"]["eu"]
    assert "<b>" in str(page.body.raw_data)  # the texts that lost their translations
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    before = {t.target_locale.language_code: t.get_progress() for t in source.translations.all()}
    assert set(before) == {"es", "en"}
    editor = get_user_model().objects.get(username="editor")
    client.force_login(editor)
    url = f"/admin/pages/{page.pk}/edit/"
    data = admin_form_data(client.get(url))
    assert data["body-count"] == len(page.body)  # the blocks are sent, not left out
    response = client.post(url, {**data, "action-publish": "action-publish"})
    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    assert page.live_revision.user == editor

    source.update_from_db()
    after = {t.target_locale.language_code: t.get_progress() for t in source.translations.all()}
    assert after == before


# The member portal and the import ------------------------------------------------------------


def test_a_company_description_edited_in_the_portal_is_stored_as_the_editor_saves_it(client, db):
    company = CompanyPage.objects.filter(
        locale__language_code="eu", description__contains="<b>"
    ).first()
    stored = company.description
    sign_in_representative(client, company)
    url = portal_url("edit_profile", company.pk)
    data = portal_form_data(client.get(url), "description_eu")
    data["description_eu"] += "\r\n\r\nA paragraph added in the portal."
    assert client.post(url, data).status_code == 302

    company.refresh_from_db()
    draft = company.get_latest_revision_as_object().description
    assert draft.startswith(stored)  # the bold paragraphs as they were, keys and all
    assert re.search(f"<p{KEY}>A paragraph added in the portal.</p>$", draft)
    widget = CompanyPage.description.field.formfield().widget
    assert editor_round_trip(widget, draft) == draft


def test_a_listing_description_edited_in_the_portal_is_stored_as_the_editor_saves_it(client, db):
    listing = ListingPage.objects.filter(
        live=True, description__contains="<b>", valid_until__gte=timezone.localdate()
    ).first()
    stored = listing.description
    sign_in_representative(client, listing.company)
    url = portal_url("edit_listing", listing.pk)
    data = portal_form_data(client.get(url), "description_text")
    data["description_text"] += "\r\n\r\nA paragraph added in the portal."
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors

    listing.refresh_from_db()
    draft = listing.get_latest_revision_as_object().description
    assert draft.startswith(stored)
    assert re.search(f"<p{KEY}>A paragraph added in the portal.</p>$", draft)
    widget = ListingPage.description.field.formfield().widget
    assert editor_round_trip(widget, draft) == draft


def test_imported_descriptions_are_stored_as_the_editor_saves_them_and_stay_on_reimport(db):
    with EXAMPLE.open(encoding="utf-8") as file:
        slugs = [row["slug"] for row in csv.DictReader(file)]

    def descriptions():
        call_command("import_companies", str(EXAMPLE), stdout=io.StringIO())
        return {
            (company.slug, company.locale.language_code): company.description
            for company in CompanyPage.objects.filter(slug__in=slugs).select_related("locale")
        }

    imported = descriptions()
    assert len(imported) == 3 * len(slugs)
    widget = CompanyPage.description.field.formfield().widget
    for html in imported.values():
        assert re.match(f"<p{KEY}>", html)
        assert editor_round_trip(widget, html) == html
    assert descriptions() == imported
