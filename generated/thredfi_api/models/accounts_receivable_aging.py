from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aging_buckets import AgingBuckets
    from ..models.customer_aging import CustomerAging


T = TypeVar("T", bound="AccountsReceivableAging")


@_attrs_define
class AccountsReceivableAging:
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

    business_id: str | Unset = UNSET
    as_of_date: str | Unset = UNSET
    group_by: str | Unset = UNSET
    currency: str | Unset = UNSET
    total_outstanding_cents: int | Unset = UNSET
    total_aging_buckets: AgingBuckets | Unset = UNSET
    customers: list[CustomerAging] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_id = self.business_id

        as_of_date = self.as_of_date

        group_by = self.group_by

        currency = self.currency

        total_outstanding_cents = self.total_outstanding_cents

        total_aging_buckets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_aging_buckets, Unset):
            total_aging_buckets = self.total_aging_buckets.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aging_buckets import AgingBuckets  # noqa: PLC0415
        from ..models.customer_aging import CustomerAging  # noqa: PLC0415

        d = dict(src_dict)
        business_id = d.pop("business_id", UNSET)

        as_of_date = d.pop("as_of_date", UNSET)

        group_by = d.pop("group_by", UNSET)

        currency = d.pop("currency", UNSET)

        total_outstanding_cents = d.pop("total_outstanding_cents", UNSET)

        _total_aging_buckets = d.pop("total_aging_buckets", UNSET)
        total_aging_buckets: AgingBuckets | Unset
        if isinstance(_total_aging_buckets, Unset):
            total_aging_buckets = UNSET
        else:
            total_aging_buckets = AgingBuckets.from_dict(_total_aging_buckets)

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

        accounts_receivable_aging = cls(
            business_id=business_id,
            as_of_date=as_of_date,
            group_by=group_by,
            currency=currency,
            total_outstanding_cents=total_outstanding_cents,
            total_aging_buckets=total_aging_buckets,
            customers=customers,
        )

        accounts_receivable_aging.additional_properties = d
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
