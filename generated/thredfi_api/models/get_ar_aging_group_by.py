from typing import Literal

GetArAgingGroupBy = Literal["customer", "total"]

GET_AR_AGING_GROUP_BY_VALUES: set[GetArAgingGroupBy] = {
    "customer",
    "total",
}


def check_get_ar_aging_group_by(value: str) -> GetArAgingGroupBy:
    if value in GET_AR_AGING_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_AR_AGING_GROUP_BY_VALUES!r}")
