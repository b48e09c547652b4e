// Original file: proto/plughost/v1/common.proto


export interface AppError {
  'id'?: (string);
  'message'?: (string);
  'statusCode'?: (number);
  'detailedError'?: (string);
}

export interface AppError__Output {
  'id': (string);
  'message': (string);
  'statusCode': (number);
  'detailedError': (string);
}
