from typing import Literal

CreateBusinessRequestAccountingMethod = Literal["accrual", "cash"]

CREATE_BUSINESS_REQUEST_ACCOUNTING_METHOD_VALUES: set[CreateBusinessRequestAccountingMethod] = {
    "accrual",
    "cash",
}


def check_create_business_request_accounting_method(value: str) -> CreateBusinessRequestAccountingMethod:
    if value in CREATE_BUSINESS_REQUEST_ACCOUNTING_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_BUSINESS_REQUEST_ACCOUNTING_METHOD_VALUES!r}")
