// Original file: proto/plughost/v1/common.proto


export interface Command {
  'trigger'?: (string);
  'displayName'?: (string);
  'description'?: (string);
  'autoComplete'?: (boolean);
  'autoCompleteDesc'?: (string);
  'autoCompleteHint'?: (string);
}

export interface Command__Output {
  'trigger': (string);
  'displayName': (string);
  'description': (string);
  'autoComplete': (boolean);
  'autoCompleteDesc': (string);
  'autoCompleteHint': (string);
}
