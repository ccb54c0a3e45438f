from typing import Literal

GetApAgingGroupBy = Literal["total", "vendor"]

GET_AP_AGING_GROUP_BY_VALUES: set[GetApAgingGroupBy] = {
    "total",
    "vendor",
}


def check_get_ap_aging_group_by(value: str) -> GetApAgingGroupBy:
    if value in GET_AP_AGING_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_AP_AGING_GROUP_BY_VALUES!r}")
