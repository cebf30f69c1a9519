/** A feature's messages: English is the reference, Indonesian must have exactly its keys. */
export interface Messages<K extends string> {
  en: Record<K, string>;
  id: Record<K, string>;
}

export function defineMessages<const K extends string>(
  en: Record<K, string>,
  id: Record<K, string>,
): Messages<K> {
  return { en, id };
}

/** The keys of a feature's messages. */
export type KeysOf<M> = M extends Messages<infer K> ? K : never;
