from typing import Literal

ListBankTransactionsTransactionType = Literal[
    "atm_withdrawal",
    "bacs",
    "bank_transfer",
    "card_payment",
    "chaps",
    "direct_debit",
    "fee",
    "fps",
    "interest",
    "other",
    "sepa_credit",
    "sepa_debit",
    "sepa_instant",
    "standing_order",
]

LIST_BANK_TRANSACTIONS_TRANSACTION_TYPE_VALUES: set[ListBankTransactionsTransactionType] = {
    "atm_withdrawal",
    "bacs",
    "bank_transfer",
    "card_payment",
    "chaps",
    "direct_debit",
    "fee",
    "fps",
    "interest",
    "other",
    "sepa_credit",
    "sepa_debit",
    "sepa_instant",
    "standing_order",
}


def check_list_bank_transactions_transaction_type(value: str) -> ListBankTransactionsTransactionType:
    if value in LIST_BANK_TRANSACTIONS_TRANSACTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BANK_TRANSACTIONS_TRANSACTION_TYPE_VALUES!r}")
