// Original file: proto/plughost/v1/api.proto


export interface DeleteChannelMemberRequest {
  'channelId'?: (string);
  'userId'?: (string);
}

export interface DeleteChannelMemberRequest__Output {
  'channelId': (string);
  'userId': (string);
}
