// Original file: proto/plughost/v1/api.proto

import type { User as _plughost_v1_User, User__Output as _plughost_v1_User__Output } from '../../plughost/v1/User.ts';
import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from '../../plughost/v1/AppError.ts';

export interface CreateUserResponse {
  'user'?: (_plughost_v1_User | null);
  'error'?: (_plughost_v1_AppError | null);
}

export interface CreateUserResponse__Output {
  'user': (_plughost_v1_User__Output | null);
  'error': (_plughost_v1_AppError__Output | null);
}
