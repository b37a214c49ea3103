"""Objects in the reader's language.

wagtail-localize keeps a translation's synchronised relations (an article's categories, a
company's sectors, a footer's links, …) pointing at the objects chosen on the source page,
in the source's language. These helpers find the same objects in another language by their
translation key. `locale` is a Locale, a locale's id or a language code.
"""

from django.db.models import OuterRef, QuerySet, Subquery
from django.utils.translation import get_language
from wagtail.models import Page


def _in_locale(locale):
    if isinstance(locale, str):
        return {"locale__language_code": locale}
    if isinstance(locale, int):
        return {"locale_id": locale}
    return {"locale": locale}


def localized(page):
    """`page` in the active language, where it is live in it, else `page`: Wagtail's
    `page.localized`, in one query instead of two."""
    translations = Page.objects.live().filter(
        translation_key=page.translation_key, locale__language_code=get_language()
    )
    return translations.first() or page


def same_language(queryset, objects, locale):
    """`queryset` narrowed to the versions in `locale` of `objects` (of any language); a
    queryset of objects is read in the same query."""
    if isinstance(objects, QuerySet):
        keys = objects.values("translation_key")
    else:
        keys = {obj.translation_key for obj in objects}
    return queryset.filter(translation_key__in=keys, **_in_locale(locale))


def translator(queryset, locale, objects=None):
    """A function giving an object its version in `locale` among `queryset`, or the object
    itself where there is none. One query fetches the versions of `objects`, or every object
    of `queryset` in `locale` when `objects` is not given."""
    if objects is not None:
        queryset = same_language(queryset, objects, locale)
    else:
        queryset = queryset.filter(**_in_locale(locale))
    found = {obj.translation_key: obj for obj in queryset}
    return lambda obj: found.get(obj.translation_key, obj)


def in_language(objects, locale, queryset, *, keep_untranslated=True):
    """`objects` (of any language) in `locale`, in their order and in one query: each one's
    version there among `queryset`, else the object itself, or nothing without
    `keep_untranslated`."""
    objects = list(objects)
    if not objects:
        return []
    found = {obj.translation_key: obj for obj in same_language(queryset, objects, locale)}
    if keep_untranslated:
        return [found.get(obj.translation_key, obj) for obj in objects]
    return [found[obj.translation_key] for obj in objects if obj.translation_key in found]


def pages_in_language(ids, locale, queryset):
    """The pages of `queryset` in `locale` that translate the pages `ids` (of any language),
    in their order, in one query; pages without a translation there are left out."""
    chosen = Page.objects.filter(pk__in=ids)
    found = queryset.filter(
        translation_key__in=chosen.values("translation_key"), **_in_locale(locale)
    ).annotate(
        chosen_id=Subquery(
            chosen.filter(translation_key=OuterRef("translation_key")).values("pk")[:1]
        )
    )
    by_chosen = {page.chosen_id: page for page in found}
    return [by_chosen[pk] for pk in ids if pk in by_chosen]


def prefer_language(objects, language):
    """One object per translation key among `objects`, without a query: the one in
    `language` where there is one, else the first met (give them with their locale fetched)."""
    chosen = {}
    for item in objects:
        if item.translation_key not in chosen or item.locale.language_code == language:
            chosen[item.translation_key] = item
    return list(chosen.values())
