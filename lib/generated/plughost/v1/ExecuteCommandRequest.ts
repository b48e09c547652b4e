// Original file: proto/plughost/v1/plugin.proto

import type { Context as _plughost_v1_Context, Context__Output as _plughost_v1_Context__Output } from '../../plughost/v1/Context.ts';
import type { CommandArgs as _plughost_v1_CommandArgs, CommandArgs__Output as _plughost_v1_CommandArgs__Output } from '../../plughost/v1/CommandArgs.ts';

export interface ExecuteCommandRequest {
  'context'?: (_plughost_v1_Context | null);
  'args'?: (_plughost_v1_CommandArgs | null);
}

export interface ExecuteCommandRequest__Output {
  'context': (_plughost_v1_Context__Output | null);
  'args': (_plughost_v1_CommandArgs__Output | null);
}
