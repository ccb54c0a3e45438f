"""Refresh the vendored docs pages under ``openapi/fragments/`` from Thredfi's docs site.

Reads the docs index (``<source>/llms.txt``), downloads every operation page
(``<source>/api-reference/<group>/<slug>.md``), checks that each carries an OpenAPI document,
and replaces the docs pages of the fragments folder with them; then bundles the result into
the spec. Our hand-written fragments (``x-thredfi-origin: hand-written``) stay unless the docs
now publish a readable page for the same group/slug. Where a docs page defines a component
differently from a hand-written fragment that stays, the docs page's definition is bundled and
the fragment is listed under "Hand-written fragments to update"; ``--to-update`` prints that
list for the fragments folder as it is (no download), which the refresh workflow adds to its
pull request's body.

All or nothing: the new folder is built and bundled in a temporary directory and swapped in
only when everything downloaded, parsed and bundled; any failure leaves the fragments folder
and the spec exactly as they were.

Usage: ``python scripts/update_spec.py [--source URL] [--fragments DIR] [--output SPEC]``
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import yaml
from bundle_spec import (
    FRAGMENT_SUFFIXES,
    BundleError,
    Superseded,
    bundle_directory,
    extract_yaml,
    parse_fragment,
)
from project import FRAGMENTS, SPEC, count_operations

DEFAULT_SOURCE = "https://docs.thredfi.com"
DEFAULT_TIMEOUT = 30.0
HAND_WRITTEN_MARKER = "hand-written"
_MARKER_LINE = re.compile(r"^x-thredfi-origin:\s*['\"]?hand-written['\"]?\s*$", re.MULTILINE)
_SEGMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_MARKDOWN_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_BARE_URL = re.compile(r"https?://[^\s)<>\]\"'`]+")


class UpdateError(Exception):
    """The update cannot be done; nothing was changed."""


@dataclass(frozen=True)
class Page:
    """One operation page of the docs: its name (``group/slug``), URL and raw bytes."""

    name: str
    url: str
    content: bytes


@dataclass
class Summary:
    """What an update did (or would have done), by fragment name ``group/slug``."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_hand_written: list[str] = field(default_factory=list)
    replaced_hand_written: list[str] = field(default_factory=list)
    # hand-written fragments kept whose definitions a docs page overrode: "<file>: <what>"
    hand_written_to_update: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    listed: int = 0
    spec_written: bool = False

    @property
    def fragments_changed(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.replaced_hand_written)

    def render(self) -> str:
        lines = []
        for label, names in (
            ("added", self.added),
            ("changed", self.changed),
            ("removed", self.removed),
            ("replaced hand-written", self.replaced_hand_written),
            ("kept hand-written", self.kept_hand_written),
            ("unchanged", self.unchanged),
        ):
            lines.append(f"  {label}: {len(names)}" + (f" ({', '.join(names)})" if names else ""))
        lines += [f"  note: {note}" for note in self.notes]
        return "\n".join(lines)

    def to_update_markdown(self) -> str:
        """The pull request's section on hand-written fragments to update ("" if none)."""
        if not self.hand_written_to_update:
            return ""
        lines = [
            HAND_WRITTEN_TO_UPDATE_HEADING,
            "",
            "A docs page now defines these differently; the bundle uses the docs page's definition.",
            "Update each fragment (or replace it with its docs page) so they agree again:",
            "",
        ]
        lines += [f"- {item}" for item in self.hand_written_to_update]
        return "\n".join(lines) + "\n"


HAND_WRITTEN_TO_UPDATE_HEADING = "### Hand-written fragments to update"


CANONICAL_HOST = "docs.thredfi.com"


def normalise_source(source: str) -> str:
    """The docs base URL without a trailing slash; only http(s) URLs with a host are accepted."""
    parts = urlsplit(source)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UpdateError(f"--source must be an http(s) URL, got {source!r}")
    if parts.query or parts.fragment:
        raise UpdateError(f"--source must not carry a query or fragment, got {source!r}")
    return source.rstrip("/")


def operation_pages(index: str, source: str) -> dict[str, str]:
    """Map ``group/slug`` to its ``.md`` URL for every api-reference operation link of the index.

    Links may end in ``.md`` or not. A link counts when it is on the source site, or on
    Thredfi's own docs host (the real index names it, so a mirror serving that index works):
    pages are always fetched from the source. Links elsewhere, outside ``api-reference/`` or
    not exactly ``api-reference/<group>/<slug>`` are ignored. Names are checked to be safe
    file names, since they become paths under the fragments folder.
    """
    base = urlsplit(source + "/")
    prefixes = {(base.scheme, base.netloc): base.path + "api-reference/", ("https", CANONICAL_HOST): "/api-reference/"}
    targets = _MARKDOWN_LINK.findall(index) + _BARE_URL.findall(index)
    pages: dict[str, str] = {}
    for target in targets:
        url = urlsplit(urljoin(source + "/", target))
        prefix = prefixes.get((url.scheme, url.netloc))
        if prefix is None or not url.path.startswith(prefix):
            continue
        segments = url.path[len(prefix) :].split("/")
        if len(segments) != 2:
            continue
        group, slug = segments
        slug = slug.removesuffix(".md")
        if not (_SEGMENT.match(group) and _SEGMENT.match(slug)):
            continue
        name = f"{group}/{slug}"
        pages.setdefault(name, f"{source}/api-reference/{name}.md")
    return dict(sorted(pages.items()))


def fetch(client: httpx.Client, url: str, *, retry_delay: float) -> bytes:
    """GET ``url``; one retry after a 5xx or a network error; anything but 200 is an error."""
    for attempt in (1, 2):
        try:
            response = client.get(url)
        except httpx.TimeoutException as exc:
            error = f"{url}: timed out ({type(exc).__name__})"
        except httpx.HTTPError as exc:
            error = f"{url}: request failed ({type(exc).__name__}: {exc})"
        else:
            if response.status_code == 200:
                return response.content
            error = f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip()
            if response.status_code < 500:
                break
        if attempt == 1 and retry_delay > 0:
            time.sleep(retry_delay)
    raise UpdateError(f"download failed: {error}")


def check_page(page: Page) -> None:
    """Raise UpdateError unless the page carries a readable OpenAPI document."""
    try:
        text = page.content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UpdateError(f"{page.url}: not UTF-8 text ({exc})") from exc
    try:
        parse_fragment(text, page.url)
    except BundleError as exc:
        if extract_yaml(text) is text:
            raise UpdateError(f"{page.url}: no OpenAPI block (a ```yaml fence holding 'openapi: 3.0.x') found") from exc
        raise UpdateError(str(exc)) from exc


def is_ours(path: Path) -> bool:
    """Whether a fragment is ours rather than a saved docs page (which this script manages).

    Ours: marked ``x-thredfi-origin: hand-written``, or not a ``.md`` file (this script only
    ever writes ``.md`` pages), so nothing a person wrote is ever deleted by a refresh.
    """
    if path.suffix != ".md":
        return True
    text = path.read_text(encoding="utf-8")
    try:
        document = yaml.safe_load(extract_yaml(text))
    except yaml.YAMLError:
        return bool(_MARKER_LINE.search(text))
    return isinstance(document, dict) and document.get("x-thredfi-origin") == HAND_WRITTEN_MARKER


def fragment_name(path: Path, root: Path) -> str:
    return path.relative_to(root).with_suffix("").as_posix()


def plan(current: Path, pages: dict[str, Page], staging: Path, parse_failures: dict[str, str]) -> Summary:
    """Fill ``staging`` with the new fragments folder and say what changed against ``current``."""
    summary = Summary()
    existing: dict[str, list[Path]] = {}
    if current.is_dir():
        for path in sorted(current.rglob("*")):
            if not path.is_file():
                continue
            if path.suffix not in FRAGMENT_SUFFIXES:
                # not a fragment (a README, a .gitkeep): carried over untouched
                _copy(path, staging / path.relative_to(current))
                continue
            existing.setdefault(fragment_name(path, current), []).append(path)

    for name in sorted(set(existing) | set(pages) | set(parse_failures)):
        files = existing.get(name, [])
        ours = [path for path in files if is_ours(path)]
        docs = [path for path in files if path not in ours]
        page = pages.get(name)
        if page is not None:
            target = staging / f"{name}.md"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(page.content)
            if ours:
                summary.replaced_hand_written.append(name)
            elif not docs:
                summary.added.append(name)
            elif [p.suffix for p in docs] == [".md"] and docs[0].read_bytes() == page.content:
                summary.unchanged.append(name)
            else:
                summary.changed.append(name)
            continue
        for path in ours:
            _copy(path, staging / path.relative_to(current))
        if ours:
            summary.kept_hand_written.append(name)
            if name in parse_failures:
                summary.notes.append(f"{name}: docs page ignored, ours kept: {parse_failures[name]}")
        if docs:
            summary.removed.append(name)
    return summary


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def _tree(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


@contextmanager
def _cleanup(*paths: Path) -> Iterator[None]:
    try:
        yield
    finally:
        for path in paths:
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            elif path.exists():
                path.unlink()


def swap_in(staging: Path, fragments: Path, output: Path, spec_text: str) -> bool:
    """Move the staged folder into place and write the spec; undo the move if the write fails."""
    fragments_differ = not fragments.is_dir() or _tree(staging) != _tree(fragments)
    spec_bytes = spec_text.encode("utf-8")
    spec_differs = not output.is_file() or output.read_bytes() != spec_bytes
    if not fragments_differ and not spec_differs:
        return False
    tag = f"{os.getpid()}-{time.monotonic_ns()}"
    incoming = fragments.with_name(f".{fragments.name}.new-{tag}")
    outgoing = fragments.with_name(f".{fragments.name}.old-{tag}")
    spec_tmp = output.with_name(f".{output.name}.new-{tag}")
    # ``outgoing`` is not cleaned up on failure: during the swap it is the only copy of the
    # fragments; it is deleted once the new folder and spec are in place
    with _cleanup(incoming, spec_tmp):
        output.parent.mkdir(parents=True, exist_ok=True)
        spec_tmp.write_bytes(spec_bytes)
        if not fragments_differ:
            os.replace(spec_tmp, output)
            return True
        shutil.copytree(staging, incoming)
        had_fragments, moved_in = fragments.is_dir(), False
        try:
            if had_fragments:
                fragments.rename(outgoing)
            incoming.rename(fragments)
            moved_in = True
            os.replace(spec_tmp, output)
        except BaseException:  # interrupted too: put the old folder back
            if moved_in:
                fragments.rename(incoming)
            if had_fragments and outgoing.is_dir():
                outgoing.rename(fragments)
            raise
    shutil.rmtree(outgoing, ignore_errors=True)
    return True


def update_spec(
    source: str = DEFAULT_SOURCE,
    fragments: Path = FRAGMENTS,
    output: Path = SPEC,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    retry_delay: float = 1.0,
) -> Summary:
    """Download the docs, rebuild the fragments folder and spec; raise UpdateError on any failure."""
    source = normalise_source(source)
    index_url = f"{source}/llms.txt"
    with httpx.Client(timeout=timeout, follow_redirects=True) as client:
        try:
            index = fetch(client, index_url, retry_delay=retry_delay).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UpdateError(f"{index_url}: not UTF-8 text ({exc})") from exc
        urls = operation_pages(index, source)
        if not urls:
            raise UpdateError(f"{index_url}: lists no operation pages under {source}/api-reference/<group>/<slug>")
        downloaded = {name: Page(name, url, fetch(client, url, retry_delay=retry_delay)) for name, url in urls.items()}

    pages: dict[str, Page] = {}
    parse_failures: dict[str, str] = {}
    for name, page in downloaded.items():
        try:
            check_page(page)
        except UpdateError as exc:
            ours = [p for p in fragments.glob(f"{name}.*") if p.suffix in FRAGMENT_SUFFIXES and is_ours(p)]
            if not ours:
                raise
            parse_failures[name] = str(exc)
        else:
            pages[name] = page

    with tempfile.TemporaryDirectory(prefix="thredfi-update-spec-") as tmp:
        staging = Path(tmp) / "fragments"
        staging.mkdir()
        summary = plan(fragments, pages, staging, parse_failures)
        summary.listed = len(urls)
        superseded: list[Superseded] = []
        try:
            spec_text = bundle_directory(staging, superseded)
        except BundleError as exc:
            message = str(exc).replace(staging.as_posix(), fragments.as_posix())
            raise UpdateError(f"the refreshed fragments do not bundle: {message}") from exc
        summary.hand_written_to_update = describe_superseded(superseded, staging)
        try:
            summary.spec_written = swap_in(staging, fragments, output, spec_text)
        except OSError as exc:
            raise UpdateError(f"could not move the refreshed fragments into {fragments}: {exc}") from exc
    return summary


def describe_superseded(superseded: list[Superseded], root: Path) -> list[str]:
    """One line per hand-written definition a docs page overrode, paths relative to ``root``."""
    return sorted(
        f"`{_relative(item.fragment, root)}`: {item.item} differs from "
        f"`{_relative(item.docs_page, root)}` at {item.keys}"
        for item in superseded
    )


def to_update(fragments: Path) -> str:
    """The "Hand-written fragments to update" section for ``fragments`` as it is ("" if none)."""
    superseded: list[Superseded] = []
    try:
        bundle_directory(fragments, superseded)
    except BundleError as exc:
        raise UpdateError(f"{fragments} does not bundle: {exc}") from exc
    return Summary(hand_written_to_update=describe_superseded(superseded, fragments)).to_update_markdown()


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--source", default=DEFAULT_SOURCE, help=f"docs site base URL (default {DEFAULT_SOURCE})")
    parser.add_argument("--fragments", type=Path, default=FRAGMENTS, help="fragments folder to refresh")
    parser.add_argument("--output", type=Path, default=SPEC, help="bundled spec to write")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per HTTP request")
    parser.add_argument(
        "--to-update",
        action="store_true",
        help="only print the hand-written fragments a docs page overrides (markdown, for the pull request)",
    )
    args = parser.parse_args(argv)
    if args.to_update:
        try:
            section = to_update(args.fragments)
        except UpdateError as exc:
            print(f"update_spec: error: {exc}", file=sys.stderr)
            return 1
        print(section, end="")
        return 0
    try:
        summary = update_spec(args.source, args.fragments, args.output, timeout=args.timeout)
    except UpdateError as exc:
        print(f"update_spec: error: {exc}", file=sys.stderr)
        print(f"update_spec: nothing changed in {args.fragments} or {args.output}", file=sys.stderr)
        return 1
    print(f"update_spec: {summary.listed} operation pages listed in {args.source.rstrip('/')}/llms.txt")
    print(summary.render())
    if summary.spec_written:
        count = count_operations(yaml.safe_load(args.output.read_text(encoding="utf-8")))
        print(f"update_spec: wrote {args.fragments} and {args.output} ({count} operations)")
    else:
        print(f"update_spec: {args.fragments} and {args.output} are up to date")
    if summary.hand_written_to_update:
        print(f"update_spec: {len(summary.hand_written_to_update)} hand-written definitions to update")
        print()
        print(summary.to_update_markdown(), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
