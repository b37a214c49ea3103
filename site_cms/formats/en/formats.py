# British dates, as the site's English is: "1 December 2026" and "01/12/2026", where Django's
# defaults mix "Dec. 1, 2026" with "March 18, 2026" and write the month first in short dates.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
MONTH_DAY_FORMAT = "j F"
