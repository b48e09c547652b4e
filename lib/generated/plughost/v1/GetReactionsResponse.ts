// Original file: proto/plughost/v1/api.proto

import type { Reaction as _plughost_v1_Reaction, Reaction__Output as _plughost_v1_Reaction__Output } from '../../plughost/v1/Reaction.ts';
import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from '../../plughost/v1/AppError.ts';

export interface GetReactionsResponse {
  'reactions'?: (_plughost_v1_Reaction)[];
  'error'?: (_plughost_v1_AppError | null);
}

export interface GetReactionsResponse__Output {
  'reactions': (_plughost_v1_Reaction__Output)[];
  'error': (_plughost_v1_AppError__Output | null);
}
