// Original file: proto/plughost/v1/api.proto


export interface KVListRequest {
  'page'?: (number);
  'perPage'?: (number);
}

export interface KVListRequest__Output {
  'page': (number);
  'perPage': (number);
}
