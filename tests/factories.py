"""Builders of the few objects a test needs, saved beside the demo content.

Each takes keyword overrides for its fields and returns a saved object; translated content is
built in Basque (the source language) and translated with wagtail-localize, as editors and the
demo do. Slugs and user names carry a counter, so they never meet the demo's.
"""

import datetime
import itertools
from functools import partial

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale

from directory.models import CompanyPage, DirectoryIndexPage, Representative, Sector
from events.models import Audience, EventIndexPage, EventPage
from home.rich_text import as_editor_saves
from home.translation import translate_with_texts
from marketplace.models import ListingCategory, ListingPage, MarketplaceIndexPage
from news.models import NewsCategory, NewsIndexPage, NewsPage

PASSWORD = "factory-password-7"  # noqa: S105 (a test password)
SOURCE = "eu"

_numbers = itertools.count(1)


def unique(prefix):
    return f"{prefix}-test-{next(_numbers)}"


def locale(language):
    return Locale.objects.get(language_code=language)


def in_language(item, language):
    """`item`'s translation in `language`."""
    translation = item.get_translation(locale(language))
    return getattr(translation, "specific", translation)


def translate(source, texts, finish=None):
    """Translate `source` into each language of `texts` ({language: {field: value}});
    strings without a text keep the source's."""

    def fill(target, fields):
        for name, value in fields.items():
            setattr(target, name, value)

    fills = {locale(language): partial(fill, fields=fields) for language, fields in texts.items()}
    translate_with_texts(source, fills, complete=False, finish=finish)


# Taxonomies ---------------------------------------------------------------------------------


def _term(model, names, **fields):
    slug = fields.pop("slug", None) or unique(model._meta.model_name)
    names = {"eu": f"{slug} eu", "es": f"{slug} es", "en": f"{slug} en", **(names or {})}
    term = model.objects.create(locale=locale(SOURCE), slug=slug, name=names[SOURCE], **fields)
    translate(term, {language: {"name": names[language]} for language in ("es", "en")})
    return term


def news_category(names=None, **fields):
    """A news category in Basque, translated; `names` by language."""
    return _term(NewsCategory, names, **fields)


def sector(names=None, **fields):
    return _term(Sector, names, **fields)


def listing_category(names=None, **fields):
    return _term(ListingCategory, names, **fields)


def audience(names=None, **fields):
    return _term(Audience, names, **fields)


# Pages --------------------------------------------------------------------------------------


def _publish(parent, page, **relations):
    """`page` published under `parent`, with its many-to-many `relations` and tags."""
    for name, value in relations.items():
        getattr(page, name).set(value)
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def news_article(language=SOURCE, translations=None, categories=(), **fields):
    """A published article under the news page of `language`; `translations` gives texts by
    language ({"es": {"title": …}}) for translations of a Basque article."""
    slug = fields.pop("slug", None) or unique("article")
    page = NewsPage(
        title=fields.pop("title", f"Article {slug}"),
        slug=slug,
        lead=fields.pop("lead", "A lead."),
        publication_date=fields.pop("publication_date", datetime.date(2026, 1, 15)),
        **fields,
    )
    index = NewsIndexPage.objects.get(locale__language_code=language)
    article = _publish(index, page, categories=categories)
    if translations:
        translate(article, translations)
    return article


def event(language=SOURCE, translations=None, programmes=(), audiences=(), **fields):
    """A published event under the agenda of `language`, in ten days unless told; `translations`
    gives texts by language for translations of a Basque event."""
    slug = fields.pop("slug", None) or unique("event")
    page = EventPage(
        title=fields.pop("title", f"Event {slug}"),
        slug=slug,
        summary=fields.pop("summary", "A summary."),
        start_date=fields.pop("start_date", timezone.localdate() + datetime.timedelta(days=10)),
        **fields,
    )
    index = EventIndexPage.objects.get(locale__language_code=language)
    event = _publish(index, page, programmes=programmes, audiences=audiences)
    if translations:
        translate(event, translations)
    return event


DESCRIPTION_FEATURES = CompanyPage.description.field.features
COMPANY_TEXTS = {
    "eu": {
        "tagline": "Zehaztasun handiko piezak",
        "description": "<p><b>Mikromekanizazioa</b> industriarako.</p><ul><li>Tornua</li></ul>",
        "services": ["Mikrotornua", "Fresaketa"],
    },
    "es": {
        "tagline": "Piezas de alta precisión",
        "description": "<p><b>Micromecanizado</b> para la industria.</p><ul><li>Torno</li></ul>",
        "services": ["Microtorneado", "Fresado"],
    },
    "en": {
        "tagline": "High-precision parts",
        "description": "<p><b>Micromachining</b> for industry.</p><ul><li>Lathe</li></ul>",
        "services": ["Micro-turning", "Milling"],
    },
}


def company(texts=None, sectors=None, **fields):
    """A published company in Basque with its Spanish and English translations.

    `texts` overrides COMPANY_TEXTS by language; `sectors` are Basque sectors (a new one by
    default); other keywords set shared fields such as `town` or `website`.
    """
    texts = {
        language: {**defaults, **(texts or {}).get(language, {})}
        for language, defaults in COMPANY_TEXTS.items()
    }
    slug = fields.pop("slug", None) or unique("company")
    title = fields.pop("title", slug.replace("-", " ").title())
    page_texts = {
        language: {
            "title": title,
            "slug": slug,
            "tagline": language_texts["tagline"],
            # Stored as the admin's editor saves it, as the demo and the portal do.
            "description": as_editor_saves(language_texts["description"], DESCRIPTION_FEATURES),
        }
        for language, language_texts in texts.items()
    }
    page = CompanyPage(
        **page_texts[SOURCE],
        **{"territory": "gipuzkoa", "town": "Eibar", "website": "https://example.org", **fields},
    )
    if sectors is None:
        sectors = [sector()]
    index = DirectoryIndexPage.objects.get(locale__language_code=SOURCE)
    page = _publish(index, page, sectors=sectors, services=texts[SOURCE]["services"])

    def set_services(translated, target):
        translated.services.set(texts[target.language_code]["services"])

    translate(
        page,
        {language: page_texts[language] for language in ("es", "en")},
        finish=set_services,
    )
    return CompanyPage.objects.get(pk=page.pk)


def listing(company_page=None, language=SOURCE, category=None, translations=None, **fields):
    """A published, open listing of `company_page` (a new company by default) in the
    marketplace of `language`; `translations` as for news_article."""
    company_page = company_page or company()
    category = category or listing_category()
    slug = fields.pop("slug", None) or unique("listing")
    today = timezone.localdate()
    page = ListingPage(
        title=fields.pop("title", f"Listing {slug}"),
        slug=slug,
        company=in_language(company_page, language),
        category=in_language(category, language),
        summary=fields.pop("summary", "A summary."),
        valid_from=fields.pop("valid_from", today),
        valid_until=fields.pop("valid_until", today + datetime.timedelta(days=30)),
        contact_email=fields.pop("contact_email", "listing@example.org"),
        **fields,
    )
    index = MarketplaceIndexPage.objects.get(locale__language_code=language)
    page = _publish(index, page)
    if translations:
        translate(page, translations)
    return page


# People -------------------------------------------------------------------------------------


def user(**fields):
    username = fields.pop("username", None) or unique("user")
    return get_user_model().objects.create_user(
        username=username,
        email=fields.pop("email", f"{username}@example.org"),
        password=fields.pop("password", PASSWORD),
        **fields,
    )


def representative(company_page=None, **fields):
    """A user who represents `company_page` (a new company by default) in the member portal."""
    person = user(**fields)
    Representative.objects.create(user=person, company=company_page or company())
    return person


def staff(group, **fields):
    """A member of the demo's "Editors" or "Moderators" group."""
    person = user(**fields)
    person.groups.add(Group.objects.get(name=group))
    return person


def editor(**fields):
    return staff("Editors", **fields)


def moderator(**fields):
    return staff("Moderators", **fields)


def enquiry_data(**overrides):
    """What a visitor types in a listing's enquiry form (honeypot left empty)."""
    return {
        "name": "Miren Etxeberria",
        "email": "miren@enpresa.example",
        "organisation": "Enpresa Txikia",
        "message": "Kaixo! Zuen eskaintzan interesa dugu.",
        "consent": "on",
        "website": "",
        **overrides,
    }


def registration_data(**overrides):
    """What a visitor types in an event's registration form (honeypot left empty)."""
    return {
        "name": "Ane Goikoetxea",
        "email": "ane@ikastetxea.example",
        "organisation": "Ikastetxe Txikia",
        "company": "",
        "consent": "on",
        "website": "",
        **overrides,
    }
