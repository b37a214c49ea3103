"""Request handling for the news page's routes: the article list and its feeds."""

from django.core.paginator import Paginator
from django.utils.functional import SimpleLazyObject
from taggit.models import Tag

from home.content_cache import section_page
from home.models import HomePageSection

from .feeds import NewsAtomFeed, NewsRssFeed
from .models import NewsIndexPage, attach_categories

NEWS_PER_PAGE = 12
FEED_LENGTH = 20


def news(index, request):
    news_filter = index.filter_articles(request)
    tag = news_filter.active("tag")

    def articles():
        found = news_filter.qs.prefetch_related("image__renditions")
        found = Paginator(found, NEWS_PER_PAGE).get_page(request.GET.get("page"))
        attach_categories(found, index.locale_id)
        return found

    return index.render(
        request,
        context_overrides={
            "news_filter": news_filter,
            # Read only if the template does not find the list in the cache.
            "articles": SimpleLazyObject(articles),
            "active_category": news_filter.active("category"),
            "active_year": news_filter.active("year"),
            "active_tag": tag and Tag.objects.filter(slug=tag).first(),
        },
    )


def latest_news(request, count=3):
    """The newest articles in the visitor's language, for the home page."""
    index = section_page(NewsIndexPage)
    if not index:
        return None
    articles = attach_categories(list(index.articles()[:count]), index.locale_id)
    return HomePageSection(
        "components/latest_news.html",
        {"index": index, "articles": articles},
        [article.image for article in articles],
    )


def rss_feed(index, request):
    return NewsRssFeed(index, FEED_LENGTH)(request)


def atom_feed(index, request):
    return NewsAtomFeed(index, FEED_LENGTH)(request)
