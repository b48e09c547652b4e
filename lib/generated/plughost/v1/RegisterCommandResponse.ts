// Original file: proto/plughost/v1/api.proto

import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from '../../plughost/v1/AppError.ts';

export interface RegisterCommandResponse {
  'error'?: (_plughost_v1_AppError | null);
}

export interface RegisterCommandResponse__Output {
  'error': (_plughost_v1_AppError__Output | null);
}
