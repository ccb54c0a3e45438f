"""The API change report: what changed between two versions of the Thredfi API, and whether it
breaks users.

Compares two bundled OpenAPI 3.0 specs operation by operation (keyed by METHOD + path):
operations, parameters (by in + name), request bodies and their fields, success responses and
their fields (``$ref`` resolved, nested objects and array items as dotted paths such as
``results[].vendor.id``), and enums. Each change is BREAKING or not; the rules are in
``docs/api-changes.md``. ``--griffe`` adds griffe's breaking-change findings on the Python
packages ``thredfi_api`` (generated/) and ``thredfi`` (overlay/).

Version rule (``--check-version``): when any change is breaking, the version must move to a new
major (``1.4.2`` -> ``2.0.0``); while the major is 0, a new minor is enough (``0.1.3`` ->
``0.2.0``), as 0.x releases use the minor for breaking changes. Otherwise the check fails.

Run it as ``python scripts/api_changes`` (``make api-changes``); usage and exit codes are in
``cli``. The modules, in the order a run uses them:

- ``changes``: ``Change`` (kind, category, location, detail, breaking) and ``ApiChangesError``;
- ``sources``: a spec from a file or at a git ref, parsed and checked (every ``$ref`` resolves);
- ``schemas``: a schema as flat fields by dotted path (``flatten_schema``);
- ``fields``: two flattened schemas compared (``diff_fields``), requests and responses apart;
- ``operations``: two specs compared operation by operation (``diff_specs``);
- ``python_api``: griffe's breaking changes of the Python packages (``griffe_changes``);
- ``version``: the version rule (``version_problem``);
- ``report``: the markdown report and the changelog entry;
- ``cli``: the command line (``main``); ``__main__`` runs it.
"""

from .changes import ApiChangesError, Change, Direction, Kind, sort_changes
from .cli import main, run
from .fields import diff_fields
from .operations import Operation, diff_specs, operations
from .python_api import griffe_changes, python_changes
from .report import changelog_entry, render_markdown, update_changelog
from .schemas import Field, flatten_schema
from .sources import parse_spec, read_spec_at, read_spec_file
from .version import breaking_bump_ok, read_version, version_problem

__all__ = [
    "ApiChangesError",
    "Change",
    "Direction",
    "Field",
    "Kind",
    "Operation",
    "breaking_bump_ok",
    "changelog_entry",
    "diff_fields",
    "diff_specs",
    "flatten_schema",
    "griffe_changes",
    "main",
    "operations",
    "parse_spec",
    "python_changes",
    "read_spec_at",
    "read_spec_file",
    "read_version",
    "render_markdown",
    "run",
    "sort_changes",
    "update_changelog",
    "version_problem",
]
