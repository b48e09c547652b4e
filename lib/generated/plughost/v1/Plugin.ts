// Original file: proto/plughost/v1/plugin.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ChannelHasBeenCreatedRequest as _plughost_v1_ChannelHasBeenCreatedRequest, ChannelHasBeenCreatedRequest__Output as _plughost_v1_ChannelHasBeenCreatedRequest__Output } from '../../plughost/v1/ChannelHasBeenCreatedRequest.ts';
import type { ChannelHasBeenCreatedResponse as _plughost_v1_ChannelHasBeenCreatedResponse, ChannelHasBeenCreatedResponse__Output as _plughost_v1_ChannelHasBeenCreatedResponse__Output } from '../../plughost/v1/ChannelHasBeenCreatedResponse.ts';
import type { ExecuteCommandRequest as _plughost_v1_ExecuteCommandRequest, ExecuteCommandRequest__Output as _plughost_v1_ExecuteCommandRequest__Output } from '../../plughost/v1/ExecuteCommandRequest.ts';
import type { ExecuteCommandResponse as _plughost_v1_ExecuteCommandResponse, ExecuteCommandResponse__Output as _plughost_v1_ExecuteCommandResponse__Output } from '../../plughost/v1/ExecuteCommandResponse.ts';
import type { HTTPRequestPart as _plughost_v1_HTTPRequestPart, HTTPRequestPart__Output as _plughost_v1_HTTPRequestPart__Output } from '../../plughost/v1/HTTPRequestPart.ts';
import type { HTTPResponsePart as _plughost_v1_HTTPResponsePart, HTTPResponsePart__Output as _plughost_v1_HTTPResponsePart__Output } from '../../plughost/v1/HTTPResponsePart.ts';
import type { ImplementedRequest as _plughost_v1_ImplementedRequest, ImplementedRequest__Output as _plughost_v1_ImplementedRequest__Output } from '../../plughost/v1/ImplementedRequest.ts';
import type { ImplementedResponse as _plughost_v1_ImplementedResponse, ImplementedResponse__Output as _plughost_v1_ImplementedResponse__Output } from '../../plughost/v1/ImplementedResponse.ts';
import type { MessageHasBeenDeletedRequest as _plughost_v1_MessageHasBeenDeletedRequest, MessageHasBeenDeletedRequest__Output as _plughost_v1_MessageHasBeenDeletedRequest__Output } from '../../plughost/v1/MessageHasBeenDeletedRequest.ts';
import type { MessageHasBeenDeletedResponse as _plughost_v1_MessageHasBeenDeletedResponse, MessageHasBeenDeletedResponse__Output as _plughost_v1_MessageHasBeenDeletedResponse__Output } from '../../plughost/v1/MessageHasBeenDeletedResponse.ts';
import type { MessageHasBeenPostedRequest as _plughost_v1_MessageHasBeenPostedRequest, MessageHasBeenPostedRequest__Output as _plughost_v1_MessageHasBeenPostedRequest__Output } from '../../plughost/v1/MessageHasBeenPostedRequest.ts';
import type { MessageHasBeenPostedResponse as _plughost_v1_MessageHasBeenPostedResponse, MessageHasBeenPostedResponse__Output as _plughost_v1_MessageHasBeenPostedResponse__Output } from '../../plughost/v1/MessageHasBeenPostedResponse.ts';
import type { MessageHasBeenUpdatedRequest as _plughost_v1_MessageHasBeenUpdatedRequest, MessageHasBeenUpdatedRequest__Output as _plughost_v1_MessageHasBeenUpdatedRequest__Output } from '../../plughost/v1/MessageHasBeenUpdatedRequest.ts';
import type { MessageHasBeenUpdatedResponse as _plughost_v1_MessageHasBeenUpdatedResponse, MessageHasBeenUpdatedResponse__Output as _plughost_v1_MessageHasBeenUpdatedResponse__Output } from '../../plughost/v1/MessageHasBeenUpdatedResponse.ts';
import type { MessageWillBePostedRequest as _plughost_v1_MessageWillBePostedRequest, MessageWillBePostedRequest__Output as _plughost_v1_MessageWillBePostedRequest__Output } from '../../plughost/v1/MessageWillBePostedRequest.ts';
import type { MessageWillBePostedResponse as _plughost_v1_MessageWillBePostedResponse, MessageWillBePostedResponse__Output as _plughost_v1_MessageWillBePostedResponse__Output } from '../../plughost/v1/MessageWillBePostedResponse.ts';
import type { MessageWillBeUpdatedRequest as _plughost_v1_MessageWillBeUpdatedRequest, MessageWillBeUpdatedRequest__Output as _plughost_v1_MessageWillBeUpdatedRequest__Output } from '../../plughost/v1/MessageWillBeUpdatedRequest.ts';
import type { MessageWillBeUpdatedResponse as _plughost_v1_MessageWillBeUpdatedResponse, MessageWillBeUpdatedResponse__Output as _plughost_v1_MessageWillBeUpdatedResponse__Output } from '../../plughost/v1/MessageWillBeUpdatedResponse.ts';
import type { OnActivateRequest as _plughost_v1_OnActivateRequest, OnActivateRequest__Output as _plughost_v1_OnActivateRequest__Output } from '../../plughost/v1/OnActivateRequest.ts';
import type { OnActivateResponse as _plughost_v1_OnActivateResponse, OnActivateResponse__Output as _plughost_v1_OnActivateResponse__Output } from '../../plughost/v1/OnActivateResponse.ts';
import type { OnConfigurationChangeRequest as _plughost_v1_OnConfigurationChangeRequest, OnConfigurationChangeRequest__Output as _plughost_v1_OnConfigurationChangeRequest__Output } from '../../plughost/v1/OnConfigurationChangeRequest.ts';
import type { OnConfigurationChangeResponse as _plughost_v1_OnConfigurationChangeResponse, OnConfigurationChangeResponse__Output as _plughost_v1_OnConfigurationChangeResponse__Output } from '../../plughost/v1/OnConfigurationChangeResponse.ts';
import type { OnDeactivateRequest as _plughost_v1_OnDeactivateRequest, OnDeactivateRequest__Output as _plughost_v1_OnDeactivateRequest__Output } from '../../plughost/v1/OnDeactivateRequest.ts';
import type { OnDeactivateResponse as _plughost_v1_OnDeactivateResponse, OnDeactivateResponse__Output as _plughost_v1_OnDeactivateResponse__Output } from '../../plughost/v1/OnDeactivateResponse.ts';
import type { OnInstallRequest as _plughost_v1_OnInstallRequest, OnInstallRequest__Output as _plughost_v1_OnInstallRequest__Output } from '../../plughost/v1/OnInstallRequest.ts';
import type { OnInstallResponse as _plughost_v1_OnInstallResponse, OnInstallResponse__Output as _plughost_v1_OnInstallResponse__Output } from '../../plughost/v1/OnInstallResponse.ts';
import type { OnPluginClusterEventRequest as _plughost_v1_OnPluginClusterEventRequest, OnPluginClusterEventRequest__Output as _plughost_v1_OnPluginClusterEventRequest__Output } from '../../plughost/v1/OnPluginClusterEventRequest.ts';
import type { OnPluginClusterEventResponse as _plughost_v1_OnPluginClusterEventResponse, OnPluginClusterEventResponse__Output as _plughost_v1_OnPluginClusterEventResponse__Output } from '../../plughost/v1/OnPluginClusterEventResponse.ts';
import type { PingRequest as _plughost_v1_PingRequest, PingRequest__Output as _plughost_v1_PingRequest__Output } from '../../plughost/v1/PingRequest.ts';
import type { PingResponse as _plughost_v1_PingResponse, PingResponse__Output as _plughost_v1_PingResponse__Output } from '../../plughost/v1/PingResponse.ts';
import type { ReactionHasBeenAddedRequest as _plughost_v1_ReactionHasBeenAddedRequest, ReactionHasBeenAddedRequest__Output as _plughost_v1_ReactionHasBeenAddedRequest__Output } from '../../plughost/v1/ReactionHasBeenAddedRequest.ts';
import type { ReactionHasBeenAddedResponse as _plughost_v1_ReactionHasBeenAddedResponse, ReactionHasBeenAddedResponse__Output as _plughost_v1_ReactionHasBeenAddedResponse__Output } from '../../plughost/v1/ReactionHasBeenAddedResponse.ts';
import type { ReactionHasBeenRemovedRequest as _plughost_v1_ReactionHasBeenRemovedRequest, ReactionHasBeenRemovedRequest__Output as _plughost_v1_ReactionHasBeenRemovedRequest__Output } from '../../plughost/v1/ReactionHasBeenRemovedRequest.ts';
import type { ReactionHasBeenRemovedResponse as _plughost_v1_ReactionHasBeenRemovedResponse, ReactionHasBeenRemovedResponse__Output as _plughost_v1_ReactionHasBeenRemovedResponse__Output } from '../../plughost/v1/ReactionHasBeenRemovedResponse.ts';
import type { UserHasBeenCreatedRequest as _plughost_v1_UserHasBeenCreatedRequest, UserHasBeenCreatedRequest__Output as _plughost_v1_UserHasBeenCreatedRequest__Output } from '../../plughost/v1/UserHasBeenCreatedRequest.ts';
import type { UserHasBeenCreatedResponse as _plughost_v1_UserHasBeenCreatedResponse, UserHasBeenCreatedResponse__Output as _plughost_v1_UserHasBeenCreatedResponse__Output } from '../../plughost/v1/UserHasBeenCreatedResponse.ts';
import type { UserHasJoinedChannelRequest as _plughost_v1_UserHasJoinedChannelRequest, UserHasJoinedChannelRequest__Output as _plughost_v1_UserHasJoinedChannelRequest__Output } from '../../plughost/v1/UserHasJoinedChannelRequest.ts';
import type { UserHasJoinedChannelResponse as _plughost_v1_UserHasJoinedChannelResponse, UserHasJoinedChannelResponse__Output as _plughost_v1_UserHasJoinedChannelResponse__Output } from '../../plughost/v1/UserHasJoinedChannelResponse.ts';
import type { UserHasLeftChannelRequest as _plughost_v1_UserHasLeftChannelRequest, UserHasLeftChannelRequest__Output as _plughost_v1_UserHasLeftChannelRequest__Output } from '../../plughost/v1/UserHasLeftChannelRequest.ts';
import type { UserHasLeftChannelResponse as _plughost_v1_UserHasLeftChannelResponse, UserHasLeftChannelResponse__Output as _plughost_v1_UserHasLeftChannelResponse__Output } from '../../plughost/v1/UserHasLeftChannelResponse.ts';

export interface PluginClient extends grpc.Client {
  ChannelHasBeenCreated(argument: _plughost_v1_ChannelHasBeenCreatedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ChannelHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  ChannelHasBeenCreated(argument: _plughost_v1_ChannelHasBeenCreatedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_ChannelHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  ChannelHasBeenCreated(argument: _plughost_v1_ChannelHasBeenCreatedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ChannelHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  ChannelHasBeenCreated(argument: _plughost_v1_ChannelHasBeenCreatedRequest, callback: grpc.requestCallback<_plughost_v1_ChannelHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  channelHasBeenCreated(argument: _plughost_v1_ChannelHasBeenCreatedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ChannelHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  channelHasBeenCreated(argument: _plughost_v1_ChannelHasBeenCreatedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_ChannelHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  channelHasBeenCreated(argument: _plughost_v1_ChannelHasBeenCreatedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ChannelHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  channelHasBeenCreated(argument: _plughost_v1_ChannelHasBeenCreatedRequest, callback: grpc.requestCallback<_plughost_v1_ChannelHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  
  ExecuteCommand(argument: _plughost_v1_ExecuteCommandRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ExecuteCommandResponse__Output>): grpc.ClientUnaryCall;
  ExecuteCommand(argument: _plughost_v1_ExecuteCommandRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_ExecuteCommandResponse__Output>): grpc.ClientUnaryCall;
  ExecuteCommand(argument: _plughost_v1_ExecuteCommandRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ExecuteCommandResponse__Output>): grpc.ClientUnaryCall;
  ExecuteCommand(argument: _plughost_v1_ExecuteCommandRequest, callback: grpc.requestCallback<_plughost_v1_ExecuteCommandResponse__Output>): grpc.ClientUnaryCall;
  executeCommand(argument: _plughost_v1_ExecuteCommandRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ExecuteCommandResponse__Output>): grpc.ClientUnaryCall;
  executeCommand(argument: _plughost_v1_ExecuteCommandRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_ExecuteCommandResponse__Output>): grpc.ClientUnaryCall;
  executeCommand(argument: _plughost_v1_ExecuteCommandRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ExecuteCommandResponse__Output>): grpc.ClientUnaryCall;
  executeCommand(argument: _plughost_v1_ExecuteCommandRequest, callback: grpc.requestCallback<_plughost_v1_ExecuteCommandResponse__Output>): grpc.ClientUnaryCall;
  
  Implemented(argument: _plughost_v1_ImplementedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ImplementedResponse__Output>): grpc.ClientUnaryCall;
  Implemented(argument: _plughost_v1_ImplementedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_ImplementedResponse__Output>): grpc.ClientUnaryCall;
  Implemented(argument: _plughost_v1_ImplementedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ImplementedResponse__Output>): grpc.ClientUnaryCall;
  Implemented(argument: _plughost_v1_ImplementedRequest, callback: grpc.requestCallback<_plughost_v1_ImplementedResponse__Output>): grpc.ClientUnaryCall;
  implemented(argument: _plughost_v1_ImplementedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ImplementedResponse__Output>): grpc.ClientUnaryCall;
  implemented(argument: _plughost_v1_ImplementedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_ImplementedResponse__Output>): grpc.ClientUnaryCall;
  implemented(argument: _plughost_v1_ImplementedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ImplementedResponse__Output>): grpc.ClientUnaryCall;
  implemented(argument: _plughost_v1_ImplementedRequest, callback: grpc.requestCallback<_plughost_v1_ImplementedResponse__Output>): grpc.ClientUnaryCall;
  
  MessageHasBeenDeleted(argument: _plughost_v1_MessageHasBeenDeletedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenDeletedResponse__Output>): grpc.ClientUnaryCall;
  MessageHasBeenDeleted(argument: _plughost_v1_MessageHasBeenDeletedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenDeletedResponse__Output>): grpc.ClientUnaryCall;
  MessageHasBeenDeleted(argument: _plughost_v1_MessageHasBeenDeletedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenDeletedResponse__Output>): grpc.ClientUnaryCall;
  MessageHasBeenDeleted(argument: _plughost_v1_MessageHasBeenDeletedRequest, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenDeletedResponse__Output>): grpc.ClientUnaryCall;
  messageHasBeenDeleted(argument: _plughost_v1_MessageHasBeenDeletedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenDeletedResponse__Output>): grpc.ClientUnaryCall;
  messageHasBeenDeleted(argument: _plughost_v1_MessageHasBeenDeletedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenDeletedResponse__Output>): grpc.ClientUnaryCall;
  messageHasBeenDeleted(argument: _plughost_v1_MessageHasBeenDeletedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenDeletedResponse__Output>): grpc.ClientUnaryCall;
  messageHasBeenDeleted(argument: _plughost_v1_MessageHasBeenDeletedRequest, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenDeletedResponse__Output>): grpc.ClientUnaryCall;
  
  MessageHasBeenPosted(argument: _plughost_v1_MessageHasBeenPostedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenPostedResponse__Output>): grpc.ClientUnaryCall;
  MessageHasBeenPosted(argument: _plughost_v1_MessageHasBeenPostedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenPostedResponse__Output>): grpc.ClientUnaryCall;
  MessageHasBeenPosted(argument: _plughost_v1_MessageHasBeenPostedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenPostedResponse__Output>): grpc.ClientUnaryCall;
  MessageHasBeenPosted(argument: _plughost_v1_MessageHasBeenPostedRequest, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenPostedResponse__Output>): grpc.ClientUnaryCall;
  messageHasBeenPosted(argument: _plughost_v1_MessageHasBeenPostedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenPostedResponse__Output>): grpc.ClientUnaryCall;
  messageHasBeenPosted(argument: _plughost_v1_MessageHasBeenPostedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenPostedResponse__Output>): grpc.ClientUnaryCall;
  messageHasBeenPosted(argument: _plughost_v1_MessageHasBeenPostedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenPostedResponse__Output>): grpc.ClientUnaryCall;
  messageHasBeenPosted(argument: _plughost_v1_MessageHasBeenPostedRequest, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenPostedResponse__Output>): grpc.ClientUnaryCall;
  
  MessageHasBeenUpdated(argument: _plughost_v1_MessageHasBeenUpdatedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenUpdatedResponse__Output>): grpc.ClientUnaryCall;
  MessageHasBeenUpdated(argument: _plughost_v1_MessageHasBeenUpdatedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenUpdatedResponse__Output>): grpc.ClientUnaryCall;
  MessageHasBeenUpdated(argument: _plughost_v1_MessageHasBeenUpdatedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenUpdatedResponse__Output>): grpc.ClientUnaryCall;
  MessageHasBeenUpdated(argument: _plughost_v1_MessageHasBeenUpdatedRequest, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenUpdatedResponse__Output>): grpc.ClientUnaryCall;
  messageHasBeenUpdated(argument: _plughost_v1_MessageHasBeenUpdatedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenUpdatedResponse__Output>): grpc.ClientUnaryCall;
  messageHasBeenUpdated(argument: _plughost_v1_MessageHasBeenUpdatedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenUpdatedResponse__Output>): grpc.ClientUnaryCall;
  messageHasBeenUpdated(argument: _plughost_v1_MessageHasBeenUpdatedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenUpdatedResponse__Output>): grpc.ClientUnaryCall;
  messageHasBeenUpdated(argument: _plughost_v1_MessageHasBeenUpdatedRequest, callback: grpc.requestCallback<_plughost_v1_MessageHasBeenUpdatedResponse__Output>): grpc.ClientUnaryCall;
  
  MessageWillBePosted(argument: _plughost_v1_MessageWillBePostedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageWillBePostedResponse__Output>): grpc.ClientUnaryCall;
  MessageWillBePosted(argument: _plughost_v1_MessageWillBePostedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_MessageWillBePostedResponse__Output>): grpc.ClientUnaryCall;
  MessageWillBePosted(argument: _plughost_v1_MessageWillBePostedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageWillBePostedResponse__Output>): grpc.ClientUnaryCall;
  MessageWillBePosted(argument: _plughost_v1_MessageWillBePostedRequest, callback: grpc.requestCallback<_plughost_v1_MessageWillBePostedResponse__Output>): grpc.ClientUnaryCall;
  messageWillBePosted(argument: _plughost_v1_MessageWillBePostedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageWillBePostedResponse__Output>): grpc.ClientUnaryCall;
  messageWillBePosted(argument: _plughost_v1_MessageWillBePostedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_MessageWillBePostedResponse__Output>): grpc.ClientUnaryCall;
  messageWillBePosted(argument: _plughost_v1_MessageWillBePostedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageWillBePostedResponse__Output>): grpc.ClientUnaryCall;
  messageWillBePosted(argument: _plughost_v1_MessageWillBePostedRequest, callback: grpc.requestCallback<_plughost_v1_MessageWillBePostedResponse__Output>): grpc.ClientUnaryCall;
  
  MessageWillBeUpdated(argument: _plughost_v1_MessageWillBeUpdatedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageWillBeUpdatedResponse__Output>): grpc.ClientUnaryCall;
  MessageWillBeUpdated(argument: _plughost_v1_MessageWillBeUpdatedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_MessageWillBeUpdatedResponse__Output>): grpc.ClientUnaryCall;
  MessageWillBeUpdated(argument: _plughost_v1_MessageWillBeUpdatedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageWillBeUpdatedResponse__Output>): grpc.ClientUnaryCall;
  MessageWillBeUpdated(argument: _plughost_v1_MessageWillBeUpdatedRequest, callback: grpc.requestCallback<_plughost_v1_MessageWillBeUpdatedResponse__Output>): grpc.ClientUnaryCall;
  messageWillBeUpdated(argument: _plughost_v1_MessageWillBeUpdatedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageWillBeUpdatedResponse__Output>): grpc.ClientUnaryCall;
  messageWillBeUpdated(argument: _plughost_v1_MessageWillBeUpdatedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_MessageWillBeUpdatedResponse__Output>): grpc.ClientUnaryCall;
  messageWillBeUpdated(argument: _plughost_v1_MessageWillBeUpdatedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_MessageWillBeUpdatedResponse__Output>): grpc.ClientUnaryCall;
  messageWillBeUpdated(argument: _plughost_v1_MessageWillBeUpdatedRequest, callback: grpc.requestCallback<_plughost_v1_MessageWillBeUpdatedResponse__Output>): grpc.ClientUnaryCall;
  
  OnActivate(argument: _plughost_v1_OnActivateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnActivateResponse__Output>): grpc.ClientUnaryCall;
  OnActivate(argument: _plughost_v1_OnActivateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_OnActivateResponse__Output>): grpc.ClientUnaryCall;
  OnActivate(argument: _plughost_v1_OnActivateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnActivateResponse__Output>): grpc.ClientUnaryCall;
  OnActivate(argument: _plughost_v1_OnActivateRequest, callback: grpc.requestCallback<_plughost_v1_OnActivateResponse__Output>): grpc.ClientUnaryCall;
  onActivate(argument: _plughost_v1_OnActivateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnActivateResponse__Output>): grpc.ClientUnaryCall;
  onActivate(argument: _plughost_v1_OnActivateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_OnActivateResponse__Output>): grpc.ClientUnaryCall;
  onActivate(argument: _plughost_v1_OnActivateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnActivateResponse__Output>): grpc.ClientUnaryCall;
  onActivate(argument: _plughost_v1_OnActivateRequest, callback: grpc.requestCallback<_plughost_v1_OnActivateResponse__Output>): grpc.ClientUnaryCall;
  
  OnConfigurationChange(argument: _plughost_v1_OnConfigurationChangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnConfigurationChangeResponse__Output>): grpc.ClientUnaryCall;
  OnConfigurationChange(argument: _plughost_v1_OnConfigurationChangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_OnConfigurationChangeResponse__Output>): grpc.ClientUnaryCall;
  OnConfigurationChange(argument: _plughost_v1_OnConfigurationChangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnConfigurationChangeResponse__Output>): grpc.ClientUnaryCall;
  OnConfigurationChange(argument: _plughost_v1_OnConfigurationChangeRequest, callback: grpc.requestCallback<_plughost_v1_OnConfigurationChangeResponse__Output>): grpc.ClientUnaryCall;
  onConfigurationChange(argument: _plughost_v1_OnConfigurationChangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnConfigurationChangeResponse__Output>): grpc.ClientUnaryCall;
  onConfigurationChange(argument: _plughost_v1_OnConfigurationChangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_OnConfigurationChangeResponse__Output>): grpc.ClientUnaryCall;
  onConfigurationChange(argument: _plughost_v1_OnConfigurationChangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnConfigurationChangeResponse__Output>): grpc.ClientUnaryCall;
  onConfigurationChange(argument: _plughost_v1_OnConfigurationChangeRequest, callback: grpc.requestCallback<_plughost_v1_OnConfigurationChangeResponse__Output>): grpc.ClientUnaryCall;
  
  OnDeactivate(argument: _plughost_v1_OnDeactivateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnDeactivateResponse__Output>): grpc.ClientUnaryCall;
  OnDeactivate(argument: _plughost_v1_OnDeactivateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_OnDeactivateResponse__Output>): grpc.ClientUnaryCall;
  OnDeactivate(argument: _plughost_v1_OnDeactivateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnDeactivateResponse__Output>): grpc.ClientUnaryCall;
  OnDeactivate(argument: _plughost_v1_OnDeactivateRequest, callback: grpc.requestCallback<_plughost_v1_OnDeactivateResponse__Output>): grpc.ClientUnaryCall;
  onDeactivate(argument: _plughost_v1_OnDeactivateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnDeactivateResponse__Output>): grpc.ClientUnaryCall;
  onDeactivate(argument: _plughost_v1_OnDeactivateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_OnDeactivateResponse__Output>): grpc.ClientUnaryCall;
  onDeactivate(argument: _plughost_v1_OnDeactivateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnDeactivateResponse__Output>): grpc.ClientUnaryCall;
  onDeactivate(argument: _plughost_v1_OnDeactivateRequest, callback: grpc.requestCallback<_plughost_v1_OnDeactivateResponse__Output>): grpc.ClientUnaryCall;
  
  OnInstall(argument: _plughost_v1_OnInstallRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnInstallResponse__Output>): grpc.ClientUnaryCall;
  OnInstall(argument: _plughost_v1_OnInstallRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_OnInstallResponse__Output>): grpc.ClientUnaryCall;
  OnInstall(argument: _plughost_v1_OnInstallRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnInstallResponse__Output>): grpc.ClientUnaryCall;
  OnInstall(argument: _plughost_v1_OnInstallRequest, callback: grpc.requestCallback<_plughost_v1_OnInstallResponse__Output>): grpc.ClientUnaryCall;
  onInstall(argument: _plughost_v1_OnInstallRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnInstallResponse__Output>): grpc.ClientUnaryCall;
  onInstall(argument: _plughost_v1_OnInstallRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_OnInstallResponse__Output>): grpc.ClientUnaryCall;
  onInstall(argument: _plughost_v1_OnInstallRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnInstallResponse__Output>): grpc.ClientUnaryCall;
  onInstall(argument: _plughost_v1_OnInstallRequest, callback: grpc.requestCallback<_plughost_v1_OnInstallResponse__Output>): grpc.ClientUnaryCall;
  
  OnPluginClusterEvent(argument: _plughost_v1_OnPluginClusterEventRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  OnPluginClusterEvent(argument: _plughost_v1_OnPluginClusterEventRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_OnPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  OnPluginClusterEvent(argument: _plughost_v1_OnPluginClusterEventRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  OnPluginClusterEvent(argument: _plughost_v1_OnPluginClusterEventRequest, callback: grpc.requestCallback<_plughost_v1_OnPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  onPluginClusterEvent(argument: _plughost_v1_OnPluginClusterEventRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  onPluginClusterEvent(argument: _plughost_v1_OnPluginClusterEventRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_OnPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  onPluginClusterEvent(argument: _plughost_v1_OnPluginClusterEventRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_OnPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  onPluginClusterEvent(argument: _plughost_v1_OnPluginClusterEventRequest, callback: grpc.requestCallback<_plughost_v1_OnPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  
  Ping(argument: _plughost_v1_PingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_PingResponse__Output>): grpc.ClientUnaryCall;
  Ping(argument: _plughost_v1_PingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_PingResponse__Output>): grpc.ClientUnaryCall;
  Ping(argument: _plughost_v1_PingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_PingResponse__Output>): grpc.ClientUnaryCall;
  Ping(argument: _plughost_v1_PingRequest, callback: grpc.requestCallback<_plughost_v1_PingResponse__Output>): grpc.ClientUnaryCall;
  ping(argument: _plughost_v1_PingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_PingResponse__Output>): grpc.ClientUnaryCall;
  ping(argument: _plughost_v1_PingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_PingResponse__Output>): grpc.ClientUnaryCall;
  ping(argument: _plughost_v1_PingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_PingResponse__Output>): grpc.ClientUnaryCall;
  ping(argument: _plughost_v1_PingRequest, callback: grpc.requestCallback<_plughost_v1_PingResponse__Output>): grpc.ClientUnaryCall;
  
  ReactionHasBeenAdded(argument: _plughost_v1_ReactionHasBeenAddedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenAddedResponse__Output>): grpc.ClientUnaryCall;
  ReactionHasBeenAdded(argument: _plughost_v1_ReactionHasBeenAddedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenAddedResponse__Output>): grpc.ClientUnaryCall;
  ReactionHasBeenAdded(argument: _plughost_v1_ReactionHasBeenAddedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenAddedResponse__Output>): grpc.ClientUnaryCall;
  ReactionHasBeenAdded(argument: _plughost_v1_ReactionHasBeenAddedRequest, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenAddedResponse__Output>): grpc.ClientUnaryCall;
  reactionHasBeenAdded(argument: _plughost_v1_ReactionHasBeenAddedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenAddedResponse__Output>): grpc.ClientUnaryCall;
  reactionHasBeenAdded(argument: _plughost_v1_ReactionHasBeenAddedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenAddedResponse__Output>): grpc.ClientUnaryCall;
  reactionHasBeenAdded(argument: _plughost_v1_ReactionHasBeenAddedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenAddedResponse__Output>): grpc.ClientUnaryCall;
  reactionHasBeenAdded(argument: _plughost_v1_ReactionHasBeenAddedRequest, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenAddedResponse__Output>): grpc.ClientUnaryCall;
  
  ReactionHasBeenRemoved(argument: _plughost_v1_ReactionHasBeenRemovedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenRemovedResponse__Output>): grpc.ClientUnaryCall;
  ReactionHasBeenRemoved(argument: _plughost_v1_ReactionHasBeenRemovedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenRemovedResponse__Output>): grpc.ClientUnaryCall;
  ReactionHasBeenRemoved(argument: _plughost_v1_ReactionHasBeenRemovedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenRemovedResponse__Output>): grpc.ClientUnaryCall;
  ReactionHasBeenRemoved(argument: _plughost_v1_ReactionHasBeenRemovedRequest, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenRemovedResponse__Output>): grpc.ClientUnaryCall;
  reactionHasBeenRemoved(argument: _plughost_v1_ReactionHasBeenRemovedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenRemovedResponse__Output>): grpc.ClientUnaryCall;
  reactionHasBeenRemoved(argument: _plughost_v1_ReactionHasBeenRemovedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenRemovedResponse__Output>): grpc.ClientUnaryCall;
  reactionHasBeenRemoved(argument: _plughost_v1_ReactionHasBeenRemovedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenRemovedResponse__Output>): grpc.ClientUnaryCall;
  reactionHasBeenRemoved(argument: _plughost_v1_ReactionHasBeenRemovedRequest, callback: grpc.requestCallback<_plughost_v1_ReactionHasBeenRemovedResponse__Output>): grpc.ClientUnaryCall;
  
  ServeHTTP(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_plughost_v1_HTTPRequestPart, _plughost_v1_HTTPResponsePart__Output>;
  ServeHTTP(options?: grpc.CallOptions): grpc.ClientDuplexStream<_plughost_v1_HTTPRequestPart, _plughost_v1_HTTPResponsePart__Output>;
  serveHttp(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_plughost_v1_HTTPRequestPart, _plughost_v1_HTTPResponsePart__Output>;
  serveHttp(options?: grpc.CallOptions): grpc.ClientDuplexStream<_plughost_v1_HTTPRequestPart, _plughost_v1_HTTPResponsePart__Output>;
  
  UserHasBeenCreated(argument: _plughost_v1_UserHasBeenCreatedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UserHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  UserHasBeenCreated(argument: _plughost_v1_UserHasBeenCreatedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_UserHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  UserHasBeenCreated(argument: _plughost_v1_UserHasBeenCreatedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UserHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  UserHasBeenCreated(argument: _plughost_v1_UserHasBeenCreatedRequest, callback: grpc.requestCallback<_plughost_v1_UserHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  userHasBeenCreated(argument: _plughost_v1_UserHasBeenCreatedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UserHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  userHasBeenCreated(argument: _plughost_v1_UserHasBeenCreatedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_UserHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  userHasBeenCreated(argument: _plughost_v1_UserHasBeenCreatedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UserHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  userHasBeenCreated(argument: _plughost_v1_UserHasBeenCreatedRequest, callback: grpc.requestCallback<_plughost_v1_UserHasBeenCreatedResponse__Output>): grpc.ClientUnaryCall;
  
  UserHasJoinedChannel(argument: _plughost_v1_UserHasJoinedChannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UserHasJoinedChannelResponse__Output>): grpc.ClientUnaryCall;
  UserHasJoinedChannel(argument: _plughost_v1_UserHasJoinedChannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_UserHasJoinedChannelResponse__Output>): grpc.ClientUnaryCall;
  UserHasJoinedChannel(argument: _plughost_v1_UserHasJoinedChannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UserHasJoinedChannelResponse__Output>): grpc.ClientUnaryCall;
  UserHasJoinedChannel(argument: _plughost_v1_UserHasJoinedChannelRequest, callback: grpc.requestCallback<_plughost_v1_UserHasJoinedChannelResponse__Output>): grpc.ClientUnaryCall;
  userHasJoinedChannel(argument: _plughost_v1_UserHasJoinedChannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UserHasJoinedChannelResponse__Output>): grpc.ClientUnaryCall;
  userHasJoinedChannel(argument: _plughost_v1_UserHasJoinedChannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_UserHasJoinedChannelResponse__Output>): grpc.ClientUnaryCall;
  userHasJoinedChannel(argument: _plughost_v1_UserHasJoinedChannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UserHasJoinedChannelResponse__Output>): grpc.ClientUnaryCall;
  userHasJoinedChannel(argument: _plughost_v1_UserHasJoinedChannelRequest, callback: grpc.requestCallback<_plughost_v1_UserHasJoinedChannelResponse__Output>): grpc.ClientUnaryCall;
  
  UserHasLeftChannel(argument: _plughost_v1_UserHasLeftChannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UserHasLeftChannelResponse__Output>): grpc.ClientUnaryCall;
  UserHasLeftChannel(argument: _plughost_v1_UserHasLeftChannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_UserHasLeftChannelResponse__Output>): grpc.ClientUnaryCall;
  UserHasLeftChannel(argument: _plughost_v1_UserHasLeftChannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UserHasLeftChannelResponse__Output>): grpc.ClientUnaryCall;
  UserHasLeftChannel(argument: _plughost_v1_UserHasLeftChannelRequest, callback: grpc.requestCallback<_plughost_v1_UserHasLeftChannelResponse__Output>): grpc.ClientUnaryCall;
  userHasLeftChannel(argument: _plughost_v1_UserHasLeftChannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UserHasLeftChannelResponse__Output>): grpc.ClientUnaryCall;
  userHasLeftChannel(argument: _plughost_v1_UserHasLeftChannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_UserHasLeftChannelResponse__Output>): grpc.ClientUnaryCall;
  userHasLeftChannel(argument: _plughost_v1_UserHasLeftChannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UserHasLeftChannelResponse__Output>): grpc.ClientUnaryCall;
  userHasLeftChannel(argument: _plughost_v1_UserHasLeftChannelRequest, callback: grpc.requestCallback<_plughost_v1_UserHasLeftChannelResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface PluginHandlers extends grpc.UntypedServiceImplementation {
  ChannelHasBeenCreated: grpc.handleUnaryCall<_plughost_v1_ChannelHasBeenCreatedRequest__Output, _plughost_v1_ChannelHasBeenCreatedResponse>;
  
  ExecuteCommand: grpc.handleUnaryCall<_plughost_v1_ExecuteCommandRequest__Output, _plughost_v1_ExecuteCommandResponse>;
  
  Implemented: grpc.handleUnaryCall<_plughost_v1_ImplementedRequest__Output, _plughost_v1_ImplementedResponse>;
  
  MessageHasBeenDeleted: grpc.handleUnaryCall<_plughost_v1_MessageHasBeenDeletedRequest__Output, _plughost_v1_MessageHasBeenDeletedResponse>;
  
  MessageHasBeenPosted: grpc.handleUnaryCall<_plughost_v1_MessageHasBeenPostedRequest__Output, _plughost_v1_MessageHasBeenPostedResponse>;
  
  MessageHasBeenUpdated: grpc.handleUnaryCall<_plughost_v1_MessageHasBeenUpdatedRequest__Output, _plughost_v1_MessageHasBeenUpdatedResponse>;
  
  MessageWillBePosted: grpc.handleUnaryCall<_plughost_v1_MessageWillBePostedRequest__Output, _plughost_v1_MessageWillBePostedResponse>;
  
  MessageWillBeUpdated: grpc.handleUnaryCall<_plughost_v1_MessageWillBeUpdatedRequest__Output, _plughost_v1_MessageWillBeUpdatedResponse>;
  
  OnActivate: grpc.handleUnaryCall<_plughost_v1_OnActivateRequest__Output, _plughost_v1_OnActivateResponse>;
  
  OnConfigurationChange: grpc.handleUnaryCall<_plughost_v1_OnConfigurationChangeRequest__Output, _plughost_v1_OnConfigurationChangeResponse>;
  
  OnDeactivate: grpc.handleUnaryCall<_plughost_v1_OnDeactivateRequest__Output, _plughost_v1_OnDeactivateResponse>;
  
  OnInstall: grpc.handleUnaryCall<_plughost_v1_OnInstallRequest__Output, _plughost_v1_OnInstallResponse>;
  
  OnPluginClusterEvent: grpc.handleUnaryCall<_plughost_v1_OnPluginClusterEventRequest__Output, _plughost_v1_OnPluginClusterEventResponse>;
  
  Ping: grpc.handleUnaryCall<_plughost_v1_PingRequest__Output, _plughost_v1_PingResponse>;
  
  ReactionHasBeenAdded: grpc.handleUnaryCall<_plughost_v1_ReactionHasBeenAddedRequest__Output, _plughost_v1_ReactionHasBeenAddedResponse>;
  
  ReactionHasBeenRemoved: grpc.handleUnaryCall<_plughost_v1_ReactionHasBeenRemovedRequest__Output, _plughost_v1_ReactionHasBeenRemovedResponse>;
  
  ServeHTTP: grpc.handleBidiStreamingCall<_plughost_v1_HTTPRequestPart__Output, _plughost_v1_HTTPResponsePart>;
  
  UserHasBeenCreated: grpc.handleUnaryCall<_plughost_v1_UserHasBeenCreatedRequest__Output, _plughost_v1_UserHasBeenCreatedResponse>;
  
  UserHasJoinedChannel: grpc.handleUnaryCall<_plughost_v1_UserHasJoinedChannelRequest__Output, _plughost_v1_UserHasJoinedChannelResponse>;
  
  UserHasLeftChannel: grpc.handleUnaryCall<_plughost_v1_UserHasLeftChannelRequest__Output, _plughost_v1_UserHasLeftChannelResponse>;
  
}

export interface PluginDefinition extends grpc.ServiceDefinition {
  ChannelHasBeenCreated: MethodDefinition<_plughost_v1_ChannelHasBeenCreatedRequest, _plughost_v1_ChannelHasBeenCreatedResponse, _plughost_v1_ChannelHasBeenCreatedRequest__Output, _plughost_v1_ChannelHasBeenCreatedResponse__Output>
  ExecuteCommand: MethodDefinition<_plughost_v1_ExecuteCommandRequest, _plughost_v1_ExecuteCommandResponse, _plughost_v1_ExecuteCommandRequest__Output, _plughost_v1_ExecuteCommandResponse__Output>
  Implemented: MethodDefinition<_plughost_v1_ImplementedRequest, _plughost_v1_ImplementedResponse, _plughost_v1_ImplementedRequest__Output, _plughost_v1_ImplementedResponse__Output>
  MessageHasBeenDeleted: MethodDefinition<_plughost_v1_MessageHasBeenDeletedRequest, _plughost_v1_MessageHasBeenDeletedResponse, _plughost_v1_MessageHasBeenDeletedRequest__Output, _plughost_v1_MessageHasBeenDeletedResponse__Output>
  MessageHasBeenPosted: MethodDefinition<_plughost_v1_MessageHasBeenPostedRequest, _plughost_v1_MessageHasBeenPostedResponse, _plughost_v1_MessageHasBeenPostedRequest__Output, _plughost_v1_MessageHasBeenPostedResponse__Output>
  MessageHasBeenUpdated: MethodDefinition<_plughost_v1_MessageHasBeenUpdatedRequest, _plughost_v1_MessageHasBeenUpdatedResponse, _plughost_v1_MessageHasBeenUpdatedRequest__Output, _plughost_v1_MessageHasBeenUpdatedResponse__Output>
  MessageWillBePosted: MethodDefinition<_plughost_v1_MessageWillBePostedRequest, _plughost_v1_MessageWillBePostedResponse, _plughost_v1_MessageWillBePostedRequest__Output, _plughost_v1_MessageWillBePostedResponse__Output>
  MessageWillBeUpdated: MethodDefinition<_plughost_v1_MessageWillBeUpdatedRequest, _plughost_v1_MessageWillBeUpdatedResponse, _plughost_v1_MessageWillBeUpdatedRequest__Output, _plughost_v1_MessageWillBeUpdatedResponse__Output>
  OnActivate: MethodDefinition<_plughost_v1_OnActivateRequest, _plughost_v1_OnActivateResponse, _plughost_v1_OnActivateRequest__Output, _plughost_v1_OnActivateResponse__Output>
  OnConfigurationChange: MethodDefinition<_plughost_v1_OnConfigurationChangeRequest, _plughost_v1_OnConfigurationChangeResponse, _plughost_v1_OnConfigurationChangeRequest__Output, _plughost_v1_OnConfigurationChangeResponse__Output>
  OnDeactivate: MethodDefinition<_plughost_v1_OnDeactivateRequest, _plughost_v1_OnDeactivateResponse, _plughost_v1_OnDeactivateRequest__Output, _plughost_v1_OnDeactivateResponse__Output>
  OnInstall: MethodDefinition<_plughost_v1_OnInstallRequest, _plughost_v1_OnInstallResponse, _plughost_v1_OnInstallRequest__Output, _plughost_v1_OnInstallResponse__Output>
  OnPluginClusterEvent: MethodDefinition<_plughost_v1_OnPluginClusterEventRequest, _plughost_v1_OnPluginClusterEventResponse, _plughost_v1_OnPluginClusterEventRequest__Output, _plughost_v1_OnPluginClusterEventResponse__Output>
  Ping: MethodDefinition<_plughost_v1_PingRequest, _plughost_v1_PingResponse, _plughost_v1_PingRequest__Output, _plughost_v1_PingResponse__Output>
  ReactionHasBeenAdded: MethodDefinition<_plughost_v1_ReactionHasBeenAddedRequest, _plughost_v1_ReactionHasBeenAddedResponse, _plughost_v1_ReactionHasBeenAddedRequest__Output, _plughost_v1_ReactionHasBeenAddedResponse__Output>
  ReactionHasBeenRemoved: MethodDefinition<_plughost_v1_ReactionHasBeenRemovedRequest, _plughost_v1_ReactionHasBeenRemovedResponse, _plughost_v1_ReactionHasBeenRemovedRequest__Output, _plughost_v1_ReactionHasBeenRemovedResponse__Output>
  ServeHTTP: MethodDefinition<_plughost_v1_HTTPRequestPart, _plughost_v1_HTTPResponsePart, _plughost_v1_HTTPRequestPart__Output, _plughost_v1_HTTPResponsePart__Output>
  UserHasBeenCreated: MethodDefinition<_plughost_v1_UserHasBeenCreatedRequest, _plughost_v1_UserHasBeenCreatedResponse, _plughost_v1_UserHasBeenCreatedRequest__Output, _plughost_v1_UserHasBeenCreatedResponse__Output>
  UserHasJoinedChannel: MethodDefinition<_plughost_v1_UserHasJoinedChannelRequest, _plughost_v1_UserHasJoinedChannelResponse, _plughost_v1_UserHasJoinedChannelRequest__Output, _plughost_v1_UserHasJoinedChannelResponse__Output>
  UserHasLeftChannel: MethodDefinition<_plughost_v1_UserHasLeftChannelRequest, _plughost_v1_UserHasLeftChannelResponse, _plughost_v1_UserHasLeftChannelRequest__Output, _plughost_v1_UserHasLeftChannelResponse__Output>
}
