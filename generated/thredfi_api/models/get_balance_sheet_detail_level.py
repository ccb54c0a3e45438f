from typing import Literal

GetBalanceSheetDetailLevel = Literal["detailed", "summary"]

GET_BALANCE_SHEET_DETAIL_LEVEL_VALUES: set[GetBalanceSheetDetailLevel] = {
    "detailed",
    "summary",
}


def check_get_balance_sheet_detail_level(value: str) -> GetBalanceSheetDetailLevel:
    if value in GET_BALANCE_SHEET_DETAIL_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_BALANCE_SHEET_DETAIL_LEVEL_VALUES!r}")
