/** A tiny, valid PNG (8×8, one colour derived from a seed) that image-generation stand-ins store. */
import { deflateSync } from "node:zlib";
import { crc32 } from "./crc32";

const SIZE = 8;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An 8×8 RGB PNG whose colour is a function of `seed`, so the same prompt gives the same image. */
export function tinyPng(seed: number): Buffer {
  const rgb = [(seed >>> 16) & 0xff, (seed >>> 8) & 0xff, seed & 0xff];
  const row = Buffer.alloc(1 + SIZE * 3); // filter byte 0, then pixels
  for (let x = 0; x < SIZE; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: SIZE }, () => row));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32([head.subarray(4), data]), 0);
  return Buffer.concat([head, data, crc]);
}
