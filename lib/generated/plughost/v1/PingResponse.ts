// Original file: proto/plughost/v1/plugin.proto


export interface PingResponse {
}

export interface PingResponse__Output {
}
