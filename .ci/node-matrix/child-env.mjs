// The environment of every process the matrix starts on a pinned Node.
import { dirname, join } from 'node:path';
import { nodeBinary } from './paths.mjs';

const preload = join(import.meta.dirname, 'better-sqlite3-binding.cjs');

/**
 * `version`'s node first on PATH (npm scripts find `node` there) and, given a binding, better-sqlite3 loading the build
 * for its ABI. When the matrix itself runs as `npm run test:node-matrix`, npm's variables describe that npm on the
 * machine's Node (NODE, npm_node_execpath, npm_config_prefix, npm_config_nodedir ...); left in, a nested npm puts the
 * machine's node first on PATH and node-gyp reads the machine's headers, so they are dropped.
 */
export function envFor(version, binding) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'NODE'));
  const env = { ...inherited, PATH: `${dirname(nodeBinary(version))}:${process.env.PATH}` };
  if (!binding) return env;
  return {
    ...env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require "${preload}"`.trim(),
    CHAT_WEBHOOKS_BETTER_SQLITE3_BINDING: binding,
  };
}
