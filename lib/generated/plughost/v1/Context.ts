// Original file: proto/plughost/v1/common.proto


export interface Context {
  'requestId'?: (string);
  'sessionId'?: (string);
  'ipAddress'?: (string);
  'acceptLanguage'?: (string);
  'userAgent'?: (string);
}

export interface Context__Output {
  'requestId': (string);
  'sessionId': (string);
  'ipAddress': (string);
  'acceptLanguage': (string);
  'userAgent': (string);
}
