from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_period import AccountingPeriod
    from ..models.journal_entry_line import JournalEntryLine


T = TypeVar("T", bound="JournalEntryDetail")


@_attrs_define
class JournalEntryDetail:
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_period import AccountingPeriod  # noqa: PLC0415

        id = self.id

        sequence_number = self.sequence_number

        entry_date = self.entry_date

        reference = self.reference

        description = self.description

        total_debit = self.total_debit

        total_credit = self.total_credit

        is_balanced = self.is_balanced

        created_by = self.created_by

        status = self.status

        is_posted = self.is_posted

        posted_at: None | str | Unset
        if isinstance(self.posted_at, Unset):
            posted_at = UNSET
        else:
            posted_at = self.posted_at

        source_type = self.source_type

        source_reference = self.source_reference

        created_at = self.created_at

        currency = self.currency

        created_by_display = self.created_by_display

        status_display = self.status_display

        bank_transaction_id: None | str | Unset
        if isinstance(self.bank_transaction_id, Unset):
            bank_transaction_id = UNSET
        else:
            bank_transaction_id = self.bank_transaction_id

        accounting_period: dict[str, Any] | None | Unset
        if isinstance(self.accounting_period, Unset):
            accounting_period = UNSET
        elif isinstance(self.accounting_period, AccountingPeriod):
            accounting_period = self.accounting_period.to_dict()
        else:
            accounting_period = self.accounting_period

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accounting_period import AccountingPeriod  # noqa: PLC0415
        from ..models.journal_entry_line import JournalEntryLine  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        sequence_number = d.pop("sequence_number", UNSET)

        entry_date = d.pop("entry_date", UNSET)

        reference = d.pop("reference", UNSET)

        description = d.pop("description", UNSET)

        total_debit = d.pop("total_debit", UNSET)

        total_credit = d.pop("total_credit", UNSET)

        is_balanced = d.pop("is_balanced", UNSET)

        created_by = d.pop("created_by", UNSET)

        status = d.pop("status", UNSET)

        is_posted = d.pop("is_posted", UNSET)

        def _parse_posted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        posted_at = _parse_posted_at(d.pop("posted_at", UNSET))

        source_type = d.pop("source_type", UNSET)

        source_reference = d.pop("source_reference", UNSET)

        created_at = d.pop("created_at", UNSET)

        currency = d.pop("currency", UNSET)

        created_by_display = d.pop("created_by_display", UNSET)

        status_display = d.pop("status_display", UNSET)

        def _parse_bank_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_transaction_id = _parse_bank_transaction_id(d.pop("bank_transaction_id", UNSET))

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

        journal_entry_detail.additional_properties = d
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
