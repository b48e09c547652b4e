"""plughost: write server plugins for plughost in Python.

    from plughost import Plugin, run

    class Hello(Plugin):
        def serve_http(self, context, response, request):
            response.write("Hello from Python")

    if __name__ == "__main__":
        run(Hello)
"""

from .api import API
from .errors import AppError, ClientDisconnected, InvalidArgumentError, NotFoundError, RejectPost
from .http import Headers, Request, RequestBody, ResponseWriter
from .models import (
    Channel,
    ChannelMember,
    Command,
    CommandArgs,
    CommandResponse,
    Context,
    PluginClusterEvent,
    Post,
    Reaction,
    User,
)
from .plugin import Plugin
from .runtime import run

__version__ = "0.1.0"

__all__ = [
    "API",
    "AppError",
    "Channel",
    "ChannelMember",
    "ClientDisconnected",
    "Command",
    "CommandArgs",
    "CommandResponse",
    "Context",
    "Headers",
    "InvalidArgumentError",
    "NotFoundError",
    "Plugin",
    "PluginClusterEvent",
    "Post",
    "Reaction",
    "RejectPost",
    "Request",
    "RequestBody",
    "ResponseWriter",
    "run",
    "User",
]
