import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from './google/protobuf/ListValue.ts';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from './google/protobuf/Struct.ts';
import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from './google/protobuf/Value.ts';
import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from './plughost/v1/AppError.ts';
import type { Channel as _plughost_v1_Channel, Channel__Output as _plughost_v1_Channel__Output } from './plughost/v1/Channel.ts';
import type { ChannelHasBeenCreatedRequest as _plughost_v1_ChannelHasBeenCreatedRequest, ChannelHasBeenCreatedRequest__Output as _plughost_v1_ChannelHasBeenCreatedRequest__Output } from './plughost/v1/ChannelHasBeenCreatedRequest.ts';
import type { ChannelHasBeenCreatedResponse as _plughost_v1_ChannelHasBeenCreatedResponse, ChannelHasBeenCreatedResponse__Output as _plughost_v1_ChannelHasBeenCreatedResponse__Output } from './plughost/v1/ChannelHasBeenCreatedResponse.ts';
import type { ChannelMember as _plughost_v1_ChannelMember, ChannelMember__Output as _plughost_v1_ChannelMember__Output } from './plughost/v1/ChannelMember.ts';
import type { Command as _plughost_v1_Command, Command__Output as _plughost_v1_Command__Output } from './plughost/v1/Command.ts';
import type { CommandArgs as _plughost_v1_CommandArgs, CommandArgs__Output as _plughost_v1_CommandArgs__Output } from './plughost/v1/CommandArgs.ts';
import type { CommandResponse as _plughost_v1_CommandResponse, CommandResponse__Output as _plughost_v1_CommandResponse__Output } from './plughost/v1/CommandResponse.ts';
import type { Context as _plughost_v1_Context, Context__Output as _plughost_v1_Context__Output } from './plughost/v1/Context.ts';
import type { ExecuteCommandRequest as _plughost_v1_ExecuteCommandRequest, ExecuteCommandRequest__Output as _plughost_v1_ExecuteCommandRequest__Output } from './plughost/v1/ExecuteCommandRequest.ts';
import type { ExecuteCommandResponse as _plughost_v1_ExecuteCommandResponse, ExecuteCommandResponse__Output as _plughost_v1_ExecuteCommandResponse__Output } from './plughost/v1/ExecuteCommandResponse.ts';
import type { HTTPHeader as _plughost_v1_HTTPHeader, HTTPHeader__Output as _plughost_v1_HTTPHeader__Output } from './plughost/v1/HTTPHeader.ts';
import type { HTTPRequestHead as _plughost_v1_HTTPRequestHead, HTTPRequestHead__Output as _plughost_v1_HTTPRequestHead__Output } from './plughost/v1/HTTPRequestHead.ts';
import type { HTTPRequestPart as _plughost_v1_HTTPRequestPart, HTTPRequestPart__Output as _plughost_v1_HTTPRequestPart__Output } from './plughost/v1/HTTPRequestPart.ts';
import type { HTTPResponseHead as _plughost_v1_HTTPResponseHead, HTTPResponseHead__Output as _plughost_v1_HTTPResponseHead__Output } from './plughost/v1/HTTPResponseHead.ts';
import type { HTTPResponsePart as _plughost_v1_HTTPResponsePart, HTTPResponsePart__Output as _plughost_v1_HTTPResponsePart__Output } from './plughost/v1/HTTPResponsePart.ts';
import type { ImplementedRequest as _plughost_v1_ImplementedRequest, ImplementedRequest__Output as _plughost_v1_ImplementedRequest__Output } from './plughost/v1/ImplementedRequest.ts';
import type { ImplementedResponse as _plughost_v1_ImplementedResponse, ImplementedResponse__Output as _plughost_v1_ImplementedResponse__Output } from './plughost/v1/ImplementedResponse.ts';
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
import type { Post as _plughost_v1_Post, Post__Output as _plughost_v1_Post__Output } from './plughost/v1/Post.ts';
import type { Reaction as _plughost_v1_Reaction, Reaction__Output as _plughost_v1_Reaction__Output } from './plughost/v1/Reaction.ts';
import type { ReactionHasBeenAddedRequest as _plughost_v1_ReactionHasBeenAddedRequest, ReactionHasBeenAddedRequest__Output as _plughost_v1_ReactionHasBeenAddedRequest__Output } from './plughost/v1/ReactionHasBeenAddedRequest.ts';
import type { ReactionHasBeenAddedResponse as _plughost_v1_ReactionHasBeenAddedResponse, ReactionHasBeenAddedResponse__Output as _plughost_v1_ReactionHasBeenAddedResponse__Output } from './plughost/v1/ReactionHasBeenAddedResponse.ts';
import type { ReactionHasBeenRemovedRequest as _plughost_v1_ReactionHasBeenRemovedRequest, ReactionHasBeenRemovedRequest__Output as _plughost_v1_ReactionHasBeenRemovedRequest__Output } from './plughost/v1/ReactionHasBeenRemovedRequest.ts';
import type { ReactionHasBeenRemovedResponse as _plughost_v1_ReactionHasBeenRemovedResponse, ReactionHasBeenRemovedResponse__Output as _plughost_v1_ReactionHasBeenRemovedResponse__Output } from './plughost/v1/ReactionHasBeenRemovedResponse.ts';
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
      AppError: MessageTypeDefinition<_plughost_v1_AppError, _plughost_v1_AppError__Output>
      Channel: MessageTypeDefinition<_plughost_v1_Channel, _plughost_v1_Channel__Output>
      ChannelHasBeenCreatedRequest: MessageTypeDefinition<_plughost_v1_ChannelHasBeenCreatedRequest, _plughost_v1_ChannelHasBeenCreatedRequest__Output>
      ChannelHasBeenCreatedResponse: MessageTypeDefinition<_plughost_v1_ChannelHasBeenCreatedResponse, _plughost_v1_ChannelHasBeenCreatedResponse__Output>
      ChannelMember: MessageTypeDefinition<_plughost_v1_ChannelMember, _plughost_v1_ChannelMember__Output>
      Command: MessageTypeDefinition<_plughost_v1_Command, _plughost_v1_Command__Output>
      CommandArgs: MessageTypeDefinition<_plughost_v1_CommandArgs, _plughost_v1_CommandArgs__Output>
      CommandResponse: MessageTypeDefinition<_plughost_v1_CommandResponse, _plughost_v1_CommandResponse__Output>
      Context: MessageTypeDefinition<_plughost_v1_Context, _plughost_v1_Context__Output>
      ExecuteCommandRequest: MessageTypeDefinition<_plughost_v1_ExecuteCommandRequest, _plughost_v1_ExecuteCommandRequest__Output>
      ExecuteCommandResponse: MessageTypeDefinition<_plughost_v1_ExecuteCommandResponse, _plughost_v1_ExecuteCommandResponse__Output>
      HTTPHeader: MessageTypeDefinition<_plughost_v1_HTTPHeader, _plughost_v1_HTTPHeader__Output>
      HTTPRequestHead: MessageTypeDefinition<_plughost_v1_HTTPRequestHead, _plughost_v1_HTTPRequestHead__Output>
      HTTPRequestPart: MessageTypeDefinition<_plughost_v1_HTTPRequestPart, _plughost_v1_HTTPRequestPart__Output>
      HTTPResponseHead: MessageTypeDefinition<_plughost_v1_HTTPResponseHead, _plughost_v1_HTTPResponseHead__Output>
      HTTPResponsePart: MessageTypeDefinition<_plughost_v1_HTTPResponsePart, _plughost_v1_HTTPResponsePart__Output>
      ImplementedRequest: MessageTypeDefinition<_plughost_v1_ImplementedRequest, _plughost_v1_ImplementedRequest__Output>
      ImplementedResponse: MessageTypeDefinition<_plughost_v1_ImplementedResponse, _plughost_v1_ImplementedResponse__Output>
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
      Post: MessageTypeDefinition<_plughost_v1_Post, _plughost_v1_Post__Output>
      Reaction: MessageTypeDefinition<_plughost_v1_Reaction, _plughost_v1_Reaction__Output>
      ReactionHasBeenAddedRequest: MessageTypeDefinition<_plughost_v1_ReactionHasBeenAddedRequest, _plughost_v1_ReactionHasBeenAddedRequest__Output>
      ReactionHasBeenAddedResponse: MessageTypeDefinition<_plughost_v1_ReactionHasBeenAddedResponse, _plughost_v1_ReactionHasBeenAddedResponse__Output>
      ReactionHasBeenRemovedRequest: MessageTypeDefinition<_plughost_v1_ReactionHasBeenRemovedRequest, _plughost_v1_ReactionHasBeenRemovedRequest__Output>
      ReactionHasBeenRemovedResponse: MessageTypeDefinition<_plughost_v1_ReactionHasBeenRemovedResponse, _plughost_v1_ReactionHasBeenRemovedResponse__Output>
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

