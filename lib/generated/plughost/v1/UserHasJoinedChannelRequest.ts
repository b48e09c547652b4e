// Original file: proto/plughost/v1/plugin.proto

import type { Context as _plughost_v1_Context, Context__Output as _plughost_v1_Context__Output } from '../../plughost/v1/Context.ts';
import type { ChannelMember as _plughost_v1_ChannelMember, ChannelMember__Output as _plughost_v1_ChannelMember__Output } from '../../plughost/v1/ChannelMember.ts';
import type { User as _plughost_v1_User, User__Output as _plughost_v1_User__Output } from '../../plughost/v1/User.ts';

export interface UserHasJoinedChannelRequest {
  'context'?: (_plughost_v1_Context | null);
  'member'?: (_plughost_v1_ChannelMember | null);
  'actor'?: (_plughost_v1_User | null);
}

export interface UserHasJoinedChannelRequest__Output {
  'context': (_plughost_v1_Context__Output | null);
  'member': (_plughost_v1_ChannelMember__Output | null);
  'actor': (_plughost_v1_User__Output | null);
}
