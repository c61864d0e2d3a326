import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { writeZip } from "../../src/testing/files/zip";

describe("the emulator's zip writer", () => {
  it("marks entries as made on Unix, so unzip keeps UTF-8 names", async () => {
    const zip = Buffer.concat(
      writeZip([{ name: "inputs/naïve résumé.txt", chunks: [Buffer.from("hello")] }]),
    );
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(central).toBeGreaterThan(0);
    expect(zip.readUInt16LE(central + 4)).toBe((3 << 8) | 20);
    expect((zip.readUInt32LE(central + 38) >>> 16) & 0o777).toBe(0o644);

    const dir = await mkdtemp(join(tmpdir(), "jetty-zip-"));
    try {
      await writeFile(join(dir, "a.zip"), zip);
      // unzip is part of the Debian base image used here; the byte checks above stand on their own.
      const listing = await promisify(execFile)("unzip", ["-l", join(dir, "a.zip")], {
        env: { ...process.env, LANG: "C.UTF-8" },
      }).then(
        (r) => r.stdout,
        () => undefined,
      );
      if (listing !== undefined) expect(listing).toContain("inputs/naïve résumé.txt");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
