// Original file: proto/plughost/v1/api.proto


export interface GetPostRequest {
  'postId'?: (string);
}

export interface GetPostRequest__Output {
  'postId': (string);
}
