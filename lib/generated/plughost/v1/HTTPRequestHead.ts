// Original file: proto/plughost/v1/plugin.proto

import type { HTTPHeader as _plughost_v1_HTTPHeader, HTTPHeader__Output as _plughost_v1_HTTPHeader__Output } from '../../plughost/v1/HTTPHeader.ts';
import type { Context as _plughost_v1_Context, Context__Output as _plughost_v1_Context__Output } from '../../plughost/v1/Context.ts';

export interface HTTPRequestHead {
  'method'?: (string);
  'url'?: (string);
  'headers'?: (_plughost_v1_HTTPHeader)[];
  'remoteAddr'?: (string);
  'userId'?: (string);
  'host'?: (string);
  'context'?: (_plughost_v1_Context | null);
}

export interface HTTPRequestHead__Output {
  'method': (string);
  'url': (string);
  'headers': (_plughost_v1_HTTPHeader__Output)[];
  'remoteAddr': (string);
  'userId': (string);
  'host': (string);
  'context': (_plughost_v1_Context__Output | null);
}
