// Original file: proto/plughost/v1/plugin.proto

import type { HTTPRequestHead as _plughost_v1_HTTPRequestHead, HTTPRequestHead__Output as _plughost_v1_HTTPRequestHead__Output } from '../../plughost/v1/HTTPRequestHead.ts';

export interface HTTPRequestPart {
  'head'?: (_plughost_v1_HTTPRequestHead | null);
  'body'?: (Buffer | Uint8Array | string);
  'part'?: "head"|"body";
}

export interface HTTPRequestPart__Output {
  'head'?: (_plughost_v1_HTTPRequestHead__Output | null);
  'body'?: (Buffer);
  'part'?: "head"|"body";
}
