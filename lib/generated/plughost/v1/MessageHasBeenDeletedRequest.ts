// Original file: proto/plughost/v1/plugin.proto

import type { Context as _plughost_v1_Context, Context__Output as _plughost_v1_Context__Output } from '../../plughost/v1/Context.ts';
import type { Post as _plughost_v1_Post, Post__Output as _plughost_v1_Post__Output } from '../../plughost/v1/Post.ts';

export interface MessageHasBeenDeletedRequest {
  'context'?: (_plughost_v1_Context | null);
  'post'?: (_plughost_v1_Post | null);
}

export interface MessageHasBeenDeletedRequest__Output {
  'context': (_plughost_v1_Context__Output | null);
  'post': (_plughost_v1_Post__Output | null);
}
