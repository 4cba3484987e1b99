import { readFileSync } from 'node:fs';

/**
 * The TalkPlus docs' Verification example (seed 003, "Verification"): a real delivery, its App API key and the
 * x-talkplus-signature it came with. The body is kept byte for byte in the schemas tree, which is what the tests read.
 */
export const talkplusVector = {
  body: readFileSync(new URL('../../../schemas/talkplus/channel/channel_added.examples/signed-body.json', import.meta.url), 'utf8'),
  key: '92935b03e231483fc2cf75d9020f7e492c8fd9c7481eb4c79620ace7fe207d81',
  signature: 'i7a/Z+7iS1P6kNpnmw6P0ZSmq83LGnrtacwaffTvIdo=',
} as const;

/** The seed's JavaScript `responseBody`, copied from the docs as printed, to prove the kept file is that body. */
export const talkplusSeedResponseBody =
  '{"event":"channel_added","appId":"34f633c9-b012-4ca9-b453-2a4a460f464a","channel":{"id":"webhook_test","name":"webhook_test","imageUrl":"","data":{"test":"1"},"ownerId":"test1","type":"public","category":"categoryA","subcategory":"subcategoryB","privateTag":"","invitationCode":"","isFrozen":false,"memberCount":1,"maxMemberCount":100,"hideMessagesBeforeJoin":false,"members":[{"id":"test1","username":"test1","profileImageUrl":"","disablePushNotification":false,"data":{"test":"1"},"updatedAt":1699606163973,"createdAt":1697797296688,"memberInfo":{},"lastReadAt":0,"lastSentAt":0}],"bannedUsers":[],"lastSentAt":1699606164578,"updatedAt":0,"createdAt":1699606164578,"mutedUsers":[],"pushNotificationDisabled":false,"pushNotificationSoundAOS":"","pushNotificationSoundIOS":"","privateData":null,"unreadCount":0,"lastReadAt":0,"lastMessage":null}}';

/**
 * A Sendbird delivery as Sendbird writes it (`unicode-escaped: true`): "/" escaped as "\/", non-ASCII as \uXXXX
 * (a Korean nickname, an emoji as a surrogate pair). The token is made up; the signature was computed outside
 * this package with Python's hmac module (hmac.new(token, body, sha256).hexdigest()).
 */
export const sendbirdVector = {
  body: String.raw`{"category":"open_channel:message_send","sender":{"user_id":"Jeff","nickname":"\uc81c\ud504","profile_url":"https:\/\/sendbird.com\/main\/img\/profiles\/profile_05_512px.png","metadata":{}},"silent":false,"sender_ip_addr":"203.0.113.7","custom_type":"","mention_type":"users","mentioned_users":[],"type":"MESG","payload":{"custom_type":"","created_at":1542762103,"translations":{},"message":"Hi \ud83d\udc4b see https:\/\/example.com\/a\/b","data":"","message_id":101},"channel":{"name":"Sendbird Lounge","channel_url":"sendbird_open_channel_1","custom_type":"","data":""},"sdk":"JavaScript","app_id":"F8C3B2A1-6D4E-4F5A-9B8C-7D6E5F4A3B2C"}`,
  key: '2f7a9c1e4b8d3f6a0c5e9b2d7f1a4c8e3b6d9f0a',
  signature: '973af3a3772b27d114b96ad034822d3d0fa2b08cd3803b081c82b60821c7702c',
} as const;

/** The vendors whose signatures this package signs and verifies. */
export const signedVendors = ['sendbird', 'talkplus'] as const;

export const vectors = { sendbird: sendbirdVector, talkplus: talkplusVector } as const;

/** The same bytes as a string, a Uint8Array, a Buffer and an ArrayBuffer. */
export function bodyForms(text: string): { name: string; body: string | Uint8Array | ArrayBuffer }[] {
  const bytes = new TextEncoder().encode(text);
  return [
    { name: 'string', body: text },
    { name: 'Uint8Array', body: bytes },
    { name: 'Buffer', body: Buffer.from(text, 'utf8') },
    { name: 'ArrayBuffer', body: bytes.slice().buffer },
  ];
}

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
