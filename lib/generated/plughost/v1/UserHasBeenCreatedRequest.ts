// Original file: proto/plughost/v1/plugin.proto

import type { Context as _plughost_v1_Context, Context__Output as _plughost_v1_Context__Output } from '../../plughost/v1/Context.ts';
import type { User as _plughost_v1_User, User__Output as _plughost_v1_User__Output } from '../../plughost/v1/User.ts';

export interface UserHasBeenCreatedRequest {
  'context'?: (_plughost_v1_Context | null);
  'user'?: (_plughost_v1_User | null);
}

export interface UserHasBeenCreatedRequest__Output {
  'context': (_plughost_v1_Context__Output | null);
  'user': (_plughost_v1_User__Output | null);
}
