// Original file: proto/plughost/v1/api.proto

import type { HTTPHeader as _plughost_v1_HTTPHeader, HTTPHeader__Output as _plughost_v1_HTTPHeader__Output } from '../../plughost/v1/HTTPHeader.ts';
import type { AppError as _plughost_v1_AppError, AppError__Output as _plughost_v1_AppError__Output } from '../../plughost/v1/AppError.ts';

export interface PluginHTTPResponse {
  'statusCode'?: (number);
  'headers'?: (_plughost_v1_HTTPHeader)[];
  'body'?: (Buffer | Uint8Array | string);
  'error'?: (_plughost_v1_AppError | null);
}

export interface PluginHTTPResponse__Output {
  'statusCode': (number);
  'headers': (_plughost_v1_HTTPHeader__Output)[];
  'body': (Buffer);
  'error': (_plughost_v1_AppError__Output | null);
}
