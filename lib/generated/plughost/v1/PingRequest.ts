// Original file: proto/plughost/v1/plugin.proto


export interface PingRequest {
}

export interface PingRequest__Output {
}
