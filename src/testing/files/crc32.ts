/** CRC-32 (IEEE 802.3), needed by both the zip writer and the PNG encoder. */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of several buffers as if they were one, without joining them. */
export function crc32(chunks: readonly Buffer[], seed = 0): number {
  let crc = (seed ^ 0xffffffff) >>> 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) crc = TABLE[(crc ^ chunk[i]!) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
