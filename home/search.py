"""Search in each page's language: one module for the site search, the directory and the
marketplace.

Every findable page (`FindablePageMixin`) has a `SearchEntry`, rewritten whenever the page
is saved live. On PostgreSQL the entry holds a weighted search document built with the text
search configuration of its language (Basque, Spanish or English stemming, accents ignored;
home's migration 0005 creates them), read through a GIN index and ranked by PostgreSQL.
Wagtail's own search backend keeps one configuration for the whole index, so it serves the
admin only. Other databases (SQLite, for development) match every word in the entry's
folded text.
"""

import re
import unicodedata
from functools import cache
from html import escape

from django.contrib.postgres.lookups import TrigramWordSimilar
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import IntegrityError, connection, transaction
from django.db.models import Case, F, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Collate, Concat
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.safestring import mark_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, get_page_models
from wagtail.search import index
from wagtail.search.utils import normalise_query_string

from .models import FindablePageMixin, SearchEntry, SearchTerm
from .query import private_q

# Configurations with `unaccent` before each language's stemmer (see the migration).
SEARCH_CONFIGS = {"eu": "basque_unaccent", "es": "spanish_unaccent", "en": "english_unaccent"}
SUGGESTIONS = 8
SIMILAR_TITLES = 5
SIMILAR_ENOUGH = 0.3  # trigram word similarity
SNIPPET_WORDS = 30
# What lists of results show of an entry (the texts come with snippets).
SHOWN_FIELDS = ("page", "kind", "title", "date")
# ts_headline's markers around the words it highlights: characters no text contains, so the
# rest can be escaped before they become <mark> elements.
START, STOP = "\x02", "\x03"


def is_postgresql():
    return connection.vendor == "postgresql"


@cache
def fold_character(char):
    return (unicodedata.normalize("NFKD", char)[:1].lower() or char)[:1] or char


def fold(text):
    """`text` in lower case without accents, one character for each character of `text`."""
    return "".join(map(fold_character, text))


def words_of(query):
    return re.findall(r"\w+", fold(query))


# Indexing


def searchable_text(page, field):
    value = field.get_value(page)
    if isinstance(value, list | tuple):
        value = " ".join(str(part) for part in value if part)
    return " ".join(str(value or "").split())


def entry_values(page):
    """What the page's search entry holds, from the search fields it declares."""
    summary, body = "", []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        text = searchable_text(page, field)
        if field.field_name == page.search_summary_field:
            summary = text
        elif text:
            body.append(text)
    body = "\n".join(body)
    shown_from, shown_until = page.search_window()
    return {
        "locale_id": page.locale_id,
        "kind": page.search_kind,
        "title": page.title,
        "summary": summary,
        "body": body,
        "folded_title": fold(page.title),
        "folded_text": fold(f"{page.title}\n{summary}\n{body}"),
        "date": getattr(page, page.search_date_field) if page.search_date_field else None,
        "image": getattr(page, page.search_image_field, None),
        "shown_from": shown_from,
        "shown_until": shown_until,
    }


def search_document(language, values=None):
    """The weighted search document of an entry's texts, as an expression to store: of its
    columns, or of `values` (its `entry_values`) for an entry not yet written."""
    config = SEARCH_CONFIGS.get(language, "simple")

    def text(name):
        return Value(values[name]) if values else name

    return (
        SearchVector(text("title"), weight="A", config=config)
        + SearchVector(text("summary"), weight="B", config=config)
        + SearchVector(text("body"), weight="C", config=config)
    )


def index_page(page):
    """Write, or remove, the search entry of a findable page (its specific instance)."""
    if not (page.live and page.is_findable()):
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return
    SearchEntry.objects.update_or_create(page_id=page.pk, defaults=entry_values(page))
    if is_postgresql():
        language = page.locale.language_code
        SearchEntry.objects.filter(page_id=page.pk).update(document=search_document(language))


def index_pages(pages):
    for page in pages.specific():
        index_page(page)


def index_new_pages(pages):
    """Write the entries of new pages (specific instances, with their locales) in one insert:
    for pages added in bulk, which sends no signals."""
    entries = []
    for page in pages:
        if page.live and page.is_findable():
            values = entry_values(page)
            if is_postgresql():
                values["document"] = search_document(page.locale.language_code, values)
            entries.append(SearchEntry(page_id=page.pk, **values))
    SearchEntry.objects.bulk_create(entries)


@receiver(post_save)
def index_saved_page(sender, instance, update_fields=None, **kwargs):
    """Keep the entry in step with the page's live content.

    A save of some fields only (a draft revision, a move) leaves the live texts as they
    are, unless it took the page offline.
    """
    if not isinstance(instance, Page):
        return
    if update_fields is not None:
        if "live" in update_fields and not instance.live:
            SearchEntry.objects.filter(page_id=instance.pk).delete()
        return
    if isinstance(instance, FindablePageMixin):
        index_page(instance)
    elif issubclass(instance.specific_class or Page, FindablePageMixin):
        index_page(instance.specific)


# Searching


def matching(queryset, query, language, path=""):
    """`queryset` narrowed to what matches `query` in `language`, with a `relevance` to order
    it by.

    `path` leads from the queryset's model to its search entry, e.g. "search_entry__" for
    a page type.
    """
    # An alias, not an annotation: a selected rank made PostgreSQL carry every match's
    # document through the sort, to compute the rank again after joining the pages.
    if is_postgresql():
        search_query = SearchQuery(
            query, search_type="websearch", config=SEARCH_CONFIGS.get(language, "simple")
        )
        return queryset.filter(**{f"{path}document": search_query}).alias(
            relevance=SearchRank(F(f"{path}document"), search_query)
        )
    words = words_of(query)
    if not words:
        return queryset.none().alias(relevance=Value(0, output_field=IntegerField()))
    for word in words:
        queryset = queryset.filter(**{f"{path}folded_text__contains": word})
    in_title = Q(**{f"{path}folded_title__contains": " ".join(words)})
    return queryset.alias(
        relevance=Case(When(in_title, then=2), default=1, output_field=IntegerField())
    )


def findable_entries(locale, on=None):
    """The entries the site search shows in `locale` on the day `on` (today by default)."""
    on = on or timezone.localdate()
    return (
        SearchEntry.objects.filter(locale=locale)
        .filter(Q(shown_from__isnull=True) | Q(shown_from__lte=on))
        .filter(Q(shown_until__isnull=True) | Q(shown_until__gte=on))
        .exclude(private_q("page__"))
    )


def suggestions(queryset, query, path=""):
    """Items of `queryset` whose title has a word starting with `query`, those starting
    with it first, by title: what to offer while a visitor types."""
    words = words_of(query)
    if not words or len(query.strip()) < 2:
        return []
    prefix = " ".join(words)
    title = f"{path}folded_title"
    # Titles in the order of their characters' codes, in which those starting with the prefix
    # are read in order from an index on PostgreSQL (home's migration 0006): a handful of rows
    # however many match. Titles with a later word starting with it are found through trigrams
    # and sorted, so they only fill what is left.
    ordered = queryset.alias(
        title_order=Collate(title, "C") if is_postgresql() else F(title)
    ).order_by("title_order")
    found = list(ordered.filter(title_order__startswith=prefix)[:SUGGESTIONS])
    if len(found) < SUGGESTIONS:
        found += ordered.filter(**{f"{title}__contains": f" {prefix}"}).exclude(
            **{f"{title}__startswith": prefix}
        )[: SUGGESTIONS - len(found)]
    return found


def similar_titles(entries, query):
    """Entries whose titles look like `query` misspelt, for a search that found nothing.

    Trigram similarity is PostgreSQL's; elsewhere, titles sharing a word's first letters.
    """
    words = words_of(query)
    if not words:
        return entries.none()
    if is_postgresql():
        folded = " ".join(words)
        # The operator of TrigramWordSimilar finds titles through the trigram index, with this
        # threshold (this connection's).
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('pg_trgm.word_similarity_threshold', %s, false)",
                [str(SIMILAR_ENOUGH)],
            )
        return (
            entries.filter(TrigramWordSimilar(F("folded_title"), folded))
            .alias(similarity=TrigramWordSimilarity(folded, "folded_title"))
            .only(*SHOWN_FIELDS)
            .prefetch_related("page")
            .order_by("-similarity", "title")[:SIMILAR_TITLES]
        )
    starts = Q()
    for word in words:
        if len(word) >= 4:
            starts |= Q(folded_title__contains=word[:4])
    if not starts:
        return entries.none()
    return (
        entries.filter(starts)
        .only(*SHOWN_FIELDS)
        .prefetch_related("page")
        .order_by("title")[:SIMILAR_TITLES]
    )


def with_snippets(entries, query, language):
    """Set `snippet` on each of `entries`: its texts around the searched words, marked."""
    entries = list(entries)
    if is_postgresql() and entries:
        config = SEARCH_CONFIGS.get(language, "simple")
        headlines = dict(
            SearchEntry.objects.filter(pk__in=[entry.pk for entry in entries])
            .annotate(
                headline=SearchHeadline(
                    Concat("summary", Value(" — "), "body", output_field=TextField()),
                    SearchQuery(query, search_type="websearch", config=config),
                    config=config,
                    start_sel=START,
                    stop_sel=STOP,
                    max_words=SNIPPET_WORDS,
                    min_words=SNIPPET_WORDS // 2,
                    max_fragments=2,
                    fragment_delimiter=" … ",
                )
            )
            .values_list("pk", "headline")
        )
        for entry in entries:
            entry.snippet = marked(headlines.get(entry.pk, ""))
    elif entries:
        texts = SearchEntry.objects.filter(pk__in=[entry.pk for entry in entries]).values_list(
            "pk", "summary", "body"
        )
        excerpts = {
            pk: excerpt(f"{summary} — {body}", words_of(query)) for pk, summary, body in texts
        }
        for entry in entries:
            entry.snippet = marked(excerpts[entry.pk])
    return entries


def marked(headline):
    text = escape(headline).replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(text)  # noqa: S308  (escaped above; only our own markers became tags)


def excerpt(text, words, length=SNIPPET_WORDS * 7):
    """Where databases have no ts_headline: the text from just before the first searched word,
    with the searched words between the markers."""
    folded = fold(text)
    positions = [folded.find(word) for word in words if folded.find(word) >= 0]
    start = max(0, min(positions) - length // 4) if positions else 0
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = start + length
    shown, folded_shown = text[start:end], folded[start:end]
    if words:
        pattern = re.compile("|".join(re.escape(word) for word in sorted(words, key=len)[::-1]))
        pieces, last = [], 0
        for found in pattern.finditer(folded_shown):
            pieces += [shown[last : found.start()], START, shown[found.start() : found.end()], STOP]
            last = found.end()
        shown = "".join([*pieces, shown[last:]])
    return ("… " if start else "") + shown + (" …" if end < len(text) else "")


# What visitors search for


def promoted_pages(query, locale):
    """The pages in `locale` that editors pinned for `query`, in their order, while visitors
    may see them: live and public, and, for a page type the search finds, findable today."""
    picks = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query),
            page__locale=locale,
            page__live=True,
        )
        .exclude(private_q("page__"))
        .select_related("page")
        .order_by("sort_order")
    )
    findable = set(
        findable_entries(locale)
        .filter(page__in=[pick.page for pick in picks])
        .values_list("page_id", flat=True)
    )
    return [
        (pick.page, pick.description or pick.page.search_description)
        for pick in picks
        if pick.page_id in findable
        or not issubclass(pick.page.specific_class or Page, FindablePageMixin)
    ]


def record_search(query, locale, result_count):
    """Count a search in the report of search terms, and whether it found anything."""
    query = normalise_query_string(query)[: SearchTerm._meta.get_field("query").max_length]
    day = timezone.localdate()
    counts = {"searches": F("searches") + 1}
    if not result_count:
        counts["searches_without_results"] = F("searches_without_results") + 1
    term = SearchTerm.objects.filter(date=day, locale=locale, query=query)
    if term.update(**counts):
        return
    try:
        with transaction.atomic():
            SearchTerm.objects.create(
                date=day,
                locale=locale,
                query=query,
                searches=1,
                searches_without_results=int(not result_count),
            )
    except IntegrityError:  # another request counted the first search of the day
        term.update(**counts)


def fallback_pages(locale):
    """The pages to offer when a search finds nothing: those of page types that say so."""
    page_types = [
        model
        for model in get_page_models()
        if getattr(model, "offered_when_search_finds_nothing", False)
    ]
    return Page.objects.live().public().filter(locale=locale).type(*page_types).order_by("path")


def index_all(only_missing=False):
    """Write the entry of every live findable page (only of those without one, if asked)."""
    for model in get_page_models():
        if not issubclass(model, FindablePageMixin):
            continue
        pages = model.objects.live().select_related("locale")
        if only_missing:
            pages = pages.filter(search_entry__isnull=True)
        for page in pages.iterator():
            index_page(page)
