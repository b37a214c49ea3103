from .mixins import FindablePageMixin, PageImageMixin, ReviewedChangesMixin
from .pages import (
    PAGE_CONTENT_PANELS,
    PAGE_TRANSLATABLE_FIELDS,
    HomePage,
    ProgrammeIndexPage,
    ProgrammePage,
    SectionIndexPage,
    StandardPage,
)
from .search import SearchEntry, SearchPage, SearchTerm
from .site import Footer, SiteSettings
from .taxonomy import Taxonomy

__all__ = [
    "PAGE_CONTENT_PANELS",
    "PAGE_TRANSLATABLE_FIELDS",
    "FindablePageMixin",
    "Footer",
    "HomePage",
    "PageImageMixin",
    "ProgrammeIndexPage",
    "ProgrammePage",
    "ReviewedChangesMixin",
    "SearchEntry",
    "SearchPage",
    "SearchTerm",
    "SectionIndexPage",
    "SiteSettings",
    "StandardPage",
    "Taxonomy",
]
