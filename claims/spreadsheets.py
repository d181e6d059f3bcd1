"""The one sanitiser of CSV cells, used by every CSV the project writes (the partner API's, the admin's export).

A cell that a spreadsheet would read as a formula is prefixed with an apostrophe, which shows as text: the
characters OWASP lists as formula triggers when they start a cell.
"""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """Return the value a CSV cell may hold: a text that would start a formula is prefixed with "'", None is
    empty, anything else is as it is (numbers stay numbers)."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
