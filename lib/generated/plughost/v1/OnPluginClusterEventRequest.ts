// Original file: proto/plughost/v1/plugin.proto

import type { Context as _plughost_v1_Context, Context__Output as _plughost_v1_Context__Output } from '../../plughost/v1/Context.ts';
import type { PluginClusterEvent as _plughost_v1_PluginClusterEvent, PluginClusterEvent__Output as _plughost_v1_PluginClusterEvent__Output } from '../../plughost/v1/PluginClusterEvent.ts';

export interface OnPluginClusterEventRequest {
  'context'?: (_plughost_v1_Context | null);
  'event'?: (_plughost_v1_PluginClusterEvent | null);
}

export interface OnPluginClusterEventRequest__Output {
  'context': (_plughost_v1_Context__Output | null);
  'event': (_plughost_v1_PluginClusterEvent__Output | null);
}
