from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.urls import reports as wagtailadmin_report_urls
from wagtail.contrib.redirects import urls as wagtailredirects_urls
from wagtail.documents import urls as wagtaildocs_urls

from directory import urls as directory_urls
from events import urls as events_urls
from home import resilience, security
from home import views as home_views
from home.admin_views import with_neutralised_exports
from marketplace import urls as marketplace_urls

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Wagtail's reports and redirects with exports that neutralise formulas, before the admin.
    path("admin/reports/", include(with_neutralised_exports(wagtailadmin_report_urls.urlpatterns))),
    path("admin/redirects/", include(with_neutralised_exports(wagtailredirects_urls.urlpatterns))),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", resilience.healthz, name="healthz"),
    path("csp-report/", security.csp_report, name="csp_report"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    re_path(
        r"^language/(?P<language_code>{})/$".format(
            "|".join(code for code, _ in settings.LANGUAGES)
        ),
        home_views.switch_language,
        name="switch_language",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# The member portal: each app lists its own part, and only the site puts them together.
members_urls = directory_urls.portal_urls + marketplace_urls.portal_urls + events_urls.portal_urls

urlpatterns += i18n_patterns(
    # /eu/kideak/, /es/miembros/, /en/members/; the English paths of before still lead there.
    path(pgettext_lazy("URL", "members/"), include((members_urls, "members"))),
    path(pgettext_lazy("URL", "alerts/"), include((marketplace_urls.alert_urls, "alerts"))),
    re_path(r"^members/(?P<rest>.*)$", home_views.portal_in_english, name="portal_in_english"),
    path("styleguide/", home_views.styleguide, name="styleguide"),
    path("", include(wagtail_urls)),
)

handler500 = "home.views.server_error"
