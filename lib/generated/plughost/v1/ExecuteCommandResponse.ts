// Original file: proto/plughost/v1/plugin.proto

import type { CommandResponse as _plughost_v1_CommandResponse, CommandResponse__Output as _plughost_v1_CommandResponse__Output } from '../../plughost/v1/CommandResponse.ts';
import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from '../../plughost/v1/AppError.ts';

export interface ExecuteCommandResponse {
  'response'?: (_plughost_v1_CommandResponse | null);
  'error'?: (_plughost_v1_AppError | null);
}

export interface ExecuteCommandResponse__Output {
  'response': (_plughost_v1_CommandResponse__Output | null);
  'error': (_plughost_v1_AppError__Output | null);
}
