"""When the database or the cache do not answer: `/healthz` says so within seconds, pages get a
short, localised 503 that tells browsers, crawlers and the load balancer to come back soon
(instead of a 500, or a worker stuck until it is killed); a cache that is down only slows pages."""

import logging
import threading
import uuid

from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .views import language_of_path

logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 30
HEALTH_CHECK_SECONDS = 2


@never_cache
@require_GET
def healthz(request):
    """200 while the database answers (its "status" is "degraded" while the cache does not), 503
    when the database does not: for the load balancer and for monitoring."""
    if not database_answers():
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    if not cache_answers():
        return JsonResponse({"status": "degraded", "database": "ok", "cache": "unavailable"})
    return JsonResponse({"status": "ok", "database": "ok", "cache": "ok"})


def database_answers():
    """SELECT 1 on a connection of its own, in a thread: a database that hangs, even on a connection
    kept from before, costs the check HEALTH_CHECK_SECONDS and not the worker."""
    answered = threading.Event()

    def check():
        try:
            with connections["default"].cursor() as cursor:
                cursor.execute("SELECT 1")
            answered.set()
        except DatabaseError:
            logger.exception("Health check: the database does not answer")
        finally:
            connections.close_all()  # this thread's own connection

    threading.Thread(target=check, daemon=True).start()
    return answered.wait(HEALTH_CHECK_SECONDS)


def cache_answers():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    answered = cache.get(key) == "ok"
    cache.delete(key)
    return answered


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("The database did not answer: %s", exception)
        return service_unavailable(request)


def service_unavailable(request):
    # Like the 500 page: the language comes from the path, and nothing is read from the database.
    language = language_of_path(request.path)
    with translation.override(language):
        html = loader.get_template("503.html").render({"LANGUAGE_CODE": language})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
