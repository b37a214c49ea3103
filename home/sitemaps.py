from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .query import private_q


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap across every language tree, each URL listing its translations."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        # As their own types, with the fields every page has (one query); see `_urls`.
        return (
            Page.objects.filter(in_any_tree)
            .live()
            .exclude(private_q())
            .order_by("path")
            .specific(defer=True)
        )

    def _urls(self, page, protocol, domain):
        pages = read_whole(list(self.paginator.page(page).object_list))
        alternates = self._alternates(pages)
        urls = []
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                url_info["alternates"] = alternates[item.translation_key]
                urls.append(url_info)
        lastmods = [url.get("lastmod") for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def _alternates(self, pages):
        keys = {page.translation_key for page in pages}
        by_key = defaultdict(list)
        translations = (
            Page.objects.filter(translation_key__in=keys)
            .live()
            .exclude(private_q())
            .select_related("locale")
            .order_by("path")
        )
        for translation in translations:
            by_key[translation.translation_key].append(
                {
                    "lang_code": translation.locale.language_code,
                    "location": translation.get_full_url(self.request),
                }
            )
        for links in by_key.values():
            default = next(
                (link for link in links if link["lang_code"] == settings.LANGUAGE_CODE), None
            )
            if default:
                links.append({"lang_code": "x-default", "location": default["location"]})
        return by_key


def read_whole(pages):
    """`pages`, read whole where their type makes its own sitemap entries (from fields of its
    own, and from `sitemap_related`): one query for each such type."""
    pks_by_type = defaultdict(list)
    for page in pages:
        if type(page).get_sitemap_urls is not Page.get_sitemap_urls:
            pks_by_type[type(page)].append(page.pk)
    whole = {}
    for model, pks in pks_by_type.items():
        related = getattr(model, "sitemap_related", ())
        whole.update(model.objects.select_related(*related).in_bulk(pks))
    return [whole.get(page.pk, page) for page in pages]
