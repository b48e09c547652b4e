"""Plain data types handed to hooks and returned by the API."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict

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
