from django.apps import AppConfig
from django.core.management import call_command
from django.db.models.signals import post_migrate


def create_cache_tables(sender, using="default", **kwargs):
    """Create the database cache's table as part of `migrate`, so that a deployment has nothing more to
    remember: with the default database cache, every API request answered 500 until someone ran
    `createcachetable`. Idempotent: an existing table is left as it is. Infrastructure, not domain state,
    which is why a signal is the right place (Django's contrib apps create their rows the same way)."""
    call_command("createcachetable", database=using, verbosity=0)


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Casualty claims"

    def ready(self):
        post_migrate.connect(create_cache_tables, sender=self, dispatch_uid="claims.create_cache_tables")
