{ description: 'A shop', suffix: '.' }
