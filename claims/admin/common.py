"""What every admin page here shares: ids read safely, autocompletes that survive forged values, pages about
one object, capped counts, read-only and history admins."""

from typing import cast

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404
from django.urls import path
from django.utils.functional import cached_property
from simple_history.admin import SimpleHistoryAdmin

from ..models import an_id  # a row id from a request, which the admin's modules import from here


class SelectedIdsOnly:
    """Autocomplete widgets look their selected values up by id when the page is drawn again: leave out what
    cannot be an id (a forged "abc"), which the form reports as an invalid choice anyway."""

    def optgroups(self, name, value, attr=None):
        return super().optgroups(name, [v for v in value if an_id(v) is not None], attr)  # type: ignore[misc]


class SafeAutocompleteSelect(SelectedIdsOnly, AutocompleteSelect):
    pass


class SafeAutocompleteSelectMultiple(SelectedIdsOnly, AutocompleteSelectMultiple):
    pass


def refuse_impossible_ids(field: forms.Field) -> None:
    """Have a choice field refuse, as an invalid choice, a value that cannot be an id, before any query."""
    if isinstance(field, forms.ModelMultipleChoiceField):
        # Django's private check of the chosen ids, which its clean() calls (the stubs do not declare it).
        check_values = field._check_values  # type: ignore[attr-defined]

        def checked(values):
            for value in values:
                if an_id(value) is None:
                    raise ValidationError(
                        field.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": value},
                    )
            return check_values(values)

        field._check_values = checked  # type: ignore[attr-defined]
    elif isinstance(field, forms.ModelChoiceField):
        to_python = field.to_python

        def checked_one(value):
            if value not in field.empty_values and an_id(value) is None:
                raise ValidationError(field.error_messages["invalid_choice"], code="invalid_choice")
            return to_python(value)

        field.to_python = checked_one  # type: ignore[method-assign]


class SafeAutocompleteMixin:
    """Autocomplete widgets that survive forged values, and choice fields that refuse them with a form error."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:  # type: ignore[attr-defined]
            kwargs["widget"] = SafeAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))  # type: ignore[attr-defined]
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)  # type: ignore[misc]
        if field is not None:
            refuse_impossible_ids(field)
        return field

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:  # type: ignore[attr-defined]
            kwargs["widget"] = SafeAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )  # type: ignore[attr-defined]
        field = super().formfield_for_manytomany(db_field, request, **kwargs)  # type: ignore[misc]
        if field is not None:
            refuse_impossible_ids(field)
        return field


class InstanceAutocompleteSelect(SafeAutocompleteSelect):
    """An autocomplete select that labels its chosen option from the form's instance, not with a query.

    Django's widget looks the selected object up once per widget; in an inline of n rows that is a query
    per row and per field. The form hands the widget the related object it already loaded.
    """

    selected_object = None

    def optgroups(self, name, value, attr=None):
        chosen = self.selected_object
        if chosen is None or [str(v) for v in value if v not in ("", None)] != [str(chosen.pk)]:
            return super().optgroups(name, value, attr)
        options = []
        if not self.is_required:
            options.append(self.create_option(name, "", "", False, 0))
        label = self.choices.field.label_from_instance(chosen)
        options.append(self.create_option(name, chosen.pk, label, True, len(options)))
        return [(None, options, 0)]


class InstanceAutocompleteMixin(SafeAutocompleteMixin):
    """Give autocomplete widgets the related objects the inline's queryset already selected."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request):  # type: ignore[attr-defined]
            kwargs["widget"] = InstanceAutocompleteSelect(
                db_field,
                self.admin_site,  # type: ignore[attr-defined]
                using=kwargs.get("using"),
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        autocomplete = self.get_autocomplete_fields(request)

        class Form(formset.form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                for name in autocomplete:
                    field = self.fields.get(name)
                    widget = getattr(field.widget, "widget", field.widget) if field else None
                    related_id = getattr(self.instance, f"{name}_id", None)
                    if isinstance(widget, InstanceAutocompleteSelect) and related_id is not None:
                        # Read through the relation the inline's select_related() already filled.
                        widget.selected_object = getattr(self.instance, name)

        formset.form = Form
        return formset


def look_first_among(field: forms.ModelChoiceField, known: dict, *, unknown_is_new: bool = False) -> None:
    """Have a choice field take its object from `known` (id: object) before asking the database: a chain's
    rows then cost no query each for their hop, actor and source. Anything else is looked up as usual, or,
    with `unknown_is_new`, read as no object at all."""
    ask_the_database = field.to_python

    def to_python(value):
        number = an_id(value)
        if number in known:
            return known[number]
        if unknown_is_new and value not in field.empty_values:
            return None
        return ask_the_database(value)

    field.to_python = to_python  # type: ignore[method-assign]


class ReferencesCheckedByTheForm:
    """Leave foreign keys out of the model's own validation: the form's choice fields have found each
    object already, and the database's foreign keys hold to them; the model would look each up again."""

    def _get_validation_exclusions(self):
        exclude = super()._get_validation_exclusions()  # type: ignore[misc]
        return exclude | {f.name for f in self.instance._meta.fields if f.is_relation}  # type: ignore[attr-defined]


def object_view_url(model_admin, suffix: str, view):
    """Return the URL of a page about one object: <id>/<suffix>/, admin login required, named like Django's."""
    opts = model_admin.opts
    return path(
        f"<path:object_id>/{suffix}/",
        model_admin.admin_site.admin_view(view),
        name=f"{opts.app_label}_{opts.model_name}_{suffix}",
    )


def viewable_object(model_admin, request, object_id):
    """Return the object the user may view, or raise 404: never reveal what exists to whom may not see it."""
    obj = model_admin.get_object(request, object_id)
    if obj is None or not model_admin.has_view_permission(request, obj):
        raise Http404(f"No such {model_admin.opts.verbose_name}.")
    return obj


class CappedCountPaginator(Paginator):
    """Count at most CAP rows: an exact COUNT(*) of a million claims costs more than the page itself."""

    CAP = 10_000

    @cached_property
    def count(self) -> int:
        # The admin's change list pages a queryset.
        return cast(QuerySet, self.object_list).order_by().values("pk")[: self.CAP + 1].count()


class HistoryAdmin(SafeAutocompleteMixin, SimpleHistoryAdmin):
    """simple-history's admin, whose history pages only show: a past version is read, never saved again
    (SIMPLE_HISTORY_REVERT_DISABLED hides the button, but its page still saved a POST, past the services)."""

    def history_view(self, request, object_id, extra_context=None):
        if not str(object_id).isdigit():  # simple-history looks the id up as given: "abc" raised a ValueError
            raise Http404("No such record.")
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if not (str(object_id).isdigit() and str(version_id).isdigit()):
            raise Http404("No such version.")
        if request.method != "GET":
            raise PermissionDenied("A past version is shown, not saved again: edit the record itself.")
        return super().history_form_view(request, object_id, version_id, extra_context)


class ReadOnlyAdmin(admin.ModelAdmin):
    """A list to read: nothing is added, changed or deleted through it."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
