"""The resource client: one attribute per tag, mixed into ``thredfi.ThredfiClient`` (partner
scope, every tag) and ``thredfi.BusinessClient`` (one business, business-scoped tags).

Each tag's module is imported on first use of its attribute. Generated from openapi/templates.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .bank_accounts_management import (
        BankAccountsResource,
        BankAccountsResourceWithRawResponse,
        PartnerBankAccountsResource,
        PartnerBankAccountsResourceWithRawResponse,
    )
    from .bank_transactions import (
        BankTransactionsResource,
        BankTransactionsResourceWithRawResponse,
        PartnerBankTransactionsResource,
        PartnerBankTransactionsResourceWithRawResponse,
    )
    from .bill_payments import (
        BillPaymentsResource,
        BillPaymentsResourceWithRawResponse,
        PartnerBillPaymentsResource,
        PartnerBillPaymentsResourceWithRawResponse,
    )
    from .bills import (
        BillsResource,
        BillsResourceWithRawResponse,
        PartnerBillsResource,
        PartnerBillsResourceWithRawResponse,
    )
    from .business_management import (
        PartnerBusinessesResource,
        PartnerBusinessesResourceWithRawResponse,
    )
    from .customer_credits import (
        CustomerCreditsResource,
        CustomerCreditsResourceWithRawResponse,
        PartnerCustomerCreditsResource,
        PartnerCustomerCreditsResourceWithRawResponse,
    )
    from .customers import (
        CustomersResource,
        CustomersResourceWithRawResponse,
        PartnerCustomersResource,
        PartnerCustomersResourceWithRawResponse,
    )
    from .general_ledger import (
        GeneralLedgerResource,
        GeneralLedgerResourceWithRawResponse,
        PartnerGeneralLedgerResource,
        PartnerGeneralLedgerResourceWithRawResponse,
    )
    from .invoice_payments import (
        InvoicePaymentsResource,
        InvoicePaymentsResourceWithRawResponse,
        PartnerInvoicePaymentsResource,
        PartnerInvoicePaymentsResourceWithRawResponse,
    )
    from .invoices import (
        InvoicesResource,
        InvoicesResourceWithRawResponse,
        PartnerInvoicesResource,
        PartnerInvoicesResourceWithRawResponse,
    )
    from .payouts import (
        PartnerPayoutsResource,
        PartnerPayoutsResourceWithRawResponse,
        PayoutsResource,
        PayoutsResourceWithRawResponse,
    )
    from .refund_payments import (
        PartnerRefundPaymentsResource,
        PartnerRefundPaymentsResourceWithRawResponse,
        RefundPaymentsResource,
        RefundPaymentsResourceWithRawResponse,
    )
    from .refunds import (
        PartnerRefundsResource,
        PartnerRefundsResourceWithRawResponse,
        RefundsResource,
        RefundsResourceWithRawResponse,
    )
    from .reports import (
        PartnerReportsResource,
        PartnerReportsResourceWithRawResponse,
        ReportsResource,
        ReportsResourceWithRawResponse,
    )
    from .tax_codes import (
        PartnerTaxCodesResource,
        PartnerTaxCodesResourceWithRawResponse,
        TaxCodesResource,
        TaxCodesResourceWithRawResponse,
    )
    from .vendor_credits import (
        PartnerVendorCreditsResource,
        PartnerVendorCreditsResourceWithRawResponse,
        VendorCreditsResource,
        VendorCreditsResourceWithRawResponse,
    )
    from .vendor_refund_payments import (
        PartnerVendorRefundPaymentsResource,
        PartnerVendorRefundPaymentsResourceWithRawResponse,
        VendorRefundPaymentsResource,
        VendorRefundPaymentsResourceWithRawResponse,
    )
    from .vendor_refunds import (
        PartnerVendorRefundsResource,
        PartnerVendorRefundsResourceWithRawResponse,
        VendorRefundsResource,
        VendorRefundsResourceWithRawResponse,
    )
    from .vendors import (
        PartnerVendorsResource,
        PartnerVendorsResourceWithRawResponse,
        VendorsResource,
        VendorsResourceWithRawResponse,
    )


class PartnerResources:
    """Every resource, on the partner client (business-scoped methods take ``business_id`` first)."""

    @functools.cached_property
    def bank_accounts(self) -> PartnerBankAccountsResource:
        from .bank_accounts_management import PartnerBankAccountsResource

        return PartnerBankAccountsResource(cast(Any, self))

    @functools.cached_property
    def bank_transactions(self) -> PartnerBankTransactionsResource:
        from .bank_transactions import PartnerBankTransactionsResource

        return PartnerBankTransactionsResource(cast(Any, self))

    @functools.cached_property
    def bill_payments(self) -> PartnerBillPaymentsResource:
        from .bill_payments import PartnerBillPaymentsResource

        return PartnerBillPaymentsResource(cast(Any, self))

    @functools.cached_property
    def bills(self) -> PartnerBillsResource:
        from .bills import PartnerBillsResource

        return PartnerBillsResource(cast(Any, self))

    @functools.cached_property
    def businesses(self) -> PartnerBusinessesResource:
        from .business_management import PartnerBusinessesResource

        return PartnerBusinessesResource(cast(Any, self))

    @functools.cached_property
    def customer_credits(self) -> PartnerCustomerCreditsResource:
        from .customer_credits import PartnerCustomerCreditsResource

        return PartnerCustomerCreditsResource(cast(Any, self))

    @functools.cached_property
    def customers(self) -> PartnerCustomersResource:
        from .customers import PartnerCustomersResource

        return PartnerCustomersResource(cast(Any, self))

    @functools.cached_property
    def general_ledger(self) -> PartnerGeneralLedgerResource:
        from .general_ledger import PartnerGeneralLedgerResource

        return PartnerGeneralLedgerResource(cast(Any, self))

    @functools.cached_property
    def invoice_payments(self) -> PartnerInvoicePaymentsResource:
        from .invoice_payments import PartnerInvoicePaymentsResource

        return PartnerInvoicePaymentsResource(cast(Any, self))

    @functools.cached_property
    def invoices(self) -> PartnerInvoicesResource:
        from .invoices import PartnerInvoicesResource

        return PartnerInvoicesResource(cast(Any, self))

    @functools.cached_property
    def payouts(self) -> PartnerPayoutsResource:
        from .payouts import PartnerPayoutsResource

        return PartnerPayoutsResource(cast(Any, self))

    @functools.cached_property
    def refund_payments(self) -> PartnerRefundPaymentsResource:
        from .refund_payments import PartnerRefundPaymentsResource

        return PartnerRefundPaymentsResource(cast(Any, self))

    @functools.cached_property
    def refunds(self) -> PartnerRefundsResource:
        from .refunds import PartnerRefundsResource

        return PartnerRefundsResource(cast(Any, self))

    @functools.cached_property
    def reports(self) -> PartnerReportsResource:
        from .reports import PartnerReportsResource

        return PartnerReportsResource(cast(Any, self))

    @functools.cached_property
    def tax_codes(self) -> PartnerTaxCodesResource:
        from .tax_codes import PartnerTaxCodesResource

        return PartnerTaxCodesResource(cast(Any, self))

    @functools.cached_property
    def vendor_credits(self) -> PartnerVendorCreditsResource:
        from .vendor_credits import PartnerVendorCreditsResource

        return PartnerVendorCreditsResource(cast(Any, self))

    @functools.cached_property
    def vendor_refund_payments(self) -> PartnerVendorRefundPaymentsResource:
        from .vendor_refund_payments import PartnerVendorRefundPaymentsResource

        return PartnerVendorRefundPaymentsResource(cast(Any, self))

    @functools.cached_property
    def vendor_refunds(self) -> PartnerVendorRefundsResource:
        from .vendor_refunds import PartnerVendorRefundsResource

        return PartnerVendorRefundsResource(cast(Any, self))

    @functools.cached_property
    def vendors(self) -> PartnerVendorsResource:
        from .vendors import PartnerVendorsResource

        return PartnerVendorsResource(cast(Any, self))

    @functools.cached_property
    def with_raw_response(self) -> PartnerResourcesWithRawResponse:
        """The same resources; each call returns ``thredfi.RawResponse`` (status, headers, parsed model)."""
        return PartnerResourcesWithRawResponse(self)


class PartnerResourcesWithRawResponse:
    def __init__(self, client: object) -> None:
        self._client = client

    @functools.cached_property
    def bank_accounts(self) -> PartnerBankAccountsResourceWithRawResponse:
        from .bank_accounts_management import PartnerBankAccountsResourceWithRawResponse

        return PartnerBankAccountsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def bank_transactions(self) -> PartnerBankTransactionsResourceWithRawResponse:
        from .bank_transactions import PartnerBankTransactionsResourceWithRawResponse

        return PartnerBankTransactionsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def bill_payments(self) -> PartnerBillPaymentsResourceWithRawResponse:
        from .bill_payments import PartnerBillPaymentsResourceWithRawResponse

        return PartnerBillPaymentsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def bills(self) -> PartnerBillsResourceWithRawResponse:
        from .bills import PartnerBillsResourceWithRawResponse

        return PartnerBillsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def businesses(self) -> PartnerBusinessesResourceWithRawResponse:
        from .business_management import PartnerBusinessesResourceWithRawResponse

        return PartnerBusinessesResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def customer_credits(self) -> PartnerCustomerCreditsResourceWithRawResponse:
        from .customer_credits import PartnerCustomerCreditsResourceWithRawResponse

        return PartnerCustomerCreditsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def customers(self) -> PartnerCustomersResourceWithRawResponse:
        from .customers import PartnerCustomersResourceWithRawResponse

        return PartnerCustomersResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def general_ledger(self) -> PartnerGeneralLedgerResourceWithRawResponse:
        from .general_ledger import PartnerGeneralLedgerResourceWithRawResponse

        return PartnerGeneralLedgerResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def invoice_payments(self) -> PartnerInvoicePaymentsResourceWithRawResponse:
        from .invoice_payments import PartnerInvoicePaymentsResourceWithRawResponse

        return PartnerInvoicePaymentsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def invoices(self) -> PartnerInvoicesResourceWithRawResponse:
        from .invoices import PartnerInvoicesResourceWithRawResponse

        return PartnerInvoicesResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def payouts(self) -> PartnerPayoutsResourceWithRawResponse:
        from .payouts import PartnerPayoutsResourceWithRawResponse

        return PartnerPayoutsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def refund_payments(self) -> PartnerRefundPaymentsResourceWithRawResponse:
        from .refund_payments import PartnerRefundPaymentsResourceWithRawResponse

        return PartnerRefundPaymentsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def refunds(self) -> PartnerRefundsResourceWithRawResponse:
        from .refunds import PartnerRefundsResourceWithRawResponse

        return PartnerRefundsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def reports(self) -> PartnerReportsResourceWithRawResponse:
        from .reports import PartnerReportsResourceWithRawResponse

        return PartnerReportsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def tax_codes(self) -> PartnerTaxCodesResourceWithRawResponse:
        from .tax_codes import PartnerTaxCodesResourceWithRawResponse

        return PartnerTaxCodesResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def vendor_credits(self) -> PartnerVendorCreditsResourceWithRawResponse:
        from .vendor_credits import PartnerVendorCreditsResourceWithRawResponse

        return PartnerVendorCreditsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def vendor_refund_payments(self) -> PartnerVendorRefundPaymentsResourceWithRawResponse:
        from .vendor_refund_payments import PartnerVendorRefundPaymentsResourceWithRawResponse

        return PartnerVendorRefundPaymentsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def vendor_refunds(self) -> PartnerVendorRefundsResourceWithRawResponse:
        from .vendor_refunds import PartnerVendorRefundsResourceWithRawResponse

        return PartnerVendorRefundsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def vendors(self) -> PartnerVendorsResourceWithRawResponse:
        from .vendors import PartnerVendorsResourceWithRawResponse

        return PartnerVendorsResourceWithRawResponse(cast(Any, self._client))


class BusinessResources:
    """The business-scoped resources, on a business view (``business_id`` is bound)."""

    @functools.cached_property
    def bank_accounts(self) -> BankAccountsResource:
        from .bank_accounts_management import BankAccountsResource

        return BankAccountsResource(cast(Any, self))

    @functools.cached_property
    def bank_transactions(self) -> BankTransactionsResource:
        from .bank_transactions import BankTransactionsResource

        return BankTransactionsResource(cast(Any, self))

    @functools.cached_property
    def bill_payments(self) -> BillPaymentsResource:
        from .bill_payments import BillPaymentsResource

        return BillPaymentsResource(cast(Any, self))

    @functools.cached_property
    def bills(self) -> BillsResource:
        from .bills import BillsResource

        return BillsResource(cast(Any, self))

    @functools.cached_property
    def customer_credits(self) -> CustomerCreditsResource:
        from .customer_credits import CustomerCreditsResource

        return CustomerCreditsResource(cast(Any, self))

    @functools.cached_property
    def customers(self) -> CustomersResource:
        from .customers import CustomersResource

        return CustomersResource(cast(Any, self))

    @functools.cached_property
    def general_ledger(self) -> GeneralLedgerResource:
        from .general_ledger import GeneralLedgerResource

        return GeneralLedgerResource(cast(Any, self))

    @functools.cached_property
    def invoice_payments(self) -> InvoicePaymentsResource:
        from .invoice_payments import InvoicePaymentsResource

        return InvoicePaymentsResource(cast(Any, self))

    @functools.cached_property
    def invoices(self) -> InvoicesResource:
        from .invoices import InvoicesResource

        return InvoicesResource(cast(Any, self))

    @functools.cached_property
    def payouts(self) -> PayoutsResource:
        from .payouts import PayoutsResource

        return PayoutsResource(cast(Any, self))

    @functools.cached_property
    def refund_payments(self) -> RefundPaymentsResource:
        from .refund_payments import RefundPaymentsResource

        return RefundPaymentsResource(cast(Any, self))

    @functools.cached_property
    def refunds(self) -> RefundsResource:
        from .refunds import RefundsResource

        return RefundsResource(cast(Any, self))

    @functools.cached_property
    def reports(self) -> ReportsResource:
        from .reports import ReportsResource

        return ReportsResource(cast(Any, self))

    @functools.cached_property
    def tax_codes(self) -> TaxCodesResource:
        from .tax_codes import TaxCodesResource

        return TaxCodesResource(cast(Any, self))

    @functools.cached_property
    def vendor_credits(self) -> VendorCreditsResource:
        from .vendor_credits import VendorCreditsResource

        return VendorCreditsResource(cast(Any, self))

    @functools.cached_property
    def vendor_refund_payments(self) -> VendorRefundPaymentsResource:
        from .vendor_refund_payments import VendorRefundPaymentsResource

        return VendorRefundPaymentsResource(cast(Any, self))

    @functools.cached_property
    def vendor_refunds(self) -> VendorRefundsResource:
        from .vendor_refunds import VendorRefundsResource

        return VendorRefundsResource(cast(Any, self))

    @functools.cached_property
    def vendors(self) -> VendorsResource:
        from .vendors import VendorsResource

        return VendorsResource(cast(Any, self))

    @functools.cached_property
    def with_raw_response(self) -> BusinessResourcesWithRawResponse:
        """The same resources; each call returns ``thredfi.RawResponse`` (status, headers, parsed model)."""
        return BusinessResourcesWithRawResponse(self)


class BusinessResourcesWithRawResponse:
    def __init__(self, client: object) -> None:
        self._client = client

    @functools.cached_property
    def bank_accounts(self) -> BankAccountsResourceWithRawResponse:
        from .bank_accounts_management import BankAccountsResourceWithRawResponse

        return BankAccountsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def bank_transactions(self) -> BankTransactionsResourceWithRawResponse:
        from .bank_transactions import BankTransactionsResourceWithRawResponse

        return BankTransactionsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def bill_payments(self) -> BillPaymentsResourceWithRawResponse:
        from .bill_payments import BillPaymentsResourceWithRawResponse

        return BillPaymentsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def bills(self) -> BillsResourceWithRawResponse:
        from .bills import BillsResourceWithRawResponse

        return BillsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def customer_credits(self) -> CustomerCreditsResourceWithRawResponse:
        from .customer_credits import CustomerCreditsResourceWithRawResponse

        return CustomerCreditsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def customers(self) -> CustomersResourceWithRawResponse:
        from .customers import CustomersResourceWithRawResponse

        return CustomersResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def general_ledger(self) -> GeneralLedgerResourceWithRawResponse:
        from .general_ledger import GeneralLedgerResourceWithRawResponse

        return GeneralLedgerResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def invoice_payments(self) -> InvoicePaymentsResourceWithRawResponse:
        from .invoice_payments import InvoicePaymentsResourceWithRawResponse

        return InvoicePaymentsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def invoices(self) -> InvoicesResourceWithRawResponse:
        from .invoices import InvoicesResourceWithRawResponse

        return InvoicesResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def payouts(self) -> PayoutsResourceWithRawResponse:
        from .payouts import PayoutsResourceWithRawResponse

        return PayoutsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def refund_payments(self) -> RefundPaymentsResourceWithRawResponse:
        from .refund_payments import RefundPaymentsResourceWithRawResponse

        return RefundPaymentsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def refunds(self) -> RefundsResourceWithRawResponse:
        from .refunds import RefundsResourceWithRawResponse

        return RefundsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def reports(self) -> ReportsResourceWithRawResponse:
        from .reports import ReportsResourceWithRawResponse

        return ReportsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def tax_codes(self) -> TaxCodesResourceWithRawResponse:
        from .tax_codes import TaxCodesResourceWithRawResponse

        return TaxCodesResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def vendor_credits(self) -> VendorCreditsResourceWithRawResponse:
        from .vendor_credits import VendorCreditsResourceWithRawResponse

        return VendorCreditsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def vendor_refund_payments(self) -> VendorRefundPaymentsResourceWithRawResponse:
        from .vendor_refund_payments import VendorRefundPaymentsResourceWithRawResponse

        return VendorRefundPaymentsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def vendor_refunds(self) -> VendorRefundsResourceWithRawResponse:
        from .vendor_refunds import VendorRefundsResourceWithRawResponse

        return VendorRefundsResourceWithRawResponse(cast(Any, self._client))

    @functools.cached_property
    def vendors(self) -> VendorsResourceWithRawResponse:
        from .vendors import VendorsResourceWithRawResponse

        return VendorsResourceWithRawResponse(cast(Any, self._client))
