import unittest

from plughost import Plugin, Post, RejectPost
from plughost._server import PluginServicer
from plughost.v1 import common_pb2, plugin_pb2


class Partial(Plugin):
    def on_activate(self):
        pass

    def message_will_be_posted(self, context, post):
        if "bad" in post.message:
            raise RejectPost("no bad words")
        if "old" in post.message:
            return None, "tuple reason"
        if "edit" in post.message:
            post.message = "edited"
            return post
        return None


class ImplementedHooksTest(unittest.TestCase):
    def test_only_overridden_hooks_are_reported(self):
        self.assertEqual(Partial().implemented_hooks(), ["OnActivate", "MessageWillBePosted"])
        self.assertEqual(Plugin().implemented_hooks(), [])


class ServicerTest(unittest.TestCase):
    def call(self, message):
        servicer = PluginServicer(Partial(), lambda: None)
        request = plugin_pb2.MessageWillBePostedRequest(post=common_pb2.Post(message=message))
        return servicer.MessageWillBePosted(request, None)

    def test_none_keeps_the_post(self):
        response = self.call("fine")
        self.assertFalse(response.HasField("post"))
        self.assertEqual(response.rejection_reason, "")

    def test_a_returned_post_replaces_it(self):
        self.assertEqual(self.call("edit me").post.message, "edited")

    def test_reject_post_and_tuples_reject(self):
        self.assertEqual(self.call("bad").rejection_reason, "no bad words")
        self.assertEqual(self.call("old style").rejection_reason, "tuple reason")

    def test_an_exception_becomes_an_app_error(self):
        class Broken(Plugin):
            def on_activate(self):
                raise KeyError("setting")

        response = PluginServicer(Broken(), lambda: None).OnActivate(plugin_pb2.OnActivateRequest(), None)
        self.assertEqual(response.error.id, "plugin_exception")
        self.assertEqual(response.error.message, "KeyError: 'setting'")
        self.assertIn("Traceback", response.error.detailed_error)


class PostTest(unittest.TestCase):
    def test_round_trip_keeps_every_field_and_json_props(self):
        post = Post(
            channel_id="c",
            message="m",
            user_id="u",
            root_id="r",
            type="custom",
            props={"n": 1.5, "list": ["a", True], "nested": {"x": None}},
            id="i",
            create_at=1,
            update_at=2,
            delete_at=3,
        )
        self.assertEqual(Post._from_wire(post._to_wire()), post)


if __name__ == "__main__":
    unittest.main()
