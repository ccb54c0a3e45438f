"""The ``bank_accounts`` resource, and the endpoint functions of its operations (one module each).

Optional arguments default to ``UNSET``: the parameter or field is not sent. Where the spec
allows null, passing ``None`` sends JSON ``null``. Generated from openapi/templates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from thredfi._runtime import APIResource, RawAPIResource, SyncResource

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from collections.abc import Mapping
    from typing import cast
    from uuid import UUID

    import httpx
    from thredfi._runtime import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.bank_account_connection import BankAccountConnection
    from ...models.bank_account_connection_summary import BankAccountConnectionSummary
    from ...models.error_response import ErrorResponse
    from ...models.list_bank_accounts_bank_link_status import (
        ListBankAccountsBankLinkStatus,
        check_list_bank_accounts_bank_link_status,
    )
    from ...models.paginated_bank_account_connection_summary_list import PaginatedBankAccountConnectionSummaryList
    from ...models.validation_error_response import ValidationErrorResponse


class PartnerBankAccountsResource(APIResource):
    """``client.bank_accounts``: business-scoped methods take ``business_id`` first (partner token)."""

    def list(
        self,
        business_id: str | UUID,
        *,
        account_key: str | Unset = UNSET,
        balance_max: float | Unset = UNSET,
        balance_min: float | Unset = UNSET,
        bank_link_status: ListBankAccountsBankLinkStatus | Unset = UNSET,
        business_id_query: str | Unset = UNSET,
        business_name: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        first_sync_after: str | Unset = UNSET,
        first_sync_before: str | Unset = UNSET,
        has_been_synced: bool | Unset = UNSET,
        has_mapped_account: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        mapped_account_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[BankAccountConnectionSummary]:
        """List bank account connections

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/list-bank-accounts
        """
        from . import list_bank_accounts as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id_path=self._id(business_id),
                account_key=self._arg("account_key", account_key, "str"),
                balance_max=self._arg("balance_max", balance_max, "float"),
                balance_min=self._arg("balance_min", balance_min, "float"),
                bank_link_status=self._arg("bank_link_status", bank_link_status, "str"),
                business_id_query=self._arg("business_id_query", business_id_query, "str"),
                business_name=self._arg("business_name", business_name, "str"),
                currency=self._arg("currency", currency, "str"),
                display_name=self._arg("display_name", display_name, "str"),
                first_sync_after=self._arg("first_sync_after", first_sync_after, "str"),
                first_sync_before=self._arg("first_sync_before", first_sync_before, "str"),
                has_been_synced=self._arg("has_been_synced", has_been_synced, "bool"),
                has_mapped_account=self._arg("has_mapped_account", has_mapped_account, "bool"),
                is_active=self._arg("is_active", is_active, "bool"),
                mapped_account_id=self._arg("mapped_account_id", mapped_account_id, "str"),
                ordering=self._arg("ordering", ordering, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                provider=self._arg("provider", provider, "str"),
                search=self._arg("search", search, "str"),
                updated_after=self._arg("updated_after", updated_after, "str"),
                updated_before=self._arg("updated_before", updated_before, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_bank_accounts", page=page, page_size=page_size, extras=extras
        )

    async def get(
        self,
        business_id: str | UUID,
        bank_account_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BankAccountConnection:
        """Retrieve bank account connection

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/get-bank-account
        """
        from . import retrieve_bank_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bank_account_id=self._uuid("bank_account_id", bank_account_id),
        )
        result: BankAccountConnection = await self._call(
            _op,
            kwargs,
            operation="retrieve_bank_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class PartnerBankAccountsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.bank_accounts``: each call returns a ``thredfi.RawResponse``."""

    async def list(
        self,
        business_id: str | UUID,
        *,
        account_key: str | Unset = UNSET,
        balance_max: float | Unset = UNSET,
        balance_min: float | Unset = UNSET,
        bank_link_status: ListBankAccountsBankLinkStatus | Unset = UNSET,
        business_id_query: str | Unset = UNSET,
        business_name: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        first_sync_after: str | Unset = UNSET,
        first_sync_before: str | Unset = UNSET,
        has_been_synced: bool | Unset = UNSET,
        has_mapped_account: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        mapped_account_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBankAccountConnectionSummaryList]:
        """List bank account connections

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/list-bank-accounts
        """
        from . import list_bank_accounts as _op

        kwargs = _op._get_kwargs(
            business_id_path=self._id(business_id),
            account_key=self._arg("account_key", account_key, "str"),
            balance_max=self._arg("balance_max", balance_max, "float"),
            balance_min=self._arg("balance_min", balance_min, "float"),
            bank_link_status=self._arg("bank_link_status", bank_link_status, "str"),
            business_id_query=self._arg("business_id_query", business_id_query, "str"),
            business_name=self._arg("business_name", business_name, "str"),
            currency=self._arg("currency", currency, "str"),
            display_name=self._arg("display_name", display_name, "str"),
            first_sync_after=self._arg("first_sync_after", first_sync_after, "str"),
            first_sync_before=self._arg("first_sync_before", first_sync_before, "str"),
            has_been_synced=self._arg("has_been_synced", has_been_synced, "bool"),
            has_mapped_account=self._arg("has_mapped_account", has_mapped_account, "bool"),
            is_active=self._arg("is_active", is_active, "bool"),
            mapped_account_id=self._arg("mapped_account_id", mapped_account_id, "str"),
            ordering=self._arg("ordering", ordering, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            provider=self._arg("provider", provider, "str"),
            search=self._arg("search", search, "str"),
            updated_after=self._arg("updated_after", updated_after, "str"),
            updated_before=self._arg("updated_before", updated_before, "str"),
        )
        result: RawResponse[PaginatedBankAccountConnectionSummaryList] = await self._call(
            _op,
            kwargs,
            operation="list_bank_accounts",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        bank_account_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BankAccountConnection]:
        """Retrieve bank account connection

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/get-bank-account
        """
        from . import retrieve_bank_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bank_account_id=self._uuid("bank_account_id", bank_account_id),
        )
        result: RawResponse[BankAccountConnection] = await self._call(
            _op,
            kwargs,
            operation="retrieve_bank_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class BankAccountsResource(APIResource):
    """``client.for_business(id).bank_accounts``: ``business_id`` is bound (business token)."""

    def list(
        self,
        *,
        account_key: str | Unset = UNSET,
        balance_max: float | Unset = UNSET,
        balance_min: float | Unset = UNSET,
        bank_link_status: ListBankAccountsBankLinkStatus | Unset = UNSET,
        business_id_query: str | Unset = UNSET,
        business_name: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        first_sync_after: str | Unset = UNSET,
        first_sync_before: str | Unset = UNSET,
        has_been_synced: bool | Unset = UNSET,
        has_mapped_account: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        mapped_account_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[BankAccountConnectionSummary]:
        """List bank account connections

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/list-bank-accounts
        """
        from . import list_bank_accounts as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id_path=self._business_id,
                account_key=self._arg("account_key", account_key, "str"),
                balance_max=self._arg("balance_max", balance_max, "float"),
                balance_min=self._arg("balance_min", balance_min, "float"),
                bank_link_status=self._arg("bank_link_status", bank_link_status, "str"),
                business_id_query=self._arg("business_id_query", business_id_query, "str"),
                business_name=self._arg("business_name", business_name, "str"),
                currency=self._arg("currency", currency, "str"),
                display_name=self._arg("display_name", display_name, "str"),
                first_sync_after=self._arg("first_sync_after", first_sync_after, "str"),
                first_sync_before=self._arg("first_sync_before", first_sync_before, "str"),
                has_been_synced=self._arg("has_been_synced", has_been_synced, "bool"),
                has_mapped_account=self._arg("has_mapped_account", has_mapped_account, "bool"),
                is_active=self._arg("is_active", is_active, "bool"),
                mapped_account_id=self._arg("mapped_account_id", mapped_account_id, "str"),
                ordering=self._arg("ordering", ordering, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                provider=self._arg("provider", provider, "str"),
                search=self._arg("search", search, "str"),
                updated_after=self._arg("updated_after", updated_after, "str"),
                updated_before=self._arg("updated_before", updated_before, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_bank_accounts", page=page, page_size=page_size, extras=extras
        )

    async def get(
        self,
        bank_account_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BankAccountConnection:
        """Retrieve bank account connection

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/get-bank-account
        """
        from . import retrieve_bank_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bank_account_id=self._uuid("bank_account_id", bank_account_id),
        )
        result: BankAccountConnection = await self._call(
            _op,
            kwargs,
            operation="retrieve_bank_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class BankAccountsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.bank_accounts``: each call returns a ``thredfi.RawResponse``."""

    async def list(
        self,
        *,
        account_key: str | Unset = UNSET,
        balance_max: float | Unset = UNSET,
        balance_min: float | Unset = UNSET,
        bank_link_status: ListBankAccountsBankLinkStatus | Unset = UNSET,
        business_id_query: str | Unset = UNSET,
        business_name: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        first_sync_after: str | Unset = UNSET,
        first_sync_before: str | Unset = UNSET,
        has_been_synced: bool | Unset = UNSET,
        has_mapped_account: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        mapped_account_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBankAccountConnectionSummaryList]:
        """List bank account connections

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/list-bank-accounts
        """
        from . import list_bank_accounts as _op

        kwargs = _op._get_kwargs(
            business_id_path=self._business_id,
            account_key=self._arg("account_key", account_key, "str"),
            balance_max=self._arg("balance_max", balance_max, "float"),
            balance_min=self._arg("balance_min", balance_min, "float"),
            bank_link_status=self._arg("bank_link_status", bank_link_status, "str"),
            business_id_query=self._arg("business_id_query", business_id_query, "str"),
            business_name=self._arg("business_name", business_name, "str"),
            currency=self._arg("currency", currency, "str"),
            display_name=self._arg("display_name", display_name, "str"),
            first_sync_after=self._arg("first_sync_after", first_sync_after, "str"),
            first_sync_before=self._arg("first_sync_before", first_sync_before, "str"),
            has_been_synced=self._arg("has_been_synced", has_been_synced, "bool"),
            has_mapped_account=self._arg("has_mapped_account", has_mapped_account, "bool"),
            is_active=self._arg("is_active", is_active, "bool"),
            mapped_account_id=self._arg("mapped_account_id", mapped_account_id, "str"),
            ordering=self._arg("ordering", ordering, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            provider=self._arg("provider", provider, "str"),
            search=self._arg("search", search, "str"),
            updated_after=self._arg("updated_after", updated_after, "str"),
            updated_before=self._arg("updated_before", updated_before, "str"),
        )
        result: RawResponse[PaginatedBankAccountConnectionSummaryList] = await self._call(
            _op,
            kwargs,
            operation="list_bank_accounts",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get(
        self,
        bank_account_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BankAccountConnection]:
        """Retrieve bank account connection

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/get-bank-account
        """
        from . import retrieve_bank_account as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bank_account_id=self._uuid("bank_account_id", bank_account_id),
        )
        result: RawResponse[BankAccountConnection] = await self._call(
            _op,
            kwargs,
            operation="retrieve_bank_account",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class SyncPartnerBankAccountsResource(SyncResource):
    """``thredfi.Client``'s ``client.bank_accounts`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerBankAccountsResource

    def list(
        self,
        business_id: str | UUID,
        *,
        account_key: str | Unset = UNSET,
        balance_max: float | Unset = UNSET,
        balance_min: float | Unset = UNSET,
        bank_link_status: ListBankAccountsBankLinkStatus | Unset = UNSET,
        business_id_query: str | Unset = UNSET,
        business_name: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        first_sync_after: str | Unset = UNSET,
        first_sync_before: str | Unset = UNSET,
        has_been_synced: bool | Unset = UNSET,
        has_mapped_account: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        mapped_account_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[BankAccountConnectionSummary]:
        """List bank account connections

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/list-bank-accounts
        """
        return self._paginator(
            self._inner.list(
                business_id,
                account_key=account_key,
                balance_max=balance_max,
                balance_min=balance_min,
                bank_link_status=bank_link_status,
                business_id_query=business_id_query,
                business_name=business_name,
                currency=currency,
                display_name=display_name,
                first_sync_after=first_sync_after,
                first_sync_before=first_sync_before,
                has_been_synced=has_been_synced,
                has_mapped_account=has_mapped_account,
                is_active=is_active,
                mapped_account_id=mapped_account_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                provider=provider,
                search=search,
                updated_after=updated_after,
                updated_before=updated_before,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    def get(
        self,
        business_id: str | UUID,
        bank_account_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BankAccountConnection:
        """Retrieve bank account connection

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/get-bank-account
        """
        result: BankAccountConnection = self._run(
            self._inner.get,
            business_id,
            bank_account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncPartnerBankAccountsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.bank_accounts`` (blocking)."""

    _inner: PartnerBankAccountsResourceWithRawResponse

    def list(
        self,
        business_id: str | UUID,
        *,
        account_key: str | Unset = UNSET,
        balance_max: float | Unset = UNSET,
        balance_min: float | Unset = UNSET,
        bank_link_status: ListBankAccountsBankLinkStatus | Unset = UNSET,
        business_id_query: str | Unset = UNSET,
        business_name: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        first_sync_after: str | Unset = UNSET,
        first_sync_before: str | Unset = UNSET,
        has_been_synced: bool | Unset = UNSET,
        has_mapped_account: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        mapped_account_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBankAccountConnectionSummaryList]:
        """List bank account connections

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/list-bank-accounts
        """
        result: RawResponse[PaginatedBankAccountConnectionSummaryList] = self._run(
            self._inner.list,
            business_id,
            account_key=account_key,
            balance_max=balance_max,
            balance_min=balance_min,
            bank_link_status=bank_link_status,
            business_id_query=business_id_query,
            business_name=business_name,
            currency=currency,
            display_name=display_name,
            first_sync_after=first_sync_after,
            first_sync_before=first_sync_before,
            has_been_synced=has_been_synced,
            has_mapped_account=has_mapped_account,
            is_active=is_active,
            mapped_account_id=mapped_account_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            updated_after=updated_after,
            updated_before=updated_before,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        business_id: str | UUID,
        bank_account_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BankAccountConnection]:
        """Retrieve bank account connection

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/get-bank-account
        """
        result: RawResponse[BankAccountConnection] = self._run(
            self._inner.get,
            business_id,
            bank_account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncBankAccountsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).bank_accounts`` (blocking)."""

    _inner: BankAccountsResource

    def list(
        self,
        *,
        account_key: str | Unset = UNSET,
        balance_max: float | Unset = UNSET,
        balance_min: float | Unset = UNSET,
        bank_link_status: ListBankAccountsBankLinkStatus | Unset = UNSET,
        business_id_query: str | Unset = UNSET,
        business_name: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        first_sync_after: str | Unset = UNSET,
        first_sync_before: str | Unset = UNSET,
        has_been_synced: bool | Unset = UNSET,
        has_mapped_account: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        mapped_account_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[BankAccountConnectionSummary]:
        """List bank account connections

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/list-bank-accounts
        """
        return self._paginator(
            self._inner.list(
                account_key=account_key,
                balance_max=balance_max,
                balance_min=balance_min,
                bank_link_status=bank_link_status,
                business_id_query=business_id_query,
                business_name=business_name,
                currency=currency,
                display_name=display_name,
                first_sync_after=first_sync_after,
                first_sync_before=first_sync_before,
                has_been_synced=has_been_synced,
                has_mapped_account=has_mapped_account,
                is_active=is_active,
                mapped_account_id=mapped_account_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                provider=provider,
                search=search,
                updated_after=updated_after,
                updated_before=updated_before,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    def get(
        self,
        bank_account_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BankAccountConnection:
        """Retrieve bank account connection

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/get-bank-account
        """
        result: BankAccountConnection = self._run(
            self._inner.get,
            bank_account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncBankAccountsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.bank_accounts`` (blocking)."""

    _inner: BankAccountsResourceWithRawResponse

    def list(
        self,
        *,
        account_key: str | Unset = UNSET,
        balance_max: float | Unset = UNSET,
        balance_min: float | Unset = UNSET,
        bank_link_status: ListBankAccountsBankLinkStatus | Unset = UNSET,
        business_id_query: str | Unset = UNSET,
        business_name: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        first_sync_after: str | Unset = UNSET,
        first_sync_before: str | Unset = UNSET,
        has_been_synced: bool | Unset = UNSET,
        has_mapped_account: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        mapped_account_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBankAccountConnectionSummaryList]:
        """List bank account connections

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/list-bank-accounts
        """
        result: RawResponse[PaginatedBankAccountConnectionSummaryList] = self._run(
            self._inner.list,
            account_key=account_key,
            balance_max=balance_max,
            balance_min=balance_min,
            bank_link_status=bank_link_status,
            business_id_query=business_id_query,
            business_name=business_name,
            currency=currency,
            display_name=display_name,
            first_sync_after=first_sync_after,
            first_sync_before=first_sync_before,
            has_been_synced=has_been_synced,
            has_mapped_account=has_mapped_account,
            is_active=is_active,
            mapped_account_id=mapped_account_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            updated_after=updated_after,
            updated_before=updated_before,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        bank_account_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BankAccountConnection]:
        """Retrieve bank account connection

        Docs: https://docs.thredfi.com/api-reference/bank-accounts/get-bank-account
        """
        result: RawResponse[BankAccountConnection] = self._run(
            self._inner.get,
            bank_account_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
