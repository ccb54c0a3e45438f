from typing import Literal

CreateAccountRequestAccountSubtype = Literal[
    "current_assets",
    "current_liabilities",
    "direct_costs",
    "finance_costs",
    "finance_income",
    "income_tax",
    "non_current_assets",
    "non_current_liabilities",
    "operating_expenses",
    "other_operating_income",
    "reserves",
    "retained_earnings",
    "revenue",
    "share_capital",
    "share_premium",
]

CREATE_ACCOUNT_REQUEST_ACCOUNT_SUBTYPE_VALUES: set[CreateAccountRequestAccountSubtype] = {
    "current_assets",
    "current_liabilities",
    "direct_costs",
    "finance_costs",
    "finance_income",
    "income_tax",
    "non_current_assets",
    "non_current_liabilities",
    "operating_expenses",
    "other_operating_income",
    "reserves",
    "retained_earnings",
    "revenue",
    "share_capital",
    "share_premium",
}


def check_create_account_request_account_subtype(value: str) -> CreateAccountRequestAccountSubtype:
    if value in CREATE_ACCOUNT_REQUEST_ACCOUNT_SUBTYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_ACCOUNT_REQUEST_ACCOUNT_SUBTYPE_VALUES!r}")
