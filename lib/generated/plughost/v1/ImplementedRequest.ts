// Original file: proto/plughost/v1/plugin.proto


export interface ImplementedRequest {
}

export interface ImplementedRequest__Output {
}
