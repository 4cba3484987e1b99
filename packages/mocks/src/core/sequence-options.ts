export interface SequenceOptions {
  /** Same seed, same series. */
  seed?: number | string;
  /** How many messages the series holds, where the vendor has messages. Default 3. */
  messages?: number;
}
