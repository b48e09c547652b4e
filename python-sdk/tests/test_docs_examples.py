"""Runs every Python example of docs/python-plugins.md: each block executes,
and every hook its plugins override is called with sample arguments against a
stand-in API, so the guide's examples keep working."""

import os
import re
import textwrap
import unittest

import plughost
from plughost import (
    AppError,
    Channel,
    ChannelMember,
    CommandArgs,
    Context,
    Headers,
    PluginClusterEvent,
    Post,
    Reaction,
    RejectPost,
    Request,
    RequestBody,
    ResponseWriter,
    User,
)

GUIDE = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "python-plugins.md")


class StandInAPI:
    """Answers every API call with a plausible value and records the calls."""

    def __init__(self):
        self.calls = []
        self.kv = {}

    def __getattr__(self, name):
        def call(*args, **kwargs):
            self.calls.append(name)
            if name == "kv_get":
                return self.kv.get(args[0])
            if name == "kv_set":
                self.kv[args[0]] = args[1].encode() if isinstance(args[1], str) else args[1]
            if name == "kv_compare_and_set":
                self.kv[args[0]] = args[2].encode() if isinstance(args[2], str) else args[2]
                return True
            if name == "get_plugin_config":
                return {"greeting": "hi", "api_key": "k", "level": "low"}
            if name == "get_channel":
                return Channel(id=args[0], name="town", display_name="Town")
            return None

        return call


def sample_request(path="/hello", body=b""):
    return Request("GET", path, Headers(), RequestBody(iter([body])))


SAMPLES = {
    "on_activate": lambda: (),
    "on_deactivate": lambda: (),
    "on_configuration_change": lambda: (),
    "on_install": lambda: (Context(), "u1"),
    "on_plugin_cluster_event": lambda: (Context(), PluginClusterEvent(id="reset", data=b"")),
    "message_will_be_posted": lambda: (Context(), Post(channel_id="c", message="hello :) password")),
    "message_has_been_posted": lambda: (Context(), Post(id="p", channel_id="c", message="hi")),
    "message_will_be_updated": lambda: (Context(), Post(message="rude"), Post(message="ok")),
    "message_has_been_updated": lambda: (Context(), Post(message="new"), Post(message="old")),
    "message_has_been_deleted": lambda: (Context(), Post(id="p")),
    "reaction_has_been_added": lambda: (Context(), Reaction(user_id="u", post_id="p", emoji_name="smile")),
    "reaction_has_been_removed": lambda: (Context(), Reaction(user_id="u", post_id="p", emoji_name="smile")),
    "user_has_been_created": lambda: (Context(), User(id="u", username="ann")),
    "channel_has_been_created": lambda: (Context(), Channel(id="c", name="town")),
    "user_has_joined_channel": lambda: (Context(), ChannelMember(channel_id="c", user_id="u"), None),
    "user_has_left_channel": lambda: (Context(), ChannelMember(channel_id="c", user_id="u"), None),
    "execute_command": lambda: (Context(), CommandArgs(command="/weather oslo", user_id="u", channel_id="c")),
}


def examples():
    with open(GUIDE, encoding="utf-8") as guide:
        return [textwrap.dedent(block) for block in re.findall(r"```python\n(.*?)```", guide.read(), flags=re.S)]


class DocsExamplesTest(unittest.TestCase):
    def test_the_guide_has_examples(self):
        self.assertGreaterEqual(len(examples()), 8)

    def test_every_example_runs_and_its_hooks_answer(self):
        hooks_called = 0
        for index, source in enumerate(examples()):
            with self.subTest(example=index, first_line=source.splitlines()[0]):
                namespace = {"__name__": "docs_example"}
                exec(compile(source, "docs example %d" % index, "exec"), namespace)
                plugins = [
                    value
                    for value in namespace.values()
                    if isinstance(value, type) and issubclass(value, plughost.Plugin) and value is not plughost.Plugin
                ]
                for plugin_class in plugins:
                    plugin = plugin_class()
                    plugin.api = StandInAPI()
                    self.assertTrue(plugin.implemented_hooks(), plugin_class.__name__)
                    for method_name, wire_name in plughost.plugin.HOOKS.items():
                        if wire_name not in plugin.implemented_hooks():
                            continue
                        if method_name == "serve_http":
                            sent = []
                            response = ResponseWriter(sent.append)
                            plugin.serve_http(Context(), response, sample_request())
                            response._finish()
                            self.assertTrue(sent, "%s.serve_http answered" % plugin_class.__name__)
                            hooks_called += 1
                            continue
                        try:
                            getattr(plugin, method_name)(*SAMPLES[method_name]())
                        except (RejectPost, AppError, ValueError):
                            pass  # examples show how to refuse; refusing is answering
                        hooks_called += 1
        self.assertGreaterEqual(hooks_called, 10, "the examples' hooks were called")


if __name__ == "__main__":
    unittest.main()
