// Original file: proto/plughost/v1/api.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.ts';
import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from '../../plughost/v1/AppError.ts';

export interface GetPluginConfigResponse {
  'config'?: (_google_protobuf_Struct | null);
  'error'?: (_plughost_v1_AppError | null);
}

export interface GetPluginConfigResponse__Output {
  'config': (_google_protobuf_Struct__Output | null);
  'error': (_plughost_v1_AppError__Output | null);
}
