// Original file: proto/plughost/v1/plugin.proto


export interface OnDeactivateRequest {
}

export interface OnDeactivateRequest__Output {
}
