"""The gRPC side of a plugin: turns the host's hook calls into ``Plugin`` method calls."""

from __future__ import annotations

import sys
import threading
import traceback
from concurrent import futures
from typing import Any, Callable, Iterator

import grpc

from .errors import AppError, ClientDisconnected, RejectPost
from .http import DONE, Headers, Request, RequestBody, ResponseWriter, _Channel
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
    _optional_user,
)
from .plugin import Plugin
from .v1 import common_pb2, plugin_pb2, plugin_pb2_grpc

SECRET_METADATA_KEY = "plughost-secret"


def _app_error(error: BaseException) -> common_pb2.AppError:
    if isinstance(error, AppError):
        return common_pb2.AppError(
            id=error.id, message=error.message, status_code=error.status_code, detailed_error=error.detailed_error
        )
    return common_pb2.AppError(
        id="plugin_exception",
        message="%s: %s" % (type(error).__name__, error),
        status_code=500,
        detailed_error=traceback.format_exc(),
    )


def _report(hook: str) -> None:
    sys.stderr.write("plughost: %s raised an exception\n%s" % (hook, traceback.format_exc()))


class SecretInterceptor(grpc.ServerInterceptor):
    """Refuses every call that does not carry this plugin run's secret."""

    def __init__(self, secret: str) -> None:
        self._secret = secret

        def deny(request: Any, context: grpc.ServicerContext) -> None:
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "missing or wrong plughost secret")

        self._deny = grpc.unary_unary_rpc_method_handler(deny)

    def intercept_service(self, continuation: Callable, handler_call_details: Any) -> Any:
        for key, value in handler_call_details.invocation_metadata or ():
            if key == SECRET_METADATA_KEY and value == self._secret:
                return continuation(handler_call_details)
        return self._deny


class PluginServicer(plugin_pb2_grpc.PluginServicer):
    """Dispatches each RPC to the plugin instance."""

    def __init__(self, plugin: Plugin, on_deactivated: Callable[[], None], max_workers: int = 32) -> None:
        self._plugin = plugin
        self._on_deactivated = on_deactivated
        # serve_http handlers run here, beside the gRPC thread that streams
        # their output; a pool saves starting a thread per request.
        self._http_workers = futures.ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="serve_http")

    def Implemented(self, request: Any, context: grpc.ServicerContext) -> plugin_pb2.ImplementedResponse:
        return plugin_pb2.ImplementedResponse(hooks=self._plugin.implemented_hooks())

    def Ping(self, request: Any, context: grpc.ServicerContext) -> plugin_pb2.PingResponse:
        return plugin_pb2.PingResponse()

    def _notify(self, hook: str, response_type: Any, call: Callable[[], Any]) -> Any:
        """Runs a hook whose only answer is success or an error."""
        try:
            call()
        except Exception as error:
            _report(hook)
            return response_type(error=_app_error(error))
        return response_type()

    def OnActivate(self, request: Any, context: grpc.ServicerContext) -> plugin_pb2.OnActivateResponse:
        return self._notify("on_activate", plugin_pb2.OnActivateResponse, self._plugin.on_activate)

    def OnConfigurationChange(
        self, request: Any, context: grpc.ServicerContext
    ) -> plugin_pb2.OnConfigurationChangeResponse:
        return self._notify(
            "on_configuration_change",
            plugin_pb2.OnConfigurationChangeResponse,
            self._plugin.on_configuration_change,
        )

    def OnInstall(self, request: Any, context: grpc.ServicerContext) -> plugin_pb2.OnInstallResponse:
        return self._notify(
            "on_install",
            plugin_pb2.OnInstallResponse,
            lambda: self._plugin.on_install(Context._from_wire(request.context), request.user_id),
        )

    def OnPluginClusterEvent(
        self, request: Any, context: grpc.ServicerContext
    ) -> plugin_pb2.OnPluginClusterEventResponse:
        event = PluginClusterEvent(id=request.event.id, data=bytes(request.event.data))
        return self._notify(
            "on_plugin_cluster_event",
            plugin_pb2.OnPluginClusterEventResponse,
            lambda: self._plugin.on_plugin_cluster_event(Context._from_wire(request.context), event),
        )

    def OnDeactivate(self, request: Any, context: grpc.ServicerContext) -> plugin_pb2.OnDeactivateResponse:
        try:
            return self._notify("on_deactivate", plugin_pb2.OnDeactivateResponse, self._plugin.on_deactivate)
        finally:
            self._on_deactivated()

    def _will(self, hook: str, response_type: Any, call: Callable[[], Any]) -> Any:
        """A "will" hook: the answer is a replacement post, a rejection, or nothing."""
        try:
            result = call()
        except RejectPost as rejection:
            return response_type(rejection_reason=rejection.reason or "rejected")
        except Exception as error:
            _report(hook)
            return response_type(error=_app_error(error))
        reason = ""
        if isinstance(result, tuple):
            result, reason = result
        if reason:
            return response_type(rejection_reason=reason)
        if result is None:
            return response_type()
        return response_type(post=result._to_wire())

    def MessageWillBePosted(self, request: Any, context: grpc.ServicerContext) -> plugin_pb2.MessageWillBePostedResponse:
        return self._will(
            "message_will_be_posted",
            plugin_pb2.MessageWillBePostedResponse,
            lambda: self._plugin.message_will_be_posted(Context._from_wire(request.context), Post._from_wire(request.post)),
        )

    def MessageWillBeUpdated(
        self, request: Any, context: grpc.ServicerContext
    ) -> plugin_pb2.MessageWillBeUpdatedResponse:
        return self._will(
            "message_will_be_updated",
            plugin_pb2.MessageWillBeUpdatedResponse,
            lambda: self._plugin.message_will_be_updated(
                Context._from_wire(request.context),
                Post._from_wire(request.new_post),
                Post._from_wire(request.old_post),
            ),
        )

    def MessageHasBeenUpdated(
        self, request: Any, context: grpc.ServicerContext
    ) -> plugin_pb2.MessageHasBeenUpdatedResponse:
        return self._notify(
            "message_has_been_updated",
            plugin_pb2.MessageHasBeenUpdatedResponse,
            lambda: self._plugin.message_has_been_updated(
                Context._from_wire(request.context),
                Post._from_wire(request.new_post),
                Post._from_wire(request.old_post),
            ),
        )

    def MessageHasBeenDeleted(
        self, request: Any, context: grpc.ServicerContext
    ) -> plugin_pb2.MessageHasBeenDeletedResponse:
        return self._notify(
            "message_has_been_deleted",
            plugin_pb2.MessageHasBeenDeletedResponse,
            lambda: self._plugin.message_has_been_deleted(Context._from_wire(request.context), Post._from_wire(request.post)),
        )

    def ReactionHasBeenAdded(
        self, request: Any, context: grpc.ServicerContext
    ) -> plugin_pb2.ReactionHasBeenAddedResponse:
        return self._notify(
            "reaction_has_been_added",
            plugin_pb2.ReactionHasBeenAddedResponse,
            lambda: self._plugin.reaction_has_been_added(
                Context._from_wire(request.context), Reaction._from_wire(request.reaction)
            ),
        )

    def ReactionHasBeenRemoved(
        self, request: Any, context: grpc.ServicerContext
    ) -> plugin_pb2.ReactionHasBeenRemovedResponse:
        return self._notify(
            "reaction_has_been_removed",
            plugin_pb2.ReactionHasBeenRemovedResponse,
            lambda: self._plugin.reaction_has_been_removed(
                Context._from_wire(request.context), Reaction._from_wire(request.reaction)
            ),
        )

    def MessageHasBeenPosted(self, request: Any, context: grpc.ServicerContext) -> plugin_pb2.MessageHasBeenPostedResponse:
        return self._notify(
            "message_has_been_posted",
            plugin_pb2.MessageHasBeenPostedResponse,
            lambda: self._plugin.message_has_been_posted(
                Context._from_wire(request.context), Post._from_wire(request.post)
            ),
        )

    def ExecuteCommand(self, request: Any, context: grpc.ServicerContext) -> plugin_pb2.ExecuteCommandResponse:
        try:
            answer = self._plugin.execute_command(Context._from_wire(request.context), CommandArgs._from_wire(request.args))
        except Exception as error:
            _report("execute_command")
            return plugin_pb2.ExecuteCommandResponse(error=_app_error(error))
        if isinstance(answer, str):
            answer = CommandResponse(text=answer)
        return plugin_pb2.ExecuteCommandResponse(response=(answer or CommandResponse())._to_wire())

    def UserHasBeenCreated(self, request: Any, context: grpc.ServicerContext) -> plugin_pb2.UserHasBeenCreatedResponse:
        return self._notify(
            "user_has_been_created",
            plugin_pb2.UserHasBeenCreatedResponse,
            lambda: self._plugin.user_has_been_created(Context._from_wire(request.context), User._from_wire(request.user)),
        )

    def ChannelHasBeenCreated(
        self, request: Any, context: grpc.ServicerContext
    ) -> plugin_pb2.ChannelHasBeenCreatedResponse:
        return self._notify(
            "channel_has_been_created",
            plugin_pb2.ChannelHasBeenCreatedResponse,
            lambda: self._plugin.channel_has_been_created(
                Context._from_wire(request.context), Channel._from_wire(request.channel)
            ),
        )

    def UserHasJoinedChannel(
        self, request: Any, context: grpc.ServicerContext
    ) -> plugin_pb2.UserHasJoinedChannelResponse:
        return self._notify(
            "user_has_joined_channel",
            plugin_pb2.UserHasJoinedChannelResponse,
            lambda: self._plugin.user_has_joined_channel(
                Context._from_wire(request.context),
                ChannelMember._from_wire(request.member),
                _optional_user(request, "actor"),
            ),
        )

    def UserHasLeftChannel(self, request: Any, context: grpc.ServicerContext) -> plugin_pb2.UserHasLeftChannelResponse:
        return self._notify(
            "user_has_left_channel",
            plugin_pb2.UserHasLeftChannelResponse,
            lambda: self._plugin.user_has_left_channel(
                Context._from_wire(request.context),
                ChannelMember._from_wire(request.member),
                _optional_user(request, "actor"),
            ),
        )

    def ServeHTTP(self, request_iterator: Iterator[Any], context: grpc.ServicerContext) -> Iterator[Any]:
        cancelled = threading.Event()
        context.add_callback(cancelled.set)
        first = next(request_iterator, None)
        if first is None or first.WhichOneof("part") != "head":
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "ServeHTTP stream must start with the request head")
        head = first.head

        def body_chunks() -> Iterator[bytes]:
            try:
                for part in request_iterator:
                    if part.WhichOneof("part") == "body":
                        yield part.body
            except Exception as error:
                raise ClientDisconnected("the request body ended early: %s" % error) from None

        headers = Headers((header.name, value) for header in head.headers for value in header.values)
        http_request = Request(
            method=head.method,
            url=head.url,
            headers=headers,
            body=RequestBody(body_chunks()),
            remote_addr=head.remote_addr,
            user_id=head.user_id,
            host=head.host,
        )
        channel = _Channel(cancelled)
        response = ResponseWriter(channel.put)
        failure: list = []

        def handle() -> None:
            try:
                result = self._plugin.serve_http(Context._from_wire(head.context), response, http_request)
                if result is not None:
                    try:
                        for piece in result:
                            response.write(piece)
                    finally:
                        close = getattr(result, "close", None)
                        if close is not None:
                            close()
                response._finish()
            except ClientDisconnected:
                pass
            except Exception as error:
                _report("serve_http")
                if not response.head_sent:
                    response.headers = Headers([("Content-Type", "text/plain; charset=utf-8")])
                    response.status_code = 500
                    try:
                        response.write("Internal plugin error: %s: %s\n" % (type(error).__name__, error))
                        response._finish()
                    except ClientDisconnected:
                        pass
                else:
                    failure.append(error)
                    try:
                        channel.put(DONE)
                    except ClientDisconnected:
                        pass

        self._http_workers.submit(handle)
        try:
            while True:
                item = channel.get()
                if item is DONE:
                    break
                if item[0] == "head":  # type: ignore[index]
                    _, status, items = item  # type: ignore[misc]
                    grouped: dict = {}
                    for name, value in items:
                        grouped.setdefault(name, []).append(value)
                    yield plugin_pb2.HTTPResponsePart(
                        head=plugin_pb2.HTTPResponseHead(
                            status_code=status,
                            headers=[plugin_pb2.HTTPHeader(name=n, values=v) for n, v in grouped.items()],
                        )
                    )
                else:
                    yield plugin_pb2.HTTPResponsePart(body=item[1])  # type: ignore[index]
        finally:
            cancelled.set()
        if failure:
            context.abort(grpc.StatusCode.INTERNAL, "serve_http failed mid-response: %s" % failure[0])
