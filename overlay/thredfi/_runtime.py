"""The generated package's one door into the SDK: what ``thredfi_api`` (written by the templates in
openapi/templates/) may use of ``thredfi``. Nothing else of the overlay is imported by generated
code; ``tests/unit/test_layering.py`` holds both sides to it."""

from ._models import ThredfiModel, checking, expect, expect_one_of, extra_fields, field_failed
from ._pagination import AsyncPaginator
from ._resource import APIResource, RawAPIResource, RawResponse
from ._sync import SyncPaginator, SyncResource
from ._uploads import FileContent

__all__ = [
    "APIResource",
    "AsyncPaginator",
    "FileContent",
    "RawAPIResource",
    "RawResponse",
    "SyncPaginator",
    "SyncResource",
    "ThredfiModel",
    "checking",
    "expect",
    "expect_one_of",
    "extra_fields",
    "field_failed",
]
