"""Cursor pagination that refuses what it cannot honour, instead of guessing."""

from django.conf import settings
from rest_framework import pagination
from rest_framework.exceptions import NotFound, ValidationError


def page_size_from(request) -> int:
    """Return the page_size query parameter: default API_PAGE_SIZE, larger values clamped to API_MAX_PAGE_SIZE."""
    raw = request.query_params.get("page_size")
    if raw is None:
        return settings.API_PAGE_SIZE
    try:
        size = int(raw)
    except ValueError:
        raise ValidationError({"page_size": f"Expected a whole number, got “{raw}”."}) from None
    if size < 1:
        raise ValidationError({"page_size": "Must be at least 1."})
    return min(size, settings.API_MAX_PAGE_SIZE)


class ClaimCursorPagination(pagination.CursorPagination):
    ordering = "id"
    page_size_query_param = "page_size"

    def get_page_size(self, request):
        return page_size_from(request)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == "page_size":
                parameter["schema"]["minimum"] = 1
                parameter["description"] = "Claims per page: default 100; larger than 1000 is read as 1000."
        return parameters

    def decode_cursor(self, request):
        refusal = ValidationError(
            {"cursor": "This cursor is not one we issued: follow the `next` links as given."}
        )
        try:
            cursor = super().decode_cursor(request)
        except NotFound:
            raise refusal from None
        # DRF checks the cursor's offset, not its position, which the next query compares with the ordering
        # column: a forged position ("abc" for an id, a NUL byte) would fail that query.
        position = cursor.position if cursor is not None else None
        ordering = (
            self.ordering if isinstance(self.ordering, str) else self.ordering[0]
        )  # paginate sets a tuple
        by_id = ordering.lstrip("-") == "id"
        if position is not None:
            if "\x00" in position or (by_id and not (position.isascii() and position.isdigit())):
                raise refusal
            if by_id and int(position) > 2**63 - 1:
                raise refusal
        return cursor

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        if response.data.get("next"):
            response["Link"] = f'<{response.data["next"]}>; rel="next"'
        return response


class SlugCursorPagination(ClaimCursorPagination):
    ordering = "slug"
