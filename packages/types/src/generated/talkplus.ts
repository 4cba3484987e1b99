// Generated from schemas/ by scripts/. Do not edit: edit the schema and run `npm run generate`.
/**
 * Every TalkPlus event payload by its `event` value.
 */
export interface TalkplusEventMap {
  channel_added: TalkplusChannelAddedEvent;
  channel_changed: TalkplusChannelChangedEvent;
  channel_removed: TalkplusChannelRemovedEvent;
  member_added: TalkplusMemberAddedEvent;
  member_banned: TalkplusMemberBannedEvent;
  member_left: TalkplusMemberLeftEvent;
  member_muted: TalkplusMemberMutedEvent;
  member_unbanned: TalkplusMemberUnbannedEvent;
  member_unmuted: TalkplusMemberUnmutedEvent;
  message: TalkplusMessageEvent;
  message_deleted: TalkplusMessageDeletedEvent;
  reaction_added: TalkplusReactionAddedEvent;
  reaction_deleted: TalkplusReactionDeletedEvent;
  user_blocked: TalkplusUserBlockedEvent;
  user_unblocked: TalkplusUserUnblockedEvent;
}
/**
 * The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.
 */
export interface TalkplusChannel {
  /**
   * Channel ID.
   */
  id: string;
  /**
   * Channel name.
   */
  name: string;
  /**
   * User ID of the channel owner.
   */
  ownerId: string;
  /**
   * Channel type. The docs show "public"; TalkPlus channel types are "public", "private", "invitationOnly", "broadcast", "super_public" and "super_private". Kept a plain string so a type the vendor adds still validates.
   */
  type: string;
  /**
   * URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not.
   */
  imageUrl?: string;
  /**
   * Code users need to join an "invitationOnly" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`.
   */
  invitationCode?: string;
  /**
   * Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it.
   */
  privateTag?: string;
  /**
   * Whether the channel is frozen (members cannot send messages).
   */
  isFrozen: boolean;
  /**
   * Whether members cannot see messages sent before they joined.
   */
  hideMessagesBeforeJoin: boolean;
  /**
   * Channel category (an empty string when unset).
   */
  category: string;
  /**
   * Channel subcategory (an empty string when unset).
   */
  subcategory: string;
  /**
   * Number of members in the channel.
   */
  memberCount: number;
  /**
   * Maximum number of members the channel allows.
   */
  maxMemberCount: number;
  /**
   * Custom channel metadata, a map of string keys to string values.
   */
  data: {
    [k: string]: string;
  };
  /**
   * Members of the channel.
   */
  members: TalkplusMember[];
  /**
   * Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).
   */
  mutedUsers: unknown[];
  /**
   * Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).
   */
  bannedUsers: unknown[];
  /**
   * Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.
   */
  bots?: unknown[];
  /**
   * Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it.
   */
  pushNotificationDisabled?: boolean;
  /**
   * Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it.
   */
  pushNotificationSoundAOS?: string;
  /**
   * Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it.
   */
  pushNotificationSoundIOS?: string;
  /**
   * Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.
   */
  privateData?: {
    [k: string]: unknown;
  } | null;
  /**
   * When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it.
   */
  lastSentAt?: number;
  /**
   * When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0).
   */
  updatedAt: number;
  /**
   * When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0).
   */
  createdAt: number;
  /**
   * Number of unread messages in the channel (every example shows 0).
   */
  unreadCount: number;
  /**
   * When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0).
   */
  lastReadAt: number;
  /**
   * The last message sent to the channel; null when the channel has no message yet.
   */
  lastMessage: TalkplusMessage | null;
}
/**
 * A channel was created.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#channel_added}
 */
export interface TalkplusChannelAddedEvent {
  /**
   * Event name, always "channel_added".
   */
  event: "channel_added";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The channel that was created.
   */
  channel: TalkplusChannel;
}
/**
 * A channel was updated.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#channel_changed}
 */
export interface TalkplusChannelChangedEvent {
  /**
   * Event name, always "channel_changed".
   */
  event: "channel_changed";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The channel that was updated, as it is after the change.
   */
  channel: TalkplusChannel;
}
/**
 * A channel was deleted.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#channel_removed}
 */
export interface TalkplusChannelRemovedEvent {
  /**
   * Event name, always "channel_removed".
   */
  event: "channel_removed";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The channel that was deleted.
   */
  channel: TalkplusChannel;
}
/**
 * A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.
 */
export interface TalkplusMember {
  /**
   * User ID of the member.
   */
  id: string;
  /**
   * Display name of the member.
   */
  username: string;
  /**
   * URL of the member's profile image (an empty string when the user has none).
   */
  profileImageUrl: string;
  /**
   * When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member.
   */
  muteExpiresAt?: number;
  /**
   * Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it.
   */
  disablePushNotification?: boolean;
  /**
   * Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.
   */
  data?: {
    [k: string]: string;
  };
  /**
   * Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.
   */
  memberInfo?: {
    [k: string]: unknown;
  };
  /**
   * When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973).
   */
  updatedAt: number;
  /**
   * When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688).
   */
  createdAt: number;
  /**
   * When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0).
   */
  lastReadAt: number;
  /**
   * When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet.
   */
  lastSentAt: number;
}
/**
 * Users were added to a channel.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#member_added}
 */
export interface TalkplusMemberAddedEvent {
  /**
   * Event name, always "member_added".
   */
  event: "member_added";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The channel the users were added to.
   */
  channel: TalkplusChannel;
  /**
   * The users who were added.
   */
  users: TalkplusUser[];
}
/**
 * Users were banned from a channel.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#member_banned}
 */
export interface TalkplusMemberBannedEvent {
  /**
   * Event name, always "member_banned".
   */
  event: "member_banned";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The channel the users were banned from.
   */
  channel: TalkplusChannel;
  /**
   * The users who were banned.
   */
  users: TalkplusUser[];
}
/**
 * Users left a channel or were removed from it.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#member_left}
 */
export interface TalkplusMemberLeftEvent {
  /**
   * Event name, always "member_left".
   */
  event: "member_left";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The channel the users left or were removed from.
   */
  channel: TalkplusChannel;
  /**
   * The users who left or were removed.
   */
  users: TalkplusUser[];
}
/**
 * Users were muted in a channel.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#member_muted}
 */
export interface TalkplusMemberMutedEvent {
  /**
   * Event name, always "member_muted".
   */
  event: "member_muted";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The channel the users were muted in (the docs show `muteExpiresAt` on the muted member in `members`).
   */
  channel: TalkplusChannel;
  /**
   * The users who were muted.
   */
  users: TalkplusUser[];
}
/**
 * Users were unbanned from a channel.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#member_unbanned}
 */
export interface TalkplusMemberUnbannedEvent {
  /**
   * Event name, always "member_unbanned".
   */
  event: "member_unbanned";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The channel the users were unbanned from.
   */
  channel: TalkplusChannel;
  /**
   * The users who were unbanned.
   */
  users: TalkplusUser[];
}
/**
 * Users were unmuted in a channel.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#member_unmuted}
 */
export interface TalkplusMemberUnmutedEvent {
  /**
   * Event name, always "member_unmuted".
   */
  event: "member_unmuted";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The channel the users were unmuted in.
   */
  channel: TalkplusChannel;
  /**
   * The users who were unmuted.
   */
  users: TalkplusUser[];
}
/**
 * A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.
 */
export interface TalkplusMessage {
  /**
   * Message ID.
   */
  id: string;
  /**
   * ID of the channel the message belongs to.
   */
  channelId: string;
  /**
   * User ID of the sender.
   */
  userId: string;
  /**
   * Display name of the sender when the message was sent.
   */
  username: string;
  /**
   * Profile image URL of the sender when the message was sent.
   */
  profileImageUrl: string;
  /**
   * Message type. The docs show "text"; the TalkPlus SDKs also define "custom", "hidden", "admin" and "admin_hidden". Kept a plain string so a type the vendor adds still validates.
   */
  type: string;
  /**
   * Text of the message.
   */
  text: string;
  /**
   * Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.
   */
  translations: {
    [k: string]: string;
  };
  /**
   * Custom metadata attached to the message, a map of string keys to string values.
   */
  data: {
    [k: string]: string;
  };
  /**
   * Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{"happy": "user123"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.
   */
  reactions?: {
    [k: string]: string;
  };
  /**
   * When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting.
   */
  createdAt: number;
}
/**
 * A message was deleted.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#message_deleted}
 */
export interface TalkplusMessageDeletedEvent {
  /**
   * Event name, always "message_deleted".
   */
  event: "message_deleted";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The channel the message was deleted from.
   */
  channel: TalkplusChannel;
  /**
   * The user who sent the deleted message. Optional: the docs comment it "might be empty" without saying whether it is then absent, null or an empty object; this schema accepts it absent.
   */
  sender?: TalkplusUser;
  /**
   * The message that was deleted.
   */
  message: TalkplusMessage;
}
/**
 * A message was sent.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#message}
 */
export interface TalkplusMessageEvent {
  /**
   * Event name, always "message".
   */
  event: "message";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The channel the message was sent to, as it is after the message (its `lastMessage` is the new message).
   */
  channel: TalkplusChannel;
  /**
   * The user who sent the message.
   */
  sender: TalkplusUser;
  /**
   * The message that was sent.
   */
  message: TalkplusMessage;
}
/**
 * A reaction was added to a message.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#reaction_added}
 */
export interface TalkplusReactionAddedEvent {
  /**
   * Event name, always "reaction_added".
   */
  event: "reaction_added";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The channel of the message.
   */
  channel: TalkplusChannel;
  /**
   * The user who added the reaction.
   */
  user: TalkplusUser;
  /**
   * The message the reaction was added to, with its `reactions` after the change.
   */
  message: TalkplusMessage;
  /**
   * Name of the reaction that was added (the docs show "happy").
   */
  reaction: string;
}
/**
 * A reaction was removed from a message.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#reaction_deleted}
 */
export interface TalkplusReactionDeletedEvent {
  /**
   * Event name, always "reaction_deleted".
   */
  event: "reaction_deleted";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The channel of the message.
   */
  channel: TalkplusChannel;
  /**
   * The user who removed the reaction.
   */
  user: TalkplusUser;
  /**
   * The message the reaction was removed from, with its `reactions` after the change (the docs remove "sad" and still show "happy").
   */
  message: TalkplusMessage;
  /**
   * Name of the reaction that was removed (the docs show "sad").
   */
  reaction: string;
}
/**
 * A TalkPlus user as the webhook payloads show it: the `sender` of message events, the `user` who reacted in reaction events, the `users[]` of member events, and the `user` / `blockedUser` of block events. Every documented example carries all five properties.
 */
export interface TalkplusUser {
  /**
   * User ID.
   */
  id: string;
  /**
   * Display name of the user.
   */
  username: string;
  /**
   * URL of the user's profile image (an empty string when the user has none, as the signed example shows for members).
   */
  profileImageUrl: string;
  /**
   * When the user was last updated: Unix seconds in the docs' examples (1583924400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting.
   */
  updatedAt: number;
  /**
   * When the user was created: Unix seconds in the docs' examples (1583921400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting.
   */
  createdAt: number;
}
/**
 * A user blocked another user.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#user_blocked}
 */
export interface TalkplusUserBlockedEvent {
  /**
   * Event name, always "user_blocked".
   */
  event: "user_blocked";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The user who blocked `blockedUser`.
   */
  user: TalkplusUser;
  /**
   * The user who was blocked.
   */
  blockedUser: TalkplusUser;
}
/**
 * A user unblocked another user.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks#user_unblocked}
 */
export interface TalkplusUserUnblockedEvent {
  /**
   * Event name, always "user_unblocked".
   */
  event: "user_unblocked";
  /**
   * ID of the TalkPlus app the event belongs to.
   */
  appId: string;
  /**
   * The user who unblocked `blockedUser`.
   */
  user: TalkplusUser;
  /**
   * The user who was unblocked (the property keeps the name `blockedUser`).
   */
  blockedUser: TalkplusUser;
}

/** The name of a TalkPlus event: a value of `event`. */
export type TalkplusEventName = keyof TalkplusEventMap;

/**
 * Any TalkPlus webhook event; `event` tells them apart.
 *
 * @see {@link https://docs.talkplus.io/klat-en/misc/webhooks}
 */
export type TalkplusEvent = TalkplusEventMap[TalkplusEventName];
