export { enumMembers, isIntegerEnum, type EnumMember } from './enum-members.js';
export { ALLOWED_KEYWORDS, ANNOTATION_KEYWORDS, CUSTOM_KEYWORDS, MOCK_KEYWORDS, STANDARD_KEYWORDS } from './keywords.js';
export { camelCase, eventTypeName, pascalCase, screamingSnakeCase, snakeCase, words } from './names.js';
export * from './model/index.js';
