// Original file: proto/plughost/v1/api.proto

import type { Long } from '@grpc/proto-loader';

export interface KVSetWithOptionsRequest {
  'key'?: (string);
  'value'?: (Buffer | Uint8Array | string);
  'atomic'?: (boolean);
  'oldValue'?: (Buffer | Uint8Array | string);
  'expireInSeconds'?: (number | string | Long);
  '_value'?: "value";
  '_oldValue'?: "oldValue";
}

export interface KVSetWithOptionsRequest__Output {
  'key': (string);
  'value'?: (Buffer);
  'atomic': (boolean);
  'oldValue'?: (Buffer);
  'expireInSeconds': (number);
  '_value'?: "value";
  '_oldValue'?: "oldValue";
}
