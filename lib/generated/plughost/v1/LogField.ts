// Original file: proto/plughost/v1/api.proto


export interface LogField {
  'key'?: (string);
  'value'?: (string);
}

export interface LogField__Output {
  'key': (string);
  'value': (string);
}
