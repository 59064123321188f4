// See package.json: superstatic wraps require('re2') in try/catch and uses RegExp instead.
throw new Error('re2 is not installed in this project (optional native accelerator).');
