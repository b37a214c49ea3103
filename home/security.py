"""Browser-side security: headers django-csp does not send, and the endpoint that logs the
Content-Security-Policy violations browsers report."""

import json
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger("csp.reports")

# A browser's report is a few hundred bytes; a batch of them a few kilobytes.
MAX_REPORT_BYTES = 64 * 1024
MAX_REPORTS_PER_REQUEST = 10
MAX_FIELD_LENGTH = 300

# (field in application/csp-report, field in application/reports+json), per logged name.
FIELDS = {
    "directive": ("effective-directive", "effectiveDirective"),
    "blocked": ("blocked-uri", "blockedURL"),
    "document": ("document-uri", "documentURL"),
    "source": ("source-file", "sourceFile"),
    "line": ("line-number", "lineNumber"),
    "sample": ("script-sample", "sample"),
}


class PermissionsPolicyMiddleware:
    """Permissions-Policy on every response: the site needs no camera, microphone, location,
    payment or USB, so neither its pages nor anything framed in them may ask for them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def _clean(value):
    """One short, printable line, whatever the browser (or anyone posting) sent."""
    text = "" if value is None else str(value)[:MAX_FIELD_LENGTH]
    return "".join(char if char.isprintable() else "?" for char in text)


def violations(data):
    """The violation reports in a parsed body of either format, as dicts of FIELDS."""
    if isinstance(data, dict) and isinstance(data.get("csp-report"), dict):
        reports, legacy = [data["csp-report"]], True
    elif isinstance(data, list):
        reports = [
            item["body"]
            for item in data
            if isinstance(item, dict)
            and item.get("type") == "csp-violation"
            and isinstance(item.get("body"), dict)
        ]
        legacy = False
    else:
        raise ValueError("Not a CSP report")
    return [
        {name: _clean(report.get(keys[0] if legacy else keys[1])) for name, keys in FIELDS.items()}
        for report in reports[:MAX_REPORTS_PER_REQUEST]
    ]


@csrf_exempt
@require_POST
def csp_report(request):
    """Log the violations a browser reports, sent for report-uri (application/csp-report) or
    through the Reporting API (application/reports+json)."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return HttpResponseBadRequest()
    if length > MAX_REPORT_BYTES:
        return HttpResponse(status=413)
    try:
        reports = violations(json.loads(request.body))
    except (ValueError, RecursionError):  # not JSON, not UTF-8, nested too deep, not a report
        return HttpResponseBadRequest()
    # Bounded per request, like the warning Django logs for every page not found.
    for report in reports:
        logger.warning(
            "Content-Security-Policy violation: %(directive)s blocked %(blocked)s "
            "on %(document)s (%(source)s:%(line)s) %(sample)s",
            report,
            extra={"csp_report": report},
        )
    return HttpResponse(status=204)
