// Generated from schemas/ by scripts/. Do not edit: edit the schema and run `npm run generate`.
import type { EventExample, JsonSchema, VendorFacts } from '../model.js';

export const eventNamesByVendor = {
  "nexconn": [
    "group_channel:operation",
    "open_channel:operation"
  ],
  "sendbird": [
    "open_channel:create",
    "open_channel:enter",
    "open_channel:exit",
    "open_channel:message_delete",
    "open_channel:message_send",
    "open_channel:message_update",
    "open_channel:remove",
    "operators:register_by_operator",
    "operators:unregister_by_operator"
  ],
  "talkplus": [
    "channel_added",
    "channel_changed",
    "channel_removed",
    "member_added",
    "member_banned",
    "member_left",
    "member_muted",
    "member_unbanned",
    "member_unmuted",
    "message",
    "message_deleted",
    "reaction_added",
    "reaction_deleted",
    "user_blocked",
    "user_unblocked"
  ]
} as const;

export type Vendor = keyof typeof eventNamesByVendor;
export type EventName<V extends Vendor = Vendor> = (typeof eventNamesByVendor)[V][number];

export const vendorFacts: readonly VendorFacts[] = [
  {
    "$schema": "../../scripts/vendor.schema.json",
    "id": "nexconn",
    "name": "Nexconn",
    "typePrefix": "Nexconn",
    "description": "Nexconn Platform Chat API webhooks: one JSON POST per delivery with the envelope `{ type, id, time, data[] }`. `type` names the event (`open_channel:operation`, `group_channel:operation`), `id` is a unique event ID (a UUID or a Snowflake id), `time` the generation time in Unix milliseconds, and `data` an array of event records that usually holds one item but may batch several. Fields whose value is empty or null are omitted from the payload rather than sent as null.",
    "docsUrl": "https://docs.nexconn.ai/platform-chat-api/webhook/overview",
    "discriminator": "type",
    "eventName": "{group}:{file}",
    "delivery": {
      "method": "POST",
      "headers": {
        "content-type": "application/json"
      },
      "notes": [
        "Fields whose value is empty or null are omitted: treat a missing optional field as empty.",
        "`data` usually holds one item but may batch several: always iterate over it.",
        "Use the envelope `id` to de-duplicate deliveries."
      ]
    },
    "signature": {
      "documented": false,
      "notes": [
        "The signature scheme of these webhooks is not in the material we have, so none is assumed.",
        "Signature verification for Nexconn reports the vendor as unsupported with a clear error instead of guessing.",
        "A receiver must either opt out of verification explicitly (a named choice, never a silent default) or bring a custom verifier."
      ]
    },
    "retry": {
      "documented": false,
      "notes": [
        "Timeout and retry rules are not in the material we have.",
        "Answer 2xx quickly, do the work afterwards, and handle events idempotently (by envelope `id`) in case of redelivery."
      ]
    }
  },
  {
    "$schema": "../../scripts/vendor.schema.json",
    "id": "sendbird",
    "name": "Sendbird",
    "typePrefix": "Sendbird",
    "description": "Sendbird Chat Platform API v3 webhooks: one JSON POST per event to the endpoint configured under Settings > Chat > Webhooks on the Sendbird Dashboard. The `category` property names the event as `<group>:<event>` (`open_channel:create`, `operators:register_by_operator`), every payload carries the `app_id` of the application, and each event has its own timestamp property (`created_at`, `removed_at`, `entered_at`, `requested_at` ...). Real deliveries carry fields the docs never show, so the schemas stay open.",
    "docsUrl": "https://sendbird.com/docs/chat/platform-api/v3/webhook/overview",
    "discriminator": "category",
    "eventName": "{group}:{file}",
    "delivery": {
      "method": "POST",
      "headers": {
        "user-agent": "SendBird",
        "content-type": "application/json",
        "x-sendbird-signature": "Lower-case hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
        "x-signature": "The same value as x-sendbird-signature (undocumented, seen on real requests).",
        "unicode-escaped": "true"
      },
      "notes": [
        "Real bodies escape \"/\" as \"\\/\" (the requests carry `unicode-escaped: true`): re-serialised JSON never verifies, only the raw bytes as received do.",
        "Deliveries carry no timestamp and no delivery id header: replay protection and de-duplication are up to the receiver."
      ]
    },
    "signature": {
      "documented": true,
      "header": "x-sendbird-signature",
      "algorithm": "HMAC-SHA256",
      "encoding": "hex",
      "key": "The application's master API token, its string as-is (the token's characters as bytes, not hex- or base64-decoded).",
      "signedContent": "The raw request body bytes, exactly as received.",
      "notes": [
        "The hex digest is lower case; compare in constant time.",
        "Real requests also carry `x-signature` with the same value; `x-sendbird-signature` is the documented one.",
        "Sign the raw bytes, never JSON.stringify(JSON.parse(body)): Sendbird escapes \"/\" as \"\\/\", which a re-serialisation loses.",
        "There is no timestamp in the signed content, so a captured request can be replayed."
      ]
    },
    "retry": {
      "documented": true,
      "timeoutSeconds": 5,
      "maxAttempts": 3,
      "notes": [
        "Sendbird waits 5 seconds for a response and sends the same POST up to three times until it gets one.",
        "Answer 200 at once and do the work afterwards (asynchronously); a slow handler causes duplicate deliveries, so handle events idempotently."
      ]
    }
  },
  {
    "$schema": "../../scripts/vendor.schema.json",
    "id": "talkplus",
    "name": "TalkPlus",
    "typePrefix": "Talkplus",
    "description": "TalkPlus (Klat) webhooks: one JSON POST per event to the endpoint entered in the TalkPlus dashboard, where the webhook is switched on and the events that trigger it are chosen. The top-level `event` property names the event (`message`, `member_added`, `user_blocked` ...) and every payload carries the `appId` of the app. Every event but `user_blocked` / `user_unblocked` carries the whole channel, members included. The docs print channel and member timestamps in milliseconds but user and message timestamps in seconds. The docs' examples differ from the one real signed body they print, so the schemas stay open.",
    "docsUrl": "https://docs.talkplus.io/klat-en/misc/webhooks",
    "discriminator": "event",
    "eventName": "{file}",
    "delivery": {
      "method": "POST",
      "headers": {
        "user-agent": "TalkPlus",
        "content-type": "application/json",
        "x-talkplus-signature": "<base64 HMAC-SHA256 of the raw body>"
      },
      "notes": [
        "The endpoint must accept HTTP POST with a JSON body.",
        "Deliveries carry no timestamp, delivery id or event id: replay protection and de-duplication are up to the receiver."
      ]
    },
    "signature": {
      "documented": true,
      "header": "x-talkplus-signature",
      "algorithm": "HMAC-SHA256",
      "encoding": "base64",
      "key": "The App API key, its string as-is (the key's characters as bytes; it looks like hex but must not be hex-decoded).",
      "signedContent": "The raw request body bytes, exactly as received.",
      "notes": [
        "The header value is standard base64 with padding (44 characters, may contain \"+\", \"/\" and \"=\"), not base64url.",
        "The docs' Verification example (Go, JavaScript, Python, Java) is a real test vector: key 92935b03e231483fc2cf75d9020f7e492c8fd9c7481eb4c79620ace7fe207d81, signature i7a/Z+7iS1P6kNpnmw6P0ZSmq83LGnrtacwaffTvIdo=, body in channel/channel_added.examples/signed-body.json. The same body with a trailing newline does not verify.",
        "Sign the raw bytes, never a re-serialisation of the parsed JSON; compare in constant time.",
        "The docs call the signed bytes the \"response body\"; they mean the body of the webhook request TalkPlus sends.",
        "There is no timestamp in the signed content, so a captured request can be replayed."
      ]
    },
    "retry": {
      "documented": true,
      "maxAttempts": 2,
      "retryDelaySeconds": 5,
      "notes": [
        "If the endpoint does not answer, TalkPlus retries once, 5 seconds later: at most two deliveries of the same body.",
        "The docs give no timeout and do not say whether an error status counts as no answer: answer 2xx at once, do the work afterwards, and handle events idempotently."
      ]
    }
  }
];

export const eventSchemas: { readonly [V in Vendor]: { readonly [N in EventName<V>]: JsonSchema } } = {
  "nexconn": {
    "group_channel:operation": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "NexconnGroupChannelOperationEvent",
      "description": "Fires when a member-level or group-level operation occurs: a group is created or dissolved, members join or leave, members are added or removed as administrators, or channel ownership is transferred.",
      "x-docs-url": "https://docs.nexconn.ai/platform-chat-api/webhook/group-channel-operation",
      "type": "object",
      "required": [
        "type",
        "id",
        "time",
        "data"
      ],
      "properties": {
        "type": {
          "const": "group_channel:operation",
          "description": "Event name."
        },
        "id": {
          "$ref": "#/$defs/NexconnEventId",
          "description": "Unique event ID: a UUID or a Snowflake id."
        },
        "time": {
          "$ref": "#/$defs/NexconnUnixMilliseconds",
          "description": "When the event was generated, in Unix milliseconds."
        },
        "data": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/NexconnGroupChannelOperationData"
          },
          "description": "The group operation records: usually one item, may batch several."
        }
      },
      "$defs": {
        "NexconnEventId": {
          "title": "NexconnEventId",
          "description": "Unique ID of a webhook event: a UUID (`550e8400-e29b-41d4-a716-446655440011`) or a Snowflake id (a decimal number sent as a string). No format is enforced because either form may appear; use it to de-duplicate deliveries.",
          "type": "string",
          "minLength": 1,
          "examples": [
            "550e8400-e29b-41d4-a716-446655440011",
            "1851234567890123456"
          ]
        },
        "NexconnGroupChannelOperationData": {
          "title": "NexconnGroupChannelOperationData",
          "description": "One group operation record, holding the list of operations.",
          "type": "object",
          "required": [
            "profiles"
          ],
          "properties": {
            "profiles": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/NexconnGroupChannelOperationProfile"
              },
              "description": "The group operations; each element describes one operation on one group."
            }
          }
        },
        "NexconnGroupChannelOperationProfile": {
          "title": "NexconnGroupChannelOperationProfile",
          "description": "One operation on one group.",
          "type": "object",
          "required": [
            "channelId",
            "operationType",
            "time"
          ],
          "properties": {
            "channelId": {
              "type": "string",
              "description": "ID of the group."
            },
            "operationType": {
              "$ref": "#/$defs/NexconnGroupChannelOperationType",
              "description": "What happened to the group or its members."
            },
            "time": {
              "$ref": "#/$defs/NexconnUnixMilliseconds",
              "description": "When the operation was performed, in Unix milliseconds."
            },
            "userId": {
              "type": "string",
              "description": "ID of the user who performed the operation (e.g., the group creator, the admin who kicked a member). Optional: omitted when there is none, since Nexconn leaves out empty fields."
            },
            "members": {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "IDs of the affected members (e.g., the users who joined, were kicked, or were promoted or demoted). Optional: omitted when empty, since Nexconn leaves out empty fields."
            }
          }
        },
        "NexconnGroupChannelOperationType": {
          "title": "NexconnGroupChannelOperationType",
          "description": "Kind of group channel operation.",
          "type": "integer",
          "enum": [
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            8
          ],
          "x-enum-names": [
            "GroupCreated",
            "MemberJoined",
            "MemberKicked",
            "MemberLeft",
            "GroupDissolved",
            "AdministratorAdded",
            "AdministratorRemoved",
            "OwnershipTransferred"
          ],
          "x-enum-descriptions": [
            "Group created: a new group was created.",
            "Member joined: one or more users joined or were added to the group.",
            "Member kicked: one or more users were removed from the group by an administrator.",
            "Member left: one or more users voluntarily left the group.",
            "Group dissolved: the group was disbanded.",
            "Administrator added: one or more members were promoted to administrator.",
            "Administrator removed: one or more administrators were demoted to regular member.",
            "Ownership transferred: channel ownership was transferred to another channel member."
          ]
        },
        "NexconnUnixMilliseconds": {
          "title": "NexconnUnixMilliseconds",
          "description": "A point in time in Unix milliseconds.",
          "type": "integer",
          "minimum": 0,
          "examples": [
            1730192400000
          ]
        }
      }
    },
    "open_channel:operation": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "NexconnOpenChannelOperationEvent",
      "description": "Fires when a user's membership status in an open channel changes (users join or leave), or when the open channel itself is created or destroyed.",
      "x-docs-url": "https://docs.nexconn.ai/platform-chat-api/webhook/open-channel-operation",
      "type": "object",
      "required": [
        "type",
        "id",
        "time",
        "data"
      ],
      "properties": {
        "type": {
          "const": "open_channel:operation",
          "description": "Event name."
        },
        "id": {
          "$ref": "#/$defs/NexconnEventId",
          "description": "Unique event ID: a UUID or a Snowflake id."
        },
        "time": {
          "$ref": "#/$defs/NexconnUnixMilliseconds",
          "description": "When the event was generated, in Unix milliseconds."
        },
        "data": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/NexconnOpenChannelOperation"
          },
          "description": "The open channel operations: usually one item, may batch several."
        }
      },
      "$defs": {
        "NexconnEventId": {
          "title": "NexconnEventId",
          "description": "Unique ID of a webhook event: a UUID (`550e8400-e29b-41d4-a716-446655440011`) or a Snowflake id (a decimal number sent as a string). No format is enforced because either form may appear; use it to de-duplicate deliveries.",
          "type": "string",
          "minLength": 1,
          "examples": [
            "550e8400-e29b-41d4-a716-446655440011",
            "1851234567890123456"
          ]
        },
        "NexconnOpenChannelOperation": {
          "title": "NexconnOpenChannelOperation",
          "description": "One operation on one open channel.",
          "type": "object",
          "required": [
            "channelId",
            "userIds",
            "operationType",
            "status",
            "time"
          ],
          "properties": {
            "channelId": {
              "type": "string",
              "description": "ID of the open channel."
            },
            "userIds": {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "IDs of the users affected by the operation."
            },
            "operationType": {
              "$ref": "#/$defs/NexconnOpenChannelOperationType",
              "description": "What happened: channel created, users joined, users left or channel destroyed."
            },
            "status": {
              "$ref": "#/$defs/NexconnOpenChannelOperationStatus",
              "description": "How the operation was triggered: by a user or API action, automatically, by a ban, or by auto-destruction."
            },
            "time": {
              "$ref": "#/$defs/NexconnUnixMilliseconds",
              "description": "When the operation occurred, in Unix milliseconds."
            }
          }
        },
        "NexconnOpenChannelOperationStatus": {
          "title": "NexconnOpenChannelOperationStatus",
          "description": "How an open channel operation was triggered.",
          "type": "integer",
          "enum": [
            0,
            1,
            2,
            3
          ],
          "x-enum-names": [
            "Active",
            "AutoExited",
            "UserBanned",
            "ChannelAutoDestroyed"
          ],
          "x-enum-descriptions": [
            "Active: the operation was triggered by a direct user or API action.",
            "Auto-exited: the user was automatically removed (e.g., went offline for 30 seconds or the channel accumulated 30 messages without the user being active).",
            "User banned: the user was removed because they were banned from the channel.",
            "Channel auto-destroyed: the channel was automatically destroyed (e.g., all members left and auto-destroy is enabled)."
          ]
        },
        "NexconnOpenChannelOperationType": {
          "title": "NexconnOpenChannelOperationType",
          "description": "Kind of open channel operation.",
          "type": "integer",
          "enum": [
            0,
            1,
            2,
            3
          ],
          "x-enum-names": [
            "ChannelCreated",
            "UserJoined",
            "UserLeft",
            "ChannelDestroyed"
          ],
          "x-enum-descriptions": [
            "Channel created: the open channel was created.",
            "User joined: one or more users entered the open channel.",
            "User left: one or more users exited the open channel.",
            "Channel destroyed: the open channel was destroyed."
          ]
        },
        "NexconnUnixMilliseconds": {
          "title": "NexconnUnixMilliseconds",
          "description": "A point in time in Unix milliseconds.",
          "type": "integer",
          "minimum": 0,
          "examples": [
            1730192400000
          ]
        }
      }
    }
  },
  "sendbird": {
    "open_channel:create": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "SendbirdOpenChannelCreateEvent",
      "description": "Invoked when an open channel is created.",
      "x-docs-url": "https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-create",
      "type": "object",
      "required": [
        "category",
        "created_at",
        "operators",
        "channel",
        "app_id"
      ],
      "properties": {
        "category": {
          "const": "open_channel:create",
          "description": "Event name."
        },
        "created_at": {
          "type": "integer",
          "description": "When the channel was created, in Unix milliseconds according to the docs. Real deliveries have been seen carrying Unix seconds instead, so a value below 10^12 is best read as seconds."
        },
        "operators": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SendbirdUser"
          },
          "description": "Operators of the new channel (may be empty)."
        },
        "channel": {
          "$ref": "#/$defs/SendbirdChannel",
          "description": "The channel that was created."
        },
        "app_id": {
          "type": "string",
          "description": "ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced."
        }
      },
      "$defs": {
        "SendbirdChannel": {
          "title": "SendbirdChannel",
          "description": "The channel an event happened in. Channel events (`open_channel:create`, `operators:*` ...) show the full set of properties; message events show only `channel_url`, `name`, `custom_type` and `data`.",
          "type": "object",
          "required": [
            "channel_url",
            "name"
          ],
          "properties": {
            "channel_url": {
              "type": "string",
              "description": "Unique URL (ID) of the channel."
            },
            "name": {
              "type": "string",
              "description": "Name of the channel."
            },
            "custom_type": {
              "type": "string",
              "description": "Custom channel type used to group channels (may be an empty string)."
            },
            "data": {
              "type": "string",
              "description": "Additional channel information as free text, often a JSON string (may be an empty string)."
            },
            "cover_url": {
              "type": "string",
              "description": "URL of the channel's cover image. Optional: shown on group channels (`operators:*` events), not on open channel events."
            },
            "is_distinct": {
              "type": "boolean",
              "description": "Whether the group channel is distinct (reused for the same set of members). Optional: absent from message events; always false on open channels."
            },
            "is_public": {
              "type": "boolean",
              "description": "Whether the group channel is public. Optional: absent from message events; always false on open channels."
            },
            "is_super": {
              "type": "boolean",
              "description": "Whether the channel is a Supergroup channel. Optional: absent from message events."
            },
            "is_ephemeral": {
              "type": "boolean",
              "description": "Whether messages of the channel are ephemeral (not stored). Optional: absent from message events."
            },
            "is_discoverable": {
              "type": "boolean",
              "description": "Whether the public group channel is listed in channel searches. Optional: absent from message events."
            }
          }
        },
        "SendbirdUser": {
          "title": "SendbirdUser",
          "description": "A Sendbird user as webhook payloads show it (sender, requester, operator, mentioned user, the user entering or exiting an open channel).",
          "type": "object",
          "required": [
            "user_id",
            "nickname",
            "profile_url"
          ],
          "properties": {
            "user_id": {
              "type": "string",
              "description": "Unique ID of the user within the application."
            },
            "nickname": {
              "type": "string",
              "description": "The user's nickname (may be an empty string)."
            },
            "profile_url": {
              "type": "string",
              "description": "URL of the user's profile image (may be an empty string)."
            },
            "metadata": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              },
              "description": "The user's metadata: a map of key to string value. Optional: absent on the `user` of `open_channel:enter` and `open_channel:exit`, an empty object when the user has none."
            }
          }
        }
      }
    },
    "open_channel:enter": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "SendbirdOpenChannelEnterEvent",
      "description": "Invoked when a user enters an open channel.",
      "x-docs-url": "https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-enter",
      "type": "object",
      "required": [
        "category",
        "entered_at",
        "user",
        "channel",
        "app_id"
      ],
      "properties": {
        "category": {
          "const": "open_channel:enter",
          "description": "Event name."
        },
        "entered_at": {
          "type": "integer",
          "description": "When the user entered the channel, in Unix milliseconds according to the docs. Real deliveries have been seen carrying Unix seconds instead, so a value below 10^12 is best read as seconds."
        },
        "user": {
          "$ref": "#/$defs/SendbirdUser",
          "description": "The user who entered the channel (the docs show it without `metadata`)."
        },
        "channel": {
          "$ref": "#/$defs/SendbirdChannel",
          "description": "The channel the user entered."
        },
        "app_id": {
          "type": "string",
          "description": "ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced."
        }
      },
      "$defs": {
        "SendbirdChannel": {
          "title": "SendbirdChannel",
          "description": "The channel an event happened in. Channel events (`open_channel:create`, `operators:*` ...) show the full set of properties; message events show only `channel_url`, `name`, `custom_type` and `data`.",
          "type": "object",
          "required": [
            "channel_url",
            "name"
          ],
          "properties": {
            "channel_url": {
              "type": "string",
              "description": "Unique URL (ID) of the channel."
            },
            "name": {
              "type": "string",
              "description": "Name of the channel."
            },
            "custom_type": {
              "type": "string",
              "description": "Custom channel type used to group channels (may be an empty string)."
            },
            "data": {
              "type": "string",
              "description": "Additional channel information as free text, often a JSON string (may be an empty string)."
            },
            "cover_url": {
              "type": "string",
              "description": "URL of the channel's cover image. Optional: shown on group channels (`operators:*` events), not on open channel events."
            },
            "is_distinct": {
              "type": "boolean",
              "description": "Whether the group channel is distinct (reused for the same set of members). Optional: absent from message events; always false on open channels."
            },
            "is_public": {
              "type": "boolean",
              "description": "Whether the group channel is public. Optional: absent from message events; always false on open channels."
            },
            "is_super": {
              "type": "boolean",
              "description": "Whether the channel is a Supergroup channel. Optional: absent from message events."
            },
            "is_ephemeral": {
              "type": "boolean",
              "description": "Whether messages of the channel are ephemeral (not stored). Optional: absent from message events."
            },
            "is_discoverable": {
              "type": "boolean",
              "description": "Whether the public group channel is listed in channel searches. Optional: absent from message events."
            }
          }
        },
        "SendbirdUser": {
          "title": "SendbirdUser",
          "description": "A Sendbird user as webhook payloads show it (sender, requester, operator, mentioned user, the user entering or exiting an open channel).",
          "type": "object",
          "required": [
            "user_id",
            "nickname",
            "profile_url"
          ],
          "properties": {
            "user_id": {
              "type": "string",
              "description": "Unique ID of the user within the application."
            },
            "nickname": {
              "type": "string",
              "description": "The user's nickname (may be an empty string)."
            },
            "profile_url": {
              "type": "string",
              "description": "URL of the user's profile image (may be an empty string)."
            },
            "metadata": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              },
              "description": "The user's metadata: a map of key to string value. Optional: absent on the `user` of `open_channel:enter` and `open_channel:exit`, an empty object when the user has none."
            }
          }
        }
      }
    },
    "open_channel:exit": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "SendbirdOpenChannelExitEvent",
      "description": "Invoked when a user exits an open channel. The documented payload names its timestamp `entered_at` (not `exited_at`); the schema models exactly what is documented.",
      "x-docs-url": "https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-exit",
      "type": "object",
      "required": [
        "category",
        "entered_at",
        "user",
        "channel",
        "app_id"
      ],
      "properties": {
        "category": {
          "const": "open_channel:exit",
          "description": "Event name."
        },
        "entered_at": {
          "type": "integer",
          "description": "When the event happened (the user exited the channel), in Unix milliseconds according to the docs. The docs' example of this event names the field `entered_at`, and that is what is modelled. Real deliveries have been seen carrying Unix seconds instead, so a value below 10^12 is best read as seconds."
        },
        "user": {
          "$ref": "#/$defs/SendbirdUser",
          "description": "The user who exited the channel (the docs show it without `metadata`)."
        },
        "channel": {
          "$ref": "#/$defs/SendbirdChannel",
          "description": "The channel the user exited."
        },
        "app_id": {
          "type": "string",
          "description": "ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced."
        }
      },
      "$defs": {
        "SendbirdChannel": {
          "title": "SendbirdChannel",
          "description": "The channel an event happened in. Channel events (`open_channel:create`, `operators:*` ...) show the full set of properties; message events show only `channel_url`, `name`, `custom_type` and `data`.",
          "type": "object",
          "required": [
            "channel_url",
            "name"
          ],
          "properties": {
            "channel_url": {
              "type": "string",
              "description": "Unique URL (ID) of the channel."
            },
            "name": {
              "type": "string",
              "description": "Name of the channel."
            },
            "custom_type": {
              "type": "string",
              "description": "Custom channel type used to group channels (may be an empty string)."
            },
            "data": {
              "type": "string",
              "description": "Additional channel information as free text, often a JSON string (may be an empty string)."
            },
            "cover_url": {
              "type": "string",
              "description": "URL of the channel's cover image. Optional: shown on group channels (`operators:*` events), not on open channel events."
            },
            "is_distinct": {
              "type": "boolean",
              "description": "Whether the group channel is distinct (reused for the same set of members). Optional: absent from message events; always false on open channels."
            },
            "is_public": {
              "type": "boolean",
              "description": "Whether the group channel is public. Optional: absent from message events; always false on open channels."
            },
            "is_super": {
              "type": "boolean",
              "description": "Whether the channel is a Supergroup channel. Optional: absent from message events."
            },
            "is_ephemeral": {
              "type": "boolean",
              "description": "Whether messages of the channel are ephemeral (not stored). Optional: absent from message events."
            },
            "is_discoverable": {
              "type": "boolean",
              "description": "Whether the public group channel is listed in channel searches. Optional: absent from message events."
            }
          }
        },
        "SendbirdUser": {
          "title": "SendbirdUser",
          "description": "A Sendbird user as webhook payloads show it (sender, requester, operator, mentioned user, the user entering or exiting an open channel).",
          "type": "object",
          "required": [
            "user_id",
            "nickname",
            "profile_url"
          ],
          "properties": {
            "user_id": {
              "type": "string",
              "description": "Unique ID of the user within the application."
            },
            "nickname": {
              "type": "string",
              "description": "The user's nickname (may be an empty string)."
            },
            "profile_url": {
              "type": "string",
              "description": "URL of the user's profile image (may be an empty string)."
            },
            "metadata": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              },
              "description": "The user's metadata: a map of key to string value. Optional: absent on the `user` of `open_channel:enter` and `open_channel:exit`, an empty object when the user has none."
            }
          }
        }
      }
    },
    "open_channel:message_delete": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "SendbirdOpenChannelMessageDeleteEvent",
      "description": "Invoked when a message is deleted from an open channel.",
      "x-docs-url": "https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-message_delete",
      "type": "object",
      "required": [
        "category",
        "custom_type",
        "type",
        "channel",
        "payload",
        "app_id"
      ],
      "properties": {
        "category": {
          "const": "open_channel:message_delete",
          "description": "Event name."
        },
        "sender": {
          "$ref": "#/$defs/SendbirdUser",
          "description": "The user who sent the deleted message. Optional: the sender may be empty or missing (admin messages, for instance, have no user sender), so do not rely on it."
        },
        "custom_type": {
          "type": "string",
          "description": "Custom type of the deleted message (the same as `payload.custom_type`; may be an empty string)."
        },
        "type": {
          "$ref": "#/$defs/SendbirdMessageType",
          "description": "Kind of the deleted message: `MESG` (text), `FILE` (file) or `ADMM` (admin)."
        },
        "channel": {
          "$ref": "#/$defs/SendbirdChannel",
          "description": "The channel the message was deleted from (only `channel_url`, `name`, `custom_type` and `data` are shown)."
        },
        "payload": {
          "$ref": "#/$defs/SendbirdMessagePayload",
          "description": "The deleted message. The docs' example shows `created_at` as 0 here."
        },
        "app_id": {
          "type": "string",
          "description": "ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced."
        }
      },
      "$defs": {
        "SendbirdChannel": {
          "title": "SendbirdChannel",
          "description": "The channel an event happened in. Channel events (`open_channel:create`, `operators:*` ...) show the full set of properties; message events show only `channel_url`, `name`, `custom_type` and `data`.",
          "type": "object",
          "required": [
            "channel_url",
            "name"
          ],
          "properties": {
            "channel_url": {
              "type": "string",
              "description": "Unique URL (ID) of the channel."
            },
            "name": {
              "type": "string",
              "description": "Name of the channel."
            },
            "custom_type": {
              "type": "string",
              "description": "Custom channel type used to group channels (may be an empty string)."
            },
            "data": {
              "type": "string",
              "description": "Additional channel information as free text, often a JSON string (may be an empty string)."
            },
            "cover_url": {
              "type": "string",
              "description": "URL of the channel's cover image. Optional: shown on group channels (`operators:*` events), not on open channel events."
            },
            "is_distinct": {
              "type": "boolean",
              "description": "Whether the group channel is distinct (reused for the same set of members). Optional: absent from message events; always false on open channels."
            },
            "is_public": {
              "type": "boolean",
              "description": "Whether the group channel is public. Optional: absent from message events; always false on open channels."
            },
            "is_super": {
              "type": "boolean",
              "description": "Whether the channel is a Supergroup channel. Optional: absent from message events."
            },
            "is_ephemeral": {
              "type": "boolean",
              "description": "Whether messages of the channel are ephemeral (not stored). Optional: absent from message events."
            },
            "is_discoverable": {
              "type": "boolean",
              "description": "Whether the public group channel is listed in channel searches. Optional: absent from message events."
            }
          }
        },
        "SendbirdMessagePayload": {
          "title": "SendbirdMessagePayload",
          "description": "The message a message event is about (`payload` of `open_channel:message_send`, `message_update` and `message_delete`). The docs print the text message (`MESG`) form; file (`FILE`) and admin (`ADMM`) messages are documented on tabs of the same page that the material we have does not reproduce.",
          "type": "object",
          "required": [
            "message_id",
            "custom_type",
            "created_at",
            "data"
          ],
          "properties": {
            "message_id": {
              "type": "integer",
              "description": "Unique ID of the message."
            },
            "custom_type": {
              "type": "string",
              "description": "Custom message type used to group messages (may be an empty string)."
            },
            "message": {
              "type": "string",
              "description": "Text of the message (after the update, on `message_update`). Optional: text and admin messages carry it; file messages carry file information instead."
            },
            "translations": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              },
              "description": "Auto-translations of `message`: a map of language code (`en`, `de` ...) to translated text, an empty string when not translated. Optional, like `message`."
            },
            "created_at": {
              "type": "integer",
              "description": "When the message was sent, in Unix milliseconds according to the docs (real deliveries have been seen carrying Unix seconds). The docs' `open_channel:message_delete` example shows 0."
            },
            "data": {
              "type": "string",
              "description": "Additional message information as free text, often a JSON string (may be an empty string)."
            }
          }
        },
        "SendbirdMessageType": {
          "title": "SendbirdMessageType",
          "description": "Kind of message: the docs show one payload per kind on the \"Text\", \"File\" and \"Admin\" tabs of each message event.",
          "type": "string",
          "enum": [
            "MESG",
            "FILE",
            "ADMM"
          ],
          "x-enum-descriptions": [
            "Text message.",
            "File message.",
            "Admin message (sent by the application through the Platform API, not by a user)."
          ]
        },
        "SendbirdUser": {
          "title": "SendbirdUser",
          "description": "A Sendbird user as webhook payloads show it (sender, requester, operator, mentioned user, the user entering or exiting an open channel).",
          "type": "object",
          "required": [
            "user_id",
            "nickname",
            "profile_url"
          ],
          "properties": {
            "user_id": {
              "type": "string",
              "description": "Unique ID of the user within the application."
            },
            "nickname": {
              "type": "string",
              "description": "The user's nickname (may be an empty string)."
            },
            "profile_url": {
              "type": "string",
              "description": "URL of the user's profile image (may be an empty string)."
            },
            "metadata": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              },
              "description": "The user's metadata: a map of key to string value. Optional: absent on the `user` of `open_channel:enter` and `open_channel:exit`, an empty object when the user has none."
            }
          }
        }
      }
    },
    "open_channel:message_send": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "SendbirdOpenChannelMessageSendEvent",
      "description": "Invoked when a message is sent within an open channel. The docs show one payload per message kind (text, file, admin); the example kept here is the text message.",
      "x-docs-url": "https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-message_send",
      "type": "object",
      "required": [
        "category",
        "sender",
        "silent",
        "sender_ip_addr",
        "custom_type",
        "mention_type",
        "mentioned_users",
        "type",
        "payload",
        "channel",
        "sdk",
        "app_id"
      ],
      "properties": {
        "category": {
          "const": "open_channel:message_send",
          "description": "Event name."
        },
        "sender": {
          "$ref": "#/$defs/SendbirdUser",
          "description": "The user who sent the message."
        },
        "silent": {
          "type": "boolean",
          "description": "Whether the message was sent as a silent message (one that does not update channel properties such as unread counts and the last message)."
        },
        "sender_ip_addr": {
          "type": "string",
          "description": "IP address the message was sent from. The docs print a masked placeholder (`xxx.xxx.xxx.xx`), so no IP format is enforced."
        },
        "custom_type": {
          "type": "string",
          "description": "Custom type of the message (the same as `payload.custom_type`; may be an empty string)."
        },
        "mention_type": {
          "$ref": "#/$defs/SendbirdMentionType",
          "description": "Whom the message mentions: the users in `mentioned_users`, or the whole channel."
        },
        "mentioned_users": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SendbirdUser"
          },
          "description": "Users mentioned in the message (empty when nobody is)."
        },
        "type": {
          "$ref": "#/$defs/SendbirdMessageType",
          "description": "Kind of message: `MESG` (text), `FILE` (file) or `ADMM` (admin)."
        },
        "payload": {
          "$ref": "#/$defs/SendbirdMessagePayload",
          "description": "The message that was sent."
        },
        "channel": {
          "$ref": "#/$defs/SendbirdChannel",
          "description": "The channel the message was sent in (only `channel_url`, `name`, `custom_type` and `data` are shown)."
        },
        "sdk": {
          "type": "string",
          "description": "What the message was sent with: the docs list `iOS`, `Android`, `JavaScript`, `.NET` or `API` (Platform API). Kept a plain string so other clients do not break validation.",
          "examples": [
            "iOS",
            "Android",
            "JavaScript",
            ".NET",
            "API"
          ]
        },
        "app_id": {
          "type": "string",
          "description": "ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced."
        }
      },
      "$defs": {
        "SendbirdChannel": {
          "title": "SendbirdChannel",
          "description": "The channel an event happened in. Channel events (`open_channel:create`, `operators:*` ...) show the full set of properties; message events show only `channel_url`, `name`, `custom_type` and `data`.",
          "type": "object",
          "required": [
            "channel_url",
            "name"
          ],
          "properties": {
            "channel_url": {
              "type": "string",
              "description": "Unique URL (ID) of the channel."
            },
            "name": {
              "type": "string",
              "description": "Name of the channel."
            },
            "custom_type": {
              "type": "string",
              "description": "Custom channel type used to group channels (may be an empty string)."
            },
            "data": {
              "type": "string",
              "description": "Additional channel information as free text, often a JSON string (may be an empty string)."
            },
            "cover_url": {
              "type": "string",
              "description": "URL of the channel's cover image. Optional: shown on group channels (`operators:*` events), not on open channel events."
            },
            "is_distinct": {
              "type": "boolean",
              "description": "Whether the group channel is distinct (reused for the same set of members). Optional: absent from message events; always false on open channels."
            },
            "is_public": {
              "type": "boolean",
              "description": "Whether the group channel is public. Optional: absent from message events; always false on open channels."
            },
            "is_super": {
              "type": "boolean",
              "description": "Whether the channel is a Supergroup channel. Optional: absent from message events."
            },
            "is_ephemeral": {
              "type": "boolean",
              "description": "Whether messages of the channel are ephemeral (not stored). Optional: absent from message events."
            },
            "is_discoverable": {
              "type": "boolean",
              "description": "Whether the public group channel is listed in channel searches. Optional: absent from message events."
            }
          }
        },
        "SendbirdMentionType": {
          "title": "SendbirdMentionType",
          "description": "Whom a message mentions.",
          "type": "string",
          "enum": [
            "users",
            "channel"
          ],
          "x-enum-descriptions": [
            "The users listed in `mentioned_users`.",
            "Every member of the channel."
          ]
        },
        "SendbirdMessagePayload": {
          "title": "SendbirdMessagePayload",
          "description": "The message a message event is about (`payload` of `open_channel:message_send`, `message_update` and `message_delete`). The docs print the text message (`MESG`) form; file (`FILE`) and admin (`ADMM`) messages are documented on tabs of the same page that the material we have does not reproduce.",
          "type": "object",
          "required": [
            "message_id",
            "custom_type",
            "created_at",
            "data"
          ],
          "properties": {
            "message_id": {
              "type": "integer",
              "description": "Unique ID of the message."
            },
            "custom_type": {
              "type": "string",
              "description": "Custom message type used to group messages (may be an empty string)."
            },
            "message": {
              "type": "string",
              "description": "Text of the message (after the update, on `message_update`). Optional: text and admin messages carry it; file messages carry file information instead."
            },
            "translations": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              },
              "description": "Auto-translations of `message`: a map of language code (`en`, `de` ...) to translated text, an empty string when not translated. Optional, like `message`."
            },
            "created_at": {
              "type": "integer",
              "description": "When the message was sent, in Unix milliseconds according to the docs (real deliveries have been seen carrying Unix seconds). The docs' `open_channel:message_delete` example shows 0."
            },
            "data": {
              "type": "string",
              "description": "Additional message information as free text, often a JSON string (may be an empty string)."
            }
          }
        },
        "SendbirdMessageType": {
          "title": "SendbirdMessageType",
          "description": "Kind of message: the docs show one payload per kind on the \"Text\", \"File\" and \"Admin\" tabs of each message event.",
          "type": "string",
          "enum": [
            "MESG",
            "FILE",
            "ADMM"
          ],
          "x-enum-descriptions": [
            "Text message.",
            "File message.",
            "Admin message (sent by the application through the Platform API, not by a user)."
          ]
        },
        "SendbirdUser": {
          "title": "SendbirdUser",
          "description": "A Sendbird user as webhook payloads show it (sender, requester, operator, mentioned user, the user entering or exiting an open channel).",
          "type": "object",
          "required": [
            "user_id",
            "nickname",
            "profile_url"
          ],
          "properties": {
            "user_id": {
              "type": "string",
              "description": "Unique ID of the user within the application."
            },
            "nickname": {
              "type": "string",
              "description": "The user's nickname (may be an empty string)."
            },
            "profile_url": {
              "type": "string",
              "description": "URL of the user's profile image (may be an empty string)."
            },
            "metadata": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              },
              "description": "The user's metadata: a map of key to string value. Optional: absent on the `user` of `open_channel:enter` and `open_channel:exit`, an empty object when the user has none."
            }
          }
        }
      }
    },
    "open_channel:message_update": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "SendbirdOpenChannelMessageUpdateEvent",
      "description": "Invoked when one of these message properties is updated in an open channel: `message`, `custom_type`, `data`, `mention_type` or `mentioned_user_ids`. `changes` holds the old and new values of the changed properties; the rest of the payload shows the message after the update.",
      "x-docs-url": "https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-message_update",
      "type": "object",
      "required": [
        "category",
        "sender",
        "changes",
        "custom_type",
        "mention_type",
        "mentioned_users",
        "type",
        "payload",
        "channel",
        "sdk",
        "app_id"
      ],
      "properties": {
        "category": {
          "const": "open_channel:message_update",
          "description": "Event name."
        },
        "sender": {
          "$ref": "#/$defs/SendbirdUser",
          "description": "The user who sent the message."
        },
        "changes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SendbirdMessageChange"
          },
          "description": "The message properties that changed, each with its old and new value."
        },
        "custom_type": {
          "type": "string",
          "description": "Custom type of the message after the update (the same as `payload.custom_type`; may be an empty string)."
        },
        "mention_type": {
          "$ref": "#/$defs/SendbirdMentionType",
          "description": "Whom the message mentions after the update: the users in `mentioned_users`, or the whole channel."
        },
        "mentioned_users": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SendbirdUser"
          },
          "description": "Users mentioned in the message after the update (empty when nobody is)."
        },
        "type": {
          "$ref": "#/$defs/SendbirdMessageType",
          "description": "Kind of message: `MESG` (text), `FILE` (file) or `ADMM` (admin)."
        },
        "payload": {
          "$ref": "#/$defs/SendbirdMessagePayload",
          "description": "The message after the update."
        },
        "channel": {
          "$ref": "#/$defs/SendbirdChannel",
          "description": "The channel the message belongs to (only `channel_url`, `name`, `custom_type` and `data` are shown)."
        },
        "sdk": {
          "type": "string",
          "description": "What the update was made with: the docs list `iOS`, `Android`, `JavaScript`, `.NET` or `API` (Platform API). Kept a plain string so other clients do not break validation.",
          "examples": [
            "iOS",
            "Android",
            "JavaScript",
            ".NET",
            "API"
          ]
        },
        "app_id": {
          "type": "string",
          "description": "ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced."
        }
      },
      "$defs": {
        "SendbirdChannel": {
          "title": "SendbirdChannel",
          "description": "The channel an event happened in. Channel events (`open_channel:create`, `operators:*` ...) show the full set of properties; message events show only `channel_url`, `name`, `custom_type` and `data`.",
          "type": "object",
          "required": [
            "channel_url",
            "name"
          ],
          "properties": {
            "channel_url": {
              "type": "string",
              "description": "Unique URL (ID) of the channel."
            },
            "name": {
              "type": "string",
              "description": "Name of the channel."
            },
            "custom_type": {
              "type": "string",
              "description": "Custom channel type used to group channels (may be an empty string)."
            },
            "data": {
              "type": "string",
              "description": "Additional channel information as free text, often a JSON string (may be an empty string)."
            },
            "cover_url": {
              "type": "string",
              "description": "URL of the channel's cover image. Optional: shown on group channels (`operators:*` events), not on open channel events."
            },
            "is_distinct": {
              "type": "boolean",
              "description": "Whether the group channel is distinct (reused for the same set of members). Optional: absent from message events; always false on open channels."
            },
            "is_public": {
              "type": "boolean",
              "description": "Whether the group channel is public. Optional: absent from message events; always false on open channels."
            },
            "is_super": {
              "type": "boolean",
              "description": "Whether the channel is a Supergroup channel. Optional: absent from message events."
            },
            "is_ephemeral": {
              "type": "boolean",
              "description": "Whether messages of the channel are ephemeral (not stored). Optional: absent from message events."
            },
            "is_discoverable": {
              "type": "boolean",
              "description": "Whether the public group channel is listed in channel searches. Optional: absent from message events."
            }
          }
        },
        "SendbirdMentionType": {
          "title": "SendbirdMentionType",
          "description": "Whom a message mentions.",
          "type": "string",
          "enum": [
            "users",
            "channel"
          ],
          "x-enum-descriptions": [
            "The users listed in `mentioned_users`.",
            "Every member of the channel."
          ]
        },
        "SendbirdMessageChange": {
          "title": "SendbirdMessageChange",
          "description": "One changed message property of a `message_update` event, with its value before and after the update.",
          "type": "object",
          "required": [
            "key",
            "old",
            "new"
          ],
          "properties": {
            "key": {
              "type": "string",
              "enum": [
                "message",
                "custom_type",
                "data",
                "mention_type",
                "mentioned_user_ids"
              ],
              "x-enum-descriptions": [
                "The text of the message (`old`/`new` are strings).",
                "The custom message type (`old`/`new` are strings).",
                "The additional message data (`old`/`new` are strings).",
                "The mention type, `users` or `channel` (`old`/`new` are strings).",
                "The IDs of the mentioned users (`old`/`new` are arrays of user IDs)."
              ],
              "description": "Which message property changed: the docs name exactly these five."
            },
            "old": {
              "description": "Value of the property before the update: a string, or an array of user IDs for `mentioned_user_ids`. Any JSON value is accepted."
            },
            "new": {
              "description": "Value of the property after the update: a string, or an array of user IDs for `mentioned_user_ids`. Any JSON value is accepted."
            }
          }
        },
        "SendbirdMessagePayload": {
          "title": "SendbirdMessagePayload",
          "description": "The message a message event is about (`payload` of `open_channel:message_send`, `message_update` and `message_delete`). The docs print the text message (`MESG`) form; file (`FILE`) and admin (`ADMM`) messages are documented on tabs of the same page that the material we have does not reproduce.",
          "type": "object",
          "required": [
            "message_id",
            "custom_type",
            "created_at",
            "data"
          ],
          "properties": {
            "message_id": {
              "type": "integer",
              "description": "Unique ID of the message."
            },
            "custom_type": {
              "type": "string",
              "description": "Custom message type used to group messages (may be an empty string)."
            },
            "message": {
              "type": "string",
              "description": "Text of the message (after the update, on `message_update`). Optional: text and admin messages carry it; file messages carry file information instead."
            },
            "translations": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              },
              "description": "Auto-translations of `message`: a map of language code (`en`, `de` ...) to translated text, an empty string when not translated. Optional, like `message`."
            },
            "created_at": {
              "type": "integer",
              "description": "When the message was sent, in Unix milliseconds according to the docs (real deliveries have been seen carrying Unix seconds). The docs' `open_channel:message_delete` example shows 0."
            },
            "data": {
              "type": "string",
              "description": "Additional message information as free text, often a JSON string (may be an empty string)."
            }
          }
        },
        "SendbirdMessageType": {
          "title": "SendbirdMessageType",
          "description": "Kind of message: the docs show one payload per kind on the \"Text\", \"File\" and \"Admin\" tabs of each message event.",
          "type": "string",
          "enum": [
            "MESG",
            "FILE",
            "ADMM"
          ],
          "x-enum-descriptions": [
            "Text message.",
            "File message.",
            "Admin message (sent by the application through the Platform API, not by a user)."
          ]
        },
        "SendbirdUser": {
          "title": "SendbirdUser",
          "description": "A Sendbird user as webhook payloads show it (sender, requester, operator, mentioned user, the user entering or exiting an open channel).",
          "type": "object",
          "required": [
            "user_id",
            "nickname",
            "profile_url"
          ],
          "properties": {
            "user_id": {
              "type": "string",
              "description": "Unique ID of the user within the application."
            },
            "nickname": {
              "type": "string",
              "description": "The user's nickname (may be an empty string)."
            },
            "profile_url": {
              "type": "string",
              "description": "URL of the user's profile image (may be an empty string)."
            },
            "metadata": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              },
              "description": "The user's metadata: a map of key to string value. Optional: absent on the `user` of `open_channel:enter` and `open_channel:exit`, an empty object when the user has none."
            }
          }
        }
      }
    },
    "open_channel:remove": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "SendbirdOpenChannelRemoveEvent",
      "description": "Invoked when an open channel is removed.",
      "x-docs-url": "https://sendbird.com/docs/chat/platform-api/v3/webhook/events/open-channel#2-open_channel-remove",
      "type": "object",
      "required": [
        "category",
        "removed_at",
        "channel",
        "app_id"
      ],
      "properties": {
        "category": {
          "const": "open_channel:remove",
          "description": "Event name."
        },
        "removed_at": {
          "type": "integer",
          "description": "When the channel was removed, in Unix milliseconds according to the docs. Real deliveries have been seen carrying Unix seconds instead, so a value below 10^12 is best read as seconds."
        },
        "channel": {
          "$ref": "#/$defs/SendbirdChannel",
          "description": "The channel that was removed."
        },
        "app_id": {
          "type": "string",
          "description": "ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced."
        }
      },
      "$defs": {
        "SendbirdChannel": {
          "title": "SendbirdChannel",
          "description": "The channel an event happened in. Channel events (`open_channel:create`, `operators:*` ...) show the full set of properties; message events show only `channel_url`, `name`, `custom_type` and `data`.",
          "type": "object",
          "required": [
            "channel_url",
            "name"
          ],
          "properties": {
            "channel_url": {
              "type": "string",
              "description": "Unique URL (ID) of the channel."
            },
            "name": {
              "type": "string",
              "description": "Name of the channel."
            },
            "custom_type": {
              "type": "string",
              "description": "Custom channel type used to group channels (may be an empty string)."
            },
            "data": {
              "type": "string",
              "description": "Additional channel information as free text, often a JSON string (may be an empty string)."
            },
            "cover_url": {
              "type": "string",
              "description": "URL of the channel's cover image. Optional: shown on group channels (`operators:*` events), not on open channel events."
            },
            "is_distinct": {
              "type": "boolean",
              "description": "Whether the group channel is distinct (reused for the same set of members). Optional: absent from message events; always false on open channels."
            },
            "is_public": {
              "type": "boolean",
              "description": "Whether the group channel is public. Optional: absent from message events; always false on open channels."
            },
            "is_super": {
              "type": "boolean",
              "description": "Whether the channel is a Supergroup channel. Optional: absent from message events."
            },
            "is_ephemeral": {
              "type": "boolean",
              "description": "Whether messages of the channel are ephemeral (not stored). Optional: absent from message events."
            },
            "is_discoverable": {
              "type": "boolean",
              "description": "Whether the public group channel is listed in channel searches. Optional: absent from message events."
            }
          }
        }
      }
    },
    "operators:register_by_operator": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "SendbirdOperatorsRegisterByOperatorEvent",
      "description": "Invoked when one or more operators are registered by another operator's client app.",
      "x-docs-url": "https://sendbird.com/docs/chat/platform-api/v3/webhook/events/operators#2-operators-register_by_operator",
      "type": "object",
      "required": [
        "category",
        "requested_at",
        "requester",
        "channel_type",
        "channel",
        "operators",
        "app_id"
      ],
      "properties": {
        "category": {
          "const": "operators:register_by_operator",
          "description": "Event name."
        },
        "requested_at": {
          "type": "integer",
          "description": "When the registration was requested, in Unix milliseconds according to the docs. Real deliveries have been seen carrying Unix seconds instead, so a value below 10^12 is best read as seconds."
        },
        "requester": {
          "$ref": "#/$defs/SendbirdUser",
          "description": "The operator whose client app made the request."
        },
        "channel_type": {
          "$ref": "#/$defs/SendbirdChannelType",
          "description": "Kind of channel the operators belong to: `group_channel` or `open_channel`."
        },
        "channel": {
          "$ref": "#/$defs/SendbirdChannel",
          "description": "The channel the operators belong to."
        },
        "operators": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SendbirdUser"
          },
          "description": "The users who were registered as operators. The docs say one or more; no minimum is enforced."
        },
        "app_id": {
          "type": "string",
          "description": "ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced."
        }
      },
      "$defs": {
        "SendbirdChannel": {
          "title": "SendbirdChannel",
          "description": "The channel an event happened in. Channel events (`open_channel:create`, `operators:*` ...) show the full set of properties; message events show only `channel_url`, `name`, `custom_type` and `data`.",
          "type": "object",
          "required": [
            "channel_url",
            "name"
          ],
          "properties": {
            "channel_url": {
              "type": "string",
              "description": "Unique URL (ID) of the channel."
            },
            "name": {
              "type": "string",
              "description": "Name of the channel."
            },
            "custom_type": {
              "type": "string",
              "description": "Custom channel type used to group channels (may be an empty string)."
            },
            "data": {
              "type": "string",
              "description": "Additional channel information as free text, often a JSON string (may be an empty string)."
            },
            "cover_url": {
              "type": "string",
              "description": "URL of the channel's cover image. Optional: shown on group channels (`operators:*` events), not on open channel events."
            },
            "is_distinct": {
              "type": "boolean",
              "description": "Whether the group channel is distinct (reused for the same set of members). Optional: absent from message events; always false on open channels."
            },
            "is_public": {
              "type": "boolean",
              "description": "Whether the group channel is public. Optional: absent from message events; always false on open channels."
            },
            "is_super": {
              "type": "boolean",
              "description": "Whether the channel is a Supergroup channel. Optional: absent from message events."
            },
            "is_ephemeral": {
              "type": "boolean",
              "description": "Whether messages of the channel are ephemeral (not stored). Optional: absent from message events."
            },
            "is_discoverable": {
              "type": "boolean",
              "description": "Whether the public group channel is listed in channel searches. Optional: absent from message events."
            }
          }
        },
        "SendbirdChannelType": {
          "title": "SendbirdChannelType",
          "description": "Kind of channel an event happened in.",
          "type": "string",
          "enum": [
            "group_channel",
            "open_channel"
          ],
          "x-enum-descriptions": [
            "A group channel (private or public chat among members).",
            "An open channel (public chat anyone can enter)."
          ]
        },
        "SendbirdUser": {
          "title": "SendbirdUser",
          "description": "A Sendbird user as webhook payloads show it (sender, requester, operator, mentioned user, the user entering or exiting an open channel).",
          "type": "object",
          "required": [
            "user_id",
            "nickname",
            "profile_url"
          ],
          "properties": {
            "user_id": {
              "type": "string",
              "description": "Unique ID of the user within the application."
            },
            "nickname": {
              "type": "string",
              "description": "The user's nickname (may be an empty string)."
            },
            "profile_url": {
              "type": "string",
              "description": "URL of the user's profile image (may be an empty string)."
            },
            "metadata": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              },
              "description": "The user's metadata: a map of key to string value. Optional: absent on the `user` of `open_channel:enter` and `open_channel:exit`, an empty object when the user has none."
            }
          }
        }
      }
    },
    "operators:unregister_by_operator": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "SendbirdOperatorsUnregisterByOperatorEvent",
      "description": "Invoked when the registration of one or more operators is canceled by another operator's client app.",
      "x-docs-url": "https://sendbird.com/docs/chat/platform-api/v3/webhook/events/operators#2-operators-unregister_by_operator",
      "type": "object",
      "required": [
        "category",
        "requested_at",
        "requester",
        "channel_type",
        "channel",
        "operators",
        "app_id"
      ],
      "properties": {
        "category": {
          "const": "operators:unregister_by_operator",
          "description": "Event name."
        },
        "requested_at": {
          "type": "integer",
          "description": "When the cancellation was requested, in Unix milliseconds according to the docs. Real deliveries have been seen carrying Unix seconds instead, so a value below 10^12 is best read as seconds."
        },
        "requester": {
          "$ref": "#/$defs/SendbirdUser",
          "description": "The operator whose client app made the request."
        },
        "channel_type": {
          "$ref": "#/$defs/SendbirdChannelType",
          "description": "Kind of channel the operators belong to: `group_channel` or `open_channel`."
        },
        "channel": {
          "$ref": "#/$defs/SendbirdChannel",
          "description": "The channel the operators belong to."
        },
        "operators": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SendbirdUser"
          },
          "description": "The users whose operator registration was canceled. The docs say one or more; no minimum is enforced."
        },
        "app_id": {
          "type": "string",
          "description": "ID of the Sendbird application. Real IDs are upper-case GUIDs, but the docs print a lower-case placeholder (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), so no format or pattern is enforced."
        }
      },
      "$defs": {
        "SendbirdChannel": {
          "title": "SendbirdChannel",
          "description": "The channel an event happened in. Channel events (`open_channel:create`, `operators:*` ...) show the full set of properties; message events show only `channel_url`, `name`, `custom_type` and `data`.",
          "type": "object",
          "required": [
            "channel_url",
            "name"
          ],
          "properties": {
            "channel_url": {
              "type": "string",
              "description": "Unique URL (ID) of the channel."
            },
            "name": {
              "type": "string",
              "description": "Name of the channel."
            },
            "custom_type": {
              "type": "string",
              "description": "Custom channel type used to group channels (may be an empty string)."
            },
            "data": {
              "type": "string",
              "description": "Additional channel information as free text, often a JSON string (may be an empty string)."
            },
            "cover_url": {
              "type": "string",
              "description": "URL of the channel's cover image. Optional: shown on group channels (`operators:*` events), not on open channel events."
            },
            "is_distinct": {
              "type": "boolean",
              "description": "Whether the group channel is distinct (reused for the same set of members). Optional: absent from message events; always false on open channels."
            },
            "is_public": {
              "type": "boolean",
              "description": "Whether the group channel is public. Optional: absent from message events; always false on open channels."
            },
            "is_super": {
              "type": "boolean",
              "description": "Whether the channel is a Supergroup channel. Optional: absent from message events."
            },
            "is_ephemeral": {
              "type": "boolean",
              "description": "Whether messages of the channel are ephemeral (not stored). Optional: absent from message events."
            },
            "is_discoverable": {
              "type": "boolean",
              "description": "Whether the public group channel is listed in channel searches. Optional: absent from message events."
            }
          }
        },
        "SendbirdChannelType": {
          "title": "SendbirdChannelType",
          "description": "Kind of channel an event happened in.",
          "type": "string",
          "enum": [
            "group_channel",
            "open_channel"
          ],
          "x-enum-descriptions": [
            "A group channel (private or public chat among members).",
            "An open channel (public chat anyone can enter)."
          ]
        },
        "SendbirdUser": {
          "title": "SendbirdUser",
          "description": "A Sendbird user as webhook payloads show it (sender, requester, operator, mentioned user, the user entering or exiting an open channel).",
          "type": "object",
          "required": [
            "user_id",
            "nickname",
            "profile_url"
          ],
          "properties": {
            "user_id": {
              "type": "string",
              "description": "Unique ID of the user within the application."
            },
            "nickname": {
              "type": "string",
              "description": "The user's nickname (may be an empty string)."
            },
            "profile_url": {
              "type": "string",
              "description": "URL of the user's profile image (may be an empty string)."
            },
            "metadata": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              },
              "description": "The user's metadata: a map of key to string value. Optional: absent on the `user` of `open_channel:enter` and `open_channel:exit`, an empty object when the user has none."
            }
          }
        }
      }
    }
  },
  "talkplus": {
    "channel_added": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusChannelAddedEvent",
      "description": "A channel was created.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#channel_added",
      "type": "object",
      "required": [
        "event",
        "appId",
        "channel"
      ],
      "properties": {
        "event": {
          "const": "channel_added",
          "description": "Event name, always \"channel_added\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "channel": {
          "$ref": "#/$defs/TalkplusChannel",
          "description": "The channel that was created."
        }
      },
      "$defs": {
        "TalkplusChannel": {
          "title": "TalkplusChannel",
          "description": "The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.",
          "type": "object",
          "required": [
            "id",
            "name",
            "ownerId",
            "type",
            "isFrozen",
            "hideMessagesBeforeJoin",
            "category",
            "subcategory",
            "memberCount",
            "maxMemberCount",
            "data",
            "members",
            "mutedUsers",
            "bannedUsers",
            "updatedAt",
            "createdAt",
            "unreadCount",
            "lastReadAt",
            "lastMessage"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Channel ID."
            },
            "name": {
              "type": "string",
              "description": "Channel name."
            },
            "ownerId": {
              "type": "string",
              "description": "User ID of the channel owner."
            },
            "type": {
              "type": "string",
              "description": "Channel type. The docs show \"public\"; TalkPlus channel types are \"public\", \"private\", \"invitationOnly\", \"broadcast\", \"super_public\" and \"super_private\". Kept a plain string so a type the vendor adds still validates."
            },
            "imageUrl": {
              "type": "string",
              "description": "URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not."
            },
            "invitationCode": {
              "type": "string",
              "description": "Code users need to join an \"invitationOnly\" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`."
            },
            "privateTag": {
              "type": "string",
              "description": "Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it."
            },
            "isFrozen": {
              "type": "boolean",
              "description": "Whether the channel is frozen (members cannot send messages)."
            },
            "hideMessagesBeforeJoin": {
              "type": "boolean",
              "description": "Whether members cannot see messages sent before they joined."
            },
            "category": {
              "type": "string",
              "description": "Channel category (an empty string when unset)."
            },
            "subcategory": {
              "type": "string",
              "description": "Channel subcategory (an empty string when unset)."
            },
            "memberCount": {
              "type": "integer",
              "description": "Number of members in the channel."
            },
            "maxMemberCount": {
              "type": "integer",
              "description": "Maximum number of members the channel allows."
            },
            "data": {
              "type": "object",
              "description": "Custom channel metadata, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "members": {
              "type": "array",
              "description": "Members of the channel.",
              "items": {
                "$ref": "#/$defs/TalkplusMember"
              }
            },
            "mutedUsers": {
              "type": "array",
              "description": "Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bannedUsers": {
              "type": "array",
              "description": "Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bots": {
              "type": "array",
              "description": "Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.",
              "items": {}
            },
            "pushNotificationDisabled": {
              "type": "boolean",
              "description": "Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundAOS": {
              "type": "string",
              "description": "Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundIOS": {
              "type": "string",
              "description": "Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "privateData": {
              "type": [
                "object",
                "null"
              ],
              "description": "Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0)."
            },
            "unreadCount": {
              "type": "integer",
              "description": "Number of unread messages in the channel (every example shows 0)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0)."
            },
            "lastMessage": {
              "description": "The last message sent to the channel; null when the channel has no message yet.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TalkplusMessage"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        "TalkplusMember": {
          "title": "TalkplusMember",
          "description": "A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt",
            "lastReadAt",
            "lastSentAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID of the member."
            },
            "username": {
              "type": "string",
              "description": "Display name of the member."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the member's profile image (an empty string when the user has none)."
            },
            "muteExpiresAt": {
              "type": "integer",
              "description": "When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member."
            },
            "disablePushNotification": {
              "type": "boolean",
              "description": "Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it."
            },
            "data": {
              "type": "object",
              "description": "Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "memberInfo": {
              "type": "object",
              "description": "Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0)."
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet."
            }
          }
        },
        "TalkplusMessage": {
          "title": "TalkplusMessage",
          "description": "A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.",
          "type": "object",
          "required": [
            "id",
            "channelId",
            "userId",
            "username",
            "profileImageUrl",
            "type",
            "text",
            "translations",
            "data",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Message ID."
            },
            "channelId": {
              "type": "string",
              "description": "ID of the channel the message belongs to."
            },
            "userId": {
              "type": "string",
              "description": "User ID of the sender."
            },
            "username": {
              "type": "string",
              "description": "Display name of the sender when the message was sent."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "Profile image URL of the sender when the message was sent."
            },
            "type": {
              "type": "string",
              "description": "Message type. The docs show \"text\"; the TalkPlus SDKs also define \"custom\", \"hidden\", \"admin\" and \"admin_hidden\". Kept a plain string so a type the vendor adds still validates."
            },
            "text": {
              "type": "string",
              "description": "Text of the message."
            },
            "translations": {
              "type": "object",
              "description": "Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "data": {
              "type": "object",
              "description": "Custom metadata attached to the message, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "reactions": {
              "type": "object",
              "description": "Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{\"happy\": \"user123\"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "createdAt": {
              "type": "integer",
              "description": "When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting."
            }
          }
        }
      }
    },
    "channel_changed": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusChannelChangedEvent",
      "description": "A channel was updated.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#channel_changed",
      "type": "object",
      "required": [
        "event",
        "appId",
        "channel"
      ],
      "properties": {
        "event": {
          "const": "channel_changed",
          "description": "Event name, always \"channel_changed\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "channel": {
          "$ref": "#/$defs/TalkplusChannel",
          "description": "The channel that was updated, as it is after the change."
        }
      },
      "$defs": {
        "TalkplusChannel": {
          "title": "TalkplusChannel",
          "description": "The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.",
          "type": "object",
          "required": [
            "id",
            "name",
            "ownerId",
            "type",
            "isFrozen",
            "hideMessagesBeforeJoin",
            "category",
            "subcategory",
            "memberCount",
            "maxMemberCount",
            "data",
            "members",
            "mutedUsers",
            "bannedUsers",
            "updatedAt",
            "createdAt",
            "unreadCount",
            "lastReadAt",
            "lastMessage"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Channel ID."
            },
            "name": {
              "type": "string",
              "description": "Channel name."
            },
            "ownerId": {
              "type": "string",
              "description": "User ID of the channel owner."
            },
            "type": {
              "type": "string",
              "description": "Channel type. The docs show \"public\"; TalkPlus channel types are \"public\", \"private\", \"invitationOnly\", \"broadcast\", \"super_public\" and \"super_private\". Kept a plain string so a type the vendor adds still validates."
            },
            "imageUrl": {
              "type": "string",
              "description": "URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not."
            },
            "invitationCode": {
              "type": "string",
              "description": "Code users need to join an \"invitationOnly\" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`."
            },
            "privateTag": {
              "type": "string",
              "description": "Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it."
            },
            "isFrozen": {
              "type": "boolean",
              "description": "Whether the channel is frozen (members cannot send messages)."
            },
            "hideMessagesBeforeJoin": {
              "type": "boolean",
              "description": "Whether members cannot see messages sent before they joined."
            },
            "category": {
              "type": "string",
              "description": "Channel category (an empty string when unset)."
            },
            "subcategory": {
              "type": "string",
              "description": "Channel subcategory (an empty string when unset)."
            },
            "memberCount": {
              "type": "integer",
              "description": "Number of members in the channel."
            },
            "maxMemberCount": {
              "type": "integer",
              "description": "Maximum number of members the channel allows."
            },
            "data": {
              "type": "object",
              "description": "Custom channel metadata, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "members": {
              "type": "array",
              "description": "Members of the channel.",
              "items": {
                "$ref": "#/$defs/TalkplusMember"
              }
            },
            "mutedUsers": {
              "type": "array",
              "description": "Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bannedUsers": {
              "type": "array",
              "description": "Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bots": {
              "type": "array",
              "description": "Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.",
              "items": {}
            },
            "pushNotificationDisabled": {
              "type": "boolean",
              "description": "Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundAOS": {
              "type": "string",
              "description": "Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundIOS": {
              "type": "string",
              "description": "Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "privateData": {
              "type": [
                "object",
                "null"
              ],
              "description": "Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0)."
            },
            "unreadCount": {
              "type": "integer",
              "description": "Number of unread messages in the channel (every example shows 0)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0)."
            },
            "lastMessage": {
              "description": "The last message sent to the channel; null when the channel has no message yet.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TalkplusMessage"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        "TalkplusMember": {
          "title": "TalkplusMember",
          "description": "A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt",
            "lastReadAt",
            "lastSentAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID of the member."
            },
            "username": {
              "type": "string",
              "description": "Display name of the member."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the member's profile image (an empty string when the user has none)."
            },
            "muteExpiresAt": {
              "type": "integer",
              "description": "When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member."
            },
            "disablePushNotification": {
              "type": "boolean",
              "description": "Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it."
            },
            "data": {
              "type": "object",
              "description": "Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "memberInfo": {
              "type": "object",
              "description": "Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0)."
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet."
            }
          }
        },
        "TalkplusMessage": {
          "title": "TalkplusMessage",
          "description": "A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.",
          "type": "object",
          "required": [
            "id",
            "channelId",
            "userId",
            "username",
            "profileImageUrl",
            "type",
            "text",
            "translations",
            "data",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Message ID."
            },
            "channelId": {
              "type": "string",
              "description": "ID of the channel the message belongs to."
            },
            "userId": {
              "type": "string",
              "description": "User ID of the sender."
            },
            "username": {
              "type": "string",
              "description": "Display name of the sender when the message was sent."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "Profile image URL of the sender when the message was sent."
            },
            "type": {
              "type": "string",
              "description": "Message type. The docs show \"text\"; the TalkPlus SDKs also define \"custom\", \"hidden\", \"admin\" and \"admin_hidden\". Kept a plain string so a type the vendor adds still validates."
            },
            "text": {
              "type": "string",
              "description": "Text of the message."
            },
            "translations": {
              "type": "object",
              "description": "Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "data": {
              "type": "object",
              "description": "Custom metadata attached to the message, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "reactions": {
              "type": "object",
              "description": "Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{\"happy\": \"user123\"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "createdAt": {
              "type": "integer",
              "description": "When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting."
            }
          }
        }
      }
    },
    "channel_removed": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusChannelRemovedEvent",
      "description": "A channel was deleted.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#channel_removed",
      "type": "object",
      "required": [
        "event",
        "appId",
        "channel"
      ],
      "properties": {
        "event": {
          "const": "channel_removed",
          "description": "Event name, always \"channel_removed\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "channel": {
          "$ref": "#/$defs/TalkplusChannel",
          "description": "The channel that was deleted."
        }
      },
      "$defs": {
        "TalkplusChannel": {
          "title": "TalkplusChannel",
          "description": "The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.",
          "type": "object",
          "required": [
            "id",
            "name",
            "ownerId",
            "type",
            "isFrozen",
            "hideMessagesBeforeJoin",
            "category",
            "subcategory",
            "memberCount",
            "maxMemberCount",
            "data",
            "members",
            "mutedUsers",
            "bannedUsers",
            "updatedAt",
            "createdAt",
            "unreadCount",
            "lastReadAt",
            "lastMessage"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Channel ID."
            },
            "name": {
              "type": "string",
              "description": "Channel name."
            },
            "ownerId": {
              "type": "string",
              "description": "User ID of the channel owner."
            },
            "type": {
              "type": "string",
              "description": "Channel type. The docs show \"public\"; TalkPlus channel types are \"public\", \"private\", \"invitationOnly\", \"broadcast\", \"super_public\" and \"super_private\". Kept a plain string so a type the vendor adds still validates."
            },
            "imageUrl": {
              "type": "string",
              "description": "URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not."
            },
            "invitationCode": {
              "type": "string",
              "description": "Code users need to join an \"invitationOnly\" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`."
            },
            "privateTag": {
              "type": "string",
              "description": "Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it."
            },
            "isFrozen": {
              "type": "boolean",
              "description": "Whether the channel is frozen (members cannot send messages)."
            },
            "hideMessagesBeforeJoin": {
              "type": "boolean",
              "description": "Whether members cannot see messages sent before they joined."
            },
            "category": {
              "type": "string",
              "description": "Channel category (an empty string when unset)."
            },
            "subcategory": {
              "type": "string",
              "description": "Channel subcategory (an empty string when unset)."
            },
            "memberCount": {
              "type": "integer",
              "description": "Number of members in the channel."
            },
            "maxMemberCount": {
              "type": "integer",
              "description": "Maximum number of members the channel allows."
            },
            "data": {
              "type": "object",
              "description": "Custom channel metadata, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "members": {
              "type": "array",
              "description": "Members of the channel.",
              "items": {
                "$ref": "#/$defs/TalkplusMember"
              }
            },
            "mutedUsers": {
              "type": "array",
              "description": "Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bannedUsers": {
              "type": "array",
              "description": "Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bots": {
              "type": "array",
              "description": "Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.",
              "items": {}
            },
            "pushNotificationDisabled": {
              "type": "boolean",
              "description": "Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundAOS": {
              "type": "string",
              "description": "Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundIOS": {
              "type": "string",
              "description": "Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "privateData": {
              "type": [
                "object",
                "null"
              ],
              "description": "Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0)."
            },
            "unreadCount": {
              "type": "integer",
              "description": "Number of unread messages in the channel (every example shows 0)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0)."
            },
            "lastMessage": {
              "description": "The last message sent to the channel; null when the channel has no message yet.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TalkplusMessage"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        "TalkplusMember": {
          "title": "TalkplusMember",
          "description": "A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt",
            "lastReadAt",
            "lastSentAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID of the member."
            },
            "username": {
              "type": "string",
              "description": "Display name of the member."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the member's profile image (an empty string when the user has none)."
            },
            "muteExpiresAt": {
              "type": "integer",
              "description": "When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member."
            },
            "disablePushNotification": {
              "type": "boolean",
              "description": "Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it."
            },
            "data": {
              "type": "object",
              "description": "Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "memberInfo": {
              "type": "object",
              "description": "Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0)."
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet."
            }
          }
        },
        "TalkplusMessage": {
          "title": "TalkplusMessage",
          "description": "A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.",
          "type": "object",
          "required": [
            "id",
            "channelId",
            "userId",
            "username",
            "profileImageUrl",
            "type",
            "text",
            "translations",
            "data",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Message ID."
            },
            "channelId": {
              "type": "string",
              "description": "ID of the channel the message belongs to."
            },
            "userId": {
              "type": "string",
              "description": "User ID of the sender."
            },
            "username": {
              "type": "string",
              "description": "Display name of the sender when the message was sent."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "Profile image URL of the sender when the message was sent."
            },
            "type": {
              "type": "string",
              "description": "Message type. The docs show \"text\"; the TalkPlus SDKs also define \"custom\", \"hidden\", \"admin\" and \"admin_hidden\". Kept a plain string so a type the vendor adds still validates."
            },
            "text": {
              "type": "string",
              "description": "Text of the message."
            },
            "translations": {
              "type": "object",
              "description": "Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "data": {
              "type": "object",
              "description": "Custom metadata attached to the message, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "reactions": {
              "type": "object",
              "description": "Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{\"happy\": \"user123\"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "createdAt": {
              "type": "integer",
              "description": "When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting."
            }
          }
        }
      }
    },
    "member_added": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusMemberAddedEvent",
      "description": "Users were added to a channel.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#member_added",
      "type": "object",
      "required": [
        "event",
        "appId",
        "channel",
        "users"
      ],
      "properties": {
        "event": {
          "const": "member_added",
          "description": "Event name, always \"member_added\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "channel": {
          "$ref": "#/$defs/TalkplusChannel",
          "description": "The channel the users were added to."
        },
        "users": {
          "type": "array",
          "description": "The users who were added.",
          "items": {
            "$ref": "#/$defs/TalkplusUser"
          }
        }
      },
      "$defs": {
        "TalkplusChannel": {
          "title": "TalkplusChannel",
          "description": "The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.",
          "type": "object",
          "required": [
            "id",
            "name",
            "ownerId",
            "type",
            "isFrozen",
            "hideMessagesBeforeJoin",
            "category",
            "subcategory",
            "memberCount",
            "maxMemberCount",
            "data",
            "members",
            "mutedUsers",
            "bannedUsers",
            "updatedAt",
            "createdAt",
            "unreadCount",
            "lastReadAt",
            "lastMessage"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Channel ID."
            },
            "name": {
              "type": "string",
              "description": "Channel name."
            },
            "ownerId": {
              "type": "string",
              "description": "User ID of the channel owner."
            },
            "type": {
              "type": "string",
              "description": "Channel type. The docs show \"public\"; TalkPlus channel types are \"public\", \"private\", \"invitationOnly\", \"broadcast\", \"super_public\" and \"super_private\". Kept a plain string so a type the vendor adds still validates."
            },
            "imageUrl": {
              "type": "string",
              "description": "URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not."
            },
            "invitationCode": {
              "type": "string",
              "description": "Code users need to join an \"invitationOnly\" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`."
            },
            "privateTag": {
              "type": "string",
              "description": "Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it."
            },
            "isFrozen": {
              "type": "boolean",
              "description": "Whether the channel is frozen (members cannot send messages)."
            },
            "hideMessagesBeforeJoin": {
              "type": "boolean",
              "description": "Whether members cannot see messages sent before they joined."
            },
            "category": {
              "type": "string",
              "description": "Channel category (an empty string when unset)."
            },
            "subcategory": {
              "type": "string",
              "description": "Channel subcategory (an empty string when unset)."
            },
            "memberCount": {
              "type": "integer",
              "description": "Number of members in the channel."
            },
            "maxMemberCount": {
              "type": "integer",
              "description": "Maximum number of members the channel allows."
            },
            "data": {
              "type": "object",
              "description": "Custom channel metadata, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "members": {
              "type": "array",
              "description": "Members of the channel.",
              "items": {
                "$ref": "#/$defs/TalkplusMember"
              }
            },
            "mutedUsers": {
              "type": "array",
              "description": "Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bannedUsers": {
              "type": "array",
              "description": "Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bots": {
              "type": "array",
              "description": "Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.",
              "items": {}
            },
            "pushNotificationDisabled": {
              "type": "boolean",
              "description": "Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundAOS": {
              "type": "string",
              "description": "Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundIOS": {
              "type": "string",
              "description": "Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "privateData": {
              "type": [
                "object",
                "null"
              ],
              "description": "Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0)."
            },
            "unreadCount": {
              "type": "integer",
              "description": "Number of unread messages in the channel (every example shows 0)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0)."
            },
            "lastMessage": {
              "description": "The last message sent to the channel; null when the channel has no message yet.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TalkplusMessage"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        "TalkplusMember": {
          "title": "TalkplusMember",
          "description": "A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt",
            "lastReadAt",
            "lastSentAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID of the member."
            },
            "username": {
              "type": "string",
              "description": "Display name of the member."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the member's profile image (an empty string when the user has none)."
            },
            "muteExpiresAt": {
              "type": "integer",
              "description": "When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member."
            },
            "disablePushNotification": {
              "type": "boolean",
              "description": "Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it."
            },
            "data": {
              "type": "object",
              "description": "Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "memberInfo": {
              "type": "object",
              "description": "Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0)."
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet."
            }
          }
        },
        "TalkplusMessage": {
          "title": "TalkplusMessage",
          "description": "A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.",
          "type": "object",
          "required": [
            "id",
            "channelId",
            "userId",
            "username",
            "profileImageUrl",
            "type",
            "text",
            "translations",
            "data",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Message ID."
            },
            "channelId": {
              "type": "string",
              "description": "ID of the channel the message belongs to."
            },
            "userId": {
              "type": "string",
              "description": "User ID of the sender."
            },
            "username": {
              "type": "string",
              "description": "Display name of the sender when the message was sent."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "Profile image URL of the sender when the message was sent."
            },
            "type": {
              "type": "string",
              "description": "Message type. The docs show \"text\"; the TalkPlus SDKs also define \"custom\", \"hidden\", \"admin\" and \"admin_hidden\". Kept a plain string so a type the vendor adds still validates."
            },
            "text": {
              "type": "string",
              "description": "Text of the message."
            },
            "translations": {
              "type": "object",
              "description": "Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "data": {
              "type": "object",
              "description": "Custom metadata attached to the message, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "reactions": {
              "type": "object",
              "description": "Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{\"happy\": \"user123\"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "createdAt": {
              "type": "integer",
              "description": "When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting."
            }
          }
        },
        "TalkplusUser": {
          "title": "TalkplusUser",
          "description": "A TalkPlus user as the webhook payloads show it: the `sender` of message events, the `user` who reacted in reaction events, the `users[]` of member events, and the `user` / `blockedUser` of block events. Every documented example carries all five properties.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID."
            },
            "username": {
              "type": "string",
              "description": "Display name of the user."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the user's profile image (an empty string when the user has none, as the signed example shows for members)."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated: Unix seconds in the docs' examples (1583924400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created: Unix seconds in the docs' examples (1583921400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            }
          }
        }
      }
    },
    "member_banned": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusMemberBannedEvent",
      "description": "Users were banned from a channel.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#member_banned",
      "type": "object",
      "required": [
        "event",
        "appId",
        "channel",
        "users"
      ],
      "properties": {
        "event": {
          "const": "member_banned",
          "description": "Event name, always \"member_banned\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "channel": {
          "$ref": "#/$defs/TalkplusChannel",
          "description": "The channel the users were banned from."
        },
        "users": {
          "type": "array",
          "description": "The users who were banned.",
          "items": {
            "$ref": "#/$defs/TalkplusUser"
          }
        }
      },
      "$defs": {
        "TalkplusChannel": {
          "title": "TalkplusChannel",
          "description": "The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.",
          "type": "object",
          "required": [
            "id",
            "name",
            "ownerId",
            "type",
            "isFrozen",
            "hideMessagesBeforeJoin",
            "category",
            "subcategory",
            "memberCount",
            "maxMemberCount",
            "data",
            "members",
            "mutedUsers",
            "bannedUsers",
            "updatedAt",
            "createdAt",
            "unreadCount",
            "lastReadAt",
            "lastMessage"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Channel ID."
            },
            "name": {
              "type": "string",
              "description": "Channel name."
            },
            "ownerId": {
              "type": "string",
              "description": "User ID of the channel owner."
            },
            "type": {
              "type": "string",
              "description": "Channel type. The docs show \"public\"; TalkPlus channel types are \"public\", \"private\", \"invitationOnly\", \"broadcast\", \"super_public\" and \"super_private\". Kept a plain string so a type the vendor adds still validates."
            },
            "imageUrl": {
              "type": "string",
              "description": "URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not."
            },
            "invitationCode": {
              "type": "string",
              "description": "Code users need to join an \"invitationOnly\" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`."
            },
            "privateTag": {
              "type": "string",
              "description": "Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it."
            },
            "isFrozen": {
              "type": "boolean",
              "description": "Whether the channel is frozen (members cannot send messages)."
            },
            "hideMessagesBeforeJoin": {
              "type": "boolean",
              "description": "Whether members cannot see messages sent before they joined."
            },
            "category": {
              "type": "string",
              "description": "Channel category (an empty string when unset)."
            },
            "subcategory": {
              "type": "string",
              "description": "Channel subcategory (an empty string when unset)."
            },
            "memberCount": {
              "type": "integer",
              "description": "Number of members in the channel."
            },
            "maxMemberCount": {
              "type": "integer",
              "description": "Maximum number of members the channel allows."
            },
            "data": {
              "type": "object",
              "description": "Custom channel metadata, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "members": {
              "type": "array",
              "description": "Members of the channel.",
              "items": {
                "$ref": "#/$defs/TalkplusMember"
              }
            },
            "mutedUsers": {
              "type": "array",
              "description": "Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bannedUsers": {
              "type": "array",
              "description": "Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bots": {
              "type": "array",
              "description": "Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.",
              "items": {}
            },
            "pushNotificationDisabled": {
              "type": "boolean",
              "description": "Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundAOS": {
              "type": "string",
              "description": "Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundIOS": {
              "type": "string",
              "description": "Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "privateData": {
              "type": [
                "object",
                "null"
              ],
              "description": "Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0)."
            },
            "unreadCount": {
              "type": "integer",
              "description": "Number of unread messages in the channel (every example shows 0)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0)."
            },
            "lastMessage": {
              "description": "The last message sent to the channel; null when the channel has no message yet.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TalkplusMessage"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        "TalkplusMember": {
          "title": "TalkplusMember",
          "description": "A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt",
            "lastReadAt",
            "lastSentAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID of the member."
            },
            "username": {
              "type": "string",
              "description": "Display name of the member."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the member's profile image (an empty string when the user has none)."
            },
            "muteExpiresAt": {
              "type": "integer",
              "description": "When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member."
            },
            "disablePushNotification": {
              "type": "boolean",
              "description": "Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it."
            },
            "data": {
              "type": "object",
              "description": "Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "memberInfo": {
              "type": "object",
              "description": "Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0)."
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet."
            }
          }
        },
        "TalkplusMessage": {
          "title": "TalkplusMessage",
          "description": "A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.",
          "type": "object",
          "required": [
            "id",
            "channelId",
            "userId",
            "username",
            "profileImageUrl",
            "type",
            "text",
            "translations",
            "data",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Message ID."
            },
            "channelId": {
              "type": "string",
              "description": "ID of the channel the message belongs to."
            },
            "userId": {
              "type": "string",
              "description": "User ID of the sender."
            },
            "username": {
              "type": "string",
              "description": "Display name of the sender when the message was sent."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "Profile image URL of the sender when the message was sent."
            },
            "type": {
              "type": "string",
              "description": "Message type. The docs show \"text\"; the TalkPlus SDKs also define \"custom\", \"hidden\", \"admin\" and \"admin_hidden\". Kept a plain string so a type the vendor adds still validates."
            },
            "text": {
              "type": "string",
              "description": "Text of the message."
            },
            "translations": {
              "type": "object",
              "description": "Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "data": {
              "type": "object",
              "description": "Custom metadata attached to the message, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "reactions": {
              "type": "object",
              "description": "Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{\"happy\": \"user123\"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "createdAt": {
              "type": "integer",
              "description": "When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting."
            }
          }
        },
        "TalkplusUser": {
          "title": "TalkplusUser",
          "description": "A TalkPlus user as the webhook payloads show it: the `sender` of message events, the `user` who reacted in reaction events, the `users[]` of member events, and the `user` / `blockedUser` of block events. Every documented example carries all five properties.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID."
            },
            "username": {
              "type": "string",
              "description": "Display name of the user."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the user's profile image (an empty string when the user has none, as the signed example shows for members)."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated: Unix seconds in the docs' examples (1583924400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created: Unix seconds in the docs' examples (1583921400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            }
          }
        }
      }
    },
    "member_left": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusMemberLeftEvent",
      "description": "Users left a channel or were removed from it.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#member_left",
      "type": "object",
      "required": [
        "event",
        "appId",
        "channel",
        "users"
      ],
      "properties": {
        "event": {
          "const": "member_left",
          "description": "Event name, always \"member_left\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "channel": {
          "$ref": "#/$defs/TalkplusChannel",
          "description": "The channel the users left or were removed from."
        },
        "users": {
          "type": "array",
          "description": "The users who left or were removed.",
          "items": {
            "$ref": "#/$defs/TalkplusUser"
          }
        }
      },
      "$defs": {
        "TalkplusChannel": {
          "title": "TalkplusChannel",
          "description": "The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.",
          "type": "object",
          "required": [
            "id",
            "name",
            "ownerId",
            "type",
            "isFrozen",
            "hideMessagesBeforeJoin",
            "category",
            "subcategory",
            "memberCount",
            "maxMemberCount",
            "data",
            "members",
            "mutedUsers",
            "bannedUsers",
            "updatedAt",
            "createdAt",
            "unreadCount",
            "lastReadAt",
            "lastMessage"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Channel ID."
            },
            "name": {
              "type": "string",
              "description": "Channel name."
            },
            "ownerId": {
              "type": "string",
              "description": "User ID of the channel owner."
            },
            "type": {
              "type": "string",
              "description": "Channel type. The docs show \"public\"; TalkPlus channel types are \"public\", \"private\", \"invitationOnly\", \"broadcast\", \"super_public\" and \"super_private\". Kept a plain string so a type the vendor adds still validates."
            },
            "imageUrl": {
              "type": "string",
              "description": "URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not."
            },
            "invitationCode": {
              "type": "string",
              "description": "Code users need to join an \"invitationOnly\" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`."
            },
            "privateTag": {
              "type": "string",
              "description": "Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it."
            },
            "isFrozen": {
              "type": "boolean",
              "description": "Whether the channel is frozen (members cannot send messages)."
            },
            "hideMessagesBeforeJoin": {
              "type": "boolean",
              "description": "Whether members cannot see messages sent before they joined."
            },
            "category": {
              "type": "string",
              "description": "Channel category (an empty string when unset)."
            },
            "subcategory": {
              "type": "string",
              "description": "Channel subcategory (an empty string when unset)."
            },
            "memberCount": {
              "type": "integer",
              "description": "Number of members in the channel."
            },
            "maxMemberCount": {
              "type": "integer",
              "description": "Maximum number of members the channel allows."
            },
            "data": {
              "type": "object",
              "description": "Custom channel metadata, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "members": {
              "type": "array",
              "description": "Members of the channel.",
              "items": {
                "$ref": "#/$defs/TalkplusMember"
              }
            },
            "mutedUsers": {
              "type": "array",
              "description": "Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bannedUsers": {
              "type": "array",
              "description": "Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bots": {
              "type": "array",
              "description": "Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.",
              "items": {}
            },
            "pushNotificationDisabled": {
              "type": "boolean",
              "description": "Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundAOS": {
              "type": "string",
              "description": "Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundIOS": {
              "type": "string",
              "description": "Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "privateData": {
              "type": [
                "object",
                "null"
              ],
              "description": "Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0)."
            },
            "unreadCount": {
              "type": "integer",
              "description": "Number of unread messages in the channel (every example shows 0)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0)."
            },
            "lastMessage": {
              "description": "The last message sent to the channel; null when the channel has no message yet.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TalkplusMessage"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        "TalkplusMember": {
          "title": "TalkplusMember",
          "description": "A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt",
            "lastReadAt",
            "lastSentAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID of the member."
            },
            "username": {
              "type": "string",
              "description": "Display name of the member."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the member's profile image (an empty string when the user has none)."
            },
            "muteExpiresAt": {
              "type": "integer",
              "description": "When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member."
            },
            "disablePushNotification": {
              "type": "boolean",
              "description": "Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it."
            },
            "data": {
              "type": "object",
              "description": "Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "memberInfo": {
              "type": "object",
              "description": "Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0)."
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet."
            }
          }
        },
        "TalkplusMessage": {
          "title": "TalkplusMessage",
          "description": "A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.",
          "type": "object",
          "required": [
            "id",
            "channelId",
            "userId",
            "username",
            "profileImageUrl",
            "type",
            "text",
            "translations",
            "data",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Message ID."
            },
            "channelId": {
              "type": "string",
              "description": "ID of the channel the message belongs to."
            },
            "userId": {
              "type": "string",
              "description": "User ID of the sender."
            },
            "username": {
              "type": "string",
              "description": "Display name of the sender when the message was sent."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "Profile image URL of the sender when the message was sent."
            },
            "type": {
              "type": "string",
              "description": "Message type. The docs show \"text\"; the TalkPlus SDKs also define \"custom\", \"hidden\", \"admin\" and \"admin_hidden\". Kept a plain string so a type the vendor adds still validates."
            },
            "text": {
              "type": "string",
              "description": "Text of the message."
            },
            "translations": {
              "type": "object",
              "description": "Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "data": {
              "type": "object",
              "description": "Custom metadata attached to the message, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "reactions": {
              "type": "object",
              "description": "Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{\"happy\": \"user123\"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "createdAt": {
              "type": "integer",
              "description": "When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting."
            }
          }
        },
        "TalkplusUser": {
          "title": "TalkplusUser",
          "description": "A TalkPlus user as the webhook payloads show it: the `sender` of message events, the `user` who reacted in reaction events, the `users[]` of member events, and the `user` / `blockedUser` of block events. Every documented example carries all five properties.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID."
            },
            "username": {
              "type": "string",
              "description": "Display name of the user."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the user's profile image (an empty string when the user has none, as the signed example shows for members)."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated: Unix seconds in the docs' examples (1583924400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created: Unix seconds in the docs' examples (1583921400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            }
          }
        }
      }
    },
    "member_muted": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusMemberMutedEvent",
      "description": "Users were muted in a channel.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#member_muted",
      "type": "object",
      "required": [
        "event",
        "appId",
        "channel",
        "users"
      ],
      "properties": {
        "event": {
          "const": "member_muted",
          "description": "Event name, always \"member_muted\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "channel": {
          "$ref": "#/$defs/TalkplusChannel",
          "description": "The channel the users were muted in (the docs show `muteExpiresAt` on the muted member in `members`)."
        },
        "users": {
          "type": "array",
          "description": "The users who were muted.",
          "items": {
            "$ref": "#/$defs/TalkplusUser"
          }
        }
      },
      "$defs": {
        "TalkplusChannel": {
          "title": "TalkplusChannel",
          "description": "The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.",
          "type": "object",
          "required": [
            "id",
            "name",
            "ownerId",
            "type",
            "isFrozen",
            "hideMessagesBeforeJoin",
            "category",
            "subcategory",
            "memberCount",
            "maxMemberCount",
            "data",
            "members",
            "mutedUsers",
            "bannedUsers",
            "updatedAt",
            "createdAt",
            "unreadCount",
            "lastReadAt",
            "lastMessage"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Channel ID."
            },
            "name": {
              "type": "string",
              "description": "Channel name."
            },
            "ownerId": {
              "type": "string",
              "description": "User ID of the channel owner."
            },
            "type": {
              "type": "string",
              "description": "Channel type. The docs show \"public\"; TalkPlus channel types are \"public\", \"private\", \"invitationOnly\", \"broadcast\", \"super_public\" and \"super_private\". Kept a plain string so a type the vendor adds still validates."
            },
            "imageUrl": {
              "type": "string",
              "description": "URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not."
            },
            "invitationCode": {
              "type": "string",
              "description": "Code users need to join an \"invitationOnly\" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`."
            },
            "privateTag": {
              "type": "string",
              "description": "Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it."
            },
            "isFrozen": {
              "type": "boolean",
              "description": "Whether the channel is frozen (members cannot send messages)."
            },
            "hideMessagesBeforeJoin": {
              "type": "boolean",
              "description": "Whether members cannot see messages sent before they joined."
            },
            "category": {
              "type": "string",
              "description": "Channel category (an empty string when unset)."
            },
            "subcategory": {
              "type": "string",
              "description": "Channel subcategory (an empty string when unset)."
            },
            "memberCount": {
              "type": "integer",
              "description": "Number of members in the channel."
            },
            "maxMemberCount": {
              "type": "integer",
              "description": "Maximum number of members the channel allows."
            },
            "data": {
              "type": "object",
              "description": "Custom channel metadata, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "members": {
              "type": "array",
              "description": "Members of the channel.",
              "items": {
                "$ref": "#/$defs/TalkplusMember"
              }
            },
            "mutedUsers": {
              "type": "array",
              "description": "Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bannedUsers": {
              "type": "array",
              "description": "Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bots": {
              "type": "array",
              "description": "Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.",
              "items": {}
            },
            "pushNotificationDisabled": {
              "type": "boolean",
              "description": "Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundAOS": {
              "type": "string",
              "description": "Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundIOS": {
              "type": "string",
              "description": "Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "privateData": {
              "type": [
                "object",
                "null"
              ],
              "description": "Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0)."
            },
            "unreadCount": {
              "type": "integer",
              "description": "Number of unread messages in the channel (every example shows 0)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0)."
            },
            "lastMessage": {
              "description": "The last message sent to the channel; null when the channel has no message yet.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TalkplusMessage"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        "TalkplusMember": {
          "title": "TalkplusMember",
          "description": "A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt",
            "lastReadAt",
            "lastSentAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID of the member."
            },
            "username": {
              "type": "string",
              "description": "Display name of the member."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the member's profile image (an empty string when the user has none)."
            },
            "muteExpiresAt": {
              "type": "integer",
              "description": "When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member."
            },
            "disablePushNotification": {
              "type": "boolean",
              "description": "Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it."
            },
            "data": {
              "type": "object",
              "description": "Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "memberInfo": {
              "type": "object",
              "description": "Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0)."
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet."
            }
          }
        },
        "TalkplusMessage": {
          "title": "TalkplusMessage",
          "description": "A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.",
          "type": "object",
          "required": [
            "id",
            "channelId",
            "userId",
            "username",
            "profileImageUrl",
            "type",
            "text",
            "translations",
            "data",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Message ID."
            },
            "channelId": {
              "type": "string",
              "description": "ID of the channel the message belongs to."
            },
            "userId": {
              "type": "string",
              "description": "User ID of the sender."
            },
            "username": {
              "type": "string",
              "description": "Display name of the sender when the message was sent."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "Profile image URL of the sender when the message was sent."
            },
            "type": {
              "type": "string",
              "description": "Message type. The docs show \"text\"; the TalkPlus SDKs also define \"custom\", \"hidden\", \"admin\" and \"admin_hidden\". Kept a plain string so a type the vendor adds still validates."
            },
            "text": {
              "type": "string",
              "description": "Text of the message."
            },
            "translations": {
              "type": "object",
              "description": "Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "data": {
              "type": "object",
              "description": "Custom metadata attached to the message, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "reactions": {
              "type": "object",
              "description": "Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{\"happy\": \"user123\"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "createdAt": {
              "type": "integer",
              "description": "When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting."
            }
          }
        },
        "TalkplusUser": {
          "title": "TalkplusUser",
          "description": "A TalkPlus user as the webhook payloads show it: the `sender` of message events, the `user` who reacted in reaction events, the `users[]` of member events, and the `user` / `blockedUser` of block events. Every documented example carries all five properties.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID."
            },
            "username": {
              "type": "string",
              "description": "Display name of the user."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the user's profile image (an empty string when the user has none, as the signed example shows for members)."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated: Unix seconds in the docs' examples (1583924400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created: Unix seconds in the docs' examples (1583921400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            }
          }
        }
      }
    },
    "member_unbanned": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusMemberUnbannedEvent",
      "description": "Users were unbanned from a channel.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#member_unbanned",
      "type": "object",
      "required": [
        "event",
        "appId",
        "channel",
        "users"
      ],
      "properties": {
        "event": {
          "const": "member_unbanned",
          "description": "Event name, always \"member_unbanned\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "channel": {
          "$ref": "#/$defs/TalkplusChannel",
          "description": "The channel the users were unbanned from."
        },
        "users": {
          "type": "array",
          "description": "The users who were unbanned.",
          "items": {
            "$ref": "#/$defs/TalkplusUser"
          }
        }
      },
      "$defs": {
        "TalkplusChannel": {
          "title": "TalkplusChannel",
          "description": "The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.",
          "type": "object",
          "required": [
            "id",
            "name",
            "ownerId",
            "type",
            "isFrozen",
            "hideMessagesBeforeJoin",
            "category",
            "subcategory",
            "memberCount",
            "maxMemberCount",
            "data",
            "members",
            "mutedUsers",
            "bannedUsers",
            "updatedAt",
            "createdAt",
            "unreadCount",
            "lastReadAt",
            "lastMessage"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Channel ID."
            },
            "name": {
              "type": "string",
              "description": "Channel name."
            },
            "ownerId": {
              "type": "string",
              "description": "User ID of the channel owner."
            },
            "type": {
              "type": "string",
              "description": "Channel type. The docs show \"public\"; TalkPlus channel types are \"public\", \"private\", \"invitationOnly\", \"broadcast\", \"super_public\" and \"super_private\". Kept a plain string so a type the vendor adds still validates."
            },
            "imageUrl": {
              "type": "string",
              "description": "URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not."
            },
            "invitationCode": {
              "type": "string",
              "description": "Code users need to join an \"invitationOnly\" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`."
            },
            "privateTag": {
              "type": "string",
              "description": "Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it."
            },
            "isFrozen": {
              "type": "boolean",
              "description": "Whether the channel is frozen (members cannot send messages)."
            },
            "hideMessagesBeforeJoin": {
              "type": "boolean",
              "description": "Whether members cannot see messages sent before they joined."
            },
            "category": {
              "type": "string",
              "description": "Channel category (an empty string when unset)."
            },
            "subcategory": {
              "type": "string",
              "description": "Channel subcategory (an empty string when unset)."
            },
            "memberCount": {
              "type": "integer",
              "description": "Number of members in the channel."
            },
            "maxMemberCount": {
              "type": "integer",
              "description": "Maximum number of members the channel allows."
            },
            "data": {
              "type": "object",
              "description": "Custom channel metadata, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "members": {
              "type": "array",
              "description": "Members of the channel.",
              "items": {
                "$ref": "#/$defs/TalkplusMember"
              }
            },
            "mutedUsers": {
              "type": "array",
              "description": "Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bannedUsers": {
              "type": "array",
              "description": "Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bots": {
              "type": "array",
              "description": "Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.",
              "items": {}
            },
            "pushNotificationDisabled": {
              "type": "boolean",
              "description": "Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundAOS": {
              "type": "string",
              "description": "Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundIOS": {
              "type": "string",
              "description": "Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "privateData": {
              "type": [
                "object",
                "null"
              ],
              "description": "Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0)."
            },
            "unreadCount": {
              "type": "integer",
              "description": "Number of unread messages in the channel (every example shows 0)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0)."
            },
            "lastMessage": {
              "description": "The last message sent to the channel; null when the channel has no message yet.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TalkplusMessage"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        "TalkplusMember": {
          "title": "TalkplusMember",
          "description": "A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt",
            "lastReadAt",
            "lastSentAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID of the member."
            },
            "username": {
              "type": "string",
              "description": "Display name of the member."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the member's profile image (an empty string when the user has none)."
            },
            "muteExpiresAt": {
              "type": "integer",
              "description": "When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member."
            },
            "disablePushNotification": {
              "type": "boolean",
              "description": "Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it."
            },
            "data": {
              "type": "object",
              "description": "Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "memberInfo": {
              "type": "object",
              "description": "Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0)."
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet."
            }
          }
        },
        "TalkplusMessage": {
          "title": "TalkplusMessage",
          "description": "A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.",
          "type": "object",
          "required": [
            "id",
            "channelId",
            "userId",
            "username",
            "profileImageUrl",
            "type",
            "text",
            "translations",
            "data",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Message ID."
            },
            "channelId": {
              "type": "string",
              "description": "ID of the channel the message belongs to."
            },
            "userId": {
              "type": "string",
              "description": "User ID of the sender."
            },
            "username": {
              "type": "string",
              "description": "Display name of the sender when the message was sent."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "Profile image URL of the sender when the message was sent."
            },
            "type": {
              "type": "string",
              "description": "Message type. The docs show \"text\"; the TalkPlus SDKs also define \"custom\", \"hidden\", \"admin\" and \"admin_hidden\". Kept a plain string so a type the vendor adds still validates."
            },
            "text": {
              "type": "string",
              "description": "Text of the message."
            },
            "translations": {
              "type": "object",
              "description": "Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "data": {
              "type": "object",
              "description": "Custom metadata attached to the message, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "reactions": {
              "type": "object",
              "description": "Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{\"happy\": \"user123\"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "createdAt": {
              "type": "integer",
              "description": "When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting."
            }
          }
        },
        "TalkplusUser": {
          "title": "TalkplusUser",
          "description": "A TalkPlus user as the webhook payloads show it: the `sender` of message events, the `user` who reacted in reaction events, the `users[]` of member events, and the `user` / `blockedUser` of block events. Every documented example carries all five properties.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID."
            },
            "username": {
              "type": "string",
              "description": "Display name of the user."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the user's profile image (an empty string when the user has none, as the signed example shows for members)."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated: Unix seconds in the docs' examples (1583924400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created: Unix seconds in the docs' examples (1583921400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            }
          }
        }
      }
    },
    "member_unmuted": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusMemberUnmutedEvent",
      "description": "Users were unmuted in a channel.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#member_unmuted",
      "type": "object",
      "required": [
        "event",
        "appId",
        "channel",
        "users"
      ],
      "properties": {
        "event": {
          "const": "member_unmuted",
          "description": "Event name, always \"member_unmuted\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "channel": {
          "$ref": "#/$defs/TalkplusChannel",
          "description": "The channel the users were unmuted in."
        },
        "users": {
          "type": "array",
          "description": "The users who were unmuted.",
          "items": {
            "$ref": "#/$defs/TalkplusUser"
          }
        }
      },
      "$defs": {
        "TalkplusChannel": {
          "title": "TalkplusChannel",
          "description": "The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.",
          "type": "object",
          "required": [
            "id",
            "name",
            "ownerId",
            "type",
            "isFrozen",
            "hideMessagesBeforeJoin",
            "category",
            "subcategory",
            "memberCount",
            "maxMemberCount",
            "data",
            "members",
            "mutedUsers",
            "bannedUsers",
            "updatedAt",
            "createdAt",
            "unreadCount",
            "lastReadAt",
            "lastMessage"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Channel ID."
            },
            "name": {
              "type": "string",
              "description": "Channel name."
            },
            "ownerId": {
              "type": "string",
              "description": "User ID of the channel owner."
            },
            "type": {
              "type": "string",
              "description": "Channel type. The docs show \"public\"; TalkPlus channel types are \"public\", \"private\", \"invitationOnly\", \"broadcast\", \"super_public\" and \"super_private\". Kept a plain string so a type the vendor adds still validates."
            },
            "imageUrl": {
              "type": "string",
              "description": "URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not."
            },
            "invitationCode": {
              "type": "string",
              "description": "Code users need to join an \"invitationOnly\" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`."
            },
            "privateTag": {
              "type": "string",
              "description": "Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it."
            },
            "isFrozen": {
              "type": "boolean",
              "description": "Whether the channel is frozen (members cannot send messages)."
            },
            "hideMessagesBeforeJoin": {
              "type": "boolean",
              "description": "Whether members cannot see messages sent before they joined."
            },
            "category": {
              "type": "string",
              "description": "Channel category (an empty string when unset)."
            },
            "subcategory": {
              "type": "string",
              "description": "Channel subcategory (an empty string when unset)."
            },
            "memberCount": {
              "type": "integer",
              "description": "Number of members in the channel."
            },
            "maxMemberCount": {
              "type": "integer",
              "description": "Maximum number of members the channel allows."
            },
            "data": {
              "type": "object",
              "description": "Custom channel metadata, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "members": {
              "type": "array",
              "description": "Members of the channel.",
              "items": {
                "$ref": "#/$defs/TalkplusMember"
              }
            },
            "mutedUsers": {
              "type": "array",
              "description": "Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bannedUsers": {
              "type": "array",
              "description": "Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bots": {
              "type": "array",
              "description": "Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.",
              "items": {}
            },
            "pushNotificationDisabled": {
              "type": "boolean",
              "description": "Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundAOS": {
              "type": "string",
              "description": "Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundIOS": {
              "type": "string",
              "description": "Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "privateData": {
              "type": [
                "object",
                "null"
              ],
              "description": "Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0)."
            },
            "unreadCount": {
              "type": "integer",
              "description": "Number of unread messages in the channel (every example shows 0)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0)."
            },
            "lastMessage": {
              "description": "The last message sent to the channel; null when the channel has no message yet.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TalkplusMessage"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        "TalkplusMember": {
          "title": "TalkplusMember",
          "description": "A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt",
            "lastReadAt",
            "lastSentAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID of the member."
            },
            "username": {
              "type": "string",
              "description": "Display name of the member."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the member's profile image (an empty string when the user has none)."
            },
            "muteExpiresAt": {
              "type": "integer",
              "description": "When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member."
            },
            "disablePushNotification": {
              "type": "boolean",
              "description": "Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it."
            },
            "data": {
              "type": "object",
              "description": "Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "memberInfo": {
              "type": "object",
              "description": "Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0)."
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet."
            }
          }
        },
        "TalkplusMessage": {
          "title": "TalkplusMessage",
          "description": "A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.",
          "type": "object",
          "required": [
            "id",
            "channelId",
            "userId",
            "username",
            "profileImageUrl",
            "type",
            "text",
            "translations",
            "data",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Message ID."
            },
            "channelId": {
              "type": "string",
              "description": "ID of the channel the message belongs to."
            },
            "userId": {
              "type": "string",
              "description": "User ID of the sender."
            },
            "username": {
              "type": "string",
              "description": "Display name of the sender when the message was sent."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "Profile image URL of the sender when the message was sent."
            },
            "type": {
              "type": "string",
              "description": "Message type. The docs show \"text\"; the TalkPlus SDKs also define \"custom\", \"hidden\", \"admin\" and \"admin_hidden\". Kept a plain string so a type the vendor adds still validates."
            },
            "text": {
              "type": "string",
              "description": "Text of the message."
            },
            "translations": {
              "type": "object",
              "description": "Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "data": {
              "type": "object",
              "description": "Custom metadata attached to the message, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "reactions": {
              "type": "object",
              "description": "Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{\"happy\": \"user123\"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "createdAt": {
              "type": "integer",
              "description": "When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting."
            }
          }
        },
        "TalkplusUser": {
          "title": "TalkplusUser",
          "description": "A TalkPlus user as the webhook payloads show it: the `sender` of message events, the `user` who reacted in reaction events, the `users[]` of member events, and the `user` / `blockedUser` of block events. Every documented example carries all five properties.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID."
            },
            "username": {
              "type": "string",
              "description": "Display name of the user."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the user's profile image (an empty string when the user has none, as the signed example shows for members)."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated: Unix seconds in the docs' examples (1583924400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created: Unix seconds in the docs' examples (1583921400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            }
          }
        }
      }
    },
    "message": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusMessageEvent",
      "description": "A message was sent.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#message",
      "type": "object",
      "required": [
        "event",
        "appId",
        "channel",
        "sender",
        "message"
      ],
      "properties": {
        "event": {
          "const": "message",
          "description": "Event name, always \"message\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "channel": {
          "$ref": "#/$defs/TalkplusChannel",
          "description": "The channel the message was sent to, as it is after the message (its `lastMessage` is the new message)."
        },
        "sender": {
          "$ref": "#/$defs/TalkplusUser",
          "description": "The user who sent the message."
        },
        "message": {
          "$ref": "#/$defs/TalkplusMessage",
          "description": "The message that was sent."
        }
      },
      "$defs": {
        "TalkplusChannel": {
          "title": "TalkplusChannel",
          "description": "The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.",
          "type": "object",
          "required": [
            "id",
            "name",
            "ownerId",
            "type",
            "isFrozen",
            "hideMessagesBeforeJoin",
            "category",
            "subcategory",
            "memberCount",
            "maxMemberCount",
            "data",
            "members",
            "mutedUsers",
            "bannedUsers",
            "updatedAt",
            "createdAt",
            "unreadCount",
            "lastReadAt",
            "lastMessage"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Channel ID."
            },
            "name": {
              "type": "string",
              "description": "Channel name."
            },
            "ownerId": {
              "type": "string",
              "description": "User ID of the channel owner."
            },
            "type": {
              "type": "string",
              "description": "Channel type. The docs show \"public\"; TalkPlus channel types are \"public\", \"private\", \"invitationOnly\", \"broadcast\", \"super_public\" and \"super_private\". Kept a plain string so a type the vendor adds still validates."
            },
            "imageUrl": {
              "type": "string",
              "description": "URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not."
            },
            "invitationCode": {
              "type": "string",
              "description": "Code users need to join an \"invitationOnly\" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`."
            },
            "privateTag": {
              "type": "string",
              "description": "Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it."
            },
            "isFrozen": {
              "type": "boolean",
              "description": "Whether the channel is frozen (members cannot send messages)."
            },
            "hideMessagesBeforeJoin": {
              "type": "boolean",
              "description": "Whether members cannot see messages sent before they joined."
            },
            "category": {
              "type": "string",
              "description": "Channel category (an empty string when unset)."
            },
            "subcategory": {
              "type": "string",
              "description": "Channel subcategory (an empty string when unset)."
            },
            "memberCount": {
              "type": "integer",
              "description": "Number of members in the channel."
            },
            "maxMemberCount": {
              "type": "integer",
              "description": "Maximum number of members the channel allows."
            },
            "data": {
              "type": "object",
              "description": "Custom channel metadata, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "members": {
              "type": "array",
              "description": "Members of the channel.",
              "items": {
                "$ref": "#/$defs/TalkplusMember"
              }
            },
            "mutedUsers": {
              "type": "array",
              "description": "Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bannedUsers": {
              "type": "array",
              "description": "Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bots": {
              "type": "array",
              "description": "Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.",
              "items": {}
            },
            "pushNotificationDisabled": {
              "type": "boolean",
              "description": "Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundAOS": {
              "type": "string",
              "description": "Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundIOS": {
              "type": "string",
              "description": "Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "privateData": {
              "type": [
                "object",
                "null"
              ],
              "description": "Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0)."
            },
            "unreadCount": {
              "type": "integer",
              "description": "Number of unread messages in the channel (every example shows 0)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0)."
            },
            "lastMessage": {
              "description": "The last message sent to the channel; null when the channel has no message yet.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TalkplusMessage"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        "TalkplusMember": {
          "title": "TalkplusMember",
          "description": "A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt",
            "lastReadAt",
            "lastSentAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID of the member."
            },
            "username": {
              "type": "string",
              "description": "Display name of the member."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the member's profile image (an empty string when the user has none)."
            },
            "muteExpiresAt": {
              "type": "integer",
              "description": "When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member."
            },
            "disablePushNotification": {
              "type": "boolean",
              "description": "Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it."
            },
            "data": {
              "type": "object",
              "description": "Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "memberInfo": {
              "type": "object",
              "description": "Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0)."
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet."
            }
          }
        },
        "TalkplusMessage": {
          "title": "TalkplusMessage",
          "description": "A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.",
          "type": "object",
          "required": [
            "id",
            "channelId",
            "userId",
            "username",
            "profileImageUrl",
            "type",
            "text",
            "translations",
            "data",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Message ID."
            },
            "channelId": {
              "type": "string",
              "description": "ID of the channel the message belongs to."
            },
            "userId": {
              "type": "string",
              "description": "User ID of the sender."
            },
            "username": {
              "type": "string",
              "description": "Display name of the sender when the message was sent."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "Profile image URL of the sender when the message was sent."
            },
            "type": {
              "type": "string",
              "description": "Message type. The docs show \"text\"; the TalkPlus SDKs also define \"custom\", \"hidden\", \"admin\" and \"admin_hidden\". Kept a plain string so a type the vendor adds still validates."
            },
            "text": {
              "type": "string",
              "description": "Text of the message."
            },
            "translations": {
              "type": "object",
              "description": "Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "data": {
              "type": "object",
              "description": "Custom metadata attached to the message, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "reactions": {
              "type": "object",
              "description": "Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{\"happy\": \"user123\"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "createdAt": {
              "type": "integer",
              "description": "When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting."
            }
          }
        },
        "TalkplusUser": {
          "title": "TalkplusUser",
          "description": "A TalkPlus user as the webhook payloads show it: the `sender` of message events, the `user` who reacted in reaction events, the `users[]` of member events, and the `user` / `blockedUser` of block events. Every documented example carries all five properties.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID."
            },
            "username": {
              "type": "string",
              "description": "Display name of the user."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the user's profile image (an empty string when the user has none, as the signed example shows for members)."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated: Unix seconds in the docs' examples (1583924400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created: Unix seconds in the docs' examples (1583921400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            }
          }
        }
      }
    },
    "message_deleted": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusMessageDeletedEvent",
      "description": "A message was deleted.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#message_deleted",
      "type": "object",
      "required": [
        "event",
        "appId",
        "channel",
        "message"
      ],
      "properties": {
        "event": {
          "const": "message_deleted",
          "description": "Event name, always \"message_deleted\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "channel": {
          "$ref": "#/$defs/TalkplusChannel",
          "description": "The channel the message was deleted from."
        },
        "sender": {
          "$ref": "#/$defs/TalkplusUser",
          "description": "The user who sent the deleted message. Optional: the docs comment it \"might be empty\" without saying whether it is then absent, null or an empty object; this schema accepts it absent."
        },
        "message": {
          "$ref": "#/$defs/TalkplusMessage",
          "description": "The message that was deleted."
        }
      },
      "$defs": {
        "TalkplusChannel": {
          "title": "TalkplusChannel",
          "description": "The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.",
          "type": "object",
          "required": [
            "id",
            "name",
            "ownerId",
            "type",
            "isFrozen",
            "hideMessagesBeforeJoin",
            "category",
            "subcategory",
            "memberCount",
            "maxMemberCount",
            "data",
            "members",
            "mutedUsers",
            "bannedUsers",
            "updatedAt",
            "createdAt",
            "unreadCount",
            "lastReadAt",
            "lastMessage"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Channel ID."
            },
            "name": {
              "type": "string",
              "description": "Channel name."
            },
            "ownerId": {
              "type": "string",
              "description": "User ID of the channel owner."
            },
            "type": {
              "type": "string",
              "description": "Channel type. The docs show \"public\"; TalkPlus channel types are \"public\", \"private\", \"invitationOnly\", \"broadcast\", \"super_public\" and \"super_private\". Kept a plain string so a type the vendor adds still validates."
            },
            "imageUrl": {
              "type": "string",
              "description": "URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not."
            },
            "invitationCode": {
              "type": "string",
              "description": "Code users need to join an \"invitationOnly\" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`."
            },
            "privateTag": {
              "type": "string",
              "description": "Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it."
            },
            "isFrozen": {
              "type": "boolean",
              "description": "Whether the channel is frozen (members cannot send messages)."
            },
            "hideMessagesBeforeJoin": {
              "type": "boolean",
              "description": "Whether members cannot see messages sent before they joined."
            },
            "category": {
              "type": "string",
              "description": "Channel category (an empty string when unset)."
            },
            "subcategory": {
              "type": "string",
              "description": "Channel subcategory (an empty string when unset)."
            },
            "memberCount": {
              "type": "integer",
              "description": "Number of members in the channel."
            },
            "maxMemberCount": {
              "type": "integer",
              "description": "Maximum number of members the channel allows."
            },
            "data": {
              "type": "object",
              "description": "Custom channel metadata, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "members": {
              "type": "array",
              "description": "Members of the channel.",
              "items": {
                "$ref": "#/$defs/TalkplusMember"
              }
            },
            "mutedUsers": {
              "type": "array",
              "description": "Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bannedUsers": {
              "type": "array",
              "description": "Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bots": {
              "type": "array",
              "description": "Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.",
              "items": {}
            },
            "pushNotificationDisabled": {
              "type": "boolean",
              "description": "Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundAOS": {
              "type": "string",
              "description": "Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundIOS": {
              "type": "string",
              "description": "Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "privateData": {
              "type": [
                "object",
                "null"
              ],
              "description": "Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0)."
            },
            "unreadCount": {
              "type": "integer",
              "description": "Number of unread messages in the channel (every example shows 0)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0)."
            },
            "lastMessage": {
              "description": "The last message sent to the channel; null when the channel has no message yet.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TalkplusMessage"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        "TalkplusMember": {
          "title": "TalkplusMember",
          "description": "A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt",
            "lastReadAt",
            "lastSentAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID of the member."
            },
            "username": {
              "type": "string",
              "description": "Display name of the member."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the member's profile image (an empty string when the user has none)."
            },
            "muteExpiresAt": {
              "type": "integer",
              "description": "When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member."
            },
            "disablePushNotification": {
              "type": "boolean",
              "description": "Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it."
            },
            "data": {
              "type": "object",
              "description": "Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "memberInfo": {
              "type": "object",
              "description": "Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0)."
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet."
            }
          }
        },
        "TalkplusMessage": {
          "title": "TalkplusMessage",
          "description": "A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.",
          "type": "object",
          "required": [
            "id",
            "channelId",
            "userId",
            "username",
            "profileImageUrl",
            "type",
            "text",
            "translations",
            "data",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Message ID."
            },
            "channelId": {
              "type": "string",
              "description": "ID of the channel the message belongs to."
            },
            "userId": {
              "type": "string",
              "description": "User ID of the sender."
            },
            "username": {
              "type": "string",
              "description": "Display name of the sender when the message was sent."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "Profile image URL of the sender when the message was sent."
            },
            "type": {
              "type": "string",
              "description": "Message type. The docs show \"text\"; the TalkPlus SDKs also define \"custom\", \"hidden\", \"admin\" and \"admin_hidden\". Kept a plain string so a type the vendor adds still validates."
            },
            "text": {
              "type": "string",
              "description": "Text of the message."
            },
            "translations": {
              "type": "object",
              "description": "Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "data": {
              "type": "object",
              "description": "Custom metadata attached to the message, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "reactions": {
              "type": "object",
              "description": "Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{\"happy\": \"user123\"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "createdAt": {
              "type": "integer",
              "description": "When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting."
            }
          }
        },
        "TalkplusUser": {
          "title": "TalkplusUser",
          "description": "A TalkPlus user as the webhook payloads show it: the `sender` of message events, the `user` who reacted in reaction events, the `users[]` of member events, and the `user` / `blockedUser` of block events. Every documented example carries all five properties.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID."
            },
            "username": {
              "type": "string",
              "description": "Display name of the user."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the user's profile image (an empty string when the user has none, as the signed example shows for members)."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated: Unix seconds in the docs' examples (1583924400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created: Unix seconds in the docs' examples (1583921400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            }
          }
        }
      }
    },
    "reaction_added": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusReactionAddedEvent",
      "description": "A reaction was added to a message.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#reaction_added",
      "type": "object",
      "required": [
        "event",
        "appId",
        "channel",
        "user",
        "message",
        "reaction"
      ],
      "properties": {
        "event": {
          "const": "reaction_added",
          "description": "Event name, always \"reaction_added\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "channel": {
          "$ref": "#/$defs/TalkplusChannel",
          "description": "The channel of the message."
        },
        "user": {
          "$ref": "#/$defs/TalkplusUser",
          "description": "The user who added the reaction."
        },
        "message": {
          "$ref": "#/$defs/TalkplusMessage",
          "description": "The message the reaction was added to, with its `reactions` after the change."
        },
        "reaction": {
          "type": "string",
          "description": "Name of the reaction that was added (the docs show \"happy\")."
        }
      },
      "$defs": {
        "TalkplusChannel": {
          "title": "TalkplusChannel",
          "description": "The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.",
          "type": "object",
          "required": [
            "id",
            "name",
            "ownerId",
            "type",
            "isFrozen",
            "hideMessagesBeforeJoin",
            "category",
            "subcategory",
            "memberCount",
            "maxMemberCount",
            "data",
            "members",
            "mutedUsers",
            "bannedUsers",
            "updatedAt",
            "createdAt",
            "unreadCount",
            "lastReadAt",
            "lastMessage"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Channel ID."
            },
            "name": {
              "type": "string",
              "description": "Channel name."
            },
            "ownerId": {
              "type": "string",
              "description": "User ID of the channel owner."
            },
            "type": {
              "type": "string",
              "description": "Channel type. The docs show \"public\"; TalkPlus channel types are \"public\", \"private\", \"invitationOnly\", \"broadcast\", \"super_public\" and \"super_private\". Kept a plain string so a type the vendor adds still validates."
            },
            "imageUrl": {
              "type": "string",
              "description": "URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not."
            },
            "invitationCode": {
              "type": "string",
              "description": "Code users need to join an \"invitationOnly\" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`."
            },
            "privateTag": {
              "type": "string",
              "description": "Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it."
            },
            "isFrozen": {
              "type": "boolean",
              "description": "Whether the channel is frozen (members cannot send messages)."
            },
            "hideMessagesBeforeJoin": {
              "type": "boolean",
              "description": "Whether members cannot see messages sent before they joined."
            },
            "category": {
              "type": "string",
              "description": "Channel category (an empty string when unset)."
            },
            "subcategory": {
              "type": "string",
              "description": "Channel subcategory (an empty string when unset)."
            },
            "memberCount": {
              "type": "integer",
              "description": "Number of members in the channel."
            },
            "maxMemberCount": {
              "type": "integer",
              "description": "Maximum number of members the channel allows."
            },
            "data": {
              "type": "object",
              "description": "Custom channel metadata, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "members": {
              "type": "array",
              "description": "Members of the channel.",
              "items": {
                "$ref": "#/$defs/TalkplusMember"
              }
            },
            "mutedUsers": {
              "type": "array",
              "description": "Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bannedUsers": {
              "type": "array",
              "description": "Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bots": {
              "type": "array",
              "description": "Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.",
              "items": {}
            },
            "pushNotificationDisabled": {
              "type": "boolean",
              "description": "Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundAOS": {
              "type": "string",
              "description": "Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundIOS": {
              "type": "string",
              "description": "Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "privateData": {
              "type": [
                "object",
                "null"
              ],
              "description": "Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0)."
            },
            "unreadCount": {
              "type": "integer",
              "description": "Number of unread messages in the channel (every example shows 0)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0)."
            },
            "lastMessage": {
              "description": "The last message sent to the channel; null when the channel has no message yet.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TalkplusMessage"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        "TalkplusMember": {
          "title": "TalkplusMember",
          "description": "A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt",
            "lastReadAt",
            "lastSentAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID of the member."
            },
            "username": {
              "type": "string",
              "description": "Display name of the member."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the member's profile image (an empty string when the user has none)."
            },
            "muteExpiresAt": {
              "type": "integer",
              "description": "When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member."
            },
            "disablePushNotification": {
              "type": "boolean",
              "description": "Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it."
            },
            "data": {
              "type": "object",
              "description": "Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "memberInfo": {
              "type": "object",
              "description": "Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0)."
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet."
            }
          }
        },
        "TalkplusMessage": {
          "title": "TalkplusMessage",
          "description": "A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.",
          "type": "object",
          "required": [
            "id",
            "channelId",
            "userId",
            "username",
            "profileImageUrl",
            "type",
            "text",
            "translations",
            "data",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Message ID."
            },
            "channelId": {
              "type": "string",
              "description": "ID of the channel the message belongs to."
            },
            "userId": {
              "type": "string",
              "description": "User ID of the sender."
            },
            "username": {
              "type": "string",
              "description": "Display name of the sender when the message was sent."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "Profile image URL of the sender when the message was sent."
            },
            "type": {
              "type": "string",
              "description": "Message type. The docs show \"text\"; the TalkPlus SDKs also define \"custom\", \"hidden\", \"admin\" and \"admin_hidden\". Kept a plain string so a type the vendor adds still validates."
            },
            "text": {
              "type": "string",
              "description": "Text of the message."
            },
            "translations": {
              "type": "object",
              "description": "Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "data": {
              "type": "object",
              "description": "Custom metadata attached to the message, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "reactions": {
              "type": "object",
              "description": "Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{\"happy\": \"user123\"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "createdAt": {
              "type": "integer",
              "description": "When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting."
            }
          }
        },
        "TalkplusUser": {
          "title": "TalkplusUser",
          "description": "A TalkPlus user as the webhook payloads show it: the `sender` of message events, the `user` who reacted in reaction events, the `users[]` of member events, and the `user` / `blockedUser` of block events. Every documented example carries all five properties.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID."
            },
            "username": {
              "type": "string",
              "description": "Display name of the user."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the user's profile image (an empty string when the user has none, as the signed example shows for members)."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated: Unix seconds in the docs' examples (1583924400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created: Unix seconds in the docs' examples (1583921400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            }
          }
        }
      }
    },
    "reaction_deleted": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusReactionDeletedEvent",
      "description": "A reaction was removed from a message.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#reaction_deleted",
      "type": "object",
      "required": [
        "event",
        "appId",
        "channel",
        "user",
        "message",
        "reaction"
      ],
      "properties": {
        "event": {
          "const": "reaction_deleted",
          "description": "Event name, always \"reaction_deleted\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "channel": {
          "$ref": "#/$defs/TalkplusChannel",
          "description": "The channel of the message."
        },
        "user": {
          "$ref": "#/$defs/TalkplusUser",
          "description": "The user who removed the reaction."
        },
        "message": {
          "$ref": "#/$defs/TalkplusMessage",
          "description": "The message the reaction was removed from, with its `reactions` after the change (the docs remove \"sad\" and still show \"happy\")."
        },
        "reaction": {
          "type": "string",
          "description": "Name of the reaction that was removed (the docs show \"sad\")."
        }
      },
      "$defs": {
        "TalkplusChannel": {
          "title": "TalkplusChannel",
          "description": "The TalkPlus channel an event concerns, members included. The per-event examples and the signed example of the Verification section differ slightly: properties only one of them shows are optional.",
          "type": "object",
          "required": [
            "id",
            "name",
            "ownerId",
            "type",
            "isFrozen",
            "hideMessagesBeforeJoin",
            "category",
            "subcategory",
            "memberCount",
            "maxMemberCount",
            "data",
            "members",
            "mutedUsers",
            "bannedUsers",
            "updatedAt",
            "createdAt",
            "unreadCount",
            "lastReadAt",
            "lastMessage"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Channel ID."
            },
            "name": {
              "type": "string",
              "description": "Channel name."
            },
            "ownerId": {
              "type": "string",
              "description": "User ID of the channel owner."
            },
            "type": {
              "type": "string",
              "description": "Channel type. The docs show \"public\"; TalkPlus channel types are \"public\", \"private\", \"invitationOnly\", \"broadcast\", \"super_public\" and \"super_private\". Kept a plain string so a type the vendor adds still validates."
            },
            "imageUrl": {
              "type": "string",
              "description": "URL of the channel image (an empty string when there is none). Optional: the signed example and the `message` example carry it, the other per-event examples do not."
            },
            "invitationCode": {
              "type": "string",
              "description": "Code users need to join an \"invitationOnly\" channel; an empty string for other channels. Optional: every example carries it except `channel_removed`."
            },
            "privateTag": {
              "type": "string",
              "description": "Private tag of the channel (an empty string when unset; the webhook docs do not describe it further). Optional: only the signed example of the Verification section carries it."
            },
            "isFrozen": {
              "type": "boolean",
              "description": "Whether the channel is frozen (members cannot send messages)."
            },
            "hideMessagesBeforeJoin": {
              "type": "boolean",
              "description": "Whether members cannot see messages sent before they joined."
            },
            "category": {
              "type": "string",
              "description": "Channel category (an empty string when unset)."
            },
            "subcategory": {
              "type": "string",
              "description": "Channel subcategory (an empty string when unset)."
            },
            "memberCount": {
              "type": "integer",
              "description": "Number of members in the channel."
            },
            "maxMemberCount": {
              "type": "integer",
              "description": "Maximum number of members the channel allows."
            },
            "data": {
              "type": "object",
              "description": "Custom channel metadata, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "members": {
              "type": "array",
              "description": "Members of the channel.",
              "items": {
                "$ref": "#/$defs/TalkplusMember"
              }
            },
            "mutedUsers": {
              "type": "array",
              "description": "Users muted in the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bannedUsers": {
              "type": "array",
              "description": "Users banned from the channel. The docs only show an empty array, so the item shape is not documented (the TalkPlus SDKs model the items as channel members).",
              "items": {}
            },
            "bots": {
              "type": "array",
              "description": "Bots in the channel. The docs only show an empty array, so the item shape is not documented. Optional: every per-event example carries it, the signed example of the Verification section does not.",
              "items": {}
            },
            "pushNotificationDisabled": {
              "type": "boolean",
              "description": "Whether push notifications for this channel are turned off. Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundAOS": {
              "type": "string",
              "description": "Custom push notification sound for Android (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "pushNotificationSoundIOS": {
              "type": "string",
              "description": "Custom push notification sound for iOS (an empty string when unset). Optional: only the signed example of the Verification section carries it."
            },
            "privateData": {
              "type": [
                "object",
                "null"
              ],
              "description": "Per-user private data of the channel (the SDKs set it with updateChannelPrivateData, which takes a key-value map); null when unset, as the signed example shows. An object rather than a string because the SDKs read and write it as a map. The docs never show a non-null value, so the values are left untyped. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the last message was sent to the channel, in Unix milliseconds (the signed example shows 1699606164578, equal to its `createdAt`). Optional: only the signed example of the Verification section carries it."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the channel was last updated, in Unix milliseconds; 0 when it has never been updated (every example shows 0)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the channel was created, in Unix milliseconds (the signed example shows 1699606164578; the per-event examples show 0)."
            },
            "unreadCount": {
              "type": "integer",
              "description": "Number of unread messages in the channel (every example shows 0)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the channel was last read, presumably in Unix milliseconds like the other channel timestamps (every example shows 0)."
            },
            "lastMessage": {
              "description": "The last message sent to the channel; null when the channel has no message yet.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TalkplusMessage"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        "TalkplusMember": {
          "title": "TalkplusMember",
          "description": "A member of a channel (an item of `channel.members`): the user's profile plus the member's read/send state in that channel. The per-event examples show the first seven properties; the signed example of the Verification section also carries `disablePushNotification`, `data` and `memberInfo`, and `member_muted` adds `muteExpiresAt`.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt",
            "lastReadAt",
            "lastSentAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID of the member."
            },
            "username": {
              "type": "string",
              "description": "Display name of the member."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the member's profile image (an empty string when the user has none)."
            },
            "muteExpiresAt": {
              "type": "integer",
              "description": "When the member's mute ends, in Unix milliseconds (the docs show 1716873953000). Optional: only the `member_muted` example shows it, on the muted member."
            },
            "disablePushNotification": {
              "type": "boolean",
              "description": "Whether the user has turned push notifications off. Optional: only the signed example of the Verification section carries it."
            },
            "data": {
              "type": "object",
              "description": "Custom metadata, a map of string keys to string values (presumably the user's own `data`; the docs do not describe it). Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "memberInfo": {
              "type": "object",
              "description": "Per-channel information about this member; the docs show only an empty object and do not describe its contents. Optional: only the signed example of the Verification section carries it.",
              "additionalProperties": {}
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated, in Unix milliseconds (the docs show 1603184094285 and 1699606163973)."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created, in Unix milliseconds (the docs show 1603184094285 and 1697797296688)."
            },
            "lastReadAt": {
              "type": "integer",
              "description": "When the member last read the channel, in Unix milliseconds; 0 when the member has not read it yet (every example shows 0)."
            },
            "lastSentAt": {
              "type": "integer",
              "description": "When the member last sent a message to the channel, in Unix milliseconds (the docs show 1603244275376); 0 when the member has not sent one yet."
            }
          }
        },
        "TalkplusMessage": {
          "title": "TalkplusMessage",
          "description": "A message in a channel: the `message` of message and reaction events, and `channel.lastMessage`.",
          "type": "object",
          "required": [
            "id",
            "channelId",
            "userId",
            "username",
            "profileImageUrl",
            "type",
            "text",
            "translations",
            "data",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Message ID."
            },
            "channelId": {
              "type": "string",
              "description": "ID of the channel the message belongs to."
            },
            "userId": {
              "type": "string",
              "description": "User ID of the sender."
            },
            "username": {
              "type": "string",
              "description": "Display name of the sender when the message was sent."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "Profile image URL of the sender when the message was sent."
            },
            "type": {
              "type": "string",
              "description": "Message type. The docs show \"text\"; the TalkPlus SDKs also define \"custom\", \"hidden\", \"admin\" and \"admin_hidden\". Kept a plain string so a type the vendor adds still validates."
            },
            "text": {
              "type": "string",
              "description": "Text of the message."
            },
            "translations": {
              "type": "object",
              "description": "Machine translations of `text`, keyed by language code (the TalkPlus SDKs type it as a map of string to string). The docs show only an empty object, which is what a message without translations carries.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "data": {
              "type": "object",
              "description": "Custom metadata attached to the message, a map of string keys to string values.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "reactions": {
              "type": "object",
              "description": "Reactions on the message, keyed by reaction name. The docs show one reaction mapped to one user ID (`{\"happy\": \"user123\"}`) and do not say how several users reacting with the same name are represented; the TalkPlus SDKs type the values loosely. Optional: only the `reaction_added` and `reaction_deleted` examples carry it.",
              "additionalProperties": {
                "type": "string"
              }
            },
            "createdAt": {
              "type": "integer",
              "description": "When the message was sent: Unix seconds in the docs' examples (1583921400), while channel and member timestamps are shown in Unix milliseconds, so check the magnitude before converting."
            }
          }
        },
        "TalkplusUser": {
          "title": "TalkplusUser",
          "description": "A TalkPlus user as the webhook payloads show it: the `sender` of message events, the `user` who reacted in reaction events, the `users[]` of member events, and the `user` / `blockedUser` of block events. Every documented example carries all five properties.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID."
            },
            "username": {
              "type": "string",
              "description": "Display name of the user."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the user's profile image (an empty string when the user has none, as the signed example shows for members)."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated: Unix seconds in the docs' examples (1583924400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created: Unix seconds in the docs' examples (1583921400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            }
          }
        }
      }
    },
    "user_blocked": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusUserBlockedEvent",
      "description": "A user blocked another user.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#user_blocked",
      "type": "object",
      "required": [
        "event",
        "appId",
        "user",
        "blockedUser"
      ],
      "properties": {
        "event": {
          "const": "user_blocked",
          "description": "Event name, always \"user_blocked\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "user": {
          "$ref": "#/$defs/TalkplusUser",
          "description": "The user who blocked `blockedUser`."
        },
        "blockedUser": {
          "$ref": "#/$defs/TalkplusUser",
          "description": "The user who was blocked."
        }
      },
      "$defs": {
        "TalkplusUser": {
          "title": "TalkplusUser",
          "description": "A TalkPlus user as the webhook payloads show it: the `sender` of message events, the `user` who reacted in reaction events, the `users[]` of member events, and the `user` / `blockedUser` of block events. Every documented example carries all five properties.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID."
            },
            "username": {
              "type": "string",
              "description": "Display name of the user."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the user's profile image (an empty string when the user has none, as the signed example shows for members)."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated: Unix seconds in the docs' examples (1583924400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created: Unix seconds in the docs' examples (1583921400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            }
          }
        }
      }
    },
    "user_unblocked": {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "TalkplusUserUnblockedEvent",
      "description": "A user unblocked another user.",
      "x-docs-url": "https://docs.talkplus.io/klat-en/misc/webhooks#user_unblocked",
      "type": "object",
      "required": [
        "event",
        "appId",
        "user",
        "blockedUser"
      ],
      "properties": {
        "event": {
          "const": "user_unblocked",
          "description": "Event name, always \"user_unblocked\"."
        },
        "appId": {
          "type": "string",
          "description": "ID of the TalkPlus app the event belongs to."
        },
        "user": {
          "$ref": "#/$defs/TalkplusUser",
          "description": "The user who unblocked `blockedUser`."
        },
        "blockedUser": {
          "$ref": "#/$defs/TalkplusUser",
          "description": "The user who was unblocked (the property keeps the name `blockedUser`)."
        }
      },
      "$defs": {
        "TalkplusUser": {
          "title": "TalkplusUser",
          "description": "A TalkPlus user as the webhook payloads show it: the `sender` of message events, the `user` who reacted in reaction events, the `users[]` of member events, and the `user` / `blockedUser` of block events. Every documented example carries all five properties.",
          "type": "object",
          "required": [
            "id",
            "username",
            "profileImageUrl",
            "updatedAt",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "User ID."
            },
            "username": {
              "type": "string",
              "description": "Display name of the user."
            },
            "profileImageUrl": {
              "type": "string",
              "description": "URL of the user's profile image (an empty string when the user has none, as the signed example shows for members)."
            },
            "updatedAt": {
              "type": "integer",
              "description": "When the user was last updated: Unix seconds in the docs' examples (1583924400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            },
            "createdAt": {
              "type": "integer",
              "description": "When the user was created: Unix seconds in the docs' examples (1583921400), but the same timestamp of a user inside `channel.members[]` is shown in Unix milliseconds (1603184094285), so check the magnitude before converting."
            }
          }
        }
      }
    }
  }
};

export const eventExamples: { readonly [V in Vendor]: { readonly [N in EventName<V>]: readonly EventExample[] } } = {
  "nexconn": {
    "group_channel:operation": [
      {
        "name": "docs",
        "body": "{\n  \"type\": \"group_channel:operation\",\n  \"id\": \"550e8400-e29b-41d4-a716-446655440010\",\n  \"time\": 1730192400000,\n  \"data\": [\n    {\n      \"profiles\": [\n        {\n          \"channelId\": \"group_001\",\n          \"operationType\": 2,\n          \"time\": 1730192400000,\n          \"userId\": \"user_001\",\n          \"members\": [\n            \"user_002\"\n          ]\n        }\n      ]\n    }\n  ]\n}\n"
      }
    ],
    "open_channel:operation": [
      {
        "name": "docs",
        "body": "{\n  \"type\": \"open_channel:operation\",\n  \"id\": \"550e8400-e29b-41d4-a716-446655440011\",\n  \"time\": 1730192400000,\n  \"data\": [\n    {\n      \"channelId\": \"chatroom_001\",\n      \"userIds\": [\n        \"user_001\",\n        \"user_002\"\n      ],\n      \"status\": 0,\n      \"operationType\": 1,\n      \"time\": 1730192400000\n    }\n  ]\n}\n"
      }
    ]
  },
  "sendbird": {
    "open_channel:create": [
      {
        "name": "docs",
        "body": "{\n  \"category\": \"open_channel:create\",\n  \"created_at\": 1540866408000,\n  \"operators\": [\n    {\n      \"user_id\": \"Jay\",\n      \"nickname\": \"Mighty\",\n      \"profile_url\": \"https://sendbird.com/main/img/profiles/profile_26_512px.png\",\n      \"metadata\": {}\n    }\n  ],\n  \"channel\": {\n    \"name\": \"Jeff and friends\",\n    \"channel_url\": \"sendbird_open_channel_1_2681099203cd6b78414fe672927a43fcf3a30f09\",\n    \"custom_type\": \"\",\n    \"is_distinct\": false,\n    \"is_public\": false,\n    \"is_super\": false,\n    \"is_ephemeral\": false,\n    \"is_discoverable\": false,\n    \"data\": \"\"\n  },\n  \"app_id\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"\n}\n"
      }
    ],
    "open_channel:enter": [
      {
        "name": "docs",
        "body": "{\n  \"category\": \"open_channel:enter\",\n  \"entered_at\": 1540867091314,\n  \"user\": {\n    \"user_id\": \"Julia\",\n    \"nickname\": \"Yogini\",\n    \"profile_url\": \"https://sendbird.com/main/img/profiles/profile_94_512px.png\"\n  },\n  \"channel\": {\n    \"name\": \"Jeff and friends\",\n    \"channel_url\": \"sendbird_open_channel_1_2681099203cd6b78414fe672927a43fcf3a30f09\",\n    \"custom_type\": \"\",\n    \"is_distinct\": false,\n    \"is_public\": false,\n    \"is_super\": false,\n    \"is_ephemeral\": false,\n    \"is_discoverable\": false,\n    \"data\": \"\"\n  },\n  \"app_id\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"\n}\n"
      }
    ],
    "open_channel:exit": [
      {
        "name": "docs",
        "body": "{\n  \"category\": \"open_channel:exit\",\n  \"entered_at\": 1586446260031,\n  \"user\": {\n    \"user_id\": \"Kern\",\n    \"nickname\": \"Basketball Player\",\n    \"profile_url\": \"https://sendbird.com/main/img/profiles/profile_74_512px.png\"\n  },\n  \"channel\": {\n    \"name\": \"Jeff and friends\",\n    \"channel_url\": \"sendbird_open_channel_1_2681099203cd6b78414fe672927a43fcf3a30f09\",\n    \"custom_type\": \"\",\n    \"is_distinct\": false,\n    \"is_public\": false,\n    \"is_super\": false,\n    \"is_ephemeral\": false,\n    \"is_discoverable\": false,\n    \"data\": \"\"\n  },\n  \"app_id\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"\n}\n"
      }
    ],
    "open_channel:message_delete": [
      {
        "name": "docs",
        "body": "{\n  \"category\": \"open_channel:message_delete\",\n  \"sender\": {\n    \"user_id\": \"David\",\n    \"nickname\": \"TallAndStrong\",\n    \"profile_url\": \"https://sendbird.com/main/img/profiles/profile_16_512px.png\",\n    \"metadata\": {}\n  },\n  \"custom_type\": \"\",\n  \"type\": \"MESG\",\n  \"channel\": {\n    \"name\": \"Talking about movies\",\n    \"channel_url\": \"sendbird_open_channel_8_2cccb696d59d9acfecfd71580c97c34b5c19f040\",\n    \"custom_type\": \"hobby\",\n    \"data\": \"\"\n  },\n  \"payload\": {\n    \"message_id\": 238309772,\n    \"custom_type\": \"\",\n    \"message\": \"Hi, this text message will be deleted.\",\n    \"translations\": {\n      \"en\": \"\",\n      \"de\": \"\"\n    },\n    \"created_at\": 0,\n    \"data\": \"\"\n  },\n  \"app_id\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"\n}\n"
      }
    ],
    "open_channel:message_send": [
      {
        "name": "docs",
        "body": "{\n  \"category\": \"open_channel:message_send\",\n  \"sender\": {\n    \"user_id\": \"Jeff\",\n    \"nickname\": \"Oldies but goodies\",\n    \"profile_url\": \"https://sendbird.com/main/img/profiles/profile_38_512px.png\",\n    \"metadata\": {}\n  },\n  \"silent\": false,\n  \"sender_ip_addr\": \"xxx.xxx.xxx.xx\",\n  \"custom_type\": \"\",\n  \"mention_type\": \"users\",\n  \"mentioned_users\": [],\n  \"type\": \"MESG\",\n  \"payload\": {\n    \"message_id\": 1918018535,\n    \"custom_type\": \"\",\n    \"message\": \"This is the first message!\",\n    \"translations\": {\n      \"en\": \"\",\n      \"de\": \"\"\n    },\n    \"created_at\": 1484205447940,\n    \"data\": \"\"\n  },\n  \"channel\": {\n    \"channel_url\": \"sendbird_open_channel_8_2cccb696d59d9acfecfd71580c97c34b5c19f040\",\n    \"name\": \"Let's talk about old pops!\",\n    \"custom_type\": \"hobby\",\n    \"data\": \"\"\n  },\n  \"sdk\": \"Android\",\n  \"app_id\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"\n}\n"
      }
    ],
    "open_channel:message_update": [
      {
        "name": "docs",
        "body": "{\n  \"category\": \"open_channel:message_update\",\n  \"sender\": {\n    \"user_id\": \"Jeff\",\n    \"nickname\": \"Oldies but goodies\",\n    \"profile_url\": \"https://sendbird.com/main/img/profiles/profile_38_512px.png\",\n    \"metadata\": {}\n  },\n  \"changes\": [\n    {\n      \"key\": \"message\",\n      \"old\": \"This is the first message!\",\n      \"new\": \"This is my first message to you all!\"\n    }\n  ],\n  \"custom_type\": \"\",\n  \"mention_type\": \"users\",\n  \"mentioned_users\": [],\n  \"type\": \"MESG\",\n  \"payload\": {\n    \"message_id\": 1918018535,\n    \"custom_type\": \"\",\n    \"message\": \"This is my first message to you all!\",\n    \"translations\": {\n      \"en\": \"\",\n      \"de\": \"\"\n    },\n    \"created_at\": 1484205447940,\n    \"data\": \"\"\n  },\n  \"channel\": {\n    \"name\": \"Let's talk about old pops!\",\n    \"channel_url\": \"sendbird_open_channel_8_2cccb696d59d9acfecfd71580c97c34b5c19f040\",\n    \"custom_type\": \"hobby\",\n    \"data\": \"\"\n  },\n  \"sdk\": \"Android\",\n  \"app_id\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"\n}\n"
      }
    ],
    "open_channel:remove": [
      {
        "name": "docs",
        "body": "{\n  \"category\": \"open_channel:remove\",\n  \"removed_at\": 1586446261706,\n  \"channel\": {\n    \"name\": \"Jeff and friends\",\n    \"channel_url\": \"sendbird_open_channel_1_2681099203cd6b78414fe672927a43fcf3a30f09\",\n    \"custom_type\": \"\",\n    \"is_distinct\": false,\n    \"is_public\": false,\n    \"is_super\": false,\n    \"is_ephemeral\": false,\n    \"is_discoverable\": false,\n    \"data\": \"\"\n  },\n  \"app_id\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"\n}\n"
      }
    ],
    "operators:register_by_operator": [
      {
        "name": "docs",
        "body": "{\n  \"category\": \"operators:register_by_operator\",\n  \"requested_at\": 1540867938000,\n  \"requester\": {\n    \"user_id\": \"David\",\n    \"nickname\": \"TallAndStrong\",\n    \"profile_url\": \"https://sendbird.com/main/img/profiles/profile_30_512px.png\",\n    \"metadata\": {}\n  },\n  \"channel_type\": \"group_channel\",\n  \"channel\": {\n    \"name\": \"Sport center members\",\n    \"channel_url\": \"sendbird_group_channel_6122393_1379dd647e15ddb2471c933794b6cb4651498933\",\n    \"cover_url\": \"https://sendbird.com/main/img/cover/cover_43.jpg\",\n    \"custom_type\": \"personal\",\n    \"is_distinct\": true,\n    \"is_public\": false,\n    \"is_super\": false,\n    \"is_ephemeral\": false,\n    \"is_discoverable\": false,\n    \"data\": \"\"\n  },\n  \"operators\": [\n    {\n      \"user_id\": \"Tei\",\n      \"nickname\": \"Uaena\",\n      \"profile_url\": \"https://sendbird.com/main/img/profiles/profile_142_512px.png\",\n      \"metadata\": {}\n    }\n  ],\n  \"app_id\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"\n}\n"
      }
    ],
    "operators:unregister_by_operator": [
      {
        "name": "docs",
        "body": "{\n  \"category\": \"operators:unregister_by_operator\",\n  \"requested_at\": 1540867938323,\n  \"requester\": {\n    \"user_id\": \"David\",\n    \"nickname\": \"TallAndStrong\",\n    \"profile_url\": \"https://sendbird.com/main/img/profiles/profile_30_512px.png\",\n    \"metadata\": {}\n  },\n  \"channel_type\": \"group_channel\",\n  \"channel\": {\n    \"name\": \"Sport center members\",\n    \"channel_url\": \"sendbird_group_channel_6122393_1379dd647e15ddb2471c933794b6cb4651498933\",\n    \"cover_url\": \"https://sendbird.com/main/img/cover/cover_43.jpg\",\n    \"custom_type\": \"personal\",\n    \"is_distinct\": true,\n    \"is_public\": false,\n    \"is_super\": false,\n    \"is_ephemeral\": false,\n    \"is_discoverable\": false,\n    \"data\": \"\"\n  },\n  \"operators\": [\n    {\n      \"user_id\": \"Glen\",\n      \"nickname\": \"YoungAndTall\",\n      \"profile_url\": \"https://sendbird.com/main/img/profiles/profile_52_512px.png\",\n      \"metadata\": {}\n    }\n  ],\n  \"app_id\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"\n}\n"
      }
    ]
  },
  "talkplus": {
    "channel_added": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"channel_added\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"channel\": {\n    \"id\": \"YOUR_CHANNEL_ID\",\n    \"name\": \"YOUR_CHANNEL_NAME\",\n    \"ownerId\": \"user123\",\n    \"type\": \"public\",\n    \"invitationCode\": \"\",\n    \"isFrozen\": false,\n    \"hideMessagesBeforeJoin\": false,\n    \"category\": \"\",\n    \"subcategory\": \"\",\n    \"memberCount\": 1,\n    \"maxMemberCount\": 100,\n    \"data\": {\n      \"someMetaKey1\": \"someMetaValue1\",\n      \"someMetaKey2\": \"someMetaValue2\"\n    },\n    \"members\": [\n      {\n        \"id\": \"user123\",\n        \"username\": \"user123\",\n        \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n        \"updatedAt\": 1603184094285,\n        \"createdAt\": 1603184094285,\n        \"lastReadAt\": 0,\n        \"lastSentAt\": 1603244275376\n      }\n    ],\n    \"mutedUsers\": [],\n    \"bannedUsers\": [],\n    \"bots\": [],\n    \"updatedAt\": 0,\n    \"createdAt\": 0,\n    \"unreadCount\": 0,\n    \"lastReadAt\": 0,\n    \"lastMessage\": null\n  }\n}\n"
      },
      {
        "name": "signed-body",
        "body": "{\"event\":\"channel_added\",\"appId\":\"34f633c9-b012-4ca9-b453-2a4a460f464a\",\"channel\":{\"id\":\"webhook_test\",\"name\":\"webhook_test\",\"imageUrl\":\"\",\"data\":{\"test\":\"1\"},\"ownerId\":\"test1\",\"type\":\"public\",\"category\":\"categoryA\",\"subcategory\":\"subcategoryB\",\"privateTag\":\"\",\"invitationCode\":\"\",\"isFrozen\":false,\"memberCount\":1,\"maxMemberCount\":100,\"hideMessagesBeforeJoin\":false,\"members\":[{\"id\":\"test1\",\"username\":\"test1\",\"profileImageUrl\":\"\",\"disablePushNotification\":false,\"data\":{\"test\":\"1\"},\"updatedAt\":1699606163973,\"createdAt\":1697797296688,\"memberInfo\":{},\"lastReadAt\":0,\"lastSentAt\":0}],\"bannedUsers\":[],\"lastSentAt\":1699606164578,\"updatedAt\":0,\"createdAt\":1699606164578,\"mutedUsers\":[],\"pushNotificationDisabled\":false,\"pushNotificationSoundAOS\":\"\",\"pushNotificationSoundIOS\":\"\",\"privateData\":null,\"unreadCount\":0,\"lastReadAt\":0,\"lastMessage\":null}}"
      }
    ],
    "channel_changed": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"channel_changed\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"channel\": {\n    \"id\": \"YOUR_CHANNEL_ID\",\n    \"name\": \"YOUR_CHANNEL_NAME\",\n    \"ownerId\": \"user123\",\n    \"type\": \"public\",\n    \"invitationCode\": \"\",\n    \"isFrozen\": false,\n    \"hideMessagesBeforeJoin\": false,\n    \"category\": \"\",\n    \"subcategory\": \"\",\n    \"memberCount\": 1,\n    \"maxMemberCount\": 100,\n    \"data\": {\n      \"someMetaKey1\": \"someMetaValue1\",\n      \"someMetaKey2\": \"someMetaValue2\"\n    },\n    \"members\": [\n      {\n        \"id\": \"user123\",\n        \"username\": \"user123\",\n        \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n        \"updatedAt\": 1603184094285,\n        \"createdAt\": 1603184094285,\n        \"lastReadAt\": 0,\n        \"lastSentAt\": 1603244275376\n      }\n    ],\n    \"mutedUsers\": [],\n    \"bannedUsers\": [],\n    \"bots\": [],\n    \"updatedAt\": 0,\n    \"createdAt\": 0,\n    \"unreadCount\": 0,\n    \"lastReadAt\": 0,\n    \"lastMessage\": null\n  }\n}\n"
      }
    ],
    "channel_removed": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"channel_removed\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"channel\": {\n    \"id\": \"YOUR_CHANNEL_ID\",\n    \"name\": \"YOUR_CHANNEL_NAME\",\n    \"ownerId\": \"user123\",\n    \"type\": \"public\",\n    \"isFrozen\": false,\n    \"hideMessagesBeforeJoin\": false,\n    \"category\": \"\",\n    \"subcategory\": \"\",\n    \"memberCount\": 1,\n    \"maxMemberCount\": 100,\n    \"data\": {\n      \"someMetaKey1\": \"someMetaValue1\",\n      \"someMetaKey2\": \"someMetaValue2\"\n    },\n    \"members\": [\n      {\n        \"id\": \"user123\",\n        \"username\": \"user123\",\n        \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n        \"updatedAt\": 1603184094285,\n        \"createdAt\": 1603184094285,\n        \"lastReadAt\": 0,\n        \"lastSentAt\": 1603244275376\n      }\n    ],\n    \"mutedUsers\": [],\n    \"bannedUsers\": [],\n    \"bots\": [],\n    \"updatedAt\": 0,\n    \"createdAt\": 0,\n    \"unreadCount\": 0,\n    \"lastReadAt\": 0,\n    \"lastMessage\": null\n  }\n}\n"
      }
    ],
    "member_added": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"member_added\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"channel\": {\n    \"id\": \"YOUR_CHANNEL_ID\",\n    \"name\": \"YOUR_CHANNEL_NAME\",\n    \"ownerId\": \"user123\",\n    \"type\": \"public\",\n    \"invitationCode\": \"\",\n    \"isFrozen\": false,\n    \"hideMessagesBeforeJoin\": false,\n    \"category\": \"\",\n    \"subcategory\": \"\",\n    \"memberCount\": 1,\n    \"maxMemberCount\": 100,\n    \"data\": {\n      \"someMetaKey1\": \"someMetaValue1\",\n      \"someMetaKey2\": \"someMetaValue2\"\n    },\n    \"members\": [\n      {\n        \"id\": \"user123\",\n        \"username\": \"user123\",\n        \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n        \"updatedAt\": 1603184094285,\n        \"createdAt\": 1603184094285,\n        \"lastReadAt\": 0,\n        \"lastSentAt\": 1603244275376\n      }\n    ],\n    \"mutedUsers\": [],\n    \"bannedUsers\": [],\n    \"bots\": [],\n    \"updatedAt\": 0,\n    \"createdAt\": 0,\n    \"unreadCount\": 0,\n    \"lastReadAt\": 0,\n    \"lastMessage\": null\n  },\n  \"users\": [\n    {\n      \"id\": \"user123\",\n      \"username\": \"user123\",\n      \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n      \"updatedAt\": 1583924400,\n      \"createdAt\": 1583921400\n    }\n  ]\n}\n"
      }
    ],
    "member_banned": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"member_banned\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"channel\": {\n    \"id\": \"YOUR_CHANNEL_ID\",\n    \"name\": \"YOUR_CHANNEL_NAME\",\n    \"ownerId\": \"user123\",\n    \"type\": \"public\",\n    \"invitationCode\": \"\",\n    \"isFrozen\": false,\n    \"hideMessagesBeforeJoin\": false,\n    \"category\": \"\",\n    \"subcategory\": \"\",\n    \"memberCount\": 1,\n    \"maxMemberCount\": 100,\n    \"data\": {\n      \"someMetaKey1\": \"someMetaValue1\",\n      \"someMetaKey2\": \"someMetaValue2\"\n    },\n    \"members\": [\n      {\n        \"id\": \"user123\",\n        \"username\": \"user123\",\n        \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n        \"updatedAt\": 1603184094285,\n        \"createdAt\": 1603184094285,\n        \"lastReadAt\": 0,\n        \"lastSentAt\": 1603244275376\n      }\n    ],\n    \"mutedUsers\": [],\n    \"bannedUsers\": [],\n    \"bots\": [],\n    \"updatedAt\": 0,\n    \"createdAt\": 0,\n    \"unreadCount\": 0,\n    \"lastReadAt\": 0,\n    \"lastMessage\": null\n  },\n  \"users\": [\n    {\n      \"id\": \"user456\",\n      \"username\": \"user456\",\n      \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n      \"updatedAt\": 1583924400,\n      \"createdAt\": 1583921400\n    }\n  ]\n}\n"
      }
    ],
    "member_left": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"member_left\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"channel\": {\n    \"id\": \"YOUR_CHANNEL_ID\",\n    \"name\": \"YOUR_CHANNEL_NAME\",\n    \"ownerId\": \"user123\",\n    \"type\": \"public\",\n    \"invitationCode\": \"\",\n    \"isFrozen\": false,\n    \"hideMessagesBeforeJoin\": false,\n    \"category\": \"\",\n    \"subcategory\": \"\",\n    \"memberCount\": 1,\n    \"maxMemberCount\": 100,\n    \"data\": {\n      \"someMetaKey1\": \"someMetaValue1\",\n      \"someMetaKey2\": \"someMetaValue2\"\n    },\n    \"members\": [\n      {\n        \"id\": \"user123\",\n        \"username\": \"user123\",\n        \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n        \"updatedAt\": 1603184094285,\n        \"createdAt\": 1603184094285,\n        \"lastReadAt\": 0,\n        \"lastSentAt\": 1603244275376\n      }\n    ],\n    \"mutedUsers\": [],\n    \"bannedUsers\": [],\n    \"bots\": [],\n    \"updatedAt\": 0,\n    \"createdAt\": 0,\n    \"unreadCount\": 0,\n    \"lastReadAt\": 0,\n    \"lastMessage\": null\n  },\n  \"users\": [\n    {\n      \"id\": \"user456\",\n      \"username\": \"user456\",\n      \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n      \"updatedAt\": 1583924400,\n      \"createdAt\": 1583921400\n    }\n  ]\n}\n"
      }
    ],
    "member_muted": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"member_muted\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"channel\": {\n    \"id\": \"YOUR_CHANNEL_ID\",\n    \"name\": \"YOUR_CHANNEL_NAME\",\n    \"ownerId\": \"user123\",\n    \"type\": \"public\",\n    \"invitationCode\": \"\",\n    \"isFrozen\": false,\n    \"hideMessagesBeforeJoin\": false,\n    \"category\": \"\",\n    \"subcategory\": \"\",\n    \"memberCount\": 1,\n    \"maxMemberCount\": 100,\n    \"data\": {\n      \"someMetaKey1\": \"someMetaValue1\",\n      \"someMetaKey2\": \"someMetaValue2\"\n    },\n    \"members\": [\n      {\n        \"id\": \"user123\",\n        \"username\": \"user123\",\n        \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n        \"muteExpiresAt\": 1716873953000,\n        \"updatedAt\": 1603184094285,\n        \"createdAt\": 1603184094285,\n        \"lastReadAt\": 0,\n        \"lastSentAt\": 1603244275376\n      }\n    ],\n    \"mutedUsers\": [],\n    \"bannedUsers\": [],\n    \"bots\": [],\n    \"updatedAt\": 0,\n    \"createdAt\": 0,\n    \"unreadCount\": 0,\n    \"lastReadAt\": 0,\n    \"lastMessage\": null\n  },\n  \"users\": [\n    {\n      \"id\": \"user456\",\n      \"username\": \"user456\",\n      \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n      \"updatedAt\": 1583924400,\n      \"createdAt\": 1583921400\n    }\n  ]\n}\n"
      }
    ],
    "member_unbanned": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"member_unbanned\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"channel\": {\n    \"id\": \"YOUR_CHANNEL_ID\",\n    \"name\": \"YOUR_CHANNEL_NAME\",\n    \"ownerId\": \"user123\",\n    \"type\": \"public\",\n    \"invitationCode\": \"\",\n    \"isFrozen\": false,\n    \"hideMessagesBeforeJoin\": false,\n    \"category\": \"\",\n    \"subcategory\": \"\",\n    \"memberCount\": 1,\n    \"maxMemberCount\": 100,\n    \"data\": {\n      \"someMetaKey1\": \"someMetaValue1\",\n      \"someMetaKey2\": \"someMetaValue2\"\n    },\n    \"members\": [\n      {\n        \"id\": \"user123\",\n        \"username\": \"user123\",\n        \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n        \"updatedAt\": 1603184094285,\n        \"createdAt\": 1603184094285,\n        \"lastReadAt\": 0,\n        \"lastSentAt\": 1603244275376\n      }\n    ],\n    \"mutedUsers\": [],\n    \"bannedUsers\": [],\n    \"bots\": [],\n    \"updatedAt\": 0,\n    \"createdAt\": 0,\n    \"unreadCount\": 0,\n    \"lastReadAt\": 0,\n    \"lastMessage\": null\n  },\n  \"users\": [\n    {\n      \"id\": \"user456\",\n      \"username\": \"user456\",\n      \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n      \"updatedAt\": 1583924400,\n      \"createdAt\": 1583921400\n    }\n  ]\n}\n"
      }
    ],
    "member_unmuted": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"member_unmuted\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"channel\": {\n    \"id\": \"YOUR_CHANNEL_ID\",\n    \"name\": \"YOUR_CHANNEL_NAME\",\n    \"ownerId\": \"user123\",\n    \"type\": \"public\",\n    \"invitationCode\": \"\",\n    \"isFrozen\": false,\n    \"hideMessagesBeforeJoin\": false,\n    \"category\": \"\",\n    \"subcategory\": \"\",\n    \"memberCount\": 1,\n    \"maxMemberCount\": 100,\n    \"data\": {\n      \"someMetaKey1\": \"someMetaValue1\",\n      \"someMetaKey2\": \"someMetaValue2\"\n    },\n    \"members\": [\n      {\n        \"id\": \"user123\",\n        \"username\": \"user123\",\n        \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n        \"updatedAt\": 1603184094285,\n        \"createdAt\": 1603184094285,\n        \"lastReadAt\": 0,\n        \"lastSentAt\": 1603244275376\n      }\n    ],\n    \"mutedUsers\": [],\n    \"bannedUsers\": [],\n    \"bots\": [],\n    \"updatedAt\": 0,\n    \"createdAt\": 0,\n    \"unreadCount\": 0,\n    \"lastReadAt\": 0,\n    \"lastMessage\": null\n  },\n  \"users\": [\n    {\n      \"id\": \"user456\",\n      \"username\": \"user456\",\n      \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n      \"updatedAt\": 1583924400,\n      \"createdAt\": 1583921400\n    }\n  ]\n}\n"
      }
    ],
    "message": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"message\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"channel\": {\n    \"id\": \"YOUR_CHANNEL_ID\",\n    \"name\": \"YOUR_CHANNEL_NAME\",\n    \"ownerId\": \"user123\",\n    \"type\": \"public\",\n    \"imageUrl\": \"image url\",\n    \"invitationCode\": \"\",\n    \"isFrozen\": false,\n    \"hideMessagesBeforeJoin\": false,\n    \"category\": \"\",\n    \"subcategory\": \"\",\n    \"memberCount\": 1,\n    \"maxMemberCount\": 100,\n    \"data\": {\n      \"someMetaKey1\": \"someMetaValue1\",\n      \"someMetaKey2\": \"someMetaValue2\"\n    },\n    \"members\": [\n      {\n        \"id\": \"user123\",\n        \"username\": \"user123\",\n        \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n        \"updatedAt\": 1603184094285,\n        \"createdAt\": 1603184094285,\n        \"lastReadAt\": 0,\n        \"lastSentAt\": 1603244275376\n      }\n    ],\n    \"mutedUsers\": [],\n    \"bannedUsers\": [],\n    \"bots\": [],\n    \"updatedAt\": 0,\n    \"createdAt\": 0,\n    \"unreadCount\": 0,\n    \"lastReadAt\": 0,\n    \"lastMessage\": {\n      \"id\": \"sdf2l5s9j\",\n      \"channelId\": \"YOUR_CHANNEL_ID\",\n      \"userId\": \"user123\",\n      \"username\": \"user123\",\n      \"profileImageUrl\": \"http://cdn.test.com/123.jpg\",\n      \"type\": \"text\",\n      \"text\": \"Hello world\",\n      \"translations\": {},\n      \"data\": {\n        \"customField\": \"customData\"\n      },\n      \"createdAt\": 1583921400\n    }\n  },\n  \"sender\": {\n    \"id\": \"user123\",\n    \"username\": \"user123\",\n    \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n    \"updatedAt\": 1583924400,\n    \"createdAt\": 1583921400\n  },\n  \"message\": {\n    \"id\": \"sdf2l5s9j\",\n    \"channelId\": \"YOUR_CHANNEL_ID\",\n    \"userId\": \"user123\",\n    \"username\": \"user123\",\n    \"profileImageUrl\": \"http://cdn.test.com/123.jpg\",\n    \"type\": \"text\",\n    \"text\": \"Hello world\",\n    \"translations\": {},\n    \"data\": {\n      \"customField\": \"customData\"\n    },\n    \"createdAt\": 1583921400\n  }\n}\n"
      }
    ],
    "message_deleted": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"message_deleted\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"channel\": {\n    \"id\": \"YOUR_CHANNEL_ID\",\n    \"name\": \"YOUR_CHANNEL_NAME\",\n    \"ownerId\": \"user123\",\n    \"type\": \"public\",\n    \"invitationCode\": \"\",\n    \"isFrozen\": false,\n    \"hideMessagesBeforeJoin\": false,\n    \"category\": \"\",\n    \"subcategory\": \"\",\n    \"memberCount\": 1,\n    \"maxMemberCount\": 100,\n    \"data\": {\n      \"someMetaKey1\": \"someMetaValue1\",\n      \"someMetaKey2\": \"someMetaValue2\"\n    },\n    \"members\": [\n      {\n        \"id\": \"user123\",\n        \"username\": \"user123\",\n        \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n        \"updatedAt\": 1603184094285,\n        \"createdAt\": 1603184094285,\n        \"lastReadAt\": 0,\n        \"lastSentAt\": 1603244275376\n      }\n    ],\n    \"mutedUsers\": [],\n    \"bannedUsers\": [],\n    \"bots\": [],\n    \"updatedAt\": 0,\n    \"createdAt\": 0,\n    \"unreadCount\": 0,\n    \"lastReadAt\": 0,\n    \"lastMessage\": {\n      \"id\": \"sdf2l5s9j\",\n      \"channelId\": \"YOUR_CHANNEL_ID\",\n      \"userId\": \"user123\",\n      \"username\": \"user123\",\n      \"profileImageUrl\": \"http://cdn.test.com/123.jpg\",\n      \"type\": \"text\",\n      \"text\": \"Hello world\",\n      \"translations\": {},\n      \"data\": {\n        \"customField\": \"customData\"\n      },\n      \"createdAt\": 1583921400\n    }\n  },\n  \"sender\": {\n    \"id\": \"user123\",\n    \"username\": \"user123\",\n    \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n    \"updatedAt\": 1583924400,\n    \"createdAt\": 1583921400\n  },\n  \"message\": {\n    \"id\": \"sdf2l5s9j\",\n    \"channelId\": \"YOUR_CHANNEL_ID\",\n    \"userId\": \"user123\",\n    \"username\": \"user123\",\n    \"profileImageUrl\": \"http://cdn.test.com/123.jpg\",\n    \"type\": \"text\",\n    \"text\": \"Hello world\",\n    \"translations\": {},\n    \"data\": {\n      \"customField\": \"customData\"\n    },\n    \"createdAt\": 1583921400\n  }\n}\n"
      }
    ],
    "reaction_added": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"reaction_added\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"channel\": {\n    \"id\": \"YOUR_CHANNEL_ID\",\n    \"name\": \"YOUR_CHANNEL_NAME\",\n    \"ownerId\": \"user123\",\n    \"type\": \"public\",\n    \"invitationCode\": \"\",\n    \"isFrozen\": false,\n    \"hideMessagesBeforeJoin\": false,\n    \"category\": \"\",\n    \"subcategory\": \"\",\n    \"memberCount\": 1,\n    \"maxMemberCount\": 100,\n    \"data\": {\n      \"someMetaKey1\": \"someMetaValue1\",\n      \"someMetaKey2\": \"someMetaValue2\"\n    },\n    \"members\": [\n      {\n        \"id\": \"user123\",\n        \"username\": \"user123\",\n        \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n        \"updatedAt\": 1603184094285,\n        \"createdAt\": 1603184094285,\n        \"lastReadAt\": 0,\n        \"lastSentAt\": 1603244275376\n      }\n    ],\n    \"mutedUsers\": [],\n    \"bannedUsers\": [],\n    \"bots\": [],\n    \"updatedAt\": 0,\n    \"createdAt\": 0,\n    \"unreadCount\": 0,\n    \"lastReadAt\": 0,\n    \"lastMessage\": {\n      \"id\": \"sdf2l5s9j\",\n      \"channelId\": \"YOUR_CHANNEL_ID\",\n      \"userId\": \"user123\",\n      \"username\": \"user123\",\n      \"profileImageUrl\": \"http://cdn.test.com/123.jpg\",\n      \"type\": \"text\",\n      \"text\": \"Hello world\",\n      \"translations\": {},\n      \"data\": {\n        \"customField\": \"customData\"\n      },\n      \"createdAt\": 1583921400\n    }\n  },\n  \"user\": {\n    \"id\": \"user123\",\n    \"username\": \"user123\",\n    \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n    \"updatedAt\": 1583924400,\n    \"createdAt\": 1583921400\n  },\n  \"message\": {\n    \"id\": \"sdf2l5s9j\",\n    \"channelId\": \"YOUR_CHANNEL_ID\",\n    \"userId\": \"user123\",\n    \"username\": \"user123\",\n    \"profileImageUrl\": \"http://cdn.test.com/123.jpg\",\n    \"type\": \"text\",\n    \"text\": \"Hello world\",\n    \"translations\": {},\n    \"data\": {\n      \"customField\": \"customData\"\n    },\n    \"reactions\": {\n      \"happy\": \"user123\"\n    },\n    \"createdAt\": 1583921400\n  },\n  \"reaction\": \"happy\"\n}\n"
      }
    ],
    "reaction_deleted": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"reaction_deleted\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"channel\": {\n    \"id\": \"YOUR_CHANNEL_ID\",\n    \"name\": \"YOUR_CHANNEL_NAME\",\n    \"ownerId\": \"user123\",\n    \"type\": \"public\",\n    \"invitationCode\": \"\",\n    \"isFrozen\": false,\n    \"hideMessagesBeforeJoin\": false,\n    \"category\": \"\",\n    \"subcategory\": \"\",\n    \"memberCount\": 1,\n    \"maxMemberCount\": 100,\n    \"data\": {\n      \"someMetaKey1\": \"someMetaValue1\",\n      \"someMetaKey2\": \"someMetaValue2\"\n    },\n    \"members\": [\n      {\n        \"id\": \"user123\",\n        \"username\": \"user123\",\n        \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n        \"updatedAt\": 1603184094285,\n        \"createdAt\": 1603184094285,\n        \"lastReadAt\": 0,\n        \"lastSentAt\": 1603244275376\n      }\n    ],\n    \"mutedUsers\": [],\n    \"bannedUsers\": [],\n    \"bots\": [],\n    \"updatedAt\": 0,\n    \"createdAt\": 0,\n    \"unreadCount\": 0,\n    \"lastReadAt\": 0,\n    \"lastMessage\": {\n      \"id\": \"sdf2l5s9j\",\n      \"channelId\": \"YOUR_CHANNEL_ID\",\n      \"userId\": \"user123\",\n      \"username\": \"user123\",\n      \"profileImageUrl\": \"http://cdn.test.com/123.jpg\",\n      \"type\": \"text\",\n      \"text\": \"Hello world\",\n      \"translations\": {},\n      \"data\": {\n        \"customField\": \"customData\"\n      },\n      \"createdAt\": 1583921400\n    }\n  },\n  \"user\": {\n    \"id\": \"user123\",\n    \"username\": \"user123\",\n    \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n    \"updatedAt\": 1583924400,\n    \"createdAt\": 1583921400\n  },\n  \"message\": {\n    \"id\": \"sdf2l5s9j\",\n    \"channelId\": \"YOUR_CHANNEL_ID\",\n    \"userId\": \"user123\",\n    \"username\": \"user123\",\n    \"profileImageUrl\": \"http://cdn.test.com/123.jpg\",\n    \"type\": \"text\",\n    \"text\": \"Hello world\",\n    \"translations\": {},\n    \"data\": {\n      \"customField\": \"customData\"\n    },\n    \"reactions\": {\n      \"happy\": \"user123\"\n    },\n    \"createdAt\": 1583921400\n  },\n  \"reaction\": \"sad\"\n}\n"
      }
    ],
    "user_blocked": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"user_blocked\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"user\": {\n    \"id\": \"user123\",\n    \"username\": \"user123\",\n    \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n    \"updatedAt\": 1583924400,\n    \"createdAt\": 1583921400\n  },\n  \"blockedUser\": {\n    \"id\": \"user456\",\n    \"username\": \"user456\",\n    \"profileImageUrl\": \"http://cnd.test.com/456.jpg\",\n    \"updatedAt\": 1583924400,\n    \"createdAt\": 1583921400\n  }\n}\n"
      }
    ],
    "user_unblocked": [
      {
        "name": "docs",
        "body": "{\n  \"event\": \"user_unblocked\",\n  \"appId\": \"YOUR_APP_ID\",\n  \"user\": {\n    \"id\": \"user123\",\n    \"username\": \"user123\",\n    \"profileImageUrl\": \"http://cnd.test.com/123.jpg\",\n    \"updatedAt\": 1583924400,\n    \"createdAt\": 1583921400\n  },\n  \"blockedUser\": {\n    \"id\": \"user456\",\n    \"username\": \"user456\",\n    \"profileImageUrl\": \"http://cnd.test.com/456.jpg\",\n    \"updatedAt\": 1583924400,\n    \"createdAt\": 1583921400\n  }\n}\n"
      }
    ]
  }
};
