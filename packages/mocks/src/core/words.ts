// Small, fixed vocabularies: realistic enough for fixtures, identical on every machine.
export const FIRST_NAMES = [
  'Jay',
  'Julia',
  'Kern',
  'David',
  'Tei',
  'Glen',
  'Mina',
  'Seo-yeon',
  'Haruto',
  'Amara',
  'Lucas',
  'Priya',
  'Noah',
  'Ji-ho',
  'Elena',
  'Omar',
] as const;
export const NICKNAMES = [
  'Mighty',
  'Yogini',
  'Basketball Player',
  'TallAndStrong',
  'Oldies but goodies',
  'Uaena',
  'YoungAndTall',
  'NightOwl',
  'Sunny',
  '달빛',
] as const;
export const TITLE_WORDS = [
  'Jeff and friends',
  'Sport center members',
  'Talking about movies',
  "Let's talk about old pops!",
  'Weekend hikers',
  'Design review',
  '스터디 그룹',
  'Release party',
] as const;
export const SENTENCES = [
  'This is the first message!',
  'Hello world',
  'See you at 7?',
  'Can someone share the slides from today?',
  '오늘 회의는 3시에 시작합니다.',
  'Thanks, that fixed it 🎉',
  'Who is joining the call?',
  'Hi, this text message will be deleted.',
] as const;
export const WORDS = ['alpha', 'bravo', 'hobby', 'personal', 'notice', 'general', 'support', 'sports', 'music', 'travel'] as const;
export const IMAGE_HOSTS = [
  'https://sendbird.com/main/img/profiles/profile_',
  'https://cdn.example.com/avatars/',
  'https://images.example.org/u/',
] as const;
