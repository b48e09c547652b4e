// Original file: proto/plughost/v1/api.proto


export interface KVCompareAndDeleteRequest {
  'key'?: (string);
  'oldValue'?: (Buffer | Uint8Array | string);
}

export interface KVCompareAndDeleteRequest__Output {
  'key': (string);
  'oldValue': (Buffer);
}
