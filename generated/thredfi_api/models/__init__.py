"""Contains all the data models used in inputs/outputs.

Models are imported on first use (rewritten by scripts/lazy_models.py, a generator post-hook).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_entries import AccountEntries
    from .account_entries_results_item import AccountEntriesResultsItem
    from .account_identifier import AccountIdentifier
    from .accounting_period import AccountingPeriod
    from .accounts_payable_aging import AccountsPayableAging
    from .accounts_receivable_aging import AccountsReceivableAging
    from .aging_buckets import AgingBuckets
    from .applied_invoice import AppliedInvoice
    from .balance_sheet_report import BalanceSheetReport
    from .balance_sheet_summary import BalanceSheetSummary
    from .bank_account_connection import BankAccountConnection
    from .bank_account_connection_summary import BankAccountConnectionSummary
    from .bank_transaction_category import BankTransactionCategory
    from .bank_transaction_subcategory import BankTransactionSubcategory
    from .bank_transaction_summary import BankTransactionSummary
    from .bill import Bill
    from .bill_line_item import BillLineItem
    from .bill_line_item_request import BillLineItemRequest
    from .bill_line_item_request_account_identifier_type_0 import BillLineItemRequestAccountIdentifierType0
    from .bill_line_item_request_sales_taxes_item import BillLineItemRequestSalesTaxesItem
    from .bill_payment import BillPayment
    from .bill_payment_allocation import BillPaymentAllocation
    from .bill_payment_allocation_request import BillPaymentAllocationRequest
    from .bill_payment_allocation_summary import BillPaymentAllocationSummary
    from .bill_payment_allocation_update_request import BillPaymentAllocationUpdateRequest
    from .bill_payment_cancel_response import BillPaymentCancelResponse
    from .bill_payment_detail import BillPaymentDetail
    from .bill_payment_detail_metadata_type_0 import BillPaymentDetailMetadataType0
    from .bill_update_api_request import BillUpdateAPIRequest
    from .business import Business
    from .business_create_response import BusinessCreateResponse
    from .business_create_response_meta import BusinessCreateResponseMeta
    from .business_create_response_metadata_type_0 import BusinessCreateResponseMetadataType0
    from .business_metadata_type_0 import BusinessMetadataType0
    from .business_o_auth_2_token_response import BusinessOAuth2TokenResponse
    from .cash_flow_statement import CashFlowStatement
    from .cash_flow_summary import CashFlowSummary
    from .cash_reconciliation import CashReconciliation
    from .chart_of_accounts_hierarchy import ChartOfAccountsHierarchy
    from .chart_of_accounts_hierarchy_hierarchy_type_0_item import ChartOfAccountsHierarchyHierarchyType0Item
    from .create_account_request import CreateAccountRequest
    from .create_account_request_account_subtype import CreateAccountRequestAccountSubtype
    from .create_account_request_account_type import CreateAccountRequestAccountType
    from .create_account_request_custom_fields_type_0 import CreateAccountRequestCustomFieldsType0
    from .create_bill_payment_request import CreateBillPaymentRequest
    from .create_bill_payment_request_metadata_type_0 import CreateBillPaymentRequestMetadataType0
    from .create_bill_payment_request_payment_method import CreateBillPaymentRequestPaymentMethod
    from .create_bill_request import CreateBillRequest
    from .create_business_request import CreateBusinessRequest
    from .create_business_request_accounting_method import CreateBusinessRequestAccountingMethod
    from .create_business_request_metadata_type_0 import CreateBusinessRequestMetadataType0
    from .create_child_account_request import CreateChildAccountRequest
    from .create_child_account_request_custom_fields_type_0 import CreateChildAccountRequestCustomFieldsType0
    from .create_customer_credit_request import CreateCustomerCreditRequest
    from .create_customer_credit_request_tags_item import CreateCustomerCreditRequestTagsItem
    from .create_customer_request import CreateCustomerRequest
    from .create_customer_request_metadata_type_0 import CreateCustomerRequestMetadataType0
    from .create_invoice_request import CreateInvoiceRequest
    from .create_invoice_request_additional_sales_taxes_item import CreateInvoiceRequestAdditionalSalesTaxesItem
    from .create_invoice_request_metadata_type_0 import CreateInvoiceRequestMetadataType0
    from .create_invoice_request_tips_account_type_0 import CreateInvoiceRequestTipsAccountType0
    from .create_refund_payment_request import CreateRefundPaymentRequest
    from .create_simple_refund_request import CreateSimpleRefundRequest
    from .create_vendor_credit_request import CreateVendorCreditRequest
    from .create_vendor_credit_request_allocations_item import CreateVendorCreditRequestAllocationsItem
    from .create_vendor_credit_request_line_items_item import CreateVendorCreditRequestLineItemsItem
    from .create_vendor_refund_payment_request import CreateVendorRefundPaymentRequest
    from .create_vendor_refund_payment_request_metadata_type_0 import CreateVendorRefundPaymentRequestMetadataType0
    from .create_vendor_refund_request import CreateVendorRefundRequest
    from .create_vendor_refund_request_metadata_type_0 import CreateVendorRefundRequestMetadataType0
    from .create_vendor_request import CreateVendorRequest
    from .customer import Customer
    from .customer_aging import CustomerAging
    from .customer_credit import CustomerCredit
    from .customer_credit_allocation import CustomerCreditAllocation
    from .customer_credit_allocation_request import CustomerCreditAllocationRequest
    from .customer_credit_customer_type_0 import CustomerCreditCustomerType0
    from .customer_credit_line_item import CustomerCreditLineItem
    from .customer_credit_line_item_metadata_type_0 import CustomerCreditLineItemMetadataType0
    from .customer_credit_line_item_request import CustomerCreditLineItemRequest
    from .customer_credit_line_item_request_metadata_type_0 import CustomerCreditLineItemRequestMetadataType0
    from .customer_credit_line_item_request_revenue_account_identifier_type_0 import (
        CustomerCreditLineItemRequestRevenueAccountIdentifierType0,
    )
    from .customer_credit_line_item_request_tags_item import CustomerCreditLineItemRequestTagsItem
    from .customer_credit_tags_type_0_item import CustomerCreditTagsType0Item
    from .customer_metadata_type_0 import CustomerMetadataType0
    from .document_summary import DocumentSummary
    from .document_upload_request import DocumentUploadRequest
    from .document_upload_request_metadata_type_0 import DocumentUploadRequestMetadataType0
    from .error_response import ErrorResponse
    from .error_response_detail import ErrorResponseDetail
    from .financial_summary import FinancialSummary
    from .financial_summary_totals import FinancialSummaryTotals
    from .financial_trend import FinancialTrend
    from .get_ap_aging_group_by import GetApAgingGroupBy
    from .get_ar_aging_group_by import GetArAgingGroupBy
    from .get_balance_sheet_detail_level import GetBalanceSheetDetailLevel
    from .get_cash_flow_statement_detail_level import GetCashFlowStatementDetailLevel
    from .get_financial_summary_granularity import GetFinancialSummaryGranularity
    from .get_profit_and_loss_detail_level import GetProfitAndLossDetailLevel
    from .invoice import Invoice
    from .invoice_line_item_request import InvoiceLineItemRequest
    from .invoice_line_item_request_account_identifier_type_0 import InvoiceLineItemRequestAccountIdentifierType0
    from .invoice_payment import InvoicePayment
    from .invoice_payment_allocation import InvoicePaymentAllocation
    from .invoice_payment_allocation_request import InvoicePaymentAllocationRequest
    from .invoice_payment_cancel_response import InvoicePaymentCancelResponse
    from .invoice_payment_create_response import InvoicePaymentCreateResponse
    from .invoice_payment_record import InvoicePaymentRecord
    from .invoice_payment_record_metadata_type_0 import InvoicePaymentRecordMetadataType0
    from .invoice_payment_references import InvoicePaymentReferences
    from .invoice_record_payment_request import InvoiceRecordPaymentRequest
    from .invoice_record_payment_request_metadata_type_0 import InvoiceRecordPaymentRequestMetadataType0
    from .invoice_record_payment_request_payment_method import InvoiceRecordPaymentRequestPaymentMethod
    from .invoice_sales_tax_request import InvoiceSalesTaxRequest
    from .invoice_sales_tax_request_tax_account_type_0 import InvoiceSalesTaxRequestTaxAccountType0
    from .journal_entry import JournalEntry
    from .journal_entry_detail import JournalEntryDetail
    from .journal_entry_line import JournalEntryLine
    from .ledger_account import LedgerAccount
    from .ledger_account_detail import LedgerAccountDetail
    from .ledger_account_detail_sub_accounts_type_0_item import LedgerAccountDetailSubAccountsType0Item
    from .list_bank_accounts_bank_link_status import ListBankAccountsBankLinkStatus
    from .list_bank_transactions_transaction_type import ListBankTransactionsTransactionType
    from .o_auth_2_token_request import OAuth2TokenRequest
    from .o_auth_2_token_response import OAuth2TokenResponse
    from .operating_activities import OperatingActivities
    from .page_info import PageInfo
    from .paginated_bank_account_connection_summary_list import PaginatedBankAccountConnectionSummaryList
    from .paginated_bank_transaction_summary_list import PaginatedBankTransactionSummaryList
    from .paginated_bill_list import PaginatedBillList
    from .paginated_bill_payment_list import PaginatedBillPaymentList
    from .paginated_business_list import PaginatedBusinessList
    from .paginated_customer_credit_list import PaginatedCustomerCreditList
    from .paginated_customer_list import PaginatedCustomerList
    from .paginated_invoice_list import PaginatedInvoiceList
    from .paginated_invoice_payment_list import PaginatedInvoicePaymentList
    from .paginated_journal_entry_list import PaginatedJournalEntryList
    from .paginated_ledger_account_list import PaginatedLedgerAccountList
    from .paginated_payout_list import PaginatedPayoutList
    from .paginated_refund_list import PaginatedRefundList
    from .paginated_refund_payment_list import PaginatedRefundPaymentList
    from .paginated_vendor_credit_list import PaginatedVendorCreditList
    from .paginated_vendor_list import PaginatedVendorList
    from .paginated_vendor_refund_list import PaginatedVendorRefundList
    from .paginated_vendor_refund_payment_list import PaginatedVendorRefundPaymentList
    from .patched_bill_payment_update_request import PatchedBillPaymentUpdateRequest
    from .patched_invoice_payment_update_request import PatchedInvoicePaymentUpdateRequest
    from .patched_invoice_payment_update_request_metadata import PatchedInvoicePaymentUpdateRequestMetadata
    from .patched_invoice_payment_update_request_references import PatchedInvoicePaymentUpdateRequestReferences
    from .patched_update_business_request import PatchedUpdateBusinessRequest
    from .patched_update_business_request_accounting_method import PatchedUpdateBusinessRequestAccountingMethod
    from .patched_update_business_request_metadata_type_0 import PatchedUpdateBusinessRequestMetadataType0
    from .patched_vendor_refund_payment_update_request import PatchedVendorRefundPaymentUpdateRequest
    from .patched_vendor_refund_payment_update_request_metadata_type_0 import (
        PatchedVendorRefundPaymentUpdateRequestMetadataType0,
    )
    from .patched_vendor_refund_payment_update_request_status import PatchedVendorRefundPaymentUpdateRequestStatus
    from .patched_vendor_refund_update_request import PatchedVendorRefundUpdateRequest
    from .patched_vendor_refund_update_request_metadata_type_0 import PatchedVendorRefundUpdateRequestMetadataType0
    from .payment_customer import PaymentCustomer
    from .payout import Payout
    from .payout_create_request import PayoutCreateRequest
    from .payout_create_request_metadata_type_0 import PayoutCreateRequestMetadataType0
    from .payout_metadata_type_0 import PayoutMetadataType0
    from .payout_payment import PayoutPayment
    from .payout_refund_payment import PayoutRefundPayment
    from .profit_and_loss_report import ProfitAndLossReport
    from .profit_and_loss_summary import ProfitAndLossSummary
    from .reconciled_bank_transaction import ReconciledBankTransaction
    from .refund import Refund
    from .refund_allocation import RefundAllocation
    from .refund_allocation_summary import RefundAllocationSummary
    from .refund_payment import RefundPayment
    from .refund_payment_metadata_type_0 import RefundPaymentMetadataType0
    from .report_line_item import ReportLineItem
    from .report_section import ReportSection
    from .tax_code import TaxCode
    from .tax_code_list import TaxCodeList
    from .update_business import UpdateBusiness
    from .update_business_metadata_type_0 import UpdateBusinessMetadataType0
    from .update_invoice_request import UpdateInvoiceRequest
    from .validation_error_response import ValidationErrorResponse
    from .validation_error_response_detail import ValidationErrorResponseDetail
    from .vendor import Vendor
    from .vendor_aging import VendorAging
    from .vendor_credit import VendorCredit
    from .vendor_credit_allocation import VendorCreditAllocation
    from .vendor_credit_line_item import VendorCreditLineItem
    from .vendor_credit_line_item_metadata_type_0 import VendorCreditLineItemMetadataType0
    from .vendor_credit_tags_type_0_item import VendorCreditTagsType0Item
    from .vendor_reference import VendorReference
    from .vendor_refund import VendorRefund
    from .vendor_refund_allocation import VendorRefundAllocation
    from .vendor_refund_allocation_metadata_type_0 import VendorRefundAllocationMetadataType0
    from .vendor_refund_allocation_request import VendorRefundAllocationRequest
    from .vendor_refund_allocation_request_allocation_type import VendorRefundAllocationRequestAllocationType
    from .vendor_refund_allocation_request_metadata_type_0 import VendorRefundAllocationRequestMetadataType0
    from .vendor_refund_allocation_summary import VendorRefundAllocationSummary
    from .vendor_refund_payment import VendorRefundPayment
    from .vendor_refund_payment_cancel_response import VendorRefundPaymentCancelResponse
    from .vendor_refund_payment_entry_request import VendorRefundPaymentEntryRequest
    from .vendor_refund_payment_entry_request_metadata_type_0 import VendorRefundPaymentEntryRequestMetadataType0
    from .vendor_refund_payment_result import VendorRefundPaymentResult
    from .vendor_refund_payment_result_allocations_type_0_item import VendorRefundPaymentResultAllocationsType0Item
    from .vendor_refund_payment_result_payment_type_0 import VendorRefundPaymentResultPaymentType0
    from .vendor_refund_payment_result_refund_type_0 import VendorRefundPaymentResultRefundType0
    from .vendor_refund_payment_summary import VendorRefundPaymentSummary
    from .void_invoice_request import VoidInvoiceRequest

_MODULE_OF = {
    "AccountEntries": ".account_entries",
    "AccountEntriesResultsItem": ".account_entries_results_item",
    "AccountIdentifier": ".account_identifier",
    "AccountingPeriod": ".accounting_period",
    "AccountsPayableAging": ".accounts_payable_aging",
    "AccountsReceivableAging": ".accounts_receivable_aging",
    "AgingBuckets": ".aging_buckets",
    "AppliedInvoice": ".applied_invoice",
    "BalanceSheetReport": ".balance_sheet_report",
    "BalanceSheetSummary": ".balance_sheet_summary",
    "BankAccountConnection": ".bank_account_connection",
    "BankAccountConnectionSummary": ".bank_account_connection_summary",
    "BankTransactionCategory": ".bank_transaction_category",
    "BankTransactionSubcategory": ".bank_transaction_subcategory",
    "BankTransactionSummary": ".bank_transaction_summary",
    "Bill": ".bill",
    "BillLineItem": ".bill_line_item",
    "BillLineItemRequest": ".bill_line_item_request",
    "BillLineItemRequestAccountIdentifierType0": ".bill_line_item_request_account_identifier_type_0",
    "BillLineItemRequestSalesTaxesItem": ".bill_line_item_request_sales_taxes_item",
    "BillPayment": ".bill_payment",
    "BillPaymentAllocation": ".bill_payment_allocation",
    "BillPaymentAllocationRequest": ".bill_payment_allocation_request",
    "BillPaymentAllocationSummary": ".bill_payment_allocation_summary",
    "BillPaymentAllocationUpdateRequest": ".bill_payment_allocation_update_request",
    "BillPaymentCancelResponse": ".bill_payment_cancel_response",
    "BillPaymentDetail": ".bill_payment_detail",
    "BillPaymentDetailMetadataType0": ".bill_payment_detail_metadata_type_0",
    "BillUpdateAPIRequest": ".bill_update_api_request",
    "Business": ".business",
    "BusinessCreateResponse": ".business_create_response",
    "BusinessCreateResponseMeta": ".business_create_response_meta",
    "BusinessCreateResponseMetadataType0": ".business_create_response_metadata_type_0",
    "BusinessMetadataType0": ".business_metadata_type_0",
    "BusinessOAuth2TokenResponse": ".business_o_auth_2_token_response",
    "CashFlowStatement": ".cash_flow_statement",
    "CashFlowSummary": ".cash_flow_summary",
    "CashReconciliation": ".cash_reconciliation",
    "ChartOfAccountsHierarchy": ".chart_of_accounts_hierarchy",
    "ChartOfAccountsHierarchyHierarchyType0Item": ".chart_of_accounts_hierarchy_hierarchy_type_0_item",
    "CreateAccountRequest": ".create_account_request",
    "CreateAccountRequestAccountSubtype": ".create_account_request_account_subtype",
    "CreateAccountRequestAccountType": ".create_account_request_account_type",
    "CreateAccountRequestCustomFieldsType0": ".create_account_request_custom_fields_type_0",
    "CreateBillPaymentRequest": ".create_bill_payment_request",
    "CreateBillPaymentRequestMetadataType0": ".create_bill_payment_request_metadata_type_0",
    "CreateBillPaymentRequestPaymentMethod": ".create_bill_payment_request_payment_method",
    "CreateBillRequest": ".create_bill_request",
    "CreateBusinessRequest": ".create_business_request",
    "CreateBusinessRequestAccountingMethod": ".create_business_request_accounting_method",
    "CreateBusinessRequestMetadataType0": ".create_business_request_metadata_type_0",
    "CreateChildAccountRequest": ".create_child_account_request",
    "CreateChildAccountRequestCustomFieldsType0": ".create_child_account_request_custom_fields_type_0",
    "CreateCustomerCreditRequest": ".create_customer_credit_request",
    "CreateCustomerCreditRequestTagsItem": ".create_customer_credit_request_tags_item",
    "CreateCustomerRequest": ".create_customer_request",
    "CreateCustomerRequestMetadataType0": ".create_customer_request_metadata_type_0",
    "CreateInvoiceRequest": ".create_invoice_request",
    "CreateInvoiceRequestAdditionalSalesTaxesItem": ".create_invoice_request_additional_sales_taxes_item",
    "CreateInvoiceRequestMetadataType0": ".create_invoice_request_metadata_type_0",
    "CreateInvoiceRequestTipsAccountType0": ".create_invoice_request_tips_account_type_0",
    "CreateRefundPaymentRequest": ".create_refund_payment_request",
    "CreateSimpleRefundRequest": ".create_simple_refund_request",
    "CreateVendorCreditRequest": ".create_vendor_credit_request",
    "CreateVendorCreditRequestAllocationsItem": ".create_vendor_credit_request_allocations_item",
    "CreateVendorCreditRequestLineItemsItem": ".create_vendor_credit_request_line_items_item",
    "CreateVendorRefundPaymentRequest": ".create_vendor_refund_payment_request",
    "CreateVendorRefundPaymentRequestMetadataType0": ".create_vendor_refund_payment_request_metadata_type_0",
    "CreateVendorRefundRequest": ".create_vendor_refund_request",
    "CreateVendorRefundRequestMetadataType0": ".create_vendor_refund_request_metadata_type_0",
    "CreateVendorRequest": ".create_vendor_request",
    "Customer": ".customer",
    "CustomerAging": ".customer_aging",
    "CustomerCredit": ".customer_credit",
    "CustomerCreditAllocation": ".customer_credit_allocation",
    "CustomerCreditAllocationRequest": ".customer_credit_allocation_request",
    "CustomerCreditCustomerType0": ".customer_credit_customer_type_0",
    "CustomerCreditLineItem": ".customer_credit_line_item",
    "CustomerCreditLineItemMetadataType0": ".customer_credit_line_item_metadata_type_0",
    "CustomerCreditLineItemRequest": ".customer_credit_line_item_request",
    "CustomerCreditLineItemRequestMetadataType0": ".customer_credit_line_item_request_metadata_type_0",
    "CustomerCreditLineItemRequestRevenueAccountIdentifierType0": ".customer_credit_line_item_request_revenue_account_identifier_type_0",
    "CustomerCreditLineItemRequestTagsItem": ".customer_credit_line_item_request_tags_item",
    "CustomerCreditTagsType0Item": ".customer_credit_tags_type_0_item",
    "CustomerMetadataType0": ".customer_metadata_type_0",
    "DocumentSummary": ".document_summary",
    "DocumentUploadRequest": ".document_upload_request",
    "DocumentUploadRequestMetadataType0": ".document_upload_request_metadata_type_0",
    "ErrorResponse": ".error_response",
    "ErrorResponseDetail": ".error_response_detail",
    "FinancialSummary": ".financial_summary",
    "FinancialSummaryTotals": ".financial_summary_totals",
    "FinancialTrend": ".financial_trend",
    "GetApAgingGroupBy": ".get_ap_aging_group_by",
    "GetArAgingGroupBy": ".get_ar_aging_group_by",
    "GetBalanceSheetDetailLevel": ".get_balance_sheet_detail_level",
    "GetCashFlowStatementDetailLevel": ".get_cash_flow_statement_detail_level",
    "GetFinancialSummaryGranularity": ".get_financial_summary_granularity",
    "GetProfitAndLossDetailLevel": ".get_profit_and_loss_detail_level",
    "Invoice": ".invoice",
    "InvoiceLineItemRequest": ".invoice_line_item_request",
    "InvoiceLineItemRequestAccountIdentifierType0": ".invoice_line_item_request_account_identifier_type_0",
    "InvoicePayment": ".invoice_payment",
    "InvoicePaymentAllocation": ".invoice_payment_allocation",
    "InvoicePaymentAllocationRequest": ".invoice_payment_allocation_request",
    "InvoicePaymentCancelResponse": ".invoice_payment_cancel_response",
    "InvoicePaymentCreateResponse": ".invoice_payment_create_response",
    "InvoicePaymentRecord": ".invoice_payment_record",
    "InvoicePaymentRecordMetadataType0": ".invoice_payment_record_metadata_type_0",
    "InvoicePaymentReferences": ".invoice_payment_references",
    "InvoiceRecordPaymentRequest": ".invoice_record_payment_request",
    "InvoiceRecordPaymentRequestMetadataType0": ".invoice_record_payment_request_metadata_type_0",
    "InvoiceRecordPaymentRequestPaymentMethod": ".invoice_record_payment_request_payment_method",
    "InvoiceSalesTaxRequest": ".invoice_sales_tax_request",
    "InvoiceSalesTaxRequestTaxAccountType0": ".invoice_sales_tax_request_tax_account_type_0",
    "JournalEntry": ".journal_entry",
    "JournalEntryDetail": ".journal_entry_detail",
    "JournalEntryLine": ".journal_entry_line",
    "LedgerAccount": ".ledger_account",
    "LedgerAccountDetail": ".ledger_account_detail",
    "LedgerAccountDetailSubAccountsType0Item": ".ledger_account_detail_sub_accounts_type_0_item",
    "ListBankAccountsBankLinkStatus": ".list_bank_accounts_bank_link_status",
    "ListBankTransactionsTransactionType": ".list_bank_transactions_transaction_type",
    "OAuth2TokenRequest": ".o_auth_2_token_request",
    "OAuth2TokenResponse": ".o_auth_2_token_response",
    "OperatingActivities": ".operating_activities",
    "PageInfo": ".page_info",
    "PaginatedBankAccountConnectionSummaryList": ".paginated_bank_account_connection_summary_list",
    "PaginatedBankTransactionSummaryList": ".paginated_bank_transaction_summary_list",
    "PaginatedBillList": ".paginated_bill_list",
    "PaginatedBillPaymentList": ".paginated_bill_payment_list",
    "PaginatedBusinessList": ".paginated_business_list",
    "PaginatedCustomerCreditList": ".paginated_customer_credit_list",
    "PaginatedCustomerList": ".paginated_customer_list",
    "PaginatedInvoiceList": ".paginated_invoice_list",
    "PaginatedInvoicePaymentList": ".paginated_invoice_payment_list",
    "PaginatedJournalEntryList": ".paginated_journal_entry_list",
    "PaginatedLedgerAccountList": ".paginated_ledger_account_list",
    "PaginatedPayoutList": ".paginated_payout_list",
    "PaginatedRefundList": ".paginated_refund_list",
    "PaginatedRefundPaymentList": ".paginated_refund_payment_list",
    "PaginatedVendorCreditList": ".paginated_vendor_credit_list",
    "PaginatedVendorList": ".paginated_vendor_list",
    "PaginatedVendorRefundList": ".paginated_vendor_refund_list",
    "PaginatedVendorRefundPaymentList": ".paginated_vendor_refund_payment_list",
    "PatchedBillPaymentUpdateRequest": ".patched_bill_payment_update_request",
    "PatchedInvoicePaymentUpdateRequest": ".patched_invoice_payment_update_request",
    "PatchedInvoicePaymentUpdateRequestMetadata": ".patched_invoice_payment_update_request_metadata",
    "PatchedInvoicePaymentUpdateRequestReferences": ".patched_invoice_payment_update_request_references",
    "PatchedUpdateBusinessRequest": ".patched_update_business_request",
    "PatchedUpdateBusinessRequestAccountingMethod": ".patched_update_business_request_accounting_method",
    "PatchedUpdateBusinessRequestMetadataType0": ".patched_update_business_request_metadata_type_0",
    "PatchedVendorRefundPaymentUpdateRequest": ".patched_vendor_refund_payment_update_request",
    "PatchedVendorRefundPaymentUpdateRequestMetadataType0": ".patched_vendor_refund_payment_update_request_metadata_type_0",
    "PatchedVendorRefundPaymentUpdateRequestStatus": ".patched_vendor_refund_payment_update_request_status",
    "PatchedVendorRefundUpdateRequest": ".patched_vendor_refund_update_request",
    "PatchedVendorRefundUpdateRequestMetadataType0": ".patched_vendor_refund_update_request_metadata_type_0",
    "PaymentCustomer": ".payment_customer",
    "Payout": ".payout",
    "PayoutCreateRequest": ".payout_create_request",
    "PayoutCreateRequestMetadataType0": ".payout_create_request_metadata_type_0",
    "PayoutMetadataType0": ".payout_metadata_type_0",
    "PayoutPayment": ".payout_payment",
    "PayoutRefundPayment": ".payout_refund_payment",
    "ProfitAndLossReport": ".profit_and_loss_report",
    "ProfitAndLossSummary": ".profit_and_loss_summary",
    "ReconciledBankTransaction": ".reconciled_bank_transaction",
    "Refund": ".refund",
    "RefundAllocation": ".refund_allocation",
    "RefundAllocationSummary": ".refund_allocation_summary",
    "RefundPayment": ".refund_payment",
    "RefundPaymentMetadataType0": ".refund_payment_metadata_type_0",
    "ReportLineItem": ".report_line_item",
    "ReportSection": ".report_section",
    "TaxCode": ".tax_code",
    "TaxCodeList": ".tax_code_list",
    "UpdateBusiness": ".update_business",
    "UpdateBusinessMetadataType0": ".update_business_metadata_type_0",
    "UpdateInvoiceRequest": ".update_invoice_request",
    "ValidationErrorResponse": ".validation_error_response",
    "ValidationErrorResponseDetail": ".validation_error_response_detail",
    "Vendor": ".vendor",
    "VendorAging": ".vendor_aging",
    "VendorCredit": ".vendor_credit",
    "VendorCreditAllocation": ".vendor_credit_allocation",
    "VendorCreditLineItem": ".vendor_credit_line_item",
    "VendorCreditLineItemMetadataType0": ".vendor_credit_line_item_metadata_type_0",
    "VendorCreditTagsType0Item": ".vendor_credit_tags_type_0_item",
    "VendorReference": ".vendor_reference",
    "VendorRefund": ".vendor_refund",
    "VendorRefundAllocation": ".vendor_refund_allocation",
    "VendorRefundAllocationMetadataType0": ".vendor_refund_allocation_metadata_type_0",
    "VendorRefundAllocationRequest": ".vendor_refund_allocation_request",
    "VendorRefundAllocationRequestAllocationType": ".vendor_refund_allocation_request_allocation_type",
    "VendorRefundAllocationRequestMetadataType0": ".vendor_refund_allocation_request_metadata_type_0",
    "VendorRefundAllocationSummary": ".vendor_refund_allocation_summary",
    "VendorRefundPayment": ".vendor_refund_payment",
    "VendorRefundPaymentCancelResponse": ".vendor_refund_payment_cancel_response",
    "VendorRefundPaymentEntryRequest": ".vendor_refund_payment_entry_request",
    "VendorRefundPaymentEntryRequestMetadataType0": ".vendor_refund_payment_entry_request_metadata_type_0",
    "VendorRefundPaymentResult": ".vendor_refund_payment_result",
    "VendorRefundPaymentResultAllocationsType0Item": ".vendor_refund_payment_result_allocations_type_0_item",
    "VendorRefundPaymentResultPaymentType0": ".vendor_refund_payment_result_payment_type_0",
    "VendorRefundPaymentResultRefundType0": ".vendor_refund_payment_result_refund_type_0",
    "VendorRefundPaymentSummary": ".vendor_refund_payment_summary",
    "VoidInvoiceRequest": ".void_invoice_request",
}


def __getattr__(name: str) -> Any:
    import importlib

    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccountEntries",
    "AccountEntriesResultsItem",
    "AccountIdentifier",
    "AccountingPeriod",
    "AccountsPayableAging",
    "AccountsReceivableAging",
    "AgingBuckets",
    "AppliedInvoice",
    "BalanceSheetReport",
    "BalanceSheetSummary",
    "BankAccountConnection",
    "BankAccountConnectionSummary",
    "BankTransactionCategory",
    "BankTransactionSubcategory",
    "BankTransactionSummary",
    "Bill",
    "BillLineItem",
    "BillLineItemRequest",
    "BillLineItemRequestAccountIdentifierType0",
    "BillLineItemRequestSalesTaxesItem",
    "BillPayment",
    "BillPaymentAllocation",
    "BillPaymentAllocationRequest",
    "BillPaymentAllocationSummary",
    "BillPaymentAllocationUpdateRequest",
    "BillPaymentCancelResponse",
    "BillPaymentDetail",
    "BillPaymentDetailMetadataType0",
    "BillUpdateAPIRequest",
    "Business",
    "BusinessCreateResponse",
    "BusinessCreateResponseMeta",
    "BusinessCreateResponseMetadataType0",
    "BusinessMetadataType0",
    "BusinessOAuth2TokenResponse",
    "CashFlowStatement",
    "CashFlowSummary",
    "CashReconciliation",
    "ChartOfAccountsHierarchy",
    "ChartOfAccountsHierarchyHierarchyType0Item",
    "CreateAccountRequest",
    "CreateAccountRequestAccountSubtype",
    "CreateAccountRequestAccountType",
    "CreateAccountRequestCustomFieldsType0",
    "CreateBillPaymentRequest",
    "CreateBillPaymentRequestMetadataType0",
    "CreateBillPaymentRequestPaymentMethod",
    "CreateBillRequest",
    "CreateBusinessRequest",
    "CreateBusinessRequestAccountingMethod",
    "CreateBusinessRequestMetadataType0",
    "CreateChildAccountRequest",
    "CreateChildAccountRequestCustomFieldsType0",
    "CreateCustomerCreditRequest",
    "CreateCustomerCreditRequestTagsItem",
    "CreateCustomerRequest",
    "CreateCustomerRequestMetadataType0",
    "CreateInvoiceRequest",
    "CreateInvoiceRequestAdditionalSalesTaxesItem",
    "CreateInvoiceRequestMetadataType0",
    "CreateInvoiceRequestTipsAccountType0",
    "CreateRefundPaymentRequest",
    "CreateSimpleRefundRequest",
    "CreateVendorCreditRequest",
    "CreateVendorCreditRequestAllocationsItem",
    "CreateVendorCreditRequestLineItemsItem",
    "CreateVendorRefundPaymentRequest",
    "CreateVendorRefundPaymentRequestMetadataType0",
    "CreateVendorRefundRequest",
    "CreateVendorRefundRequestMetadataType0",
    "CreateVendorRequest",
    "Customer",
    "CustomerAging",
    "CustomerCredit",
    "CustomerCreditAllocation",
    "CustomerCreditAllocationRequest",
    "CustomerCreditCustomerType0",
    "CustomerCreditLineItem",
    "CustomerCreditLineItemMetadataType0",
    "CustomerCreditLineItemRequest",
    "CustomerCreditLineItemRequestMetadataType0",
    "CustomerCreditLineItemRequestRevenueAccountIdentifierType0",
    "CustomerCreditLineItemRequestTagsItem",
    "CustomerCreditTagsType0Item",
    "CustomerMetadataType0",
    "DocumentSummary",
    "DocumentUploadRequest",
    "DocumentUploadRequestMetadataType0",
    "ErrorResponse",
    "ErrorResponseDetail",
    "FinancialSummary",
    "FinancialSummaryTotals",
    "FinancialTrend",
    "GetApAgingGroupBy",
    "GetArAgingGroupBy",
    "GetBalanceSheetDetailLevel",
    "GetCashFlowStatementDetailLevel",
    "GetFinancialSummaryGranularity",
    "GetProfitAndLossDetailLevel",
    "Invoice",
    "InvoiceLineItemRequest",
    "InvoiceLineItemRequestAccountIdentifierType0",
    "InvoicePayment",
    "InvoicePaymentAllocation",
    "InvoicePaymentAllocationRequest",
    "InvoicePaymentCancelResponse",
    "InvoicePaymentCreateResponse",
    "InvoicePaymentRecord",
    "InvoicePaymentRecordMetadataType0",
    "InvoicePaymentReferences",
    "InvoiceRecordPaymentRequest",
    "InvoiceRecordPaymentRequestMetadataType0",
    "InvoiceRecordPaymentRequestPaymentMethod",
    "InvoiceSalesTaxRequest",
    "InvoiceSalesTaxRequestTaxAccountType0",
    "JournalEntry",
    "JournalEntryDetail",
    "JournalEntryLine",
    "LedgerAccount",
    "LedgerAccountDetail",
    "LedgerAccountDetailSubAccountsType0Item",
    "ListBankAccountsBankLinkStatus",
    "ListBankTransactionsTransactionType",
    "OAuth2TokenRequest",
    "OAuth2TokenResponse",
    "OperatingActivities",
    "PageInfo",
    "PaginatedBankAccountConnectionSummaryList",
    "PaginatedBankTransactionSummaryList",
    "PaginatedBillList",
    "PaginatedBillPaymentList",
    "PaginatedBusinessList",
    "PaginatedCustomerCreditList",
    "PaginatedCustomerList",
    "PaginatedInvoiceList",
    "PaginatedInvoicePaymentList",
    "PaginatedJournalEntryList",
    "PaginatedLedgerAccountList",
    "PaginatedPayoutList",
    "PaginatedRefundList",
    "PaginatedRefundPaymentList",
    "PaginatedVendorCreditList",
    "PaginatedVendorList",
    "PaginatedVendorRefundList",
    "PaginatedVendorRefundPaymentList",
    "PatchedBillPaymentUpdateRequest",
    "PatchedInvoicePaymentUpdateRequest",
    "PatchedInvoicePaymentUpdateRequestMetadata",
    "PatchedInvoicePaymentUpdateRequestReferences",
    "PatchedUpdateBusinessRequest",
    "PatchedUpdateBusinessRequestAccountingMethod",
    "PatchedUpdateBusinessRequestMetadataType0",
    "PatchedVendorRefundPaymentUpdateRequest",
    "PatchedVendorRefundPaymentUpdateRequestMetadataType0",
    "PatchedVendorRefundPaymentUpdateRequestStatus",
    "PatchedVendorRefundUpdateRequest",
    "PatchedVendorRefundUpdateRequestMetadataType0",
    "PaymentCustomer",
    "Payout",
    "PayoutCreateRequest",
    "PayoutCreateRequestMetadataType0",
    "PayoutMetadataType0",
    "PayoutPayment",
    "PayoutRefundPayment",
    "ProfitAndLossReport",
    "ProfitAndLossSummary",
    "ReconciledBankTransaction",
    "Refund",
    "RefundAllocation",
    "RefundAllocationSummary",
    "RefundPayment",
    "RefundPaymentMetadataType0",
    "ReportLineItem",
    "ReportSection",
    "TaxCode",
    "TaxCodeList",
    "UpdateBusiness",
    "UpdateBusinessMetadataType0",
    "UpdateInvoiceRequest",
    "ValidationErrorResponse",
    "ValidationErrorResponseDetail",
    "Vendor",
    "VendorAging",
    "VendorCredit",
    "VendorCreditAllocation",
    "VendorCreditLineItem",
    "VendorCreditLineItemMetadataType0",
    "VendorCreditTagsType0Item",
    "VendorReference",
    "VendorRefund",
    "VendorRefundAllocation",
    "VendorRefundAllocationMetadataType0",
    "VendorRefundAllocationRequest",
    "VendorRefundAllocationRequestAllocationType",
    "VendorRefundAllocationRequestMetadataType0",
    "VendorRefundAllocationSummary",
    "VendorRefundPayment",
    "VendorRefundPaymentCancelResponse",
    "VendorRefundPaymentEntryRequest",
    "VendorRefundPaymentEntryRequestMetadataType0",
    "VendorRefundPaymentResult",
    "VendorRefundPaymentResultAllocationsType0Item",
    "VendorRefundPaymentResultPaymentType0",
    "VendorRefundPaymentResultRefundType0",
    "VendorRefundPaymentSummary",
    "VoidInvoiceRequest",
)
