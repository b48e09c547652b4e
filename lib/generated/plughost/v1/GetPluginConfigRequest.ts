// Original file: proto/plughost/v1/api.proto


export interface GetPluginConfigRequest {
}

export interface GetPluginConfigRequest__Output {
}
