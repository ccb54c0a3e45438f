from typing import Literal

GetFinancialSummaryGranularity = Literal["monthly", "quarterly", "yearly"]

GET_FINANCIAL_SUMMARY_GRANULARITY_VALUES: set[GetFinancialSummaryGranularity] = {
    "monthly",
    "quarterly",
    "yearly",
}


def check_get_financial_summary_granularity(value: str) -> GetFinancialSummaryGranularity:
    if value in GET_FINANCIAL_SUMMARY_GRANULARITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_FINANCIAL_SUMMARY_GRANULARITY_VALUES!r}")
