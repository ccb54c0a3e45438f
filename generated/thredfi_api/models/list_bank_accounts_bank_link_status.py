from typing import Literal

ListBankAccountsBankLinkStatus = Literal["active", "error", "revoked"]

LIST_BANK_ACCOUNTS_BANK_LINK_STATUS_VALUES: set[ListBankAccountsBankLinkStatus] = {
    "active",
    "error",
    "revoked",
}


def check_list_bank_accounts_bank_link_status(value: str) -> ListBankAccountsBankLinkStatus:
    if value in LIST_BANK_ACCOUNTS_BANK_LINK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BANK_ACCOUNTS_BANK_LINK_STATUS_VALUES!r}")
