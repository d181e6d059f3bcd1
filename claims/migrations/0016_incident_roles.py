"""Editors and reviewers record incidents as they record claims (issue 13): add, change and view them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

INCIDENT_PERMISSIONS = ["add_incident", "change_incident", "view_incident"]


def grant_incidents(apps, schema_editor):
    db = schema_editor.connection.alias  # the database being migrated
    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=db)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(
        Permission.objects.using(db).filter(
            content_type__app_label="claims", codename__in=INCIDENT_PERMISSIONS
        )
    )
    assert len(permissions) == len(INCIDENT_PERMISSIONS), "a permission on incidents is missing"
    for group in Group.objects.using(db).filter(name__in=["Editors", "Reviewers"]):
        group.permissions.add(*permissions)


def revoke_incidents(apps, schema_editor):
    db = schema_editor.connection.alias
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.using(db).filter(
        content_type__app_label="claims", codename__in=INCIDENT_PERMISSIONS
    )
    for group in apps.get_model("auth", "Group").objects.using(db).filter(name__in=["Editors", "Reviewers"]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("claims", "0015_incidents_and_estimates")]

    operations = [migrations.RunPython(grant_incidents, revoke_incidents)]
