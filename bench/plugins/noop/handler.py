"""The one HTTP handler both sides of the ServeHTTP bench run: through plughost and under Python's HTTP server."""

BODY = b"hello from python\n"


def hello():
    """Status, headers and body of the small response."""
    return 200, [("Content-Type", "text/plain"), ("Content-Length", str(len(BODY)))], BODY
