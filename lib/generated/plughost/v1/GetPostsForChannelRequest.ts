// Original file: proto/plughost/v1/api.proto


export interface GetPostsForChannelRequest {
  'channelId'?: (string);
  'page'?: (number);
  'perPage'?: (number);
}

export interface GetPostsForChannelRequest__Output {
  'channelId': (string);
  'page': (number);
  'perPage': (number);
}
