"""Translate content through wagtail-localize from texts already written in each language.

The texts are paired with the source's strings segment by segment and stored in
wagtail-localize's translation memory, so editors then see every string as translated and can
keep editing the translation in its translation editor, as if a translator had typed it there.
Used by the demo content and by the company import.

The receivers below keep translations in step with their sources as editors work: a published
source updates what translators see, and a translated page gets a slug in its own language.
"""

import json
from collections import Counter, defaultdict

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, TranslatableMixin
from wagtail.signals import page_published
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class MissingText(ValueError):
    pass


def translate_with_texts(
    source_object, fills, *, user=None, complete=True, finish=None, fields=None
):
    """Create or update the translations of `source_object`, one per locale in `fills`.

    `fills[locale](instance)` sets that language's texts on a copy of the source; `complete`
    demands a text for every string (else missing ones keep the source text); `finish(page,
    locale)` may change a translated page before it is published. With `fields[locale]`, only
    the strings of those fields are taken from the fill: the others keep what translators
    wrote, or wait for them.
    """
    source, created = TranslationSource.get_or_create_from_instance(source_object)
    if not created:
        source.update_from_db()
    for locale, fill in fills.items():
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        paired = fields.get(locale) if fields is not None else None
        translation.import_po(
            _paired_po(translation, source_object, fill, complete, paired),
            user=user,
            translation_type="manual",
        )
        # Pages are published here rather than when the transaction commits, so that a
        # caller's transaction holds the whole change and `finish` adds to the same revision.
        is_page = isinstance(source_object, Page)
        source.create_or_update_translation(
            locale, user=user, publish=not is_page, copy_parent_pages=True, fallback=True
        )
        if is_page:
            translated = source_object.get_translation(locale).specific
            if finish:
                finish(translated, locale)
            translated.save_revision(user=user).publish(user=user)


def _paired_po(translation, source_object, fill, complete, fields=None):
    """The translation's PO file with each string's text (of `fields`, or of every field)
    taken from a filled-in copy."""
    target = type(source_object).objects.get(pk=source_object.pk)
    fill(target)
    texts = defaultdict(list)
    for segment in extract_segments(target):
        if isinstance(segment, StringSegmentValue):
            texts[segment.path].append(segment.string.data)
    po = translation.export_po()
    seen = Counter()
    for entry in po:
        if entry.obsolete or (fields is not None and entry.msgctxt.split(".")[0] not in fields):
            continue
        candidates = texts.get(entry.msgctxt, [])
        if seen[entry.msgctxt] < len(candidates):
            entry.msgstr = candidates[seen[entry.msgctxt]]
        elif complete:
            raise MissingText(
                f"“{source_object}” has no {translation.target_locale} text for “{entry.msgctxt}”"
            )
        seen[entry.msgctxt] += 1
    return po


@receiver(page_published)
def update_source_on_publish(sender, instance, **kwargs):
    """Give translators what a source page now says: its translations then show as out of
    date, with every string already translated kept, until a translator publishes them."""
    update_source(instance)


@receiver(post_save)
def update_source_on_save(sender, instance, raw=False, **kwargs):
    """Snippets have no publishing: saving one in its source language is what changes it."""
    if raw or isinstance(instance, Page) or not isinstance(instance, TranslatableMixin):
        return
    update_source(instance)


def update_source(instance):
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None:
        return
    before, changed_at = translated_content(source), source.last_updated_at
    source.update_from_db()
    if translated_content(source) == before:
        # Published again unchanged: its translations are as up to date as they were.
        TranslationSource.objects.filter(pk=source.pk).update(last_updated_at=changed_at)


def translated_content(source):
    """What of a source its translations are made from: its translated and synchronised
    fields (not, say, its publishing dates)."""
    model = source.specific_content_type.model_class()
    fields = {field.field_name for field in get_translatable_fields(model)}
    content = json.loads(source.content_json)
    return {name: value for name, value in content.items() if name in fields}


@receiver(pre_save)
def slug_from_translated_title(sender, instance, raw=False, update_fields=None, **kwargs):
    """A translated page whose slug no translator has set gets one from its own title, so
    that its address reads in its language. The slug is recorded as the slug string's
    translation: the translation editor then shows it (editable) and nothing as missing."""
    if raw or update_fields is not None or not isinstance(instance, Page) or not instance.pk:
        return
    source = (
        TranslationSource.objects.filter(object_id=instance.translation_key)
        .exclude(locale_id=instance.locale_id)
        .first()
    )
    segment = source and source.stringsegment_set.filter(context__path="slug").first()
    # Only while the page still has the source's slug and a title of its own.
    if (
        segment is None
        or instance.slug != segment.string.data
        or instance.title == source.object_repr
    ):
        return
    translated, created = StringTranslation.objects.get_or_create(
        translation_of_id=segment.string_id,
        context_id=segment.context_id,
        locale_id=instance.locale_id,
        defaults={
            "data": find_available_slug(
                instance.get_parent(), slugify(instance.title, allow_unicode=True), instance.pk
            ),
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
        },
    )
    if created:
        instance.slug = translated.data
