"""Per-visitor limits for forms that send e-mail, so they cannot be used to flood inboxes."""

from django.conf import settings
from django.core.cache import cache

HOUR = 60 * 60


def client_address(request):
    """The visitor's IP address, also behind the proxies the settings say to trust."""
    hops = settings.TRUSTED_PROXIES
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    # Each trusted proxy appends the address it received from, so count from the right.
    if hops and len(forwarded) >= hops:
        return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")


def over_rate_limit(request, scope, limit, period=HOUR):
    """Count one use of `scope` by this visitor; true once they went over `limit` in `period`."""
    key = f"{scope}:{client_address(request)}"
    if cache.add(key, 1, timeout=period):
        return False
    try:
        return cache.incr(key) > limit
    except ValueError:  # the period ran out between add() and incr()
        cache.add(key, 1, timeout=period)
        return False
