"""What a process would otherwise do on its first requests, done once before gunicorn forks its
workers (deploy/gunicorn.conf.py): a worker recycled under load then answers its first
requests as fast as the others, instead of compiling templates while requests wait."""

from django.conf import settings
from django.template import engines
from django.urls import get_resolver
from django.utils import translation


def warm_up():
    engine = engines["django"].engine
    for directory in engine.dirs:
        for path in sorted(directory.rglob("*.html")):
            engine.get_template(path.relative_to(directory).as_posix())
    get_resolver().url_patterns  # noqa: B018 (imports every view module)
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            translation.gettext("Page not found")  # loads the language's catalogues
