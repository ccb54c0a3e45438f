"""The resource client: one attribute per tag, mixed into ``thredfi.ThredfiClient`` (partner
scope, every tag) and ``thredfi.BusinessClient`` (one business, business-scoped tags).

Each tag's module is imported on first use of its attribute. Generated from openapi/templates.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, NamedTuple, cast

if TYPE_CHECKING:
    from .bank_accounts_management import (
        BankAccountsResource,
        BankAccountsResourceWithRawResponse,
        PartnerBankAccountsResource,
        PartnerBankAccountsResourceWithRawResponse,
        SyncBankAccountsResource,
        SyncBankAccountsResourceWithRawResponse,
        SyncPartnerBankAccountsResource,
        SyncPartnerBankAccountsResourceWithRawResponse,
    )
    from .bank_transactions import (
        BankTransactionsResource,
        BankTransactionsResourceWithRawResponse,
        PartnerBankTransactionsResource,
        PartnerBankTransactionsResourceWithRawResponse,
        SyncBankTransactionsResource,
        SyncBankTransactionsResourceWithRawResponse,
        SyncPartnerBankTransactionsResource,
        SyncPartnerBankTransactionsResourceWithRawResponse,
    )
    from .bill_payments import (
        BillPaymentsResource,
        BillPaymentsResourceWithRawResponse,
        PartnerBillPaymentsResource,
        PartnerBillPaymentsResourceWithRawResponse,
        SyncBillPaymentsResource,
        SyncBillPaymentsResourceWithRawResponse,
        SyncPartnerBillPaymentsResource,
        SyncPartnerBillPaymentsResourceWithRawResponse,
    )
    from .bills import (
        BillsResource,
        BillsResourceWithRawResponse,
        PartnerBillsResource,
        PartnerBillsResourceWithRawResponse,
        SyncBillsResource,
        SyncBillsResourceWithRawResponse,
        SyncPartnerBillsResource,
        SyncPartnerBillsResourceWithRawResponse,
    )
    from .business_management import (
        PartnerBusinessesResource,
        PartnerBusinessesResourceWithRawResponse,
        SyncPartnerBusinessesResource,
        SyncPartnerBusinessesResourceWithRawResponse,
    )
    from .customer_credits import (
        CustomerCreditsResource,
        CustomerCreditsResourceWithRawResponse,
        PartnerCustomerCreditsResource,
        PartnerCustomerCreditsResourceWithRawResponse,
        SyncCustomerCreditsResource,
        SyncCustomerCreditsResourceWithRawResponse,
        SyncPartnerCustomerCreditsResource,
        SyncPartnerCustomerCreditsResourceWithRawResponse,
    )
    from .customers import (
        CustomersResource,
        CustomersResourceWithRawResponse,
        PartnerCustomersResource,
        PartnerCustomersResourceWithRawResponse,
        SyncCustomersResource,
        SyncCustomersResourceWithRawResponse,
        SyncPartnerCustomersResource,
        SyncPartnerCustomersResourceWithRawResponse,
    )
    from .general_ledger import (
        GeneralLedgerResource,
        GeneralLedgerResourceWithRawResponse,
        PartnerGeneralLedgerResource,
        PartnerGeneralLedgerResourceWithRawResponse,
        SyncGeneralLedgerResource,
        SyncGeneralLedgerResourceWithRawResponse,
        SyncPartnerGeneralLedgerResource,
        SyncPartnerGeneralLedgerResourceWithRawResponse,
    )
    from .invoice_payments import (
        InvoicePaymentsResource,
        InvoicePaymentsResourceWithRawResponse,
        PartnerInvoicePaymentsResource,
        PartnerInvoicePaymentsResourceWithRawResponse,
        SyncInvoicePaymentsResource,
        SyncInvoicePaymentsResourceWithRawResponse,
        SyncPartnerInvoicePaymentsResource,
        SyncPartnerInvoicePaymentsResourceWithRawResponse,
    )
    from .invoices import (
        InvoicesResource,
        InvoicesResourceWithRawResponse,
        PartnerInvoicesResource,
        PartnerInvoicesResourceWithRawResponse,
        SyncInvoicesResource,
        SyncInvoicesResourceWithRawResponse,
        SyncPartnerInvoicesResource,
        SyncPartnerInvoicesResourceWithRawResponse,
    )
    from .payouts import (
        PartnerPayoutsResource,
        PartnerPayoutsResourceWithRawResponse,
        PayoutsResource,
        PayoutsResourceWithRawResponse,
        SyncPartnerPayoutsResource,
        SyncPartnerPayoutsResourceWithRawResponse,
        SyncPayoutsResource,
        SyncPayoutsResourceWithRawResponse,
    )
    from .refund_payments import (
        PartnerRefundPaymentsResource,
        PartnerRefundPaymentsResourceWithRawResponse,
        RefundPaymentsResource,
        RefundPaymentsResourceWithRawResponse,
        SyncPartnerRefundPaymentsResource,
        SyncPartnerRefundPaymentsResourceWithRawResponse,
        SyncRefundPaymentsResource,
        SyncRefundPaymentsResourceWithRawResponse,
    )
    from .refunds import (
        PartnerRefundsResource,
        PartnerRefundsResourceWithRawResponse,
        RefundsResource,
        RefundsResourceWithRawResponse,
        SyncPartnerRefundsResource,
        SyncPartnerRefundsResourceWithRawResponse,
        SyncRefundsResource,
        SyncRefundsResourceWithRawResponse,
    )
    from .reports import (
        PartnerReportsResource,
        PartnerReportsResourceWithRawResponse,
        ReportsResource,
        ReportsResourceWithRawResponse,
        SyncPartnerReportsResource,
        SyncPartnerReportsResourceWithRawResponse,
        SyncReportsResource,
        SyncReportsResourceWithRawResponse,
    )
    from .tax_codes import (
        PartnerTaxCodesResource,
        PartnerTaxCodesResourceWithRawResponse,
        SyncPartnerTaxCodesResource,
        SyncPartnerTaxCodesResourceWithRawResponse,
        SyncTaxCodesResource,
        SyncTaxCodesResourceWithRawResponse,
        TaxCodesResource,
        TaxCodesResourceWithRawResponse,
    )
    from .vendor_credits import (
        PartnerVendorCreditsResource,
        PartnerVendorCreditsResourceWithRawResponse,
        SyncPartnerVendorCreditsResource,
        SyncPartnerVendorCreditsResourceWithRawResponse,
        SyncVendorCreditsResource,
        SyncVendorCreditsResourceWithRawResponse,
        VendorCreditsResource,
        VendorCreditsResourceWithRawResponse,
    )
    from .vendor_refund_payments import (
        PartnerVendorRefundPaymentsResource,
        PartnerVendorRefundPaymentsResourceWithRawResponse,
        SyncPartnerVendorRefundPaymentsResource,
        SyncPartnerVendorRefundPaymentsResourceWithRawResponse,
        SyncVendorRefundPaymentsResource,
        SyncVendorRefundPaymentsResourceWithRawResponse,
        VendorRefundPaymentsResource,
        VendorRefundPaymentsResourceWithRawResponse,
    )
    from .vendor_refunds import (
        PartnerVendorRefundsResource,
        PartnerVendorRefundsResourceWithRawResponse,
        SyncPartnerVendorRefundsResource,
        SyncPartnerVendorRefundsResourceWithRawResponse,
        SyncVendorRefundsResource,
        SyncVendorRefundsResourceWithRawResponse,
        VendorRefundsResource,
        VendorRefundsResourceWithRawResponse,
    )
    from .vendors import (
        PartnerVendorsResource,
        PartnerVendorsResourceWithRawResponse,
        SyncPartnerVendorsResource,
        SyncPartnerVendorsResourceWithRawResponse,
        SyncVendorsResource,
        SyncVendorsResourceWithRawResponse,
        VendorsResource,
        VendorsResourceWithRawResponse,
    )


class Route(NamedTuple):
    """One operation: how it is sent and how it is called (read by telemetry and thredfi.testing)."""

    method: str
    path: str  # the spec's path template: /v1/platform/businesses/{business_id}/...
    operation_id: str  # also the endpoint module's name
    tag: str  # the endpoint package: thredfi_api.api.<tag>
    resource: str  # the attribute on a client view ("" for the SDK's own token operations)
    method_name: str  # the resource method ("" when there is no resource)
    business_scoped: bool  # also on client.for_business(id), with business_id bound


ROUTES: tuple[Route, ...] = (
    Route(
        "GET",
        "/v1/platform/businesses/{business_id_path}/bank-accounts/",
        "list_bank_accounts",
        "bank_accounts_management",
        "bank_accounts",
        "list",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/bank-accounts/{bank_account_id}/",
        "retrieve_bank_account",
        "bank_accounts_management",
        "bank_accounts",
        "get",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/bank-transactions/",
        "list_bank_transactions",
        "bank_transactions",
        "bank_transactions",
        "list",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/bills/payments/",
        "create_bill_payment",
        "bill_payments",
        "bill_payments",
        "create",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/bills/payments/{bill_payment_id}/delete/",
        "delete_bill_payment",
        "bill_payments",
        "bill_payments",
        "delete",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/bills/payments/{bill_payment_id}/",
        "get_bill_payment",
        "bill_payments",
        "bill_payments",
        "get",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/bills/payments/",
        "list_bill_payments",
        "bill_payments",
        "bill_payments",
        "list",
        True,
    ),
    Route(
        "PATCH",
        "/v1/platform/businesses/{business_id}/bills/payments/{bill_payment_id}/",
        "update_bill_payment",
        "bill_payments",
        "bill_payments",
        "update",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/bills/",
        "create_bill",
        "bills",
        "bills",
        "create",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/bills/{bill_id}/",
        "get_bill",
        "bills",
        "bills",
        "get",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/bills/",
        "list_bills",
        "bills",
        "bills",
        "list",
        True,
    ),
    Route(
        "PUT",
        "/v1/platform/businesses/{business_id}/bills/{bill_id}/",
        "update_bill",
        "bills",
        "bills",
        "update",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/",
        "create_business",
        "business_management",
        "businesses",
        "create",
        False,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/",
        "get_business",
        "business_management",
        "businesses",
        "get",
        False,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/",
        "list_businesses",
        "business_management",
        "businesses",
        "list",
        False,
    ),
    Route(
        "PATCH",
        "/v1/platform/businesses/{business_id}/",
        "update_business",
        "business_management",
        "businesses",
        "update",
        False,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/customer-credits/",
        "create_customer_credit",
        "customer_credits",
        "customer_credits",
        "create",
        True,
    ),
    Route(
        "DELETE",
        "/v1/platform/businesses/{business_id}/customer-credits/{credit_id}/",
        "delete_customer_credit",
        "customer_credits",
        "customer_credits",
        "delete",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/customer-credits/",
        "list_customer_credits",
        "customer_credits",
        "customer_credits",
        "list",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/customers/{customer_id}/archive/",
        "archive_customer",
        "customers",
        "customers",
        "archive",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/customers/",
        "create_customer",
        "customers",
        "customers",
        "create",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/customers/{customer_id}/",
        "get_customer",
        "customers",
        "customers",
        "get",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/customers/",
        "list_customers",
        "customers",
        "customers",
        "list",
        True,
    ),
    Route(
        "DELETE",
        "/v1/platform/businesses/{business_id}/general-ledger/chart-of-accounts/{account_id}/",
        "archive_account",
        "general_ledger",
        "general_ledger",
        "archive_account",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/general-ledger/chart-of-accounts/",
        "create_account",
        "general_ledger",
        "general_ledger",
        "create_account",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/general-ledger/chart-of-accounts/{account_id}/children/",
        "create_child_account",
        "general_ledger",
        "general_ledger",
        "create_child_account",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/general-ledger/chart-of-accounts/{account_id}/",
        "get_account_detail",
        "general_ledger",
        "general_ledger",
        "get_account_detail",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/general-ledger/chart-of-accounts/{account_id}/entries/",
        "get_account_entries",
        "general_ledger",
        "general_ledger",
        "get_account_entries",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/general-ledger/chart-of-accounts/hierarchy/",
        "get_chart_of_accounts_hierarchy",
        "general_ledger",
        "general_ledger",
        "get_chart_of_accounts_hierarchy",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/general-ledger/journal-entries/{entry_id}/",
        "get_journal_entry_detail",
        "general_ledger",
        "general_ledger",
        "get_journal_entry_detail",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/general-ledger/chart-of-accounts/",
        "list_chart_of_accounts",
        "general_ledger",
        "general_ledger",
        "list_chart_of_accounts",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/general-ledger/journal-entries/",
        "list_journal_entries",
        "general_ledger",
        "general_ledger",
        "list_journal_entries",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/invoices/payments/",
        "create_invoice_payment",
        "invoice_payments",
        "invoice_payments",
        "create",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/invoices/payments/{payment_id}/delete/",
        "delete_payment",
        "invoice_payments",
        "invoice_payments",
        "delete",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/invoices/payments/{payment_id}/",
        "get_payment",
        "invoice_payments",
        "invoice_payments",
        "get",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/invoices/payments/",
        "list_invoice_payments",
        "invoice_payments",
        "invoice_payments",
        "list",
        True,
    ),
    Route(
        "PATCH",
        "/v1/platform/businesses/{business_id}/invoices/payments/{payment_id}/",
        "update_invoice_payment",
        "invoice_payments",
        "invoice_payments",
        "update",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/invoices/",
        "create_invoice",
        "invoices",
        "invoices",
        "create",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/invoices/",
        "list_invoices",
        "invoices",
        "invoices",
        "list",
        True,
    ),
    Route(
        "PUT",
        "/v1/platform/businesses/{business_id}/invoices/{invoice_id}/",
        "update_invoice",
        "invoices",
        "invoices",
        "update",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/invoices/{invoice_id}/void/",
        "void_invoice",
        "invoices",
        "invoices",
        "void",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/{business_id}/oauth2/token/",
        "get_business_token",
        "oauth_2_authentication_unscoped_and_scoped",
        "",
        "",
        False,
    ),
    Route(
        "POST",
        "/v1/platform/oauth2/token/",
        "get_partner_token",
        "oauth_2_authentication_unscoped_and_scoped",
        "",
        "",
        False,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/payouts/",
        "create_payout",
        "payouts",
        "payouts",
        "create",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/payouts/{payout_id}/",
        "get_payout",
        "payouts",
        "payouts",
        "get",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/payouts/",
        "list_payouts",
        "payouts",
        "payouts",
        "list",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/invoices/refunds/{refund_id}/payments/",
        "create_refund_payment",
        "refund_payments",
        "refund_payments",
        "create",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/invoices/refunds/{refund_id}/payments/",
        "list_refund_payments",
        "refund_payments",
        "refund_payments",
        "list",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/invoices/refunds/",
        "create_refund",
        "refunds",
        "refunds",
        "create",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/invoices/refunds/{refund_id}/",
        "get_refund",
        "refunds",
        "refunds",
        "get",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/invoices/refunds/",
        "list_refunds",
        "refunds",
        "refunds",
        "list",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/insights/ap-aging/",
        "get_ap_aging",
        "reports",
        "reports",
        "get_ap_aging",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/insights/ar-aging/",
        "get_ar_aging",
        "reports",
        "reports",
        "get_ar_aging",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/reports/balance-sheet/",
        "get_balance_sheet",
        "reports",
        "reports",
        "get_balance_sheet",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/reports/cash-flow/",
        "get_cash_flow_statement",
        "reports",
        "reports",
        "get_cash_flow_statement",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/insights/financial-summary/",
        "get_financial_summary",
        "reports",
        "reports",
        "get_financial_summary",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/reports/profit-and-loss/",
        "get_profit_and_loss",
        "reports",
        "reports",
        "get_profit_and_loss",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/tax-codes/",
        "list_tax_codes",
        "tax_codes",
        "tax_codes",
        "list",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/vendor-credits/",
        "create_vendor_credit",
        "vendor_credits",
        "vendor_credits",
        "create",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/vendor-credits/{credit_id}/",
        "get_vendor_credit",
        "vendor_credits",
        "vendor_credits",
        "get",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/vendor-credits/",
        "list_vendor_credits",
        "vendor_credits",
        "vendor_credits",
        "list",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/vendor-refunds/payments/",
        "create_vendor_refund_payment",
        "vendor_refund_payments",
        "vendor_refund_payments",
        "create",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/vendor-refunds/payments/{vendor_refund_payment_id}/delete/",
        "delete_vendor_refund_payment",
        "vendor_refund_payments",
        "vendor_refund_payments",
        "delete",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/vendor-refunds/payments/",
        "list_vendor_refund_payments",
        "vendor_refund_payments",
        "vendor_refund_payments",
        "list",
        True,
    ),
    Route(
        "PATCH",
        "/v1/platform/businesses/{business_id}/vendor-refunds/payments/{vendor_refund_payment_id}/",
        "update_vendor_refund_payment",
        "vendor_refund_payments",
        "vendor_refund_payments",
        "update",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/vendor-refunds/",
        "create_vendor_refund",
        "vendor_refunds",
        "vendor_refunds",
        "create",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/vendor-refunds/",
        "list_vendor_refunds",
        "vendor_refunds",
        "vendor_refunds",
        "list",
        True,
    ),
    Route(
        "PATCH",
        "/v1/platform/businesses/{business_id}/vendor-refunds/{refund_id}/",
        "update_vendor_refund",
        "vendor_refunds",
        "vendor_refunds",
        "update",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/vendors/",
        "create_vendor",
        "vendors",
        "vendors",
        "create",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/vendors/{vendor_id}/",
        "get_vendor",
        "vendors",
        "vendors",
        "get",
        True,
    ),
    Route(
        "GET",
        "/v1/platform/businesses/{business_id}/vendors/",
        "list_vendors",
        "vendors",
        "vendors",
        "list",
        True,
    ),
    Route(
        "POST",
        "/v1/platform/businesses/{business_id}/vendors/{vendor_id}/unarchive/",
        "unarchive_vendor",
        "vendors",
        "vendors",
        "unarchive",
        True,
    ),
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


class SyncPartnerResources:
    """Every resource on ``thredfi.Client`` (blocking; business-scoped methods take ``business_id`` first)."""

    _async_view: Any  # the async view this blocking one calls (thredfi._sync)
    _runner: Any

    @functools.cached_property
    def bank_accounts(self) -> SyncPartnerBankAccountsResource:
        from .bank_accounts_management import SyncPartnerBankAccountsResource

        return SyncPartnerBankAccountsResource(self._async_view.bank_accounts, self._runner)

    @functools.cached_property
    def bank_transactions(self) -> SyncPartnerBankTransactionsResource:
        from .bank_transactions import SyncPartnerBankTransactionsResource

        return SyncPartnerBankTransactionsResource(self._async_view.bank_transactions, self._runner)

    @functools.cached_property
    def bill_payments(self) -> SyncPartnerBillPaymentsResource:
        from .bill_payments import SyncPartnerBillPaymentsResource

        return SyncPartnerBillPaymentsResource(self._async_view.bill_payments, self._runner)

    @functools.cached_property
    def bills(self) -> SyncPartnerBillsResource:
        from .bills import SyncPartnerBillsResource

        return SyncPartnerBillsResource(self._async_view.bills, self._runner)

    @functools.cached_property
    def businesses(self) -> SyncPartnerBusinessesResource:
        from .business_management import SyncPartnerBusinessesResource

        return SyncPartnerBusinessesResource(self._async_view.businesses, self._runner)

    @functools.cached_property
    def customer_credits(self) -> SyncPartnerCustomerCreditsResource:
        from .customer_credits import SyncPartnerCustomerCreditsResource

        return SyncPartnerCustomerCreditsResource(self._async_view.customer_credits, self._runner)

    @functools.cached_property
    def customers(self) -> SyncPartnerCustomersResource:
        from .customers import SyncPartnerCustomersResource

        return SyncPartnerCustomersResource(self._async_view.customers, self._runner)

    @functools.cached_property
    def general_ledger(self) -> SyncPartnerGeneralLedgerResource:
        from .general_ledger import SyncPartnerGeneralLedgerResource

        return SyncPartnerGeneralLedgerResource(self._async_view.general_ledger, self._runner)

    @functools.cached_property
    def invoice_payments(self) -> SyncPartnerInvoicePaymentsResource:
        from .invoice_payments import SyncPartnerInvoicePaymentsResource

        return SyncPartnerInvoicePaymentsResource(self._async_view.invoice_payments, self._runner)

    @functools.cached_property
    def invoices(self) -> SyncPartnerInvoicesResource:
        from .invoices import SyncPartnerInvoicesResource

        return SyncPartnerInvoicesResource(self._async_view.invoices, self._runner)

    @functools.cached_property
    def payouts(self) -> SyncPartnerPayoutsResource:
        from .payouts import SyncPartnerPayoutsResource

        return SyncPartnerPayoutsResource(self._async_view.payouts, self._runner)

    @functools.cached_property
    def refund_payments(self) -> SyncPartnerRefundPaymentsResource:
        from .refund_payments import SyncPartnerRefundPaymentsResource

        return SyncPartnerRefundPaymentsResource(self._async_view.refund_payments, self._runner)

    @functools.cached_property
    def refunds(self) -> SyncPartnerRefundsResource:
        from .refunds import SyncPartnerRefundsResource

        return SyncPartnerRefundsResource(self._async_view.refunds, self._runner)

    @functools.cached_property
    def reports(self) -> SyncPartnerReportsResource:
        from .reports import SyncPartnerReportsResource

        return SyncPartnerReportsResource(self._async_view.reports, self._runner)

    @functools.cached_property
    def tax_codes(self) -> SyncPartnerTaxCodesResource:
        from .tax_codes import SyncPartnerTaxCodesResource

        return SyncPartnerTaxCodesResource(self._async_view.tax_codes, self._runner)

    @functools.cached_property
    def vendor_credits(self) -> SyncPartnerVendorCreditsResource:
        from .vendor_credits import SyncPartnerVendorCreditsResource

        return SyncPartnerVendorCreditsResource(self._async_view.vendor_credits, self._runner)

    @functools.cached_property
    def vendor_refund_payments(self) -> SyncPartnerVendorRefundPaymentsResource:
        from .vendor_refund_payments import SyncPartnerVendorRefundPaymentsResource

        return SyncPartnerVendorRefundPaymentsResource(self._async_view.vendor_refund_payments, self._runner)

    @functools.cached_property
    def vendor_refunds(self) -> SyncPartnerVendorRefundsResource:
        from .vendor_refunds import SyncPartnerVendorRefundsResource

        return SyncPartnerVendorRefundsResource(self._async_view.vendor_refunds, self._runner)

    @functools.cached_property
    def vendors(self) -> SyncPartnerVendorsResource:
        from .vendors import SyncPartnerVendorsResource

        return SyncPartnerVendorsResource(self._async_view.vendors, self._runner)

    @functools.cached_property
    def with_raw_response(self) -> SyncPartnerResourcesWithRawResponse:
        """The same resources; each call returns ``thredfi.RawResponse`` (status, headers, parsed model)."""
        return SyncPartnerResourcesWithRawResponse(self)


class SyncPartnerResourcesWithRawResponse:
    def __init__(self, client: SyncPartnerResources) -> None:
        self._client = client

    @functools.cached_property
    def bank_accounts(self) -> SyncPartnerBankAccountsResourceWithRawResponse:
        from .bank_accounts_management import SyncPartnerBankAccountsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerBankAccountsResourceWithRawResponse(raw.bank_accounts, self._client._runner)

    @functools.cached_property
    def bank_transactions(self) -> SyncPartnerBankTransactionsResourceWithRawResponse:
        from .bank_transactions import SyncPartnerBankTransactionsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerBankTransactionsResourceWithRawResponse(raw.bank_transactions, self._client._runner)

    @functools.cached_property
    def bill_payments(self) -> SyncPartnerBillPaymentsResourceWithRawResponse:
        from .bill_payments import SyncPartnerBillPaymentsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerBillPaymentsResourceWithRawResponse(raw.bill_payments, self._client._runner)

    @functools.cached_property
    def bills(self) -> SyncPartnerBillsResourceWithRawResponse:
        from .bills import SyncPartnerBillsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerBillsResourceWithRawResponse(raw.bills, self._client._runner)

    @functools.cached_property
    def businesses(self) -> SyncPartnerBusinessesResourceWithRawResponse:
        from .business_management import SyncPartnerBusinessesResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerBusinessesResourceWithRawResponse(raw.businesses, self._client._runner)

    @functools.cached_property
    def customer_credits(self) -> SyncPartnerCustomerCreditsResourceWithRawResponse:
        from .customer_credits import SyncPartnerCustomerCreditsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerCustomerCreditsResourceWithRawResponse(raw.customer_credits, self._client._runner)

    @functools.cached_property
    def customers(self) -> SyncPartnerCustomersResourceWithRawResponse:
        from .customers import SyncPartnerCustomersResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerCustomersResourceWithRawResponse(raw.customers, self._client._runner)

    @functools.cached_property
    def general_ledger(self) -> SyncPartnerGeneralLedgerResourceWithRawResponse:
        from .general_ledger import SyncPartnerGeneralLedgerResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerGeneralLedgerResourceWithRawResponse(raw.general_ledger, self._client._runner)

    @functools.cached_property
    def invoice_payments(self) -> SyncPartnerInvoicePaymentsResourceWithRawResponse:
        from .invoice_payments import SyncPartnerInvoicePaymentsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerInvoicePaymentsResourceWithRawResponse(raw.invoice_payments, self._client._runner)

    @functools.cached_property
    def invoices(self) -> SyncPartnerInvoicesResourceWithRawResponse:
        from .invoices import SyncPartnerInvoicesResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerInvoicesResourceWithRawResponse(raw.invoices, self._client._runner)

    @functools.cached_property
    def payouts(self) -> SyncPartnerPayoutsResourceWithRawResponse:
        from .payouts import SyncPartnerPayoutsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerPayoutsResourceWithRawResponse(raw.payouts, self._client._runner)

    @functools.cached_property
    def refund_payments(self) -> SyncPartnerRefundPaymentsResourceWithRawResponse:
        from .refund_payments import SyncPartnerRefundPaymentsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerRefundPaymentsResourceWithRawResponse(raw.refund_payments, self._client._runner)

    @functools.cached_property
    def refunds(self) -> SyncPartnerRefundsResourceWithRawResponse:
        from .refunds import SyncPartnerRefundsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerRefundsResourceWithRawResponse(raw.refunds, self._client._runner)

    @functools.cached_property
    def reports(self) -> SyncPartnerReportsResourceWithRawResponse:
        from .reports import SyncPartnerReportsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerReportsResourceWithRawResponse(raw.reports, self._client._runner)

    @functools.cached_property
    def tax_codes(self) -> SyncPartnerTaxCodesResourceWithRawResponse:
        from .tax_codes import SyncPartnerTaxCodesResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerTaxCodesResourceWithRawResponse(raw.tax_codes, self._client._runner)

    @functools.cached_property
    def vendor_credits(self) -> SyncPartnerVendorCreditsResourceWithRawResponse:
        from .vendor_credits import SyncPartnerVendorCreditsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerVendorCreditsResourceWithRawResponse(raw.vendor_credits, self._client._runner)

    @functools.cached_property
    def vendor_refund_payments(self) -> SyncPartnerVendorRefundPaymentsResourceWithRawResponse:
        from .vendor_refund_payments import SyncPartnerVendorRefundPaymentsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerVendorRefundPaymentsResourceWithRawResponse(raw.vendor_refund_payments, self._client._runner)

    @functools.cached_property
    def vendor_refunds(self) -> SyncPartnerVendorRefundsResourceWithRawResponse:
        from .vendor_refunds import SyncPartnerVendorRefundsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerVendorRefundsResourceWithRawResponse(raw.vendor_refunds, self._client._runner)

    @functools.cached_property
    def vendors(self) -> SyncPartnerVendorsResourceWithRawResponse:
        from .vendors import SyncPartnerVendorsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPartnerVendorsResourceWithRawResponse(raw.vendors, self._client._runner)


class SyncBusinessResources:
    """The business-scoped resources on a blocking business view (``business_id`` is bound)."""

    _async_view: Any  # the async view this blocking one calls (thredfi._sync)
    _runner: Any

    @functools.cached_property
    def bank_accounts(self) -> SyncBankAccountsResource:
        from .bank_accounts_management import SyncBankAccountsResource

        return SyncBankAccountsResource(self._async_view.bank_accounts, self._runner)

    @functools.cached_property
    def bank_transactions(self) -> SyncBankTransactionsResource:
        from .bank_transactions import SyncBankTransactionsResource

        return SyncBankTransactionsResource(self._async_view.bank_transactions, self._runner)

    @functools.cached_property
    def bill_payments(self) -> SyncBillPaymentsResource:
        from .bill_payments import SyncBillPaymentsResource

        return SyncBillPaymentsResource(self._async_view.bill_payments, self._runner)

    @functools.cached_property
    def bills(self) -> SyncBillsResource:
        from .bills import SyncBillsResource

        return SyncBillsResource(self._async_view.bills, self._runner)

    @functools.cached_property
    def customer_credits(self) -> SyncCustomerCreditsResource:
        from .customer_credits import SyncCustomerCreditsResource

        return SyncCustomerCreditsResource(self._async_view.customer_credits, self._runner)

    @functools.cached_property
    def customers(self) -> SyncCustomersResource:
        from .customers import SyncCustomersResource

        return SyncCustomersResource(self._async_view.customers, self._runner)

    @functools.cached_property
    def general_ledger(self) -> SyncGeneralLedgerResource:
        from .general_ledger import SyncGeneralLedgerResource

        return SyncGeneralLedgerResource(self._async_view.general_ledger, self._runner)

    @functools.cached_property
    def invoice_payments(self) -> SyncInvoicePaymentsResource:
        from .invoice_payments import SyncInvoicePaymentsResource

        return SyncInvoicePaymentsResource(self._async_view.invoice_payments, self._runner)

    @functools.cached_property
    def invoices(self) -> SyncInvoicesResource:
        from .invoices import SyncInvoicesResource

        return SyncInvoicesResource(self._async_view.invoices, self._runner)

    @functools.cached_property
    def payouts(self) -> SyncPayoutsResource:
        from .payouts import SyncPayoutsResource

        return SyncPayoutsResource(self._async_view.payouts, self._runner)

    @functools.cached_property
    def refund_payments(self) -> SyncRefundPaymentsResource:
        from .refund_payments import SyncRefundPaymentsResource

        return SyncRefundPaymentsResource(self._async_view.refund_payments, self._runner)

    @functools.cached_property
    def refunds(self) -> SyncRefundsResource:
        from .refunds import SyncRefundsResource

        return SyncRefundsResource(self._async_view.refunds, self._runner)

    @functools.cached_property
    def reports(self) -> SyncReportsResource:
        from .reports import SyncReportsResource

        return SyncReportsResource(self._async_view.reports, self._runner)

    @functools.cached_property
    def tax_codes(self) -> SyncTaxCodesResource:
        from .tax_codes import SyncTaxCodesResource

        return SyncTaxCodesResource(self._async_view.tax_codes, self._runner)

    @functools.cached_property
    def vendor_credits(self) -> SyncVendorCreditsResource:
        from .vendor_credits import SyncVendorCreditsResource

        return SyncVendorCreditsResource(self._async_view.vendor_credits, self._runner)

    @functools.cached_property
    def vendor_refund_payments(self) -> SyncVendorRefundPaymentsResource:
        from .vendor_refund_payments import SyncVendorRefundPaymentsResource

        return SyncVendorRefundPaymentsResource(self._async_view.vendor_refund_payments, self._runner)

    @functools.cached_property
    def vendor_refunds(self) -> SyncVendorRefundsResource:
        from .vendor_refunds import SyncVendorRefundsResource

        return SyncVendorRefundsResource(self._async_view.vendor_refunds, self._runner)

    @functools.cached_property
    def vendors(self) -> SyncVendorsResource:
        from .vendors import SyncVendorsResource

        return SyncVendorsResource(self._async_view.vendors, self._runner)

    @functools.cached_property
    def with_raw_response(self) -> SyncBusinessResourcesWithRawResponse:
        """The same resources; each call returns ``thredfi.RawResponse`` (status, headers, parsed model)."""
        return SyncBusinessResourcesWithRawResponse(self)


class SyncBusinessResourcesWithRawResponse:
    def __init__(self, client: SyncBusinessResources) -> None:
        self._client = client

    @functools.cached_property
    def bank_accounts(self) -> SyncBankAccountsResourceWithRawResponse:
        from .bank_accounts_management import SyncBankAccountsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncBankAccountsResourceWithRawResponse(raw.bank_accounts, self._client._runner)

    @functools.cached_property
    def bank_transactions(self) -> SyncBankTransactionsResourceWithRawResponse:
        from .bank_transactions import SyncBankTransactionsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncBankTransactionsResourceWithRawResponse(raw.bank_transactions, self._client._runner)

    @functools.cached_property
    def bill_payments(self) -> SyncBillPaymentsResourceWithRawResponse:
        from .bill_payments import SyncBillPaymentsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncBillPaymentsResourceWithRawResponse(raw.bill_payments, self._client._runner)

    @functools.cached_property
    def bills(self) -> SyncBillsResourceWithRawResponse:
        from .bills import SyncBillsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncBillsResourceWithRawResponse(raw.bills, self._client._runner)

    @functools.cached_property
    def customer_credits(self) -> SyncCustomerCreditsResourceWithRawResponse:
        from .customer_credits import SyncCustomerCreditsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncCustomerCreditsResourceWithRawResponse(raw.customer_credits, self._client._runner)

    @functools.cached_property
    def customers(self) -> SyncCustomersResourceWithRawResponse:
        from .customers import SyncCustomersResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncCustomersResourceWithRawResponse(raw.customers, self._client._runner)

    @functools.cached_property
    def general_ledger(self) -> SyncGeneralLedgerResourceWithRawResponse:
        from .general_ledger import SyncGeneralLedgerResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncGeneralLedgerResourceWithRawResponse(raw.general_ledger, self._client._runner)

    @functools.cached_property
    def invoice_payments(self) -> SyncInvoicePaymentsResourceWithRawResponse:
        from .invoice_payments import SyncInvoicePaymentsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncInvoicePaymentsResourceWithRawResponse(raw.invoice_payments, self._client._runner)

    @functools.cached_property
    def invoices(self) -> SyncInvoicesResourceWithRawResponse:
        from .invoices import SyncInvoicesResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncInvoicesResourceWithRawResponse(raw.invoices, self._client._runner)

    @functools.cached_property
    def payouts(self) -> SyncPayoutsResourceWithRawResponse:
        from .payouts import SyncPayoutsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncPayoutsResourceWithRawResponse(raw.payouts, self._client._runner)

    @functools.cached_property
    def refund_payments(self) -> SyncRefundPaymentsResourceWithRawResponse:
        from .refund_payments import SyncRefundPaymentsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncRefundPaymentsResourceWithRawResponse(raw.refund_payments, self._client._runner)

    @functools.cached_property
    def refunds(self) -> SyncRefundsResourceWithRawResponse:
        from .refunds import SyncRefundsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncRefundsResourceWithRawResponse(raw.refunds, self._client._runner)

    @functools.cached_property
    def reports(self) -> SyncReportsResourceWithRawResponse:
        from .reports import SyncReportsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncReportsResourceWithRawResponse(raw.reports, self._client._runner)

    @functools.cached_property
    def tax_codes(self) -> SyncTaxCodesResourceWithRawResponse:
        from .tax_codes import SyncTaxCodesResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncTaxCodesResourceWithRawResponse(raw.tax_codes, self._client._runner)

    @functools.cached_property
    def vendor_credits(self) -> SyncVendorCreditsResourceWithRawResponse:
        from .vendor_credits import SyncVendorCreditsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncVendorCreditsResourceWithRawResponse(raw.vendor_credits, self._client._runner)

    @functools.cached_property
    def vendor_refund_payments(self) -> SyncVendorRefundPaymentsResourceWithRawResponse:
        from .vendor_refund_payments import SyncVendorRefundPaymentsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncVendorRefundPaymentsResourceWithRawResponse(raw.vendor_refund_payments, self._client._runner)

    @functools.cached_property
    def vendor_refunds(self) -> SyncVendorRefundsResourceWithRawResponse:
        from .vendor_refunds import SyncVendorRefundsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncVendorRefundsResourceWithRawResponse(raw.vendor_refunds, self._client._runner)

    @functools.cached_property
    def vendors(self) -> SyncVendorsResourceWithRawResponse:
        from .vendors import SyncVendorsResourceWithRawResponse

        raw = self._client._async_view.with_raw_response
        return SyncVendorsResourceWithRawResponse(raw.vendors, self._client._runner)
