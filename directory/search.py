"""Full-text search of companies in the language of their page.

On PostgreSQL each company stores its search document (a tsvector built with the language's
text-search configuration) in an indexed column, so a search reads the GIN index instead of
parsing every profile. Other databases (SQLite, for development) match each word in the
texts: Wagtail's database backend ranks matches there in queries that take seconds once the
directory has thousands of companies.
"""

from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When

SEARCHED_FIELDS = ("title", "tagline", "services_text", "description", "town")

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
        for word in query.split():
            queryset = queryset.filter(
                reduce(or_, (Q(**{f"{field}__icontains": word}) for field in SEARCHED_FIELDS))
            )
        return queryset.annotate(
            relevance=Case(
                When(title__icontains=query, then=3),
                When(tagline__icontains=query, then=2),
                When(services_text__icontains=query, then=1),
                default=0,
                output_field=IntegerField(),
            )
        )
    config = SEARCH_CONFIGS.get(locale.language_code, "simple")
    search_query = SearchQuery(query, search_type="websearch", config=config)
    return queryset.filter(search_document=search_query).annotate(
        relevance=SearchRank(F("search_document"), search_query)
    )
