from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalEntryLine")


@_attrs_define(repr=False)
class JournalEntryLine(ThredfiModel):
    """A debit or credit line

    Attributes:
        id (str | Unset):
        line_number (int | Unset):
        account_code (str | Unset):
        account_name (str | Unset):
        account_type (str | Unset):
        debit_amount (int | Unset): Cents
        credit_amount (int | Unset): Cents
        description (str | Unset):
        external_reference (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("line_number", "line_number"),
        ("account_code", "account_code"),
        ("account_name", "account_name"),
        ("account_type", "account_type"),
        ("debit_amount", "debit_amount"),
        ("credit_amount", "credit_amount"),
        ("description", "description"),
        ("external_reference", "external_reference"),
    )

    id: str | Unset = UNSET
    line_number: int | Unset = UNSET
    account_code: str | Unset = UNSET
    account_name: str | Unset = UNSET
    account_type: str | Unset = UNSET
    debit_amount: int | Unset = UNSET
    credit_amount: int | Unset = UNSET
    description: str | Unset = UNSET
    external_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.line_number is not _kept.get("line_number", _kept):
            line_number = self.line_number
        else:
            line_number = _kept["line_number"]

        if _kept is None or self.account_code is not _kept.get("account_code", _kept):
            account_code = self.account_code
        else:
            account_code = _kept["account_code"]

        if _kept is None or self.account_name is not _kept.get("account_name", _kept):
            account_name = self.account_name
        else:
            account_name = _kept["account_name"]

        if _kept is None or self.account_type is not _kept.get("account_type", _kept):
            account_type = self.account_type
        else:
            account_type = _kept["account_type"]

        if _kept is None or self.debit_amount is not _kept.get("debit_amount", _kept):
            debit_amount = self.debit_amount
        else:
            debit_amount = _kept["debit_amount"]

        if _kept is None or self.credit_amount is not _kept.get("credit_amount", _kept):
            credit_amount = self.credit_amount
        else:
            credit_amount = _kept["credit_amount"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.external_reference is not _kept.get("external_reference", _kept):
            external_reference = self.external_reference
        else:
            external_reference = _kept["external_reference"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if line_number is not UNSET:
            field_dict["line_number"] = line_number
        if account_code is not UNSET:
            field_dict["account_code"] = account_code
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if debit_amount is not UNSET:
            field_dict["debit_amount"] = debit_amount
        if credit_amount is not UNSET:
            field_dict["credit_amount"] = credit_amount
        if description is not UNSET:
            field_dict["description"] = description
        if external_reference is not UNSET:
            field_dict["external_reference"] = external_reference
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            id = d.pop("id", UNSET)
            if _checking and id.__class__ is not str and id is not UNSET:
                _expect(id, "str")
        except Exception as _error:
            if not _checking:
                raise
            id = _field_failed(cls, "id", "id", "str", src_dict, d, _error, _kept)

        try:
            line_number = d.pop("line_number", UNSET)
            if _checking and line_number.__class__ is not int and line_number is not UNSET:
                _expect(line_number, "int")
        except Exception as _error:
            if not _checking:
                raise
            line_number = _field_failed(cls, "line_number", "line_number", "int", src_dict, d, _error, _kept)

        try:
            account_code = d.pop("account_code", UNSET)
            if _checking and account_code.__class__ is not str and account_code is not UNSET:
                _expect(account_code, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_code = _field_failed(cls, "account_code", "account_code", "str", src_dict, d, _error, _kept)

        try:
            account_name = d.pop("account_name", UNSET)
            if _checking and account_name.__class__ is not str and account_name is not UNSET:
                _expect(account_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_name = _field_failed(cls, "account_name", "account_name", "str", src_dict, d, _error, _kept)

        try:
            account_type = d.pop("account_type", UNSET)
            if _checking and account_type.__class__ is not str and account_type is not UNSET:
                _expect(account_type, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_type = _field_failed(cls, "account_type", "account_type", "str", src_dict, d, _error, _kept)

        try:
            debit_amount = d.pop("debit_amount", UNSET)
            if _checking and debit_amount.__class__ is not int and debit_amount is not UNSET:
                _expect(debit_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            debit_amount = _field_failed(cls, "debit_amount", "debit_amount", "int", src_dict, d, _error, _kept)

        try:
            credit_amount = d.pop("credit_amount", UNSET)
            if _checking and credit_amount.__class__ is not int and credit_amount is not UNSET:
                _expect(credit_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            credit_amount = _field_failed(cls, "credit_amount", "credit_amount", "int", src_dict, d, _error, _kept)

        try:
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        try:
            external_reference = d.pop("external_reference", UNSET)
            if _checking and external_reference.__class__ is not str and external_reference is not UNSET:
                _expect(external_reference, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_reference = _field_failed(
                cls, "external_reference", "external_reference", "str", src_dict, d, _error, _kept
            )

        journal_entry_line = cls(
            id=id,
            line_number=line_number,
            account_code=account_code,
            account_name=account_name,
            account_type=account_type,
            debit_amount=debit_amount,
            credit_amount=credit_amount,
            description=description,
            external_reference=external_reference,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        journal_entry_line.additional_properties = d
        if _kept:
            journal_entry_line._thredfi_kept = _kept
        return journal_entry_line

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class JournalEntryLineDict(TypedDict, total=False):
    """``JournalEntryLine`` as a dict (API field names): what a call accepts in its place."""

    id: str
    line_number: int
    account_code: str
    account_name: str
    account_type: str
    debit_amount: int
    credit_amount: int
    description: str
    external_reference: str
