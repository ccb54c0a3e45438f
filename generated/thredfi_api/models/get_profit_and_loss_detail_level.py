from typing import Literal

GetProfitAndLossDetailLevel = Literal["detailed", "summary"]

GET_PROFIT_AND_LOSS_DETAIL_LEVEL_VALUES: set[GetProfitAndLossDetailLevel] = {
    "detailed",
    "summary",
}


def check_get_profit_and_loss_detail_level(value: str) -> GetProfitAndLossDetailLevel:
    if value in GET_PROFIT_AND_LOSS_DETAIL_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_PROFIT_AND_LOSS_DETAIL_LEVEL_VALUES!r}")
