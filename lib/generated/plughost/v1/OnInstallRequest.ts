// Original file: proto/plughost/v1/plugin.proto

import type { Context as _plughost_v1_Context, Context__Output as _plughost_v1_Context__Output } from '../../plughost/v1/Context.ts';

export interface OnInstallRequest {
  'context'?: (_plughost_v1_Context | null);
  'userId'?: (string);
}

export interface OnInstallRequest__Output {
  'context': (_plughost_v1_Context__Output | null);
  'userId': (string);
}
