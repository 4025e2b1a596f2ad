/**
 * Box geometry for layout checks. Plain functions: no browser, no test runner.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Overlap smaller than this (in CSS px) is rounding, not a layout fault. */
export const OVERLAP_TOLERANCE = 0.5;

/**
 * The extent of the overlap of two boxes along each axis (0 where they do not meet).
 */
export function overlapExtent(a: Box, b: Box): { x: number; y: number } {
  const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { x: Math.max(0, x), y: Math.max(0, y) };
}

/** True when the boxes overlap by more than `tolerance` px in both directions. */
export function boxesOverlap(a: Box, b: Box, tolerance: number = OVERLAP_TOLERANCE): boolean {
  const { x, y } = overlapExtent(a, b);
  return x > tolerance && y > tolerance;
}

/**
 * Every pair (i < j) of overlapping boxes, as index pairs.
 */
export function overlappingPairs(boxes: readonly Box[], tolerance: number = OVERLAP_TOLERANCE): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (boxesOverlap(boxes[i]!, boxes[j]!, tolerance)) pairs.push([i, j]);
    }
  }
  return pairs;
}

export function formatBox(b: Box): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return `[x ${r(b.x)}, y ${r(b.y)}, w ${r(b.width)}, h ${r(b.height)}]`;
}
