// Original file: proto/plughost/v1/api.proto


export interface DeletePostRequest {
  'postId'?: (string);
}

export interface DeletePostRequest__Output {
  'postId': (string);
}
