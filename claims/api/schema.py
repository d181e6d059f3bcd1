"""The OpenAPI document's account of what partner endpoints accept and answer: every parameter's real type, and
the error answers every endpoint can give."""

from django.conf import settings
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import build_parameter_type
from drf_spectacular.utils import OpenApiParameter

# Ids are 64-bit on both engines (BigAutoField); a larger one in a path is a 404, in a filter a 400.
ID_MAX = 2**63 - 1
ID = {"type": "integer", "format": "int64", "minimum": 1, "maximum": ID_MAX}
# Conflict.slug: a SlugField of at most 100 characters.
SLUG = {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$", "maxLength": 100}


def text_schema() -> dict:
    """Return the schema of a free-text filter (`q`, `place`): a NUL byte is refused before any view (RefuseNulBytes),
    and a longer text than SEARCH_MAX_CHARS with a 400 saying so."""
    return {
        "type": "string",
        "minLength": 1,
        "maxLength": settings.SEARCH_MAX_CHARS,
        "pattern": "^[^\\u0000]*$",
    }


ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
# A 400 names each refused parameter: {"metric": ["Select a valid choice. ..."]} or {"after": "Expected ..."}
PARAMETER_ERRORS = {
    "type": "object",
    "additionalProperties": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
}

ERROR_RESPONSES = {
    "400": (
        "A query parameter was refused; the body names it. A parameter's description names the values of the "
        "right shape that are refused too (a record partners do not see, a window that ends before it starts).",
        PARAMETER_ERRORS,
    ),
    "401": ("No API key, or a key that is unknown, revoked or expired.", ERROR),
    "404": ("No such published record.", ERROR),
    "429": ("Too many requests for this key: retry after the Retry-After header's seconds.", ERROR),
}

FORMATS = {
    "json": "JSON (the default)",
    "csv": "CSV, one row per record",
    "jsonld": "JSON-LD (schema.org)",
    "geojson": "GeoJSON (RFC 7946)",
    "api": "the browsable API, an HTML page for people",
}


class PartnerAutoSchema(AutoSchema):
    """Describe the path parameters and `format` as the partner API checks them."""

    def _resolve_path_parameters(self, variables):
        parameters = super()._resolve_path_parameters(variables)
        for parameter in parameters:
            if parameter["name"] == "id":
                parameter["schema"] = dict(ID)
            elif parameter["name"] == "slug":
                parameter["schema"] = dict(SLUG)
                parameter["description"] = "A conflict's slug, as the conflicts list gives it."
        return parameters

    def _get_format_parameters(self):
        # Every renderer's format, the browsable API's included (drf-spectacular leaves it out): each is an
        # answer the API gives, so each is a value a client may send.
        formats = list(dict.fromkeys(renderer.format for renderer in self.view.get_renderers()))
        return [
            build_parameter_type(
                name="format",
                schema={"type": "string"},
                location=OpenApiParameter.QUERY,
                enum=formats,
                description="; ".join(f"`{name}`: {FORMATS[name]}" for name in formats) + ".",
            )
        ]


def add_error_responses(result, generator, request, public):
    """Document the 400, 401, 404 and 429 answers on every operation of the API, and the browsable API's page
    where `format=api` asks for it."""
    for path, operations in result.get("paths", {}).items():
        if not path.startswith("/api/v1/") or path.startswith(("/api/v1/schema", "/api/v1/docs")):
            continue
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            for code, (description, body) in ERROR_RESPONSES.items():
                responses.setdefault(
                    code, {"description": description, "content": {"application/json": {"schema": body}}}
                )
            formats = next(
                (
                    p["schema"].get("enum", [])
                    for p in operation.get("parameters", [])
                    if p["name"] == "format"
                ),
                [],
            )
            if "api" in formats:
                # The page, and the page's 404 for an address no endpoint has (views.not_found renders as
                # asked); every other error is JSON.
                for code in ("200", "404"):
                    responses[code].setdefault("content", {})["text/html"] = {"schema": {"type": "string"}}
    return result
