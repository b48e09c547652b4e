// Original file: proto/plughost/v1/api.proto

import type { Command as _plughost_v1_Command, Command__Output as _plughost_v1_Command__Output } from '../../plughost/v1/Command.ts';

export interface RegisterCommandRequest {
  'command'?: (_plughost_v1_Command | null);
}

export interface RegisterCommandRequest__Output {
  'command': (_plughost_v1_Command__Output | null);
}
