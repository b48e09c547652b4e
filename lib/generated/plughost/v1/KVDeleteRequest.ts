// Original file: proto/plughost/v1/api.proto


export interface KVDeleteRequest {
  'key'?: (string);
}

export interface KVDeleteRequest__Output {
  'key': (string);
}
