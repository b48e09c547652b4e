// Original file: proto/plughost/v1/api.proto


export interface KVDeleteAllRequest {
}

export interface KVDeleteAllRequest__Output {
}
