"""How far each language of a translatable page or snippet is from its source.

A translation is up to date when every string of the source is translated and the translated
object was last written (pages: published) after the source last changed. The states are
computed for many objects at once, in a fixed number of queries.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Case, Count, Exists, IntegerField, Max, OuterRef, Sum, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TranslationLog,
    TranslationSource,
)

UP_TO_DATE = "up-to-date"
STALE = "stale"
DRAFT = "draft"
NOT_STARTED = "not-started"
STATE_LABELS = {
    UP_TO_DATE: _("Up to date"),
    STALE: _("Out of date"),
    DRAFT: _("Draft"),
    NOT_STARTED: _("Not started"),
}


@dataclass
class LanguageStatus:
    locale: Locale
    state: str
    since: object = None  # when the source changed, for an out-of-date translation
    translated: int = 0
    total: int = 0
    target: object = None  # the translated object, where there is one

    @property
    def language_code(self):
        return self.locale.language_code

    @property
    def language_name(self):
        return dict(settings.LANGUAGES).get(self.language_code, self.language_code)

    @property
    def label(self):
        return STATE_LABELS[self.state]

    @property
    def percent(self):
        return 100 if not self.total else round(100 * self.translated / self.total)


def _progress(sources, locales):
    """{(source id, locale id): (translated, total)} for string segments."""
    segments = StringSegment.objects.filter(source__in=sources)
    totals = dict(segments.values_list("source_id").annotate(total=Count("pk")))
    progress = {}
    for locale in locales:
        done = StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"),
            context_id=OuterRef("context_id"),
            locale=locale,
            has_error=False,
        )
        rows = (
            segments.annotate(
                is_done=Case(When(Exists(done), then=Value(1)), default=Value(0)),
            )
            .values("source_id")
            .annotate(translated=Sum("is_done", output_field=IntegerField()))
            .values_list("source_id", "translated")
        )
        for source_id, translated in rows:
            progress[source_id, locale.pk] = (translated or 0, totals.get(source_id, 0))
    return progress


def statuses(objects):
    """{translation key: [LanguageStatus for each language but the object's own]} for
    source-language objects of one model (pages of any type count as one model)."""
    objects = list(objects)
    if not objects:
        return {}
    model = Page if isinstance(objects[0], Page) else type(objects[0])
    keys = [obj.translation_key for obj in objects]
    locales = list(Locale.objects.all())
    sources = {
        (source.object_id, source.locale_id): source
        for source in TranslationSource.objects.filter(object_id__in=keys)
    }
    targets = {
        (target.translation_key, target.locale_id): target
        for target in model.objects.filter(translation_key__in=keys)
    }
    progress = _progress(list(sources.values()), locales)
    written = {
        (source_id, locale_id): last
        for source_id, locale_id, last in TranslationLog.objects.filter(
            source__in=list(sources.values())
        )
        .values("source_id", "locale_id")
        .annotate(last=Max("created_at"))
        .values_list("source_id", "locale_id", "last")
    }
    found = {}
    for obj in objects:
        source = sources.get((obj.translation_key, obj.locale_id))
        found[obj.translation_key] = [
            _status(obj, source, locale, targets, progress, written)
            for locale in locales
            if locale.pk != obj.locale_id
        ]
    return found


def _status(obj, source, locale, targets, progress, written):
    target = targets.get((obj.translation_key, locale.pk))
    if target is None:
        return LanguageStatus(locale, NOT_STARTED)
    translated, total = progress.get((source.pk, locale.pk), (0, 0)) if source else (0, 0)
    status = LanguageStatus(locale, STALE, translated=translated, total=total, target=target)
    if isinstance(target, Page):
        if not target.live:
            status.state = DRAFT
            return status
        last_written = target.last_published_at
    else:
        last_written = written.get((source.pk, locale.pk)) if source else None
    if source is None or (
        translated == total and last_written and last_written >= source.last_updated_at
    ):
        status.state = UP_TO_DATE
    else:
        status.since = source.last_updated_at
    return status


def is_source():
    """The condition that an object is the one its translations are made from (or, for an
    object never translated, the only one): one per translation key."""
    sources = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    )
    any_source = TranslationSource.objects.filter(object_id=OuterRef("translation_key"))
    return Exists(sources) | ~Exists(any_source)


def source_objects(model):
    """One object per translation key: the one its translations are made from."""
    return model.objects.filter(is_source())
