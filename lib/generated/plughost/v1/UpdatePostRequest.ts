// Original file: proto/plughost/v1/api.proto

import type { Post as _plughost_v1_Post, Post__Output as _plughost_v1_Post__Output } from '../../plughost/v1/Post.ts';

export interface UpdatePostRequest {
  'post'?: (_plughost_v1_Post | null);
}

export interface UpdatePostRequest__Output {
  'post': (_plughost_v1_Post__Output | null);
}
