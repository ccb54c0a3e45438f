"""The ``reports`` resource, and the endpoint functions of its operations (one module each).

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
    from uuid import UUID

    import httpx
    from thredfi._runtime import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.accounts_payable_aging import AccountsPayableAging
    from ...models.accounts_receivable_aging import AccountsReceivableAging
    from ...models.balance_sheet_report import BalanceSheetReport
    from ...models.cash_flow_statement import CashFlowStatement
    from ...models.error_response import ErrorResponse
    from ...models.financial_summary import FinancialSummary
    from ...models.get_ap_aging_group_by import GetApAgingGroupBy, check_get_ap_aging_group_by
    from ...models.get_ar_aging_group_by import GetArAgingGroupBy, check_get_ar_aging_group_by
    from ...models.get_balance_sheet_detail_level import (
        GetBalanceSheetDetailLevel,
        check_get_balance_sheet_detail_level,
    )
    from ...models.get_cash_flow_statement_detail_level import (
        GetCashFlowStatementDetailLevel,
        check_get_cash_flow_statement_detail_level,
    )
    from ...models.get_financial_summary_granularity import (
        GetFinancialSummaryGranularity,
        check_get_financial_summary_granularity,
    )
    from ...models.get_profit_and_loss_detail_level import (
        GetProfitAndLossDetailLevel,
        check_get_profit_and_loss_detail_level,
    )
    from ...models.profit_and_loss_report import ProfitAndLossReport
    from ...models.validation_error_response import ValidationErrorResponse


class PartnerReportsResource(APIResource):
    """``client.reports``: business-scoped methods take ``business_id`` first (partner token)."""

    async def get_ap_aging(
        self,
        business_id: str | UUID,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetApAgingGroupBy | Unset = "vendor",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AccountsPayableAging:
        """Get accounts payable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ap-aging
        """
        from . import get_ap_aging as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            as_of_date=self._arg("as_of_date", as_of_date, "date"),
            group_by=self._arg("group_by", group_by, "str"),
        )
        result: AccountsPayableAging = await self._call(
            _op,
            kwargs,
            operation="get_ap_aging",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_ar_aging(
        self,
        business_id: str | UUID,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetArAgingGroupBy | Unset = "customer",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AccountsReceivableAging:
        """Get accounts receivable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ar-aging
        """
        from . import get_ar_aging as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            as_of_date=self._arg("as_of_date", as_of_date, "date"),
            group_by=self._arg("group_by", group_by, "str"),
        )
        result: AccountsReceivableAging = await self._call(
            _op,
            kwargs,
            operation="get_ar_aging",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_balance_sheet(
        self,
        business_id: str | UUID,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        detail_level: GetBalanceSheetDetailLevel | Unset = "summary",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BalanceSheetReport:
        """Get balance sheet report

        Docs: https://docs.thredfi.com/api-reference/reports/get-balance-sheet

        Not confirmed by the API reference (no docs page shows these names): ``as_of_date``.
        """
        from . import get_balance_sheet as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            as_of_date=self._arg("as_of_date", as_of_date, "date"),
            detail_level=self._arg("detail_level", detail_level, "str"),
        )
        result: BalanceSheetReport = await self._call(
            _op,
            kwargs,
            operation="get_balance_sheet",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_cash_flow_statement(
        self,
        business_id: str | UUID,
        *,
        detail_level: GetCashFlowStatementDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CashFlowStatement:
        """Get cash flow statement

        Docs: https://docs.thredfi.com/api-reference/reports/get-cash-flow-statement

        Not confirmed by the API reference (no docs page shows these names): ``detail_level``, ``end_date``, ``start_date``.
        """
        from . import get_cash_flow_statement as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            detail_level=self._arg("detail_level", detail_level, "str"),
            end_date=self._arg("end_date", end_date, "date"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: CashFlowStatement = await self._call(
            _op,
            kwargs,
            operation="get_cash_flow_statement",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_financial_summary(
        self,
        business_id: str | UUID,
        *,
        end_date: datetime.date | str,
        granularity: GetFinancialSummaryGranularity | Unset = "monthly",
        start_date: datetime.date | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> FinancialSummary:
        """Get financial summary with trends

        Docs: https://docs.thredfi.com/api-reference/reports/get-financial-summary
        """
        from . import get_financial_summary as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            end_date=self._arg("end_date", end_date, "date"),
            granularity=self._arg("granularity", granularity, "str"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: FinancialSummary = await self._call(
            _op,
            kwargs,
            operation="get_financial_summary",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_profit_and_loss(
        self,
        business_id: str | UUID,
        *,
        detail_level: GetProfitAndLossDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ProfitAndLossReport:
        """Get profit and loss report

        Docs: https://docs.thredfi.com/api-reference/reports/get-profit-and-loss
        """
        from . import get_profit_and_loss as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            detail_level=self._arg("detail_level", detail_level, "str"),
            end_date=self._arg("end_date", end_date, "date"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: ProfitAndLossReport = await self._call(
            _op,
            kwargs,
            operation="get_profit_and_loss",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class PartnerReportsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.reports``: each call returns a ``thredfi.RawResponse``."""

    async def get_ap_aging(
        self,
        business_id: str | UUID,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetApAgingGroupBy | Unset = "vendor",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AccountsPayableAging]:
        """Get accounts payable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ap-aging
        """
        from . import get_ap_aging as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            as_of_date=self._arg("as_of_date", as_of_date, "date"),
            group_by=self._arg("group_by", group_by, "str"),
        )
        result: RawResponse[AccountsPayableAging] = await self._call(
            _op,
            kwargs,
            operation="get_ap_aging",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_ar_aging(
        self,
        business_id: str | UUID,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetArAgingGroupBy | Unset = "customer",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AccountsReceivableAging]:
        """Get accounts receivable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ar-aging
        """
        from . import get_ar_aging as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            as_of_date=self._arg("as_of_date", as_of_date, "date"),
            group_by=self._arg("group_by", group_by, "str"),
        )
        result: RawResponse[AccountsReceivableAging] = await self._call(
            _op,
            kwargs,
            operation="get_ar_aging",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_balance_sheet(
        self,
        business_id: str | UUID,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        detail_level: GetBalanceSheetDetailLevel | Unset = "summary",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BalanceSheetReport]:
        """Get balance sheet report

        Docs: https://docs.thredfi.com/api-reference/reports/get-balance-sheet

        Not confirmed by the API reference (no docs page shows these names): ``as_of_date``.
        """
        from . import get_balance_sheet as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            as_of_date=self._arg("as_of_date", as_of_date, "date"),
            detail_level=self._arg("detail_level", detail_level, "str"),
        )
        result: RawResponse[BalanceSheetReport] = await self._call(
            _op,
            kwargs,
            operation="get_balance_sheet",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_cash_flow_statement(
        self,
        business_id: str | UUID,
        *,
        detail_level: GetCashFlowStatementDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CashFlowStatement]:
        """Get cash flow statement

        Docs: https://docs.thredfi.com/api-reference/reports/get-cash-flow-statement

        Not confirmed by the API reference (no docs page shows these names): ``detail_level``, ``end_date``, ``start_date``.
        """
        from . import get_cash_flow_statement as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            detail_level=self._arg("detail_level", detail_level, "str"),
            end_date=self._arg("end_date", end_date, "date"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: RawResponse[CashFlowStatement] = await self._call(
            _op,
            kwargs,
            operation="get_cash_flow_statement",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_financial_summary(
        self,
        business_id: str | UUID,
        *,
        end_date: datetime.date | str,
        granularity: GetFinancialSummaryGranularity | Unset = "monthly",
        start_date: datetime.date | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[FinancialSummary]:
        """Get financial summary with trends

        Docs: https://docs.thredfi.com/api-reference/reports/get-financial-summary
        """
        from . import get_financial_summary as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            end_date=self._arg("end_date", end_date, "date"),
            granularity=self._arg("granularity", granularity, "str"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: RawResponse[FinancialSummary] = await self._call(
            _op,
            kwargs,
            operation="get_financial_summary",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_profit_and_loss(
        self,
        business_id: str | UUID,
        *,
        detail_level: GetProfitAndLossDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[ProfitAndLossReport]:
        """Get profit and loss report

        Docs: https://docs.thredfi.com/api-reference/reports/get-profit-and-loss
        """
        from . import get_profit_and_loss as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            detail_level=self._arg("detail_level", detail_level, "str"),
            end_date=self._arg("end_date", end_date, "date"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: RawResponse[ProfitAndLossReport] = await self._call(
            _op,
            kwargs,
            operation="get_profit_and_loss",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class ReportsResource(APIResource):
    """``client.for_business(id).reports``: ``business_id`` is bound (business token)."""

    async def get_ap_aging(
        self,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetApAgingGroupBy | Unset = "vendor",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AccountsPayableAging:
        """Get accounts payable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ap-aging
        """
        from . import get_ap_aging as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            as_of_date=self._arg("as_of_date", as_of_date, "date"),
            group_by=self._arg("group_by", group_by, "str"),
        )
        result: AccountsPayableAging = await self._call(
            _op,
            kwargs,
            operation="get_ap_aging",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_ar_aging(
        self,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetArAgingGroupBy | Unset = "customer",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AccountsReceivableAging:
        """Get accounts receivable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ar-aging
        """
        from . import get_ar_aging as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            as_of_date=self._arg("as_of_date", as_of_date, "date"),
            group_by=self._arg("group_by", group_by, "str"),
        )
        result: AccountsReceivableAging = await self._call(
            _op,
            kwargs,
            operation="get_ar_aging",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_balance_sheet(
        self,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        detail_level: GetBalanceSheetDetailLevel | Unset = "summary",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BalanceSheetReport:
        """Get balance sheet report

        Docs: https://docs.thredfi.com/api-reference/reports/get-balance-sheet

        Not confirmed by the API reference (no docs page shows these names): ``as_of_date``.
        """
        from . import get_balance_sheet as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            as_of_date=self._arg("as_of_date", as_of_date, "date"),
            detail_level=self._arg("detail_level", detail_level, "str"),
        )
        result: BalanceSheetReport = await self._call(
            _op,
            kwargs,
            operation="get_balance_sheet",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_cash_flow_statement(
        self,
        *,
        detail_level: GetCashFlowStatementDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CashFlowStatement:
        """Get cash flow statement

        Docs: https://docs.thredfi.com/api-reference/reports/get-cash-flow-statement

        Not confirmed by the API reference (no docs page shows these names): ``detail_level``, ``end_date``, ``start_date``.
        """
        from . import get_cash_flow_statement as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            detail_level=self._arg("detail_level", detail_level, "str"),
            end_date=self._arg("end_date", end_date, "date"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: CashFlowStatement = await self._call(
            _op,
            kwargs,
            operation="get_cash_flow_statement",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_financial_summary(
        self,
        *,
        end_date: datetime.date | str,
        granularity: GetFinancialSummaryGranularity | Unset = "monthly",
        start_date: datetime.date | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> FinancialSummary:
        """Get financial summary with trends

        Docs: https://docs.thredfi.com/api-reference/reports/get-financial-summary
        """
        from . import get_financial_summary as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            end_date=self._arg("end_date", end_date, "date"),
            granularity=self._arg("granularity", granularity, "str"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: FinancialSummary = await self._call(
            _op,
            kwargs,
            operation="get_financial_summary",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_profit_and_loss(
        self,
        *,
        detail_level: GetProfitAndLossDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ProfitAndLossReport:
        """Get profit and loss report

        Docs: https://docs.thredfi.com/api-reference/reports/get-profit-and-loss
        """
        from . import get_profit_and_loss as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            detail_level=self._arg("detail_level", detail_level, "str"),
            end_date=self._arg("end_date", end_date, "date"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: ProfitAndLossReport = await self._call(
            _op,
            kwargs,
            operation="get_profit_and_loss",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class ReportsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.reports``: each call returns a ``thredfi.RawResponse``."""

    async def get_ap_aging(
        self,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetApAgingGroupBy | Unset = "vendor",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AccountsPayableAging]:
        """Get accounts payable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ap-aging
        """
        from . import get_ap_aging as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            as_of_date=self._arg("as_of_date", as_of_date, "date"),
            group_by=self._arg("group_by", group_by, "str"),
        )
        result: RawResponse[AccountsPayableAging] = await self._call(
            _op,
            kwargs,
            operation="get_ap_aging",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_ar_aging(
        self,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetArAgingGroupBy | Unset = "customer",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AccountsReceivableAging]:
        """Get accounts receivable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ar-aging
        """
        from . import get_ar_aging as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            as_of_date=self._arg("as_of_date", as_of_date, "date"),
            group_by=self._arg("group_by", group_by, "str"),
        )
        result: RawResponse[AccountsReceivableAging] = await self._call(
            _op,
            kwargs,
            operation="get_ar_aging",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_balance_sheet(
        self,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        detail_level: GetBalanceSheetDetailLevel | Unset = "summary",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BalanceSheetReport]:
        """Get balance sheet report

        Docs: https://docs.thredfi.com/api-reference/reports/get-balance-sheet

        Not confirmed by the API reference (no docs page shows these names): ``as_of_date``.
        """
        from . import get_balance_sheet as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            as_of_date=self._arg("as_of_date", as_of_date, "date"),
            detail_level=self._arg("detail_level", detail_level, "str"),
        )
        result: RawResponse[BalanceSheetReport] = await self._call(
            _op,
            kwargs,
            operation="get_balance_sheet",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_cash_flow_statement(
        self,
        *,
        detail_level: GetCashFlowStatementDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CashFlowStatement]:
        """Get cash flow statement

        Docs: https://docs.thredfi.com/api-reference/reports/get-cash-flow-statement

        Not confirmed by the API reference (no docs page shows these names): ``detail_level``, ``end_date``, ``start_date``.
        """
        from . import get_cash_flow_statement as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            detail_level=self._arg("detail_level", detail_level, "str"),
            end_date=self._arg("end_date", end_date, "date"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: RawResponse[CashFlowStatement] = await self._call(
            _op,
            kwargs,
            operation="get_cash_flow_statement",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_financial_summary(
        self,
        *,
        end_date: datetime.date | str,
        granularity: GetFinancialSummaryGranularity | Unset = "monthly",
        start_date: datetime.date | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[FinancialSummary]:
        """Get financial summary with trends

        Docs: https://docs.thredfi.com/api-reference/reports/get-financial-summary
        """
        from . import get_financial_summary as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            end_date=self._arg("end_date", end_date, "date"),
            granularity=self._arg("granularity", granularity, "str"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: RawResponse[FinancialSummary] = await self._call(
            _op,
            kwargs,
            operation="get_financial_summary",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get_profit_and_loss(
        self,
        *,
        detail_level: GetProfitAndLossDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[ProfitAndLossReport]:
        """Get profit and loss report

        Docs: https://docs.thredfi.com/api-reference/reports/get-profit-and-loss
        """
        from . import get_profit_and_loss as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            detail_level=self._arg("detail_level", detail_level, "str"),
            end_date=self._arg("end_date", end_date, "date"),
            start_date=self._arg("start_date", start_date, "date"),
        )
        result: RawResponse[ProfitAndLossReport] = await self._call(
            _op,
            kwargs,
            operation="get_profit_and_loss",
            returns="one",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class SyncPartnerReportsResource(SyncResource):
    """``thredfi.Client``'s ``client.reports`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerReportsResource

    def get_ap_aging(
        self,
        business_id: str | UUID,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetApAgingGroupBy | Unset = "vendor",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AccountsPayableAging:
        """Get accounts payable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ap-aging
        """
        result: AccountsPayableAging = self._run(
            self._inner.get_ap_aging,
            business_id,
            as_of_date=as_of_date,
            group_by=group_by,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_ar_aging(
        self,
        business_id: str | UUID,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetArAgingGroupBy | Unset = "customer",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AccountsReceivableAging:
        """Get accounts receivable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ar-aging
        """
        result: AccountsReceivableAging = self._run(
            self._inner.get_ar_aging,
            business_id,
            as_of_date=as_of_date,
            group_by=group_by,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_balance_sheet(
        self,
        business_id: str | UUID,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        detail_level: GetBalanceSheetDetailLevel | Unset = "summary",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BalanceSheetReport:
        """Get balance sheet report

        Docs: https://docs.thredfi.com/api-reference/reports/get-balance-sheet

        Not confirmed by the API reference (no docs page shows these names): ``as_of_date``.
        """
        result: BalanceSheetReport = self._run(
            self._inner.get_balance_sheet,
            business_id,
            as_of_date=as_of_date,
            detail_level=detail_level,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_cash_flow_statement(
        self,
        business_id: str | UUID,
        *,
        detail_level: GetCashFlowStatementDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CashFlowStatement:
        """Get cash flow statement

        Docs: https://docs.thredfi.com/api-reference/reports/get-cash-flow-statement

        Not confirmed by the API reference (no docs page shows these names): ``detail_level``, ``end_date``, ``start_date``.
        """
        result: CashFlowStatement = self._run(
            self._inner.get_cash_flow_statement,
            business_id,
            detail_level=detail_level,
            end_date=end_date,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_financial_summary(
        self,
        business_id: str | UUID,
        *,
        end_date: datetime.date | str,
        granularity: GetFinancialSummaryGranularity | Unset = "monthly",
        start_date: datetime.date | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> FinancialSummary:
        """Get financial summary with trends

        Docs: https://docs.thredfi.com/api-reference/reports/get-financial-summary
        """
        result: FinancialSummary = self._run(
            self._inner.get_financial_summary,
            business_id,
            end_date=end_date,
            granularity=granularity,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_profit_and_loss(
        self,
        business_id: str | UUID,
        *,
        detail_level: GetProfitAndLossDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ProfitAndLossReport:
        """Get profit and loss report

        Docs: https://docs.thredfi.com/api-reference/reports/get-profit-and-loss
        """
        result: ProfitAndLossReport = self._run(
            self._inner.get_profit_and_loss,
            business_id,
            detail_level=detail_level,
            end_date=end_date,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncPartnerReportsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.reports`` (blocking)."""

    _inner: PartnerReportsResourceWithRawResponse

    def get_ap_aging(
        self,
        business_id: str | UUID,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetApAgingGroupBy | Unset = "vendor",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AccountsPayableAging]:
        """Get accounts payable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ap-aging
        """
        result: RawResponse[AccountsPayableAging] = self._run(
            self._inner.get_ap_aging,
            business_id,
            as_of_date=as_of_date,
            group_by=group_by,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_ar_aging(
        self,
        business_id: str | UUID,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetArAgingGroupBy | Unset = "customer",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AccountsReceivableAging]:
        """Get accounts receivable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ar-aging
        """
        result: RawResponse[AccountsReceivableAging] = self._run(
            self._inner.get_ar_aging,
            business_id,
            as_of_date=as_of_date,
            group_by=group_by,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_balance_sheet(
        self,
        business_id: str | UUID,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        detail_level: GetBalanceSheetDetailLevel | Unset = "summary",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BalanceSheetReport]:
        """Get balance sheet report

        Docs: https://docs.thredfi.com/api-reference/reports/get-balance-sheet

        Not confirmed by the API reference (no docs page shows these names): ``as_of_date``.
        """
        result: RawResponse[BalanceSheetReport] = self._run(
            self._inner.get_balance_sheet,
            business_id,
            as_of_date=as_of_date,
            detail_level=detail_level,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_cash_flow_statement(
        self,
        business_id: str | UUID,
        *,
        detail_level: GetCashFlowStatementDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CashFlowStatement]:
        """Get cash flow statement

        Docs: https://docs.thredfi.com/api-reference/reports/get-cash-flow-statement

        Not confirmed by the API reference (no docs page shows these names): ``detail_level``, ``end_date``, ``start_date``.
        """
        result: RawResponse[CashFlowStatement] = self._run(
            self._inner.get_cash_flow_statement,
            business_id,
            detail_level=detail_level,
            end_date=end_date,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_financial_summary(
        self,
        business_id: str | UUID,
        *,
        end_date: datetime.date | str,
        granularity: GetFinancialSummaryGranularity | Unset = "monthly",
        start_date: datetime.date | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[FinancialSummary]:
        """Get financial summary with trends

        Docs: https://docs.thredfi.com/api-reference/reports/get-financial-summary
        """
        result: RawResponse[FinancialSummary] = self._run(
            self._inner.get_financial_summary,
            business_id,
            end_date=end_date,
            granularity=granularity,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_profit_and_loss(
        self,
        business_id: str | UUID,
        *,
        detail_level: GetProfitAndLossDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[ProfitAndLossReport]:
        """Get profit and loss report

        Docs: https://docs.thredfi.com/api-reference/reports/get-profit-and-loss
        """
        result: RawResponse[ProfitAndLossReport] = self._run(
            self._inner.get_profit_and_loss,
            business_id,
            detail_level=detail_level,
            end_date=end_date,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncReportsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).reports`` (blocking)."""

    _inner: ReportsResource

    def get_ap_aging(
        self,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetApAgingGroupBy | Unset = "vendor",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AccountsPayableAging:
        """Get accounts payable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ap-aging
        """
        result: AccountsPayableAging = self._run(
            self._inner.get_ap_aging,
            as_of_date=as_of_date,
            group_by=group_by,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_ar_aging(
        self,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetArAgingGroupBy | Unset = "customer",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AccountsReceivableAging:
        """Get accounts receivable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ar-aging
        """
        result: AccountsReceivableAging = self._run(
            self._inner.get_ar_aging,
            as_of_date=as_of_date,
            group_by=group_by,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_balance_sheet(
        self,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        detail_level: GetBalanceSheetDetailLevel | Unset = "summary",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BalanceSheetReport:
        """Get balance sheet report

        Docs: https://docs.thredfi.com/api-reference/reports/get-balance-sheet

        Not confirmed by the API reference (no docs page shows these names): ``as_of_date``.
        """
        result: BalanceSheetReport = self._run(
            self._inner.get_balance_sheet,
            as_of_date=as_of_date,
            detail_level=detail_level,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_cash_flow_statement(
        self,
        *,
        detail_level: GetCashFlowStatementDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CashFlowStatement:
        """Get cash flow statement

        Docs: https://docs.thredfi.com/api-reference/reports/get-cash-flow-statement

        Not confirmed by the API reference (no docs page shows these names): ``detail_level``, ``end_date``, ``start_date``.
        """
        result: CashFlowStatement = self._run(
            self._inner.get_cash_flow_statement,
            detail_level=detail_level,
            end_date=end_date,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_financial_summary(
        self,
        *,
        end_date: datetime.date | str,
        granularity: GetFinancialSummaryGranularity | Unset = "monthly",
        start_date: datetime.date | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> FinancialSummary:
        """Get financial summary with trends

        Docs: https://docs.thredfi.com/api-reference/reports/get-financial-summary
        """
        result: FinancialSummary = self._run(
            self._inner.get_financial_summary,
            end_date=end_date,
            granularity=granularity,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_profit_and_loss(
        self,
        *,
        detail_level: GetProfitAndLossDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ProfitAndLossReport:
        """Get profit and loss report

        Docs: https://docs.thredfi.com/api-reference/reports/get-profit-and-loss
        """
        result: ProfitAndLossReport = self._run(
            self._inner.get_profit_and_loss,
            detail_level=detail_level,
            end_date=end_date,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncReportsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.reports`` (blocking)."""

    _inner: ReportsResourceWithRawResponse

    def get_ap_aging(
        self,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetApAgingGroupBy | Unset = "vendor",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AccountsPayableAging]:
        """Get accounts payable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ap-aging
        """
        result: RawResponse[AccountsPayableAging] = self._run(
            self._inner.get_ap_aging,
            as_of_date=as_of_date,
            group_by=group_by,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_ar_aging(
        self,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        group_by: GetArAgingGroupBy | Unset = "customer",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AccountsReceivableAging]:
        """Get accounts receivable aging

        Docs: https://docs.thredfi.com/api-reference/reports/get-ar-aging
        """
        result: RawResponse[AccountsReceivableAging] = self._run(
            self._inner.get_ar_aging,
            as_of_date=as_of_date,
            group_by=group_by,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_balance_sheet(
        self,
        *,
        as_of_date: datetime.date | str | Unset = UNSET,
        detail_level: GetBalanceSheetDetailLevel | Unset = "summary",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BalanceSheetReport]:
        """Get balance sheet report

        Docs: https://docs.thredfi.com/api-reference/reports/get-balance-sheet

        Not confirmed by the API reference (no docs page shows these names): ``as_of_date``.
        """
        result: RawResponse[BalanceSheetReport] = self._run(
            self._inner.get_balance_sheet,
            as_of_date=as_of_date,
            detail_level=detail_level,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_cash_flow_statement(
        self,
        *,
        detail_level: GetCashFlowStatementDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CashFlowStatement]:
        """Get cash flow statement

        Docs: https://docs.thredfi.com/api-reference/reports/get-cash-flow-statement

        Not confirmed by the API reference (no docs page shows these names): ``detail_level``, ``end_date``, ``start_date``.
        """
        result: RawResponse[CashFlowStatement] = self._run(
            self._inner.get_cash_flow_statement,
            detail_level=detail_level,
            end_date=end_date,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_financial_summary(
        self,
        *,
        end_date: datetime.date | str,
        granularity: GetFinancialSummaryGranularity | Unset = "monthly",
        start_date: datetime.date | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[FinancialSummary]:
        """Get financial summary with trends

        Docs: https://docs.thredfi.com/api-reference/reports/get-financial-summary
        """
        result: RawResponse[FinancialSummary] = self._run(
            self._inner.get_financial_summary,
            end_date=end_date,
            granularity=granularity,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get_profit_and_loss(
        self,
        *,
        detail_level: GetProfitAndLossDetailLevel | Unset = "summary",
        end_date: datetime.date | str | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[ProfitAndLossReport]:
        """Get profit and loss report

        Docs: https://docs.thredfi.com/api-reference/reports/get-profit-and-loss
        """
        result: RawResponse[ProfitAndLossReport] = self._run(
            self._inner.get_profit_and_loss,
            detail_level=detail_level,
            end_date=end_date,
            start_date=start_date,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
