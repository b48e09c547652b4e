// Original file: proto/plughost/v1/plugin.proto

import type { HTTPResponseHead as _plughost_v1_HTTPResponseHead, HTTPResponseHead__Output as _plughost_v1_HTTPResponseHead__Output } from '../../plughost/v1/HTTPResponseHead.ts';

export interface HTTPResponsePart {
  'head'?: (_plughost_v1_HTTPResponseHead | null);
  'body'?: (Buffer | Uint8Array | string);
  'part'?: "head"|"body";
}

export interface HTTPResponsePart__Output {
  'head'?: (_plughost_v1_HTTPResponseHead__Output | null);
  'body'?: (Buffer);
  'part'?: "head"|"body";
}
