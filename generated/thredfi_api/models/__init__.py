"""Contains all the data models used in inputs/outputs.

Models are imported on first use (rewritten by scripts/lazy_models.py, a generator post-hook).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_entries import AccountEntries, AccountEntriesDict
    from .account_entries_results_item import AccountEntriesResultsItem, AccountEntriesResultsItemDict
    from .account_identifier import AccountIdentifier, AccountIdentifierDict
    from .accounting_period import AccountingPeriod, AccountingPeriodDict
    from .accounts_payable_aging import AccountsPayableAging, AccountsPayableAgingDict
    from .accounts_receivable_aging import AccountsReceivableAging, AccountsReceivableAgingDict
    from .aging_buckets import AgingBuckets, AgingBucketsDict
    from .applied_invoice import AppliedInvoice, AppliedInvoiceDict
    from .balance_sheet_report import BalanceSheetReport, BalanceSheetReportDict
    from .balance_sheet_summary import BalanceSheetSummary, BalanceSheetSummaryDict
    from .bank_account_connection import BankAccountConnection, BankAccountConnectionDict
    from .bank_account_connection_summary import BankAccountConnectionSummary, BankAccountConnectionSummaryDict
    from .bank_transaction_category import BankTransactionCategory, BankTransactionCategoryDict
    from .bank_transaction_subcategory import BankTransactionSubcategory, BankTransactionSubcategoryDict
    from .bank_transaction_summary import BankTransactionSummary, BankTransactionSummaryDict
    from .bill import Bill, BillDict
    from .bill_line_item import BillLineItem, BillLineItemDict
    from .bill_line_item_request import BillLineItemRequest, BillLineItemRequestDict
    from .bill_line_item_request_account_identifier_type_0 import (
        BillLineItemRequestAccountIdentifierType0,
        BillLineItemRequestAccountIdentifierType0Dict,
    )
    from .bill_line_item_request_sales_taxes_item import (
        BillLineItemRequestSalesTaxesItem,
        BillLineItemRequestSalesTaxesItemDict,
    )
    from .bill_payment import BillPayment, BillPaymentDict
    from .bill_payment_allocation import BillPaymentAllocation, BillPaymentAllocationDict
    from .bill_payment_allocation_request import BillPaymentAllocationRequest, BillPaymentAllocationRequestDict
    from .bill_payment_allocation_summary import BillPaymentAllocationSummary, BillPaymentAllocationSummaryDict
    from .bill_payment_allocation_update_request import (
        BillPaymentAllocationUpdateRequest,
        BillPaymentAllocationUpdateRequestDict,
    )
    from .bill_payment_cancel_response import BillPaymentCancelResponse, BillPaymentCancelResponseDict
    from .bill_payment_detail import BillPaymentDetail, BillPaymentDetailDict
    from .bill_payment_detail_metadata_type_0 import BillPaymentDetailMetadataType0, BillPaymentDetailMetadataType0Dict
    from .bill_update_api_request import BillUpdateAPIRequest, BillUpdateAPIRequestDict
    from .business import Business, BusinessDict
    from .business_create_response import BusinessCreateResponse, BusinessCreateResponseDict
    from .business_create_response_meta import BusinessCreateResponseMeta, BusinessCreateResponseMetaDict
    from .business_create_response_metadata_type_0 import (
        BusinessCreateResponseMetadataType0,
        BusinessCreateResponseMetadataType0Dict,
    )
    from .business_metadata_type_0 import BusinessMetadataType0, BusinessMetadataType0Dict
    from .business_o_auth_2_token_response import BusinessOAuth2TokenResponse, BusinessOAuth2TokenResponseDict
    from .cash_flow_statement import CashFlowStatement, CashFlowStatementDict
    from .cash_flow_summary import CashFlowSummary, CashFlowSummaryDict
    from .cash_reconciliation import CashReconciliation, CashReconciliationDict
    from .chart_of_accounts_hierarchy import ChartOfAccountsHierarchy, ChartOfAccountsHierarchyDict
    from .chart_of_accounts_hierarchy_hierarchy_type_0_item import (
        ChartOfAccountsHierarchyHierarchyType0Item,
        ChartOfAccountsHierarchyHierarchyType0ItemDict,
    )
    from .create_account_request import CreateAccountRequest, CreateAccountRequestDict
    from .create_account_request_account_subtype import CreateAccountRequestAccountSubtype
    from .create_account_request_account_type import CreateAccountRequestAccountType
    from .create_account_request_custom_fields_type_0 import (
        CreateAccountRequestCustomFieldsType0,
        CreateAccountRequestCustomFieldsType0Dict,
    )
    from .create_bill_payment_request import CreateBillPaymentRequest, CreateBillPaymentRequestDict
    from .create_bill_payment_request_metadata_type_0 import (
        CreateBillPaymentRequestMetadataType0,
        CreateBillPaymentRequestMetadataType0Dict,
    )
    from .create_bill_payment_request_payment_method import CreateBillPaymentRequestPaymentMethod
    from .create_bill_request import CreateBillRequest, CreateBillRequestDict
    from .create_business_request import CreateBusinessRequest, CreateBusinessRequestDict
    from .create_business_request_accounting_method import CreateBusinessRequestAccountingMethod
    from .create_business_request_metadata_type_0 import (
        CreateBusinessRequestMetadataType0,
        CreateBusinessRequestMetadataType0Dict,
    )
    from .create_child_account_request import CreateChildAccountRequest, CreateChildAccountRequestDict
    from .create_child_account_request_custom_fields_type_0 import (
        CreateChildAccountRequestCustomFieldsType0,
        CreateChildAccountRequestCustomFieldsType0Dict,
    )
    from .create_customer_credit_request import CreateCustomerCreditRequest, CreateCustomerCreditRequestDict
    from .create_customer_credit_request_tags_item import (
        CreateCustomerCreditRequestTagsItem,
        CreateCustomerCreditRequestTagsItemDict,
    )
    from .create_customer_request import CreateCustomerRequest, CreateCustomerRequestDict
    from .create_customer_request_metadata_type_0 import (
        CreateCustomerRequestMetadataType0,
        CreateCustomerRequestMetadataType0Dict,
    )
    from .create_invoice_request import CreateInvoiceRequest, CreateInvoiceRequestDict
    from .create_invoice_request_additional_sales_taxes_item import (
        CreateInvoiceRequestAdditionalSalesTaxesItem,
        CreateInvoiceRequestAdditionalSalesTaxesItemDict,
    )
    from .create_invoice_request_metadata_type_0 import (
        CreateInvoiceRequestMetadataType0,
        CreateInvoiceRequestMetadataType0Dict,
    )
    from .create_invoice_request_tips_account_type_0 import (
        CreateInvoiceRequestTipsAccountType0,
        CreateInvoiceRequestTipsAccountType0Dict,
    )
    from .create_refund_payment_request import CreateRefundPaymentRequest, CreateRefundPaymentRequestDict
    from .create_simple_refund_request import CreateSimpleRefundRequest, CreateSimpleRefundRequestDict
    from .create_vendor_credit_request import CreateVendorCreditRequest, CreateVendorCreditRequestDict
    from .create_vendor_credit_request_allocations_item import (
        CreateVendorCreditRequestAllocationsItem,
        CreateVendorCreditRequestAllocationsItemDict,
    )
    from .create_vendor_credit_request_line_items_item import (
        CreateVendorCreditRequestLineItemsItem,
        CreateVendorCreditRequestLineItemsItemDict,
    )
    from .create_vendor_refund_payment_request import (
        CreateVendorRefundPaymentRequest,
        CreateVendorRefundPaymentRequestDict,
    )
    from .create_vendor_refund_payment_request_metadata_type_0 import (
        CreateVendorRefundPaymentRequestMetadataType0,
        CreateVendorRefundPaymentRequestMetadataType0Dict,
    )
    from .create_vendor_refund_request import CreateVendorRefundRequest, CreateVendorRefundRequestDict
    from .create_vendor_refund_request_metadata_type_0 import (
        CreateVendorRefundRequestMetadataType0,
        CreateVendorRefundRequestMetadataType0Dict,
    )
    from .create_vendor_request import CreateVendorRequest, CreateVendorRequestDict
    from .customer import Customer, CustomerDict
    from .customer_aging import CustomerAging, CustomerAgingDict
    from .customer_credit import CustomerCredit, CustomerCreditDict
    from .customer_credit_allocation import CustomerCreditAllocation, CustomerCreditAllocationDict
    from .customer_credit_allocation_request import CustomerCreditAllocationRequest, CustomerCreditAllocationRequestDict
    from .customer_credit_customer_type_0 import CustomerCreditCustomerType0, CustomerCreditCustomerType0Dict
    from .customer_credit_line_item import CustomerCreditLineItem, CustomerCreditLineItemDict
    from .customer_credit_line_item_metadata_type_0 import (
        CustomerCreditLineItemMetadataType0,
        CustomerCreditLineItemMetadataType0Dict,
    )
    from .customer_credit_line_item_request import CustomerCreditLineItemRequest, CustomerCreditLineItemRequestDict
    from .customer_credit_line_item_request_metadata_type_0 import (
        CustomerCreditLineItemRequestMetadataType0,
        CustomerCreditLineItemRequestMetadataType0Dict,
    )
    from .customer_credit_line_item_request_revenue_account_identifier_type_0 import (
        CustomerCreditLineItemRequestRevenueAccountIdentifierType0,
        CustomerCreditLineItemRequestRevenueAccountIdentifierType0Dict,
    )
    from .customer_credit_line_item_request_tags_item import (
        CustomerCreditLineItemRequestTagsItem,
        CustomerCreditLineItemRequestTagsItemDict,
    )
    from .customer_credit_tags_type_0_item import CustomerCreditTagsType0Item, CustomerCreditTagsType0ItemDict
    from .customer_metadata_type_0 import CustomerMetadataType0, CustomerMetadataType0Dict
    from .document_summary import DocumentSummary, DocumentSummaryDict
    from .document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict
    from .document_upload_request_metadata_type_0 import (
        DocumentUploadRequestMetadataType0,
        DocumentUploadRequestMetadataType0Dict,
    )
    from .error_response import ErrorResponse, ErrorResponseDict
    from .error_response_detail import ErrorResponseDetail, ErrorResponseDetailDict
    from .financial_summary import FinancialSummary, FinancialSummaryDict
    from .financial_summary_totals import FinancialSummaryTotals, FinancialSummaryTotalsDict
    from .financial_trend import FinancialTrend, FinancialTrendDict
    from .get_ap_aging_group_by import GetApAgingGroupBy
    from .get_ar_aging_group_by import GetArAgingGroupBy
    from .get_balance_sheet_detail_level import GetBalanceSheetDetailLevel
    from .get_cash_flow_statement_detail_level import GetCashFlowStatementDetailLevel
    from .get_financial_summary_granularity import GetFinancialSummaryGranularity
    from .get_profit_and_loss_detail_level import GetProfitAndLossDetailLevel
    from .invoice import Invoice, InvoiceDict
    from .invoice_line_item_request import InvoiceLineItemRequest, InvoiceLineItemRequestDict
    from .invoice_line_item_request_account_identifier_type_0 import (
        InvoiceLineItemRequestAccountIdentifierType0,
        InvoiceLineItemRequestAccountIdentifierType0Dict,
    )
    from .invoice_payment import InvoicePayment, InvoicePaymentDict
    from .invoice_payment_allocation import InvoicePaymentAllocation, InvoicePaymentAllocationDict
    from .invoice_payment_allocation_request import InvoicePaymentAllocationRequest, InvoicePaymentAllocationRequestDict
    from .invoice_payment_cancel_response import InvoicePaymentCancelResponse, InvoicePaymentCancelResponseDict
    from .invoice_payment_create_response import InvoicePaymentCreateResponse, InvoicePaymentCreateResponseDict
    from .invoice_payment_record import InvoicePaymentRecord, InvoicePaymentRecordDict
    from .invoice_payment_record_metadata_type_0 import (
        InvoicePaymentRecordMetadataType0,
        InvoicePaymentRecordMetadataType0Dict,
    )
    from .invoice_payment_references import InvoicePaymentReferences, InvoicePaymentReferencesDict
    from .invoice_record_payment_request import InvoiceRecordPaymentRequest, InvoiceRecordPaymentRequestDict
    from .invoice_record_payment_request_metadata_type_0 import (
        InvoiceRecordPaymentRequestMetadataType0,
        InvoiceRecordPaymentRequestMetadataType0Dict,
    )
    from .invoice_record_payment_request_payment_method import InvoiceRecordPaymentRequestPaymentMethod
    from .invoice_sales_tax_request import InvoiceSalesTaxRequest, InvoiceSalesTaxRequestDict
    from .invoice_sales_tax_request_tax_account_type_0 import (
        InvoiceSalesTaxRequestTaxAccountType0,
        InvoiceSalesTaxRequestTaxAccountType0Dict,
    )
    from .journal_entry import JournalEntry, JournalEntryDict
    from .journal_entry_detail import JournalEntryDetail, JournalEntryDetailDict
    from .journal_entry_line import JournalEntryLine, JournalEntryLineDict
    from .ledger_account import LedgerAccount, LedgerAccountDict
    from .ledger_account_detail import LedgerAccountDetail, LedgerAccountDetailDict
    from .ledger_account_detail_sub_accounts_type_0_item import (
        LedgerAccountDetailSubAccountsType0Item,
        LedgerAccountDetailSubAccountsType0ItemDict,
    )
    from .list_bank_accounts_bank_link_status import ListBankAccountsBankLinkStatus
    from .list_bank_transactions_transaction_type import ListBankTransactionsTransactionType
    from .o_auth_2_token_request import OAuth2TokenRequest, OAuth2TokenRequestDict
    from .o_auth_2_token_response import OAuth2TokenResponse, OAuth2TokenResponseDict
    from .operating_activities import OperatingActivities, OperatingActivitiesDict
    from .page_info import PageInfo, PageInfoDict
    from .paginated_bank_account_connection_summary_list import (
        PaginatedBankAccountConnectionSummaryList,
        PaginatedBankAccountConnectionSummaryListDict,
    )
    from .paginated_bank_transaction_summary_list import (
        PaginatedBankTransactionSummaryList,
        PaginatedBankTransactionSummaryListDict,
    )
    from .paginated_bill_list import PaginatedBillList, PaginatedBillListDict
    from .paginated_bill_payment_list import PaginatedBillPaymentList, PaginatedBillPaymentListDict
    from .paginated_business_list import PaginatedBusinessList, PaginatedBusinessListDict
    from .paginated_customer_credit_list import PaginatedCustomerCreditList, PaginatedCustomerCreditListDict
    from .paginated_customer_list import PaginatedCustomerList, PaginatedCustomerListDict
    from .paginated_invoice_list import PaginatedInvoiceList, PaginatedInvoiceListDict
    from .paginated_invoice_payment_list import PaginatedInvoicePaymentList, PaginatedInvoicePaymentListDict
    from .paginated_journal_entry_list import PaginatedJournalEntryList, PaginatedJournalEntryListDict
    from .paginated_ledger_account_list import PaginatedLedgerAccountList, PaginatedLedgerAccountListDict
    from .paginated_payout_list import PaginatedPayoutList, PaginatedPayoutListDict
    from .paginated_refund_list import PaginatedRefundList, PaginatedRefundListDict
    from .paginated_refund_payment_list import PaginatedRefundPaymentList, PaginatedRefundPaymentListDict
    from .paginated_vendor_credit_list import PaginatedVendorCreditList, PaginatedVendorCreditListDict
    from .paginated_vendor_list import PaginatedVendorList, PaginatedVendorListDict
    from .paginated_vendor_refund_list import PaginatedVendorRefundList, PaginatedVendorRefundListDict
    from .paginated_vendor_refund_payment_list import (
        PaginatedVendorRefundPaymentList,
        PaginatedVendorRefundPaymentListDict,
    )
    from .patched_bill_payment_update_request import (
        PatchedBillPaymentUpdateRequest,
        PatchedBillPaymentUpdateRequestDict,
    )
    from .patched_invoice_payment_update_request import (
        PatchedInvoicePaymentUpdateRequest,
        PatchedInvoicePaymentUpdateRequestDict,
    )
    from .patched_invoice_payment_update_request_metadata import (
        PatchedInvoicePaymentUpdateRequestMetadata,
        PatchedInvoicePaymentUpdateRequestMetadataDict,
    )
    from .patched_invoice_payment_update_request_references import (
        PatchedInvoicePaymentUpdateRequestReferences,
        PatchedInvoicePaymentUpdateRequestReferencesDict,
    )
    from .patched_update_business_request import PatchedUpdateBusinessRequest, PatchedUpdateBusinessRequestDict
    from .patched_update_business_request_accounting_method import PatchedUpdateBusinessRequestAccountingMethod
    from .patched_update_business_request_metadata_type_0 import (
        PatchedUpdateBusinessRequestMetadataType0,
        PatchedUpdateBusinessRequestMetadataType0Dict,
    )
    from .patched_vendor_refund_payment_update_request import (
        PatchedVendorRefundPaymentUpdateRequest,
        PatchedVendorRefundPaymentUpdateRequestDict,
    )
    from .patched_vendor_refund_payment_update_request_metadata_type_0 import (
        PatchedVendorRefundPaymentUpdateRequestMetadataType0,
        PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict,
    )
    from .patched_vendor_refund_payment_update_request_status import PatchedVendorRefundPaymentUpdateRequestStatus
    from .patched_vendor_refund_update_request import (
        PatchedVendorRefundUpdateRequest,
        PatchedVendorRefundUpdateRequestDict,
    )
    from .patched_vendor_refund_update_request_metadata_type_0 import (
        PatchedVendorRefundUpdateRequestMetadataType0,
        PatchedVendorRefundUpdateRequestMetadataType0Dict,
    )
    from .payment_customer import PaymentCustomer, PaymentCustomerDict
    from .payout import Payout, PayoutDict
    from .payout_create_request import PayoutCreateRequest, PayoutCreateRequestDict
    from .payout_create_request_metadata_type_0 import (
        PayoutCreateRequestMetadataType0,
        PayoutCreateRequestMetadataType0Dict,
    )
    from .payout_metadata_type_0 import PayoutMetadataType0, PayoutMetadataType0Dict
    from .payout_payment import PayoutPayment, PayoutPaymentDict
    from .payout_refund_payment import PayoutRefundPayment, PayoutRefundPaymentDict
    from .profit_and_loss_report import ProfitAndLossReport, ProfitAndLossReportDict
    from .profit_and_loss_summary import ProfitAndLossSummary, ProfitAndLossSummaryDict
    from .reconciled_bank_transaction import ReconciledBankTransaction, ReconciledBankTransactionDict
    from .refund import Refund, RefundDict
    from .refund_allocation import RefundAllocation, RefundAllocationDict
    from .refund_allocation_summary import RefundAllocationSummary, RefundAllocationSummaryDict
    from .refund_payment import RefundPayment, RefundPaymentDict
    from .refund_payment_metadata_type_0 import RefundPaymentMetadataType0, RefundPaymentMetadataType0Dict
    from .report_line_item import ReportLineItem, ReportLineItemDict
    from .report_section import ReportSection, ReportSectionDict
    from .tax_code import TaxCode, TaxCodeDict
    from .tax_code_list import TaxCodeList, TaxCodeListDict
    from .update_business import UpdateBusiness, UpdateBusinessDict
    from .update_business_metadata_type_0 import UpdateBusinessMetadataType0, UpdateBusinessMetadataType0Dict
    from .update_invoice_request import UpdateInvoiceRequest, UpdateInvoiceRequestDict
    from .validation_error_response import ValidationErrorResponse, ValidationErrorResponseDict
    from .validation_error_response_detail import ValidationErrorResponseDetail, ValidationErrorResponseDetailDict
    from .vendor import Vendor, VendorDict
    from .vendor_aging import VendorAging, VendorAgingDict
    from .vendor_credit import VendorCredit, VendorCreditDict
    from .vendor_credit_allocation import VendorCreditAllocation, VendorCreditAllocationDict
    from .vendor_credit_line_item import VendorCreditLineItem, VendorCreditLineItemDict
    from .vendor_credit_line_item_metadata_type_0 import (
        VendorCreditLineItemMetadataType0,
        VendorCreditLineItemMetadataType0Dict,
    )
    from .vendor_credit_tags_type_0_item import VendorCreditTagsType0Item, VendorCreditTagsType0ItemDict
    from .vendor_reference import VendorReference, VendorReferenceDict
    from .vendor_refund import VendorRefund, VendorRefundDict
    from .vendor_refund_allocation import VendorRefundAllocation, VendorRefundAllocationDict
    from .vendor_refund_allocation_metadata_type_0 import (
        VendorRefundAllocationMetadataType0,
        VendorRefundAllocationMetadataType0Dict,
    )
    from .vendor_refund_allocation_request import VendorRefundAllocationRequest, VendorRefundAllocationRequestDict
    from .vendor_refund_allocation_request_allocation_type import VendorRefundAllocationRequestAllocationType
    from .vendor_refund_allocation_request_metadata_type_0 import (
        VendorRefundAllocationRequestMetadataType0,
        VendorRefundAllocationRequestMetadataType0Dict,
    )
    from .vendor_refund_allocation_summary import VendorRefundAllocationSummary, VendorRefundAllocationSummaryDict
    from .vendor_refund_payment import VendorRefundPayment, VendorRefundPaymentDict
    from .vendor_refund_payment_cancel_response import (
        VendorRefundPaymentCancelResponse,
        VendorRefundPaymentCancelResponseDict,
    )
    from .vendor_refund_payment_entry_request import (
        VendorRefundPaymentEntryRequest,
        VendorRefundPaymentEntryRequestDict,
    )
    from .vendor_refund_payment_entry_request_metadata_type_0 import (
        VendorRefundPaymentEntryRequestMetadataType0,
        VendorRefundPaymentEntryRequestMetadataType0Dict,
    )
    from .vendor_refund_payment_result import VendorRefundPaymentResult, VendorRefundPaymentResultDict
    from .vendor_refund_payment_result_allocations_type_0_item import (
        VendorRefundPaymentResultAllocationsType0Item,
        VendorRefundPaymentResultAllocationsType0ItemDict,
    )
    from .vendor_refund_payment_result_payment_type_0 import (
        VendorRefundPaymentResultPaymentType0,
        VendorRefundPaymentResultPaymentType0Dict,
    )
    from .vendor_refund_payment_result_refund_type_0 import (
        VendorRefundPaymentResultRefundType0,
        VendorRefundPaymentResultRefundType0Dict,
    )
    from .vendor_refund_payment_summary import VendorRefundPaymentSummary, VendorRefundPaymentSummaryDict
    from .void_invoice_request import VoidInvoiceRequest, VoidInvoiceRequestDict

_MODULE_OF = {
    "AccountEntries": ".account_entries",
    "AccountEntriesDict": ".account_entries",
    "AccountEntriesResultsItem": ".account_entries_results_item",
    "AccountEntriesResultsItemDict": ".account_entries_results_item",
    "AccountIdentifier": ".account_identifier",
    "AccountIdentifierDict": ".account_identifier",
    "AccountingPeriod": ".accounting_period",
    "AccountingPeriodDict": ".accounting_period",
    "AccountsPayableAging": ".accounts_payable_aging",
    "AccountsPayableAgingDict": ".accounts_payable_aging",
    "AccountsReceivableAging": ".accounts_receivable_aging",
    "AccountsReceivableAgingDict": ".accounts_receivable_aging",
    "AgingBuckets": ".aging_buckets",
    "AgingBucketsDict": ".aging_buckets",
    "AppliedInvoice": ".applied_invoice",
    "AppliedInvoiceDict": ".applied_invoice",
    "BalanceSheetReport": ".balance_sheet_report",
    "BalanceSheetReportDict": ".balance_sheet_report",
    "BalanceSheetSummary": ".balance_sheet_summary",
    "BalanceSheetSummaryDict": ".balance_sheet_summary",
    "BankAccountConnection": ".bank_account_connection",
    "BankAccountConnectionDict": ".bank_account_connection",
    "BankAccountConnectionSummary": ".bank_account_connection_summary",
    "BankAccountConnectionSummaryDict": ".bank_account_connection_summary",
    "BankTransactionCategory": ".bank_transaction_category",
    "BankTransactionCategoryDict": ".bank_transaction_category",
    "BankTransactionSubcategory": ".bank_transaction_subcategory",
    "BankTransactionSubcategoryDict": ".bank_transaction_subcategory",
    "BankTransactionSummary": ".bank_transaction_summary",
    "BankTransactionSummaryDict": ".bank_transaction_summary",
    "Bill": ".bill",
    "BillDict": ".bill",
    "BillLineItem": ".bill_line_item",
    "BillLineItemDict": ".bill_line_item",
    "BillLineItemRequest": ".bill_line_item_request",
    "BillLineItemRequestDict": ".bill_line_item_request",
    "BillLineItemRequestAccountIdentifierType0": ".bill_line_item_request_account_identifier_type_0",
    "BillLineItemRequestAccountIdentifierType0Dict": ".bill_line_item_request_account_identifier_type_0",
    "BillLineItemRequestSalesTaxesItem": ".bill_line_item_request_sales_taxes_item",
    "BillLineItemRequestSalesTaxesItemDict": ".bill_line_item_request_sales_taxes_item",
    "BillPayment": ".bill_payment",
    "BillPaymentDict": ".bill_payment",
    "BillPaymentAllocation": ".bill_payment_allocation",
    "BillPaymentAllocationDict": ".bill_payment_allocation",
    "BillPaymentAllocationRequest": ".bill_payment_allocation_request",
    "BillPaymentAllocationRequestDict": ".bill_payment_allocation_request",
    "BillPaymentAllocationSummary": ".bill_payment_allocation_summary",
    "BillPaymentAllocationSummaryDict": ".bill_payment_allocation_summary",
    "BillPaymentAllocationUpdateRequest": ".bill_payment_allocation_update_request",
    "BillPaymentAllocationUpdateRequestDict": ".bill_payment_allocation_update_request",
    "BillPaymentCancelResponse": ".bill_payment_cancel_response",
    "BillPaymentCancelResponseDict": ".bill_payment_cancel_response",
    "BillPaymentDetail": ".bill_payment_detail",
    "BillPaymentDetailDict": ".bill_payment_detail",
    "BillPaymentDetailMetadataType0": ".bill_payment_detail_metadata_type_0",
    "BillPaymentDetailMetadataType0Dict": ".bill_payment_detail_metadata_type_0",
    "BillUpdateAPIRequest": ".bill_update_api_request",
    "BillUpdateAPIRequestDict": ".bill_update_api_request",
    "Business": ".business",
    "BusinessDict": ".business",
    "BusinessCreateResponse": ".business_create_response",
    "BusinessCreateResponseDict": ".business_create_response",
    "BusinessCreateResponseMeta": ".business_create_response_meta",
    "BusinessCreateResponseMetaDict": ".business_create_response_meta",
    "BusinessCreateResponseMetadataType0": ".business_create_response_metadata_type_0",
    "BusinessCreateResponseMetadataType0Dict": ".business_create_response_metadata_type_0",
    "BusinessMetadataType0": ".business_metadata_type_0",
    "BusinessMetadataType0Dict": ".business_metadata_type_0",
    "BusinessOAuth2TokenResponse": ".business_o_auth_2_token_response",
    "BusinessOAuth2TokenResponseDict": ".business_o_auth_2_token_response",
    "CashFlowStatement": ".cash_flow_statement",
    "CashFlowStatementDict": ".cash_flow_statement",
    "CashFlowSummary": ".cash_flow_summary",
    "CashFlowSummaryDict": ".cash_flow_summary",
    "CashReconciliation": ".cash_reconciliation",
    "CashReconciliationDict": ".cash_reconciliation",
    "ChartOfAccountsHierarchy": ".chart_of_accounts_hierarchy",
    "ChartOfAccountsHierarchyDict": ".chart_of_accounts_hierarchy",
    "ChartOfAccountsHierarchyHierarchyType0Item": ".chart_of_accounts_hierarchy_hierarchy_type_0_item",
    "ChartOfAccountsHierarchyHierarchyType0ItemDict": ".chart_of_accounts_hierarchy_hierarchy_type_0_item",
    "CreateAccountRequest": ".create_account_request",
    "CreateAccountRequestDict": ".create_account_request",
    "CreateAccountRequestAccountSubtype": ".create_account_request_account_subtype",
    "CreateAccountRequestAccountType": ".create_account_request_account_type",
    "CreateAccountRequestCustomFieldsType0": ".create_account_request_custom_fields_type_0",
    "CreateAccountRequestCustomFieldsType0Dict": ".create_account_request_custom_fields_type_0",
    "CreateBillPaymentRequest": ".create_bill_payment_request",
    "CreateBillPaymentRequestDict": ".create_bill_payment_request",
    "CreateBillPaymentRequestMetadataType0": ".create_bill_payment_request_metadata_type_0",
    "CreateBillPaymentRequestMetadataType0Dict": ".create_bill_payment_request_metadata_type_0",
    "CreateBillPaymentRequestPaymentMethod": ".create_bill_payment_request_payment_method",
    "CreateBillRequest": ".create_bill_request",
    "CreateBillRequestDict": ".create_bill_request",
    "CreateBusinessRequest": ".create_business_request",
    "CreateBusinessRequestDict": ".create_business_request",
    "CreateBusinessRequestAccountingMethod": ".create_business_request_accounting_method",
    "CreateBusinessRequestMetadataType0": ".create_business_request_metadata_type_0",
    "CreateBusinessRequestMetadataType0Dict": ".create_business_request_metadata_type_0",
    "CreateChildAccountRequest": ".create_child_account_request",
    "CreateChildAccountRequestDict": ".create_child_account_request",
    "CreateChildAccountRequestCustomFieldsType0": ".create_child_account_request_custom_fields_type_0",
    "CreateChildAccountRequestCustomFieldsType0Dict": ".create_child_account_request_custom_fields_type_0",
    "CreateCustomerCreditRequest": ".create_customer_credit_request",
    "CreateCustomerCreditRequestDict": ".create_customer_credit_request",
    "CreateCustomerCreditRequestTagsItem": ".create_customer_credit_request_tags_item",
    "CreateCustomerCreditRequestTagsItemDict": ".create_customer_credit_request_tags_item",
    "CreateCustomerRequest": ".create_customer_request",
    "CreateCustomerRequestDict": ".create_customer_request",
    "CreateCustomerRequestMetadataType0": ".create_customer_request_metadata_type_0",
    "CreateCustomerRequestMetadataType0Dict": ".create_customer_request_metadata_type_0",
    "CreateInvoiceRequest": ".create_invoice_request",
    "CreateInvoiceRequestDict": ".create_invoice_request",
    "CreateInvoiceRequestAdditionalSalesTaxesItem": ".create_invoice_request_additional_sales_taxes_item",
    "CreateInvoiceRequestAdditionalSalesTaxesItemDict": ".create_invoice_request_additional_sales_taxes_item",
    "CreateInvoiceRequestMetadataType0": ".create_invoice_request_metadata_type_0",
    "CreateInvoiceRequestMetadataType0Dict": ".create_invoice_request_metadata_type_0",
    "CreateInvoiceRequestTipsAccountType0": ".create_invoice_request_tips_account_type_0",
    "CreateInvoiceRequestTipsAccountType0Dict": ".create_invoice_request_tips_account_type_0",
    "CreateRefundPaymentRequest": ".create_refund_payment_request",
    "CreateRefundPaymentRequestDict": ".create_refund_payment_request",
    "CreateSimpleRefundRequest": ".create_simple_refund_request",
    "CreateSimpleRefundRequestDict": ".create_simple_refund_request",
    "CreateVendorCreditRequest": ".create_vendor_credit_request",
    "CreateVendorCreditRequestDict": ".create_vendor_credit_request",
    "CreateVendorCreditRequestAllocationsItem": ".create_vendor_credit_request_allocations_item",
    "CreateVendorCreditRequestAllocationsItemDict": ".create_vendor_credit_request_allocations_item",
    "CreateVendorCreditRequestLineItemsItem": ".create_vendor_credit_request_line_items_item",
    "CreateVendorCreditRequestLineItemsItemDict": ".create_vendor_credit_request_line_items_item",
    "CreateVendorRefundPaymentRequest": ".create_vendor_refund_payment_request",
    "CreateVendorRefundPaymentRequestDict": ".create_vendor_refund_payment_request",
    "CreateVendorRefundPaymentRequestMetadataType0": ".create_vendor_refund_payment_request_metadata_type_0",
    "CreateVendorRefundPaymentRequestMetadataType0Dict": ".create_vendor_refund_payment_request_metadata_type_0",
    "CreateVendorRefundRequest": ".create_vendor_refund_request",
    "CreateVendorRefundRequestDict": ".create_vendor_refund_request",
    "CreateVendorRefundRequestMetadataType0": ".create_vendor_refund_request_metadata_type_0",
    "CreateVendorRefundRequestMetadataType0Dict": ".create_vendor_refund_request_metadata_type_0",
    "CreateVendorRequest": ".create_vendor_request",
    "CreateVendorRequestDict": ".create_vendor_request",
    "Customer": ".customer",
    "CustomerDict": ".customer",
    "CustomerAging": ".customer_aging",
    "CustomerAgingDict": ".customer_aging",
    "CustomerCredit": ".customer_credit",
    "CustomerCreditDict": ".customer_credit",
    "CustomerCreditAllocation": ".customer_credit_allocation",
    "CustomerCreditAllocationDict": ".customer_credit_allocation",
    "CustomerCreditAllocationRequest": ".customer_credit_allocation_request",
    "CustomerCreditAllocationRequestDict": ".customer_credit_allocation_request",
    "CustomerCreditCustomerType0": ".customer_credit_customer_type_0",
    "CustomerCreditCustomerType0Dict": ".customer_credit_customer_type_0",
    "CustomerCreditLineItem": ".customer_credit_line_item",
    "CustomerCreditLineItemDict": ".customer_credit_line_item",
    "CustomerCreditLineItemMetadataType0": ".customer_credit_line_item_metadata_type_0",
    "CustomerCreditLineItemMetadataType0Dict": ".customer_credit_line_item_metadata_type_0",
    "CustomerCreditLineItemRequest": ".customer_credit_line_item_request",
    "CustomerCreditLineItemRequestDict": ".customer_credit_line_item_request",
    "CustomerCreditLineItemRequestMetadataType0": ".customer_credit_line_item_request_metadata_type_0",
    "CustomerCreditLineItemRequestMetadataType0Dict": ".customer_credit_line_item_request_metadata_type_0",
    "CustomerCreditLineItemRequestRevenueAccountIdentifierType0": ".customer_credit_line_item_request_revenue_account_identifier_type_0",
    "CustomerCreditLineItemRequestRevenueAccountIdentifierType0Dict": ".customer_credit_line_item_request_revenue_account_identifier_type_0",
    "CustomerCreditLineItemRequestTagsItem": ".customer_credit_line_item_request_tags_item",
    "CustomerCreditLineItemRequestTagsItemDict": ".customer_credit_line_item_request_tags_item",
    "CustomerCreditTagsType0Item": ".customer_credit_tags_type_0_item",
    "CustomerCreditTagsType0ItemDict": ".customer_credit_tags_type_0_item",
    "CustomerMetadataType0": ".customer_metadata_type_0",
    "CustomerMetadataType0Dict": ".customer_metadata_type_0",
    "DocumentSummary": ".document_summary",
    "DocumentSummaryDict": ".document_summary",
    "DocumentUploadRequest": ".document_upload_request",
    "DocumentUploadRequestDict": ".document_upload_request",
    "DocumentUploadRequestMetadataType0": ".document_upload_request_metadata_type_0",
    "DocumentUploadRequestMetadataType0Dict": ".document_upload_request_metadata_type_0",
    "ErrorResponse": ".error_response",
    "ErrorResponseDict": ".error_response",
    "ErrorResponseDetail": ".error_response_detail",
    "ErrorResponseDetailDict": ".error_response_detail",
    "FinancialSummary": ".financial_summary",
    "FinancialSummaryDict": ".financial_summary",
    "FinancialSummaryTotals": ".financial_summary_totals",
    "FinancialSummaryTotalsDict": ".financial_summary_totals",
    "FinancialTrend": ".financial_trend",
    "FinancialTrendDict": ".financial_trend",
    "GetApAgingGroupBy": ".get_ap_aging_group_by",
    "GetArAgingGroupBy": ".get_ar_aging_group_by",
    "GetBalanceSheetDetailLevel": ".get_balance_sheet_detail_level",
    "GetCashFlowStatementDetailLevel": ".get_cash_flow_statement_detail_level",
    "GetFinancialSummaryGranularity": ".get_financial_summary_granularity",
    "GetProfitAndLossDetailLevel": ".get_profit_and_loss_detail_level",
    "Invoice": ".invoice",
    "InvoiceDict": ".invoice",
    "InvoiceLineItemRequest": ".invoice_line_item_request",
    "InvoiceLineItemRequestDict": ".invoice_line_item_request",
    "InvoiceLineItemRequestAccountIdentifierType0": ".invoice_line_item_request_account_identifier_type_0",
    "InvoiceLineItemRequestAccountIdentifierType0Dict": ".invoice_line_item_request_account_identifier_type_0",
    "InvoicePayment": ".invoice_payment",
    "InvoicePaymentDict": ".invoice_payment",
    "InvoicePaymentAllocation": ".invoice_payment_allocation",
    "InvoicePaymentAllocationDict": ".invoice_payment_allocation",
    "InvoicePaymentAllocationRequest": ".invoice_payment_allocation_request",
    "InvoicePaymentAllocationRequestDict": ".invoice_payment_allocation_request",
    "InvoicePaymentCancelResponse": ".invoice_payment_cancel_response",
    "InvoicePaymentCancelResponseDict": ".invoice_payment_cancel_response",
    "InvoicePaymentCreateResponse": ".invoice_payment_create_response",
    "InvoicePaymentCreateResponseDict": ".invoice_payment_create_response",
    "InvoicePaymentRecord": ".invoice_payment_record",
    "InvoicePaymentRecordDict": ".invoice_payment_record",
    "InvoicePaymentRecordMetadataType0": ".invoice_payment_record_metadata_type_0",
    "InvoicePaymentRecordMetadataType0Dict": ".invoice_payment_record_metadata_type_0",
    "InvoicePaymentReferences": ".invoice_payment_references",
    "InvoicePaymentReferencesDict": ".invoice_payment_references",
    "InvoiceRecordPaymentRequest": ".invoice_record_payment_request",
    "InvoiceRecordPaymentRequestDict": ".invoice_record_payment_request",
    "InvoiceRecordPaymentRequestMetadataType0": ".invoice_record_payment_request_metadata_type_0",
    "InvoiceRecordPaymentRequestMetadataType0Dict": ".invoice_record_payment_request_metadata_type_0",
    "InvoiceRecordPaymentRequestPaymentMethod": ".invoice_record_payment_request_payment_method",
    "InvoiceSalesTaxRequest": ".invoice_sales_tax_request",
    "InvoiceSalesTaxRequestDict": ".invoice_sales_tax_request",
    "InvoiceSalesTaxRequestTaxAccountType0": ".invoice_sales_tax_request_tax_account_type_0",
    "InvoiceSalesTaxRequestTaxAccountType0Dict": ".invoice_sales_tax_request_tax_account_type_0",
    "JournalEntry": ".journal_entry",
    "JournalEntryDict": ".journal_entry",
    "JournalEntryDetail": ".journal_entry_detail",
    "JournalEntryDetailDict": ".journal_entry_detail",
    "JournalEntryLine": ".journal_entry_line",
    "JournalEntryLineDict": ".journal_entry_line",
    "LedgerAccount": ".ledger_account",
    "LedgerAccountDict": ".ledger_account",
    "LedgerAccountDetail": ".ledger_account_detail",
    "LedgerAccountDetailDict": ".ledger_account_detail",
    "LedgerAccountDetailSubAccountsType0Item": ".ledger_account_detail_sub_accounts_type_0_item",
    "LedgerAccountDetailSubAccountsType0ItemDict": ".ledger_account_detail_sub_accounts_type_0_item",
    "ListBankAccountsBankLinkStatus": ".list_bank_accounts_bank_link_status",
    "ListBankTransactionsTransactionType": ".list_bank_transactions_transaction_type",
    "OAuth2TokenRequest": ".o_auth_2_token_request",
    "OAuth2TokenRequestDict": ".o_auth_2_token_request",
    "OAuth2TokenResponse": ".o_auth_2_token_response",
    "OAuth2TokenResponseDict": ".o_auth_2_token_response",
    "OperatingActivities": ".operating_activities",
    "OperatingActivitiesDict": ".operating_activities",
    "PageInfo": ".page_info",
    "PageInfoDict": ".page_info",
    "PaginatedBankAccountConnectionSummaryList": ".paginated_bank_account_connection_summary_list",
    "PaginatedBankAccountConnectionSummaryListDict": ".paginated_bank_account_connection_summary_list",
    "PaginatedBankTransactionSummaryList": ".paginated_bank_transaction_summary_list",
    "PaginatedBankTransactionSummaryListDict": ".paginated_bank_transaction_summary_list",
    "PaginatedBillList": ".paginated_bill_list",
    "PaginatedBillListDict": ".paginated_bill_list",
    "PaginatedBillPaymentList": ".paginated_bill_payment_list",
    "PaginatedBillPaymentListDict": ".paginated_bill_payment_list",
    "PaginatedBusinessList": ".paginated_business_list",
    "PaginatedBusinessListDict": ".paginated_business_list",
    "PaginatedCustomerCreditList": ".paginated_customer_credit_list",
    "PaginatedCustomerCreditListDict": ".paginated_customer_credit_list",
    "PaginatedCustomerList": ".paginated_customer_list",
    "PaginatedCustomerListDict": ".paginated_customer_list",
    "PaginatedInvoiceList": ".paginated_invoice_list",
    "PaginatedInvoiceListDict": ".paginated_invoice_list",
    "PaginatedInvoicePaymentList": ".paginated_invoice_payment_list",
    "PaginatedInvoicePaymentListDict": ".paginated_invoice_payment_list",
    "PaginatedJournalEntryList": ".paginated_journal_entry_list",
    "PaginatedJournalEntryListDict": ".paginated_journal_entry_list",
    "PaginatedLedgerAccountList": ".paginated_ledger_account_list",
    "PaginatedLedgerAccountListDict": ".paginated_ledger_account_list",
    "PaginatedPayoutList": ".paginated_payout_list",
    "PaginatedPayoutListDict": ".paginated_payout_list",
    "PaginatedRefundList": ".paginated_refund_list",
    "PaginatedRefundListDict": ".paginated_refund_list",
    "PaginatedRefundPaymentList": ".paginated_refund_payment_list",
    "PaginatedRefundPaymentListDict": ".paginated_refund_payment_list",
    "PaginatedVendorCreditList": ".paginated_vendor_credit_list",
    "PaginatedVendorCreditListDict": ".paginated_vendor_credit_list",
    "PaginatedVendorList": ".paginated_vendor_list",
    "PaginatedVendorListDict": ".paginated_vendor_list",
    "PaginatedVendorRefundList": ".paginated_vendor_refund_list",
    "PaginatedVendorRefundListDict": ".paginated_vendor_refund_list",
    "PaginatedVendorRefundPaymentList": ".paginated_vendor_refund_payment_list",
    "PaginatedVendorRefundPaymentListDict": ".paginated_vendor_refund_payment_list",
    "PatchedBillPaymentUpdateRequest": ".patched_bill_payment_update_request",
    "PatchedBillPaymentUpdateRequestDict": ".patched_bill_payment_update_request",
    "PatchedInvoicePaymentUpdateRequest": ".patched_invoice_payment_update_request",
    "PatchedInvoicePaymentUpdateRequestDict": ".patched_invoice_payment_update_request",
    "PatchedInvoicePaymentUpdateRequestMetadata": ".patched_invoice_payment_update_request_metadata",
    "PatchedInvoicePaymentUpdateRequestMetadataDict": ".patched_invoice_payment_update_request_metadata",
    "PatchedInvoicePaymentUpdateRequestReferences": ".patched_invoice_payment_update_request_references",
    "PatchedInvoicePaymentUpdateRequestReferencesDict": ".patched_invoice_payment_update_request_references",
    "PatchedUpdateBusinessRequest": ".patched_update_business_request",
    "PatchedUpdateBusinessRequestDict": ".patched_update_business_request",
    "PatchedUpdateBusinessRequestAccountingMethod": ".patched_update_business_request_accounting_method",
    "PatchedUpdateBusinessRequestMetadataType0": ".patched_update_business_request_metadata_type_0",
    "PatchedUpdateBusinessRequestMetadataType0Dict": ".patched_update_business_request_metadata_type_0",
    "PatchedVendorRefundPaymentUpdateRequest": ".patched_vendor_refund_payment_update_request",
    "PatchedVendorRefundPaymentUpdateRequestDict": ".patched_vendor_refund_payment_update_request",
    "PatchedVendorRefundPaymentUpdateRequestMetadataType0": ".patched_vendor_refund_payment_update_request_metadata_type_0",
    "PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict": ".patched_vendor_refund_payment_update_request_metadata_type_0",
    "PatchedVendorRefundPaymentUpdateRequestStatus": ".patched_vendor_refund_payment_update_request_status",
    "PatchedVendorRefundUpdateRequest": ".patched_vendor_refund_update_request",
    "PatchedVendorRefundUpdateRequestDict": ".patched_vendor_refund_update_request",
    "PatchedVendorRefundUpdateRequestMetadataType0": ".patched_vendor_refund_update_request_metadata_type_0",
    "PatchedVendorRefundUpdateRequestMetadataType0Dict": ".patched_vendor_refund_update_request_metadata_type_0",
    "PaymentCustomer": ".payment_customer",
    "PaymentCustomerDict": ".payment_customer",
    "Payout": ".payout",
    "PayoutDict": ".payout",
    "PayoutCreateRequest": ".payout_create_request",
    "PayoutCreateRequestDict": ".payout_create_request",
    "PayoutCreateRequestMetadataType0": ".payout_create_request_metadata_type_0",
    "PayoutCreateRequestMetadataType0Dict": ".payout_create_request_metadata_type_0",
    "PayoutMetadataType0": ".payout_metadata_type_0",
    "PayoutMetadataType0Dict": ".payout_metadata_type_0",
    "PayoutPayment": ".payout_payment",
    "PayoutPaymentDict": ".payout_payment",
    "PayoutRefundPayment": ".payout_refund_payment",
    "PayoutRefundPaymentDict": ".payout_refund_payment",
    "ProfitAndLossReport": ".profit_and_loss_report",
    "ProfitAndLossReportDict": ".profit_and_loss_report",
    "ProfitAndLossSummary": ".profit_and_loss_summary",
    "ProfitAndLossSummaryDict": ".profit_and_loss_summary",
    "ReconciledBankTransaction": ".reconciled_bank_transaction",
    "ReconciledBankTransactionDict": ".reconciled_bank_transaction",
    "Refund": ".refund",
    "RefundDict": ".refund",
    "RefundAllocation": ".refund_allocation",
    "RefundAllocationDict": ".refund_allocation",
    "RefundAllocationSummary": ".refund_allocation_summary",
    "RefundAllocationSummaryDict": ".refund_allocation_summary",
    "RefundPayment": ".refund_payment",
    "RefundPaymentDict": ".refund_payment",
    "RefundPaymentMetadataType0": ".refund_payment_metadata_type_0",
    "RefundPaymentMetadataType0Dict": ".refund_payment_metadata_type_0",
    "ReportLineItem": ".report_line_item",
    "ReportLineItemDict": ".report_line_item",
    "ReportSection": ".report_section",
    "ReportSectionDict": ".report_section",
    "TaxCode": ".tax_code",
    "TaxCodeDict": ".tax_code",
    "TaxCodeList": ".tax_code_list",
    "TaxCodeListDict": ".tax_code_list",
    "UpdateBusiness": ".update_business",
    "UpdateBusinessDict": ".update_business",
    "UpdateBusinessMetadataType0": ".update_business_metadata_type_0",
    "UpdateBusinessMetadataType0Dict": ".update_business_metadata_type_0",
    "UpdateInvoiceRequest": ".update_invoice_request",
    "UpdateInvoiceRequestDict": ".update_invoice_request",
    "ValidationErrorResponse": ".validation_error_response",
    "ValidationErrorResponseDict": ".validation_error_response",
    "ValidationErrorResponseDetail": ".validation_error_response_detail",
    "ValidationErrorResponseDetailDict": ".validation_error_response_detail",
    "Vendor": ".vendor",
    "VendorDict": ".vendor",
    "VendorAging": ".vendor_aging",
    "VendorAgingDict": ".vendor_aging",
    "VendorCredit": ".vendor_credit",
    "VendorCreditDict": ".vendor_credit",
    "VendorCreditAllocation": ".vendor_credit_allocation",
    "VendorCreditAllocationDict": ".vendor_credit_allocation",
    "VendorCreditLineItem": ".vendor_credit_line_item",
    "VendorCreditLineItemDict": ".vendor_credit_line_item",
    "VendorCreditLineItemMetadataType0": ".vendor_credit_line_item_metadata_type_0",
    "VendorCreditLineItemMetadataType0Dict": ".vendor_credit_line_item_metadata_type_0",
    "VendorCreditTagsType0Item": ".vendor_credit_tags_type_0_item",
    "VendorCreditTagsType0ItemDict": ".vendor_credit_tags_type_0_item",
    "VendorReference": ".vendor_reference",
    "VendorReferenceDict": ".vendor_reference",
    "VendorRefund": ".vendor_refund",
    "VendorRefundDict": ".vendor_refund",
    "VendorRefundAllocation": ".vendor_refund_allocation",
    "VendorRefundAllocationDict": ".vendor_refund_allocation",
    "VendorRefundAllocationMetadataType0": ".vendor_refund_allocation_metadata_type_0",
    "VendorRefundAllocationMetadataType0Dict": ".vendor_refund_allocation_metadata_type_0",
    "VendorRefundAllocationRequest": ".vendor_refund_allocation_request",
    "VendorRefundAllocationRequestDict": ".vendor_refund_allocation_request",
    "VendorRefundAllocationRequestAllocationType": ".vendor_refund_allocation_request_allocation_type",
    "VendorRefundAllocationRequestMetadataType0": ".vendor_refund_allocation_request_metadata_type_0",
    "VendorRefundAllocationRequestMetadataType0Dict": ".vendor_refund_allocation_request_metadata_type_0",
    "VendorRefundAllocationSummary": ".vendor_refund_allocation_summary",
    "VendorRefundAllocationSummaryDict": ".vendor_refund_allocation_summary",
    "VendorRefundPayment": ".vendor_refund_payment",
    "VendorRefundPaymentDict": ".vendor_refund_payment",
    "VendorRefundPaymentCancelResponse": ".vendor_refund_payment_cancel_response",
    "VendorRefundPaymentCancelResponseDict": ".vendor_refund_payment_cancel_response",
    "VendorRefundPaymentEntryRequest": ".vendor_refund_payment_entry_request",
    "VendorRefundPaymentEntryRequestDict": ".vendor_refund_payment_entry_request",
    "VendorRefundPaymentEntryRequestMetadataType0": ".vendor_refund_payment_entry_request_metadata_type_0",
    "VendorRefundPaymentEntryRequestMetadataType0Dict": ".vendor_refund_payment_entry_request_metadata_type_0",
    "VendorRefundPaymentResult": ".vendor_refund_payment_result",
    "VendorRefundPaymentResultDict": ".vendor_refund_payment_result",
    "VendorRefundPaymentResultAllocationsType0Item": ".vendor_refund_payment_result_allocations_type_0_item",
    "VendorRefundPaymentResultAllocationsType0ItemDict": ".vendor_refund_payment_result_allocations_type_0_item",
    "VendorRefundPaymentResultPaymentType0": ".vendor_refund_payment_result_payment_type_0",
    "VendorRefundPaymentResultPaymentType0Dict": ".vendor_refund_payment_result_payment_type_0",
    "VendorRefundPaymentResultRefundType0": ".vendor_refund_payment_result_refund_type_0",
    "VendorRefundPaymentResultRefundType0Dict": ".vendor_refund_payment_result_refund_type_0",
    "VendorRefundPaymentSummary": ".vendor_refund_payment_summary",
    "VendorRefundPaymentSummaryDict": ".vendor_refund_payment_summary",
    "VoidInvoiceRequest": ".void_invoice_request",
    "VoidInvoiceRequestDict": ".void_invoice_request",
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
    "AccountEntriesDict",
    "AccountEntriesResultsItem",
    "AccountEntriesResultsItemDict",
    "AccountIdentifier",
    "AccountIdentifierDict",
    "AccountingPeriod",
    "AccountingPeriodDict",
    "AccountsPayableAging",
    "AccountsPayableAgingDict",
    "AccountsReceivableAging",
    "AccountsReceivableAgingDict",
    "AgingBuckets",
    "AgingBucketsDict",
    "AppliedInvoice",
    "AppliedInvoiceDict",
    "BalanceSheetReport",
    "BalanceSheetReportDict",
    "BalanceSheetSummary",
    "BalanceSheetSummaryDict",
    "BankAccountConnection",
    "BankAccountConnectionDict",
    "BankAccountConnectionSummary",
    "BankAccountConnectionSummaryDict",
    "BankTransactionCategory",
    "BankTransactionCategoryDict",
    "BankTransactionSubcategory",
    "BankTransactionSubcategoryDict",
    "BankTransactionSummary",
    "BankTransactionSummaryDict",
    "Bill",
    "BillDict",
    "BillLineItem",
    "BillLineItemDict",
    "BillLineItemRequest",
    "BillLineItemRequestDict",
    "BillLineItemRequestAccountIdentifierType0",
    "BillLineItemRequestAccountIdentifierType0Dict",
    "BillLineItemRequestSalesTaxesItem",
    "BillLineItemRequestSalesTaxesItemDict",
    "BillPayment",
    "BillPaymentDict",
    "BillPaymentAllocation",
    "BillPaymentAllocationDict",
    "BillPaymentAllocationRequest",
    "BillPaymentAllocationRequestDict",
    "BillPaymentAllocationSummary",
    "BillPaymentAllocationSummaryDict",
    "BillPaymentAllocationUpdateRequest",
    "BillPaymentAllocationUpdateRequestDict",
    "BillPaymentCancelResponse",
    "BillPaymentCancelResponseDict",
    "BillPaymentDetail",
    "BillPaymentDetailDict",
    "BillPaymentDetailMetadataType0",
    "BillPaymentDetailMetadataType0Dict",
    "BillUpdateAPIRequest",
    "BillUpdateAPIRequestDict",
    "Business",
    "BusinessDict",
    "BusinessCreateResponse",
    "BusinessCreateResponseDict",
    "BusinessCreateResponseMeta",
    "BusinessCreateResponseMetaDict",
    "BusinessCreateResponseMetadataType0",
    "BusinessCreateResponseMetadataType0Dict",
    "BusinessMetadataType0",
    "BusinessMetadataType0Dict",
    "BusinessOAuth2TokenResponse",
    "BusinessOAuth2TokenResponseDict",
    "CashFlowStatement",
    "CashFlowStatementDict",
    "CashFlowSummary",
    "CashFlowSummaryDict",
    "CashReconciliation",
    "CashReconciliationDict",
    "ChartOfAccountsHierarchy",
    "ChartOfAccountsHierarchyDict",
    "ChartOfAccountsHierarchyHierarchyType0Item",
    "ChartOfAccountsHierarchyHierarchyType0ItemDict",
    "CreateAccountRequest",
    "CreateAccountRequestDict",
    "CreateAccountRequestAccountSubtype",
    "CreateAccountRequestAccountType",
    "CreateAccountRequestCustomFieldsType0",
    "CreateAccountRequestCustomFieldsType0Dict",
    "CreateBillPaymentRequest",
    "CreateBillPaymentRequestDict",
    "CreateBillPaymentRequestMetadataType0",
    "CreateBillPaymentRequestMetadataType0Dict",
    "CreateBillPaymentRequestPaymentMethod",
    "CreateBillRequest",
    "CreateBillRequestDict",
    "CreateBusinessRequest",
    "CreateBusinessRequestDict",
    "CreateBusinessRequestAccountingMethod",
    "CreateBusinessRequestMetadataType0",
    "CreateBusinessRequestMetadataType0Dict",
    "CreateChildAccountRequest",
    "CreateChildAccountRequestDict",
    "CreateChildAccountRequestCustomFieldsType0",
    "CreateChildAccountRequestCustomFieldsType0Dict",
    "CreateCustomerCreditRequest",
    "CreateCustomerCreditRequestDict",
    "CreateCustomerCreditRequestTagsItem",
    "CreateCustomerCreditRequestTagsItemDict",
    "CreateCustomerRequest",
    "CreateCustomerRequestDict",
    "CreateCustomerRequestMetadataType0",
    "CreateCustomerRequestMetadataType0Dict",
    "CreateInvoiceRequest",
    "CreateInvoiceRequestDict",
    "CreateInvoiceRequestAdditionalSalesTaxesItem",
    "CreateInvoiceRequestAdditionalSalesTaxesItemDict",
    "CreateInvoiceRequestMetadataType0",
    "CreateInvoiceRequestMetadataType0Dict",
    "CreateInvoiceRequestTipsAccountType0",
    "CreateInvoiceRequestTipsAccountType0Dict",
    "CreateRefundPaymentRequest",
    "CreateRefundPaymentRequestDict",
    "CreateSimpleRefundRequest",
    "CreateSimpleRefundRequestDict",
    "CreateVendorCreditRequest",
    "CreateVendorCreditRequestDict",
    "CreateVendorCreditRequestAllocationsItem",
    "CreateVendorCreditRequestAllocationsItemDict",
    "CreateVendorCreditRequestLineItemsItem",
    "CreateVendorCreditRequestLineItemsItemDict",
    "CreateVendorRefundPaymentRequest",
    "CreateVendorRefundPaymentRequestDict",
    "CreateVendorRefundPaymentRequestMetadataType0",
    "CreateVendorRefundPaymentRequestMetadataType0Dict",
    "CreateVendorRefundRequest",
    "CreateVendorRefundRequestDict",
    "CreateVendorRefundRequestMetadataType0",
    "CreateVendorRefundRequestMetadataType0Dict",
    "CreateVendorRequest",
    "CreateVendorRequestDict",
    "Customer",
    "CustomerDict",
    "CustomerAging",
    "CustomerAgingDict",
    "CustomerCredit",
    "CustomerCreditDict",
    "CustomerCreditAllocation",
    "CustomerCreditAllocationDict",
    "CustomerCreditAllocationRequest",
    "CustomerCreditAllocationRequestDict",
    "CustomerCreditCustomerType0",
    "CustomerCreditCustomerType0Dict",
    "CustomerCreditLineItem",
    "CustomerCreditLineItemDict",
    "CustomerCreditLineItemMetadataType0",
    "CustomerCreditLineItemMetadataType0Dict",
    "CustomerCreditLineItemRequest",
    "CustomerCreditLineItemRequestDict",
    "CustomerCreditLineItemRequestMetadataType0",
    "CustomerCreditLineItemRequestMetadataType0Dict",
    "CustomerCreditLineItemRequestRevenueAccountIdentifierType0",
    "CustomerCreditLineItemRequestRevenueAccountIdentifierType0Dict",
    "CustomerCreditLineItemRequestTagsItem",
    "CustomerCreditLineItemRequestTagsItemDict",
    "CustomerCreditTagsType0Item",
    "CustomerCreditTagsType0ItemDict",
    "CustomerMetadataType0",
    "CustomerMetadataType0Dict",
    "DocumentSummary",
    "DocumentSummaryDict",
    "DocumentUploadRequest",
    "DocumentUploadRequestDict",
    "DocumentUploadRequestMetadataType0",
    "DocumentUploadRequestMetadataType0Dict",
    "ErrorResponse",
    "ErrorResponseDict",
    "ErrorResponseDetail",
    "ErrorResponseDetailDict",
    "FinancialSummary",
    "FinancialSummaryDict",
    "FinancialSummaryTotals",
    "FinancialSummaryTotalsDict",
    "FinancialTrend",
    "FinancialTrendDict",
    "GetApAgingGroupBy",
    "GetArAgingGroupBy",
    "GetBalanceSheetDetailLevel",
    "GetCashFlowStatementDetailLevel",
    "GetFinancialSummaryGranularity",
    "GetProfitAndLossDetailLevel",
    "Invoice",
    "InvoiceDict",
    "InvoiceLineItemRequest",
    "InvoiceLineItemRequestDict",
    "InvoiceLineItemRequestAccountIdentifierType0",
    "InvoiceLineItemRequestAccountIdentifierType0Dict",
    "InvoicePayment",
    "InvoicePaymentDict",
    "InvoicePaymentAllocation",
    "InvoicePaymentAllocationDict",
    "InvoicePaymentAllocationRequest",
    "InvoicePaymentAllocationRequestDict",
    "InvoicePaymentCancelResponse",
    "InvoicePaymentCancelResponseDict",
    "InvoicePaymentCreateResponse",
    "InvoicePaymentCreateResponseDict",
    "InvoicePaymentRecord",
    "InvoicePaymentRecordDict",
    "InvoicePaymentRecordMetadataType0",
    "InvoicePaymentRecordMetadataType0Dict",
    "InvoicePaymentReferences",
    "InvoicePaymentReferencesDict",
    "InvoiceRecordPaymentRequest",
    "InvoiceRecordPaymentRequestDict",
    "InvoiceRecordPaymentRequestMetadataType0",
    "InvoiceRecordPaymentRequestMetadataType0Dict",
    "InvoiceRecordPaymentRequestPaymentMethod",
    "InvoiceSalesTaxRequest",
    "InvoiceSalesTaxRequestDict",
    "InvoiceSalesTaxRequestTaxAccountType0",
    "InvoiceSalesTaxRequestTaxAccountType0Dict",
    "JournalEntry",
    "JournalEntryDict",
    "JournalEntryDetail",
    "JournalEntryDetailDict",
    "JournalEntryLine",
    "JournalEntryLineDict",
    "LedgerAccount",
    "LedgerAccountDict",
    "LedgerAccountDetail",
    "LedgerAccountDetailDict",
    "LedgerAccountDetailSubAccountsType0Item",
    "LedgerAccountDetailSubAccountsType0ItemDict",
    "ListBankAccountsBankLinkStatus",
    "ListBankTransactionsTransactionType",
    "OAuth2TokenRequest",
    "OAuth2TokenRequestDict",
    "OAuth2TokenResponse",
    "OAuth2TokenResponseDict",
    "OperatingActivities",
    "OperatingActivitiesDict",
    "PageInfo",
    "PageInfoDict",
    "PaginatedBankAccountConnectionSummaryList",
    "PaginatedBankAccountConnectionSummaryListDict",
    "PaginatedBankTransactionSummaryList",
    "PaginatedBankTransactionSummaryListDict",
    "PaginatedBillList",
    "PaginatedBillListDict",
    "PaginatedBillPaymentList",
    "PaginatedBillPaymentListDict",
    "PaginatedBusinessList",
    "PaginatedBusinessListDict",
    "PaginatedCustomerCreditList",
    "PaginatedCustomerCreditListDict",
    "PaginatedCustomerList",
    "PaginatedCustomerListDict",
    "PaginatedInvoiceList",
    "PaginatedInvoiceListDict",
    "PaginatedInvoicePaymentList",
    "PaginatedInvoicePaymentListDict",
    "PaginatedJournalEntryList",
    "PaginatedJournalEntryListDict",
    "PaginatedLedgerAccountList",
    "PaginatedLedgerAccountListDict",
    "PaginatedPayoutList",
    "PaginatedPayoutListDict",
    "PaginatedRefundList",
    "PaginatedRefundListDict",
    "PaginatedRefundPaymentList",
    "PaginatedRefundPaymentListDict",
    "PaginatedVendorCreditList",
    "PaginatedVendorCreditListDict",
    "PaginatedVendorList",
    "PaginatedVendorListDict",
    "PaginatedVendorRefundList",
    "PaginatedVendorRefundListDict",
    "PaginatedVendorRefundPaymentList",
    "PaginatedVendorRefundPaymentListDict",
    "PatchedBillPaymentUpdateRequest",
    "PatchedBillPaymentUpdateRequestDict",
    "PatchedInvoicePaymentUpdateRequest",
    "PatchedInvoicePaymentUpdateRequestDict",
    "PatchedInvoicePaymentUpdateRequestMetadata",
    "PatchedInvoicePaymentUpdateRequestMetadataDict",
    "PatchedInvoicePaymentUpdateRequestReferences",
    "PatchedInvoicePaymentUpdateRequestReferencesDict",
    "PatchedUpdateBusinessRequest",
    "PatchedUpdateBusinessRequestDict",
    "PatchedUpdateBusinessRequestAccountingMethod",
    "PatchedUpdateBusinessRequestMetadataType0",
    "PatchedUpdateBusinessRequestMetadataType0Dict",
    "PatchedVendorRefundPaymentUpdateRequest",
    "PatchedVendorRefundPaymentUpdateRequestDict",
    "PatchedVendorRefundPaymentUpdateRequestMetadataType0",
    "PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict",
    "PatchedVendorRefundPaymentUpdateRequestStatus",
    "PatchedVendorRefundUpdateRequest",
    "PatchedVendorRefundUpdateRequestDict",
    "PatchedVendorRefundUpdateRequestMetadataType0",
    "PatchedVendorRefundUpdateRequestMetadataType0Dict",
    "PaymentCustomer",
    "PaymentCustomerDict",
    "Payout",
    "PayoutDict",
    "PayoutCreateRequest",
    "PayoutCreateRequestDict",
    "PayoutCreateRequestMetadataType0",
    "PayoutCreateRequestMetadataType0Dict",
    "PayoutMetadataType0",
    "PayoutMetadataType0Dict",
    "PayoutPayment",
    "PayoutPaymentDict",
    "PayoutRefundPayment",
    "PayoutRefundPaymentDict",
    "ProfitAndLossReport",
    "ProfitAndLossReportDict",
    "ProfitAndLossSummary",
    "ProfitAndLossSummaryDict",
    "ReconciledBankTransaction",
    "ReconciledBankTransactionDict",
    "Refund",
    "RefundDict",
    "RefundAllocation",
    "RefundAllocationDict",
    "RefundAllocationSummary",
    "RefundAllocationSummaryDict",
    "RefundPayment",
    "RefundPaymentDict",
    "RefundPaymentMetadataType0",
    "RefundPaymentMetadataType0Dict",
    "ReportLineItem",
    "ReportLineItemDict",
    "ReportSection",
    "ReportSectionDict",
    "TaxCode",
    "TaxCodeDict",
    "TaxCodeList",
    "TaxCodeListDict",
    "UpdateBusiness",
    "UpdateBusinessDict",
    "UpdateBusinessMetadataType0",
    "UpdateBusinessMetadataType0Dict",
    "UpdateInvoiceRequest",
    "UpdateInvoiceRequestDict",
    "ValidationErrorResponse",
    "ValidationErrorResponseDict",
    "ValidationErrorResponseDetail",
    "ValidationErrorResponseDetailDict",
    "Vendor",
    "VendorDict",
    "VendorAging",
    "VendorAgingDict",
    "VendorCredit",
    "VendorCreditDict",
    "VendorCreditAllocation",
    "VendorCreditAllocationDict",
    "VendorCreditLineItem",
    "VendorCreditLineItemDict",
    "VendorCreditLineItemMetadataType0",
    "VendorCreditLineItemMetadataType0Dict",
    "VendorCreditTagsType0Item",
    "VendorCreditTagsType0ItemDict",
    "VendorReference",
    "VendorReferenceDict",
    "VendorRefund",
    "VendorRefundDict",
    "VendorRefundAllocation",
    "VendorRefundAllocationDict",
    "VendorRefundAllocationMetadataType0",
    "VendorRefundAllocationMetadataType0Dict",
    "VendorRefundAllocationRequest",
    "VendorRefundAllocationRequestDict",
    "VendorRefundAllocationRequestAllocationType",
    "VendorRefundAllocationRequestMetadataType0",
    "VendorRefundAllocationRequestMetadataType0Dict",
    "VendorRefundAllocationSummary",
    "VendorRefundAllocationSummaryDict",
    "VendorRefundPayment",
    "VendorRefundPaymentDict",
    "VendorRefundPaymentCancelResponse",
    "VendorRefundPaymentCancelResponseDict",
    "VendorRefundPaymentEntryRequest",
    "VendorRefundPaymentEntryRequestDict",
    "VendorRefundPaymentEntryRequestMetadataType0",
    "VendorRefundPaymentEntryRequestMetadataType0Dict",
    "VendorRefundPaymentResult",
    "VendorRefundPaymentResultDict",
    "VendorRefundPaymentResultAllocationsType0Item",
    "VendorRefundPaymentResultAllocationsType0ItemDict",
    "VendorRefundPaymentResultPaymentType0",
    "VendorRefundPaymentResultPaymentType0Dict",
    "VendorRefundPaymentResultRefundType0",
    "VendorRefundPaymentResultRefundType0Dict",
    "VendorRefundPaymentSummary",
    "VendorRefundPaymentSummaryDict",
    "VoidInvoiceRequest",
    "VoidInvoiceRequestDict",
)
