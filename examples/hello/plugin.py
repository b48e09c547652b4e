"""An example plughost plugin: a hook, the KV store and HTTP routes.

- every post that contains a word from the block list is rejected;
- every saved post is counted in the plugin's KV store;
- GET  /plugins/com.example.hello/hello  greets and shows the count;
- POST /plugins/com.example.hello/echo   streams the request body back.
"""

import json
import logging

from plughost import Plugin, RejectPost, run

BLOCKED_WORDS = {"spam"}
log = logging.getLogger(__name__)


class HelloPlugin(Plugin):
    def on_activate(self):
        self.api.log_info("hello plugin activated", blocked=",".join(sorted(BLOCKED_WORDS)))

    def message_will_be_posted(self, context, post):
        if BLOCKED_WORDS & set(post.message.lower().split()):
            raise RejectPost("the message contains a blocked word")
        return None

    def message_has_been_posted(self, context, post):
        count = int(self.api.kv_get("post_count") or b"0") + 1
        self.api.kv_set("post_count", str(count))
        log.info("post %s seen, %d so far", post.id, count)

    def serve_http(self, context, response, request):
        if request.path == "/hello" and request.method == "GET":
            count = int(self.api.kv_get("post_count") or b"0")
            response.headers["Content-Type"] = "application/json"
            response.write(json.dumps({"greeting": "Hello from Python", "posts_seen": count}))
        elif request.path == "/echo" and request.method == "POST":
            response.headers["Content-Type"] = request.headers.get("Content-Type", "application/octet-stream")
            for chunk in request.body.iter_chunks():
                response.write(chunk)
        else:
            response.status_code = 404
            response.write("no such route: %s %s\n" % (request.method, request.path))


if __name__ == "__main__":
    run(HelloPlugin)
