"""Mount a WSGI application (Flask, Django, plain wsgiref apps) as a plugin's HTTP handler.

    from plughost import Plugin
    from plughost.wsgi import WSGIAdapter

    class MyPlugin(Plugin):
        serve_http = WSGIAdapter(flask_app)
"""

from __future__ import annotations

import os
import sys
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple
from urllib.parse import unquote

from .http import Request, ResponseWriter
from .models import Context

WSGIApp = Callable[[Dict[str, Any], Callable[..., Callable[[bytes], None]]], Iterable[bytes]]


class WSGIAdapter:
    """Serves requests through a WSGI app; use it as a plugin's ``serve_http``.

    ``SCRIPT_NAME`` is ``/plugins/{id}`` so the app builds correct URLs, and
    ``PATH_INFO`` is the rest of the path. The request body streams into
    ``wsgi.input`` and the app's output streams to the client.
    """

    def __init__(self, app: WSGIApp, script_name: Optional[str] = None) -> None:
        self.app = app
        self.script_name = script_name

    def environ(self, request: Request) -> Dict[str, Any]:
        """The WSGI environ for ``request``."""
        plugin_id = os.environ.get("PLUGHOST_PLUGIN_ID", "")
        host = request.headers.get("Host") or request.host or "localhost"
        server_name, _, server_port = host.partition(":")
        environ: Dict[str, Any] = {
            "REQUEST_METHOD": request.method,
            "SCRIPT_NAME": self.script_name if self.script_name is not None else "/plugins/" + plugin_id,
            "PATH_INFO": unquote(request.path),
            "QUERY_STRING": request.query_string,
            "SERVER_NAME": server_name,
            "SERVER_PORT": server_port or "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": request.remote_addr.rsplit(":", 1)[0],
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": "http",
            "wsgi.input": request.body,
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": True,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
        }
        for name, value in request.headers.items():
            key = name.upper().replace("-", "_")
            if key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
                environ[key] = value
                continue
            key = "HTTP_" + key
            environ[key] = environ[key] + "," + value if key in environ else value
        return environ

    def __call__(self, context: Context, response: ResponseWriter, request: Request) -> None:
        def start_response(status: str, headers: List[Tuple[str, str]], exc_info: Any = None) -> Callable[[bytes], None]:
            if exc_info is not None and response.head_sent:
                raise exc_info[1].with_traceback(exc_info[2])
            response.status_code = int(status.split(" ", 1)[0])
            response.headers.pop("Content-Type")
            for name, value in headers:
                response.headers.add(name, value)
            return response.write

        result = self.app(self.environ(request), start_response)
        try:
            for chunk in result:
                if chunk:
                    response.write(chunk)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
