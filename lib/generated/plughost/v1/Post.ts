// Original file: proto/plughost/v1/common.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.ts';
import type { Long } from '@grpc/proto-loader';

export interface Post {
  'id'?: (string);
  'createAt'?: (number | string | Long);
  'updateAt'?: (number | string | Long);
  'deleteAt'?: (number | string | Long);
  'userId'?: (string);
  'channelId'?: (string);
  'rootId'?: (string);
  'message'?: (string);
  'type'?: (string);
  'props'?: (_google_protobuf_Struct | null);
}

export interface Post__Output {
  'id': (string);
  'createAt': (number);
  'updateAt': (number);
  'deleteAt': (number);
  'userId': (string);
  'channelId': (string);
  'rootId': (string);
  'message': (string);
  'type': (string);
  'props': (_google_protobuf_Struct__Output | null);
}
