// Generated from schemas/ by scripts/. Do not edit: edit the schema and run `npm run generate`.
/**
 * Kind of channel an event happened in.
 *
 * - `"group_channel"`: A group channel (private or public chat among members).
 * - `"open_channel"`: An open channel (public chat anyone can enter).
 */
export type SendbirdChannelType = "group_channel" | "open_channel";
/**
 * Whom a message mentions.
 *
 * - `"users"`: The users listed in `mentioned_users`.
 * - `"channel"`: Every member of the channel.
 */
export type SendbirdMentionType = "users" | "channel";
/**
 * Kind of message: the docs show one payload per kind on the "Text", "File" and "Admin" tabs of each message event.
 *
 * - `"MESG"`: Text message.
 * - `"FILE"`: File message.
 * - `"ADMM"`: Admin message (sent by the application through the Platform API, not by a user).
 */
export type SendbirdMessageType = "MESG" | "FILE" | "ADMM";

/**
 * Every Sendbird event payload by its `category` value.
 */
export interface SendbirdEventMap {
  "open_channel:create": SendbirdOpenChannelCreateEvent;
  "open_channel:enter": SendbirdOpenChannelEnterEvent;
  "open_channel:exit": SendbirdOpenChannelExitEvent;
  "open_channel:message_delete": SendbirdOpenChannelMessageDeleteEvent;
  "open_channel:message_send": SendbirdOpenChannelMessageSendEvent;
  "open_channel:message_update": SendbirdOpenChannelMessageUpdateEvent;
  "open_channel:remove": SendbirdOpenChannelRemoveEvent;
  "operators:register_by_operator": SendbirdOperatorsRegisterByOperatorEvent;
  "operators:unregister_by_operator": SendbirdOperatorsUnregisterByOperatorEvent;
}
/**
 * The channel an event happened in. Channel events (`open_channel:create`, `operators:*` ...) show the full set of properties; message events show only `channel_url`, `name`, `custom_type` and `data`.
 */
export interface SendbirdChannel {
  /**
   * Unique URL (ID) of the channel.
   */
  channel_url: string;
  /**
   * Name of the channel.
   */
  name: string;
  /**
   * Custom channel type used to group channels (may be an empty string).
   */
  custom_type?: string;
  /**
   * Additional channel information as free text, often a JSON string (may be an empty string).
   */
  data?: string;
  /**
   * URL of the channel's cover image. Optional: shown on group channels (`operators:*` events), not on open channel events.
   */
  cover_url?: string;
  /**
   * Whether the group channel is distinct (reused for the same set of members). Optional: absent from message events; always false on open channels.
   */
  is_distinct?: boolean;
  /**
   * Whether the group channel is public. Optional: absent from message events; always false on open channels.
   */
  is_public?: boolean;
  /**
   * Whether the channel is a Supergroup channel. Optional: absent from message events.
   */
  is_super?: boolean;
  /**
   * Whether messages of the channel are ephemeral (not stored). Optional: absent from message events.
   */
  is_ephemeral?: boolean;
  /**
   * Whether the public group channel is listed in channel searches. Optional: absent from message events.
   */
  is_discoverable?: boolean;
}
/**
 * One changed message property of a `message_update` event, with its value before and after the update.
 */
export interface SendbirdMessageChange {
  /**
   * Which message property changed: the docs name exactly these five.
   *
   * - `"message"`: The text of the message (`old`/`new` are strings).
   * - `"custom_type"`: The custom message type (`old`/`new` are strings).
   * - `"data"`: The additional message data (`old`/`new` are strings).
   * - `"mention_type"`: The mention type, `users` or `channel` (`old`/`new` are strings).
   * - `"mentioned_user_ids"`: The IDs of the mentioned users (`old`/`new` are arrays of user IDs).
   */
  key: "message" | "custom_type" | "data" | "mention_type" | "mentioned_user_ids";
  /**
   * Value of the property before the update: a string, or an array of user IDs for `mentioned_user_ids`. Any JSON value is accepted.
   */
  old: {
    [k: string]: unknown;
  };
  /**
   * Value of the property after the update: a string, or an array of user IDs for `mentioned_user_ids`. Any JSON value is accepted.
   */
  new: {
    [k: string]: unknown;
  };
}
/**
 * The message a message event is about (`payload` of `open_channel:message_send`, `message_update` and `message_delete`). The docs print the text message (`MESG`) form; file (`FILE`) and admin (`ADMM`) messages are documented on tabs of the same page that the material we have does not reproduce.
 */
export interface SendbirdMessagePayload {
  /**
   * Unique ID of the message.
   */
  message_id: number;
  /**
   * Custom message type used to group messages (may be an empty string).
   */
  custom_type: string;
  /**
   * Text of the message (after the update, on `message_update`). Optional: text and admin messages carry it; file messages carry file information instead.
   */
  message?: string;
  /**
   * Auto-translations of `message`: a map of language code (`en`, `de` ...) to translated text, an empty string when not translated. Optional, like `message`.
   */
  translations?: {
    [k: string]: string;
  };
  /**
   * When the message was sent, in Unix milliseconds according to the docs (real deliveries have been seen carrying Unix seconds). The docs' `open_channel:message_delete` example shows 0.
   */
  created_at: number;
  /**
   * Additional message information as free text, often a JSON string (may be an empty string).
   */
  data: string;
}
/**
 * Invoked when an open channel is created.
 *
 * @see {@link https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-create}
 */
export interface SendbirdOpenChannelCreateEvent {
  /**
   * Event name.
   */
  category: "open_channel:create";
  /**
   * When the channel was created, in Unix milliseconds according to the docs. Real deliveries have been seen carrying Unix seconds instead, so a value below 10^12 is best read as seconds.
   */
  created_at: number;
  /**
   * Operators of the new channel (may be empty).
   */
  operators: SendbirdUser[];
  /**
   * The channel that was created.
   */
  channel: SendbirdChannel;
  /**
   * ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced.
   */
  app_id: string;
}
/**
 * Invoked when a user enters an open channel.
 *
 * @see {@link https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-enter}
 */
export interface SendbirdOpenChannelEnterEvent {
  /**
   * Event name.
   */
  category: "open_channel:enter";
  /**
   * When the user entered the channel, in Unix milliseconds according to the docs. Real deliveries have been seen carrying Unix seconds instead, so a value below 10^12 is best read as seconds.
   */
  entered_at: number;
  /**
   * The user who entered the channel (the docs show it without `metadata`).
   */
  user: SendbirdUser;
  /**
   * The channel the user entered.
   */
  channel: SendbirdChannel;
  /**
   * ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced.
   */
  app_id: string;
}
/**
 * Invoked when a user exits an open channel. The documented payload names its timestamp `entered_at` (not `exited_at`); the schema models exactly what is documented.
 *
 * @see {@link https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-exit}
 */
export interface SendbirdOpenChannelExitEvent {
  /**
   * Event name.
   */
  category: "open_channel:exit";
  /**
   * When the event happened (the user exited the channel), in Unix milliseconds according to the docs. The docs' example of this event names the field `entered_at`, and that is what is modelled. Real deliveries have been seen carrying Unix seconds instead, so a value below 10^12 is best read as seconds.
   */
  entered_at: number;
  /**
   * The user who exited the channel (the docs show it without `metadata`).
   */
  user: SendbirdUser;
  /**
   * The channel the user exited.
   */
  channel: SendbirdChannel;
  /**
   * ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced.
   */
  app_id: string;
}
/**
 * Invoked when a message is deleted from an open channel.
 *
 * @see {@link https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-message_delete}
 */
export interface SendbirdOpenChannelMessageDeleteEvent {
  /**
   * Event name.
   */
  category: "open_channel:message_delete";
  /**
   * The user who sent the deleted message. Optional: the sender may be empty or missing (admin messages, for instance, have no user sender), so do not rely on it.
   */
  sender?: SendbirdUser;
  /**
   * Custom type of the deleted message (the same as `payload.custom_type`; may be an empty string).
   */
  custom_type: string;
  /**
   * Kind of the deleted message: `MESG` (text), `FILE` (file) or `ADMM` (admin).
   */
  type: SendbirdMessageType;
  /**
   * The channel the message was deleted from (only `channel_url`, `name`, `custom_type` and `data` are shown).
   */
  channel: SendbirdChannel;
  /**
   * The deleted message. The docs' example shows `created_at` as 0 here.
   */
  payload: SendbirdMessagePayload;
  /**
   * ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced.
   */
  app_id: string;
}
/**
 * Invoked when a message is sent within an open channel. The docs show one payload per message kind (text, file, admin); the example kept here is the text message.
 *
 * @see {@link https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-message_send}
 */
export interface SendbirdOpenChannelMessageSendEvent {
  /**
   * Event name.
   */
  category: "open_channel:message_send";
  /**
   * The user who sent the message.
   */
  sender: SendbirdUser;
  /**
   * Whether the message was sent as a silent message (one that does not update channel properties such as unread counts and the last message).
   */
  silent: boolean;
  /**
   * IP address the message was sent from. The docs print a masked placeholder (`xxx.xxx.xxx.xx`), so no IP format is enforced.
   */
  sender_ip_addr: string;
  /**
   * Custom type of the message (the same as `payload.custom_type`; may be an empty string).
   */
  custom_type: string;
  /**
   * Whom the message mentions: the users in `mentioned_users`, or the whole channel.
   */
  mention_type: SendbirdMentionType;
  /**
   * Users mentioned in the message (empty when nobody is).
   */
  mentioned_users: SendbirdUser[];
  /**
   * Kind of message: `MESG` (text), `FILE` (file) or `ADMM` (admin).
   */
  type: SendbirdMessageType;
  /**
   * The message that was sent.
   */
  payload: SendbirdMessagePayload;
  /**
   * The channel the message was sent in (only `channel_url`, `name`, `custom_type` and `data` are shown).
   */
  channel: SendbirdChannel;
  /**
   * What the message was sent with: the docs list `iOS`, `Android`, `JavaScript`, `.NET` or `API` (Platform API). Kept a plain string so other clients do not break validation.
   */
  sdk: string;
  /**
   * ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced.
   */
  app_id: string;
}
/**
 * Invoked when one of these message properties is updated in an open channel: `message`, `custom_type`, `data`, `mention_type` or `mentioned_user_ids`. `changes` holds the old and new values of the changed properties; the rest of the payload shows the message after the update.
 *
 * @see {@link https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-message_update}
 */
export interface SendbirdOpenChannelMessageUpdateEvent {
  /**
   * Event name.
   */
  category: "open_channel:message_update";
  /**
   * The user who sent the message.
   */
  sender: SendbirdUser;
  /**
   * The message properties that changed, each with its old and new value.
   */
  changes: SendbirdMessageChange[];
  /**
   * Custom type of the message after the update (the same as `payload.custom_type`; may be an empty string).
   */
  custom_type: string;
  /**
   * Whom the message mentions after the update: the users in `mentioned_users`, or the whole channel.
   */
  mention_type: SendbirdMentionType;
  /**
   * Users mentioned in the message after the update (empty when nobody is).
   */
  mentioned_users: SendbirdUser[];
  /**
   * Kind of message: `MESG` (text), `FILE` (file) or `ADMM` (admin).
   */
  type: SendbirdMessageType;
  /**
   * The message after the update.
   */
  payload: SendbirdMessagePayload;
  /**
   * The channel the message belongs to (only `channel_url`, `name`, `custom_type` and `data` are shown).
   */
  channel: SendbirdChannel;
  /**
   * What the update was made with: the docs list `iOS`, `Android`, `JavaScript`, `.NET` or `API` (Platform API). Kept a plain string so other clients do not break validation.
   */
  sdk: string;
  /**
   * ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced.
   */
  app_id: string;
}
/**
 * Invoked when an open channel is removed.
 *
 * @see {@link https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-remove}
 */
export interface SendbirdOpenChannelRemoveEvent {
  /**
   * Event name.
   */
  category: "open_channel:remove";
  /**
   * When the channel was removed, in Unix milliseconds according to the docs. Real deliveries have been seen carrying Unix seconds instead, so a value below 10^12 is best read as seconds.
   */
  removed_at: number;
  /**
   * The channel that was removed.
   */
  channel: SendbirdChannel;
  /**
   * ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced.
   */
  app_id: string;
}
/**
 * Invoked when one or more operators are registered by another operator's client app.
 *
 * @see {@link https://sendbird.com/docs/chat/platform-api/v3/webhook/events/operators#2-operators-register_by_operator}
 */
export interface SendbirdOperatorsRegisterByOperatorEvent {
  /**
   * Event name.
   */
  category: "operators:register_by_operator";
  /**
   * When the registration was requested, in Unix milliseconds according to the docs. Real deliveries have been seen carrying Unix seconds instead, so a value below 10^12 is best read as seconds.
   */
  requested_at: number;
  /**
   * The operator whose client app made the request.
   */
  requester: SendbirdUser;
  /**
   * Kind of channel the operators belong to: `group_channel` or `open_channel`.
   */
  channel_type: SendbirdChannelType;
  /**
   * The channel the operators belong to.
   */
  channel: SendbirdChannel;
  /**
   * The users who were registered as operators. The docs say one or more; no minimum is enforced.
   */
  operators: SendbirdUser[];
  /**
   * ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced.
   */
  app_id: string;
}
/**
 * Invoked when the registration of one or more operators is canceled by another operator's client app.
 *
 * @see {@link https://sendbird.com/docs/chat/platform-api/v3/webhook/events/operators#2-operators-unregister_by_operator}
 */
export interface SendbirdOperatorsUnregisterByOperatorEvent {
  /**
   * Event name.
   */
  category: "operators:unregister_by_operator";
  /**
   * When the cancellation was requested, in Unix milliseconds according to the docs. Real deliveries have been seen carrying Unix seconds instead, so a value below 10^12 is best read as seconds.
   */
  requested_at: number;
  /**
   * The operator whose client app made the request.
   */
  requester: SendbirdUser;
  /**
   * Kind of channel the operators belong to: `group_channel` or `open_channel`.
   */
  channel_type: SendbirdChannelType;
  /**
   * The channel the operators belong to.
   */
  channel: SendbirdChannel;
  /**
   * The users whose operator registration was canceled. The docs say one or more; no minimum is enforced.
   */
  operators: SendbirdUser[];
  /**
   * ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced.
   */
  app_id: string;
}
/**
 * A Sendbird user as webhook payloads show it (sender, requester, operator, mentioned user, the user entering or exiting an open channel).
 */
export interface SendbirdUser {
  /**
   * Unique ID of the user within the application.
   */
  user_id: string;
  /**
   * The user's nickname (may be an empty string).
   */
  nickname: string;
  /**
   * URL of the user's profile image (may be an empty string).
   */
  profile_url: string;
  /**
   * The user's metadata: a map of key to string value. Optional: absent on the `user` of `open_channel:enter` and `open_channel:exit`, an empty object when the user has none.
   */
  metadata?: {
    [k: string]: string;
  };
}

/** The name of a Sendbird event: a value of `category`. */
export type SendbirdEventName = keyof SendbirdEventMap;

/**
 * Any Sendbird webhook event; `category` tells them apart.
 *
 * @see {@link https://sendbird.com/docs/chat/platform-api/v3/webhook/overview}
 */
export type SendbirdEvent = SendbirdEventMap[SendbirdEventName];
