// Preloaded (NODE_OPTIONS=--require) into every process of a matrix run on a Node other than the machine's: when
// better-sqlite3 loads its native binding, load the one built for this Node's ABI instead of node_modules' copy,
// which is built for the machine's Node and is used by other test runs at the same time. Applies to child processes
// too (receivers started by the tests), since they inherit NODE_OPTIONS.
'use strict';
const { basename } = require('node:path');

const binding = process.env.CHAT_WEBHOOKS_BETTER_SQLITE3_BINDING;
if (binding) {
  const dlopen = process.dlopen;
  process.dlopen = function dlopenForThisAbi(module, filename, ...rest) {
    return dlopen.call(this, module, basename(filename) === 'better_sqlite3.node' ? binding : filename, ...rest);
  };
}
