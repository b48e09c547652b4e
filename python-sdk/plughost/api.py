"""The client for the host's plugin API, available to a plugin as ``self.api``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

import grpc

from .errors import app_error_from_wire
from .models import Channel, ChannelMember, Command, Post, Reaction, User
from google.protobuf import json_format

from .http import Headers
from .v1 import api_pb2, api_pb2_grpc, common_pb2, plugin_pb2

SECRET_METADATA_KEY = "plughost-secret"
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
_CHANNEL_OPTIONS = [
    ("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
    ("grpc.max_send_message_length", MAX_MESSAGE_BYTES),
]


@dataclass
class PluginHTTPResponse:
    """What another plugin answered to ``API.plugin_http``."""

    status_code: int
    headers: Headers
    body: bytes


def _bytes(value: Union[bytes, bytearray, memoryview, str]) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else bytes(value)


class API:
    """Calls into the host. Every method raises ``AppError`` (or a subclass
    such as ``NotFoundError``) with the host's message when the host refuses.
    """

    def __init__(self, target: str, secret: str, timeout: float = 30.0) -> None:
        self._channel = grpc.insecure_channel(target, options=_CHANNEL_OPTIONS)
        self._stub = api_pb2_grpc.APIStub(self._channel)
        self._metadata = ((SECRET_METADATA_KEY, secret),)
        self._timeout = timeout

    def _call(self, method: str, request: Any) -> Any:
        response = getattr(self._stub, method)(request, metadata=self._metadata, timeout=self._timeout)
        if "error" in type(response).DESCRIPTOR.fields_by_name and response.HasField("error"):
            raise app_error_from_wire(response.error)
        return response

    # Logging: messages appear in the host log tagged with this plugin's id.

    def _log(self, method: str, message: str, fields: Dict[str, Any]) -> None:
        wire_fields = [api_pb2.LogField(key=str(key), value=str(value)) for key, value in fields.items()]
        self._call(method, api_pb2.LogRequest(message=str(message), fields=wire_fields))

    def log_debug(self, message: str, **fields: Any) -> None:
        """Logs at debug level with key-value ``fields``."""
        self._log("LogDebug", message, fields)

    def log_info(self, message: str, **fields: Any) -> None:
        """Logs at info level with key-value ``fields``."""
        self._log("LogInfo", message, fields)

    def log_warn(self, message: str, **fields: Any) -> None:
        """Logs at warning level with key-value ``fields``."""
        self._log("LogWarn", message, fields)

    def log_error(self, message: str, **fields: Any) -> None:
        """Logs at error level with key-value ``fields``."""
        self._log("LogError", message, fields)

    # Key-value store: each plugin has its own namespace.

    def kv_set(self, key: str, value: Union[bytes, str]) -> None:
        """Stores ``value`` under ``key`` (at most 150 characters); ``str`` is stored as UTF-8."""
        self._call("KVSet", api_pb2.KVSetRequest(key=key, value=_bytes(value)))

    def kv_get(self, key: str) -> Optional[bytes]:
        """The value under ``key``, or ``None`` when there is none."""
        response = self._call("KVGet", api_pb2.KVGetRequest(key=key))
        return response.value if response.found else None

    def kv_delete(self, key: str) -> None:
        """Removes ``key``; removing a missing key is not an error."""
        self._call("KVDelete", api_pb2.KVDeleteRequest(key=key))

    def kv_list(self, page: int = 0, per_page: int = 100) -> List[str]:
        """Keys in this plugin's namespace, sorted, ``per_page`` at a time."""
        return list(self._call("KVList", api_pb2.KVListRequest(page=page, per_page=per_page)).keys)

    def kv_set_with_options(
        self,
        key: str,
        value: Optional[Union[bytes, str]],
        atomic: bool = False,
        old_value: Optional[Union[bytes, str]] = None,
        expire_in_seconds: int = 0,
    ) -> bool:
        """Sets ``key`` as Mattermost's ``KVSetWithOptions`` does.

        With ``atomic``, the set happens only if the key now holds
        ``old_value`` (``None``: only if the key does not exist), and the
        result says whether it did. ``old_value`` without ``atomic`` raises
        ``InvalidArgumentError``. A ``value`` of ``None`` deletes the key.
        ``expire_in_seconds`` > 0 makes the key disappear after that long.
        """
        request = api_pb2.KVSetWithOptionsRequest(key=key, atomic=atomic, expire_in_seconds=expire_in_seconds)
        if value is not None:
            request.value = _bytes(value)
        if old_value is not None:
            request.old_value = _bytes(old_value)
        return bool(self._call("KVSetWithOptions", request).success)

    def kv_set_with_expiry(self, key: str, value: Union[bytes, str], expire_in_seconds: int) -> None:
        """Stores ``value`` under ``key`` for ``expire_in_seconds`` seconds."""
        self.kv_set_with_options(key, value, expire_in_seconds=expire_in_seconds)

    def kv_compare_and_set(
        self, key: str, old_value: Optional[Union[bytes, str]], new_value: Optional[Union[bytes, str]]
    ) -> bool:
        """Sets ``key`` to ``new_value`` only if it holds ``old_value`` (``None``: does not exist).

        Atomic against every other caller, in this plugin or another thread.
        Returns whether the value was set.
        """
        return self.kv_set_with_options(key, new_value, atomic=True, old_value=old_value)

    def kv_compare_and_delete(self, key: str, old_value: Union[bytes, str]) -> bool:
        """Deletes ``key`` only if it holds ``old_value``; returns whether it did."""
        request = api_pb2.KVCompareAndDeleteRequest(key=key, old_value=_bytes(old_value))
        return bool(self._call("KVCompareAndDelete", request).success)

    def kv_delete_all(self) -> None:
        """Removes every key of this plugin."""
        self._call("KVDeleteAll", api_pb2.KVDeleteAllRequest())

    # Settings (the manifest's settings_schema).

    def get_plugin_config(self) -> Dict[str, Any]:
        """This plugin's settings: schema defaults overlaid by what was saved."""
        return json_format.MessageToDict(self._call("GetPluginConfig", api_pb2.GetPluginConfigRequest()).config)

    def save_plugin_config(self, config: Dict[str, Any]) -> None:
        """Replaces this plugin's saved settings (validated against settings_schema),
        then ``on_configuration_change`` is called."""
        request = api_pb2.SavePluginConfigRequest()
        request.config.update(config)
        self._call("SavePluginConfig", request)

    # Cluster events.

    def publish_plugin_cluster_event(
        self, event_id: str, data: Union[bytes, str] = b"", send_type: str = "reliable", target_id: str = ""
    ) -> None:
        """Sends an event to this plugin's instances on the cluster's nodes
        (``on_plugin_cluster_event``); on a single host, to this plugin itself."""
        event = common_pb2.PluginClusterEvent(id=event_id, data=_bytes(data))
        request = api_pb2.PublishPluginClusterEventRequest(event=event, send_type=send_type, target_id=target_id)
        self._call("PublishPluginClusterEvent", request)

    def plugin_http(
        self,
        method: str,
        url: str,
        headers: Optional[Dict[str, str]] = None,
        body: Union[bytes, str] = b"",
    ) -> "PluginHTTPResponse":
        """Calls another plugin's ``serve_http``: ``url`` is ``"/{plugin_id}/path?query"``.

        The callee sees this plugin's id in the ``Plughost-Plugin-Id`` header.
        Bodies travel whole, up to 64 MiB.
        """
        request = api_pb2.PluginHTTPRequest(
            method=method,
            url=url,
            headers=[plugin_pb2.HTTPHeader(name=name, values=[value]) for name, value in (headers or {}).items()],
            body=_bytes(body),
        )
        response = self._call("PluginHTTP", request)
        return PluginHTTPResponse(
            status_code=response.status_code,
            headers=Headers((header.name, value) for header in response.headers for value in header.values),
            body=bytes(response.body),
        )

    def get_server_version(self) -> str:
        """The version of the plughost serving this plugin."""
        return str(self._call("GetServerVersion", api_pb2.GetServerVersionRequest()).version)

    # Users and channels.

    def create_user(self, user: User) -> User:
        """Creates a user (``username`` required); ``user_has_been_created`` runs in every plugin."""
        return User._from_wire(self._call("CreateUser", api_pb2.CreateUserRequest(user=user._to_wire())).user)

    def get_user(self, user_id: str) -> User:
        """The user with ``user_id``; ``NotFoundError`` when there is none."""
        return User._from_wire(self._call("GetUser", api_pb2.GetUserRequest(user_id=user_id)).user)

    def get_user_by_username(self, username: str) -> User:
        """The user with ``username``; ``NotFoundError`` when there is none."""
        return User._from_wire(self._call("GetUserByUsername", api_pb2.GetUserByUsernameRequest(username=username)).user)

    def create_channel(self, channel: Channel) -> Channel:
        """Creates a channel (``name`` required); its ``creator_id``, if set, becomes a member."""
        return Channel._from_wire(
            self._call("CreateChannel", api_pb2.CreateChannelRequest(channel=channel._to_wire())).channel
        )

    def get_channel(self, channel_id: str) -> Channel:
        """The channel with ``channel_id``; ``NotFoundError`` when there is none."""
        return Channel._from_wire(self._call("GetChannel", api_pb2.GetChannelRequest(channel_id=channel_id)).channel)

    def add_channel_member(self, channel_id: str, user_id: str) -> ChannelMember:
        """Adds a user to a channel; ``user_has_joined_channel`` runs in every plugin."""
        request = api_pb2.AddChannelMemberRequest(channel_id=channel_id, user_id=user_id)
        return ChannelMember._from_wire(self._call("AddChannelMember", request).member)

    def delete_channel_member(self, channel_id: str, user_id: str) -> None:
        """Removes a user from a channel; ``user_has_left_channel`` runs in every plugin."""
        self._call("DeleteChannelMember", api_pb2.DeleteChannelMemberRequest(channel_id=channel_id, user_id=user_id))

    # Posts.

    def create_post(
        self,
        channel_id: str,
        message: str,
        user_id: str = "",
        root_id: str = "",
        props: Optional[Dict[str, Any]] = None,
    ) -> Post:
        """Creates a post, running every plugin's ``message_will_be_posted`` first."""
        post = Post(channel_id=channel_id, message=message, user_id=user_id, root_id=root_id, props=props or {})
        response = self._call("CreatePost", api_pb2.CreatePostRequest(post=post._to_wire()))
        return Post._from_wire(response.post)

    def get_post(self, post_id: str) -> Post:
        """The post with ``post_id``; raises ``NotFoundError`` when there is none."""
        return Post._from_wire(self._call("GetPost", api_pb2.GetPostRequest(post_id=post_id)).post)

    def update_post(self, post: Post) -> Post:
        """Saves an edit of ``post`` (found by ``post.id``: its ``message`` and ``props``);
        ``message_will_be_updated`` runs in every plugin first."""
        return Post._from_wire(self._call("UpdatePost", api_pb2.UpdatePostRequest(post=post._to_wire())).post)

    def delete_post(self, post_id: str) -> None:
        """Deletes a post; ``message_has_been_deleted`` runs in every plugin."""
        self._call("DeletePost", api_pb2.DeletePostRequest(post_id=post_id))

    def get_posts_for_channel(self, channel_id: str, page: int = 0, per_page: int = 60) -> List[Post]:
        """A channel's posts, newest first."""
        request = api_pb2.GetPostsForChannelRequest(channel_id=channel_id, page=page, per_page=per_page)
        return [Post._from_wire(post) for post in self._call("GetPostsForChannel", request).posts]

    # Slash commands.

    def register_command(self, command: Command) -> None:
        """Registers ``/trigger`` for this plugin's ``execute_command`` (updates it if it is already ours)."""
        self._call("RegisterCommand", api_pb2.RegisterCommandRequest(command=command._to_wire()))

    def unregister_command(self, trigger: str) -> None:
        """Removes this plugin's ``/trigger``."""
        self._call("UnregisterCommand", api_pb2.UnregisterCommandRequest(trigger=trigger))

    # Reactions.

    def add_reaction(self, reaction: Reaction) -> Reaction:
        """Adds a reaction (a repeat is a no-op); ``reaction_has_been_added`` runs in every plugin."""
        request = api_pb2.AddReactionRequest(reaction=reaction._to_wire())
        return Reaction._from_wire(self._call("AddReaction", request).reaction)

    def remove_reaction(self, reaction: Reaction) -> None:
        """Removes a reaction; ``reaction_has_been_removed`` runs in every plugin."""
        self._call("RemoveReaction", api_pb2.RemoveReactionRequest(reaction=reaction._to_wire()))

    def get_reactions(self, post_id: str) -> List[Reaction]:
        """The reactions to a post, oldest first."""
        response = self._call("GetReactions", api_pb2.GetReactionsRequest(post_id=post_id))
        return [Reaction._from_wire(reaction) for reaction in response.reactions]

    def close(self) -> None:
        """Closes the connection to the host."""
        self._channel.close()
