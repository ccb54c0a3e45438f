"""The ``bank_transactions`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.bank_transaction_summary import BankTransactionSummary
    from ...models.error_response import ErrorResponse
    from ...models.list_bank_transactions_transaction_type import (
        ListBankTransactionsTransactionType,
        check_list_bank_transactions_transaction_type,
    )
    from ...models.paginated_bank_transaction_summary_list import PaginatedBankTransactionSummaryList
    from ...models.validation_error_response import ValidationErrorResponse


class PartnerBankTransactionsResource(APIResource):
    """``client.bank_transactions``: business-scoped methods take ``business_id`` first (partner token)."""

    def list(
        self,
        business_id: str | UUID,
        *,
        account_id: str | Unset = UNSET,
        amount_max: int | Unset = UNSET,
        amount_min: int | Unset = UNSET,
        bank_account_connection_id: str | Unset = UNSET,
        categorization_status: builtins.list[str] | Unset = UNSET,
        currency: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        direction: str | Unset = UNSET,
        has_children: bool | Unset = UNSET,
        has_parent: bool | Unset = UNSET,
        is_categorized: bool | Unset = UNSET,
        is_reconciled: bool | Unset = UNSET,
        needs_categorization: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_type: ListBankTransactionsTransactionType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[BankTransactionSummary]:
        """List bank transactions (business-scoped)

        Docs: https://docs.thredfi.com/api-reference/bank-transactions/list-bank-transactions
        """
        from . import list_bank_transactions as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                account_id=self._arg("account_id", account_id, "str"),
                amount_max=self._arg("amount_max", amount_max, "int"),
                amount_min=self._arg("amount_min", amount_min, "int"),
                bank_account_connection_id=self._arg("bank_account_connection_id", bank_account_connection_id, "str"),
                categorization_status=self._arg("categorization_status", categorization_status, "list"),
                currency=self._arg("currency", currency, "str"),
                date_from=self._arg("date_from", date_from, "str"),
                date_to=self._arg("date_to", date_to, "str"),
                direction=self._arg("direction", direction, "str"),
                has_children=self._arg("has_children", has_children, "bool"),
                has_parent=self._arg("has_parent", has_parent, "bool"),
                is_categorized=self._arg("is_categorized", is_categorized, "bool"),
                is_reconciled=self._arg("is_reconciled", is_reconciled, "bool"),
                needs_categorization=self._arg("needs_categorization", needs_categorization, "bool"),
                ordering=self._arg("ordering", ordering, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                search=self._arg("search", search, "str"),
                source=self._arg("source", source, "str"),
                transaction_type=self._arg("transaction_type", transaction_type, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_bank_transactions", page=page, page_size=page_size, extras=extras
        )


class PartnerBankTransactionsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.bank_transactions``: each call returns a ``thredfi.RawResponse``."""

    async def list(
        self,
        business_id: str | UUID,
        *,
        account_id: str | Unset = UNSET,
        amount_max: int | Unset = UNSET,
        amount_min: int | Unset = UNSET,
        bank_account_connection_id: str | Unset = UNSET,
        categorization_status: builtins.list[str] | Unset = UNSET,
        currency: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        direction: str | Unset = UNSET,
        has_children: bool | Unset = UNSET,
        has_parent: bool | Unset = UNSET,
        is_categorized: bool | Unset = UNSET,
        is_reconciled: bool | Unset = UNSET,
        needs_categorization: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_type: ListBankTransactionsTransactionType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBankTransactionSummaryList]:
        """List bank transactions (business-scoped)

        Docs: https://docs.thredfi.com/api-reference/bank-transactions/list-bank-transactions
        """
        from . import list_bank_transactions as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            account_id=self._arg("account_id", account_id, "str"),
            amount_max=self._arg("amount_max", amount_max, "int"),
            amount_min=self._arg("amount_min", amount_min, "int"),
            bank_account_connection_id=self._arg("bank_account_connection_id", bank_account_connection_id, "str"),
            categorization_status=self._arg("categorization_status", categorization_status, "list"),
            currency=self._arg("currency", currency, "str"),
            date_from=self._arg("date_from", date_from, "str"),
            date_to=self._arg("date_to", date_to, "str"),
            direction=self._arg("direction", direction, "str"),
            has_children=self._arg("has_children", has_children, "bool"),
            has_parent=self._arg("has_parent", has_parent, "bool"),
            is_categorized=self._arg("is_categorized", is_categorized, "bool"),
            is_reconciled=self._arg("is_reconciled", is_reconciled, "bool"),
            needs_categorization=self._arg("needs_categorization", needs_categorization, "bool"),
            ordering=self._arg("ordering", ordering, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            search=self._arg("search", search, "str"),
            source=self._arg("source", source, "str"),
            transaction_type=self._arg("transaction_type", transaction_type, "str"),
        )
        result: RawResponse[PaginatedBankTransactionSummaryList] = await self._call(
            _op,
            kwargs,
            operation="list_bank_transactions",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class BankTransactionsResource(APIResource):
    """``client.for_business(id).bank_transactions``: ``business_id`` is bound (business token)."""

    def list(
        self,
        *,
        account_id: str | Unset = UNSET,
        amount_max: int | Unset = UNSET,
        amount_min: int | Unset = UNSET,
        bank_account_connection_id: str | Unset = UNSET,
        categorization_status: builtins.list[str] | Unset = UNSET,
        currency: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        direction: str | Unset = UNSET,
        has_children: bool | Unset = UNSET,
        has_parent: bool | Unset = UNSET,
        is_categorized: bool | Unset = UNSET,
        is_reconciled: bool | Unset = UNSET,
        needs_categorization: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_type: ListBankTransactionsTransactionType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[BankTransactionSummary]:
        """List bank transactions (business-scoped)

        Docs: https://docs.thredfi.com/api-reference/bank-transactions/list-bank-transactions
        """
        from . import list_bank_transactions as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                account_id=self._arg("account_id", account_id, "str"),
                amount_max=self._arg("amount_max", amount_max, "int"),
                amount_min=self._arg("amount_min", amount_min, "int"),
                bank_account_connection_id=self._arg("bank_account_connection_id", bank_account_connection_id, "str"),
                categorization_status=self._arg("categorization_status", categorization_status, "list"),
                currency=self._arg("currency", currency, "str"),
                date_from=self._arg("date_from", date_from, "str"),
                date_to=self._arg("date_to", date_to, "str"),
                direction=self._arg("direction", direction, "str"),
                has_children=self._arg("has_children", has_children, "bool"),
                has_parent=self._arg("has_parent", has_parent, "bool"),
                is_categorized=self._arg("is_categorized", is_categorized, "bool"),
                is_reconciled=self._arg("is_reconciled", is_reconciled, "bool"),
                needs_categorization=self._arg("needs_categorization", needs_categorization, "bool"),
                ordering=self._arg("ordering", ordering, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                search=self._arg("search", search, "str"),
                source=self._arg("source", source, "str"),
                transaction_type=self._arg("transaction_type", transaction_type, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_bank_transactions", page=page, page_size=page_size, extras=extras
        )


class BankTransactionsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.bank_transactions``: each call returns a ``thredfi.RawResponse``."""

    async def list(
        self,
        *,
        account_id: str | Unset = UNSET,
        amount_max: int | Unset = UNSET,
        amount_min: int | Unset = UNSET,
        bank_account_connection_id: str | Unset = UNSET,
        categorization_status: builtins.list[str] | Unset = UNSET,
        currency: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        direction: str | Unset = UNSET,
        has_children: bool | Unset = UNSET,
        has_parent: bool | Unset = UNSET,
        is_categorized: bool | Unset = UNSET,
        is_reconciled: bool | Unset = UNSET,
        needs_categorization: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_type: ListBankTransactionsTransactionType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBankTransactionSummaryList]:
        """List bank transactions (business-scoped)

        Docs: https://docs.thredfi.com/api-reference/bank-transactions/list-bank-transactions
        """
        from . import list_bank_transactions as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            account_id=self._arg("account_id", account_id, "str"),
            amount_max=self._arg("amount_max", amount_max, "int"),
            amount_min=self._arg("amount_min", amount_min, "int"),
            bank_account_connection_id=self._arg("bank_account_connection_id", bank_account_connection_id, "str"),
            categorization_status=self._arg("categorization_status", categorization_status, "list"),
            currency=self._arg("currency", currency, "str"),
            date_from=self._arg("date_from", date_from, "str"),
            date_to=self._arg("date_to", date_to, "str"),
            direction=self._arg("direction", direction, "str"),
            has_children=self._arg("has_children", has_children, "bool"),
            has_parent=self._arg("has_parent", has_parent, "bool"),
            is_categorized=self._arg("is_categorized", is_categorized, "bool"),
            is_reconciled=self._arg("is_reconciled", is_reconciled, "bool"),
            needs_categorization=self._arg("needs_categorization", needs_categorization, "bool"),
            ordering=self._arg("ordering", ordering, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            search=self._arg("search", search, "str"),
            source=self._arg("source", source, "str"),
            transaction_type=self._arg("transaction_type", transaction_type, "str"),
        )
        result: RawResponse[PaginatedBankTransactionSummaryList] = await self._call(
            _op,
            kwargs,
            operation="list_bank_transactions",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class SyncPartnerBankTransactionsResource(SyncResource):
    """``thredfi.Client``'s ``client.bank_transactions`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerBankTransactionsResource

    def list(
        self,
        business_id: str | UUID,
        *,
        account_id: str | Unset = UNSET,
        amount_max: int | Unset = UNSET,
        amount_min: int | Unset = UNSET,
        bank_account_connection_id: str | Unset = UNSET,
        categorization_status: builtins.list[str] | Unset = UNSET,
        currency: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        direction: str | Unset = UNSET,
        has_children: bool | Unset = UNSET,
        has_parent: bool | Unset = UNSET,
        is_categorized: bool | Unset = UNSET,
        is_reconciled: bool | Unset = UNSET,
        needs_categorization: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_type: ListBankTransactionsTransactionType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[BankTransactionSummary]:
        """List bank transactions (business-scoped)

        Docs: https://docs.thredfi.com/api-reference/bank-transactions/list-bank-transactions
        """
        return self._paginator(
            self._inner.list(
                business_id,
                account_id=account_id,
                amount_max=amount_max,
                amount_min=amount_min,
                bank_account_connection_id=bank_account_connection_id,
                categorization_status=categorization_status,
                currency=currency,
                date_from=date_from,
                date_to=date_to,
                direction=direction,
                has_children=has_children,
                has_parent=has_parent,
                is_categorized=is_categorized,
                is_reconciled=is_reconciled,
                needs_categorization=needs_categorization,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                source=source,
                transaction_type=transaction_type,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncPartnerBankTransactionsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.bank_transactions`` (blocking)."""

    _inner: PartnerBankTransactionsResourceWithRawResponse

    def list(
        self,
        business_id: str | UUID,
        *,
        account_id: str | Unset = UNSET,
        amount_max: int | Unset = UNSET,
        amount_min: int | Unset = UNSET,
        bank_account_connection_id: str | Unset = UNSET,
        categorization_status: builtins.list[str] | Unset = UNSET,
        currency: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        direction: str | Unset = UNSET,
        has_children: bool | Unset = UNSET,
        has_parent: bool | Unset = UNSET,
        is_categorized: bool | Unset = UNSET,
        is_reconciled: bool | Unset = UNSET,
        needs_categorization: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_type: ListBankTransactionsTransactionType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBankTransactionSummaryList]:
        """List bank transactions (business-scoped)

        Docs: https://docs.thredfi.com/api-reference/bank-transactions/list-bank-transactions
        """
        result: RawResponse[PaginatedBankTransactionSummaryList] = self._run(
            self._inner.list,
            business_id,
            account_id=account_id,
            amount_max=amount_max,
            amount_min=amount_min,
            bank_account_connection_id=bank_account_connection_id,
            categorization_status=categorization_status,
            currency=currency,
            date_from=date_from,
            date_to=date_to,
            direction=direction,
            has_children=has_children,
            has_parent=has_parent,
            is_categorized=is_categorized,
            is_reconciled=is_reconciled,
            needs_categorization=needs_categorization,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            source=source,
            transaction_type=transaction_type,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncBankTransactionsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).bank_transactions`` (blocking)."""

    _inner: BankTransactionsResource

    def list(
        self,
        *,
        account_id: str | Unset = UNSET,
        amount_max: int | Unset = UNSET,
        amount_min: int | Unset = UNSET,
        bank_account_connection_id: str | Unset = UNSET,
        categorization_status: builtins.list[str] | Unset = UNSET,
        currency: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        direction: str | Unset = UNSET,
        has_children: bool | Unset = UNSET,
        has_parent: bool | Unset = UNSET,
        is_categorized: bool | Unset = UNSET,
        is_reconciled: bool | Unset = UNSET,
        needs_categorization: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_type: ListBankTransactionsTransactionType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[BankTransactionSummary]:
        """List bank transactions (business-scoped)

        Docs: https://docs.thredfi.com/api-reference/bank-transactions/list-bank-transactions
        """
        return self._paginator(
            self._inner.list(
                account_id=account_id,
                amount_max=amount_max,
                amount_min=amount_min,
                bank_account_connection_id=bank_account_connection_id,
                categorization_status=categorization_status,
                currency=currency,
                date_from=date_from,
                date_to=date_to,
                direction=direction,
                has_children=has_children,
                has_parent=has_parent,
                is_categorized=is_categorized,
                is_reconciled=is_reconciled,
                needs_categorization=needs_categorization,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                source=source,
                transaction_type=transaction_type,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncBankTransactionsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.bank_transactions`` (blocking)."""

    _inner: BankTransactionsResourceWithRawResponse

    def list(
        self,
        *,
        account_id: str | Unset = UNSET,
        amount_max: int | Unset = UNSET,
        amount_min: int | Unset = UNSET,
        bank_account_connection_id: str | Unset = UNSET,
        categorization_status: builtins.list[str] | Unset = UNSET,
        currency: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        direction: str | Unset = UNSET,
        has_children: bool | Unset = UNSET,
        has_parent: bool | Unset = UNSET,
        is_categorized: bool | Unset = UNSET,
        is_reconciled: bool | Unset = UNSET,
        needs_categorization: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_type: ListBankTransactionsTransactionType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBankTransactionSummaryList]:
        """List bank transactions (business-scoped)

        Docs: https://docs.thredfi.com/api-reference/bank-transactions/list-bank-transactions
        """
        result: RawResponse[PaginatedBankTransactionSummaryList] = self._run(
            self._inner.list,
            account_id=account_id,
            amount_max=amount_max,
            amount_min=amount_min,
            bank_account_connection_id=bank_account_connection_id,
            categorization_status=categorization_status,
            currency=currency,
            date_from=date_from,
            date_to=date_to,
            direction=direction,
            has_children=has_children,
            has_parent=has_parent,
            is_categorized=is_categorized,
            is_reconciled=is_reconciled,
            needs_categorization=needs_categorization,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            source=source,
            transaction_type=transaction_type,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
