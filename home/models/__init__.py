from .digest import DigestSubscription
from .mixins import (
    FindablePageMixin,
    PageImageMixin,
    ReviewedChangesMixin,
    ViewRestrictionsMixin,
)
from .pages import (
    PAGE_CONTENT_PANELS,
    PAGE_TRANSLATABLE_FIELDS,
    HomePage,
    HomePageSection,
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
    "DigestSubscription",
    "FindablePageMixin",
    "Footer",
    "HomePage",
    "HomePageSection",
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
    "ViewRestrictionsMixin",
]
