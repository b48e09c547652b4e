"""Forwards Python ``logging`` records to the host log."""

from __future__ import annotations

import logging
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .api import API

_LEVELS = (
    (logging.ERROR, "log_error"),
    (logging.WARNING, "log_warn"),
    (logging.INFO, "log_info"),
    (0, "log_debug"),
)


class HostLogHandler(logging.Handler):
    """A ``logging`` handler that sends each record through the plugin API."""

    def __init__(self, api: "API") -> None:
        super().__init__()
        self._api = api
        self._local = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        # A record logged while sending one (e.g. by grpc itself) would recurse.
        if getattr(self._local, "busy", False):
            return
        self._local.busy = True
        try:
            method = next(name for level, name in _LEVELS if record.levelno >= level)
            fields = {"logger": record.name}
            if record.exc_info:
                fields["exception"] = logging.Formatter().formatException(record.exc_info)
            getattr(self._api, method)(record.getMessage(), **fields)
        except Exception:
            sys.stderr.write("plughost: could not forward a log record to the host\n")
        finally:
            self._local.busy = False
