// Original file: proto/plughost/v1/api.proto

import type { Post as _plughost_v1_Post, Post__Output as _plughost_v1_Post__Output } from '../../plughost/v1/Post.ts';
import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from '../../plughost/v1/AppError.ts';

export interface GetPostsForChannelResponse {
  'posts'?: (_plughost_v1_Post)[];
  'error'?: (_plughost_v1_AppError | null);
}

export interface GetPostsForChannelResponse__Output {
  'posts': (_plughost_v1_Post__Output)[];
  'error': (_plughost_v1_AppError__Output | null);
}
