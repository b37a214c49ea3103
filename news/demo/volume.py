"""Synthetic news in every language, for performance work (see home/demo/volume.py)."""

from home.demo.volume import capitalised
from news.models import NewsCategory, NewsIndexPage, NewsPage


class ArticleVolume:
    name = "articles"
    default = 2_000
    help = "News articles to add in each language (each one with its translations)."

    def add(self, volume, count):
        indexes = volume.parents(NewsIndexPage)
        categories = list(NewsCategory.objects.filter(locale=volume.source))
        for batch in volume.batches(count, self.name):
            articles = [self.article(volume, categories) for _number in batch]
            volume.add_pages(indexes, [pages for pages, _categories in articles])
            # Categories are shared by an article's translations (synchronised).
            NewsPage.categories.through.objects.bulk_create(
                NewsPage.categories.through(newspage_id=page.pk, newscategory_id=category.pk)
                for pages, chosen in articles
                for page in pages.values()
                for category in chosen
            )

    def article(self, volume, categories):
        """An article's page in each language, and its categories."""
        rng = volume.rng
        day = volume.day_within(6 * 365)
        title = volume.title(6, 10)
        lead = volume.sentences(2, low=8, high=14)
        body = {language: [] for language in volume.locales}
        for _section in range(rng.randint(2, 4)):
            heading, text = volume.title(3, 6), volume.paragraphs(rng.randint(1, 2))
            heading_id, text_id = volume.block_id(), volume.block_id()
            for language, blocks in body.items():
                blocks += [
                    {
                        "type": "heading",
                        "value": {"text": heading[language], "level": "h2"},
                        "id": heading_id,
                    },
                    {"type": "paragraph", "value": text[language], "id": text_id},
                ]
        pages = {
            language: NewsPage(
                title=title[language],
                lead=capitalised(lead[language]),
                body=body[language],
                publication_date=day,
                first_published_at=volume.published(day),
            )
            for language in volume.locales
        }
        chosen = rng.sample(categories, min(len(categories), rng.randint(1, 2)))
        return pages, chosen
