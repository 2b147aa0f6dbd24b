// Messages between the extension's parts are objects with a `type`; this is the one check of it.
export function isMessageOf<T extends string>(m: unknown, type: T): m is { type: T } {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === type;
}
