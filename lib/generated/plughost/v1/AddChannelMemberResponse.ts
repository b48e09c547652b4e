// Original file: proto/plughost/v1/api.proto

import type { ChannelMember as _plughost_v1_ChannelMember, ChannelMember__Output as _plughost_v1_ChannelMember__Output } from '../../plughost/v1/ChannelMember.ts';
import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from '../../plughost/v1/AppError.ts';

export interface AddChannelMemberResponse {
  'member'?: (_plughost_v1_ChannelMember | null);
  'error'?: (_plughost_v1_AppError | null);
}

export interface AddChannelMemberResponse__Output {
  'member': (_plughost_v1_ChannelMember__Output | null);
  'error': (_plughost_v1_AppError__Output | null);
}
