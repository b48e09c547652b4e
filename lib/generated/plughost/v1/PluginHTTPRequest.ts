// Original file: proto/plughost/v1/api.proto

import type { HTTPHeader as _plughost_v1_HTTPHeader, HTTPHeader__Output as _plughost_v1_HTTPHeader__Output } from '../../plughost/v1/HTTPHeader.ts';

export interface PluginHTTPRequest {
  'method'?: (string);
  'url'?: (string);
  'headers'?: (_plughost_v1_HTTPHeader)[];
  'body'?: (Buffer | Uint8Array | string);
}

export interface PluginHTTPRequest__Output {
  'method': (string);
  'url': (string);
  'headers': (_plughost_v1_HTTPHeader__Output)[];
  'body': (Buffer);
}
