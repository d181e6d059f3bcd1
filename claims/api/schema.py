"""Complete the OpenAPI document with the error answers every partner endpoint can give."""

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
    "400": ("A query parameter was refused; the body names it.", PARAMETER_ERRORS),
    "401": ("No API key, or a key that is unknown, revoked or expired.", ERROR),
    "404": ("No such published record.", ERROR),
    "429": ("Too many requests for this key: retry after the Retry-After header's seconds.", ERROR),
}


def add_error_responses(result, generator, request, public):
    """Document the 400, 401, 404 and 429 answers on every operation of the API."""
    for path, operations in result.get("paths", {}).items():
        if not path.startswith("/api/v1/") or path.startswith(("/api/v1/schema", "/api/v1/docs")):
            continue
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            for code, (description, body) in ERROR_RESPONSES.items():
                responses.setdefault(
                    code, {"description": description, "content": {"application/json": {"schema": body}}}
                )
    return result
