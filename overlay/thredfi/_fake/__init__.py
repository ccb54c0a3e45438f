"""The in-memory Thredfi behind ``thredfi.testing`` (``FakeThredfi``), read from the generated package.

* ``_operations``: each operation of the route table, its kind, body and response models;
* ``_schema``: the models' fields, values that fit them, request bodies checked;
* ``_server``: ``FakeThredfi`` (state, tokens, faults) and the table of ``docs/testing.md``;
* ``_guard``: ``no_real_calls`` (a Thredfi host name refused before any DNS lookup).
"""

from ._guard import RealThredfiCallError, no_real_calls
from ._operations import resolve
from ._server import FakeThredfi, semantics_table

__all__ = ["FakeThredfi", "RealThredfiCallError", "no_real_calls", "resolve", "semantics_table"]
