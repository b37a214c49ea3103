from .companies import (
    OPEN_TO,
    OPEN_TO_FIELDS,
    SHARED_FIELDS,
    CompanyPage,
    CompanyServiceTag,
    DirectoryIndexPage,
    Sector,
    TeamSize,
    Territory,
    VETCentre,
)
from .members import ProfileConfirmation, Representative

__all__ = [
    "OPEN_TO",
    "OPEN_TO_FIELDS",
    "SHARED_FIELDS",
    "CompanyPage",
    "CompanyServiceTag",
    "DirectoryIndexPage",
    "ProfileConfirmation",
    "Representative",
    "Sector",
    "TeamSize",
    "Territory",
    "VETCentre",
]
