import threading
import unittest

from plughost import ClientDisconnected, Headers, RequestBody, ResponseWriter
from plughost.http import DONE, _Channel


class HeadersTest(unittest.TestCase):
    def test_lookup_is_case_insensitive_and_keeps_repeated_values(self):
        headers = Headers([("Set-Cookie", "a=1"), ("set-cookie", "b=2"), ("X-One", "1")])
        self.assertEqual(headers["SET-COOKIE"], "a=1")
        self.assertEqual(headers.get_all("Set-Cookie"), ["a=1", "b=2"])
        self.assertIn("x-one", headers)
        self.assertIsNone(headers.get("missing"))
        with self.assertRaises(KeyError):
            headers["missing"]

    def test_setting_replaces_every_value(self):
        headers = Headers([("A", "1"), ("a", "2")])
        headers["A"] = "3"
        self.assertEqual(headers.items(), [("A", "3")])


class RequestBodyTest(unittest.TestCase):
    def test_read_in_pieces_across_chunk_boundaries(self):
        body = RequestBody(iter([b"hello ", b"big ", b"world"]))
        self.assertEqual(body.read(3), b"hel")
        self.assertEqual(body.read(7), b"lo big ")
        self.assertEqual(body.read(), b"world")
        self.assertEqual(body.read(), b"")

    def test_iter_chunks_yields_what_arrives(self):
        body = RequestBody(iter([b"a", b"", b"b"]))
        self.assertEqual(list(body.iter_chunks()), [b"a", b"b"])

    def test_readline_works_through_io_base(self):
        body = RequestBody(iter([b"line one\nline", b" two\n"]))
        self.assertEqual(body.readline(), b"line one\n")
        self.assertEqual(body.readline(), b"line two\n")


class ResponseWriterTest(unittest.TestCase):
    def test_head_goes_first_and_once_then_chunks_of_at_most_64k(self):
        sent = []
        writer = ResponseWriter(sent.append)
        writer.status_code = 201
        writer.headers["X-Test"] = "yes"
        writer.write("é")
        writer.write(b"x" * (64 * 1024 + 1))
        writer._finish()
        self.assertEqual(sent[0], ("head", 201, [("X-Test", "yes")]))
        self.assertEqual(sent[1], ("body", "é".encode("utf-8")))
        self.assertEqual([len(item[1]) for item in sent[2:4]], [64 * 1024, 1])
        self.assertIs(sent[4], DONE)

    def test_empty_response_still_sends_its_status(self):
        sent = []
        writer = ResponseWriter(sent.append)
        writer.status_code = 204
        writer._finish()
        self.assertEqual(sent, [("head", 204, []), DONE])

    def test_invalid_status_is_refused(self):
        writer = ResponseWriter(lambda item: None)
        with self.assertRaises(ValueError):
            writer.write_header(99)


class ChannelTest(unittest.TestCase):
    def test_a_full_channel_raises_once_the_client_is_gone(self):
        cancelled = threading.Event()
        channel = _Channel(cancelled, capacity=1)
        channel.put("first")
        threading.Timer(0.05, cancelled.set).start()
        with self.assertRaises(ClientDisconnected):
            channel.put("second")


if __name__ == "__main__":
    unittest.main()
