"""The ``general_ledger`` resource, and the endpoint functions of its operations (one module each).

Optional arguments default to ``UNSET``: the parameter or field is not sent. Where the spec
allows null, passing ``None`` sends JSON ``null``. Generated from openapi/templates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from thredfi._runtime import APIResource, RawAPIResource, SyncResource

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    import datetime
    from collections.abc import Mapping
    from typing import cast
    from uuid import UUID

    import httpx
    from thredfi._runtime import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.account_entries import AccountEntries
    from ...models.account_entries_results_item import AccountEntriesResultsItem
    from ...models.chart_of_accounts_hierarchy import ChartOfAccountsHierarchy
    from ...models.create_account_request import CreateAccountRequest, CreateAccountRequestDict
    from ...models.create_account_request_account_subtype import (
        CreateAccountRequestAccountSubtype,
        check_create_account_request_account_subtype,
    )
    from ...models.create_account_request_account_type import (
        CreateAccountRequestAccountType,
        check_create_account_request_account_type,
    )
    from ...models.create_account_request_custom_fields_type_0 import (
        CreateAccountRequestCustomFieldsType0,
        CreateAccountRequestCustomFieldsType0Dict,
    )
    from ...models.create_child_account_request import CreateChildAccountRequest, CreateChildAccountRequestDict
    from ...models.create_child_account_request_custom_fields_type_0 import (
        CreateChildAccountRequestCustomFieldsType0,
        CreateChildAccountRequestCustomFieldsType0Dict,
    )
    from ...models.error_response import ErrorResponse
    from ...models.journal_entry import JournalEntry
    from ...models.journal_entry_detail import JournalEntryDetail
    from ...models.ledger_account import LedgerAccount
    from ...models.ledger_account_detail import LedgerAccountDetail
    from ...models.paginated_journal_entry_list import PaginatedJournalEntryList
    from ...models.paginated_ledger_account_list import PaginatedLedgerAccountList
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerGeneralLedgerResource(APIResource):
    """``client.general_ledger``: business-scoped methods take ``business_id`` first (partner token)."""

    async def archive_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Archive account (soft delete)

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/archive-account
        """
        from . import archive_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_id=self._path("account_id", account_id),
        )
        result: LedgerAccountDetail = await self._call(
            _op,
            kwargs,
            operation="archive_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def create_account(
        self,
        business_id: str | UUID,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    @overload
    async def create_account(
        self,
        business_id: str | UUID,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    async def create_account(
        self,
        business_id: str | UUID,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Create account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-account
        """
        from ...models.create_account_request import CreateAccountRequest
        from . import create_account as _op

        body_value, upload = self._body(
            CreateAccountRequest,
            body,
            {
                "code": code,
                "name": name,
                "account_type": account_type,
                "account_subtype": account_subtype,
                "parent_id": parent_id,
                "description": description,
                "external_id": external_id,
                "institution_name": institution_name,
                "iban": iban,
                "sort_code": sort_code,
                "account_number_mask": account_number_mask,
                "balance_behavior": balance_behavior,
                "is_cash_account": is_cash_account,
                "is_non_cash_expense": is_non_cash_expense,
                "custom_fields": custom_fields,
            },
            defaults={
                "code": UNSET,
                "name": UNSET,
                "account_type": UNSET,
                "account_subtype": UNSET,
                "parent_id": UNSET,
                "description": UNSET,
                "external_id": UNSET,
                "institution_name": UNSET,
                "iban": UNSET,
                "sort_code": UNSET,
                "account_number_mask": UNSET,
                "balance_behavior": UNSET,
                "is_cash_account": False,
                "is_non_cash_expense": False,
                "custom_fields": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: LedgerAccountDetail = await self._call(
            _op,
            kwargs,
            operation="create_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    @overload
    async def create_child_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    @overload
    async def create_child_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    async def create_child_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Create child account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-child-account
        """
        from ...models.create_child_account_request import CreateChildAccountRequest
        from . import create_child_account as _op

        body_value, upload = self._body(
            CreateChildAccountRequest,
            body,
            {
                "code": code,
                "name": name,
                "description": description,
                "external_id": external_id,
                "custom_fields": custom_fields,
                "institution_name": institution_name,
                "iban": iban,
                "sort_code": sort_code,
                "account_number_mask": account_number_mask,
            },
            defaults={
                "code": UNSET,
                "name": UNSET,
                "description": UNSET,
                "external_id": UNSET,
                "custom_fields": UNSET,
                "institution_name": UNSET,
                "iban": UNSET,
                "sort_code": UNSET,
                "account_number_mask": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_id=self._path("account_id", account_id),
            body=body_value,
        )
        result: LedgerAccountDetail = await self._call(
            _op,
            kwargs,
            operation="create_child_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get_account_detail(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Get account detail

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-detail
        """
        from . import get_account_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_id=self._path("account_id", account_id),
        )
        result: LedgerAccountDetail = await self._call(
            _op,
            kwargs,
            operation="get_account_detail",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def get_account_entries(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        end_date: datetime.date | str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[AccountEntriesResultsItem]:
        """Get account journal entry lines

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-entries
        """
        from . import get_account_entries as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                account_id=self._path("account_id", account_id),
                end_date=self._arg("end_date", end_date, "date"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                start_date=self._arg("start_date", start_date, "date"),
            )

        return self._paginate(
            _op, kwargs, operation="get_account_entries", page=page, page_size=page_size, extras=extras
        )

    async def get_chart_of_accounts_hierarchy(
        self,
        business_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ChartOfAccountsHierarchy:
        """Get accounts in hierarchical tree structure

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-chart-of-accounts-hierarchy
        """
        from . import get_chart_of_accounts_hierarchy as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
        )
        result: ChartOfAccountsHierarchy = await self._call(
            _op,
            kwargs,
            operation="get_chart_of_accounts_hierarchy",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_journal_entry_detail(
        self,
        business_id: str | UUID,
        entry_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> JournalEntryDetail:
        """Get journal entry detail

        Docs: https://docs.thredfi.com/api-reference/journal-entries/get-journal-entry-detail
        """
        from . import get_journal_entry_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            entry_id=self._uuid("entry_id", entry_id),
        )
        result: JournalEntryDetail = await self._call(
            _op,
            kwargs,
            operation="get_journal_entry_detail",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list_chart_of_accounts(
        self,
        business_id: str | UUID,
        *,
        account_type: str | Unset = UNSET,
        fiscal_year: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        include_zero_balance: bool | Unset = True,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent: str | Unset = UNSET,
        period_month: int | Unset = UNSET,
        period_year: int | Unset = UNSET,
        search: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[LedgerAccount]:
        """List chart of accounts

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/list-chart-of-accounts
        """
        from . import list_chart_of_accounts as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                account_type=self._arg("account_type", account_type, "str"),
                fiscal_year=self._arg("fiscal_year", fiscal_year, "int"),
                group_by=self._arg("group_by", group_by, "str"),
                include_zero_balance=self._arg("include_zero_balance", include_zero_balance, "bool"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                parent=self._arg("parent", parent, "str"),
                period_month=self._arg("period_month", period_month, "int"),
                period_year=self._arg("period_year", period_year, "int"),
                search=self._arg("search", search, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_chart_of_accounts", page=page, page_size=page_size, extras=extras
        )

    def list_journal_entries(
        self,
        business_id: str | UUID,
        *,
        account: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        is_posted: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[JournalEntry]:
        """List journal entries

        Docs: https://docs.thredfi.com/api-reference/journal-entries/list-journal-entries

        Not confirmed by the API reference (no docs page shows these names): ``is_posted``.
        """
        from . import list_journal_entries as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                account=self._arg("account", account, "str"),
                created_by=self._arg("created_by", created_by, "str"),
                date_from=self._arg("date_from", date_from, "str"),
                date_to=self._arg("date_to", date_to, "str"),
                is_posted=self._arg("is_posted", is_posted, "bool"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                search=self._arg("search", search, "str"),
                status=self._arg("status", status, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_journal_entries", page=page, page_size=page_size, extras=extras
        )


class PartnerGeneralLedgerResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.general_ledger``: each call returns a ``thredfi.RawResponse``."""

    async def archive_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Archive account (soft delete)

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/archive-account
        """
        from . import archive_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_id=self._path("account_id", account_id),
        )
        result: RawResponse[LedgerAccountDetail] = await self._call(
            _op,
            kwargs,
            operation="archive_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def create_account(
        self,
        business_id: str | UUID,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    @overload
    async def create_account(
        self,
        business_id: str | UUID,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    async def create_account(
        self,
        business_id: str | UUID,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Create account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-account
        """
        from ...models.create_account_request import CreateAccountRequest
        from . import create_account as _op

        body_value, upload = self._body(
            CreateAccountRequest,
            body,
            {
                "code": code,
                "name": name,
                "account_type": account_type,
                "account_subtype": account_subtype,
                "parent_id": parent_id,
                "description": description,
                "external_id": external_id,
                "institution_name": institution_name,
                "iban": iban,
                "sort_code": sort_code,
                "account_number_mask": account_number_mask,
                "balance_behavior": balance_behavior,
                "is_cash_account": is_cash_account,
                "is_non_cash_expense": is_non_cash_expense,
                "custom_fields": custom_fields,
            },
            defaults={
                "code": UNSET,
                "name": UNSET,
                "account_type": UNSET,
                "account_subtype": UNSET,
                "parent_id": UNSET,
                "description": UNSET,
                "external_id": UNSET,
                "institution_name": UNSET,
                "iban": UNSET,
                "sort_code": UNSET,
                "account_number_mask": UNSET,
                "balance_behavior": UNSET,
                "is_cash_account": False,
                "is_non_cash_expense": False,
                "custom_fields": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: RawResponse[LedgerAccountDetail] = await self._call(
            _op,
            kwargs,
            operation="create_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    @overload
    async def create_child_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    @overload
    async def create_child_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    async def create_child_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Create child account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-child-account
        """
        from ...models.create_child_account_request import CreateChildAccountRequest
        from . import create_child_account as _op

        body_value, upload = self._body(
            CreateChildAccountRequest,
            body,
            {
                "code": code,
                "name": name,
                "description": description,
                "external_id": external_id,
                "custom_fields": custom_fields,
                "institution_name": institution_name,
                "iban": iban,
                "sort_code": sort_code,
                "account_number_mask": account_number_mask,
            },
            defaults={
                "code": UNSET,
                "name": UNSET,
                "description": UNSET,
                "external_id": UNSET,
                "custom_fields": UNSET,
                "institution_name": UNSET,
                "iban": UNSET,
                "sort_code": UNSET,
                "account_number_mask": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_id=self._path("account_id", account_id),
            body=body_value,
        )
        result: RawResponse[LedgerAccountDetail] = await self._call(
            _op,
            kwargs,
            operation="create_child_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get_account_detail(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Get account detail

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-detail
        """
        from . import get_account_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_id=self._path("account_id", account_id),
        )
        result: RawResponse[LedgerAccountDetail] = await self._call(
            _op,
            kwargs,
            operation="get_account_detail",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_account_entries(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        end_date: datetime.date | str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AccountEntries]:
        """Get account journal entry lines

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-entries
        """
        from . import get_account_entries as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_id=self._path("account_id", account_id),
            end_date=self._arg("end_date", end_date, "date"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: RawResponse[AccountEntries] = await self._call(
            _op,
            kwargs,
            operation="get_account_entries",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_chart_of_accounts_hierarchy(
        self,
        business_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[ChartOfAccountsHierarchy]:
        """Get accounts in hierarchical tree structure

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-chart-of-accounts-hierarchy
        """
        from . import get_chart_of_accounts_hierarchy as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
        )
        result: RawResponse[ChartOfAccountsHierarchy] = await self._call(
            _op,
            kwargs,
            operation="get_chart_of_accounts_hierarchy",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_journal_entry_detail(
        self,
        business_id: str | UUID,
        entry_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[JournalEntryDetail]:
        """Get journal entry detail

        Docs: https://docs.thredfi.com/api-reference/journal-entries/get-journal-entry-detail
        """
        from . import get_journal_entry_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            entry_id=self._uuid("entry_id", entry_id),
        )
        result: RawResponse[JournalEntryDetail] = await self._call(
            _op,
            kwargs,
            operation="get_journal_entry_detail",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list_chart_of_accounts(
        self,
        business_id: str | UUID,
        *,
        account_type: str | Unset = UNSET,
        fiscal_year: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        include_zero_balance: bool | Unset = True,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent: str | Unset = UNSET,
        period_month: int | Unset = UNSET,
        period_year: int | Unset = UNSET,
        search: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedLedgerAccountList]:
        """List chart of accounts

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/list-chart-of-accounts
        """
        from . import list_chart_of_accounts as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_type=self._arg("account_type", account_type, "str"),
            fiscal_year=self._arg("fiscal_year", fiscal_year, "int"),
            group_by=self._arg("group_by", group_by, "str"),
            include_zero_balance=self._arg("include_zero_balance", include_zero_balance, "bool"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            parent=self._arg("parent", parent, "str"),
            period_month=self._arg("period_month", period_month, "int"),
            period_year=self._arg("period_year", period_year, "int"),
            search=self._arg("search", search, "str"),
        )
        result: RawResponse[PaginatedLedgerAccountList] = await self._call(
            _op,
            kwargs,
            operation="list_chart_of_accounts",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list_journal_entries(
        self,
        business_id: str | UUID,
        *,
        account: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        is_posted: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedJournalEntryList]:
        """List journal entries

        Docs: https://docs.thredfi.com/api-reference/journal-entries/list-journal-entries

        Not confirmed by the API reference (no docs page shows these names): ``is_posted``.
        """
        from . import list_journal_entries as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account=self._arg("account", account, "str"),
            created_by=self._arg("created_by", created_by, "str"),
            date_from=self._arg("date_from", date_from, "str"),
            date_to=self._arg("date_to", date_to, "str"),
            is_posted=self._arg("is_posted", is_posted, "bool"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            search=self._arg("search", search, "str"),
            status=self._arg("status", status, "str"),
        )
        result: RawResponse[PaginatedJournalEntryList] = await self._call(
            _op,
            kwargs,
            operation="list_journal_entries",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class GeneralLedgerResource(APIResource):
    """``client.for_business(id).general_ledger``: ``business_id`` is bound (business token)."""

    async def archive_account(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Archive account (soft delete)

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/archive-account
        """
        from . import archive_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_id=self._path("account_id", account_id),
        )
        result: LedgerAccountDetail = await self._call(
            _op,
            kwargs,
            operation="archive_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def create_account(
        self,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    @overload
    async def create_account(
        self,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    async def create_account(
        self,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Create account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-account
        """
        from ...models.create_account_request import CreateAccountRequest
        from . import create_account as _op

        body_value, upload = self._body(
            CreateAccountRequest,
            body,
            {
                "code": code,
                "name": name,
                "account_type": account_type,
                "account_subtype": account_subtype,
                "parent_id": parent_id,
                "description": description,
                "external_id": external_id,
                "institution_name": institution_name,
                "iban": iban,
                "sort_code": sort_code,
                "account_number_mask": account_number_mask,
                "balance_behavior": balance_behavior,
                "is_cash_account": is_cash_account,
                "is_non_cash_expense": is_non_cash_expense,
                "custom_fields": custom_fields,
            },
            defaults={
                "code": UNSET,
                "name": UNSET,
                "account_type": UNSET,
                "account_subtype": UNSET,
                "parent_id": UNSET,
                "description": UNSET,
                "external_id": UNSET,
                "institution_name": UNSET,
                "iban": UNSET,
                "sort_code": UNSET,
                "account_number_mask": UNSET,
                "balance_behavior": UNSET,
                "is_cash_account": False,
                "is_non_cash_expense": False,
                "custom_fields": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: LedgerAccountDetail = await self._call(
            _op,
            kwargs,
            operation="create_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    @overload
    async def create_child_account(
        self,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    @overload
    async def create_child_account(
        self,
        account_id: str,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    async def create_child_account(
        self,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Create child account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-child-account
        """
        from ...models.create_child_account_request import CreateChildAccountRequest
        from . import create_child_account as _op

        body_value, upload = self._body(
            CreateChildAccountRequest,
            body,
            {
                "code": code,
                "name": name,
                "description": description,
                "external_id": external_id,
                "custom_fields": custom_fields,
                "institution_name": institution_name,
                "iban": iban,
                "sort_code": sort_code,
                "account_number_mask": account_number_mask,
            },
            defaults={
                "code": UNSET,
                "name": UNSET,
                "description": UNSET,
                "external_id": UNSET,
                "custom_fields": UNSET,
                "institution_name": UNSET,
                "iban": UNSET,
                "sort_code": UNSET,
                "account_number_mask": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_id=self._path("account_id", account_id),
            body=body_value,
        )
        result: LedgerAccountDetail = await self._call(
            _op,
            kwargs,
            operation="create_child_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get_account_detail(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Get account detail

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-detail
        """
        from . import get_account_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_id=self._path("account_id", account_id),
        )
        result: LedgerAccountDetail = await self._call(
            _op,
            kwargs,
            operation="get_account_detail",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def get_account_entries(
        self,
        account_id: str,
        *,
        end_date: datetime.date | str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[AccountEntriesResultsItem]:
        """Get account journal entry lines

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-entries
        """
        from . import get_account_entries as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                account_id=self._path("account_id", account_id),
                end_date=self._arg("end_date", end_date, "date"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                start_date=self._arg("start_date", start_date, "date"),
            )

        return self._paginate(
            _op, kwargs, operation="get_account_entries", page=page, page_size=page_size, extras=extras
        )

    async def get_chart_of_accounts_hierarchy(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ChartOfAccountsHierarchy:
        """Get accounts in hierarchical tree structure

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-chart-of-accounts-hierarchy
        """
        from . import get_chart_of_accounts_hierarchy as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
        )
        result: ChartOfAccountsHierarchy = await self._call(
            _op,
            kwargs,
            operation="get_chart_of_accounts_hierarchy",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_journal_entry_detail(
        self,
        entry_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> JournalEntryDetail:
        """Get journal entry detail

        Docs: https://docs.thredfi.com/api-reference/journal-entries/get-journal-entry-detail
        """
        from . import get_journal_entry_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            entry_id=self._uuid("entry_id", entry_id),
        )
        result: JournalEntryDetail = await self._call(
            _op,
            kwargs,
            operation="get_journal_entry_detail",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list_chart_of_accounts(
        self,
        *,
        account_type: str | Unset = UNSET,
        fiscal_year: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        include_zero_balance: bool | Unset = True,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent: str | Unset = UNSET,
        period_month: int | Unset = UNSET,
        period_year: int | Unset = UNSET,
        search: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[LedgerAccount]:
        """List chart of accounts

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/list-chart-of-accounts
        """
        from . import list_chart_of_accounts as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                account_type=self._arg("account_type", account_type, "str"),
                fiscal_year=self._arg("fiscal_year", fiscal_year, "int"),
                group_by=self._arg("group_by", group_by, "str"),
                include_zero_balance=self._arg("include_zero_balance", include_zero_balance, "bool"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                parent=self._arg("parent", parent, "str"),
                period_month=self._arg("period_month", period_month, "int"),
                period_year=self._arg("period_year", period_year, "int"),
                search=self._arg("search", search, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_chart_of_accounts", page=page, page_size=page_size, extras=extras
        )

    def list_journal_entries(
        self,
        *,
        account: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        is_posted: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[JournalEntry]:
        """List journal entries

        Docs: https://docs.thredfi.com/api-reference/journal-entries/list-journal-entries

        Not confirmed by the API reference (no docs page shows these names): ``is_posted``.
        """
        from . import list_journal_entries as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                account=self._arg("account", account, "str"),
                created_by=self._arg("created_by", created_by, "str"),
                date_from=self._arg("date_from", date_from, "str"),
                date_to=self._arg("date_to", date_to, "str"),
                is_posted=self._arg("is_posted", is_posted, "bool"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                search=self._arg("search", search, "str"),
                status=self._arg("status", status, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_journal_entries", page=page, page_size=page_size, extras=extras
        )


class GeneralLedgerResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.general_ledger``: each call returns a ``thredfi.RawResponse``."""

    async def archive_account(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Archive account (soft delete)

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/archive-account
        """
        from . import archive_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_id=self._path("account_id", account_id),
        )
        result: RawResponse[LedgerAccountDetail] = await self._call(
            _op,
            kwargs,
            operation="archive_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def create_account(
        self,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    @overload
    async def create_account(
        self,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    async def create_account(
        self,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Create account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-account
        """
        from ...models.create_account_request import CreateAccountRequest
        from . import create_account as _op

        body_value, upload = self._body(
            CreateAccountRequest,
            body,
            {
                "code": code,
                "name": name,
                "account_type": account_type,
                "account_subtype": account_subtype,
                "parent_id": parent_id,
                "description": description,
                "external_id": external_id,
                "institution_name": institution_name,
                "iban": iban,
                "sort_code": sort_code,
                "account_number_mask": account_number_mask,
                "balance_behavior": balance_behavior,
                "is_cash_account": is_cash_account,
                "is_non_cash_expense": is_non_cash_expense,
                "custom_fields": custom_fields,
            },
            defaults={
                "code": UNSET,
                "name": UNSET,
                "account_type": UNSET,
                "account_subtype": UNSET,
                "parent_id": UNSET,
                "description": UNSET,
                "external_id": UNSET,
                "institution_name": UNSET,
                "iban": UNSET,
                "sort_code": UNSET,
                "account_number_mask": UNSET,
                "balance_behavior": UNSET,
                "is_cash_account": False,
                "is_non_cash_expense": False,
                "custom_fields": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: RawResponse[LedgerAccountDetail] = await self._call(
            _op,
            kwargs,
            operation="create_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    @overload
    async def create_child_account(
        self,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    @overload
    async def create_child_account(
        self,
        account_id: str,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    async def create_child_account(
        self,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Create child account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-child-account
        """
        from ...models.create_child_account_request import CreateChildAccountRequest
        from . import create_child_account as _op

        body_value, upload = self._body(
            CreateChildAccountRequest,
            body,
            {
                "code": code,
                "name": name,
                "description": description,
                "external_id": external_id,
                "custom_fields": custom_fields,
                "institution_name": institution_name,
                "iban": iban,
                "sort_code": sort_code,
                "account_number_mask": account_number_mask,
            },
            defaults={
                "code": UNSET,
                "name": UNSET,
                "description": UNSET,
                "external_id": UNSET,
                "custom_fields": UNSET,
                "institution_name": UNSET,
                "iban": UNSET,
                "sort_code": UNSET,
                "account_number_mask": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_id=self._path("account_id", account_id),
            body=body_value,
        )
        result: RawResponse[LedgerAccountDetail] = await self._call(
            _op,
            kwargs,
            operation="create_child_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get_account_detail(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Get account detail

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-detail
        """
        from . import get_account_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_id=self._path("account_id", account_id),
        )
        result: RawResponse[LedgerAccountDetail] = await self._call(
            _op,
            kwargs,
            operation="get_account_detail",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_account_entries(
        self,
        account_id: str,
        *,
        end_date: datetime.date | str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AccountEntries]:
        """Get account journal entry lines

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-entries
        """
        from . import get_account_entries as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_id=self._path("account_id", account_id),
            end_date=self._arg("end_date", end_date, "date"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: RawResponse[AccountEntries] = await self._call(
            _op,
            kwargs,
            operation="get_account_entries",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_chart_of_accounts_hierarchy(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[ChartOfAccountsHierarchy]:
        """Get accounts in hierarchical tree structure

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-chart-of-accounts-hierarchy
        """
        from . import get_chart_of_accounts_hierarchy as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
        )
        result: RawResponse[ChartOfAccountsHierarchy] = await self._call(
            _op,
            kwargs,
            operation="get_chart_of_accounts_hierarchy",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_journal_entry_detail(
        self,
        entry_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[JournalEntryDetail]:
        """Get journal entry detail

        Docs: https://docs.thredfi.com/api-reference/journal-entries/get-journal-entry-detail
        """
        from . import get_journal_entry_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            entry_id=self._uuid("entry_id", entry_id),
        )
        result: RawResponse[JournalEntryDetail] = await self._call(
            _op,
            kwargs,
            operation="get_journal_entry_detail",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list_chart_of_accounts(
        self,
        *,
        account_type: str | Unset = UNSET,
        fiscal_year: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        include_zero_balance: bool | Unset = True,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent: str | Unset = UNSET,
        period_month: int | Unset = UNSET,
        period_year: int | Unset = UNSET,
        search: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedLedgerAccountList]:
        """List chart of accounts

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/list-chart-of-accounts
        """
        from . import list_chart_of_accounts as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_type=self._arg("account_type", account_type, "str"),
            fiscal_year=self._arg("fiscal_year", fiscal_year, "int"),
            group_by=self._arg("group_by", group_by, "str"),
            include_zero_balance=self._arg("include_zero_balance", include_zero_balance, "bool"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            parent=self._arg("parent", parent, "str"),
            period_month=self._arg("period_month", period_month, "int"),
            period_year=self._arg("period_year", period_year, "int"),
            search=self._arg("search", search, "str"),
        )
        result: RawResponse[PaginatedLedgerAccountList] = await self._call(
            _op,
            kwargs,
            operation="list_chart_of_accounts",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list_journal_entries(
        self,
        *,
        account: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        is_posted: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedJournalEntryList]:
        """List journal entries

        Docs: https://docs.thredfi.com/api-reference/journal-entries/list-journal-entries

        Not confirmed by the API reference (no docs page shows these names): ``is_posted``.
        """
        from . import list_journal_entries as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account=self._arg("account", account, "str"),
            created_by=self._arg("created_by", created_by, "str"),
            date_from=self._arg("date_from", date_from, "str"),
            date_to=self._arg("date_to", date_to, "str"),
            is_posted=self._arg("is_posted", is_posted, "bool"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            search=self._arg("search", search, "str"),
            status=self._arg("status", status, "str"),
        )
        result: RawResponse[PaginatedJournalEntryList] = await self._call(
            _op,
            kwargs,
            operation="list_journal_entries",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class SyncPartnerGeneralLedgerResource(SyncResource):
    """``thredfi.Client``'s ``client.general_ledger`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerGeneralLedgerResource

    def archive_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Archive account (soft delete)

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/archive-account
        """
        result: LedgerAccountDetail = self._run(
            self._inner.archive_account,
            business_id,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def create_account(
        self,
        business_id: str | UUID,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    @overload
    def create_account(
        self,
        business_id: str | UUID,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    def create_account(
        self,
        business_id: str | UUID,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Create account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-account
        """
        result: LedgerAccountDetail = self._run(
            self._inner.create_account,
            business_id,
            body=body,
            code=code,
            name=name,
            account_type=account_type,
            account_subtype=account_subtype,
            parent_id=parent_id,
            description=description,
            external_id=external_id,
            institution_name=institution_name,
            iban=iban,
            sort_code=sort_code,
            account_number_mask=account_number_mask,
            balance_behavior=balance_behavior,
            is_cash_account=is_cash_account,
            is_non_cash_expense=is_non_cash_expense,
            custom_fields=custom_fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def create_child_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    @overload
    def create_child_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    def create_child_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Create child account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-child-account
        """
        result: LedgerAccountDetail = self._run(
            self._inner.create_child_account,
            business_id,
            account_id,
            body=body,
            code=code,
            name=name,
            description=description,
            external_id=external_id,
            custom_fields=custom_fields,
            institution_name=institution_name,
            iban=iban,
            sort_code=sort_code,
            account_number_mask=account_number_mask,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_account_detail(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Get account detail

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-detail
        """
        result: LedgerAccountDetail = self._run(
            self._inner.get_account_detail,
            business_id,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_account_entries(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        end_date: datetime.date | str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[AccountEntriesResultsItem]:
        """Get account journal entry lines

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-entries
        """
        return self._paginator(
            self._inner.get_account_entries(
                business_id,
                account_id,
                end_date=end_date,
                page=page,
                page_size=page_size,
                start_date=start_date,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    def get_chart_of_accounts_hierarchy(
        self,
        business_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ChartOfAccountsHierarchy:
        """Get accounts in hierarchical tree structure

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-chart-of-accounts-hierarchy
        """
        result: ChartOfAccountsHierarchy = self._run(
            self._inner.get_chart_of_accounts_hierarchy,
            business_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_journal_entry_detail(
        self,
        business_id: str | UUID,
        entry_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> JournalEntryDetail:
        """Get journal entry detail

        Docs: https://docs.thredfi.com/api-reference/journal-entries/get-journal-entry-detail
        """
        result: JournalEntryDetail = self._run(
            self._inner.get_journal_entry_detail,
            business_id,
            entry_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list_chart_of_accounts(
        self,
        business_id: str | UUID,
        *,
        account_type: str | Unset = UNSET,
        fiscal_year: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        include_zero_balance: bool | Unset = True,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent: str | Unset = UNSET,
        period_month: int | Unset = UNSET,
        period_year: int | Unset = UNSET,
        search: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[LedgerAccount]:
        """List chart of accounts

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/list-chart-of-accounts
        """
        return self._paginator(
            self._inner.list_chart_of_accounts(
                business_id,
                account_type=account_type,
                fiscal_year=fiscal_year,
                group_by=group_by,
                include_zero_balance=include_zero_balance,
                page=page,
                page_size=page_size,
                parent=parent,
                period_month=period_month,
                period_year=period_year,
                search=search,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    def list_journal_entries(
        self,
        business_id: str | UUID,
        *,
        account: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        is_posted: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[JournalEntry]:
        """List journal entries

        Docs: https://docs.thredfi.com/api-reference/journal-entries/list-journal-entries

        Not confirmed by the API reference (no docs page shows these names): ``is_posted``.
        """
        return self._paginator(
            self._inner.list_journal_entries(
                business_id,
                account=account,
                created_by=created_by,
                date_from=date_from,
                date_to=date_to,
                is_posted=is_posted,
                page=page,
                page_size=page_size,
                search=search,
                status=status,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncPartnerGeneralLedgerResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.general_ledger`` (blocking)."""

    _inner: PartnerGeneralLedgerResourceWithRawResponse

    def archive_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Archive account (soft delete)

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/archive-account
        """
        result: RawResponse[LedgerAccountDetail] = self._run(
            self._inner.archive_account,
            business_id,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def create_account(
        self,
        business_id: str | UUID,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    @overload
    def create_account(
        self,
        business_id: str | UUID,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    def create_account(
        self,
        business_id: str | UUID,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Create account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-account
        """
        result: RawResponse[LedgerAccountDetail] = self._run(
            self._inner.create_account,
            business_id,
            body=body,
            code=code,
            name=name,
            account_type=account_type,
            account_subtype=account_subtype,
            parent_id=parent_id,
            description=description,
            external_id=external_id,
            institution_name=institution_name,
            iban=iban,
            sort_code=sort_code,
            account_number_mask=account_number_mask,
            balance_behavior=balance_behavior,
            is_cash_account=is_cash_account,
            is_non_cash_expense=is_non_cash_expense,
            custom_fields=custom_fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def create_child_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    @overload
    def create_child_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    def create_child_account(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Create child account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-child-account
        """
        result: RawResponse[LedgerAccountDetail] = self._run(
            self._inner.create_child_account,
            business_id,
            account_id,
            body=body,
            code=code,
            name=name,
            description=description,
            external_id=external_id,
            custom_fields=custom_fields,
            institution_name=institution_name,
            iban=iban,
            sort_code=sort_code,
            account_number_mask=account_number_mask,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_account_detail(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Get account detail

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-detail
        """
        result: RawResponse[LedgerAccountDetail] = self._run(
            self._inner.get_account_detail,
            business_id,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_account_entries(
        self,
        business_id: str | UUID,
        account_id: str,
        *,
        end_date: datetime.date | str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AccountEntries]:
        """Get account journal entry lines

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-entries
        """
        result: RawResponse[AccountEntries] = self._run(
            self._inner.get_account_entries,
            business_id,
            account_id,
            end_date=end_date,
            page=page,
            page_size=page_size,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_chart_of_accounts_hierarchy(
        self,
        business_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[ChartOfAccountsHierarchy]:
        """Get accounts in hierarchical tree structure

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-chart-of-accounts-hierarchy
        """
        result: RawResponse[ChartOfAccountsHierarchy] = self._run(
            self._inner.get_chart_of_accounts_hierarchy,
            business_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_journal_entry_detail(
        self,
        business_id: str | UUID,
        entry_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[JournalEntryDetail]:
        """Get journal entry detail

        Docs: https://docs.thredfi.com/api-reference/journal-entries/get-journal-entry-detail
        """
        result: RawResponse[JournalEntryDetail] = self._run(
            self._inner.get_journal_entry_detail,
            business_id,
            entry_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list_chart_of_accounts(
        self,
        business_id: str | UUID,
        *,
        account_type: str | Unset = UNSET,
        fiscal_year: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        include_zero_balance: bool | Unset = True,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent: str | Unset = UNSET,
        period_month: int | Unset = UNSET,
        period_year: int | Unset = UNSET,
        search: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedLedgerAccountList]:
        """List chart of accounts

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/list-chart-of-accounts
        """
        result: RawResponse[PaginatedLedgerAccountList] = self._run(
            self._inner.list_chart_of_accounts,
            business_id,
            account_type=account_type,
            fiscal_year=fiscal_year,
            group_by=group_by,
            include_zero_balance=include_zero_balance,
            page=page,
            page_size=page_size,
            parent=parent,
            period_month=period_month,
            period_year=period_year,
            search=search,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list_journal_entries(
        self,
        business_id: str | UUID,
        *,
        account: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        is_posted: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedJournalEntryList]:
        """List journal entries

        Docs: https://docs.thredfi.com/api-reference/journal-entries/list-journal-entries

        Not confirmed by the API reference (no docs page shows these names): ``is_posted``.
        """
        result: RawResponse[PaginatedJournalEntryList] = self._run(
            self._inner.list_journal_entries,
            business_id,
            account=account,
            created_by=created_by,
            date_from=date_from,
            date_to=date_to,
            is_posted=is_posted,
            page=page,
            page_size=page_size,
            search=search,
            status=status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncGeneralLedgerResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).general_ledger`` (blocking)."""

    _inner: GeneralLedgerResource

    def archive_account(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Archive account (soft delete)

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/archive-account
        """
        result: LedgerAccountDetail = self._run(
            self._inner.archive_account,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def create_account(
        self,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    @overload
    def create_account(
        self,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    def create_account(
        self,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Create account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-account
        """
        result: LedgerAccountDetail = self._run(
            self._inner.create_account,
            body=body,
            code=code,
            name=name,
            account_type=account_type,
            account_subtype=account_subtype,
            parent_id=parent_id,
            description=description,
            external_id=external_id,
            institution_name=institution_name,
            iban=iban,
            sort_code=sort_code,
            account_number_mask=account_number_mask,
            balance_behavior=balance_behavior,
            is_cash_account=is_cash_account,
            is_non_cash_expense=is_non_cash_expense,
            custom_fields=custom_fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def create_child_account(
        self,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    @overload
    def create_child_account(
        self,
        account_id: str,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail: ...

    def create_child_account(
        self,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Create child account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-child-account
        """
        result: LedgerAccountDetail = self._run(
            self._inner.create_child_account,
            account_id,
            body=body,
            code=code,
            name=name,
            description=description,
            external_id=external_id,
            custom_fields=custom_fields,
            institution_name=institution_name,
            iban=iban,
            sort_code=sort_code,
            account_number_mask=account_number_mask,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_account_detail(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> LedgerAccountDetail:
        """Get account detail

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-detail
        """
        result: LedgerAccountDetail = self._run(
            self._inner.get_account_detail,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_account_entries(
        self,
        account_id: str,
        *,
        end_date: datetime.date | str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[AccountEntriesResultsItem]:
        """Get account journal entry lines

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-entries
        """
        return self._paginator(
            self._inner.get_account_entries(
                account_id,
                end_date=end_date,
                page=page,
                page_size=page_size,
                start_date=start_date,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    def get_chart_of_accounts_hierarchy(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ChartOfAccountsHierarchy:
        """Get accounts in hierarchical tree structure

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-chart-of-accounts-hierarchy
        """
        result: ChartOfAccountsHierarchy = self._run(
            self._inner.get_chart_of_accounts_hierarchy,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_journal_entry_detail(
        self,
        entry_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> JournalEntryDetail:
        """Get journal entry detail

        Docs: https://docs.thredfi.com/api-reference/journal-entries/get-journal-entry-detail
        """
        result: JournalEntryDetail = self._run(
            self._inner.get_journal_entry_detail,
            entry_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list_chart_of_accounts(
        self,
        *,
        account_type: str | Unset = UNSET,
        fiscal_year: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        include_zero_balance: bool | Unset = True,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent: str | Unset = UNSET,
        period_month: int | Unset = UNSET,
        period_year: int | Unset = UNSET,
        search: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[LedgerAccount]:
        """List chart of accounts

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/list-chart-of-accounts
        """
        return self._paginator(
            self._inner.list_chart_of_accounts(
                account_type=account_type,
                fiscal_year=fiscal_year,
                group_by=group_by,
                include_zero_balance=include_zero_balance,
                page=page,
                page_size=page_size,
                parent=parent,
                period_month=period_month,
                period_year=period_year,
                search=search,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    def list_journal_entries(
        self,
        *,
        account: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        is_posted: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[JournalEntry]:
        """List journal entries

        Docs: https://docs.thredfi.com/api-reference/journal-entries/list-journal-entries

        Not confirmed by the API reference (no docs page shows these names): ``is_posted``.
        """
        return self._paginator(
            self._inner.list_journal_entries(
                account=account,
                created_by=created_by,
                date_from=date_from,
                date_to=date_to,
                is_posted=is_posted,
                page=page,
                page_size=page_size,
                search=search,
                status=status,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncGeneralLedgerResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.general_ledger`` (blocking)."""

    _inner: GeneralLedgerResourceWithRawResponse

    def archive_account(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Archive account (soft delete)

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/archive-account
        """
        result: RawResponse[LedgerAccountDetail] = self._run(
            self._inner.archive_account,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def create_account(
        self,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    @overload
    def create_account(
        self,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    def create_account(
        self,
        *,
        body: CreateAccountRequest | CreateAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        account_type: CreateAccountRequestAccountType | Unset = UNSET,
        account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        balance_behavior: str | Unset = UNSET,
        is_cash_account: bool | Unset = False,
        is_non_cash_expense: bool | Unset = False,
        custom_fields: CreateAccountRequestCustomFieldsType0
        | CreateAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Create account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-account
        """
        result: RawResponse[LedgerAccountDetail] = self._run(
            self._inner.create_account,
            body=body,
            code=code,
            name=name,
            account_type=account_type,
            account_subtype=account_subtype,
            parent_id=parent_id,
            description=description,
            external_id=external_id,
            institution_name=institution_name,
            iban=iban,
            sort_code=sort_code,
            account_number_mask=account_number_mask,
            balance_behavior=balance_behavior,
            is_cash_account=is_cash_account,
            is_non_cash_expense=is_non_cash_expense,
            custom_fields=custom_fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def create_child_account(
        self,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    @overload
    def create_child_account(
        self,
        account_id: str,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]: ...

    def create_child_account(
        self,
        account_id: str,
        *,
        body: CreateChildAccountRequest | CreateChildAccountRequestDict | None = None,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0
        | CreateChildAccountRequestCustomFieldsType0Dict
        | None
        | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Create child account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-child-account
        """
        result: RawResponse[LedgerAccountDetail] = self._run(
            self._inner.create_child_account,
            account_id,
            body=body,
            code=code,
            name=name,
            description=description,
            external_id=external_id,
            custom_fields=custom_fields,
            institution_name=institution_name,
            iban=iban,
            sort_code=sort_code,
            account_number_mask=account_number_mask,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_account_detail(
        self,
        account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[LedgerAccountDetail]:
        """Get account detail

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-detail
        """
        result: RawResponse[LedgerAccountDetail] = self._run(
            self._inner.get_account_detail,
            account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_account_entries(
        self,
        account_id: str,
        *,
        end_date: datetime.date | str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AccountEntries]:
        """Get account journal entry lines

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-entries
        """
        result: RawResponse[AccountEntries] = self._run(
            self._inner.get_account_entries,
            account_id,
            end_date=end_date,
            page=page,
            page_size=page_size,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_chart_of_accounts_hierarchy(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[ChartOfAccountsHierarchy]:
        """Get accounts in hierarchical tree structure

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-chart-of-accounts-hierarchy
        """
        result: RawResponse[ChartOfAccountsHierarchy] = self._run(
            self._inner.get_chart_of_accounts_hierarchy,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_journal_entry_detail(
        self,
        entry_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[JournalEntryDetail]:
        """Get journal entry detail

        Docs: https://docs.thredfi.com/api-reference/journal-entries/get-journal-entry-detail
        """
        result: RawResponse[JournalEntryDetail] = self._run(
            self._inner.get_journal_entry_detail,
            entry_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list_chart_of_accounts(
        self,
        *,
        account_type: str | Unset = UNSET,
        fiscal_year: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        include_zero_balance: bool | Unset = True,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent: str | Unset = UNSET,
        period_month: int | Unset = UNSET,
        period_year: int | Unset = UNSET,
        search: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedLedgerAccountList]:
        """List chart of accounts

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/list-chart-of-accounts
        """
        result: RawResponse[PaginatedLedgerAccountList] = self._run(
            self._inner.list_chart_of_accounts,
            account_type=account_type,
            fiscal_year=fiscal_year,
            group_by=group_by,
            include_zero_balance=include_zero_balance,
            page=page,
            page_size=page_size,
            parent=parent,
            period_month=period_month,
            period_year=period_year,
            search=search,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list_journal_entries(
        self,
        *,
        account: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        is_posted: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedJournalEntryList]:
        """List journal entries

        Docs: https://docs.thredfi.com/api-reference/journal-entries/list-journal-entries

        Not confirmed by the API reference (no docs page shows these names): ``is_posted``.
        """
        result: RawResponse[PaginatedJournalEntryList] = self._run(
            self._inner.list_journal_entries,
            account=account,
            created_by=created_by,
            date_from=date_from,
            date_to=date_to,
            is_posted=is_posted,
            page=page,
            page_size=page_size,
            search=search,
            status=status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
