// Original file: proto/plughost/v1/api.proto

import type { Reaction as _plughost_v1_Reaction, Reaction__Output as _plughost_v1_Reaction__Output } from '../../plughost/v1/Reaction.ts';

export interface AddReactionRequest {
  'reaction'?: (_plughost_v1_Reaction | null);
}

export interface AddReactionRequest__Output {
  'reaction': (_plughost_v1_Reaction__Output | null);
}
