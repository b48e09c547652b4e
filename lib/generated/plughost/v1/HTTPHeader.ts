// Original file: proto/plughost/v1/plugin.proto


export interface HTTPHeader {
  'name'?: (string);
  'values'?: (string)[];
}

export interface HTTPHeader__Output {
  'name': (string);
  'values': (string)[];
}
