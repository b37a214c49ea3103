from .companies import (
    OPEN_TO,
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
