"""Limits on how often something may be done: per visitor's address, or per any other key (such
as the address an e-mail goes to), counted in the cache.

When the cache cannot count (Redis down), each limit fails the way its caller chose:
`fail_closed=True` for forms that send e-mail (they refuse, so they cannot be used to flood
inboxes meanwhile), `fail_closed=False` for read-only pages and endpoints (they carry on).
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

MINUTE = 60
HOUR = 60 * MINUTE
DAY = 24 * HOUR

# Why a use is refused.
OVER_LIMIT = "over-limit"
UNAVAILABLE = "unavailable"

UNAVAILABLE_MESSAGE = _("We cannot send e-mail just now. Please try again in a few minutes.")


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


def count_use(key, period):
    """Count one use of `key`; the uses in this `period` so far, or None if the cache cannot
    count (a failing cache raises, or answers None when told to ignore its errors)."""
    try:
        if cache.add(key, 1, timeout=period):
            return 1
        try:
            return cache.incr(key)
        except ValueError:  # the period ran out between add() and incr(), or the cache is down
            return 1 if cache.add(key, 1, timeout=period) else None
    except Exception:  # noqa: BLE001 - whatever a cache backend raises when its server is gone
        logger.warning("Rate limit %s: the cache cannot count", key, exc_info=True)
        return None


def refusal(scope, who, allowed, period=HOUR, *, fail_closed):
    """Count one use of `scope` by `who`: None while within `allowed` uses in `period`, else
    why it is refused: OVER_LIMIT, or UNAVAILABLE when the cache cannot count and the limit
    fails closed."""
    # Hashed, so that e-mail addresses are not kept in the cache.
    digest = hashlib.sha256(str(who).encode("utf-8", "surrogatepass")).hexdigest()
    count = count_use(f"throttle:{scope}:{digest}", period)
    if count is None:
        return UNAVAILABLE if fail_closed else None
    return OVER_LIMIT if count > allowed else None


def refusal_by_address(request, scope, allowed, period=HOUR, *, fail_closed):
    """`refusal`, counted per visitor's address."""
    return refusal(scope, client_address(request), allowed, period, fail_closed=fail_closed)
