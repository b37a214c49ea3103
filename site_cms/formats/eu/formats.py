# Dates as Basque is written in running text: "2026ko abenduaren 1a", not "2026ko abe. 1a"
# (every month name ends in -a, so -ren makes its genitive, as Django's MONTH_DAY_FORMAT does).
DATE_FORMAT = r"Y\k\o F\r\e\n j\a"
DATETIME_FORMAT = r"Y\k\o F\r\e\n j\a, H:i"
SHORT_DATE_FORMAT = "Y/m/d"
SHORT_DATETIME_FORMAT = "Y/m/d H:i"
