// Original file: proto/plughost/v1/api.proto

import type { Channel as _plughost_v1_Channel, Channel__Output as _plughost_v1_Channel__Output } from '../../plughost/v1/Channel.ts';
import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from '../../plughost/v1/AppError.ts';

export interface CreateChannelResponse {
  'channel'?: (_plughost_v1_Channel | null);
  'error'?: (_plughost_v1_AppError | null);
}

export interface CreateChannelResponse__Output {
  'channel': (_plughost_v1_Channel__Output | null);
  'error': (_plughost_v1_AppError__Output | null);
}
