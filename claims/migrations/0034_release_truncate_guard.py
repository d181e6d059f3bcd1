from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0033_webhooks"),
    ]

    operations = [
        migrations.AlterField(
            model_name="release",
            name="base_url",
            field=models.CharField(
                blank=True,
                help_text="The site address the records' URLs were written with (empty: paths from the site's root).",
                max_length=500,
            ),
        ),
        migrations.AlterField(
            model_name="releasecut",
            name="base_url",
            field=models.CharField(
                blank=True,
                help_text="The site address the records' URLs are written with (PUBLIC_BASE_URL; empty: paths).",
                max_length=500,
            ),
        ),
    ]
