"""``run()``: starts a plugin under plughost (the plugin side of the process protocol)."""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from concurrent import futures
from typing import Type, Union

import grpc

from ._logging import HostLogHandler
from ._server import PluginServicer, SecretInterceptor
from .api import API, _CHANNEL_OPTIONS
from .plugin import Plugin
from .v1 import plugin_pb2_grpc

MAGIC_COOKIE_KEY = "PLUGHOST_MAGIC_COOKIE"
MAGIC_COOKIE_VALUE = "7c1f4b2e9a6d48e3b05f2c8d91a7e6f4"
CORE_PROTOCOL_VERSION = 1
APP_PROTOCOL_VERSION = 1

NOT_UNDER_PLUGHOST = """\
This is a plughost plugin. It is not meant to be run directly: plughost
starts it. Put its directory in your plugins directory and run

    plughost serve --plugins DIR
"""


def _exit_now(code: int = 0) -> None:
    # Never a graceful server stop: the host closes the connection itself
    # before it stops a plugin, and a plugin must not close it first.
    logging.shutdown()
    sys.stderr.flush()
    os._exit(code)


def _watch_parent() -> None:
    """Exits when the host goes away, however it went (even SIGKILL)."""
    parent = os.getppid()

    def stdin_closed() -> None:
        try:
            while os.read(0, 65536):
                pass
        except OSError:
            pass
        _exit_now(0)

    def parent_changed() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                _exit_now(0)

    threading.Thread(target=stdin_closed, name="plughost-stdin", daemon=True).start()
    threading.Thread(target=parent_changed, name="plughost-parent", daemon=True).start()


def run(plugin: Union[Plugin, Type[Plugin]], max_workers: int = 32) -> None:
    """Serves ``plugin`` to the plughost that started this process; never returns.

    Pass the ``Plugin`` subclass (or an instance). Run outside plughost, it
    prints how to start the plugin and exits with status 1.
    """
    if os.environ.get(MAGIC_COOKIE_KEY) != MAGIC_COOKIE_VALUE:
        sys.stderr.write(NOT_UNDER_PLUGHOST)
        sys.exit(1)

    # The handshake goes to the original stdout; everything printed afterwards,
    # by Python or by C code, lands on stderr, which the host logs.
    handshake = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    sys.stdout = sys.stderr

    instance = plugin() if isinstance(plugin, type) else plugin
    api = API(os.environ["PLUGHOST_API_TARGET"], os.environ["PLUGHOST_API_SECRET"])
    instance.api = api
    root = logging.getLogger()
    root.addHandler(HostLogHandler(api))
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)

    socket_path = os.environ["PLUGHOST_PLUGIN_SOCKET"]
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="plughost"),
        interceptors=[SecretInterceptor(os.environ["PLUGHOST_API_SECRET"])],
        options=_CHANNEL_OPTIONS,
    )
    deactivated = threading.Event()
    plugin_pb2_grpc.add_PluginServicer_to_server(PluginServicer(instance, deactivated.set, max_workers), server)
    if server.add_insecure_port("unix:" + socket_path) == 0:
        sys.stderr.write("plughost: cannot listen on %s\n" % socket_path)
        sys.exit(1)
    server.start()

    signal.signal(signal.SIGTERM, lambda signum, frame: _exit_now(0))
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent()

    handshake.write("%d|%d|unix|%s|grpc\n" % (CORE_PROTOCOL_VERSION, APP_PROTOCOL_VERSION, socket_path))
    handshake.flush()
    handshake.close()

    while True:
        time.sleep(3600)
