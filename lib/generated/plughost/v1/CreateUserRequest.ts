// Original file: proto/plughost/v1/api.proto

import type { User as _plughost_v1_User, User__Output as _plughost_v1_User__Output } from '../../plughost/v1/User.ts';

export interface CreateUserRequest {
  'user'?: (_plughost_v1_User | null);
}

export interface CreateUserRequest__Output {
  'user': (_plughost_v1_User__Output | null);
}
