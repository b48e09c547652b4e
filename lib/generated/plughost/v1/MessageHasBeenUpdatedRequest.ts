// Original file: proto/plughost/v1/plugin.proto

import type { Context as _plughost_v1_Context, Context__Output as _plughost_v1_Context__Output } from '../../plughost/v1/Context.ts';
import type { Post as _plughost_v1_Post, Post__Output as _plughost_v1_Post__Output } from '../../plughost/v1/Post.ts';

export interface MessageHasBeenUpdatedRequest {
  'context'?: (_plughost_v1_Context | null);
  'newPost'?: (_plughost_v1_Post | null);
  'oldPost'?: (_plughost_v1_Post | null);
}

export interface MessageHasBeenUpdatedRequest__Output {
  'context': (_plughost_v1_Context__Output | null);
  'newPost': (_plughost_v1_Post__Output | null);
  'oldPost': (_plughost_v1_Post__Output | null);
}
