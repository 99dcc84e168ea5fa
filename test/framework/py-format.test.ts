import { describe, expect, it } from 'vitest';
import { pyExponential, pyFixed, pyFloatStr, pyRepr, pyThousands } from '../../src/framework/py-format';

// Expected strings are what CPython 3 prints, e.g.
// python3 -c "print([str(v) for v in (1.0, 1e-5)], '%.4f' % 0.51041, '%.4e' % 0.00012345, '{:,}'.format(61610))"
describe('framework/py-format: numbers as Python prints them', () => {
  it("str(float)", () => {
    const cases: [number, string][] = [
      [1, '1.0'],
      [0.0001, '0.0001'],
      [1e-5, '1e-05'],
      [-2.5e-7, '-2.5e-07'],
      [0.1, '0.1'],
      [123456789.125, '123456789.125'],
      [1e16, '1e+16'],
      [1e22, '1e+22'],
      [NaN, 'nan'],
      [-Infinity, '-inf'],
    ];
    for (const [v, s] of cases) expect(pyFloatStr(v)).toBe(s);
  });

  it("'%.Nf' and '%.Ne'", () => {
    expect(pyFixed(0.51041, 4)).toBe('0.5104');
    expect(pyFixed(2.30258, 4)).toBe('2.3026');
    expect(pyExponential(2.30258, 4)).toBe('2.3026e+00');
    expect(pyExponential(0.00012345, 4)).toBe('1.2345e-04');
    expect(pyExponential(0, 4)).toBe('0.0000e+00');
    expect(pyExponential(-0.0005, 4)).toBe('-5.0000e-04');
    expect(pyFixed(NaN, 4)).toBe('nan');
    expect(pyExponential(Infinity, 4)).toBe('inf');
  });

  it("'{:,}' and repr of lists, booleans and None", () => {
    expect(pyThousands(61610)).toBe('61,610');
    expect(pyThousands(1234567)).toBe('1,234,567');
    expect(pyRepr([1, [6, 28, 28]])).toBe('[1, [6, 28, 28]]');
    expect(pyRepr(true)).toBe('True');
    expect(pyRepr(false)).toBe('False');
    expect(pyRepr(null)).toBe('None');
  });
});
