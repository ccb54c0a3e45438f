"""The ``general_ledger`` resource, and the endpoint functions of its operations (one module each).

Optional arguments default to ``UNSET``: the parameter or field is not sent. Where the spec
allows null, passing ``None`` sends JSON ``null``. Generated from openapi/templates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from thredfi._resource import APIResource, RawAPIResource

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    import datetime
    from typing import cast
    from uuid import UUID

    from thredfi import AsyncPaginator, RawResponse

    from ...models.account_entries import AccountEntries
    from ...models.account_entries_results_item import AccountEntriesResultsItem
    from ...models.chart_of_accounts_hierarchy import ChartOfAccountsHierarchy
    from ...models.create_account_request import CreateAccountRequest
    from ...models.create_account_request_account_subtype import (
        CreateAccountRequestAccountSubtype,
        check_create_account_request_account_subtype,
    )
    from ...models.create_account_request_account_type import (
        CreateAccountRequestAccountType,
        check_create_account_request_account_type,
    )
    from ...models.create_account_request_custom_fields_type_0 import CreateAccountRequestCustomFieldsType0
    from ...models.create_child_account_request import CreateChildAccountRequest
    from ...models.create_child_account_request_custom_fields_type_0 import CreateChildAccountRequestCustomFieldsType0
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
        account_id: UUID,
    ) -> LedgerAccountDetail:
        """Archive account (soft delete)

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/archive-account
        """
        from . import archive_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_id=self._path("account_id", account_id),
        )
        result: LedgerAccountDetail = await self._call(_op, kwargs, operation="archive_account", returns="model")
        return result

    @overload
    async def create_account(
        self,
        business_id: str | UUID,
        *,
        body: CreateAccountRequest,
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
        custom_fields: CreateAccountRequestCustomFieldsType0 | None | Unset = UNSET,
    ) -> LedgerAccountDetail: ...

    async def create_account(
        self,
        business_id: str | UUID,
        *,
        body: CreateAccountRequest | None = None,
        **fields: Any,
    ) -> LedgerAccountDetail:
        """Create account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-account
        """
        from ...models.create_account_request import CreateAccountRequest
        from . import create_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateAccountRequest, body, fields),
        )
        result: LedgerAccountDetail = await self._call(_op, kwargs, operation="create_account", returns="model")
        return result

    @overload
    async def create_child_account(
        self,
        business_id: str | UUID,
        account_id: UUID,
        *,
        body: CreateChildAccountRequest,
    ) -> LedgerAccountDetail: ...

    @overload
    async def create_child_account(
        self,
        business_id: str | UUID,
        account_id: UUID,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0 | None | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
    ) -> LedgerAccountDetail: ...

    async def create_child_account(
        self,
        business_id: str | UUID,
        account_id: UUID,
        *,
        body: CreateChildAccountRequest | None = None,
        **fields: Any,
    ) -> LedgerAccountDetail:
        """Create child account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-child-account
        """
        from ...models.create_child_account_request import CreateChildAccountRequest
        from . import create_child_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_id=self._path("account_id", account_id),
            body=self._body(CreateChildAccountRequest, body, fields),
        )
        result: LedgerAccountDetail = await self._call(_op, kwargs, operation="create_child_account", returns="model")
        return result

    async def get_account_detail(
        self,
        business_id: str | UUID,
        account_id: str,
    ) -> LedgerAccountDetail:
        """Get account detail

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-detail
        """
        from . import get_account_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_id=self._path("account_id", account_id),
        )
        result: LedgerAccountDetail = await self._call(_op, kwargs, operation="get_account_detail", returns="model")
        return result

    def get_account_entries(
        self,
        business_id: str | UUID,
        account_id: UUID,
        *,
        end_date: datetime.date | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> AsyncPaginator[AccountEntriesResultsItem]:
        """Get account journal entry lines

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-entries
        """
        from . import get_account_entries as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                account_id=self._path("account_id", account_id),
                end_date=end_date,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                start_date=start_date,
            )

        return self._paginate(_op, kwargs, operation="get_account_entries", page=page, page_size=page_size)

    async def get_chart_of_accounts_hierarchy(
        self,
        business_id: str | UUID,
    ) -> ChartOfAccountsHierarchy:
        """Get accounts in hierarchical tree structure

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-chart-of-accounts-hierarchy
        """
        from . import get_chart_of_accounts_hierarchy as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
        )
        result: ChartOfAccountsHierarchy = await self._call(
            _op, kwargs, operation="get_chart_of_accounts_hierarchy", returns="model"
        )
        return result

    async def get_journal_entry_detail(
        self,
        business_id: str | UUID,
        entry_id: UUID,
    ) -> JournalEntryDetail:
        """Get journal entry detail

        Docs: https://docs.thredfi.com/api-reference/journal-entries/get-journal-entry-detail
        """
        from . import get_journal_entry_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            entry_id=self._path("entry_id", entry_id),
        )
        result: JournalEntryDetail = await self._call(
            _op, kwargs, operation="get_journal_entry_detail", returns="model"
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
    ) -> AsyncPaginator[LedgerAccount]:
        """List chart of accounts

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/list-chart-of-accounts
        """
        from . import list_chart_of_accounts as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                account_type=account_type,
                fiscal_year=fiscal_year,
                group_by=group_by,
                include_zero_balance=include_zero_balance,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                parent=parent,
                period_month=period_month,
                period_year=period_year,
                search=search,
            )

        return self._paginate(_op, kwargs, operation="list_chart_of_accounts", page=page, page_size=page_size)

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
    ) -> AsyncPaginator[JournalEntry]:
        """List journal entries

        Docs: https://docs.thredfi.com/api-reference/journal-entries/list-journal-entries
        """
        from . import list_journal_entries as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                account=account,
                created_by=created_by,
                date_from=date_from,
                date_to=date_to,
                is_posted=is_posted,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                search=search,
                status=status,
            )

        return self._paginate(_op, kwargs, operation="list_journal_entries", page=page, page_size=page_size)


class PartnerGeneralLedgerResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.general_ledger``: each call returns a ``thredfi.RawResponse``."""

    async def archive_account(
        self,
        business_id: str | UUID,
        account_id: UUID,
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
            _op, kwargs, operation="archive_account", returns="model"
        )
        return result

    @overload
    async def create_account(
        self,
        business_id: str | UUID,
        *,
        body: CreateAccountRequest,
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
        custom_fields: CreateAccountRequestCustomFieldsType0 | None | Unset = UNSET,
    ) -> RawResponse[LedgerAccountDetail]: ...

    async def create_account(
        self,
        business_id: str | UUID,
        *,
        body: CreateAccountRequest | None = None,
        **fields: Any,
    ) -> RawResponse[LedgerAccountDetail]:
        """Create account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-account
        """
        from ...models.create_account_request import CreateAccountRequest
        from . import create_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateAccountRequest, body, fields),
        )
        result: RawResponse[LedgerAccountDetail] = await self._call(
            _op, kwargs, operation="create_account", returns="model"
        )
        return result

    @overload
    async def create_child_account(
        self,
        business_id: str | UUID,
        account_id: UUID,
        *,
        body: CreateChildAccountRequest,
    ) -> RawResponse[LedgerAccountDetail]: ...

    @overload
    async def create_child_account(
        self,
        business_id: str | UUID,
        account_id: UUID,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0 | None | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
    ) -> RawResponse[LedgerAccountDetail]: ...

    async def create_child_account(
        self,
        business_id: str | UUID,
        account_id: UUID,
        *,
        body: CreateChildAccountRequest | None = None,
        **fields: Any,
    ) -> RawResponse[LedgerAccountDetail]:
        """Create child account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-child-account
        """
        from ...models.create_child_account_request import CreateChildAccountRequest
        from . import create_child_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_id=self._path("account_id", account_id),
            body=self._body(CreateChildAccountRequest, body, fields),
        )
        result: RawResponse[LedgerAccountDetail] = await self._call(
            _op, kwargs, operation="create_child_account", returns="model"
        )
        return result

    async def get_account_detail(
        self,
        business_id: str | UUID,
        account_id: str,
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
            _op, kwargs, operation="get_account_detail", returns="model"
        )
        return result

    async def get_account_entries(
        self,
        business_id: str | UUID,
        account_id: UUID,
        *,
        end_date: datetime.date | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> RawResponse[AccountEntries]:
        """Get account journal entry lines

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-entries
        """
        from . import get_account_entries as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_id=self._path("account_id", account_id),
            end_date=end_date,
            page=page,
            page_size=page_size,
            start_date=start_date,
        )
        result: RawResponse[AccountEntries] = await self._call(
            _op, kwargs, operation="get_account_entries", returns="model"
        )
        return result

    async def get_chart_of_accounts_hierarchy(
        self,
        business_id: str | UUID,
    ) -> RawResponse[ChartOfAccountsHierarchy]:
        """Get accounts in hierarchical tree structure

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-chart-of-accounts-hierarchy
        """
        from . import get_chart_of_accounts_hierarchy as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
        )
        result: RawResponse[ChartOfAccountsHierarchy] = await self._call(
            _op, kwargs, operation="get_chart_of_accounts_hierarchy", returns="model"
        )
        return result

    async def get_journal_entry_detail(
        self,
        business_id: str | UUID,
        entry_id: UUID,
    ) -> RawResponse[JournalEntryDetail]:
        """Get journal entry detail

        Docs: https://docs.thredfi.com/api-reference/journal-entries/get-journal-entry-detail
        """
        from . import get_journal_entry_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            entry_id=self._path("entry_id", entry_id),
        )
        result: RawResponse[JournalEntryDetail] = await self._call(
            _op, kwargs, operation="get_journal_entry_detail", returns="model"
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
    ) -> RawResponse[PaginatedLedgerAccountList]:
        """List chart of accounts

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/list-chart-of-accounts
        """
        from . import list_chart_of_accounts as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
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
        )
        result: RawResponse[PaginatedLedgerAccountList] = await self._call(
            _op, kwargs, operation="list_chart_of_accounts", returns="model"
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
    ) -> RawResponse[PaginatedJournalEntryList]:
        """List journal entries

        Docs: https://docs.thredfi.com/api-reference/journal-entries/list-journal-entries
        """
        from . import list_journal_entries as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account=account,
            created_by=created_by,
            date_from=date_from,
            date_to=date_to,
            is_posted=is_posted,
            page=page,
            page_size=page_size,
            search=search,
            status=status,
        )
        result: RawResponse[PaginatedJournalEntryList] = await self._call(
            _op, kwargs, operation="list_journal_entries", returns="model"
        )
        return result


class GeneralLedgerResource(APIResource):
    """``client.for_business(id).general_ledger``: ``business_id`` is bound (business token)."""

    async def archive_account(
        self,
        account_id: UUID,
    ) -> LedgerAccountDetail:
        """Archive account (soft delete)

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/archive-account
        """
        from . import archive_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_id=self._path("account_id", account_id),
        )
        result: LedgerAccountDetail = await self._call(_op, kwargs, operation="archive_account", returns="model")
        return result

    @overload
    async def create_account(
        self,
        *,
        body: CreateAccountRequest,
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
        custom_fields: CreateAccountRequestCustomFieldsType0 | None | Unset = UNSET,
    ) -> LedgerAccountDetail: ...

    async def create_account(
        self,
        *,
        body: CreateAccountRequest | None = None,
        **fields: Any,
    ) -> LedgerAccountDetail:
        """Create account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-account
        """
        from ...models.create_account_request import CreateAccountRequest
        from . import create_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateAccountRequest, body, fields),
        )
        result: LedgerAccountDetail = await self._call(_op, kwargs, operation="create_account", returns="model")
        return result

    @overload
    async def create_child_account(
        self,
        account_id: UUID,
        *,
        body: CreateChildAccountRequest,
    ) -> LedgerAccountDetail: ...

    @overload
    async def create_child_account(
        self,
        account_id: UUID,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0 | None | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
    ) -> LedgerAccountDetail: ...

    async def create_child_account(
        self,
        account_id: UUID,
        *,
        body: CreateChildAccountRequest | None = None,
        **fields: Any,
    ) -> LedgerAccountDetail:
        """Create child account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-child-account
        """
        from ...models.create_child_account_request import CreateChildAccountRequest
        from . import create_child_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_id=self._path("account_id", account_id),
            body=self._body(CreateChildAccountRequest, body, fields),
        )
        result: LedgerAccountDetail = await self._call(_op, kwargs, operation="create_child_account", returns="model")
        return result

    async def get_account_detail(
        self,
        account_id: str,
    ) -> LedgerAccountDetail:
        """Get account detail

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-detail
        """
        from . import get_account_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_id=self._path("account_id", account_id),
        )
        result: LedgerAccountDetail = await self._call(_op, kwargs, operation="get_account_detail", returns="model")
        return result

    def get_account_entries(
        self,
        account_id: UUID,
        *,
        end_date: datetime.date | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> AsyncPaginator[AccountEntriesResultsItem]:
        """Get account journal entry lines

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-entries
        """
        from . import get_account_entries as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                account_id=self._path("account_id", account_id),
                end_date=end_date,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                start_date=start_date,
            )

        return self._paginate(_op, kwargs, operation="get_account_entries", page=page, page_size=page_size)

    async def get_chart_of_accounts_hierarchy(
        self,
    ) -> ChartOfAccountsHierarchy:
        """Get accounts in hierarchical tree structure

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-chart-of-accounts-hierarchy
        """
        from . import get_chart_of_accounts_hierarchy as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
        )
        result: ChartOfAccountsHierarchy = await self._call(
            _op, kwargs, operation="get_chart_of_accounts_hierarchy", returns="model"
        )
        return result

    async def get_journal_entry_detail(
        self,
        entry_id: UUID,
    ) -> JournalEntryDetail:
        """Get journal entry detail

        Docs: https://docs.thredfi.com/api-reference/journal-entries/get-journal-entry-detail
        """
        from . import get_journal_entry_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            entry_id=self._path("entry_id", entry_id),
        )
        result: JournalEntryDetail = await self._call(
            _op, kwargs, operation="get_journal_entry_detail", returns="model"
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
    ) -> AsyncPaginator[LedgerAccount]:
        """List chart of accounts

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/list-chart-of-accounts
        """
        from . import list_chart_of_accounts as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                account_type=account_type,
                fiscal_year=fiscal_year,
                group_by=group_by,
                include_zero_balance=include_zero_balance,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                parent=parent,
                period_month=period_month,
                period_year=period_year,
                search=search,
            )

        return self._paginate(_op, kwargs, operation="list_chart_of_accounts", page=page, page_size=page_size)

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
    ) -> AsyncPaginator[JournalEntry]:
        """List journal entries

        Docs: https://docs.thredfi.com/api-reference/journal-entries/list-journal-entries
        """
        from . import list_journal_entries as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                account=account,
                created_by=created_by,
                date_from=date_from,
                date_to=date_to,
                is_posted=is_posted,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                search=search,
                status=status,
            )

        return self._paginate(_op, kwargs, operation="list_journal_entries", page=page, page_size=page_size)


class GeneralLedgerResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.general_ledger``: each call returns a ``thredfi.RawResponse``."""

    async def archive_account(
        self,
        account_id: UUID,
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
            _op, kwargs, operation="archive_account", returns="model"
        )
        return result

    @overload
    async def create_account(
        self,
        *,
        body: CreateAccountRequest,
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
        custom_fields: CreateAccountRequestCustomFieldsType0 | None | Unset = UNSET,
    ) -> RawResponse[LedgerAccountDetail]: ...

    async def create_account(
        self,
        *,
        body: CreateAccountRequest | None = None,
        **fields: Any,
    ) -> RawResponse[LedgerAccountDetail]:
        """Create account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-account
        """
        from ...models.create_account_request import CreateAccountRequest
        from . import create_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateAccountRequest, body, fields),
        )
        result: RawResponse[LedgerAccountDetail] = await self._call(
            _op, kwargs, operation="create_account", returns="model"
        )
        return result

    @overload
    async def create_child_account(
        self,
        account_id: UUID,
        *,
        body: CreateChildAccountRequest,
    ) -> RawResponse[LedgerAccountDetail]: ...

    @overload
    async def create_child_account(
        self,
        account_id: UUID,
        *,
        code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        custom_fields: CreateChildAccountRequestCustomFieldsType0 | None | Unset = UNSET,
        institution_name: str | Unset = UNSET,
        iban: str | Unset = UNSET,
        sort_code: str | Unset = UNSET,
        account_number_mask: str | Unset = UNSET,
    ) -> RawResponse[LedgerAccountDetail]: ...

    async def create_child_account(
        self,
        account_id: UUID,
        *,
        body: CreateChildAccountRequest | None = None,
        **fields: Any,
    ) -> RawResponse[LedgerAccountDetail]:
        """Create child account

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/create-child-account
        """
        from ...models.create_child_account_request import CreateChildAccountRequest
        from . import create_child_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_id=self._path("account_id", account_id),
            body=self._body(CreateChildAccountRequest, body, fields),
        )
        result: RawResponse[LedgerAccountDetail] = await self._call(
            _op, kwargs, operation="create_child_account", returns="model"
        )
        return result

    async def get_account_detail(
        self,
        account_id: str,
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
            _op, kwargs, operation="get_account_detail", returns="model"
        )
        return result

    async def get_account_entries(
        self,
        account_id: UUID,
        *,
        end_date: datetime.date | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> RawResponse[AccountEntries]:
        """Get account journal entry lines

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-account-entries
        """
        from . import get_account_entries as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_id=self._path("account_id", account_id),
            end_date=end_date,
            page=page,
            page_size=page_size,
            start_date=start_date,
        )
        result: RawResponse[AccountEntries] = await self._call(
            _op, kwargs, operation="get_account_entries", returns="model"
        )
        return result

    async def get_chart_of_accounts_hierarchy(
        self,
    ) -> RawResponse[ChartOfAccountsHierarchy]:
        """Get accounts in hierarchical tree structure

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/get-chart-of-accounts-hierarchy
        """
        from . import get_chart_of_accounts_hierarchy as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
        )
        result: RawResponse[ChartOfAccountsHierarchy] = await self._call(
            _op, kwargs, operation="get_chart_of_accounts_hierarchy", returns="model"
        )
        return result

    async def get_journal_entry_detail(
        self,
        entry_id: UUID,
    ) -> RawResponse[JournalEntryDetail]:
        """Get journal entry detail

        Docs: https://docs.thredfi.com/api-reference/journal-entries/get-journal-entry-detail
        """
        from . import get_journal_entry_detail as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            entry_id=self._path("entry_id", entry_id),
        )
        result: RawResponse[JournalEntryDetail] = await self._call(
            _op, kwargs, operation="get_journal_entry_detail", returns="model"
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
    ) -> RawResponse[PaginatedLedgerAccountList]:
        """List chart of accounts

        Docs: https://docs.thredfi.com/api-reference/chart-of-accounts/list-chart-of-accounts
        """
        from . import list_chart_of_accounts as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
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
        )
        result: RawResponse[PaginatedLedgerAccountList] = await self._call(
            _op, kwargs, operation="list_chart_of_accounts", returns="model"
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
    ) -> RawResponse[PaginatedJournalEntryList]:
        """List journal entries

        Docs: https://docs.thredfi.com/api-reference/journal-entries/list-journal-entries
        """
        from . import list_journal_entries as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account=account,
            created_by=created_by,
            date_from=date_from,
            date_to=date_to,
            is_posted=is_posted,
            page=page,
            page_size=page_size,
            search=search,
            status=status,
        )
        result: RawResponse[PaginatedJournalEntryList] = await self._call(
            _op, kwargs, operation="list_journal_entries", returns="model"
        )
        return result
