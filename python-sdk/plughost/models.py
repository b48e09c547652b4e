"""Plain data types handed to hooks and returned by the API."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Dict, Optional, Type, TypeVar

from google.protobuf import json_format

from .v1 import common_pb2


@dataclass
class Context:
    """Who and what caused a hook call (Mattermost's ``plugin.Context``)."""

    request_id: str = ""
    session_id: str = ""
    ip_address: str = ""
    accept_language: str = ""
    user_agent: str = ""

    @classmethod
    def _from_wire(cls, message: common_pb2.Context) -> "Context":
        return cls(
            request_id=message.request_id,
            session_id=message.session_id,
            ip_address=message.ip_address,
            accept_language=message.accept_language,
            user_agent=message.user_agent,
        )


@dataclass
class Post:
    """A message in a channel. Times are milliseconds since the Unix epoch."""

    channel_id: str = ""
    message: str = ""
    user_id: str = ""
    root_id: str = ""
    type: str = ""
    props: Dict[str, Any] = field(default_factory=dict)
    id: str = ""
    create_at: int = 0
    update_at: int = 0
    delete_at: int = 0

    @classmethod
    def _from_wire(cls, message: common_pb2.Post) -> "Post":
        return cls(
            id=message.id,
            create_at=message.create_at,
            update_at=message.update_at,
            delete_at=message.delete_at,
            user_id=message.user_id,
            channel_id=message.channel_id,
            root_id=message.root_id,
            message=message.message,
            type=message.type,
            props=json_format.MessageToDict(message.props) if message.props.fields else {},
        )

    def _to_wire(self) -> common_pb2.Post:
        wire = common_pb2.Post(
            id=self.id,
            create_at=self.create_at,
            update_at=self.update_at,
            delete_at=self.delete_at,
            user_id=self.user_id,
            channel_id=self.channel_id,
            root_id=self.root_id,
            message=self.message,
            type=self.type,
        )
        wire.props.update(self.props or {})
        return wire


@dataclass
class PluginClusterEvent:
    """An event between the instances of one plugin across a cluster."""

    id: str = ""
    data: bytes = b""


_T = TypeVar("_T", bound="_Flat")


class _Flat:
    """A dataclass mirroring a flat wire message field by field (names are the proto's)."""

    _message: Any = None

    @classmethod
    def _from_wire(cls: Type[_T], message: Any) -> _T:
        return cls(**{item.name: getattr(message, item.name) for item in fields(cls)})  # type: ignore[arg-type, call-arg]

    def _to_wire(self) -> Any:
        return self._message(**{item.name: getattr(self, item.name) for item in fields(self)})  # type: ignore[arg-type]


@dataclass
class User(_Flat):
    """A user. ``id`` and the times are set by the host."""

    _message = common_pb2.User

    username: str = ""
    email: str = ""
    nickname: str = ""
    first_name: str = ""
    last_name: str = ""
    is_bot: bool = False
    id: str = ""
    create_at: int = 0
    update_at: int = 0
    delete_at: int = 0


@dataclass
class Channel(_Flat):
    """A channel; ``type`` is ``"O"`` (open) or ``"P"`` (private)."""

    _message = common_pb2.Channel

    name: str = ""
    display_name: str = ""
    type: str = "O"
    purpose: str = ""
    creator_id: str = ""
    id: str = ""
    create_at: int = 0
    update_at: int = 0
    delete_at: int = 0


@dataclass
class ChannelMember(_Flat):
    """A user's membership of a channel."""

    _message = common_pb2.ChannelMember

    channel_id: str = ""
    user_id: str = ""
    create_at: int = 0


@dataclass
class Reaction(_Flat):
    """An emoji reaction of a user to a post."""

    _message = common_pb2.Reaction

    user_id: str = ""
    post_id: str = ""
    emoji_name: str = ""
    create_at: int = 0


@dataclass
class Command(_Flat):
    """A slash command: ``trigger`` is the word after "/", with autocomplete data."""

    _message = common_pb2.Command

    trigger: str = ""
    display_name: str = ""
    description: str = ""
    auto_complete: bool = False
    auto_complete_desc: str = ""
    auto_complete_hint: str = ""


@dataclass
class CommandArgs(_Flat):
    """What ``execute_command`` is called with: who ran which command line where."""

    _message = common_pb2.CommandArgs

    user_id: str = ""
    channel_id: str = ""
    root_id: str = ""
    command: str = ""


@dataclass
class CommandResponse:
    """The answer to a command: ``ephemeral`` (only the caller sees it) or ``in_channel`` (posted)."""

    text: str = ""
    response_type: str = "ephemeral"
    props: Dict[str, Any] = field(default_factory=dict)

    def _to_wire(self) -> common_pb2.CommandResponse:
        wire = common_pb2.CommandResponse(text=self.text, response_type=self.response_type)
        wire.props.update(self.props or {})
        return wire


def _optional_user(message: Any, field_name: str) -> Optional[User]:
    return User._from_wire(getattr(message, field_name)) if message.HasField(field_name) else None
