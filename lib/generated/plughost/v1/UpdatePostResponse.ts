// Original file: proto/plughost/v1/api.proto

import type { Post as _plughost_v1_Post, Post__Output as _plughost_v1_Post__Output } from '../../plughost/v1/Post.ts';
import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from '../../plughost/v1/AppError.ts';

export interface UpdatePostResponse {
  'post'?: (_plughost_v1_Post | null);
  'error'?: (_plughost_v1_AppError | null);
}

export interface UpdatePostResponse__Output {
  'post': (_plughost_v1_Post__Output | null);
  'error': (_plughost_v1_AppError__Output | null);
}
