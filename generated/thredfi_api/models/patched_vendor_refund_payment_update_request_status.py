from typing import Literal

PatchedVendorRefundPaymentUpdateRequestStatus = Literal["cancelled", "completed", "failed", "pending", "processing"]

PATCHED_VENDOR_REFUND_PAYMENT_UPDATE_REQUEST_STATUS_VALUES: set[PatchedVendorRefundPaymentUpdateRequestStatus] = {
    "cancelled",
    "completed",
    "failed",
    "pending",
    "processing",
}


def check_patched_vendor_refund_payment_update_request_status(
    value: str,
) -> PatchedVendorRefundPaymentUpdateRequestStatus:
    if value in PATCHED_VENDOR_REFUND_PAYMENT_UPDATE_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCHED_VENDOR_REFUND_PAYMENT_UPDATE_REQUEST_STATUS_VALUES!r}"
    )
