from typing import Literal

GetCashFlowStatementDetailLevel = Literal["detailed", "summary"]

GET_CASH_FLOW_STATEMENT_DETAIL_LEVEL_VALUES: set[GetCashFlowStatementDetailLevel] = {
    "detailed",
    "summary",
}


def check_get_cash_flow_statement_detail_level(value: str) -> GetCashFlowStatementDetailLevel:
    if value in GET_CASH_FLOW_STATEMENT_DETAIL_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CASH_FLOW_STATEMENT_DETAIL_LEVEL_VALUES!r}")
