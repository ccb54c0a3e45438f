from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import expect_one_of as _expect_one_of
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_period import AccountingPeriod, AccountingPeriodDict
    from ..models.journal_entry_line import JournalEntryLine, JournalEntryLineDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AccountingPeriod, JournalEntryLine
    from ..models.accounting_period import AccountingPeriod  # noqa: PLC0415
    from ..models.journal_entry_line import JournalEntryLine  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="JournalEntryDetail")


@_attrs_define(repr=False)
class JournalEntryDetail(ThredfiModel):
    """A journal entry with its lines

    Attributes:
        id (str | Unset):
        sequence_number (str | Unset): e.g. JE-2024-0042
        entry_date (str | Unset):
        reference (str | Unset):
        description (str | Unset):
        total_debit (int | Unset): Cents
        total_credit (int | Unset): Cents
        is_balanced (bool | Unset):
        created_by (str | Unset): ai, manual, system or import
        status (str | Unset): draft, approved or rejected
        is_posted (bool | Unset):
        posted_at (None | str | Unset):
        source_type (str | Unset): e.g. invoice, bill, payment, bank_transaction
        source_reference (str | Unset):
        created_at (str | Unset):
        currency (str | Unset):
        created_by_display (str | Unset):
        status_display (str | Unset):
        bank_transaction_id (None | str | Unset):
        accounting_period (AccountingPeriod | None | Unset):
        lines (list[JournalEntryLine] | None | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("sequence_number", "sequence_number"),
        ("entry_date", "entry_date"),
        ("reference", "reference"),
        ("description", "description"),
        ("total_debit", "total_debit"),
        ("total_credit", "total_credit"),
        ("is_balanced", "is_balanced"),
        ("created_by", "created_by"),
        ("status", "status"),
        ("is_posted", "is_posted"),
        ("posted_at", "posted_at"),
        ("source_type", "source_type"),
        ("source_reference", "source_reference"),
        ("created_at", "created_at"),
        ("currency", "currency"),
        ("created_by_display", "created_by_display"),
        ("status_display", "status_display"),
        ("bank_transaction_id", "bank_transaction_id"),
        ("accounting_period", "accounting_period"),
        ("lines", "lines"),
    )

    id: str | Unset = UNSET
    sequence_number: str | Unset = UNSET
    entry_date: str | Unset = UNSET
    reference: str | Unset = UNSET
    description: str | Unset = UNSET
    total_debit: int | Unset = UNSET
    total_credit: int | Unset = UNSET
    is_balanced: bool | Unset = UNSET
    created_by: str | Unset = UNSET
    status: str | Unset = UNSET
    is_posted: bool | Unset = UNSET
    posted_at: None | str | Unset = UNSET
    source_type: str | Unset = UNSET
    source_reference: str | Unset = UNSET
    created_at: str | Unset = UNSET
    currency: str | Unset = UNSET
    created_by_display: str | Unset = UNSET
    status_display: str | Unset = UNSET
    bank_transaction_id: None | str | Unset = UNSET
    accounting_period: AccountingPeriod | None | Unset = UNSET
    lines: list[JournalEntryLine] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.sequence_number is not _kept.get("sequence_number", _kept):
            sequence_number = self.sequence_number
        else:
            sequence_number = _kept["sequence_number"]

        if _kept is None or self.entry_date is not _kept.get("entry_date", _kept):
            entry_date = self.entry_date
        else:
            entry_date = _kept["entry_date"]

        if _kept is None or self.reference is not _kept.get("reference", _kept):
            reference = self.reference
        else:
            reference = _kept["reference"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.total_debit is not _kept.get("total_debit", _kept):
            total_debit = self.total_debit
        else:
            total_debit = _kept["total_debit"]

        if _kept is None or self.total_credit is not _kept.get("total_credit", _kept):
            total_credit = self.total_credit
        else:
            total_credit = _kept["total_credit"]

        if _kept is None or self.is_balanced is not _kept.get("is_balanced", _kept):
            is_balanced = self.is_balanced
        else:
            is_balanced = _kept["is_balanced"]

        if _kept is None or self.created_by is not _kept.get("created_by", _kept):
            created_by = self.created_by
        else:
            created_by = _kept["created_by"]

        if _kept is None or self.status is not _kept.get("status", _kept):
            status = self.status
        else:
            status = _kept["status"]

        if _kept is None or self.is_posted is not _kept.get("is_posted", _kept):
            is_posted = self.is_posted
        else:
            is_posted = _kept["is_posted"]

        if _kept is None or self.posted_at is not _kept.get("posted_at", _kept):
            posted_at: None | str | Unset
            if isinstance(self.posted_at, Unset):
                posted_at = UNSET
            else:
                posted_at = self.posted_at
        else:
            posted_at = _kept["posted_at"]

        if _kept is None or self.source_type is not _kept.get("source_type", _kept):
            source_type = self.source_type
        else:
            source_type = _kept["source_type"]

        if _kept is None or self.source_reference is not _kept.get("source_reference", _kept):
            source_reference = self.source_reference
        else:
            source_reference = _kept["source_reference"]

        if _kept is None or self.created_at is not _kept.get("created_at", _kept):
            created_at = self.created_at
        else:
            created_at = _kept["created_at"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.created_by_display is not _kept.get("created_by_display", _kept):
            created_by_display = self.created_by_display
        else:
            created_by_display = _kept["created_by_display"]

        if _kept is None or self.status_display is not _kept.get("status_display", _kept):
            status_display = self.status_display
        else:
            status_display = _kept["status_display"]

        if _kept is None or self.bank_transaction_id is not _kept.get("bank_transaction_id", _kept):
            bank_transaction_id: None | str | Unset
            if isinstance(self.bank_transaction_id, Unset):
                bank_transaction_id = UNSET
            else:
                bank_transaction_id = self.bank_transaction_id
        else:
            bank_transaction_id = _kept["bank_transaction_id"]

        if _kept is None or self.accounting_period is not _kept.get("accounting_period", _kept):
            accounting_period: dict[str, Any] | None | Unset
            if isinstance(self.accounting_period, Unset):
                accounting_period = UNSET
            elif isinstance(self.accounting_period, AccountingPeriod):
                accounting_period = self.accounting_period.to_dict()
            else:
                accounting_period = self.accounting_period
        else:
            accounting_period = _kept["accounting_period"]

        if _kept is None or self.lines is not _kept.get("lines", _kept):
            lines: list[dict[str, Any]] | None | Unset
            if isinstance(self.lines, Unset):
                lines = UNSET
            elif isinstance(self.lines, list):
                lines = []
                for lines_type_0_item_data in self.lines:
                    lines_type_0_item = lines_type_0_item_data.to_dict()
                    lines.append(lines_type_0_item)

            else:
                lines = self.lines
        else:
            lines = _kept["lines"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if entry_date is not UNSET:
            field_dict["entry_date"] = entry_date
        if reference is not UNSET:
            field_dict["reference"] = reference
        if description is not UNSET:
            field_dict["description"] = description
        if total_debit is not UNSET:
            field_dict["total_debit"] = total_debit
        if total_credit is not UNSET:
            field_dict["total_credit"] = total_credit
        if is_balanced is not UNSET:
            field_dict["is_balanced"] = is_balanced
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if status is not UNSET:
            field_dict["status"] = status
        if is_posted is not UNSET:
            field_dict["is_posted"] = is_posted
        if posted_at is not UNSET:
            field_dict["posted_at"] = posted_at
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_reference is not UNSET:
            field_dict["source_reference"] = source_reference
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if created_by_display is not UNSET:
            field_dict["created_by_display"] = created_by_display
        if status_display is not UNSET:
            field_dict["status_display"] = status_display
        if bank_transaction_id is not UNSET:
            field_dict["bank_transaction_id"] = bank_transaction_id
        if accounting_period is not UNSET:
            field_dict["accounting_period"] = accounting_period
        if lines is not UNSET:
            field_dict["lines"] = lines
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
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
            sequence_number = d.pop("sequence_number", UNSET)
            if _checking and sequence_number.__class__ is not str and sequence_number is not UNSET:
                _expect(sequence_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            sequence_number = _field_failed(
                cls, "sequence_number", "sequence_number", "str", src_dict, d, _error, _kept
            )

        try:
            entry_date = d.pop("entry_date", UNSET)
            if _checking and entry_date.__class__ is not str and entry_date is not UNSET:
                _expect(entry_date, "str")
        except Exception as _error:
            if not _checking:
                raise
            entry_date = _field_failed(cls, "entry_date", "entry_date", "str", src_dict, d, _error, _kept)

        try:
            reference = d.pop("reference", UNSET)
            if _checking and reference.__class__ is not str and reference is not UNSET:
                _expect(reference, "str")
        except Exception as _error:
            if not _checking:
                raise
            reference = _field_failed(cls, "reference", "reference", "str", src_dict, d, _error, _kept)

        try:
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        try:
            total_debit = d.pop("total_debit", UNSET)
            if _checking and total_debit.__class__ is not int and total_debit is not UNSET:
                _expect(total_debit, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_debit = _field_failed(cls, "total_debit", "total_debit", "int", src_dict, d, _error, _kept)

        try:
            total_credit = d.pop("total_credit", UNSET)
            if _checking and total_credit.__class__ is not int and total_credit is not UNSET:
                _expect(total_credit, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_credit = _field_failed(cls, "total_credit", "total_credit", "int", src_dict, d, _error, _kept)

        try:
            is_balanced = d.pop("is_balanced", UNSET)
            if _checking and is_balanced.__class__ is not bool and is_balanced is not UNSET:
                _expect(is_balanced, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_balanced = _field_failed(cls, "is_balanced", "is_balanced", "bool", src_dict, d, _error, _kept)

        try:
            created_by = d.pop("created_by", UNSET)
            if _checking and created_by.__class__ is not str and created_by is not UNSET:
                _expect(created_by, "str")
        except Exception as _error:
            if not _checking:
                raise
            created_by = _field_failed(cls, "created_by", "created_by", "str", src_dict, d, _error, _kept)

        try:
            status = d.pop("status", UNSET)
            if _checking and status.__class__ is not str and status is not UNSET:
                _expect(status, "str")
        except Exception as _error:
            if not _checking:
                raise
            status = _field_failed(cls, "status", "status", "str", src_dict, d, _error, _kept)

        try:
            is_posted = d.pop("is_posted", UNSET)
            if _checking and is_posted.__class__ is not bool and is_posted is not UNSET:
                _expect(is_posted, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_posted = _field_failed(cls, "is_posted", "is_posted", "bool", src_dict, d, _error, _kept)

        try:

            def _parse_posted_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            posted_at = _parse_posted_at(d.pop("posted_at", UNSET))

            if _checking:
                _expect_one_of(
                    posted_at,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            posted_at = _field_failed(cls, "posted_at", "posted_at", "None | str", src_dict, d, _error, _kept)

        try:
            source_type = d.pop("source_type", UNSET)
            if _checking and source_type.__class__ is not str and source_type is not UNSET:
                _expect(source_type, "str")
        except Exception as _error:
            if not _checking:
                raise
            source_type = _field_failed(cls, "source_type", "source_type", "str", src_dict, d, _error, _kept)

        try:
            source_reference = d.pop("source_reference", UNSET)
            if _checking and source_reference.__class__ is not str and source_reference is not UNSET:
                _expect(source_reference, "str")
        except Exception as _error:
            if not _checking:
                raise
            source_reference = _field_failed(
                cls, "source_reference", "source_reference", "str", src_dict, d, _error, _kept
            )

        try:
            created_at = d.pop("created_at", UNSET)
            if _checking and created_at.__class__ is not str and created_at is not UNSET:
                _expect(created_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            created_at = _field_failed(cls, "created_at", "created_at", "str", src_dict, d, _error, _kept)

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:
            created_by_display = d.pop("created_by_display", UNSET)
            if _checking and created_by_display.__class__ is not str and created_by_display is not UNSET:
                _expect(created_by_display, "str")
        except Exception as _error:
            if not _checking:
                raise
            created_by_display = _field_failed(
                cls, "created_by_display", "created_by_display", "str", src_dict, d, _error, _kept
            )

        try:
            status_display = d.pop("status_display", UNSET)
            if _checking and status_display.__class__ is not str and status_display is not UNSET:
                _expect(status_display, "str")
        except Exception as _error:
            if not _checking:
                raise
            status_display = _field_failed(cls, "status_display", "status_display", "str", src_dict, d, _error, _kept)

        try:

            def _parse_bank_transaction_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            bank_transaction_id = _parse_bank_transaction_id(d.pop("bank_transaction_id", UNSET))

            if _checking:
                _expect_one_of(
                    bank_transaction_id,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            bank_transaction_id = _field_failed(
                cls, "bank_transaction_id", "bank_transaction_id", "None | str", src_dict, d, _error, _kept
            )

        try:

            def _parse_accounting_period(data: object) -> AccountingPeriod | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    accounting_period_type_1 = AccountingPeriod.from_dict(data)

                    return accounting_period_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AccountingPeriod | None | Unset, data)

            accounting_period = _parse_accounting_period(d.pop("accounting_period", UNSET))

            if _checking:
                _expect_one_of(
                    accounting_period,
                    (
                        type(None),
                        AccountingPeriod,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            accounting_period = _field_failed(
                cls, "accounting_period", "accounting_period", "AccountingPeriod | None", src_dict, d, _error, _kept
            )

        try:

            def _parse_lines(data: object) -> list[JournalEntryLine] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    lines_type_0 = []
                    _lines_type_0 = data
                    for lines_type_0_item_data in _lines_type_0:
                        lines_type_0_item = JournalEntryLine.from_dict(lines_type_0_item_data)

                        lines_type_0.append(lines_type_0_item)

                    return lines_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[JournalEntryLine] | None | Unset, data)

            lines = _parse_lines(d.pop("lines", UNSET))

            if _checking:
                _expect_one_of(
                    lines,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            lines = _field_failed(cls, "lines", "lines", "list[JournalEntryLine] | None", src_dict, d, _error, _kept)

        journal_entry_detail = cls(
            id=id,
            sequence_number=sequence_number,
            entry_date=entry_date,
            reference=reference,
            description=description,
            total_debit=total_debit,
            total_credit=total_credit,
            is_balanced=is_balanced,
            created_by=created_by,
            status=status,
            is_posted=is_posted,
            posted_at=posted_at,
            source_type=source_type,
            source_reference=source_reference,
            created_at=created_at,
            currency=currency,
            created_by_display=created_by_display,
            status_display=status_display,
            bank_transaction_id=bank_transaction_id,
            accounting_period=accounting_period,
            lines=lines,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        journal_entry_detail.additional_properties = d
        if _kept:
            journal_entry_detail._thredfi_kept = _kept
        return journal_entry_detail

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


class JournalEntryDetailDict(TypedDict, total=False):
    """``JournalEntryDetail`` as a dict (API field names): what a call accepts in its place."""

    id: str
    sequence_number: str
    entry_date: str
    reference: str
    description: str
    total_debit: int
    total_credit: int
    is_balanced: bool
    created_by: str
    status: str
    is_posted: bool
    posted_at: str | None
    source_type: str
    source_reference: str
    created_at: str
    currency: str
    created_by_display: str
    status_display: str
    bank_transaction_id: str | None
    accounting_period: None | AccountingPeriod | AccountingPeriodDict
    lines: list[JournalEntryLine | JournalEntryLineDict] | None
