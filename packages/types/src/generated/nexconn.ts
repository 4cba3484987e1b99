// Generated from schemas/ by scripts/. Do not edit: edit the schema and run `npm run generate`.
/**
 * Unique ID of a webhook event: a UUID (`550e8400-e29b-41d4-a716-446655440011`) or a Snowflake id (a decimal number sent as a string). No format is enforced because either form may appear; use it to de-duplicate deliveries.
 */
export type NexconnEventId = string;
/**
 * A point in time in Unix milliseconds.
 */
export type NexconnUnixMilliseconds = number;

/**
 * Every Nexconn event payload by its `type` value.
 */
export interface NexconnEventMap {
  "group_channel:operation": NexconnGroupChannelOperationEvent;
  "open_channel:operation": NexconnOpenChannelOperationEvent;
}
/**
 * One group operation record, holding the list of operations.
 */
export interface NexconnGroupChannelOperationData {
  /**
   * The group operations; each element describes one operation on one group.
   */
  profiles: NexconnGroupChannelOperationProfile[];
}
/**
 * Fires when a member-level or group-level operation occurs: a group is created or dissolved, members join or leave, members are added or removed as administrators, or channel ownership is transferred.
 *
 * @see {@link https://docs.nexconn.ai/platform-chat-api/webhook/group-channel-operation}
 */
export interface NexconnGroupChannelOperationEvent {
  /**
   * Event name.
   */
  type: "group_channel:operation";
  /**
   * Unique event ID: a UUID or a Snowflake id.
   */
  id: NexconnEventId;
  /**
   * When the event was generated, in Unix milliseconds.
   */
  time: NexconnUnixMilliseconds;
  /**
   * The group operation records: usually one item, may batch several.
   *
   * @minItems 1
   */
  data: NexconnGroupChannelOperationData[];
}
/**
 * One operation on one group.
 */
export interface NexconnGroupChannelOperationProfile {
  /**
   * ID of the group.
   */
  channelId: string;
  /**
   * What happened to the group or its members.
   */
  operationType: NexconnGroupChannelOperationType;
  /**
   * When the operation was performed, in Unix milliseconds.
   */
  time: NexconnUnixMilliseconds;
  /**
   * ID of the user who performed the operation (e.g., the group creator, the admin who kicked a member). Optional: omitted when there is none, since Nexconn leaves out empty fields.
   */
  userId?: string;
  /**
   * IDs of the affected members (e.g., the users who joined, were kicked, or were promoted or demoted). Optional: omitted when empty, since Nexconn leaves out empty fields.
   */
  members?: string[];
}
/**
 * One operation on one open channel.
 */
export interface NexconnOpenChannelOperation {
  /**
   * ID of the open channel.
   */
  channelId: string;
  /**
   * IDs of the users affected by the operation.
   */
  userIds: string[];
  /**
   * What happened: channel created, users joined, users left or channel destroyed.
   */
  operationType: NexconnOpenChannelOperationType;
  /**
   * How the operation was triggered: by a user or API action, automatically, by a ban, or by auto-destruction.
   */
  status: NexconnOpenChannelOperationStatus;
  /**
   * When the operation occurred, in Unix milliseconds.
   */
  time: NexconnUnixMilliseconds;
}
/**
 * Fires when a user's membership status in an open channel changes (users join or leave), or when the open channel itself is created or destroyed.
 *
 * @see {@link https://docs.nexconn.ai/platform-chat-api/webhook/open-channel-operation}
 */
export interface NexconnOpenChannelOperationEvent {
  /**
   * Event name.
   */
  type: "open_channel:operation";
  /**
   * Unique event ID: a UUID or a Snowflake id.
   */
  id: NexconnEventId;
  /**
   * When the event was generated, in Unix milliseconds.
   */
  time: NexconnUnixMilliseconds;
  /**
   * The open channel operations: usually one item, may batch several.
   *
   * @minItems 1
   */
  data: NexconnOpenChannelOperation[];
}

/**
 * Kind of group channel operation.
 *
 * - `1`: Group created: a new group was created.
 * - `2`: Member joined: one or more users joined or were added to the group.
 * - `3`: Member kicked: one or more users were removed from the group by an administrator.
 * - `4`: Member left: one or more users voluntarily left the group.
 * - `5`: Group dissolved: the group was disbanded.
 * - `6`: Administrator added: one or more members were promoted to administrator.
 * - `7`: Administrator removed: one or more administrators were demoted to regular member.
 * - `8`: Ownership transferred: channel ownership was transferred to another channel member.
 */
export enum NexconnGroupChannelOperationType {
  GroupCreated = 1,
  MemberJoined = 2,
  MemberKicked = 3,
  MemberLeft = 4,
  GroupDissolved = 5,
  AdministratorAdded = 6,
  AdministratorRemoved = 7,
  OwnershipTransferred = 8
}
/**
 * How an open channel operation was triggered.
 *
 * - `0`: Active: the operation was triggered by a direct user or API action.
 * - `1`: Auto-exited: the user was automatically removed (e.g., went offline for 30 seconds or the channel accumulated 30 messages without the user being active).
 * - `2`: User banned: the user was removed because they were banned from the channel.
 * - `3`: Channel auto-destroyed: the channel was automatically destroyed (e.g., all members left and auto-destroy is enabled).
 */
export enum NexconnOpenChannelOperationStatus {
  Active = 0,
  AutoExited = 1,
  UserBanned = 2,
  ChannelAutoDestroyed = 3
}
/**
 * Kind of open channel operation.
 *
 * - `0`: Channel created: the open channel was created.
 * - `1`: User joined: one or more users entered the open channel.
 * - `2`: User left: one or more users exited the open channel.
 * - `3`: Channel destroyed: the open channel was destroyed.
 */
export enum NexconnOpenChannelOperationType {
  ChannelCreated = 0,
  UserJoined = 1,
  UserLeft = 2,
  ChannelDestroyed = 3
}

/** The name of a Nexconn event: a value of `type`. */
export type NexconnEventName = keyof NexconnEventMap;

/**
 * Any Nexconn webhook event; `type` tells them apart.
 *
 * @see {@link https://docs.nexconn.ai/platform-chat-api/webhook/overview}
 */
export type NexconnEvent = NexconnEventMap[NexconnEventName];
