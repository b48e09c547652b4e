// Original file: proto/plughost/v1/common.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.ts';

export interface CommandResponse {
  'responseType'?: (string);
  'text'?: (string);
  'props'?: (_google_protobuf_Struct | null);
}

export interface CommandResponse__Output {
  'responseType': (string);
  'text': (string);
  'props': (_google_protobuf_Struct__Output | null);
}
