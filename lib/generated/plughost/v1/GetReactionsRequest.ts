// Original file: proto/plughost/v1/api.proto


export interface GetReactionsRequest {
  'postId'?: (string);
}

export interface GetReactionsRequest__Output {
  'postId': (string);
}
