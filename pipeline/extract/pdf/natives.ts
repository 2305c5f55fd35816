/**
 * pdfjs-dist's legacy build (the one made for Node) carries core-js
 * polyfills that replace built-ins the engine already has, for the whole
 * process: pdfjs 5 replaced `Array.prototype.push`, `JSON.stringify`,
 * `JSON.parse` and `Function.prototype.toString`; 6.x on Node 22 and 24
 * still replaces `Function.prototype.toString` (and `Set.prototype.union` on
 * 22, `Promise.try` on 24). The replacements are slower (our own
 * `JSON.stringify` of every output measured 7-8x slower after a PDF with
 * pdfjs 5), and the modern build runs on the native ones. `keepNatives` runs a load and
 * puts back every built-in it replaced, keeping only what it added (methods
 * this Node lacks, such as `Promise.withResolvers`, which pdfjs needs).
 */

/** The objects whose own properties the polyfills touch (and their neighbours, in case a later version does). */
function builtInOwners(): object[] {
  return [
    Array,
    Array.prototype,
    ArrayBuffer.prototype,
    Function.prototype,
    JSON,
    Map.prototype,
    Math,
    Number,
    Object,
    Object.prototype,
    Promise,
    Reflect,
    Set.prototype,
    String.prototype,
    Uint8Array,
    Uint8Array.prototype,
    WeakMap.prototype,
  ];
}

type Snapshot = Array<{ owner: object; key: PropertyKey; descriptor: PropertyDescriptor }>;

function snapshot(owners: readonly object[]): Snapshot {
  return owners.flatMap((owner) =>
    Reflect.ownKeys(owner).flatMap((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(owner, key);
      return descriptor ? [{ owner, key, descriptor }] : [];
    }),
  );
}

function replaced(before: PropertyDescriptor, now: PropertyDescriptor | undefined): boolean {
  if (!now) return true;
  return now.value !== before.value || now.get !== before.get || now.set !== before.set;
}

/** Runs `load`, then restores each built-in it replaced. Returns the names put back. */
export async function keepNatives<T>(
  load: () => Promise<T>,
): Promise<{ value: T; restored: string[] }> {
  const before = snapshot(builtInOwners());
  try {
    return { value: await load(), restored: restore(before) };
  } catch (error) {
    restore(before);
    throw error;
  }
}

function restore(before: Snapshot): string[] {
  const restored: string[] = [];
  for (const { owner, key, descriptor } of before) {
    if (!replaced(descriptor, Object.getOwnPropertyDescriptor(owner, key))) continue;
    Object.defineProperty(owner, key, descriptor);
    restored.push(String(key));
  }
  return restored;
}
