// Original file: proto/plughost/v1/common.proto

import type { Long } from '@grpc/proto-loader';

export interface User {
  'id'?: (string);
  'username'?: (string);
  'email'?: (string);
  'nickname'?: (string);
  'firstName'?: (string);
  'lastName'?: (string);
  'isBot'?: (boolean);
  'createAt'?: (number | string | Long);
  'updateAt'?: (number | string | Long);
  'deleteAt'?: (number | string | Long);
}

export interface User__Output {
  'id': (string);
  'username': (string);
  'email': (string);
  'nickname': (string);
  'firstName': (string);
  'lastName': (string);
  'isBot': (boolean);
  'createAt': (number);
  'updateAt': (number);
  'deleteAt': (number);
}
