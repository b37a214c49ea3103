import hashlib
import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Page, Site
from wagtail.templatetags.wagtailcore_tags import richtext

from home.content_cache import cached, section_page
from home.models import Footer, SearchPage
from home.rich_text import sanitise

register = template.Library()

# As Django's json_script: nothing in the data can close the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}

# Open Graph wants a territory with the language.
OG_LOCALES = {"eu": "eu_ES", "es": "es_ES", "en": "en_GB"}


def site_id(request):
    site = Site.find_for_request(request)  # kept on the request by Wagtail
    return site.pk if site else None


def locale_homes(request):
    """The site's home page in every language it exists in."""
    if not hasattr(request, "_locale_homes"):
        site = Site.find_for_request(request)

        def build():
            homes = (
                Page.objects.filter(translation_key=site.root_page.translation_key)
                .live()
                .select_related("locale")
            )
            return {home.locale.language_code: home for home in homes}

        request._locale_homes = cached("homes", build, site.pk) if site else {}
    return request._locale_homes


@register.simple_tag(takes_context=True)
def current_home(context):
    return locale_homes(context["request"]).get(get_language())


@register.simple_tag
def site_search_page():
    """The search page in the page's language, which the search box in the header leads to."""
    return section_page(SearchPage)


@register.simple_tag(takes_context=True)
def page_translations(context):
    """One entry per language: this page in that language, or else that language's home page."""
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        return cached(
            "translations",
            lambda: language_links(request, page),
            site_id(request),
            page.pk,
            get_language(),
        )
    return language_links(request, page)


# What a query string says in one language only: the words searched for, and a page of results.
LANGUAGE_BOUND_PARAMETERS = {"q", "page"}


@register.simple_tag(takes_context=True)
def with_kept_filters(context, url):
    """`url` with the request's other query parameters, such as filters, whose values are the
    same in every language: switching language keeps the visitor's filtered listing."""
    kept = context["request"].GET.copy()
    for name in LANGUAGE_BOUND_PARAMETERS:
        kept.pop(name, None)
    return f"{url}?{kept.urlencode()}" if kept else url


def language_links(request, page):
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
    homes = locale_homes(request)
    current = get_language()
    # Views that are not pages (such as the member portal) exist in every language at their
    # own prefix; so does a page not found, which each language then explains in its words.
    is_view = page is None and getattr(request, "resolver_match", None) is not None
    links = []
    for code, name in settings.LANGUAGES:
        if is_view:
            url = translate_url(request.path, code)
            full_url = request.build_absolute_uri(url)
        elif target := translations.get(code) or homes.get(code):
            url, full_url = target.get_url(request), target.get_full_url(request)
        else:
            continue
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": full_url,
                "is_current": code == current,
                "is_default": code == settings.LANGUAGE_CODE,
                "is_translation": is_view or code in translations,
                "og_locale": OG_LOCALES.get(code, code),
            }
        )
    return links


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    page = context.get("page")
    language = get_language()

    def build():
        home = locale_homes(request).get(language)
        items = home.get_children().live().public().in_menu() if home else []
        return [
            {"title": item.title, "url": item.get_url(request), "path": item.path} for item in items
        ]

    current_path = page.path if isinstance(page, Page) else ""
    return {
        "request": request,
        "items": [
            {
                **item,
                "is_current": current_path == item["path"],
                "is_ancestor": current_path.startswith(item["path"])
                and current_path != item["path"],
            }
            for item in cached("menu", build, site_id(request), language)
        ],
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    request = context["request"]
    page = context["page"]

    def build():
        ancestors = page.get_ancestors().filter(depth__gte=2).live() if page.depth > 2 else []
        return [{"title": item.title, "url": item.get_url(request)} for item in ancestors]

    ancestors = cached("breadcrumbs", build, site_id(request), page.pk, get_language())
    return {"request": request, "ancestors": ancestors, "page": page}


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    language_code = get_language()

    def build():
        footer = Footer.for_language(language_code)
        links = footer.pages_linked(language_code) if footer else []
        return {
            "footer": footer,
            "links": [{"title": link.title, "url": link.get_url(request)} for link in links],
        }

    return {"request": request, **cached("footer", build, site_id(request), language_code)}


@register.tag
def cached_part(parser, token):
    """`{% cached_part "name" value… %}…{% endcached_part %}`: what is inside, rendered once
    for everyone and kept until content changes or the day ends (listings open and close by
    date), for each site and language; the values tell its other variants apart, such as the
    page and its filters. Nothing inside may depend on the visitor: no form with a CSRF token.
    Previews render it afresh, as their drafts are not what visitors see."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name")
    nodelist = parser.parse(("endcached_part",))
    parser.delete_first_token()
    return CachedPartNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])


class CachedPartNode(template.Node):
    def __init__(self, nodelist, values):
        self.nodelist = nodelist
        self.values = values

    def render(self, context):
        request = context["request"]
        if getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        name, *values = (str(value.resolve(context)) for value in self.values)
        variant = hashlib.sha256("\n".join(values).encode()).hexdigest()
        day = timezone.localdate().isoformat()
        return mark_safe(  # noqa: S308 (the template's own output, escaped as it rendered)
            cached(
                f"part:{name}",
                lambda: self.nodelist.render(context),
                site_id(request),
                get_language(),
                day,
                variant,
            )
        )


@register.simple_tag(takes_context=True)
def hook_sections(context, hook_name, obj):
    """The sections other apps add to a page through the Wagtail hook `hook_name`: each of its
    functions returns HTML for the request and `obj` (e.g. "company_page_sections")."""
    request = context["request"]
    return format_html_join("", "{}", ((fn(request, obj),) for fn in hooks.get_hooks(hook_name)))


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """An absolute URL on the site's own domain, like Wagtail's page.full_url."""
    site = Site.find_for_request(context["request"])
    return f"{site.root_url}{url}" if site else context["request"].build_absolute_uri(url)


@register.simple_tag
def elided_page_range(page_obj):
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)


@register.filter
def ld_json(data):
    """Serialise structured data for a <script type="application/ld+json"> element."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))  # noqa: S308


@register.filter
def clean_richtext(value):
    """Rich text rendered as Wagtail's richtext filter does, after dropping anything a
    description may not hold (for texts company representatives wrote)."""
    return richtext(sanitise(value))
