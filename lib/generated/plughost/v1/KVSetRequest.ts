// Original file: proto/plughost/v1/api.proto


export interface KVSetRequest {
  'key'?: (string);
  'value'?: (Buffer | Uint8Array | string);
}

export interface KVSetRequest__Output {
  'key': (string);
  'value': (Buffer);
}
