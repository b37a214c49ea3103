"""Sub-URLs of routable pages, listed in their app's urls.py as Django lists a site's URLs."""

from django.utils import translation
from django.utils.module_loading import import_string
from wagtail.contrib.routable_page.models import RoutablePageMixin

from .content_cache import locale_by_id


class RoutedPageMixin(RoutablePageMixin):
    """A routable page whose sub-URLs are the list named by `subpage_urls`, e.g.
    "news.urls.index_routes": `path("feed/rss/", views.rss_feed, name="rss")`.

    Each view is called with the page and the request, like a route method. The list is
    named by its dotted path, as settings name a URLconf, and read once the apps are loaded:
    so views import models and models never import views, as elsewhere in Django.
    """

    subpage_urls = None

    @classmethod
    def get_subpage_urls(cls):
        return tuple(import_string(cls.subpage_urls))

    def reverse_subpage(self, name, args=None, kwargs=None):
        # Sub-URLs may be translated: name them in the page's language, whatever the active
        # one (an e-mail sent from a command, a page linking to another language's).
        with translation.override(locale_by_id(self.locale_id).language_code):
            return super().reverse_subpage(name, args=args, kwargs=kwargs)
