#!/usr/bin/env node
// The registry mirror here serves only the linux-x64 builds of platform-specific optional
// packages (rollup), so `npm install` leaves them out of package-lock.json and `npm ci` then
// refuses the lock ("Missing: @rollup/rollup-darwin-arm64 from lock file"). This adds a lock
// entry (version, os, cpu, libc, optional) for each missing one; npm skips them on other
// platforms and fetches them where they apply. Usage: node scripts/fix-lock-optional.mjs package-lock.json
import { readFileSync, writeFileSync } from 'node:fs';
const file = process.argv[2];
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pk = lock.packages;
let added = 0;
for (const [path, node] of Object.entries(pk)) {
  if (!node.optionalDependencies) continue;
  for (const [name, version] of Object.entries(node.optionalDependencies)) {
    const key = `node_modules/${name}`;
    if (pk[key] || pk[`${path}/node_modules/${name}`]) continue;
    const m = /^@rollup\/rollup-([a-z0-9]+)-(.+)$/.exec(name);
    if (!m) { console.error('unknown missing optional', name); continue; }
    const [, os, rest] = m;
    const [cpu, abi] = rest.split('-');
    const entry = { version, cpu: [cpu], dev: true, license: 'MIT', optional: true, os: [os] };
    if (abi === 'musl' || abi === 'musleabihf') entry.libc = ['musl'];
    if (abi === 'gnu' || abi === 'gnueabihf') entry.libc = ['glibc'];
    pk[key] = entry;
    added++;
  }
}
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
