from typing import Literal

VendorRefundAllocationRequestAllocationType = Literal["bill", "credit", "payment"]

VENDOR_REFUND_ALLOCATION_REQUEST_ALLOCATION_TYPE_VALUES: set[VendorRefundAllocationRequestAllocationType] = {
    "bill",
    "credit",
    "payment",
}


def check_vendor_refund_allocation_request_allocation_type(value: str) -> VendorRefundAllocationRequestAllocationType:
    if value in VENDOR_REFUND_ALLOCATION_REQUEST_ALLOCATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VENDOR_REFUND_ALLOCATION_REQUEST_ALLOCATION_TYPE_VALUES!r}"
    )
