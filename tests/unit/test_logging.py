"""THREDFI_LOG: a stderr handler on the ``thredfi`` logger when asked, a NullHandler otherwise."""

from __future__ import annotations

import logging
import uuid

import pytest
from thredfi._logging import LEVELS, StderrHandler, configure_logging, parse_log_level


@pytest.fixture
def logger() -> logging.Logger:
    """A logger of its own (not in logging's registry), so no test touches the real one."""
    return logging.Logger(f"thredfi-test-{uuid.uuid4()}")


@pytest.mark.parametrize(
    ("value", "level"),
    [
        ("debug", logging.DEBUG),
        ("info", logging.INFO),
        ("warning", logging.WARNING),
        ("error", logging.ERROR),
        ("DEBUG", logging.DEBUG),
        (" Info ", logging.INFO),
        (None, None),
        ("", None),
        ("  ", None),
    ],
)
def test_parse_log_level(value: str | None, level: int | None) -> None:
    assert parse_log_level(value) == level


@pytest.mark.parametrize("value", ["verbose", "10", "trace", "debug,info"])
def test_an_unknown_level_is_a_value_error_naming_the_valid_ones(value: str) -> None:
    with pytest.raises(ValueError, match="THREDFI_LOG must be one of debug, info, warning, error") as caught:
        parse_log_level(value)
    assert repr(value) in str(caught.value)


def test_unset_adds_only_a_null_handler(logger: logging.Logger) -> None:
    configure_logging({}, logger)
    assert [type(h) for h in logger.handlers] == [logging.NullHandler]
    assert logger.level == logging.NOTSET


def test_the_package_logger_has_a_null_handler() -> None:
    import thredfi  # noqa: F401 - importing configures the logger

    assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger("thredfi").handlers)


@pytest.mark.parametrize("value", sorted(LEVELS))
def test_a_level_attaches_one_stderr_handler_at_that_level(value: str, logger: logging.Logger) -> None:
    configure_logging({"THREDFI_LOG": value}, logger)
    handlers = [h for h in logger.handlers if isinstance(h, StderrHandler)]
    assert len(handlers) == 1
    assert handlers[0].level == LEVELS[value]
    assert logger.level == LEVELS[value]


def test_configuring_again_adds_no_second_handler(logger: logging.Logger) -> None:
    configure_logging({"THREDFI_LOG": "debug"}, logger)
    configure_logging({"THREDFI_LOG": "info"}, logger)
    assert [type(h) for h in logger.handlers] == [logging.NullHandler, StderrHandler]
    assert logger.handlers[1].level == logging.INFO


def test_records_at_the_level_reach_stderr_and_lower_ones_do_not(
    logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging({"THREDFI_LOG": "info"}, logger)
    logger.debug("not shown")
    logger.info("retrying %s", "GET /x/")
    err = capsys.readouterr().err
    assert "not shown" not in err
    assert f"INFO {logger.name}: retrying GET /x/" in err


def test_an_unknown_value_warns_and_changes_nothing(logger: logging.Logger) -> None:
    with pytest.warns(RuntimeWarning, match="THREDFI_LOG must be one of debug, info, warning, error, got 'loud'"):
        configure_logging({"THREDFI_LOG": "loud"}, logger)
    assert [type(h) for h in logger.handlers] == [logging.NullHandler]
    assert logger.level == logging.NOTSET
