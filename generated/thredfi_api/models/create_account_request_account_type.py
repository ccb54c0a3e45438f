from typing import Literal

CreateAccountRequestAccountType = Literal["asset", "equity", "expense", "liability", "revenue"]

CREATE_ACCOUNT_REQUEST_ACCOUNT_TYPE_VALUES: set[CreateAccountRequestAccountType] = {
    "asset",
    "equity",
    "expense",
    "liability",
    "revenue",
}


def check_create_account_request_account_type(value: str) -> CreateAccountRequestAccountType:
    if value in CREATE_ACCOUNT_REQUEST_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_ACCOUNT_REQUEST_ACCOUNT_TYPE_VALUES!r}")
