// Original file: proto/plughost/v1/api.proto


export interface UnregisterCommandRequest {
  'trigger'?: (string);
}

export interface UnregisterCommandRequest__Output {
  'trigger': (string);
}
