// Original file: proto/plughost/v1/plugin.proto


export interface OnActivateRequest {
}

export interface OnActivateRequest__Output {
}
