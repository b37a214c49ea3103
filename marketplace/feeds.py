from django.contrib.syndication.views import Feed
from django.utils.translation import gettext as _

from home.content_cache import locale_by_id

from .models import attach_display_fields

FEED_LENGTH = 30


class ListingFeed(Feed):
    """The newest open listings of one marketplace (one language), with the page's filters
    (`found`, the marketplace's ListingFilter for the request).

    Any filtered view of the marketplace links to its own feed, e.g. new offers of
    facilities in Gipuzkoa.
    """

    def __init__(self, index_page, found):
        super().__init__()
        self.index_page = index_page
        self.found = found

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.filters = self.found.active_labels()
        newest = self.found.qs.order_by(*self.found.SORTS["newest"]).for_cards()
        return attach_display_fields(newest[:FEED_LENGTH], self.index_page.locale_id)

    def title(self, listings):
        if self.filters:
            return _("Tknika Hub marketplace: %(filters)s") % {"filters": ", ".join(self.filters)}
        return _("Tknika Hub marketplace")

    def link(self, listings):
        query = self.request.GET.urlencode()
        return self.index_page.get_full_url(self.request) + (f"?{query}" if query else "")

    def description(self, listings):
        return _("New offers and requests of the Urratsbat community's companies.")

    def feed_url(self, listings):
        return self.request.build_absolute_uri()

    def items(self, listings):
        return listings

    def item_title(self, listing):
        return _("%(kind)s: %(title)s") % {
            "kind": listing.get_kind_display(),
            "title": listing.title,
        }

    def item_description(self, listing):
        return listing.summary

    def item_link(self, listing):
        return listing.get_full_url(self.request)

    def item_pubdate(self, listing):
        return listing.first_published_at

    def item_updateddate(self, listing):
        return listing.last_published_at

    def item_author_name(self, listing):
        return listing.display_company.title if listing.display_company else None

    def item_categories(self, listing):
        return [listing.display_category.name] if listing.display_category else []

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = locale_by_id(self.index_page.locale_id).language_code
        return feed
