// Original file: proto/plughost/v1/api.proto


export interface GetChannelRequest {
  'channelId'?: (string);
}

export interface GetChannelRequest__Output {
  'channelId': (string);
}
