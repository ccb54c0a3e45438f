from typing import Literal

CreateBillPaymentRequestPaymentMethod = Literal["ach", "bank_transfer", "cash", "check", "credit_card", "other", "wire"]

CREATE_BILL_PAYMENT_REQUEST_PAYMENT_METHOD_VALUES: set[CreateBillPaymentRequestPaymentMethod] = {
    "ach",
    "bank_transfer",
    "cash",
    "check",
    "credit_card",
    "other",
    "wire",
}


def check_create_bill_payment_request_payment_method(value: str) -> CreateBillPaymentRequestPaymentMethod:
    if value in CREATE_BILL_PAYMENT_REQUEST_PAYMENT_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_BILL_PAYMENT_REQUEST_PAYMENT_METHOD_VALUES!r}"
    )
