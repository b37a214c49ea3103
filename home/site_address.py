"""The site's public address, from the environment, written to Wagtail's default Site record:
canonical and hreflang links, the sitemap, feeds, JSON-LD and e-mails build their URLs from it."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def configured_address():
    """(hostname, port) from SITE_URL, or from SITE_HOSTNAME and SITE_PORT; None if unset."""
    if settings.SITE_URL:
        parts = urlsplit(settings.SITE_URL)
        if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
            raise ImproperlyConfigured(
                f"SITE_URL must be like https://hub.tknika.eus, not {settings.SITE_URL!r}."
            )
        # Wagtail writes port 443 as https:// and any other port as http://.
        if parts.scheme == "http" and parts.port == 443:
            raise ImproperlyConfigured("SITE_URL: plain http on port 443 cannot be expressed.")
        return parts.hostname, parts.port or DEFAULT_PORTS[parts.scheme]
    if settings.SITE_HOSTNAME:
        return settings.SITE_HOSTNAME, settings.SITE_PORT
    return None


def site_url(path):
    """The absolute URL of `path` on the site's public address, for e-mails."""
    return Site.objects.get(is_default_site=True).root_url + path


def apply_site_address(default=None):
    """Point the default Site at the configured address (or `default`); returns the Site, or None
    when nothing is configured or there is no default Site yet."""
    address = configured_address() or default
    site = Site.objects.filter(is_default_site=True).first()
    if address is None or site is None:
        return None
    site.hostname, site.port = address
    site.save(update_fields=["hostname", "port"])
    return site
