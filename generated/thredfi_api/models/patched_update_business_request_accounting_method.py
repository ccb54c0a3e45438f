from typing import Literal

PatchedUpdateBusinessRequestAccountingMethod = Literal["accrual", "cash"]

PATCHED_UPDATE_BUSINESS_REQUEST_ACCOUNTING_METHOD_VALUES: set[PatchedUpdateBusinessRequestAccountingMethod] = {
    "accrual",
    "cash",
}


def check_patched_update_business_request_accounting_method(value: str) -> PatchedUpdateBusinessRequestAccountingMethod:
    if value in PATCHED_UPDATE_BUSINESS_REQUEST_ACCOUNTING_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCHED_UPDATE_BUSINESS_REQUEST_ACCOUNTING_METHOD_VALUES!r}"
    )
