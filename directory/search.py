"""Full-text search of companies in the language of their page.

On PostgreSQL each company stores its search document (a tsvector built with the language's
text-search configuration) in an indexed column, so a search reads the GIN index instead of
parsing every profile. Other databases use Wagtail's search backend.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Value

from home.filters import ranked_search

# Stemming for Spanish and English; PostgreSQL has no Basque configuration.
SEARCH_CONFIGS = {"es": "spanish", "en": "english", "eu": "simple"}


def search_document(language, *, title, tagline, services, description, town):
    """The weighted tsvector of a company's texts, as an expression to store."""
    config = SEARCH_CONFIGS.get(language, "simple")

    def weighted(text, weight):
        return SearchVector(Value(text or ""), weight=weight, config=config)

    return (
        weighted(title, "A")
        + weighted(f"{tagline} {services}", "B")
        + weighted(f"{description} {town}", "C")
    )


def search_companies(queryset, query, locale):
    """Companies of `queryset` matching `query`, annotated with a `relevance` to sort by."""
    if connection.vendor != "postgresql":
        searchable = queryset.model.objects.live().filter(
            locale_id=locale.pk, status=queryset.model.Status.ACTIVE
        )
        return ranked_search(queryset, searchable, query)
    config = SEARCH_CONFIGS.get(locale.language_code, "simple")
    search_query = SearchQuery(query, search_type="websearch", config=config)
    return queryset.filter(search_document=search_query).annotate(
        relevance=SearchRank(F("search_document"), search_query)
    )
