// Original file: proto/plughost/v1/api.proto

import type { PluginClusterEvent as _plughost_v1_PluginClusterEvent, PluginClusterEvent__Output as _plughost_v1_PluginClusterEvent__Output } from '../../plughost/v1/PluginClusterEvent.ts';

export interface PublishPluginClusterEventRequest {
  'event'?: (_plughost_v1_PluginClusterEvent | null);
  'sendType'?: (string);
  'targetId'?: (string);
}

export interface PublishPluginClusterEventRequest__Output {
  'event': (_plughost_v1_PluginClusterEvent__Output | null);
  'sendType': (string);
  'targetId': (string);
}
