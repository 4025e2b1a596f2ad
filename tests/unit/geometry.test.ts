/**
 * The box-overlap function used by the browser layout tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boxesOverlap, overlapExtent, overlappingPairs } from '../support/geometry.ts';

test('boxes apart, touching, or within the 0.5 px tolerance do not overlap', () => {
  const a = { x: 0, y: 0, width: 100, height: 50 };
  assert.equal(boxesOverlap(a, { x: 200, y: 0, width: 10, height: 10 }), false);
  assert.equal(boxesOverlap(a, { x: 100, y: 0, width: 10, height: 10 }), false, 'touching edges');
  assert.equal(boxesOverlap(a, { x: 0, y: 49.6, width: 100, height: 20 }), false, '0.4 px vertical overlap');
  assert.equal(boxesOverlap(a, { x: 99.5, y: 0, width: 20, height: 20 }), false, 'exactly 0.5 px');
  assert.equal(boxesOverlap(a, { x: 0, y: 60, width: 100, height: 20 }), false, 'stacked with a gap');
});

test('boxes overlapping by more than 0.5 px in both directions overlap', () => {
  const a = { x: 0, y: 0, width: 100, height: 50 };
  assert.equal(boxesOverlap(a, { x: 99, y: 49, width: 10, height: 10 }), true, 'corner by 1 px');
  assert.equal(boxesOverlap(a, { x: 10, y: 10, width: 5, height: 5 }), true, 'contained');
  assert.equal(boxesOverlap({ x: 10, y: 10, width: 5, height: 5 }, a), true, 'containing');
  assert.equal(boxesOverlap(a, { x: -10, y: 20, width: 200, height: 1 }), true, 'crossing');
  assert.deepEqual(overlapExtent(a, { x: 90, y: 40, width: 20, height: 20 }), { x: 10, y: 10 });
});

test('overlappingPairs reports each overlapping pair once', () => {
  const boxes = [
    { x: 0, y: 0, width: 10, height: 10 },
    { x: 5, y: 5, width: 10, height: 10 },
    { x: 100, y: 100, width: 10, height: 10 },
    { x: 0, y: 9, width: 10, height: 10 },
  ];
  assert.deepEqual(overlappingPairs(boxes), [[0, 1], [0, 3], [1, 3]]);
  assert.deepEqual(overlappingPairs([]), []);
});
