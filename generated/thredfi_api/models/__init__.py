"""Contains all the data models used in inputs/outputs"""

from .bill_payment_cancel_response import BillPaymentCancelResponse
from .business_o_auth_2_token_response import BusinessOAuth2TokenResponse
from .error_response import ErrorResponse
from .error_response_detail import ErrorResponseDetail
from .o_auth_2_token_request import OAuth2TokenRequest
from .o_auth_2_token_response import OAuth2TokenResponse
from .validation_error_response import ValidationErrorResponse
from .validation_error_response_detail import ValidationErrorResponseDetail

__all__ = (
    "BillPaymentCancelResponse",
    "BusinessOAuth2TokenResponse",
    "ErrorResponse",
    "ErrorResponseDetail",
    "OAuth2TokenRequest",
    "OAuth2TokenResponse",
    "ValidationErrorResponse",
    "ValidationErrorResponseDetail",
)
