import unittest

from plughost import Context, Headers, Request, RequestBody, ResponseWriter
from plughost.http import DONE
from plughost.wsgi import WSGIAdapter


def make_request(method="GET", url="/", headers=(), body=b""):
    return Request(method, url, Headers(headers), RequestBody(iter([body])), remote_addr="127.0.0.1:5555", host="h:8065")


class WSGIAdapterTest(unittest.TestCase):
    def test_environ_follows_pep_3333(self):
        adapter = WSGIAdapter(lambda environ, start_response: [], script_name="/plugins/p")
        request = make_request(
            "POST",
            "/a%20b/c?x=1&y=2",
            [("Content-Type", "text/plain"), ("Content-Length", "4"), ("X-Thing", "1"), ("X-Thing", "2")],
        )
        environ = adapter.environ(request)
        self.assertEqual(environ["SCRIPT_NAME"], "/plugins/p")
        self.assertEqual(environ["PATH_INFO"], "/a b/c")
        self.assertEqual(environ["QUERY_STRING"], "x=1&y=2")
        self.assertEqual(environ["CONTENT_TYPE"], "text/plain")
        self.assertEqual(environ["CONTENT_LENGTH"], "4")
        self.assertEqual(environ["HTTP_X_THING"], "1,2")
        self.assertEqual(environ["REMOTE_ADDR"], "127.0.0.1")
        self.assertEqual((environ["SERVER_NAME"], environ["SERVER_PORT"]), ("h", "8065"))

    def test_status_headers_and_body_stream_to_the_writer(self):
        closed = []

        class Result:
            def __iter__(self):
                return iter([b"one", b"", b"two"])

            def close(self):
                closed.append(True)

        def app(environ, start_response):
            write = start_response("418 I'm a teapot", [("X-App", "1")])
            write(b"early ")
            return Result()

        sent = []
        response = ResponseWriter(sent.append)
        WSGIAdapter(app, script_name="")(Context(), response, make_request())
        response._finish()
        self.assertEqual(sent[0], ("head", 418, [("X-App", "1")]))
        self.assertEqual([item[1] for item in sent[1:-1]], [b"early ", b"one", b"two"])
        self.assertIs(sent[-1], DONE)
        self.assertEqual(closed, [True])


if __name__ == "__main__":
    unittest.main()
