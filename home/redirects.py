"""Redirects to addresses that visitors send (`?next=`): only to paths on this site."""

from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def local_path(request, target, fallback):
    """`target` when it is a path on this site, else `fallback`.

    Only paths qualify ("/en/…", never "//host", "/\\host", a full URL or a bare word), so a
    value is never taken for a URL name nor leads to another site.
    """
    if (
        isinstance(target, str)
        and target.startswith("/")
        and not target.startswith(("//", "/\\"))
        and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return target
    return fallback


def redirect_to_local_path(request, target, fallback):
    return HttpResponseRedirect(local_path(request, target, fallback))
