"""The ``thredfi`` logger, and the ``THREDFI_LOG`` switch that prints it to stderr.

As a library the SDK only adds a ``NullHandler``: where its lines go is the application's
choice. ``THREDFI_LOG=debug`` (or ``info``, ``warning``, ``error``) is a shortcut for a quick
look without touching the application's logging setup: at import, one stderr handler at that
level is attached to the ``thredfi`` logger. An unknown value is reported with a
``RuntimeWarning`` and changes nothing.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from collections.abc import Mapping

LOGGER_NAME = "thredfi"
LOG_ENV = "THREDFI_LOG"
LEVELS: Mapping[str, int] = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def parse_log_level(value: str | None) -> int | None:
    """The level ``THREDFI_LOG`` asks for; None when unset or empty; ValueError when unknown."""
    if value is None or not value.strip():
        return None
    level = LEVELS.get(value.strip().lower())
    if level is None:
        valid = ", ".join(LEVELS)
        raise ValueError(f"{LOG_ENV} must be one of {valid}, got {value!r}")
    return level


class StderrHandler(logging.Handler):
    """Writes each record to whatever ``sys.stderr`` is at that moment (test captures included)."""

    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.setFormatter(logging.Formatter(LOG_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:
            self.handleError(record)


def configure_logging(environ: Mapping[str, str] | None = None, logger: logging.Logger | None = None) -> None:
    """Give the logger its ``NullHandler`` and, when ``THREDFI_LOG`` is set, one stderr handler.

    Idempotent: calling it again adds no second handler (a new level replaces the old one).
    """
    env = os.environ if environ is None else environ
    target = logger if logger is not None else logging.getLogger(LOGGER_NAME)
    if not any(isinstance(h, logging.NullHandler) for h in target.handlers):
        target.addHandler(logging.NullHandler())
    try:
        level = parse_log_level(env.get(LOG_ENV))
    except ValueError as exc:
        warnings.warn(f"{exc}; logging left unchanged", RuntimeWarning, stacklevel=2)
        return
    if level is None:
        return
    for handler in [h for h in target.handlers if isinstance(h, StderrHandler)]:
        target.removeHandler(handler)
    target.addHandler(StderrHandler(level))
    target.setLevel(level)
