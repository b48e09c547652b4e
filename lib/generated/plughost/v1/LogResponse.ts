// Original file: proto/plughost/v1/api.proto


export interface LogResponse {
}

export interface LogResponse__Output {
}
