// Helpers for the 'coords', 'boxes' and 'mask' inputs of geometric transforms.
import type { Boxes, Coords } from './base-transform';

/** Maps every point through `(x, y) → [x', y']`. */
export function mapCoords(coords: Coords, fn: (x: number, y: number) => [number, number]): Coords {
  return coords.map(([x, y]) => fn(x, y));
}

/** Maps the 4 corners of each box and returns their bounding boxes, as Paddle's `_apply_boxes` example does. */
export function mapBoxes(boxes: Boxes, fn: (x: number, y: number) => [number, number]): Boxes {
  return boxes.map(([x1, y1, x2, y2]) => {
    const pts = [fn(x1, y1), fn(x2, y1), fn(x1, y2), fn(x2, y2)];
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  });
}
