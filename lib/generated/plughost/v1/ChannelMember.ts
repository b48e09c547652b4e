// Original file: proto/plughost/v1/common.proto

import type { Long } from '@grpc/proto-loader';

export interface ChannelMember {
  'channelId'?: (string);
  'userId'?: (string);
  'createAt'?: (number | string | Long);
}

export interface ChannelMember__Output {
  'channelId': (string);
  'userId': (string);
  'createAt': (number);
}
