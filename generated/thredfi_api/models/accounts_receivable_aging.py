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
    from ..models.aging_buckets import AgingBuckets, AgingBucketsDict
    from ..models.customer_aging import CustomerAging, CustomerAgingDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AgingBuckets, CustomerAging
    from ..models.aging_buckets import AgingBuckets  # noqa: PLC0415
    from ..models.customer_aging import CustomerAging  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AccountsReceivableAging")


@_attrs_define(repr=False)
class AccountsReceivableAging(ThredfiModel):
    """Accounts receivable aging

    Attributes:
        business_id (str | Unset):
        as_of_date (str | Unset):
        group_by (str | Unset): customer or total
        currency (str | Unset):
        total_outstanding_cents (int | Unset):
        total_aging_buckets (AgingBuckets | Unset): Outstanding amounts by days overdue (cents)
        customers (list[CustomerAging] | None | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("business_id", "business_id"),
        ("as_of_date", "as_of_date"),
        ("group_by", "group_by"),
        ("currency", "currency"),
        ("total_outstanding_cents", "total_outstanding_cents"),
        ("total_aging_buckets", "total_aging_buckets"),
        ("customers", "customers"),
    )

    business_id: str | Unset = UNSET
    as_of_date: str | Unset = UNSET
    group_by: str | Unset = UNSET
    currency: str | Unset = UNSET
    total_outstanding_cents: int | Unset = UNSET
    total_aging_buckets: AgingBuckets | Unset = UNSET
    customers: list[CustomerAging] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.business_id is not _kept.get("business_id", _kept):
            business_id = self.business_id
        else:
            business_id = _kept["business_id"]

        if _kept is None or self.as_of_date is not _kept.get("as_of_date", _kept):
            as_of_date = self.as_of_date
        else:
            as_of_date = _kept["as_of_date"]

        if _kept is None or self.group_by is not _kept.get("group_by", _kept):
            group_by = self.group_by
        else:
            group_by = _kept["group_by"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.total_outstanding_cents is not _kept.get("total_outstanding_cents", _kept):
            total_outstanding_cents = self.total_outstanding_cents
        else:
            total_outstanding_cents = _kept["total_outstanding_cents"]

        if _kept is None or self.total_aging_buckets is not _kept.get("total_aging_buckets", _kept):
            total_aging_buckets: dict[str, Any] | Unset = UNSET
            if not isinstance(self.total_aging_buckets, Unset):
                total_aging_buckets = self.total_aging_buckets.to_dict()
        else:
            total_aging_buckets = _kept["total_aging_buckets"]

        if _kept is None or self.customers is not _kept.get("customers", _kept):
            customers: list[dict[str, Any]] | None | Unset
            if isinstance(self.customers, Unset):
                customers = UNSET
            elif isinstance(self.customers, list):
                customers = []
                for customers_type_0_item_data in self.customers:
                    customers_type_0_item = customers_type_0_item_data.to_dict()
                    customers.append(customers_type_0_item)

            else:
                customers = self.customers
        else:
            customers = _kept["customers"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if as_of_date is not UNSET:
            field_dict["as_of_date"] = as_of_date
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if currency is not UNSET:
            field_dict["currency"] = currency
        if total_outstanding_cents is not UNSET:
            field_dict["total_outstanding_cents"] = total_outstanding_cents
        if total_aging_buckets is not UNSET:
            field_dict["total_aging_buckets"] = total_aging_buckets
        if customers is not UNSET:
            field_dict["customers"] = customers
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
            business_id = d.pop("business_id", UNSET)
            if _checking and business_id.__class__ is not str and business_id is not UNSET:
                _expect(business_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            business_id = _field_failed(cls, "business_id", "business_id", "str", src_dict, d, _error, _kept)

        try:
            as_of_date = d.pop("as_of_date", UNSET)
            if _checking and as_of_date.__class__ is not str and as_of_date is not UNSET:
                _expect(as_of_date, "str")
        except Exception as _error:
            if not _checking:
                raise
            as_of_date = _field_failed(cls, "as_of_date", "as_of_date", "str", src_dict, d, _error, _kept)

        try:
            group_by = d.pop("group_by", UNSET)
            if _checking and group_by.__class__ is not str and group_by is not UNSET:
                _expect(group_by, "str")
        except Exception as _error:
            if not _checking:
                raise
            group_by = _field_failed(cls, "group_by", "group_by", "str", src_dict, d, _error, _kept)

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:
            total_outstanding_cents = d.pop("total_outstanding_cents", UNSET)
            if _checking and total_outstanding_cents.__class__ is not int and total_outstanding_cents is not UNSET:
                _expect(total_outstanding_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_outstanding_cents = _field_failed(
                cls, "total_outstanding_cents", "total_outstanding_cents", "int", src_dict, d, _error, _kept
            )

        try:
            _total_aging_buckets = d.pop("total_aging_buckets", UNSET)
            total_aging_buckets: AgingBuckets | Unset
            if isinstance(_total_aging_buckets, Unset):
                total_aging_buckets = UNSET
            else:
                total_aging_buckets = AgingBuckets.from_dict(_total_aging_buckets)

        except Exception as _error:
            if not _checking:
                raise
            total_aging_buckets = _field_failed(
                cls, "total_aging_buckets", "total_aging_buckets", "AgingBuckets", src_dict, d, _error, _kept
            )

        try:

            def _parse_customers(data: object) -> list[CustomerAging] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    customers_type_0 = []
                    _customers_type_0 = data
                    for customers_type_0_item_data in _customers_type_0:
                        customers_type_0_item = CustomerAging.from_dict(customers_type_0_item_data)

                        customers_type_0.append(customers_type_0_item)

                    return customers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[CustomerAging] | None | Unset, data)

            customers = _parse_customers(d.pop("customers", UNSET))

            if _checking:
                _expect_one_of(
                    customers,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            customers = _field_failed(
                cls, "customers", "customers", "list[CustomerAging] | None", src_dict, d, _error, _kept
            )

        accounts_receivable_aging = cls(
            business_id=business_id,
            as_of_date=as_of_date,
            group_by=group_by,
            currency=currency,
            total_outstanding_cents=total_outstanding_cents,
            total_aging_buckets=total_aging_buckets,
            customers=customers,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        accounts_receivable_aging.additional_properties = d
        if _kept:
            accounts_receivable_aging._thredfi_kept = _kept
        return accounts_receivable_aging

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


class AccountsReceivableAgingDict(TypedDict, total=False):
    """``AccountsReceivableAging`` as a dict (API field names): what a call accepts in its place."""

    business_id: str
    as_of_date: str
    group_by: str
    currency: str
    total_outstanding_cents: int
    total_aging_buckets: AgingBuckets | AgingBucketsDict
    customers: list[CustomerAging | CustomerAgingDict] | None
