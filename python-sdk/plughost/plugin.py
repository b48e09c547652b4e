"""The ``Plugin`` base class: override the hooks your plugin needs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, List, Optional

from .http import Request, ResponseWriter
from .models import (
    Channel,
    ChannelMember,
    CommandArgs,
    CommandResponse,
    Context,
    PluginClusterEvent,
    Post,
    Reaction,
    User,
)

if TYPE_CHECKING:  # pragma: no cover
    from .api import API

#: Python method name -> hook name on the wire (Mattermost's names).
HOOKS: Dict[str, str] = {
    "on_activate": "OnActivate",
    "on_deactivate": "OnDeactivate",
    "on_configuration_change": "OnConfigurationChange",
    "on_install": "OnInstall",
    "on_plugin_cluster_event": "OnPluginClusterEvent",
    "message_will_be_posted": "MessageWillBePosted",
    "message_has_been_posted": "MessageHasBeenPosted",
    "message_will_be_updated": "MessageWillBeUpdated",
    "message_has_been_updated": "MessageHasBeenUpdated",
    "message_has_been_deleted": "MessageHasBeenDeleted",
    "reaction_has_been_added": "ReactionHasBeenAdded",
    "reaction_has_been_removed": "ReactionHasBeenRemoved",
    "serve_http": "ServeHTTP",
    "execute_command": "ExecuteCommand",
    "user_has_been_created": "UserHasBeenCreated",
    "channel_has_been_created": "ChannelHasBeenCreated",
    "user_has_joined_channel": "UserHasJoinedChannel",
    "user_has_left_channel": "UserHasLeftChannel",
}


class Plugin:
    """Base class of every plughost plugin.

    Subclass it and override the hooks you need; the host calls only those
    (``implemented_hooks`` tells it which). ``self.api`` talks to the host.
    """

    api: "API"

    def on_activate(self) -> None:
        """Called once the plugin has started. Raise to refuse activation."""

    def on_deactivate(self) -> None:
        """Called before the plugin is stopped, with a few seconds to clean up."""

    def on_configuration_change(self) -> None:
        """Called before ``on_activate`` and after every change of the settings.

        Read them with ``self.api.get_plugin_config()``. Raising before
        activation makes activation fail; later, the error is logged.
        """

    def on_install(self, context: Context, user_id: str) -> None:
        """Called once after the plugin was installed through the admin API and activated."""

    def on_plugin_cluster_event(self, context: Context, event: PluginClusterEvent) -> None:
        """Receives an event published with ``self.api.publish_plugin_cluster_event``."""

    def message_will_be_posted(self, context: Context, post: Post) -> Optional[Post]:
        """Called before a post is saved.

        Return ``None`` to keep the post as it is, a changed ``Post`` to save
        that instead, or raise ``RejectPost("reason")`` to refuse it. A
        ``(post, reason)`` tuple, as Go plugins return, is accepted too.
        """
        return None

    def message_has_been_posted(self, context: Context, post: Post) -> None:
        """Called after a post has been saved."""

    def message_will_be_updated(self, context: Context, new_post: Post, old_post: Post) -> Optional[Post]:
        """Called before an edit of a post is saved; answers as ``message_will_be_posted``."""
        return None

    def message_has_been_updated(self, context: Context, new_post: Post, old_post: Post) -> None:
        """Called after an edit of a post was saved."""

    def message_has_been_deleted(self, context: Context, post: Post) -> None:
        """Called after a post was deleted."""

    def reaction_has_been_added(self, context: Context, reaction: Reaction) -> None:
        """Called after a reaction was added to a post."""

    def reaction_has_been_removed(self, context: Context, reaction: Reaction) -> None:
        """Called after a reaction was removed from a post."""

    def execute_command(self, context: Context, args: CommandArgs) -> CommandResponse:
        """Runs a slash command this plugin registered with ``self.api.register_command``.

        Return a ``CommandResponse``; a plain ``str`` is an ephemeral answer.
        Raise ``AppError`` to answer with an error.
        """
        return CommandResponse(text="")

    def user_has_been_created(self, context: Context, user: User) -> None:
        """Called after a user was created."""

    def channel_has_been_created(self, context: Context, channel: Channel) -> None:
        """Called after a channel was created."""

    def user_has_joined_channel(self, context: Context, member: ChannelMember, actor: Optional[User]) -> None:
        """Called after a user joined a channel; ``actor`` is who added them (``None``: themselves)."""

    def user_has_left_channel(self, context: Context, member: ChannelMember, actor: Optional[User]) -> None:
        """Called after a user left a channel; ``actor`` is who removed them (``None``: themselves)."""

    def serve_http(self, context: Context, response: ResponseWriter, request: Request) -> None:
        """Answers HTTP requests to ``/plugins/{id}/...``.

        Set ``response.status_code`` and ``response.headers``, then
        ``response.write(...)`` the body in as many pieces as you like, or
        return an iterable of ``bytes``/``str`` pieces. Assign a
        ``plughost.wsgi.WSGIAdapter(app)`` to ``serve_http`` to mount a WSGI
        app instead.
        """
        response.status_code = 404
        response.write("Not Found")

    def implemented_hooks(self) -> List[str]:
        """The hooks this plugin overrides, by their wire names."""
        cls = type(self)
        return [wire for name, wire in HOOKS.items() if getattr(cls, name, None) is not getattr(Plugin, name)]
