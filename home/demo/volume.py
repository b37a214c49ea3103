"""Synthetic content in volume, for performance work: pages added in bulk on top of the demo,
in Basque, Spanish and English, and indexed for the site search.

Each app adds its own (its AppConfig's `volume_generator`, run by `generate_search_volume`).
Pages go in with a few multi-row inserts rather than treebeard's `add_child` and a save each,
which would take hours at this size: they get the tree path, depth, URL path and publishing
dates that adding and publishing them would give, and their search entries. Each item is a
page per language under that language's section page, sharing a translation key as
translations do, but without wagtail-localize's records (nothing to synchronise) and without
revisions (like pages imported from elsewhere).
"""

import datetime
import itertools
import random
import time
import uuid

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backends

from home.search import index_new_pages

from .vocabulary import BASQUE_CASES, CONCEPTS, LINKS, SYLLABLES

LANGUAGES = ("eu", "es", "en")  # the columns of CONCEPTS
BATCH = 500  # items per insert: a few thousand rows, within every database's parameter limit


def add_volume(generators, counts, *, seed, force, stdout):
    """Run each of `generators` for `counts[its name]` items, then refresh the planner's
    statistics."""
    if not (settings.DEBUG or force):
        raise CommandError(
            "This adds thousands of synthetic pages. It refuses to run with DEBUG off; pass "
            "--force if this really is a database for performance work."
        )
    volume = Volume(random.Random(seed), stdout)  # noqa: S311 - synthetic content
    for generator in generators:
        count = counts[generator.name]
        if not count:
            continue
        started = time.monotonic()
        with transaction.atomic():
            generator.add(volume, count)
        stdout.write(f"{count:,} {generator.name} in {time.monotonic() - started:.0f} s.")
    if connection.vendor == "postgresql":
        # Refresh the planner's statistics now, as autovacuum would after a while: without
        # them it plans for the tables as they were and timings mean nothing.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def inflected(word, language, form):
    """`word` in one of its forms, chosen by `form` (0 ≤ form < 1)."""
    if language == "eu" and form >= 0.5:
        case = BASQUE_CASES[int((form - 0.5) * 2 * len(BASQUE_CASES))]
        if case == "a":
            return word if word.endswith("a") else f"{word}a"
        if case == "aren":
            return f"{word}ren" if word.endswith("a") else f"{word}aren"
        if case == "ko":
            return f"{word}ko" if word[-1] in "aeiou" else f"{word}eko"
        # A final -a of the word merges with the plural's -e- (enpresa → enpresetan).
        return f"{word.removesuffix('a')}{case}"
    if language == "es" and form >= 0.75:
        if word.endswith("ión"):
            return f"{word[:-3]}iones"
        return f"{word}s" if word[-1] in "aeo" else word
    if language == "en" and form >= 0.75 and word[-1] not in "shxyg" and word.islower():
        return f"{word}s"
    return word


class Volume:
    """What the apps' generators share: the random source, the locales, texts in the three
    languages, and adding pages."""

    def __init__(self, rng, stdout):
        self.rng = rng
        self.stdout = stdout
        self.now = timezone.now()
        self.locales = {
            code: Locale.objects.filter(language_code=code).first() for code in LANGUAGES
        }
        self.source = self.locales[settings.LANGUAGE_CODE]
        # The concept of rank n is drawn with a weight of 1 / (n + 10)²: the first concepts are
        # in nearly every page, the last in one or two pages in a hundred (names in fewer).
        self.weights = list(
            itertools.accumulate(1 / (rank + 10) ** 2 for rank in range(len(CONCEPTS)))
        )

    # Texts, as {language: text} ---------------------------------------------------------------

    def words(self, count):
        """`count` concepts in an inflection each, some with a short word before them."""
        texts = {language: [] for language in LANGUAGES}
        concepts = self.rng.choices(CONCEPTS, cum_weights=self.weights, k=count)
        for number, concept in enumerate(concepts):
            form, link = self.rng.random(), self.rng.randrange(len(LINKS["eu"]))
            with_link = number and self.rng.random() < 0.3
            for column, language in enumerate(LANGUAGES):
                if with_link:
                    texts[language].append(LINKS[language][link])
                texts[language].append(inflected(concept[column], language, form))
        return {language: " ".join(words) for language, words in texts.items()}

    def concepts(self, count):
        """`count` different concepts, uninflected: e.g. a company's services."""
        chosen = {}
        while len(chosen) < count:
            concept = self.rng.choices(CONCEPTS, cum_weights=self.weights)[0]
            chosen[concept[0]] = concept
        return {
            language: [concept[column] for concept in chosen.values()]
            for column, language in enumerate(LANGUAGES)
        }

    def title(self, low, high):
        return self.each(self.words(self.rng.randint(low, high)), capitalised)

    def sentences(self, count, low=8, high=16):
        sentences = [self.words(self.rng.randint(low, high)) for _ in range(count)]
        return {
            language: " ".join(f"{capitalised(sentence[language])}." for sentence in sentences)
            for language in LANGUAGES
        }

    def paragraphs(self, count, sentences=3):
        """As rich text."""
        paragraphs = [self.sentences(sentences) for _ in range(count)]
        return {
            language: "".join(f"<p>{paragraph[language]}</p>" for paragraph in paragraphs)
            for language in LANGUAGES
        }

    def name(self):
        """A proper noun, the same in every language: rare words, as names are."""
        return "".join(self.rng.choices(SYLLABLES, k=self.rng.randint(2, 4))).capitalize()

    def each(self, texts, function):
        return {language: function(text) for language, text in texts.items()}

    def day_within(self, days):
        """A day in the `days` before today."""
        return timezone.localdate() - datetime.timedelta(days=self.rng.randrange(days))

    def published(self, day):
        """When a page first published on `day` went live."""
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))

    def block_id(self):
        """The same for a block in every language, as in translations."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    # Pages -------------------------------------------------------------------------------------

    def parents(self, model):
        """The page of `model` in each language, e.g. the directory pages, by language."""
        parents = {
            language: model.objects.filter(locale=locale).first() if locale else None
            for language, locale in self.locales.items()
        }
        if not all(parents.values()):
            raise CommandError(
                f"Run seed_demo first: a {model._meta.verbose_name} is needed in each language."
            )
        return parents

    def batches(self, count, name):
        """Numbers 0…count-1 in batches, reporting progress."""
        for start in range(0, count, BATCH):
            yield range(start, min(count, start + BATCH))
            self.stdout.write(f"  {min(count, start + BATCH):,} of {count:,} {name}…")

    def add_pages(self, parents, items):
        """Publish each of `items` ({language: unsaved page}, translations of one another)
        under the parent of its language, and index the pages for the site search and the
        admin's search."""
        for item in items:
            key = uuid.UUID(int=self.rng.getrandbits(128), version=4)
            for language, page in item.items():
                page.translation_key, page.locale = key, self.locales[language]
        for language, parent in parents.items():
            self.add_children(parent, [item[language] for item in items])
        pages = [page for item in items for page in item.values()]
        index_new_pages(pages)
        for backend in get_search_backends():
            backend.add_bulk(type(pages[0]), pages)

    def add_children(self, parent, pages):
        """Insert live `pages` (all of one page type) after the last child of `parent`."""
        last = parent.get_last_child()
        first_step = last._get_lastpos_in_path() + 1 if last else 1
        depth = parent.depth + 1
        for step, page in enumerate(pages, start=first_step):
            page.path = Page._get_path(parent.path, depth, step)
            page.depth, page.numchild = depth, 0
            # Numbered like the path, so unique among the page's siblings.
            page.slug = f"{slugify(page.title)[:60].rstrip('-')}-{step}"
            page.set_url_path(parent)
            page.draft_title = page.title
            page.live, page.has_unpublished_changes = True, False
            page.first_published_at = page.first_published_at or self.now
            page.last_published_at = page.first_published_at
            page.latest_revision_created_at = page.first_published_at
        rows = Page.objects.bulk_create(
            [
                Page(
                    **{
                        field.attname: getattr(page, field.attname)
                        for field in Page._meta.concrete_fields
                    }
                )
                for page in pages
            ]
        )
        for page, row in zip(pages, rows, strict=True):
            page.pk = page.id = row.pk
        # Django's bulk_create refuses page types (their fields are in a table of their own,
        # joined to Page's), so that table gets the insert bulk_create would have made.
        model = type(pages[0])
        model._base_manager._insert(pages, fields=model._meta.local_concrete_fields)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))


def capitalised(text):
    return text[:1].upper() + text[1:]
