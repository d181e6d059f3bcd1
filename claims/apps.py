from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Casualty claims"

    def ready(self):
        from . import signals  # noqa: F401  (connects the change-feed receivers)
