"""Baseline for the hook and streaming benches: a bare grpcio server for the
same Plugin service, with the generated stubs and nothing of the SDK.

Usage: baseline_grpc.py SOCKET_PATH   (prints "ready" once it listens)
"""

import os
import sys
from concurrent import futures

import grpc

from plughost.v1 import plugin_pb2, plugin_pb2_grpc

CHUNK = b"\0" * 65536
OPTIONS = [("grpc.max_receive_message_length", 64 << 20), ("grpc.max_send_message_length", 64 << 20)]


class Bare(plugin_pb2_grpc.PluginServicer):
    def MessageHasBeenPosted(self, request, context):
        return plugin_pb2.MessageHasBeenPostedResponse()

    def ServeHTTP(self, request_iterator, context):
        head = next(request_iterator).head
        if head.url.startswith("/download"):
            size = int(head.url.split("=")[1])
            yield plugin_pb2.HTTPResponsePart(head=plugin_pb2.HTTPResponseHead(status_code=200))
            for _ in range(size // len(CHUNK)):
                yield plugin_pb2.HTTPResponsePart(body=CHUNK)
        else:
            total = 0
            for part in request_iterator:
                total += len(part.body)
            yield plugin_pb2.HTTPResponsePart(head=plugin_pb2.HTTPResponseHead(status_code=200))
            yield plugin_pb2.HTTPResponsePart(body=str(total).encode())


def main():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=32), options=OPTIONS)
    plugin_pb2_grpc.add_PluginServicer_to_server(Bare(), server)
    server.add_insecure_port("unix:" + sys.argv[1])
    server.start()
    print("ready", flush=True)
    try:
        os.read(0, 1)  # until the bench closes stdin
    finally:
        os._exit(0)


if __name__ == "__main__":
    main()
