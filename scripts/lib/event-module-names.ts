import type { CatalogEvent } from './load-catalog.ts';

/** Names under which generated code exposes one event, shared by every generator that emits per-event modules. */
export function eventModuleNames(event: CatalogEvent) {
  return {
    /** File and subpath name: the event name with ':' (not allowed in Windows file names) as '.'. */
    slug: event.name.replaceAll(':', '.'),
    /** `sendbirdOpenChannelCreateEvent`: the camelCase of the type name. */
    camel: event.typeName[0]!.toLowerCase() + event.typeName.slice(1),
  };
}
