// Original file: proto/plughost/v1/api.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.ts';

export interface SavePluginConfigRequest {
  'config'?: (_google_protobuf_Struct | null);
}

export interface SavePluginConfigRequest__Output {
  'config': (_google_protobuf_Struct__Output | null);
}
