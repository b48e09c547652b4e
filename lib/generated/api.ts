import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from './google/protobuf/ListValue.ts';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from './google/protobuf/Struct.ts';
import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from './google/protobuf/Value.ts';
import type { APIClient as _plughost_v1_APIClient, APIDefinition as _plughost_v1_APIDefinition } from './plughost/v1/API.ts';
import type { AddChannelMemberRequest as _plughost_v1_AddChannelMemberRequest, AddChannelMemberRequest__Output as _plughost_v1_AddChannelMemberRequest__Output } from './plughost/v1/AddChannelMemberRequest.ts';
import type { AddChannelMemberResponse as _plughost_v1_AddChannelMemberResponse, AddChannelMemberResponse__Output as _plughost_v1_AddChannelMemberResponse__Output } from './plughost/v1/AddChannelMemberResponse.ts';
import type { AddReactionRequest as _plughost_v1_AddReactionRequest, AddReactionRequest__Output as _plughost_v1_AddReactionRequest__Output } from './plughost/v1/AddReactionRequest.ts';
import type { AddReactionResponse as _plughost_v1_AddReactionResponse, AddReactionResponse__Output as _plughost_v1_AddReactionResponse__Output } from './plughost/v1/AddReactionResponse.ts';
import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from './plughost/v1/AppError.ts';
import type { Channel as _plughost_v1_Channel, Channel__Output as _plughost_v1_Channel__Output } from './plughost/v1/Channel.ts';
import type { ChannelHasBeenCreatedRequest as _plughost_v1_ChannelHasBeenCreatedRequest, ChannelHasBeenCreatedRequest__Output as _plughost_v1_ChannelHasBeenCreatedRequest__Output } from './plughost/v1/ChannelHasBeenCreatedRequest.ts';
import type { ChannelHasBeenCreatedResponse as _plughost_v1_ChannelHasBeenCreatedResponse, ChannelHasBeenCreatedResponse__Output as _plughost_v1_ChannelHasBeenCreatedResponse__Output } from './plughost/v1/ChannelHasBeenCreatedResponse.ts';
import type { ChannelMember as _plughost_v1_ChannelMember, ChannelMember__Output as _plughost_v1_ChannelMember__Output } from './plughost/v1/ChannelMember.ts';
import type { Command as _plughost_v1_Command, Command__Output as _plughost_v1_Command__Output } from './plughost/v1/Command.ts';
import type { CommandArgs as _plughost_v1_CommandArgs, CommandArgs__Output as _plughost_v1_CommandArgs__Output } from './plughost/v1/CommandArgs.ts';
import type { CommandResponse as _plughost_v1_CommandResponse, CommandResponse__Output as _plughost_v1_CommandResponse__Output } from './plughost/v1/CommandResponse.ts';
import type { Context as _plughost_v1_Context, Context__Output as _plughost_v1_Context__Output } from './plughost/v1/Context.ts';
import type { CreateChannelRequest as _plughost_v1_CreateChannelRequest, CreateChannelRequest__Output as _plughost_v1_CreateChannelRequest__Output } from './plughost/v1/CreateChannelRequest.ts';
import type { CreateChannelResponse as _plughost_v1_CreateChannelResponse, CreateChannelResponse__Output as _plughost_v1_CreateChannelResponse__Output } from './plughost/v1/CreateChannelResponse.ts';
import type { CreatePostRequest as _plughost_v1_CreatePostRequest, CreatePostRequest__Output as _plughost_v1_CreatePostRequest__Output } from './plughost/v1/CreatePostRequest.ts';
import type { CreatePostResponse as _plughost_v1_CreatePostResponse, CreatePostResponse__Output as _plughost_v1_CreatePostResponse__Output } from './plughost/v1/CreatePostResponse.ts';
import type { CreateUserRequest as _plughost_v1_CreateUserRequest, CreateUserRequest__Output as _plughost_v1_CreateUserRequest__Output } from './plughost/v1/CreateUserRequest.ts';
import type { CreateUserResponse as _plughost_v1_CreateUserResponse, CreateUserResponse__Output as _plughost_v1_CreateUserResponse__Output } from './plughost/v1/CreateUserResponse.ts';
import type { DeleteChannelMemberRequest as _plughost_v1_DeleteChannelMemberRequest, DeleteChannelMemberRequest__Output as _plughost_v1_DeleteChannelMemberRequest__Output } from './plughost/v1/DeleteChannelMemberRequest.ts';
import type { DeleteChannelMemberResponse as _plughost_v1_DeleteChannelMemberResponse, DeleteChannelMemberResponse__Output as _plughost_v1_DeleteChannelMemberResponse__Output } from './plughost/v1/DeleteChannelMemberResponse.ts';
import type { DeletePostRequest as _plughost_v1_DeletePostRequest, DeletePostRequest__Output as _plughost_v1_DeletePostRequest__Output } from './plughost/v1/DeletePostRequest.ts';
import type { DeletePostResponse as _plughost_v1_DeletePostResponse, DeletePostResponse__Output as _plughost_v1_DeletePostResponse__Output } from './plughost/v1/DeletePostResponse.ts';
import type { ExecuteCommandRequest as _plughost_v1_ExecuteCommandRequest, ExecuteCommandRequest__Output as _plughost_v1_ExecuteCommandRequest__Output } from './plughost/v1/ExecuteCommandRequest.ts';
import type { ExecuteCommandResponse as _plughost_v1_ExecuteCommandResponse, ExecuteCommandResponse__Output as _plughost_v1_ExecuteCommandResponse__Output } from './plughost/v1/ExecuteCommandResponse.ts';
import type { GetChannelRequest as _plughost_v1_GetChannelRequest, GetChannelRequest__Output as _plughost_v1_GetChannelRequest__Output } from './plughost/v1/GetChannelRequest.ts';
import type { GetChannelResponse as _plughost_v1_GetChannelResponse, GetChannelResponse__Output as _plughost_v1_GetChannelResponse__Output } from './plughost/v1/GetChannelResponse.ts';
import type { GetPluginConfigRequest as _plughost_v1_GetPluginConfigRequest, GetPluginConfigRequest__Output as _plughost_v1_GetPluginConfigRequest__Output } from './plughost/v1/GetPluginConfigRequest.ts';
import type { GetPluginConfigResponse as _plughost_v1_GetPluginConfigResponse, GetPluginConfigResponse__Output as _plughost_v1_GetPluginConfigResponse__Output } from './plughost/v1/GetPluginConfigResponse.ts';
import type { GetPostRequest as _plughost_v1_GetPostRequest, GetPostRequest__Output as _plughost_v1_GetPostRequest__Output } from './plughost/v1/GetPostRequest.ts';
import type { GetPostResponse as _plughost_v1_GetPostResponse, GetPostResponse__Output as _plughost_v1_GetPostResponse__Output } from './plughost/v1/GetPostResponse.ts';
import type { GetPostsForChannelRequest as _plughost_v1_GetPostsForChannelRequest, GetPostsForChannelRequest__Output as _plughost_v1_GetPostsForChannelRequest__Output } from './plughost/v1/GetPostsForChannelRequest.ts';
import type { GetPostsForChannelResponse as _plughost_v1_GetPostsForChannelResponse, GetPostsForChannelResponse__Output as _plughost_v1_GetPostsForChannelResponse__Output } from './plughost/v1/GetPostsForChannelResponse.ts';
import type { GetReactionsRequest as _plughost_v1_GetReactionsRequest, GetReactionsRequest__Output as _plughost_v1_GetReactionsRequest__Output } from './plughost/v1/GetReactionsRequest.ts';
import type { GetReactionsResponse as _plughost_v1_GetReactionsResponse, GetReactionsResponse__Output as _plughost_v1_GetReactionsResponse__Output } from './plughost/v1/GetReactionsResponse.ts';
import type { GetServerVersionRequest as _plughost_v1_GetServerVersionRequest, GetServerVersionRequest__Output as _plughost_v1_GetServerVersionRequest__Output } from './plughost/v1/GetServerVersionRequest.ts';
import type { GetServerVersionResponse as _plughost_v1_GetServerVersionResponse, GetServerVersionResponse__Output as _plughost_v1_GetServerVersionResponse__Output } from './plughost/v1/GetServerVersionResponse.ts';
import type { GetUserByUsernameRequest as _plughost_v1_GetUserByUsernameRequest, GetUserByUsernameRequest__Output as _plughost_v1_GetUserByUsernameRequest__Output } from './plughost/v1/GetUserByUsernameRequest.ts';
import type { GetUserRequest as _plughost_v1_GetUserRequest, GetUserRequest__Output as _plughost_v1_GetUserRequest__Output } from './plughost/v1/GetUserRequest.ts';
import type { GetUserResponse as _plughost_v1_GetUserResponse, GetUserResponse__Output as _plughost_v1_GetUserResponse__Output } from './plughost/v1/GetUserResponse.ts';
import type { HTTPHeader as _plughost_v1_HTTPHeader, HTTPHeader__Output as _plughost_v1_HTTPHeader__Output } from './plughost/v1/HTTPHeader.ts';
import type { HTTPRequestHead as _plughost_v1_HTTPRequestHead, HTTPRequestHead__Output as _plughost_v1_HTTPRequestHead__Output } from './plughost/v1/HTTPRequestHead.ts';
import type { HTTPRequestPart as _plughost_v1_HTTPRequestPart, HTTPRequestPart__Output as _plughost_v1_HTTPRequestPart__Output } from './plughost/v1/HTTPRequestPart.ts';
import type { HTTPResponseHead as _plughost_v1_HTTPResponseHead, HTTPResponseHead__Output as _plughost_v1_HTTPResponseHead__Output } from './plughost/v1/HTTPResponseHead.ts';
import type { HTTPResponsePart as _plughost_v1_HTTPResponsePart, HTTPResponsePart__Output as _plughost_v1_HTTPResponsePart__Output } from './plughost/v1/HTTPResponsePart.ts';
import type { ImplementedRequest as _plughost_v1_ImplementedRequest, ImplementedRequest__Output as _plughost_v1_ImplementedRequest__Output } from './plughost/v1/ImplementedRequest.ts';
import type { ImplementedResponse as _plughost_v1_ImplementedResponse, ImplementedResponse__Output as _plughost_v1_ImplementedResponse__Output } from './plughost/v1/ImplementedResponse.ts';
import type { KVCompareAndDeleteRequest as _plughost_v1_KVCompareAndDeleteRequest, KVCompareAndDeleteRequest__Output as _plughost_v1_KVCompareAndDeleteRequest__Output } from './plughost/v1/KVCompareAndDeleteRequest.ts';
import type { KVCompareAndDeleteResponse as _plughost_v1_KVCompareAndDeleteResponse, KVCompareAndDeleteResponse__Output as _plughost_v1_KVCompareAndDeleteResponse__Output } from './plughost/v1/KVCompareAndDeleteResponse.ts';
import type { KVDeleteAllRequest as _plughost_v1_KVDeleteAllRequest, KVDeleteAllRequest__Output as _plughost_v1_KVDeleteAllRequest__Output } from './plughost/v1/KVDeleteAllRequest.ts';
import type { KVDeleteAllResponse as _plughost_v1_KVDeleteAllResponse, KVDeleteAllResponse__Output as _plughost_v1_KVDeleteAllResponse__Output } from './plughost/v1/KVDeleteAllResponse.ts';
import type { KVDeleteRequest as _plughost_v1_KVDeleteRequest, KVDeleteRequest__Output as _plughost_v1_KVDeleteRequest__Output } from './plughost/v1/KVDeleteRequest.ts';
import type { KVDeleteResponse as _plughost_v1_KVDeleteResponse, KVDeleteResponse__Output as _plughost_v1_KVDeleteResponse__Output } from './plughost/v1/KVDeleteResponse.ts';
import type { KVGetRequest as _plughost_v1_KVGetRequest, KVGetRequest__Output as _plughost_v1_KVGetRequest__Output } from './plughost/v1/KVGetRequest.ts';
import type { KVGetResponse as _plughost_v1_KVGetResponse, KVGetResponse__Output as _plughost_v1_KVGetResponse__Output } from './plughost/v1/KVGetResponse.ts';
import type { KVListRequest as _plughost_v1_KVListRequest, KVListRequest__Output as _plughost_v1_KVListRequest__Output } from './plughost/v1/KVListRequest.ts';
import type { KVListResponse as _plughost_v1_KVListResponse, KVListResponse__Output as _plughost_v1_KVListResponse__Output } from './plughost/v1/KVListResponse.ts';
import type { KVSetRequest as _plughost_v1_KVSetRequest, KVSetRequest__Output as _plughost_v1_KVSetRequest__Output } from './plughost/v1/KVSetRequest.ts';
import type { KVSetResponse as _plughost_v1_KVSetResponse, KVSetResponse__Output as _plughost_v1_KVSetResponse__Output } from './plughost/v1/KVSetResponse.ts';
import type { KVSetWithOptionsRequest as _plughost_v1_KVSetWithOptionsRequest, KVSetWithOptionsRequest__Output as _plughost_v1_KVSetWithOptionsRequest__Output } from './plughost/v1/KVSetWithOptionsRequest.ts';
import type { KVSetWithOptionsResponse as _plughost_v1_KVSetWithOptionsResponse, KVSetWithOptionsResponse__Output as _plughost_v1_KVSetWithOptionsResponse__Output } from './plughost/v1/KVSetWithOptionsResponse.ts';
import type { LogField as _plughost_v1_LogField, LogField__Output as _plughost_v1_LogField__Output } from './plughost/v1/LogField.ts';
import type { LogRequest as _plughost_v1_LogRequest, LogRequest__Output as _plughost_v1_LogRequest__Output } from './plughost/v1/LogRequest.ts';
import type { LogResponse as _plughost_v1_LogResponse, LogResponse__Output as _plughost_v1_LogResponse__Output } from './plughost/v1/LogResponse.ts';
import type { MessageHasBeenDeletedRequest as _plughost_v1_MessageHasBeenDeletedRequest, MessageHasBeenDeletedRequest__Output as _plughost_v1_MessageHasBeenDeletedRequest__Output } from './plughost/v1/MessageHasBeenDeletedRequest.ts';
import type { MessageHasBeenDeletedResponse as _plughost_v1_MessageHasBeenDeletedResponse, MessageHasBeenDeletedResponse__Output as _plughost_v1_MessageHasBeenDeletedResponse__Output } from './plughost/v1/MessageHasBeenDeletedResponse.ts';
import type { MessageHasBeenPostedRequest as _plughost_v1_MessageHasBeenPostedRequest, MessageHasBeenPostedRequest__Output as _plughost_v1_MessageHasBeenPostedRequest__Output } from './plughost/v1/MessageHasBeenPostedRequest.ts';
import type { MessageHasBeenPostedResponse as _plughost_v1_MessageHasBeenPostedResponse, MessageHasBeenPostedResponse__Output as _plughost_v1_MessageHasBeenPostedResponse__Output } from './plughost/v1/MessageHasBeenPostedResponse.ts';
import type { MessageHasBeenUpdatedRequest as _plughost_v1_MessageHasBeenUpdatedRequest, MessageHasBeenUpdatedRequest__Output as _plughost_v1_MessageHasBeenUpdatedRequest__Output } from './plughost/v1/MessageHasBeenUpdatedRequest.ts';
import type { MessageHasBeenUpdatedResponse as _plughost_v1_MessageHasBeenUpdatedResponse, MessageHasBeenUpdatedResponse__Output as _plughost_v1_MessageHasBeenUpdatedResponse__Output } from './plughost/v1/MessageHasBeenUpdatedResponse.ts';
import type { MessageWillBePostedRequest as _plughost_v1_MessageWillBePostedRequest, MessageWillBePostedRequest__Output as _plughost_v1_MessageWillBePostedRequest__Output } from './plughost/v1/MessageWillBePostedRequest.ts';
import type { MessageWillBePostedResponse as _plughost_v1_MessageWillBePostedResponse, MessageWillBePostedResponse__Output as _plughost_v1_MessageWillBePostedResponse__Output } from './plughost/v1/MessageWillBePostedResponse.ts';
import type { MessageWillBeUpdatedRequest as _plughost_v1_MessageWillBeUpdatedRequest, MessageWillBeUpdatedRequest__Output as _plughost_v1_MessageWillBeUpdatedRequest__Output } from './plughost/v1/MessageWillBeUpdatedRequest.ts';
import type { MessageWillBeUpdatedResponse as _plughost_v1_MessageWillBeUpdatedResponse, MessageWillBeUpdatedResponse__Output as _plughost_v1_MessageWillBeUpdatedResponse__Output } from './plughost/v1/MessageWillBeUpdatedResponse.ts';
import type { OnActivateRequest as _plughost_v1_OnActivateRequest, OnActivateRequest__Output as _plughost_v1_OnActivateRequest__Output } from './plughost/v1/OnActivateRequest.ts';
import type { OnActivateResponse as _plughost_v1_OnActivateResponse, OnActivateResponse__Output as _plughost_v1_OnActivateResponse__Output } from './plughost/v1/OnActivateResponse.ts';
import type { OnConfigurationChangeRequest as _plughost_v1_OnConfigurationChangeRequest, OnConfigurationChangeRequest__Output as _plughost_v1_OnConfigurationChangeRequest__Output } from './plughost/v1/OnConfigurationChangeRequest.ts';
import type { OnConfigurationChangeResponse as _plughost_v1_OnConfigurationChangeResponse, OnConfigurationChangeResponse__Output as _plughost_v1_OnConfigurationChangeResponse__Output } from './plughost/v1/OnConfigurationChangeResponse.ts';
import type { OnDeactivateRequest as _plughost_v1_OnDeactivateRequest, OnDeactivateRequest__Output as _plughost_v1_OnDeactivateRequest__Output } from './plughost/v1/OnDeactivateRequest.ts';
import type { OnDeactivateResponse as _plughost_v1_OnDeactivateResponse, OnDeactivateResponse__Output as _plughost_v1_OnDeactivateResponse__Output } from './plughost/v1/OnDeactivateResponse.ts';
import type { OnInstallRequest as _plughost_v1_OnInstallRequest, OnInstallRequest__Output as _plughost_v1_OnInstallRequest__Output } from './plughost/v1/OnInstallRequest.ts';
import type { OnInstallResponse as _plughost_v1_OnInstallResponse, OnInstallResponse__Output as _plughost_v1_OnInstallResponse__Output } from './plughost/v1/OnInstallResponse.ts';
import type { OnPluginClusterEventRequest as _plughost_v1_OnPluginClusterEventRequest, OnPluginClusterEventRequest__Output as _plughost_v1_OnPluginClusterEventRequest__Output } from './plughost/v1/OnPluginClusterEventRequest.ts';
import type { OnPluginClusterEventResponse as _plughost_v1_OnPluginClusterEventResponse, OnPluginClusterEventResponse__Output as _plughost_v1_OnPluginClusterEventResponse__Output } from './plughost/v1/OnPluginClusterEventResponse.ts';
import type { PingRequest as _plughost_v1_PingRequest, PingRequest__Output as _plughost_v1_PingRequest__Output } from './plughost/v1/PingRequest.ts';
import type { PingResponse as _plughost_v1_PingResponse, PingResponse__Output as _plughost_v1_PingResponse__Output } from './plughost/v1/PingResponse.ts';
import type { PluginClient as _plughost_v1_PluginClient, PluginDefinition as _plughost_v1_PluginDefinition } from './plughost/v1/Plugin.ts';
import type { PluginClusterEvent as _plughost_v1_PluginClusterEvent, PluginClusterEvent__Output as _plughost_v1_PluginClusterEvent__Output } from './plughost/v1/PluginClusterEvent.ts';
import type { PluginHTTPRequest as _plughost_v1_PluginHTTPRequest, PluginHTTPRequest__Output as _plughost_v1_PluginHTTPRequest__Output } from './plughost/v1/PluginHTTPRequest.ts';
import type { PluginHTTPResponse as _plughost_v1_PluginHTTPResponse, PluginHTTPResponse__Output as _plughost_v1_PluginHTTPResponse__Output } from './plughost/v1/PluginHTTPResponse.ts';
import type { Post as _plughost_v1_Post, Post__Output as _plughost_v1_Post__Output } from './plughost/v1/Post.ts';
import type { PublishPluginClusterEventRequest as _plughost_v1_PublishPluginClusterEventRequest, PublishPluginClusterEventRequest__Output as _plughost_v1_PublishPluginClusterEventRequest__Output } from './plughost/v1/PublishPluginClusterEventRequest.ts';
import type { PublishPluginClusterEventResponse as _plughost_v1_PublishPluginClusterEventResponse, PublishPluginClusterEventResponse__Output as _plughost_v1_PublishPluginClusterEventResponse__Output } from './plughost/v1/PublishPluginClusterEventResponse.ts';
import type { Reaction as _plughost_v1_Reaction, Reaction__Output as _plughost_v1_Reaction__Output } from './plughost/v1/Reaction.ts';
import type { ReactionHasBeenAddedRequest as _plughost_v1_ReactionHasBeenAddedRequest, ReactionHasBeenAddedRequest__Output as _plughost_v1_ReactionHasBeenAddedRequest__Output } from './plughost/v1/ReactionHasBeenAddedRequest.ts';
import type { ReactionHasBeenAddedResponse as _plughost_v1_ReactionHasBeenAddedResponse, ReactionHasBeenAddedResponse__Output as _plughost_v1_ReactionHasBeenAddedResponse__Output } from './plughost/v1/ReactionHasBeenAddedResponse.ts';
import type { ReactionHasBeenRemovedRequest as _plughost_v1_ReactionHasBeenRemovedRequest, ReactionHasBeenRemovedRequest__Output as _plughost_v1_ReactionHasBeenRemovedRequest__Output } from './plughost/v1/ReactionHasBeenRemovedRequest.ts';
import type { ReactionHasBeenRemovedResponse as _plughost_v1_ReactionHasBeenRemovedResponse, ReactionHasBeenRemovedResponse__Output as _plughost_v1_ReactionHasBeenRemovedResponse__Output } from './plughost/v1/ReactionHasBeenRemovedResponse.ts';
import type { RegisterCommandRequest as _plughost_v1_RegisterCommandRequest, RegisterCommandRequest__Output as _plughost_v1_RegisterCommandRequest__Output } from './plughost/v1/RegisterCommandRequest.ts';
import type { RegisterCommandResponse as _plughost_v1_RegisterCommandResponse, RegisterCommandResponse__Output as _plughost_v1_RegisterCommandResponse__Output } from './plughost/v1/RegisterCommandResponse.ts';
import type { RemoveReactionRequest as _plughost_v1_RemoveReactionRequest, RemoveReactionRequest__Output as _plughost_v1_RemoveReactionRequest__Output } from './plughost/v1/RemoveReactionRequest.ts';
import type { RemoveReactionResponse as _plughost_v1_RemoveReactionResponse, RemoveReactionResponse__Output as _plughost_v1_RemoveReactionResponse__Output } from './plughost/v1/RemoveReactionResponse.ts';
import type { SavePluginConfigRequest as _plughost_v1_SavePluginConfigRequest, SavePluginConfigRequest__Output as _plughost_v1_SavePluginConfigRequest__Output } from './plughost/v1/SavePluginConfigRequest.ts';
import type { SavePluginConfigResponse as _plughost_v1_SavePluginConfigResponse, SavePluginConfigResponse__Output as _plughost_v1_SavePluginConfigResponse__Output } from './plughost/v1/SavePluginConfigResponse.ts';
import type { UnregisterCommandRequest as _plughost_v1_UnregisterCommandRequest, UnregisterCommandRequest__Output as _plughost_v1_UnregisterCommandRequest__Output } from './plughost/v1/UnregisterCommandRequest.ts';
import type { UnregisterCommandResponse as _plughost_v1_UnregisterCommandResponse, UnregisterCommandResponse__Output as _plughost_v1_UnregisterCommandResponse__Output } from './plughost/v1/UnregisterCommandResponse.ts';
import type { UpdatePostRequest as _plughost_v1_UpdatePostRequest, UpdatePostRequest__Output as _plughost_v1_UpdatePostRequest__Output } from './plughost/v1/UpdatePostRequest.ts';
import type { UpdatePostResponse as _plughost_v1_UpdatePostResponse, UpdatePostResponse__Output as _plughost_v1_UpdatePostResponse__Output } from './plughost/v1/UpdatePostResponse.ts';
import type { User as _plughost_v1_User, User__Output as _plughost_v1_User__Output } from './plughost/v1/User.ts';
import type { UserHasBeenCreatedRequest as _plughost_v1_UserHasBeenCreatedRequest, UserHasBeenCreatedRequest__Output as _plughost_v1_UserHasBeenCreatedRequest__Output } from './plughost/v1/UserHasBeenCreatedRequest.ts';
import type { UserHasBeenCreatedResponse as _plughost_v1_UserHasBeenCreatedResponse, UserHasBeenCreatedResponse__Output as _plughost_v1_UserHasBeenCreatedResponse__Output } from './plughost/v1/UserHasBeenCreatedResponse.ts';
import type { UserHasJoinedChannelRequest as _plughost_v1_UserHasJoinedChannelRequest, UserHasJoinedChannelRequest__Output as _plughost_v1_UserHasJoinedChannelRequest__Output } from './plughost/v1/UserHasJoinedChannelRequest.ts';
import type { UserHasJoinedChannelResponse as _plughost_v1_UserHasJoinedChannelResponse, UserHasJoinedChannelResponse__Output as _plughost_v1_UserHasJoinedChannelResponse__Output } from './plughost/v1/UserHasJoinedChannelResponse.ts';
import type { UserHasLeftChannelRequest as _plughost_v1_UserHasLeftChannelRequest, UserHasLeftChannelRequest__Output as _plughost_v1_UserHasLeftChannelRequest__Output } from './plughost/v1/UserHasLeftChannelRequest.ts';
import type { UserHasLeftChannelResponse as _plughost_v1_UserHasLeftChannelResponse, UserHasLeftChannelResponse__Output as _plughost_v1_UserHasLeftChannelResponse__Output } from './plughost/v1/UserHasLeftChannelResponse.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      ListValue: MessageTypeDefinition<_google_protobuf_ListValue, _google_protobuf_ListValue__Output>
      NullValue: EnumTypeDefinition
      Struct: MessageTypeDefinition<_google_protobuf_Struct, _google_protobuf_Struct__Output>
      Value: MessageTypeDefinition<_google_protobuf_Value, _google_protobuf_Value__Output>
    }
  }
  plughost: {
    v1: {
      API: SubtypeConstructor<typeof grpc.Client, _plughost_v1_APIClient> & { service: _plughost_v1_APIDefinition }
      AddChannelMemberRequest: MessageTypeDefinition<_plughost_v1_AddChannelMemberRequest, _plughost_v1_AddChannelMemberRequest__Output>
      AddChannelMemberResponse: MessageTypeDefinition<_plughost_v1_AddChannelMemberResponse, _plughost_v1_AddChannelMemberResponse__Output>
      AddReactionRequest: MessageTypeDefinition<_plughost_v1_AddReactionRequest, _plughost_v1_AddReactionRequest__Output>
      AddReactionResponse: MessageTypeDefinition<_plughost_v1_AddReactionResponse, _plughost_v1_AddReactionResponse__Output>
      AppError: MessageTypeDefinition<_plughost_v1_AppError, _plughost_v1_AppError__Output>
      Channel: MessageTypeDefinition<_plughost_v1_Channel, _plughost_v1_Channel__Output>
      ChannelHasBeenCreatedRequest: MessageTypeDefinition<_plughost_v1_ChannelHasBeenCreatedRequest, _plughost_v1_ChannelHasBeenCreatedRequest__Output>
      ChannelHasBeenCreatedResponse: MessageTypeDefinition<_plughost_v1_ChannelHasBeenCreatedResponse, _plughost_v1_ChannelHasBeenCreatedResponse__Output>
      ChannelMember: MessageTypeDefinition<_plughost_v1_ChannelMember, _plughost_v1_ChannelMember__Output>
      Command: MessageTypeDefinition<_plughost_v1_Command, _plughost_v1_Command__Output>
      CommandArgs: MessageTypeDefinition<_plughost_v1_CommandArgs, _plughost_v1_CommandArgs__Output>
      CommandResponse: MessageTypeDefinition<_plughost_v1_CommandResponse, _plughost_v1_CommandResponse__Output>
      Context: MessageTypeDefinition<_plughost_v1_Context, _plughost_v1_Context__Output>
      CreateChannelRequest: MessageTypeDefinition<_plughost_v1_CreateChannelRequest, _plughost_v1_CreateChannelRequest__Output>
      CreateChannelResponse: MessageTypeDefinition<_plughost_v1_CreateChannelResponse, _plughost_v1_CreateChannelResponse__Output>
      CreatePostRequest: MessageTypeDefinition<_plughost_v1_CreatePostRequest, _plughost_v1_CreatePostRequest__Output>
      CreatePostResponse: MessageTypeDefinition<_plughost_v1_CreatePostResponse, _plughost_v1_CreatePostResponse__Output>
      CreateUserRequest: MessageTypeDefinition<_plughost_v1_CreateUserRequest, _plughost_v1_CreateUserRequest__Output>
      CreateUserResponse: MessageTypeDefinition<_plughost_v1_CreateUserResponse, _plughost_v1_CreateUserResponse__Output>
      DeleteChannelMemberRequest: MessageTypeDefinition<_plughost_v1_DeleteChannelMemberRequest, _plughost_v1_DeleteChannelMemberRequest__Output>
      DeleteChannelMemberResponse: MessageTypeDefinition<_plughost_v1_DeleteChannelMemberResponse, _plughost_v1_DeleteChannelMemberResponse__Output>
      DeletePostRequest: MessageTypeDefinition<_plughost_v1_DeletePostRequest, _plughost_v1_DeletePostRequest__Output>
      DeletePostResponse: MessageTypeDefinition<_plughost_v1_DeletePostResponse, _plughost_v1_DeletePostResponse__Output>
      ExecuteCommandRequest: MessageTypeDefinition<_plughost_v1_ExecuteCommandRequest, _plughost_v1_ExecuteCommandRequest__Output>
      ExecuteCommandResponse: MessageTypeDefinition<_plughost_v1_ExecuteCommandResponse, _plughost_v1_ExecuteCommandResponse__Output>
      GetChannelRequest: MessageTypeDefinition<_plughost_v1_GetChannelRequest, _plughost_v1_GetChannelRequest__Output>
      GetChannelResponse: MessageTypeDefinition<_plughost_v1_GetChannelResponse, _plughost_v1_GetChannelResponse__Output>
      GetPluginConfigRequest: MessageTypeDefinition<_plughost_v1_GetPluginConfigRequest, _plughost_v1_GetPluginConfigRequest__Output>
      GetPluginConfigResponse: MessageTypeDefinition<_plughost_v1_GetPluginConfigResponse, _plughost_v1_GetPluginConfigResponse__Output>
      GetPostRequest: MessageTypeDefinition<_plughost_v1_GetPostRequest, _plughost_v1_GetPostRequest__Output>
      GetPostResponse: MessageTypeDefinition<_plughost_v1_GetPostResponse, _plughost_v1_GetPostResponse__Output>
      GetPostsForChannelRequest: MessageTypeDefinition<_plughost_v1_GetPostsForChannelRequest, _plughost_v1_GetPostsForChannelRequest__Output>
      GetPostsForChannelResponse: MessageTypeDefinition<_plughost_v1_GetPostsForChannelResponse, _plughost_v1_GetPostsForChannelResponse__Output>
      GetReactionsRequest: MessageTypeDefinition<_plughost_v1_GetReactionsRequest, _plughost_v1_GetReactionsRequest__Output>
      GetReactionsResponse: MessageTypeDefinition<_plughost_v1_GetReactionsResponse, _plughost_v1_GetReactionsResponse__Output>
      GetServerVersionRequest: MessageTypeDefinition<_plughost_v1_GetServerVersionRequest, _plughost_v1_GetServerVersionRequest__Output>
      GetServerVersionResponse: MessageTypeDefinition<_plughost_v1_GetServerVersionResponse, _plughost_v1_GetServerVersionResponse__Output>
      GetUserByUsernameRequest: MessageTypeDefinition<_plughost_v1_GetUserByUsernameRequest, _plughost_v1_GetUserByUsernameRequest__Output>
      GetUserRequest: MessageTypeDefinition<_plughost_v1_GetUserRequest, _plughost_v1_GetUserRequest__Output>
      GetUserResponse: MessageTypeDefinition<_plughost_v1_GetUserResponse, _plughost_v1_GetUserResponse__Output>
      HTTPHeader: MessageTypeDefinition<_plughost_v1_HTTPHeader, _plughost_v1_HTTPHeader__Output>
      HTTPRequestHead: MessageTypeDefinition<_plughost_v1_HTTPRequestHead, _plughost_v1_HTTPRequestHead__Output>
      HTTPRequestPart: MessageTypeDefinition<_plughost_v1_HTTPRequestPart, _plughost_v1_HTTPRequestPart__Output>
      HTTPResponseHead: MessageTypeDefinition<_plughost_v1_HTTPResponseHead, _plughost_v1_HTTPResponseHead__Output>
      HTTPResponsePart: MessageTypeDefinition<_plughost_v1_HTTPResponsePart, _plughost_v1_HTTPResponsePart__Output>
      ImplementedRequest: MessageTypeDefinition<_plughost_v1_ImplementedRequest, _plughost_v1_ImplementedRequest__Output>
      ImplementedResponse: MessageTypeDefinition<_plughost_v1_ImplementedResponse, _plughost_v1_ImplementedResponse__Output>
      KVCompareAndDeleteRequest: MessageTypeDefinition<_plughost_v1_KVCompareAndDeleteRequest, _plughost_v1_KVCompareAndDeleteRequest__Output>
      KVCompareAndDeleteResponse: MessageTypeDefinition<_plughost_v1_KVCompareAndDeleteResponse, _plughost_v1_KVCompareAndDeleteResponse__Output>
      KVDeleteAllRequest: MessageTypeDefinition<_plughost_v1_KVDeleteAllRequest, _plughost_v1_KVDeleteAllRequest__Output>
      KVDeleteAllResponse: MessageTypeDefinition<_plughost_v1_KVDeleteAllResponse, _plughost_v1_KVDeleteAllResponse__Output>
      KVDeleteRequest: MessageTypeDefinition<_plughost_v1_KVDeleteRequest, _plughost_v1_KVDeleteRequest__Output>
      KVDeleteResponse: MessageTypeDefinition<_plughost_v1_KVDeleteResponse, _plughost_v1_KVDeleteResponse__Output>
      KVGetRequest: MessageTypeDefinition<_plughost_v1_KVGetRequest, _plughost_v1_KVGetRequest__Output>
      KVGetResponse: MessageTypeDefinition<_plughost_v1_KVGetResponse, _plughost_v1_KVGetResponse__Output>
      KVListRequest: MessageTypeDefinition<_plughost_v1_KVListRequest, _plughost_v1_KVListRequest__Output>
      KVListResponse: MessageTypeDefinition<_plughost_v1_KVListResponse, _plughost_v1_KVListResponse__Output>
      KVSetRequest: MessageTypeDefinition<_plughost_v1_KVSetRequest, _plughost_v1_KVSetRequest__Output>
      KVSetResponse: MessageTypeDefinition<_plughost_v1_KVSetResponse, _plughost_v1_KVSetResponse__Output>
      KVSetWithOptionsRequest: MessageTypeDefinition<_plughost_v1_KVSetWithOptionsRequest, _plughost_v1_KVSetWithOptionsRequest__Output>
      KVSetWithOptionsResponse: MessageTypeDefinition<_plughost_v1_KVSetWithOptionsResponse, _plughost_v1_KVSetWithOptionsResponse__Output>
      LogField: MessageTypeDefinition<_plughost_v1_LogField, _plughost_v1_LogField__Output>
      LogRequest: MessageTypeDefinition<_plughost_v1_LogRequest, _plughost_v1_LogRequest__Output>
      LogResponse: MessageTypeDefinition<_plughost_v1_LogResponse, _plughost_v1_LogResponse__Output>
      MessageHasBeenDeletedRequest: MessageTypeDefinition<_plughost_v1_MessageHasBeenDeletedRequest, _plughost_v1_MessageHasBeenDeletedRequest__Output>
      MessageHasBeenDeletedResponse: MessageTypeDefinition<_plughost_v1_MessageHasBeenDeletedResponse, _plughost_v1_MessageHasBeenDeletedResponse__Output>
      MessageHasBeenPostedRequest: MessageTypeDefinition<_plughost_v1_MessageHasBeenPostedRequest, _plughost_v1_MessageHasBeenPostedRequest__Output>
      MessageHasBeenPostedResponse: MessageTypeDefinition<_plughost_v1_MessageHasBeenPostedResponse, _plughost_v1_MessageHasBeenPostedResponse__Output>
      MessageHasBeenUpdatedRequest: MessageTypeDefinition<_plughost_v1_MessageHasBeenUpdatedRequest, _plughost_v1_MessageHasBeenUpdatedRequest__Output>
      MessageHasBeenUpdatedResponse: MessageTypeDefinition<_plughost_v1_MessageHasBeenUpdatedResponse, _plughost_v1_MessageHasBeenUpdatedResponse__Output>
      MessageWillBePostedRequest: MessageTypeDefinition<_plughost_v1_MessageWillBePostedRequest, _plughost_v1_MessageWillBePostedRequest__Output>
      MessageWillBePostedResponse: MessageTypeDefinition<_plughost_v1_MessageWillBePostedResponse, _plughost_v1_MessageWillBePostedResponse__Output>
      MessageWillBeUpdatedRequest: MessageTypeDefinition<_plughost_v1_MessageWillBeUpdatedRequest, _plughost_v1_MessageWillBeUpdatedRequest__Output>
      MessageWillBeUpdatedResponse: MessageTypeDefinition<_plughost_v1_MessageWillBeUpdatedResponse, _plughost_v1_MessageWillBeUpdatedResponse__Output>
      OnActivateRequest: MessageTypeDefinition<_plughost_v1_OnActivateRequest, _plughost_v1_OnActivateRequest__Output>
      OnActivateResponse: MessageTypeDefinition<_plughost_v1_OnActivateResponse, _plughost_v1_OnActivateResponse__Output>
      OnConfigurationChangeRequest: MessageTypeDefinition<_plughost_v1_OnConfigurationChangeRequest, _plughost_v1_OnConfigurationChangeRequest__Output>
      OnConfigurationChangeResponse: MessageTypeDefinition<_plughost_v1_OnConfigurationChangeResponse, _plughost_v1_OnConfigurationChangeResponse__Output>
      OnDeactivateRequest: MessageTypeDefinition<_plughost_v1_OnDeactivateRequest, _plughost_v1_OnDeactivateRequest__Output>
      OnDeactivateResponse: MessageTypeDefinition<_plughost_v1_OnDeactivateResponse, _plughost_v1_OnDeactivateResponse__Output>
      OnInstallRequest: MessageTypeDefinition<_plughost_v1_OnInstallRequest, _plughost_v1_OnInstallRequest__Output>
      OnInstallResponse: MessageTypeDefinition<_plughost_v1_OnInstallResponse, _plughost_v1_OnInstallResponse__Output>
      OnPluginClusterEventRequest: MessageTypeDefinition<_plughost_v1_OnPluginClusterEventRequest, _plughost_v1_OnPluginClusterEventRequest__Output>
      OnPluginClusterEventResponse: MessageTypeDefinition<_plughost_v1_OnPluginClusterEventResponse, _plughost_v1_OnPluginClusterEventResponse__Output>
      PingRequest: MessageTypeDefinition<_plughost_v1_PingRequest, _plughost_v1_PingRequest__Output>
      PingResponse: MessageTypeDefinition<_plughost_v1_PingResponse, _plughost_v1_PingResponse__Output>
      Plugin: SubtypeConstructor<typeof grpc.Client, _plughost_v1_PluginClient> & { service: _plughost_v1_PluginDefinition }
      PluginClusterEvent: MessageTypeDefinition<_plughost_v1_PluginClusterEvent, _plughost_v1_PluginClusterEvent__Output>
      PluginHTTPRequest: MessageTypeDefinition<_plughost_v1_PluginHTTPRequest, _plughost_v1_PluginHTTPRequest__Output>
      PluginHTTPResponse: MessageTypeDefinition<_plughost_v1_PluginHTTPResponse, _plughost_v1_PluginHTTPResponse__Output>
      Post: MessageTypeDefinition<_plughost_v1_Post, _plughost_v1_Post__Output>
      PublishPluginClusterEventRequest: MessageTypeDefinition<_plughost_v1_PublishPluginClusterEventRequest, _plughost_v1_PublishPluginClusterEventRequest__Output>
      PublishPluginClusterEventResponse: MessageTypeDefinition<_plughost_v1_PublishPluginClusterEventResponse, _plughost_v1_PublishPluginClusterEventResponse__Output>
      Reaction: MessageTypeDefinition<_plughost_v1_Reaction, _plughost_v1_Reaction__Output>
      ReactionHasBeenAddedRequest: MessageTypeDefinition<_plughost_v1_ReactionHasBeenAddedRequest, _plughost_v1_ReactionHasBeenAddedRequest__Output>
      ReactionHasBeenAddedResponse: MessageTypeDefinition<_plughost_v1_ReactionHasBeenAddedResponse, _plughost_v1_ReactionHasBeenAddedResponse__Output>
      ReactionHasBeenRemovedRequest: MessageTypeDefinition<_plughost_v1_ReactionHasBeenRemovedRequest, _plughost_v1_ReactionHasBeenRemovedRequest__Output>
      ReactionHasBeenRemovedResponse: MessageTypeDefinition<_plughost_v1_ReactionHasBeenRemovedResponse, _plughost_v1_ReactionHasBeenRemovedResponse__Output>
      RegisterCommandRequest: MessageTypeDefinition<_plughost_v1_RegisterCommandRequest, _plughost_v1_RegisterCommandRequest__Output>
      RegisterCommandResponse: MessageTypeDefinition<_plughost_v1_RegisterCommandResponse, _plughost_v1_RegisterCommandResponse__Output>
      RemoveReactionRequest: MessageTypeDefinition<_plughost_v1_RemoveReactionRequest, _plughost_v1_RemoveReactionRequest__Output>
      RemoveReactionResponse: MessageTypeDefinition<_plughost_v1_RemoveReactionResponse, _plughost_v1_RemoveReactionResponse__Output>
      SavePluginConfigRequest: MessageTypeDefinition<_plughost_v1_SavePluginConfigRequest, _plughost_v1_SavePluginConfigRequest__Output>
      SavePluginConfigResponse: MessageTypeDefinition<_plughost_v1_SavePluginConfigResponse, _plughost_v1_SavePluginConfigResponse__Output>
      UnregisterCommandRequest: MessageTypeDefinition<_plughost_v1_UnregisterCommandRequest, _plughost_v1_UnregisterCommandRequest__Output>
      UnregisterCommandResponse: MessageTypeDefinition<_plughost_v1_UnregisterCommandResponse, _plughost_v1_UnregisterCommandResponse__Output>
      UpdatePostRequest: MessageTypeDefinition<_plughost_v1_UpdatePostRequest, _plughost_v1_UpdatePostRequest__Output>
      UpdatePostResponse: MessageTypeDefinition<_plughost_v1_UpdatePostResponse, _plughost_v1_UpdatePostResponse__Output>
      User: MessageTypeDefinition<_plughost_v1_User, _plughost_v1_User__Output>
      UserHasBeenCreatedRequest: MessageTypeDefinition<_plughost_v1_UserHasBeenCreatedRequest, _plughost_v1_UserHasBeenCreatedRequest__Output>
      UserHasBeenCreatedResponse: MessageTypeDefinition<_plughost_v1_UserHasBeenCreatedResponse, _plughost_v1_UserHasBeenCreatedResponse__Output>
      UserHasJoinedChannelRequest: MessageTypeDefinition<_plughost_v1_UserHasJoinedChannelRequest, _plughost_v1_UserHasJoinedChannelRequest__Output>
      UserHasJoinedChannelResponse: MessageTypeDefinition<_plughost_v1_UserHasJoinedChannelResponse, _plughost_v1_UserHasJoinedChannelResponse__Output>
      UserHasLeftChannelRequest: MessageTypeDefinition<_plughost_v1_UserHasLeftChannelRequest, _plughost_v1_UserHasLeftChannelRequest__Output>
      UserHasLeftChannelResponse: MessageTypeDefinition<_plughost_v1_UserHasLeftChannelResponse, _plughost_v1_UserHasLeftChannelResponse__Output>
    }
  }
}

