// Original file: proto/plughost/v1/common.proto

import type { Long } from '@grpc/proto-loader';

export interface Channel {
  'id'?: (string);
  'name'?: (string);
  'displayName'?: (string);
  'type'?: (string);
  'purpose'?: (string);
  'creatorId'?: (string);
  'createAt'?: (number | string | Long);
  'updateAt'?: (number | string | Long);
  'deleteAt'?: (number | string | Long);
}

export interface Channel__Output {
  'id': (string);
  'name': (string);
  'displayName': (string);
  'type': (string);
  'purpose': (string);
  'creatorId': (string);
  'createAt': (number);
  'updateAt': (number);
  'deleteAt': (number);
}
