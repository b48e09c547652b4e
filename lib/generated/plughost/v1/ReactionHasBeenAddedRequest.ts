// Original file: proto/plughost/v1/plugin.proto

import type { Context as _plughost_v1_Context, Context__Output as _plughost_v1_Context__Output } from '../../plughost/v1/Context.ts';
import type { Reaction as _plughost_v1_Reaction, Reaction__Output as _plughost_v1_Reaction__Output } from '../../plughost/v1/Reaction.ts';

export interface ReactionHasBeenAddedRequest {
  'context'?: (_plughost_v1_Context | null);
  'reaction'?: (_plughost_v1_Reaction | null);
}

export interface ReactionHasBeenAddedRequest__Output {
  'context': (_plughost_v1_Context__Output | null);
  'reaction': (_plughost_v1_Reaction__Output | null);
}
