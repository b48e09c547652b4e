// Original file: proto/plughost/v1/api.proto

import type { LogField as _plughost_v1_LogField, LogField__Output as _plughost_v1_LogField__Output } from '../../plughost/v1/LogField.ts';

export interface LogRequest {
  'message'?: (string);
  'fields'?: (_plughost_v1_LogField)[];
}

export interface LogRequest__Output {
  'message': (string);
  'fields': (_plughost_v1_LogField__Output)[];
}
