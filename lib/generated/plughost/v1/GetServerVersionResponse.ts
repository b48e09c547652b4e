// Original file: proto/plughost/v1/api.proto


export interface GetServerVersionResponse {
  'version'?: (string);
}

export interface GetServerVersionResponse__Output {
  'version': (string);
}
