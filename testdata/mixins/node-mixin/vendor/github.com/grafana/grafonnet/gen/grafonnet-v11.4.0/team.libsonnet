// This file is generated, do not manually edit.
{
  '#': { help: 'grafonnet.team', name: 'team' },
  '#withEmail': { 'function': { args: [{ default: null, enums: null, name: 'value', type: ['string'] }], help: '' } },
  withEmail(value): {
    email: value,
  },
  '#withName': { 'function': { args: [{ default: null, enums: null, name: 'value', type: ['string'] }], help: '' } },
  withName(value): {
    name: value,
  },
}
