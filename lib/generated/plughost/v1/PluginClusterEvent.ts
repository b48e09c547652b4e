// Original file: proto/plughost/v1/common.proto


export interface PluginClusterEvent {
  'id'?: (string);
  'data'?: (Buffer | Uint8Array | string);
}

export interface PluginClusterEvent__Output {
  'id': (string);
  'data': (Buffer);
}
