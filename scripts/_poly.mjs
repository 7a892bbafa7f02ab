const targets = { Array, 'Array.prototype': Array.prototype, Object, 'Object.prototype': Object.prototype, JSON, Math, Promise, 'Promise.prototype': Promise.prototype, Map: Map, 'Map.prototype': Map.prototype, Set, 'Set.prototype': Set.prototype, WeakMap: WeakMap.prototype, 'Uint8Array': Uint8Array, 'Uint8Array.prototype': Uint8Array.prototype, 'TypedArray.prototype': Object.getPrototypeOf(Uint8Array.prototype), ArrayBuffer: ArrayBuffer.prototype, URL, String: String.prototype, RegExp: RegExp.prototype, Function: Function.prototype, globalThis };
const snap = () => Object.fromEntries(Object.entries(targets).map(([k, t]) => [k, Object.fromEntries(Reflect.ownKeys(t).map((p) => [String(p), Object.getOwnPropertyDescriptor(t, p)]))]));
const before = snap();
const { default: CSSMatrix } = await import('@thednp/dommatrix');
globalThis.DOMMatrix = CSSMatrix;
await import('pdfjs-dist/legacy/build/pdf.mjs');
const after = snap();
for (const k of Object.keys(targets)) for (const p of Object.keys(after[k])) {
  const a = before[k][p], b = after[k][p];
  if (!a) console.log('added', k, p);
  else if (a.value !== b.value || a.get !== b.get) console.log('REPLACED', k, p);
}
