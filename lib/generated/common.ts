import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from './google/protobuf/ListValue.ts';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from './google/protobuf/Struct.ts';
import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from './google/protobuf/Value.ts';
import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from './plughost/v1/AppError.ts';
import type { Channel as _plughost_v1_Channel, Channel__Output as _plughost_v1_Channel__Output } from './plughost/v1/Channel.ts';
import type { ChannelMember as _plughost_v1_ChannelMember, ChannelMember__Output as _plughost_v1_ChannelMember__Output } from './plughost/v1/ChannelMember.ts';
import type { Command as _plughost_v1_Command, Command__Output as _plughost_v1_Command__Output } from './plughost/v1/Command.ts';
import type { CommandArgs as _plughost_v1_CommandArgs, CommandArgs__Output as _plughost_v1_CommandArgs__Output } from './plughost/v1/CommandArgs.ts';
import type { CommandResponse as _plughost_v1_CommandResponse, CommandResponse__Output as _plughost_v1_CommandResponse__Output } from './plughost/v1/CommandResponse.ts';
import type { Context as _plughost_v1_Context, Context__Output as _plughost_v1_Context__Output } from './plughost/v1/Context.ts';
import type { PluginClusterEvent as _plughost_v1_PluginClusterEvent, PluginClusterEvent__Output as _plughost_v1_PluginClusterEvent__Output } from './plughost/v1/PluginClusterEvent.ts';
import type { Post as _plughost_v1_Post, Post__Output as _plughost_v1_Post__Output } from './plughost/v1/Post.ts';
import type { Reaction as _plughost_v1_Reaction, Reaction__Output as _plughost_v1_Reaction__Output } from './plughost/v1/Reaction.ts';
import type { User as _plughost_v1_User, User__Output as _plughost_v1_User__Output } from './plughost/v1/User.ts';

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
      ChannelMember: MessageTypeDefinition<_plughost_v1_ChannelMember, _plughost_v1_ChannelMember__Output>
      Command: MessageTypeDefinition<_plughost_v1_Command, _plughost_v1_Command__Output>
      CommandArgs: MessageTypeDefinition<_plughost_v1_CommandArgs, _plughost_v1_CommandArgs__Output>
      CommandResponse: MessageTypeDefinition<_plughost_v1_CommandResponse, _plughost_v1_CommandResponse__Output>
      Context: MessageTypeDefinition<_plughost_v1_Context, _plughost_v1_Context__Output>
      PluginClusterEvent: MessageTypeDefinition<_plughost_v1_PluginClusterEvent, _plughost_v1_PluginClusterEvent__Output>
      Post: MessageTypeDefinition<_plughost_v1_Post, _plughost_v1_Post__Output>
      Reaction: MessageTypeDefinition<_plughost_v1_Reaction, _plughost_v1_Reaction__Output>
      User: MessageTypeDefinition<_plughost_v1_User, _plughost_v1_User__Output>
    }
  }
}

