// The pure logic both entry points share; nothing here touches a crypto API.
export { constantTimeEqual } from './constant-time.js';
export { encode } from './encoding.js';
export { cryptoUnavailable, mismatch, prepareSigning, prepareVerification, type PreparedVerification } from './prepare.js';
export { signatureHeader, type SignatureScheme } from './scheme.js';
export { secretName, secretNames } from './secret-names.js';
export type * from './types.js';
