// Original file: proto/plughost/v1/api.proto


export interface AddChannelMemberRequest {
  'channelId'?: (string);
  'userId'?: (string);
}

export interface AddChannelMemberRequest__Output {
  'channelId': (string);
  'userId': (string);
}
