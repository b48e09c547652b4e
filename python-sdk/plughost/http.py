"""HTTP requests and responses for ``Plugin.serve_http``.

Both bodies stream: ``Request.body`` reads the upload as it arrives and
``ResponseWriter.write`` sends each piece as it is written, so neither side
ever holds a whole body in memory.
"""

from __future__ import annotations

import io
import queue
import threading
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Tuple, Union
from urllib.parse import parse_qs, urlsplit

from .errors import ClientDisconnected

CHUNK_SIZE = 64 * 1024


class Headers:
    """Case-insensitive HTTP headers that keep repeated values apart."""

    def __init__(self, items: Iterable[Tuple[str, str]] = ()) -> None:
        self._items: List[Tuple[str, str]] = []
        for name, value in items:
            self.add(name, value)

    def add(self, name: str, value: str) -> None:
        """Adds a value, keeping any the header already has."""
        self._items.append((str(name), str(value)))

    def __setitem__(self, name: str, value: str) -> None:
        self.pop(name)
        self.add(name, value)

    def __getitem__(self, name: str) -> str:
        value = self.get(name)
        if value is None:
            raise KeyError(name)
        return value

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def __iter__(self) -> Iterator[str]:
        return iter([name for name, _ in self._items])

    def __len__(self) -> int:
        return len(self._items)

    def get(self, name: str, default: Optional[str] = None) -> Optional[str]:
        """The first value of ``name``, or ``default``."""
        lower = name.lower()
        for key, value in self._items:
            if key.lower() == lower:
                return value
        return default

    def get_all(self, name: str) -> List[str]:
        """Every value of ``name``, in order."""
        lower = name.lower()
        return [value for key, value in self._items if key.lower() == lower]

    def pop(self, name: str) -> None:
        """Removes every value of ``name``."""
        lower = name.lower()
        self._items = [(key, value) for key, value in self._items if key.lower() != lower]

    def items(self) -> List[Tuple[str, str]]:
        """Every ``(name, value)`` pair, repeated names included."""
        return list(self._items)

    def __repr__(self) -> str:
        return "Headers(%r)" % (self._items,)


class RequestBody(io.RawIOBase):
    """The request body as a read-only binary file; data arrives as it is read."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._buffer = b""
        self._eof = False

    def readable(self) -> bool:
        return True

    def _next_chunk(self) -> bytes:
        try:
            return next(self._chunks)
        except StopIteration:
            self._eof = True
            return b""

    def readinto(self, target) -> int:  # type: ignore[no-untyped-def, override]
        if not self._buffer and not self._eof:
            self._buffer = self._next_chunk()
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        """Reads up to ``size`` bytes, or everything left when ``size`` is -1."""
        if size is None or size < 0:
            parts = [self._buffer]
            self._buffer = b""
            while not self._eof:
                parts.append(self._next_chunk())
            return b"".join(parts)
        while len(self._buffer) < size and not self._eof:
            self._buffer += self._next_chunk()
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def iter_chunks(self) -> Iterator[bytes]:
        """Yields the body in the pieces it arrives in (up to 64 KiB each)."""
        if self._buffer:
            data, self._buffer = self._buffer, b""
            yield data
        while not self._eof:
            chunk = self._next_chunk()
            if chunk:
                yield chunk


class Request:
    """An HTTP request to ``/plugins/{id}/...``.

    ``url`` and ``path`` are relative to the plugin: a request for
    ``/plugins/com.example.demo/hello?x=1`` has ``path == "/hello"``.
    """

    def __init__(
        self,
        method: str,
        url: str,
        headers: Headers,
        body: RequestBody,
        remote_addr: str = "",
        user_id: str = "",
        host: str = "",
    ) -> None:
        self.method = method
        self.url = url
        parts = urlsplit(url)
        self.path = parts.path or "/"
        self.query_string = parts.query
        self.headers = headers
        self.body = body
        self.remote_addr = remote_addr
        self.user_id = user_id
        self.host = host

    @property
    def query(self) -> Dict[str, List[str]]:
        """The query string parsed into lists of values."""
        return parse_qs(self.query_string, keep_blank_values=True)

    def read(self, size: int = -1) -> bytes:
        """Reads from the body; see ``RequestBody.read``."""
        return self.body.read(size)


_DONE = object()


class ResponseWriter:
    """Writes the response: set ``status_code`` and ``headers``, then ``write``.

    The status and headers are sent with the first ``write`` (or when the
    handler returns), after which they can no longer change. Writes block
    while the client is slower than the plugin (backpressure) and raise
    ``ClientDisconnected`` once the client has gone away.
    """

    def __init__(self, send: Callable[[object], None]) -> None:
        self.status_code = 200
        self.headers = Headers()
        self._send = send
        self._head_sent = False

    @property
    def head_sent(self) -> bool:
        """True once the status and headers have gone to the client."""
        return self._head_sent

    def write_header(self, status_code: int) -> None:
        """Sends the status and headers now (Go's ``WriteHeader``)."""
        if self._head_sent:
            return
        if not 200 <= int(status_code) <= 599:
            raise ValueError("status code must be between 200 and 599, got %r" % (status_code,))
        self.status_code = int(status_code)
        self._head_sent = True
        self._send(("head", self.status_code, self.headers.items()))

    def write(self, data: Union[bytes, bytearray, memoryview, str]) -> None:
        """Sends a piece of the body (``str`` is encoded as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not self._head_sent:
            self.write_header(self.status_code)
        view = memoryview(data)
        for offset in range(0, len(view), CHUNK_SIZE):
            self._send(("body", bytes(view[offset : offset + CHUNK_SIZE])))

    def _finish(self) -> None:
        if not self._head_sent:
            self.write_header(self.status_code)
        self._send(_DONE)


class _Channel:
    """A bounded hand-over from the handler thread to the gRPC response stream."""

    def __init__(self, cancelled: threading.Event, capacity: int = 8) -> None:
        self._queue: "queue.Queue[object]" = queue.Queue(maxsize=capacity)
        self._cancelled = cancelled

    def put(self, item: object) -> None:
        while True:
            if self._cancelled.is_set():
                raise ClientDisconnected("the HTTP client disconnected")
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def get(self) -> object:
        return self._queue.get()


DONE = _DONE
