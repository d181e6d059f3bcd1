"""Who may read the partner API: partners with a valid key, and staff with their admin session."""

from django.contrib.auth.models import AnonymousUser
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions, permissions, throttling
from rest_framework_api_key.permissions import KeyParser

from claims.models import PartnerKey

from . import throttle


class ApiKeyAuthentication(authentication.BaseAuthentication):
    """Authenticate `Authorization: Api-Key <key>` against the partners' hashed keys."""

    keyword = KeyParser.keyword

    def authenticate(self, request):
        key = KeyParser().get_from_authorization(request._request)
        if not key:
            return None
        try:
            partner_key = PartnerKey.objects.get_from_key(key)
        except PartnerKey.DoesNotExist:
            raise exceptions.AuthenticationFailed("This API key is unknown or has been revoked.") from None
        if partner_key.has_expired:
            raise exceptions.AuthenticationFailed("This API key has expired.")
        return (AnonymousUser(), partner_key)

    def authenticate_header(self, request):
        # Makes DRF answer 401 (not 403) to a request without credentials, naming the scheme to use.
        return self.keyword


class IsPartnerOrStaff(permissions.BasePermission):
    message = "Send a partner API key: Authorization: Api-Key <key>."

    def has_permission(self, request, view):
        if isinstance(request.auth, PartnerKey):
            return True
        user = request.user
        return bool(user and user.is_authenticated and user.is_staff)


class PartnerKeyThrottle(throttling.SimpleRateThrottle):
    """Limit each key (or staff user) to API_THROTTLE_RATE requests in any span of the period, counted by an
    atomic counter (claims.api.throttle) so that parallel requests cannot slip past it."""

    scope = "partner"

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        self.now = self.timer()
        self.slice_length = self.duration / throttle.SLICES
        current = int(self.now // self.slice_length)
        counter = throttle.counter_for()
        counts = counter.hit(self.key, current, timeout=self.duration + 2 * self.slice_length)
        if sum(counts) <= self.num_requests:
            return True
        counter.undo(self.key, current)
        counts[-1] -= 1
        self.waiting = throttle.seconds_to_wait(
            counts, self.num_requests, current, self.slice_length, self.now
        )
        return False

    def wait(self):
        return max(self.waiting, 1)  # DRF rounds it up into Retry-After

    def get_cache_key(self, request, view):
        if isinstance(request.auth, PartnerKey):
            ident = f"key:{request.auth.prefix}"
        elif request.user and request.user.is_authenticated:
            ident = f"user:{request.user.pk}"
        else:
            ident = f"ip:{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}


class ApiKeyScheme(OpenApiAuthenticationExtension):
    """Describe the API-key scheme in the OpenAPI schema, so clients and docs send the header."""

    target_class = ApiKeyAuthentication
    name = "ApiKey"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "Send `Authorization: Api-Key <key>`. Keys are issued and revoked by the newsroom.",
        }
