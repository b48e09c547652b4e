// Original file: proto/plughost/v1/api.proto


export interface KVGetRequest {
  'key'?: (string);
}

export interface KVGetRequest__Output {
  'key': (string);
}
