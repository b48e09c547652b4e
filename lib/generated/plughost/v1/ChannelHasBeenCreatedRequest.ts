// Original file: proto/plughost/v1/plugin.proto

import type { Context as _plughost_v1_Context, Context__Output as _plughost_v1_Context__Output } from '../../plughost/v1/Context.ts';
import type { Channel as _plughost_v1_Channel, Channel__Output as _plughost_v1_Channel__Output } from '../../plughost/v1/Channel.ts';

export interface ChannelHasBeenCreatedRequest {
  'context'?: (_plughost_v1_Context | null);
  'channel'?: (_plughost_v1_Channel | null);
}

export interface ChannelHasBeenCreatedRequest__Output {
  'context': (_plughost_v1_Context__Output | null);
  'channel': (_plughost_v1_Channel__Output | null);
}
