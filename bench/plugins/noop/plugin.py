"""Bench plugin: a no-op hook and the ServeHTTP routes the bench drives."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from handler import hello  # noqa: E402

from plughost import Plugin, run  # noqa: E402

CHUNK = b"\0" * 65536


class Noop(Plugin):
    def message_has_been_posted(self, context, post):
        pass

    def serve_http(self, context, response, request):
        if request.path == "/hello":
            status, headers, body = hello()
            response.status_code = status
            for name, value in headers:
                response.headers[name] = value
            response.write(body)
        elif request.path == "/download":
            size = int(request.query["size"][0])
            for _ in range(size // len(CHUNK)):
                response.write(CHUNK)
        elif request.path == "/upload":
            total = 0
            for chunk in request.body.iter_chunks():
                total += len(chunk)
            response.write(str(total))


if __name__ == "__main__":
    run(Noop)
