// Original file: proto/plughost/v1/common.proto

import type { Long } from '@grpc/proto-loader';

export interface Reaction {
  'userId'?: (string);
  'postId'?: (string);
  'emojiName'?: (string);
  'createAt'?: (number | string | Long);
}

export interface Reaction__Output {
  'userId': (string);
  'postId': (string);
  'emojiName': (string);
  'createAt': (number);
}
