// Original file: proto/plughost/v1/plugin.proto

import type { HTTPHeader as _plughost_v1_HTTPHeader, HTTPHeader__Output as _plughost_v1_HTTPHeader__Output } from '../../plughost/v1/HTTPHeader.ts';

export interface HTTPResponseHead {
  'statusCode'?: (number);
  'headers'?: (_plughost_v1_HTTPHeader)[];
}

export interface HTTPResponseHead__Output {
  'statusCode': (number);
  'headers': (_plughost_v1_HTTPHeader__Output)[];
}
