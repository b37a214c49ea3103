from .mixins import PageImageMixin, ReviewedChangesMixin
from .pages import (
    PAGE_CONTENT_PANELS,
    PAGE_TRANSLATABLE_FIELDS,
    HomePage,
    ProgrammeIndexPage,
    ProgrammePage,
    SectionIndexPage,
    StandardPage,
)
from .site import Footer, SiteSettings
from .taxonomy import Taxonomy

__all__ = [
    "PAGE_CONTENT_PANELS",
    "PAGE_TRANSLATABLE_FIELDS",
    "Footer",
    "HomePage",
    "PageImageMixin",
    "ProgrammeIndexPage",
    "ProgrammePage",
    "ReviewedChangesMixin",
    "SectionIndexPage",
    "SiteSettings",
    "StandardPage",
    "Taxonomy",
]
