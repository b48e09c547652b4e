// Original file: proto/plughost/v1/api.proto

import type { Reaction as _plughost_v1_Reaction, Reaction__Output as _plughost_v1_Reaction__Output } from '../../plughost/v1/Reaction.ts';
import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from '../../plughost/v1/AppError.ts';

export interface AddReactionResponse {
  'reaction'?: (_plughost_v1_Reaction | null);
  'error'?: (_plughost_v1_AppError | null);
}

export interface AddReactionResponse__Output {
  'reaction': (_plughost_v1_Reaction__Output | null);
  'error': (_plughost_v1_AppError__Output | null);
}
