// Original file: proto/plughost/v1/api.proto

import type { Channel as _plughost_v1_Channel, Channel__Output as _plughost_v1_Channel__Output } from '../../plughost/v1/Channel.ts';

export interface CreateChannelRequest {
  'channel'?: (_plughost_v1_Channel | null);
}

export interface CreateChannelRequest__Output {
  'channel': (_plughost_v1_Channel__Output | null);
}
