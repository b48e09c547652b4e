"""Exceptions a plugin raises or sees."""

from __future__ import annotations


class AppError(Exception):
    """An error with a stable ``id`` and an HTTP-style ``status_code``.

    The host's API raises it (or a subclass) when a call is refused; a hook
    may raise it to report a failure with a message of its own.
    """

    def __init__(self, message: str, id: str = "app_error", status_code: int = 500, detailed_error: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.id = id
        self.status_code = status_code
        self.detailed_error = detailed_error


class NotFoundError(AppError):
    """The thing asked for does not exist."""


class InvalidArgumentError(AppError):
    """An argument was rejected; the message names which and why."""


class RejectPost(Exception):
    """Raise from ``message_will_be_posted`` to reject the post with ``reason``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ClientDisconnected(Exception):
    """The HTTP client went away; raised by ``ResponseWriter.write`` and body reads."""


def app_error_from_wire(error) -> AppError:  # type: ignore[no-untyped-def]
    """Builds the exception matching a wire ``AppError``."""
    cls = {
        "not_found": NotFoundError,
        "invalid_argument": InvalidArgumentError,
        "invalid_config": InvalidArgumentError,
    }.get(error.id, AppError)
    return cls(error.message, id=error.id, status_code=error.status_code, detailed_error=error.detailed_error)
