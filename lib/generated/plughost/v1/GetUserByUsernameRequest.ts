// Original file: proto/plughost/v1/api.proto


export interface GetUserByUsernameRequest {
  'username'?: (string);
}

export interface GetUserByUsernameRequest__Output {
  'username': (string);
}
