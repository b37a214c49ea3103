import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from home.content_cache import locale_by_id


class NewsRssFeed(Feed):
    """The latest articles of one news index (one language), optionally of one category."""

    def __init__(self, index_page, length):
        super().__init__()
        self.index_page = index_page
        self.length = length

    def get_object(self, request, *args, **kwargs):
        self.request = request
        articles, self.category = self.index_page.latest_articles(request, self.length)
        return articles

    def title(self, articles):
        if self.category:
            return _("Tknika Hub news: %(category)s") % {"category": self.category.name}
        return _("Tknika Hub news")

    def link(self, articles):
        return self.index_page.get_full_url(self.request)

    def description(self, articles):
        return _(
            "The latest news from Tknika's Department of Innovation applied to strategic settings."
        )

    def feed_url(self, articles):
        return self.request.build_absolute_uri()

    def items(self, articles):
        return articles

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.lead

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_guid(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return timezone.make_aware(
            datetime.datetime.combine(article.publication_date, datetime.time.min)
        )

    def item_updateddate(self, article):
        return article.last_published_at

    def item_categories(self, article):
        return [category.name for category in article.display_categories]

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = locale_by_id(self.index_page.locale_id).language_code
        return feed


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
