import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Cifar10, Cifar100 } from '../../../src/vision/datasets';

// CIFAR archives re-pickled by Python 3 (pickle.dump of the dict Paddle's reader loads with
// encoding='bytes'): the keys are bytes objects (b'data', b'labels', b'fine_labels',
// b'coarse_labels'), written as _codecs.encode calls in protocol 2 and as BINBYTES in protocol 4.
// Built here by Debian's Python with numpy, as the committed fixtures are (make_datasets.py).
const SCRIPT = String.raw`
import io, json, pickle, sys, tarfile
import numpy as np
out, protocol = sys.argv[1], int(sys.argv[2])
rng = np.random.RandomState(protocol)
def targz(path, entries):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode='w:gz') as tar:
        for name, data in entries:
            info = tarfile.TarInfo(name); info.size = len(data); tar.addfile(info, io.BytesIO(data))
    open(path, 'wb').write(raw.getvalue())
expected = {}
entries, exp = [], []
for name in ['data_batch_1', 'data_batch_2', 'test_batch']:
    data = rng.randint(0, 256, size=(2, 3072)).astype(np.uint8)
    labels = rng.randint(0, 10, size=2).tolist()
    batch = {b'batch_label': b'batch', b'labels': labels, b'data': data, b'filenames': [b'a.png', b'b.png']}
    entries.append(('cifar-10-batches-py/' + name, pickle.dumps(batch, protocol=protocol)))
    if name != 'test_batch':
        exp += [[l, row.reshape(3, 32, 32).transpose(1, 2, 0).ravel().tolist()] for l, row in zip(labels, data)]
targz(out + '/cifar-10-python.tar.gz', entries)
expected['cifar10'] = exp
data = rng.randint(0, 256, size=(3, 3072)).astype(np.uint8)
fine = rng.randint(0, 100, size=3).tolist()
batch = {b'data': data, b'fine_labels': fine, b'coarse_labels': [f // 5 for f in fine], b'filenames': [b'x'] * 3}
targz(out + '/cifar-100-python.tar.gz', [('cifar-100-python/test', pickle.dumps(batch, protocol=protocol))])
expected['cifar100'] = [[l, row.reshape(3, 32, 32).transpose(1, 2, 0).ravel().tolist()] for l, row in zip(fine, data)]
json.dump(expected, open(out + '/expected.json', 'w'))
`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('Cifar10 / Cifar100 on archives re-pickled by Python 3 (bytes keys)', () => {
  for (const protocol of [2, 4]) {
    it(`reads pickle protocol ${protocol}`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'cifar-py3-'));
      dirs.push(dir);
      execFileSync('/usr/bin/python3', ['-c', SCRIPT, dir, String(protocol)]);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, [number, number[]][]>;
      const c10 = new Cifar10({ dataFile: join(dir, 'cifar-10-python.tar.gz'), mode: 'train', download: false });
      expect(c10.len()).toBe(4);
      expected.cifar10.forEach(([label, pixels], i) => {
        const [img, l] = c10.getItem(i);
        expect(l).toBe(label);
        expect(Array.from(img.data)).toEqual(pixels);
      });
      const c100 = new Cifar100(join(dir, 'cifar-100-python.tar.gz'), 'test', null, false);
      expect(c100.len()).toBe(3);
      expected.cifar100.forEach(([label, pixels], i) => {
        const [img, l] = c100.getItem(i);
        expect(l).toBe(label);
        expect(Array.from(img.data)).toEqual(pixels);
      });
    });
  }
});
