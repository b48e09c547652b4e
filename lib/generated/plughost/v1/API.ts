// Original file: proto/plughost/v1/api.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddChannelMemberRequest as _plughost_v1_AddChannelMemberRequest, AddChannelMemberRequest__Output as _plughost_v1_AddChannelMemberRequest__Output } from '../../plughost/v1/AddChannelMemberRequest.ts';
import type { AddChannelMemberResponse as _plughost_v1_AddChannelMemberResponse, AddChannelMemberResponse__Output as _plughost_v1_AddChannelMemberResponse__Output } from '../../plughost/v1/AddChannelMemberResponse.ts';
import type { AddReactionRequest as _plughost_v1_AddReactionRequest, AddReactionRequest__Output as _plughost_v1_AddReactionRequest__Output } from '../../plughost/v1/AddReactionRequest.ts';
import type { AddReactionResponse as _plughost_v1_AddReactionResponse, AddReactionResponse__Output as _plughost_v1_AddReactionResponse__Output } from '../../plughost/v1/AddReactionResponse.ts';
import type { CreateChannelRequest as _plughost_v1_CreateChannelRequest, CreateChannelRequest__Output as _plughost_v1_CreateChannelRequest__Output } from '../../plughost/v1/CreateChannelRequest.ts';
import type { CreateChannelResponse as _plughost_v1_CreateChannelResponse, CreateChannelResponse__Output as _plughost_v1_CreateChannelResponse__Output } from '../../plughost/v1/CreateChannelResponse.ts';
import type { CreatePostRequest as _plughost_v1_CreatePostRequest, CreatePostRequest__Output as _plughost_v1_CreatePostRequest__Output } from '../../plughost/v1/CreatePostRequest.ts';
import type { CreatePostResponse as _plughost_v1_CreatePostResponse, CreatePostResponse__Output as _plughost_v1_CreatePostResponse__Output } from '../../plughost/v1/CreatePostResponse.ts';
import type { CreateUserRequest as _plughost_v1_CreateUserRequest, CreateUserRequest__Output as _plughost_v1_CreateUserRequest__Output } from '../../plughost/v1/CreateUserRequest.ts';
import type { CreateUserResponse as _plughost_v1_CreateUserResponse, CreateUserResponse__Output as _plughost_v1_CreateUserResponse__Output } from '../../plughost/v1/CreateUserResponse.ts';
import type { DeleteChannelMemberRequest as _plughost_v1_DeleteChannelMemberRequest, DeleteChannelMemberRequest__Output as _plughost_v1_DeleteChannelMemberRequest__Output } from '../../plughost/v1/DeleteChannelMemberRequest.ts';
import type { DeleteChannelMemberResponse as _plughost_v1_DeleteChannelMemberResponse, DeleteChannelMemberResponse__Output as _plughost_v1_DeleteChannelMemberResponse__Output } from '../../plughost/v1/DeleteChannelMemberResponse.ts';
import type { DeletePostRequest as _plughost_v1_DeletePostRequest, DeletePostRequest__Output as _plughost_v1_DeletePostRequest__Output } from '../../plughost/v1/DeletePostRequest.ts';
import type { DeletePostResponse as _plughost_v1_DeletePostResponse, DeletePostResponse__Output as _plughost_v1_DeletePostResponse__Output } from '../../plughost/v1/DeletePostResponse.ts';
import type { GetChannelRequest as _plughost_v1_GetChannelRequest, GetChannelRequest__Output as _plughost_v1_GetChannelRequest__Output } from '../../plughost/v1/GetChannelRequest.ts';
import type { GetChannelResponse as _plughost_v1_GetChannelResponse, GetChannelResponse__Output as _plughost_v1_GetChannelResponse__Output } from '../../plughost/v1/GetChannelResponse.ts';
import type { GetPluginConfigRequest as _plughost_v1_GetPluginConfigRequest, GetPluginConfigRequest__Output as _plughost_v1_GetPluginConfigRequest__Output } from '../../plughost/v1/GetPluginConfigRequest.ts';
import type { GetPluginConfigResponse as _plughost_v1_GetPluginConfigResponse, GetPluginConfigResponse__Output as _plughost_v1_GetPluginConfigResponse__Output } from '../../plughost/v1/GetPluginConfigResponse.ts';
import type { GetPostRequest as _plughost_v1_GetPostRequest, GetPostRequest__Output as _plughost_v1_GetPostRequest__Output } from '../../plughost/v1/GetPostRequest.ts';
import type { GetPostResponse as _plughost_v1_GetPostResponse, GetPostResponse__Output as _plughost_v1_GetPostResponse__Output } from '../../plughost/v1/GetPostResponse.ts';
import type { GetPostsForChannelRequest as _plughost_v1_GetPostsForChannelRequest, GetPostsForChannelRequest__Output as _plughost_v1_GetPostsForChannelRequest__Output } from '../../plughost/v1/GetPostsForChannelRequest.ts';
import type { GetPostsForChannelResponse as _plughost_v1_GetPostsForChannelResponse, GetPostsForChannelResponse__Output as _plughost_v1_GetPostsForChannelResponse__Output } from '../../plughost/v1/GetPostsForChannelResponse.ts';
import type { GetReactionsRequest as _plughost_v1_GetReactionsRequest, GetReactionsRequest__Output as _plughost_v1_GetReactionsRequest__Output } from '../../plughost/v1/GetReactionsRequest.ts';
import type { GetReactionsResponse as _plughost_v1_GetReactionsResponse, GetReactionsResponse__Output as _plughost_v1_GetReactionsResponse__Output } from '../../plughost/v1/GetReactionsResponse.ts';
import type { GetServerVersionRequest as _plughost_v1_GetServerVersionRequest, GetServerVersionRequest__Output as _plughost_v1_GetServerVersionRequest__Output } from '../../plughost/v1/GetServerVersionRequest.ts';
import type { GetServerVersionResponse as _plughost_v1_GetServerVersionResponse, GetServerVersionResponse__Output as _plughost_v1_GetServerVersionResponse__Output } from '../../plughost/v1/GetServerVersionResponse.ts';
import type { GetUserByUsernameRequest as _plughost_v1_GetUserByUsernameRequest, GetUserByUsernameRequest__Output as _plughost_v1_GetUserByUsernameRequest__Output } from '../../plughost/v1/GetUserByUsernameRequest.ts';
import type { GetUserRequest as _plughost_v1_GetUserRequest, GetUserRequest__Output as _plughost_v1_GetUserRequest__Output } from '../../plughost/v1/GetUserRequest.ts';
import type { GetUserResponse as _plughost_v1_GetUserResponse, GetUserResponse__Output as _plughost_v1_GetUserResponse__Output } from '../../plughost/v1/GetUserResponse.ts';
import type { KVCompareAndDeleteRequest as _plughost_v1_KVCompareAndDeleteRequest, KVCompareAndDeleteRequest__Output as _plughost_v1_KVCompareAndDeleteRequest__Output } from '../../plughost/v1/KVCompareAndDeleteRequest.ts';
import type { KVCompareAndDeleteResponse as _plughost_v1_KVCompareAndDeleteResponse, KVCompareAndDeleteResponse__Output as _plughost_v1_KVCompareAndDeleteResponse__Output } from '../../plughost/v1/KVCompareAndDeleteResponse.ts';
import type { KVDeleteAllRequest as _plughost_v1_KVDeleteAllRequest, KVDeleteAllRequest__Output as _plughost_v1_KVDeleteAllRequest__Output } from '../../plughost/v1/KVDeleteAllRequest.ts';
import type { KVDeleteAllResponse as _plughost_v1_KVDeleteAllResponse, KVDeleteAllResponse__Output as _plughost_v1_KVDeleteAllResponse__Output } from '../../plughost/v1/KVDeleteAllResponse.ts';
import type { KVDeleteRequest as _plughost_v1_KVDeleteRequest, KVDeleteRequest__Output as _plughost_v1_KVDeleteRequest__Output } from '../../plughost/v1/KVDeleteRequest.ts';
import type { KVDeleteResponse as _plughost_v1_KVDeleteResponse, KVDeleteResponse__Output as _plughost_v1_KVDeleteResponse__Output } from '../../plughost/v1/KVDeleteResponse.ts';
import type { KVGetRequest as _plughost_v1_KVGetRequest, KVGetRequest__Output as _plughost_v1_KVGetRequest__Output } from '../../plughost/v1/KVGetRequest.ts';
import type { KVGetResponse as _plughost_v1_KVGetResponse, KVGetResponse__Output as _plughost_v1_KVGetResponse__Output } from '../../plughost/v1/KVGetResponse.ts';
import type { KVListRequest as _plughost_v1_KVListRequest, KVListRequest__Output as _plughost_v1_KVListRequest__Output } from '../../plughost/v1/KVListRequest.ts';
import type { KVListResponse as _plughost_v1_KVListResponse, KVListResponse__Output as _plughost_v1_KVListResponse__Output } from '../../plughost/v1/KVListResponse.ts';
import type { KVSetRequest as _plughost_v1_KVSetRequest, KVSetRequest__Output as _plughost_v1_KVSetRequest__Output } from '../../plughost/v1/KVSetRequest.ts';
import type { KVSetResponse as _plughost_v1_KVSetResponse, KVSetResponse__Output as _plughost_v1_KVSetResponse__Output } from '../../plughost/v1/KVSetResponse.ts';
import type { KVSetWithOptionsRequest as _plughost_v1_KVSetWithOptionsRequest, KVSetWithOptionsRequest__Output as _plughost_v1_KVSetWithOptionsRequest__Output } from '../../plughost/v1/KVSetWithOptionsRequest.ts';
import type { KVSetWithOptionsResponse as _plughost_v1_KVSetWithOptionsResponse, KVSetWithOptionsResponse__Output as _plughost_v1_KVSetWithOptionsResponse__Output } from '../../plughost/v1/KVSetWithOptionsResponse.ts';
import type { LogRequest as _plughost_v1_LogRequest, LogRequest__Output as _plughost_v1_LogRequest__Output } from '../../plughost/v1/LogRequest.ts';
import type { LogResponse as _plughost_v1_LogResponse, LogResponse__Output as _plughost_v1_LogResponse__Output } from '../../plughost/v1/LogResponse.ts';
import type { PluginHTTPRequest as _plughost_v1_PluginHTTPRequest, PluginHTTPRequest__Output as _plughost_v1_PluginHTTPRequest__Output } from '../../plughost/v1/PluginHTTPRequest.ts';
import type { PluginHTTPResponse as _plughost_v1_PluginHTTPResponse, PluginHTTPResponse__Output as _plughost_v1_PluginHTTPResponse__Output } from '../../plughost/v1/PluginHTTPResponse.ts';
import type { PublishPluginClusterEventRequest as _plughost_v1_PublishPluginClusterEventRequest, PublishPluginClusterEventRequest__Output as _plughost_v1_PublishPluginClusterEventRequest__Output } from '../../plughost/v1/PublishPluginClusterEventRequest.ts';
import type { PublishPluginClusterEventResponse as _plughost_v1_PublishPluginClusterEventResponse, PublishPluginClusterEventResponse__Output as _plughost_v1_PublishPluginClusterEventResponse__Output } from '../../plughost/v1/PublishPluginClusterEventResponse.ts';
import type { RegisterCommandRequest as _plughost_v1_RegisterCommandRequest, RegisterCommandRequest__Output as _plughost_v1_RegisterCommandRequest__Output } from '../../plughost/v1/RegisterCommandRequest.ts';
import type { RegisterCommandResponse as _plughost_v1_RegisterCommandResponse, RegisterCommandResponse__Output as _plughost_v1_RegisterCommandResponse__Output } from '../../plughost/v1/RegisterCommandResponse.ts';
import type { RemoveReactionRequest as _plughost_v1_RemoveReactionRequest, RemoveReactionRequest__Output as _plughost_v1_RemoveReactionRequest__Output } from '../../plughost/v1/RemoveReactionRequest.ts';
import type { RemoveReactionResponse as _plughost_v1_RemoveReactionResponse, RemoveReactionResponse__Output as _plughost_v1_RemoveReactionResponse__Output } from '../../plughost/v1/RemoveReactionResponse.ts';
import type { SavePluginConfigRequest as _plughost_v1_SavePluginConfigRequest, SavePluginConfigRequest__Output as _plughost_v1_SavePluginConfigRequest__Output } from '../../plughost/v1/SavePluginConfigRequest.ts';
import type { SavePluginConfigResponse as _plughost_v1_SavePluginConfigResponse, SavePluginConfigResponse__Output as _plughost_v1_SavePluginConfigResponse__Output } from '../../plughost/v1/SavePluginConfigResponse.ts';
import type { UnregisterCommandRequest as _plughost_v1_UnregisterCommandRequest, UnregisterCommandRequest__Output as _plughost_v1_UnregisterCommandRequest__Output } from '../../plughost/v1/UnregisterCommandRequest.ts';
import type { UnregisterCommandResponse as _plughost_v1_UnregisterCommandResponse, UnregisterCommandResponse__Output as _plughost_v1_UnregisterCommandResponse__Output } from '../../plughost/v1/UnregisterCommandResponse.ts';
import type { UpdatePostRequest as _plughost_v1_UpdatePostRequest, UpdatePostRequest__Output as _plughost_v1_UpdatePostRequest__Output } from '../../plughost/v1/UpdatePostRequest.ts';
import type { UpdatePostResponse as _plughost_v1_UpdatePostResponse, UpdatePostResponse__Output as _plughost_v1_UpdatePostResponse__Output } from '../../plughost/v1/UpdatePostResponse.ts';

export interface APIClient extends grpc.Client {
  AddChannelMember(argument: _plughost_v1_AddChannelMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_AddChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  AddChannelMember(argument: _plughost_v1_AddChannelMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_AddChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  AddChannelMember(argument: _plughost_v1_AddChannelMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_AddChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  AddChannelMember(argument: _plughost_v1_AddChannelMemberRequest, callback: grpc.requestCallback<_plughost_v1_AddChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  addChannelMember(argument: _plughost_v1_AddChannelMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_AddChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  addChannelMember(argument: _plughost_v1_AddChannelMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_AddChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  addChannelMember(argument: _plughost_v1_AddChannelMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_AddChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  addChannelMember(argument: _plughost_v1_AddChannelMemberRequest, callback: grpc.requestCallback<_plughost_v1_AddChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  
  AddReaction(argument: _plughost_v1_AddReactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_AddReactionResponse__Output>): grpc.ClientUnaryCall;
  AddReaction(argument: _plughost_v1_AddReactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_AddReactionResponse__Output>): grpc.ClientUnaryCall;
  AddReaction(argument: _plughost_v1_AddReactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_AddReactionResponse__Output>): grpc.ClientUnaryCall;
  AddReaction(argument: _plughost_v1_AddReactionRequest, callback: grpc.requestCallback<_plughost_v1_AddReactionResponse__Output>): grpc.ClientUnaryCall;
  addReaction(argument: _plughost_v1_AddReactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_AddReactionResponse__Output>): grpc.ClientUnaryCall;
  addReaction(argument: _plughost_v1_AddReactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_AddReactionResponse__Output>): grpc.ClientUnaryCall;
  addReaction(argument: _plughost_v1_AddReactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_AddReactionResponse__Output>): grpc.ClientUnaryCall;
  addReaction(argument: _plughost_v1_AddReactionRequest, callback: grpc.requestCallback<_plughost_v1_AddReactionResponse__Output>): grpc.ClientUnaryCall;
  
  CreateChannel(argument: _plughost_v1_CreateChannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_CreateChannelResponse__Output>): grpc.ClientUnaryCall;
  CreateChannel(argument: _plughost_v1_CreateChannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_CreateChannelResponse__Output>): grpc.ClientUnaryCall;
  CreateChannel(argument: _plughost_v1_CreateChannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_CreateChannelResponse__Output>): grpc.ClientUnaryCall;
  CreateChannel(argument: _plughost_v1_CreateChannelRequest, callback: grpc.requestCallback<_plughost_v1_CreateChannelResponse__Output>): grpc.ClientUnaryCall;
  createChannel(argument: _plughost_v1_CreateChannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_CreateChannelResponse__Output>): grpc.ClientUnaryCall;
  createChannel(argument: _plughost_v1_CreateChannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_CreateChannelResponse__Output>): grpc.ClientUnaryCall;
  createChannel(argument: _plughost_v1_CreateChannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_CreateChannelResponse__Output>): grpc.ClientUnaryCall;
  createChannel(argument: _plughost_v1_CreateChannelRequest, callback: grpc.requestCallback<_plughost_v1_CreateChannelResponse__Output>): grpc.ClientUnaryCall;
  
  CreatePost(argument: _plughost_v1_CreatePostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_CreatePostResponse__Output>): grpc.ClientUnaryCall;
  CreatePost(argument: _plughost_v1_CreatePostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_CreatePostResponse__Output>): grpc.ClientUnaryCall;
  CreatePost(argument: _plughost_v1_CreatePostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_CreatePostResponse__Output>): grpc.ClientUnaryCall;
  CreatePost(argument: _plughost_v1_CreatePostRequest, callback: grpc.requestCallback<_plughost_v1_CreatePostResponse__Output>): grpc.ClientUnaryCall;
  createPost(argument: _plughost_v1_CreatePostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_CreatePostResponse__Output>): grpc.ClientUnaryCall;
  createPost(argument: _plughost_v1_CreatePostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_CreatePostResponse__Output>): grpc.ClientUnaryCall;
  createPost(argument: _plughost_v1_CreatePostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_CreatePostResponse__Output>): grpc.ClientUnaryCall;
  createPost(argument: _plughost_v1_CreatePostRequest, callback: grpc.requestCallback<_plughost_v1_CreatePostResponse__Output>): grpc.ClientUnaryCall;
  
  CreateUser(argument: _plughost_v1_CreateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _plughost_v1_CreateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _plughost_v1_CreateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _plughost_v1_CreateUserRequest, callback: grpc.requestCallback<_plughost_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _plughost_v1_CreateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _plughost_v1_CreateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _plughost_v1_CreateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _plughost_v1_CreateUserRequest, callback: grpc.requestCallback<_plughost_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteChannelMember(argument: _plughost_v1_DeleteChannelMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_DeleteChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  DeleteChannelMember(argument: _plughost_v1_DeleteChannelMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_DeleteChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  DeleteChannelMember(argument: _plughost_v1_DeleteChannelMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_DeleteChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  DeleteChannelMember(argument: _plughost_v1_DeleteChannelMemberRequest, callback: grpc.requestCallback<_plughost_v1_DeleteChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  deleteChannelMember(argument: _plughost_v1_DeleteChannelMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_DeleteChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  deleteChannelMember(argument: _plughost_v1_DeleteChannelMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_DeleteChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  deleteChannelMember(argument: _plughost_v1_DeleteChannelMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_DeleteChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  deleteChannelMember(argument: _plughost_v1_DeleteChannelMemberRequest, callback: grpc.requestCallback<_plughost_v1_DeleteChannelMemberResponse__Output>): grpc.ClientUnaryCall;
  
  DeletePost(argument: _plughost_v1_DeletePostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_DeletePostResponse__Output>): grpc.ClientUnaryCall;
  DeletePost(argument: _plughost_v1_DeletePostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_DeletePostResponse__Output>): grpc.ClientUnaryCall;
  DeletePost(argument: _plughost_v1_DeletePostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_DeletePostResponse__Output>): grpc.ClientUnaryCall;
  DeletePost(argument: _plughost_v1_DeletePostRequest, callback: grpc.requestCallback<_plughost_v1_DeletePostResponse__Output>): grpc.ClientUnaryCall;
  deletePost(argument: _plughost_v1_DeletePostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_DeletePostResponse__Output>): grpc.ClientUnaryCall;
  deletePost(argument: _plughost_v1_DeletePostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_DeletePostResponse__Output>): grpc.ClientUnaryCall;
  deletePost(argument: _plughost_v1_DeletePostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_DeletePostResponse__Output>): grpc.ClientUnaryCall;
  deletePost(argument: _plughost_v1_DeletePostRequest, callback: grpc.requestCallback<_plughost_v1_DeletePostResponse__Output>): grpc.ClientUnaryCall;
  
  GetChannel(argument: _plughost_v1_GetChannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetChannelResponse__Output>): grpc.ClientUnaryCall;
  GetChannel(argument: _plughost_v1_GetChannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetChannelResponse__Output>): grpc.ClientUnaryCall;
  GetChannel(argument: _plughost_v1_GetChannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetChannelResponse__Output>): grpc.ClientUnaryCall;
  GetChannel(argument: _plughost_v1_GetChannelRequest, callback: grpc.requestCallback<_plughost_v1_GetChannelResponse__Output>): grpc.ClientUnaryCall;
  
  GetPluginConfig(argument: _plughost_v1_GetPluginConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetPluginConfigResponse__Output>): grpc.ClientUnaryCall;
  GetPluginConfig(argument: _plughost_v1_GetPluginConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetPluginConfigResponse__Output>): grpc.ClientUnaryCall;
  GetPluginConfig(argument: _plughost_v1_GetPluginConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetPluginConfigResponse__Output>): grpc.ClientUnaryCall;
  GetPluginConfig(argument: _plughost_v1_GetPluginConfigRequest, callback: grpc.requestCallback<_plughost_v1_GetPluginConfigResponse__Output>): grpc.ClientUnaryCall;
  getPluginConfig(argument: _plughost_v1_GetPluginConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetPluginConfigResponse__Output>): grpc.ClientUnaryCall;
  getPluginConfig(argument: _plughost_v1_GetPluginConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetPluginConfigResponse__Output>): grpc.ClientUnaryCall;
  getPluginConfig(argument: _plughost_v1_GetPluginConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetPluginConfigResponse__Output>): grpc.ClientUnaryCall;
  getPluginConfig(argument: _plughost_v1_GetPluginConfigRequest, callback: grpc.requestCallback<_plughost_v1_GetPluginConfigResponse__Output>): grpc.ClientUnaryCall;
  
  GetPost(argument: _plughost_v1_GetPostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetPostResponse__Output>): grpc.ClientUnaryCall;
  GetPost(argument: _plughost_v1_GetPostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetPostResponse__Output>): grpc.ClientUnaryCall;
  GetPost(argument: _plughost_v1_GetPostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetPostResponse__Output>): grpc.ClientUnaryCall;
  GetPost(argument: _plughost_v1_GetPostRequest, callback: grpc.requestCallback<_plughost_v1_GetPostResponse__Output>): grpc.ClientUnaryCall;
  getPost(argument: _plughost_v1_GetPostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetPostResponse__Output>): grpc.ClientUnaryCall;
  getPost(argument: _plughost_v1_GetPostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetPostResponse__Output>): grpc.ClientUnaryCall;
  getPost(argument: _plughost_v1_GetPostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetPostResponse__Output>): grpc.ClientUnaryCall;
  getPost(argument: _plughost_v1_GetPostRequest, callback: grpc.requestCallback<_plughost_v1_GetPostResponse__Output>): grpc.ClientUnaryCall;
  
  GetPostsForChannel(argument: _plughost_v1_GetPostsForChannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetPostsForChannelResponse__Output>): grpc.ClientUnaryCall;
  GetPostsForChannel(argument: _plughost_v1_GetPostsForChannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetPostsForChannelResponse__Output>): grpc.ClientUnaryCall;
  GetPostsForChannel(argument: _plughost_v1_GetPostsForChannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetPostsForChannelResponse__Output>): grpc.ClientUnaryCall;
  GetPostsForChannel(argument: _plughost_v1_GetPostsForChannelRequest, callback: grpc.requestCallback<_plughost_v1_GetPostsForChannelResponse__Output>): grpc.ClientUnaryCall;
  getPostsForChannel(argument: _plughost_v1_GetPostsForChannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetPostsForChannelResponse__Output>): grpc.ClientUnaryCall;
  getPostsForChannel(argument: _plughost_v1_GetPostsForChannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetPostsForChannelResponse__Output>): grpc.ClientUnaryCall;
  getPostsForChannel(argument: _plughost_v1_GetPostsForChannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetPostsForChannelResponse__Output>): grpc.ClientUnaryCall;
  getPostsForChannel(argument: _plughost_v1_GetPostsForChannelRequest, callback: grpc.requestCallback<_plughost_v1_GetPostsForChannelResponse__Output>): grpc.ClientUnaryCall;
  
  GetReactions(argument: _plughost_v1_GetReactionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetReactionsResponse__Output>): grpc.ClientUnaryCall;
  GetReactions(argument: _plughost_v1_GetReactionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetReactionsResponse__Output>): grpc.ClientUnaryCall;
  GetReactions(argument: _plughost_v1_GetReactionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetReactionsResponse__Output>): grpc.ClientUnaryCall;
  GetReactions(argument: _plughost_v1_GetReactionsRequest, callback: grpc.requestCallback<_plughost_v1_GetReactionsResponse__Output>): grpc.ClientUnaryCall;
  getReactions(argument: _plughost_v1_GetReactionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetReactionsResponse__Output>): grpc.ClientUnaryCall;
  getReactions(argument: _plughost_v1_GetReactionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetReactionsResponse__Output>): grpc.ClientUnaryCall;
  getReactions(argument: _plughost_v1_GetReactionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetReactionsResponse__Output>): grpc.ClientUnaryCall;
  getReactions(argument: _plughost_v1_GetReactionsRequest, callback: grpc.requestCallback<_plughost_v1_GetReactionsResponse__Output>): grpc.ClientUnaryCall;
  
  GetServerVersion(argument: _plughost_v1_GetServerVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetServerVersionResponse__Output>): grpc.ClientUnaryCall;
  GetServerVersion(argument: _plughost_v1_GetServerVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetServerVersionResponse__Output>): grpc.ClientUnaryCall;
  GetServerVersion(argument: _plughost_v1_GetServerVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetServerVersionResponse__Output>): grpc.ClientUnaryCall;
  GetServerVersion(argument: _plughost_v1_GetServerVersionRequest, callback: grpc.requestCallback<_plughost_v1_GetServerVersionResponse__Output>): grpc.ClientUnaryCall;
  getServerVersion(argument: _plughost_v1_GetServerVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetServerVersionResponse__Output>): grpc.ClientUnaryCall;
  getServerVersion(argument: _plughost_v1_GetServerVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetServerVersionResponse__Output>): grpc.ClientUnaryCall;
  getServerVersion(argument: _plughost_v1_GetServerVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetServerVersionResponse__Output>): grpc.ClientUnaryCall;
  getServerVersion(argument: _plughost_v1_GetServerVersionRequest, callback: grpc.requestCallback<_plughost_v1_GetServerVersionResponse__Output>): grpc.ClientUnaryCall;
  
  GetUser(argument: _plughost_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _plughost_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _plughost_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _plughost_v1_GetUserRequest, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _plughost_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _plughost_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _plughost_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _plughost_v1_GetUserRequest, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  
  GetUserByUsername(argument: _plughost_v1_GetUserByUsernameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUserByUsername(argument: _plughost_v1_GetUserByUsernameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUserByUsername(argument: _plughost_v1_GetUserByUsernameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUserByUsername(argument: _plughost_v1_GetUserByUsernameRequest, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUserByUsername(argument: _plughost_v1_GetUserByUsernameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUserByUsername(argument: _plughost_v1_GetUserByUsernameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUserByUsername(argument: _plughost_v1_GetUserByUsernameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUserByUsername(argument: _plughost_v1_GetUserByUsernameRequest, callback: grpc.requestCallback<_plughost_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  
  KVCompareAndDelete(argument: _plughost_v1_KVCompareAndDeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVCompareAndDeleteResponse__Output>): grpc.ClientUnaryCall;
  KVCompareAndDelete(argument: _plughost_v1_KVCompareAndDeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVCompareAndDeleteResponse__Output>): grpc.ClientUnaryCall;
  KVCompareAndDelete(argument: _plughost_v1_KVCompareAndDeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVCompareAndDeleteResponse__Output>): grpc.ClientUnaryCall;
  KVCompareAndDelete(argument: _plughost_v1_KVCompareAndDeleteRequest, callback: grpc.requestCallback<_plughost_v1_KVCompareAndDeleteResponse__Output>): grpc.ClientUnaryCall;
  kvCompareAndDelete(argument: _plughost_v1_KVCompareAndDeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVCompareAndDeleteResponse__Output>): grpc.ClientUnaryCall;
  kvCompareAndDelete(argument: _plughost_v1_KVCompareAndDeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVCompareAndDeleteResponse__Output>): grpc.ClientUnaryCall;
  kvCompareAndDelete(argument: _plughost_v1_KVCompareAndDeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVCompareAndDeleteResponse__Output>): grpc.ClientUnaryCall;
  kvCompareAndDelete(argument: _plughost_v1_KVCompareAndDeleteRequest, callback: grpc.requestCallback<_plughost_v1_KVCompareAndDeleteResponse__Output>): grpc.ClientUnaryCall;
  
  KVDelete(argument: _plughost_v1_KVDeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  KVDelete(argument: _plughost_v1_KVDeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  KVDelete(argument: _plughost_v1_KVDeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  KVDelete(argument: _plughost_v1_KVDeleteRequest, callback: grpc.requestCallback<_plughost_v1_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  kvDelete(argument: _plughost_v1_KVDeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  kvDelete(argument: _plughost_v1_KVDeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  kvDelete(argument: _plughost_v1_KVDeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  kvDelete(argument: _plughost_v1_KVDeleteRequest, callback: grpc.requestCallback<_plughost_v1_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  
  KVDeleteAll(argument: _plughost_v1_KVDeleteAllRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVDeleteAllResponse__Output>): grpc.ClientUnaryCall;
  KVDeleteAll(argument: _plughost_v1_KVDeleteAllRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVDeleteAllResponse__Output>): grpc.ClientUnaryCall;
  KVDeleteAll(argument: _plughost_v1_KVDeleteAllRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVDeleteAllResponse__Output>): grpc.ClientUnaryCall;
  KVDeleteAll(argument: _plughost_v1_KVDeleteAllRequest, callback: grpc.requestCallback<_plughost_v1_KVDeleteAllResponse__Output>): grpc.ClientUnaryCall;
  kvDeleteAll(argument: _plughost_v1_KVDeleteAllRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVDeleteAllResponse__Output>): grpc.ClientUnaryCall;
  kvDeleteAll(argument: _plughost_v1_KVDeleteAllRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVDeleteAllResponse__Output>): grpc.ClientUnaryCall;
  kvDeleteAll(argument: _plughost_v1_KVDeleteAllRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVDeleteAllResponse__Output>): grpc.ClientUnaryCall;
  kvDeleteAll(argument: _plughost_v1_KVDeleteAllRequest, callback: grpc.requestCallback<_plughost_v1_KVDeleteAllResponse__Output>): grpc.ClientUnaryCall;
  
  KVGet(argument: _plughost_v1_KVGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVGetResponse__Output>): grpc.ClientUnaryCall;
  KVGet(argument: _plughost_v1_KVGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVGetResponse__Output>): grpc.ClientUnaryCall;
  KVGet(argument: _plughost_v1_KVGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVGetResponse__Output>): grpc.ClientUnaryCall;
  KVGet(argument: _plughost_v1_KVGetRequest, callback: grpc.requestCallback<_plughost_v1_KVGetResponse__Output>): grpc.ClientUnaryCall;
  kvGet(argument: _plughost_v1_KVGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVGetResponse__Output>): grpc.ClientUnaryCall;
  kvGet(argument: _plughost_v1_KVGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVGetResponse__Output>): grpc.ClientUnaryCall;
  kvGet(argument: _plughost_v1_KVGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVGetResponse__Output>): grpc.ClientUnaryCall;
  kvGet(argument: _plughost_v1_KVGetRequest, callback: grpc.requestCallback<_plughost_v1_KVGetResponse__Output>): grpc.ClientUnaryCall;
  
  KVList(argument: _plughost_v1_KVListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVListResponse__Output>): grpc.ClientUnaryCall;
  KVList(argument: _plughost_v1_KVListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVListResponse__Output>): grpc.ClientUnaryCall;
  KVList(argument: _plughost_v1_KVListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVListResponse__Output>): grpc.ClientUnaryCall;
  KVList(argument: _plughost_v1_KVListRequest, callback: grpc.requestCallback<_plughost_v1_KVListResponse__Output>): grpc.ClientUnaryCall;
  kvList(argument: _plughost_v1_KVListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVListResponse__Output>): grpc.ClientUnaryCall;
  kvList(argument: _plughost_v1_KVListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVListResponse__Output>): grpc.ClientUnaryCall;
  kvList(argument: _plughost_v1_KVListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVListResponse__Output>): grpc.ClientUnaryCall;
  kvList(argument: _plughost_v1_KVListRequest, callback: grpc.requestCallback<_plughost_v1_KVListResponse__Output>): grpc.ClientUnaryCall;
  
  KVSet(argument: _plughost_v1_KVSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVSetResponse__Output>): grpc.ClientUnaryCall;
  KVSet(argument: _plughost_v1_KVSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVSetResponse__Output>): grpc.ClientUnaryCall;
  KVSet(argument: _plughost_v1_KVSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVSetResponse__Output>): grpc.ClientUnaryCall;
  KVSet(argument: _plughost_v1_KVSetRequest, callback: grpc.requestCallback<_plughost_v1_KVSetResponse__Output>): grpc.ClientUnaryCall;
  kvSet(argument: _plughost_v1_KVSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVSetResponse__Output>): grpc.ClientUnaryCall;
  kvSet(argument: _plughost_v1_KVSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVSetResponse__Output>): grpc.ClientUnaryCall;
  kvSet(argument: _plughost_v1_KVSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVSetResponse__Output>): grpc.ClientUnaryCall;
  kvSet(argument: _plughost_v1_KVSetRequest, callback: grpc.requestCallback<_plughost_v1_KVSetResponse__Output>): grpc.ClientUnaryCall;
  
  KVSetWithOptions(argument: _plughost_v1_KVSetWithOptionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVSetWithOptionsResponse__Output>): grpc.ClientUnaryCall;
  KVSetWithOptions(argument: _plughost_v1_KVSetWithOptionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVSetWithOptionsResponse__Output>): grpc.ClientUnaryCall;
  KVSetWithOptions(argument: _plughost_v1_KVSetWithOptionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVSetWithOptionsResponse__Output>): grpc.ClientUnaryCall;
  KVSetWithOptions(argument: _plughost_v1_KVSetWithOptionsRequest, callback: grpc.requestCallback<_plughost_v1_KVSetWithOptionsResponse__Output>): grpc.ClientUnaryCall;
  kvSetWithOptions(argument: _plughost_v1_KVSetWithOptionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVSetWithOptionsResponse__Output>): grpc.ClientUnaryCall;
  kvSetWithOptions(argument: _plughost_v1_KVSetWithOptionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_KVSetWithOptionsResponse__Output>): grpc.ClientUnaryCall;
  kvSetWithOptions(argument: _plughost_v1_KVSetWithOptionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_KVSetWithOptionsResponse__Output>): grpc.ClientUnaryCall;
  kvSetWithOptions(argument: _plughost_v1_KVSetWithOptionsRequest, callback: grpc.requestCallback<_plughost_v1_KVSetWithOptionsResponse__Output>): grpc.ClientUnaryCall;
  
  LogDebug(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  LogDebug(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  LogDebug(argument: _plughost_v1_LogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  LogDebug(argument: _plughost_v1_LogRequest, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logDebug(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logDebug(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logDebug(argument: _plughost_v1_LogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logDebug(argument: _plughost_v1_LogRequest, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  
  LogError(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  LogError(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  LogError(argument: _plughost_v1_LogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  LogError(argument: _plughost_v1_LogRequest, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logError(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logError(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logError(argument: _plughost_v1_LogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logError(argument: _plughost_v1_LogRequest, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  
  LogInfo(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  LogInfo(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  LogInfo(argument: _plughost_v1_LogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  LogInfo(argument: _plughost_v1_LogRequest, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logInfo(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logInfo(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logInfo(argument: _plughost_v1_LogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logInfo(argument: _plughost_v1_LogRequest, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  
  LogWarn(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  LogWarn(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  LogWarn(argument: _plughost_v1_LogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  LogWarn(argument: _plughost_v1_LogRequest, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logWarn(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logWarn(argument: _plughost_v1_LogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logWarn(argument: _plughost_v1_LogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  logWarn(argument: _plughost_v1_LogRequest, callback: grpc.requestCallback<_plughost_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  
  PluginHTTP(argument: _plughost_v1_PluginHTTPRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_PluginHTTPResponse__Output>): grpc.ClientUnaryCall;
  PluginHTTP(argument: _plughost_v1_PluginHTTPRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_PluginHTTPResponse__Output>): grpc.ClientUnaryCall;
  PluginHTTP(argument: _plughost_v1_PluginHTTPRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_PluginHTTPResponse__Output>): grpc.ClientUnaryCall;
  PluginHTTP(argument: _plughost_v1_PluginHTTPRequest, callback: grpc.requestCallback<_plughost_v1_PluginHTTPResponse__Output>): grpc.ClientUnaryCall;
  pluginHttp(argument: _plughost_v1_PluginHTTPRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_PluginHTTPResponse__Output>): grpc.ClientUnaryCall;
  pluginHttp(argument: _plughost_v1_PluginHTTPRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_PluginHTTPResponse__Output>): grpc.ClientUnaryCall;
  pluginHttp(argument: _plughost_v1_PluginHTTPRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_PluginHTTPResponse__Output>): grpc.ClientUnaryCall;
  pluginHttp(argument: _plughost_v1_PluginHTTPRequest, callback: grpc.requestCallback<_plughost_v1_PluginHTTPResponse__Output>): grpc.ClientUnaryCall;
  
  PublishPluginClusterEvent(argument: _plughost_v1_PublishPluginClusterEventRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_PublishPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  PublishPluginClusterEvent(argument: _plughost_v1_PublishPluginClusterEventRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_PublishPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  PublishPluginClusterEvent(argument: _plughost_v1_PublishPluginClusterEventRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_PublishPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  PublishPluginClusterEvent(argument: _plughost_v1_PublishPluginClusterEventRequest, callback: grpc.requestCallback<_plughost_v1_PublishPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  publishPluginClusterEvent(argument: _plughost_v1_PublishPluginClusterEventRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_PublishPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  publishPluginClusterEvent(argument: _plughost_v1_PublishPluginClusterEventRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_PublishPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  publishPluginClusterEvent(argument: _plughost_v1_PublishPluginClusterEventRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_PublishPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  publishPluginClusterEvent(argument: _plughost_v1_PublishPluginClusterEventRequest, callback: grpc.requestCallback<_plughost_v1_PublishPluginClusterEventResponse__Output>): grpc.ClientUnaryCall;
  
  RegisterCommand(argument: _plughost_v1_RegisterCommandRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_RegisterCommandResponse__Output>): grpc.ClientUnaryCall;
  RegisterCommand(argument: _plughost_v1_RegisterCommandRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_RegisterCommandResponse__Output>): grpc.ClientUnaryCall;
  RegisterCommand(argument: _plughost_v1_RegisterCommandRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_RegisterCommandResponse__Output>): grpc.ClientUnaryCall;
  RegisterCommand(argument: _plughost_v1_RegisterCommandRequest, callback: grpc.requestCallback<_plughost_v1_RegisterCommandResponse__Output>): grpc.ClientUnaryCall;
  registerCommand(argument: _plughost_v1_RegisterCommandRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_RegisterCommandResponse__Output>): grpc.ClientUnaryCall;
  registerCommand(argument: _plughost_v1_RegisterCommandRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_RegisterCommandResponse__Output>): grpc.ClientUnaryCall;
  registerCommand(argument: _plughost_v1_RegisterCommandRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_RegisterCommandResponse__Output>): grpc.ClientUnaryCall;
  registerCommand(argument: _plughost_v1_RegisterCommandRequest, callback: grpc.requestCallback<_plughost_v1_RegisterCommandResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveReaction(argument: _plughost_v1_RemoveReactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_RemoveReactionResponse__Output>): grpc.ClientUnaryCall;
  RemoveReaction(argument: _plughost_v1_RemoveReactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_RemoveReactionResponse__Output>): grpc.ClientUnaryCall;
  RemoveReaction(argument: _plughost_v1_RemoveReactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_RemoveReactionResponse__Output>): grpc.ClientUnaryCall;
  RemoveReaction(argument: _plughost_v1_RemoveReactionRequest, callback: grpc.requestCallback<_plughost_v1_RemoveReactionResponse__Output>): grpc.ClientUnaryCall;
  removeReaction(argument: _plughost_v1_RemoveReactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_RemoveReactionResponse__Output>): grpc.ClientUnaryCall;
  removeReaction(argument: _plughost_v1_RemoveReactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_RemoveReactionResponse__Output>): grpc.ClientUnaryCall;
  removeReaction(argument: _plughost_v1_RemoveReactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_RemoveReactionResponse__Output>): grpc.ClientUnaryCall;
  removeReaction(argument: _plughost_v1_RemoveReactionRequest, callback: grpc.requestCallback<_plughost_v1_RemoveReactionResponse__Output>): grpc.ClientUnaryCall;
  
  SavePluginConfig(argument: _plughost_v1_SavePluginConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_SavePluginConfigResponse__Output>): grpc.ClientUnaryCall;
  SavePluginConfig(argument: _plughost_v1_SavePluginConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_SavePluginConfigResponse__Output>): grpc.ClientUnaryCall;
  SavePluginConfig(argument: _plughost_v1_SavePluginConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_SavePluginConfigResponse__Output>): grpc.ClientUnaryCall;
  SavePluginConfig(argument: _plughost_v1_SavePluginConfigRequest, callback: grpc.requestCallback<_plughost_v1_SavePluginConfigResponse__Output>): grpc.ClientUnaryCall;
  savePluginConfig(argument: _plughost_v1_SavePluginConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_SavePluginConfigResponse__Output>): grpc.ClientUnaryCall;
  savePluginConfig(argument: _plughost_v1_SavePluginConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_SavePluginConfigResponse__Output>): grpc.ClientUnaryCall;
  savePluginConfig(argument: _plughost_v1_SavePluginConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_SavePluginConfigResponse__Output>): grpc.ClientUnaryCall;
  savePluginConfig(argument: _plughost_v1_SavePluginConfigRequest, callback: grpc.requestCallback<_plughost_v1_SavePluginConfigResponse__Output>): grpc.ClientUnaryCall;
  
  UnregisterCommand(argument: _plughost_v1_UnregisterCommandRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UnregisterCommandResponse__Output>): grpc.ClientUnaryCall;
  UnregisterCommand(argument: _plughost_v1_UnregisterCommandRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_UnregisterCommandResponse__Output>): grpc.ClientUnaryCall;
  UnregisterCommand(argument: _plughost_v1_UnregisterCommandRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UnregisterCommandResponse__Output>): grpc.ClientUnaryCall;
  UnregisterCommand(argument: _plughost_v1_UnregisterCommandRequest, callback: grpc.requestCallback<_plughost_v1_UnregisterCommandResponse__Output>): grpc.ClientUnaryCall;
  unregisterCommand(argument: _plughost_v1_UnregisterCommandRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UnregisterCommandResponse__Output>): grpc.ClientUnaryCall;
  unregisterCommand(argument: _plughost_v1_UnregisterCommandRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_UnregisterCommandResponse__Output>): grpc.ClientUnaryCall;
  unregisterCommand(argument: _plughost_v1_UnregisterCommandRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UnregisterCommandResponse__Output>): grpc.ClientUnaryCall;
  unregisterCommand(argument: _plughost_v1_UnregisterCommandRequest, callback: grpc.requestCallback<_plughost_v1_UnregisterCommandResponse__Output>): grpc.ClientUnaryCall;
  
  UpdatePost(argument: _plughost_v1_UpdatePostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UpdatePostResponse__Output>): grpc.ClientUnaryCall;
  UpdatePost(argument: _plughost_v1_UpdatePostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_UpdatePostResponse__Output>): grpc.ClientUnaryCall;
  UpdatePost(argument: _plughost_v1_UpdatePostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UpdatePostResponse__Output>): grpc.ClientUnaryCall;
  UpdatePost(argument: _plughost_v1_UpdatePostRequest, callback: grpc.requestCallback<_plughost_v1_UpdatePostResponse__Output>): grpc.ClientUnaryCall;
  updatePost(argument: _plughost_v1_UpdatePostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UpdatePostResponse__Output>): grpc.ClientUnaryCall;
  updatePost(argument: _plughost_v1_UpdatePostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_plughost_v1_UpdatePostResponse__Output>): grpc.ClientUnaryCall;
  updatePost(argument: _plughost_v1_UpdatePostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_plughost_v1_UpdatePostResponse__Output>): grpc.ClientUnaryCall;
  updatePost(argument: _plughost_v1_UpdatePostRequest, callback: grpc.requestCallback<_plughost_v1_UpdatePostResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface APIHandlers extends grpc.UntypedServiceImplementation {
  AddChannelMember: grpc.handleUnaryCall<_plughost_v1_AddChannelMemberRequest__Output, _plughost_v1_AddChannelMemberResponse>;
  
  AddReaction: grpc.handleUnaryCall<_plughost_v1_AddReactionRequest__Output, _plughost_v1_AddReactionResponse>;
  
  CreateChannel: grpc.handleUnaryCall<_plughost_v1_CreateChannelRequest__Output, _plughost_v1_CreateChannelResponse>;
  
  CreatePost: grpc.handleUnaryCall<_plughost_v1_CreatePostRequest__Output, _plughost_v1_CreatePostResponse>;
  
  CreateUser: grpc.handleUnaryCall<_plughost_v1_CreateUserRequest__Output, _plughost_v1_CreateUserResponse>;
  
  DeleteChannelMember: grpc.handleUnaryCall<_plughost_v1_DeleteChannelMemberRequest__Output, _plughost_v1_DeleteChannelMemberResponse>;
  
  DeletePost: grpc.handleUnaryCall<_plughost_v1_DeletePostRequest__Output, _plughost_v1_DeletePostResponse>;
  
  GetChannel: grpc.handleUnaryCall<_plughost_v1_GetChannelRequest__Output, _plughost_v1_GetChannelResponse>;
  
  GetPluginConfig: grpc.handleUnaryCall<_plughost_v1_GetPluginConfigRequest__Output, _plughost_v1_GetPluginConfigResponse>;
  
  GetPost: grpc.handleUnaryCall<_plughost_v1_GetPostRequest__Output, _plughost_v1_GetPostResponse>;
  
  GetPostsForChannel: grpc.handleUnaryCall<_plughost_v1_GetPostsForChannelRequest__Output, _plughost_v1_GetPostsForChannelResponse>;
  
  GetReactions: grpc.handleUnaryCall<_plughost_v1_GetReactionsRequest__Output, _plughost_v1_GetReactionsResponse>;
  
  GetServerVersion: grpc.handleUnaryCall<_plughost_v1_GetServerVersionRequest__Output, _plughost_v1_GetServerVersionResponse>;
  
  GetUser: grpc.handleUnaryCall<_plughost_v1_GetUserRequest__Output, _plughost_v1_GetUserResponse>;
  
  GetUserByUsername: grpc.handleUnaryCall<_plughost_v1_GetUserByUsernameRequest__Output, _plughost_v1_GetUserResponse>;
  
  KVCompareAndDelete: grpc.handleUnaryCall<_plughost_v1_KVCompareAndDeleteRequest__Output, _plughost_v1_KVCompareAndDeleteResponse>;
  
  KVDelete: grpc.handleUnaryCall<_plughost_v1_KVDeleteRequest__Output, _plughost_v1_KVDeleteResponse>;
  
  KVDeleteAll: grpc.handleUnaryCall<_plughost_v1_KVDeleteAllRequest__Output, _plughost_v1_KVDeleteAllResponse>;
  
  KVGet: grpc.handleUnaryCall<_plughost_v1_KVGetRequest__Output, _plughost_v1_KVGetResponse>;
  
  KVList: grpc.handleUnaryCall<_plughost_v1_KVListRequest__Output, _plughost_v1_KVListResponse>;
  
  KVSet: grpc.handleUnaryCall<_plughost_v1_KVSetRequest__Output, _plughost_v1_KVSetResponse>;
  
  KVSetWithOptions: grpc.handleUnaryCall<_plughost_v1_KVSetWithOptionsRequest__Output, _plughost_v1_KVSetWithOptionsResponse>;
  
  LogDebug: grpc.handleUnaryCall<_plughost_v1_LogRequest__Output, _plughost_v1_LogResponse>;
  
  LogError: grpc.handleUnaryCall<_plughost_v1_LogRequest__Output, _plughost_v1_LogResponse>;
  
  LogInfo: grpc.handleUnaryCall<_plughost_v1_LogRequest__Output, _plughost_v1_LogResponse>;
  
  LogWarn: grpc.handleUnaryCall<_plughost_v1_LogRequest__Output, _plughost_v1_LogResponse>;
  
  PluginHTTP: grpc.handleUnaryCall<_plughost_v1_PluginHTTPRequest__Output, _plughost_v1_PluginHTTPResponse>;
  
  PublishPluginClusterEvent: grpc.handleUnaryCall<_plughost_v1_PublishPluginClusterEventRequest__Output, _plughost_v1_PublishPluginClusterEventResponse>;
  
  RegisterCommand: grpc.handleUnaryCall<_plughost_v1_RegisterCommandRequest__Output, _plughost_v1_RegisterCommandResponse>;
  
  RemoveReaction: grpc.handleUnaryCall<_plughost_v1_RemoveReactionRequest__Output, _plughost_v1_RemoveReactionResponse>;
  
  SavePluginConfig: grpc.handleUnaryCall<_plughost_v1_SavePluginConfigRequest__Output, _plughost_v1_SavePluginConfigResponse>;
  
  UnregisterCommand: grpc.handleUnaryCall<_plughost_v1_UnregisterCommandRequest__Output, _plughost_v1_UnregisterCommandResponse>;
  
  UpdatePost: grpc.handleUnaryCall<_plughost_v1_UpdatePostRequest__Output, _plughost_v1_UpdatePostResponse>;
  
}

export interface APIDefinition extends grpc.ServiceDefinition {
  AddChannelMember: MethodDefinition<_plughost_v1_AddChannelMemberRequest, _plughost_v1_AddChannelMemberResponse, _plughost_v1_AddChannelMemberRequest__Output, _plughost_v1_AddChannelMemberResponse__Output>
  AddReaction: MethodDefinition<_plughost_v1_AddReactionRequest, _plughost_v1_AddReactionResponse, _plughost_v1_AddReactionRequest__Output, _plughost_v1_AddReactionResponse__Output>
  CreateChannel: MethodDefinition<_plughost_v1_CreateChannelRequest, _plughost_v1_CreateChannelResponse, _plughost_v1_CreateChannelRequest__Output, _plughost_v1_CreateChannelResponse__Output>
  CreatePost: MethodDefinition<_plughost_v1_CreatePostRequest, _plughost_v1_CreatePostResponse, _plughost_v1_CreatePostRequest__Output, _plughost_v1_CreatePostResponse__Output>
  CreateUser: MethodDefinition<_plughost_v1_CreateUserRequest, _plughost_v1_CreateUserResponse, _plughost_v1_CreateUserRequest__Output, _plughost_v1_CreateUserResponse__Output>
  DeleteChannelMember: MethodDefinition<_plughost_v1_DeleteChannelMemberRequest, _plughost_v1_DeleteChannelMemberResponse, _plughost_v1_DeleteChannelMemberRequest__Output, _plughost_v1_DeleteChannelMemberResponse__Output>
  DeletePost: MethodDefinition<_plughost_v1_DeletePostRequest, _plughost_v1_DeletePostResponse, _plughost_v1_DeletePostRequest__Output, _plughost_v1_DeletePostResponse__Output>
  GetChannel: MethodDefinition<_plughost_v1_GetChannelRequest, _plughost_v1_GetChannelResponse, _plughost_v1_GetChannelRequest__Output, _plughost_v1_GetChannelResponse__Output>
  GetPluginConfig: MethodDefinition<_plughost_v1_GetPluginConfigRequest, _plughost_v1_GetPluginConfigResponse, _plughost_v1_GetPluginConfigRequest__Output, _plughost_v1_GetPluginConfigResponse__Output>
  GetPost: MethodDefinition<_plughost_v1_GetPostRequest, _plughost_v1_GetPostResponse, _plughost_v1_GetPostRequest__Output, _plughost_v1_GetPostResponse__Output>
  GetPostsForChannel: MethodDefinition<_plughost_v1_GetPostsForChannelRequest, _plughost_v1_GetPostsForChannelResponse, _plughost_v1_GetPostsForChannelRequest__Output, _plughost_v1_GetPostsForChannelResponse__Output>
  GetReactions: MethodDefinition<_plughost_v1_GetReactionsRequest, _plughost_v1_GetReactionsResponse, _plughost_v1_GetReactionsRequest__Output, _plughost_v1_GetReactionsResponse__Output>
  GetServerVersion: MethodDefinition<_plughost_v1_GetServerVersionRequest, _plughost_v1_GetServerVersionResponse, _plughost_v1_GetServerVersionRequest__Output, _plughost_v1_GetServerVersionResponse__Output>
  GetUser: MethodDefinition<_plughost_v1_GetUserRequest, _plughost_v1_GetUserResponse, _plughost_v1_GetUserRequest__Output, _plughost_v1_GetUserResponse__Output>
  GetUserByUsername: MethodDefinition<_plughost_v1_GetUserByUsernameRequest, _plughost_v1_GetUserResponse, _plughost_v1_GetUserByUsernameRequest__Output, _plughost_v1_GetUserResponse__Output>
  KVCompareAndDelete: MethodDefinition<_plughost_v1_KVCompareAndDeleteRequest, _plughost_v1_KVCompareAndDeleteResponse, _plughost_v1_KVCompareAndDeleteRequest__Output, _plughost_v1_KVCompareAndDeleteResponse__Output>
  KVDelete: MethodDefinition<_plughost_v1_KVDeleteRequest, _plughost_v1_KVDeleteResponse, _plughost_v1_KVDeleteRequest__Output, _plughost_v1_KVDeleteResponse__Output>
  KVDeleteAll: MethodDefinition<_plughost_v1_KVDeleteAllRequest, _plughost_v1_KVDeleteAllResponse, _plughost_v1_KVDeleteAllRequest__Output, _plughost_v1_KVDeleteAllResponse__Output>
  KVGet: MethodDefinition<_plughost_v1_KVGetRequest, _plughost_v1_KVGetResponse, _plughost_v1_KVGetRequest__Output, _plughost_v1_KVGetResponse__Output>
  KVList: MethodDefinition<_plughost_v1_KVListRequest, _plughost_v1_KVListResponse, _plughost_v1_KVListRequest__Output, _plughost_v1_KVListResponse__Output>
  KVSet: MethodDefinition<_plughost_v1_KVSetRequest, _plughost_v1_KVSetResponse, _plughost_v1_KVSetRequest__Output, _plughost_v1_KVSetResponse__Output>
  KVSetWithOptions: MethodDefinition<_plughost_v1_KVSetWithOptionsRequest, _plughost_v1_KVSetWithOptionsResponse, _plughost_v1_KVSetWithOptionsRequest__Output, _plughost_v1_KVSetWithOptionsResponse__Output>
  LogDebug: MethodDefinition<_plughost_v1_LogRequest, _plughost_v1_LogResponse, _plughost_v1_LogRequest__Output, _plughost_v1_LogResponse__Output>
  LogError: MethodDefinition<_plughost_v1_LogRequest, _plughost_v1_LogResponse, _plughost_v1_LogRequest__Output, _plughost_v1_LogResponse__Output>
  LogInfo: MethodDefinition<_plughost_v1_LogRequest, _plughost_v1_LogResponse, _plughost_v1_LogRequest__Output, _plughost_v1_LogResponse__Output>
  LogWarn: MethodDefinition<_plughost_v1_LogRequest, _plughost_v1_LogResponse, _plughost_v1_LogRequest__Output, _plughost_v1_LogResponse__Output>
  PluginHTTP: MethodDefinition<_plughost_v1_PluginHTTPRequest, _plughost_v1_PluginHTTPResponse, _plughost_v1_PluginHTTPRequest__Output, _plughost_v1_PluginHTTPResponse__Output>
  PublishPluginClusterEvent: MethodDefinition<_plughost_v1_PublishPluginClusterEventRequest, _plughost_v1_PublishPluginClusterEventResponse, _plughost_v1_PublishPluginClusterEventRequest__Output, _plughost_v1_PublishPluginClusterEventResponse__Output>
  RegisterCommand: MethodDefinition<_plughost_v1_RegisterCommandRequest, _plughost_v1_RegisterCommandResponse, _plughost_v1_RegisterCommandRequest__Output, _plughost_v1_RegisterCommandResponse__Output>
  RemoveReaction: MethodDefinition<_plughost_v1_RemoveReactionRequest, _plughost_v1_RemoveReactionResponse, _plughost_v1_RemoveReactionRequest__Output, _plughost_v1_RemoveReactionResponse__Output>
  SavePluginConfig: MethodDefinition<_plughost_v1_SavePluginConfigRequest, _plughost_v1_SavePluginConfigResponse, _plughost_v1_SavePluginConfigRequest__Output, _plughost_v1_SavePluginConfigResponse__Output>
  UnregisterCommand: MethodDefinition<_plughost_v1_UnregisterCommandRequest, _plughost_v1_UnregisterCommandResponse, _plughost_v1_UnregisterCommandRequest__Output, _plughost_v1_UnregisterCommandResponse__Output>
  UpdatePost: MethodDefinition<_plughost_v1_UpdatePostRequest, _plughost_v1_UpdatePostResponse, _plughost_v1_UpdatePostRequest__Output, _plughost_v1_UpdatePostResponse__Output>
}
