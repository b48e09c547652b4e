// Original file: proto/plughost/v1/plugin.proto


export interface ImplementedResponse {
  'hooks'?: (string)[];
}

export interface ImplementedResponse__Output {
  'hooks': (string)[];
}
