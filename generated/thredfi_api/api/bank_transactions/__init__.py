"""The ``bank_transactions`` resource, and the endpoint functions of its operations (one module each).

Optional arguments default to ``UNSET``: the parameter or field is not sent. Where the spec
allows null, passing ``None`` sends JSON ``null``. Generated from openapi/templates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from thredfi._resource import APIResource, RawAPIResource

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from typing import cast
    from uuid import UUID

    from thredfi import AsyncPaginator, RawResponse

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
    ) -> AsyncPaginator[BankTransactionSummary]:
        """List bank transactions (business-scoped)

        Docs: https://docs.thredfi.com/api-reference/bank-transactions/list-bank-transactions
        """
        from . import list_bank_transactions as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
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
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                search=search,
                source=source,
                transaction_type=transaction_type,
            )

        return self._paginate(_op, kwargs, operation="list_bank_transactions", page=page, page_size=page_size)


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
    ) -> RawResponse[PaginatedBankTransactionSummaryList]:
        """List bank transactions (business-scoped)

        Docs: https://docs.thredfi.com/api-reference/bank-transactions/list-bank-transactions
        """
        from . import list_bank_transactions as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
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
        )
        result: RawResponse[PaginatedBankTransactionSummaryList] = await self._call(
            _op, kwargs, operation="list_bank_transactions", returns="model"
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
    ) -> AsyncPaginator[BankTransactionSummary]:
        """List bank transactions (business-scoped)

        Docs: https://docs.thredfi.com/api-reference/bank-transactions/list-bank-transactions
        """
        from . import list_bank_transactions as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
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
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                search=search,
                source=source,
                transaction_type=transaction_type,
            )

        return self._paginate(_op, kwargs, operation="list_bank_transactions", page=page, page_size=page_size)


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
    ) -> RawResponse[PaginatedBankTransactionSummaryList]:
        """List bank transactions (business-scoped)

        Docs: https://docs.thredfi.com/api-reference/bank-transactions/list-bank-transactions
        """
        from . import list_bank_transactions as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
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
        )
        result: RawResponse[PaginatedBankTransactionSummaryList] = await self._call(
            _op, kwargs, operation="list_bank_transactions", returns="model"
        )
        return result
