/** PDF transformation matrices, as pdfjs prints them ([a, b, c, d, e, f]). */

export type Matrix = [number, number, number, number, number, number];

/** Product of two PDF matrices (pdfjs's Util.transform), kept here to need no pdfjs import. */
export function multiply(m1: Matrix, m2: readonly number[]): Matrix {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m2;
  return [
    m1[0] * a + m1[2] * b,
    m1[1] * a + m1[3] * b,
    m1[0] * c + m1[2] * d,
    m1[1] * c + m1[3] * d,
    m1[0] * e + m1[2] * f + m1[4],
    m1[1] * e + m1[3] * f + m1[5],
  ];
}
