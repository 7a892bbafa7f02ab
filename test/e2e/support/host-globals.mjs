// Run as a child by test/library.test.ts: what parseReport leaves changed in a library user's
// process after reading a PDF, a .docx and a .doc. Prints a JSON object of what was added,
// removed or replaced on the global object and on every built-in and its prototype.
import { readFileSync } from 'node:fs';

const [lib, ...files] = process.argv.slice(2);
const watched = () =>
  Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Z]/.test(name) || ['JSON', 'Math', 'Reflect', 'Atomics', 'console'].includes(name));
const values = (target) => new Map(Reflect.ownKeys(target).map((key) => [key, Object.getOwnPropertyDescriptor(target, key)]));
const snapshot = () => {
  const taken = new Map([['globalThis', values(globalThis)]]);
  for (const name of watched()) {
    const value = globalThis[name];
    if ((typeof value !== 'function' && typeof value !== 'object') || value === null) continue;
    taken.set(name, values(value));
    if (typeof value === 'function' && value.prototype) taken.set(`${name}.prototype`, values(value.prototype));
  }
  return taken;
};
const same = (a, b) => Object.is(a.value, b.value) && a.get === b.get && a.set === b.set;
const before = snapshot();
const { parseReport } = await import(lib);
for (const file of files) await parseReport(readFileSync(file), { path: file });
const after = snapshot();
const changes = [];
for (const [target, props] of after) {
  const was = before.get(target);
  if (!was) {
    changes.push(`+${target}`);
    continue;
  }
  for (const [key, descriptor] of props) {
    const name = `${target}.${String(key)}`;
    if (!was.has(key)) changes.push(`+${name}`);
    else if (!same(was.get(key), descriptor) && target !== 'globalThis') changes.push(`~${name}`);
  }
  for (const key of was.keys()) if (!props.has(key)) changes.push(`-${target}.${String(key)}`);
}
process.stdout.write(JSON.stringify(changes.filter((c) => !c.includes('Symbol(')).sort()));
