// Original file: proto/plughost/v1/api.proto


export interface GetServerVersionRequest {
}

export interface GetServerVersionRequest__Output {
}
