// Original file: proto/plughost/v1/common.proto


export interface CommandArgs {
  'userId'?: (string);
  'channelId'?: (string);
  'rootId'?: (string);
  'command'?: (string);
}

export interface CommandArgs__Output {
  'userId': (string);
  'channelId': (string);
  'rootId': (string);
  'command': (string);
}
