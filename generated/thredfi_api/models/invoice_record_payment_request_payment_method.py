from typing import Literal

InvoiceRecordPaymentRequestPaymentMethod = Literal[
    "ach", "bank_transfer", "cash", "check", "credit_card", "debit_card", "other", "paypal", "stripe"
]

INVOICE_RECORD_PAYMENT_REQUEST_PAYMENT_METHOD_VALUES: set[InvoiceRecordPaymentRequestPaymentMethod] = {
    "ach",
    "bank_transfer",
    "cash",
    "check",
    "credit_card",
    "debit_card",
    "other",
    "paypal",
    "stripe",
}


def check_invoice_record_payment_request_payment_method(value: str) -> InvoiceRecordPaymentRequestPaymentMethod:
    if value in INVOICE_RECORD_PAYMENT_REQUEST_PAYMENT_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVOICE_RECORD_PAYMENT_REQUEST_PAYMENT_METHOD_VALUES!r}"
    )
