/**
 * A minimal zip writer: STORE method (no compression), CRC-32, UTF-8 names, no zip64. Enough for the
 * trajectory download, whose archives are small; the result opens with `unzip` and every zip library.
 */
import { crc32 } from "./crc32";

/** One archive member. */
export interface ZipEntry {
  readonly name: string;
  readonly chunks: readonly Buffer[];
  readonly modified?: Date;
}

const UTF8_FLAG = 0x0800;

/** The archive as a list of buffers (send them in order; their total length is the archive size). */
export function writeZip(entries: readonly ZipEntry[]): Buffer[] {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const size = entry.chunks.reduce((n, c) => n + c.length, 0);
    const crc = crc32(entry.chunks);
    const { time, date } = dosDateTime(entry.modified ?? new Date());

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(0, 8); // method: store
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(size, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    out.push(local, name, ...entry.chunks);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    // Made by Unix (3): with MS-DOS (0), Info-ZIP reads names in a DOS code page despite the UTF-8 flag.
    header.writeUInt16LE((3 << 8) | 20, 4); // version made by
    header.writeUInt16LE(20, 6); // version needed
    header.writeUInt16LE(UTF8_FLAG, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(size, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk start, internal attrs: zero; external attrs: a 0644 file.
    header.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + name.length + size;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return [...out, ...central, end];
}

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
