// Original file: proto/plughost/v1/plugin.proto


export interface OnConfigurationChangeRequest {
}

export interface OnConfigurationChangeRequest__Output {
}
