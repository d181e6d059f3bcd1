"""Create the Editors and Reviewers groups (DESIGN.md, "Who uses it")."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = {
    "claim": ["add", "change", "view"],
    "attributionhop": ["add", "change", "delete", "view"],  # removing a wrong hop is editing the chain
    "source": ["add", "change", "view"],
    "actor": ["add", "change", "view"],
    "conflict": ["add", "change", "view"],
    "reviewevent": ["view"],
}
REVIEWER_EXTRAS = ["review_claim"]


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editor_codenames = [f"{action}_{model}" for model, actions in EDITORS.items() for action in actions]
    editor_permissions = list(
        Permission.objects.filter(content_type__app_label="claims", codename__in=editor_codenames)
    )
    assert len(editor_permissions) == len(editor_codenames), "a permission for the Editors group is missing"
    reviewer_permissions = editor_permissions + list(
        Permission.objects.filter(content_type__app_label="claims", codename__in=REVIEWER_EXTRAS)
    )
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.set(editor_permissions)
    reviewers, _ = Group.objects.get_or_create(name="Reviewers")
    reviewers.permissions.set(reviewer_permissions)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Reviewers"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_review_workflow_and_history"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
