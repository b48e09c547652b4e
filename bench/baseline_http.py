"""Baseline for the small-response bench: the same handler as the bench
plugin, served directly by Python's threading HTTP server (HTTP/1.1 keep-alive).

Usage: baseline_http.py PORT   (prints "ready" once it listens)
"""

import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "plugins", "noop"))

from handler import hello  # noqa: E402


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without this, Nagle's
    # algorithm and delayed ACKs would stall every response by ~40 ms and
    # make the baseline look far slower than Python really is.
    disable_nagle_algorithm = True

    def do_GET(self):
        status, headers, body = hello()
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


def main():
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("ready", flush=True)
    try:
        os.read(0, 1)
    finally:
        os._exit(0)


if __name__ == "__main__":
    main()
