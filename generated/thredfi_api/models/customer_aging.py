from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aging_buckets import AgingBuckets


T = TypeVar("T", bound="CustomerAging")


@_attrs_define
class CustomerAging:
    """One customer's aging

    Attributes:
        customer_id (str | Unset):
        customer_name (str | Unset):
        total_outstanding_cents (int | Unset):
        aging_buckets (AgingBuckets | Unset): Outstanding amounts by days overdue (cents)
    """

    customer_id: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    total_outstanding_cents: int | Unset = UNSET
    aging_buckets: AgingBuckets | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        customer_name = self.customer_name

        total_outstanding_cents = self.total_outstanding_cents

        aging_buckets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aging_buckets, Unset):
            aging_buckets = self.aging_buckets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if total_outstanding_cents is not UNSET:
            field_dict["total_outstanding_cents"] = total_outstanding_cents
        if aging_buckets is not UNSET:
            field_dict["aging_buckets"] = aging_buckets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aging_buckets import AgingBuckets  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customer_id", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        total_outstanding_cents = d.pop("total_outstanding_cents", UNSET)

        _aging_buckets = d.pop("aging_buckets", UNSET)
        aging_buckets: AgingBuckets | Unset
        if isinstance(_aging_buckets, Unset):
            aging_buckets = UNSET
        else:
            aging_buckets = AgingBuckets.from_dict(_aging_buckets)

        customer_aging = cls(
            customer_id=customer_id,
            customer_name=customer_name,
            total_outstanding_cents=total_outstanding_cents,
            aging_buckets=aging_buckets,
        )

        customer_aging.additional_properties = d
        return customer_aging

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
