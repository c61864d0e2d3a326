/**
 * Storage paths and file ids are distinct branded strings: the platform silently drops a `file-…` id
 * given where a storage path belongs, so the mix-up must not compile. `tsc --noEmit` type-checks this
 * file, and every `@ts-expect-error` below fails CI the day the line it guards starts compiling.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { resolveConfig } from "../../src/core/config";
import { InvalidInputError } from "../../src/core/errors";
import { Transport } from "../../src/core/transport";
import {
  asFileId,
  asStoragePath,
  type FileId,
  isFileId,
  isStoragePath,
  type StoragePath,
} from "../../src/helpers/storage-path";
import { Files } from "../../src/resources/files";

// Nothing listens here: every call below is refused before a request could be sent.
const config = resolveConfig(
  { token: "mlc_brandtest0000000000000000000000", baseURL: "http://127.0.0.1:9" },
  {},
);
const files = new Files({ transport: new Transport(config), config });

const storagePath = asStoragePath("acme/_sandbox_uploads/1a2b/report.pdf");
const fileId = asFileId("file-abc123");

function attach(_path: StoragePath): void {}
function attachId(_id: FileId): void {}

describe("compile time", () => {
  it("the brands are distinct, and neither is a plain string", () => {
    expectTypeOf<FileId>().not.toExtend<StoragePath>();
    expectTypeOf<StoragePath>().not.toExtend<FileId>();
    expectTypeOf<string>().not.toExtend<StoragePath>();
    expectTypeOf<string>().not.toExtend<FileId>();
    // Both still are strings wherever a string is enough.
    expectTypeOf<StoragePath>().toExtend<string>();
    expectTypeOf<FileId>().toExtend<string>();
    expectTypeOf(asStoragePath).returns.toEqualTypeOf<StoragePath>();
    expectTypeOf(asFileId).returns.toEqualTypeOf<FileId>();
  });

  it("a FileId where a StoragePath is expected does not compile", () => {
    // @ts-expect-error a FileId is not a StoragePath
    const wrong: StoragePath = fileId;
    // @ts-expect-error a StoragePath is not a FileId
    const alsoWrong: FileId = storagePath;
    // @ts-expect-error a plain string must be checked with asStoragePath first
    const unchecked: StoragePath = "acme/a.txt";
    // @ts-expect-error
    attach(fileId);
    // @ts-expect-error
    attachId(storagePath);
    expect([wrong, alsoWrong, unchecked]).toHaveLength(3);
  });

  it("asStoragePath and files.download refuse a FileId (and a file-… literal) at compile time", async () => {
    // @ts-expect-error a FileId is not a storage path
    expect(() => asStoragePath(fileId)).toThrow(InvalidInputError);
    // @ts-expect-error a literal file id is caught too
    expect(() => asStoragePath("file-abc123")).toThrow(InvalidInputError);
    // @ts-expect-error a FileId is not a storage path
    await expect(files.download(fileId)).rejects.toThrow(InvalidInputError);
    // @ts-expect-error a literal file id is caught too
    await expect(files.download("file-abc123")).rejects.toThrow(InvalidInputError);
  });

  it("storage paths, plain strings and a collection named file-… are accepted", () => {
    const plain: string = "acme/a.txt";
    const fromCollectionNamedFile = asStoragePath("file-processing/t/0000/a.txt");
    expectTypeOf(files.download).toBeCallableWith(storagePath);
    expectTypeOf(files.download).toBeCallableWith(plain);
    expectTypeOf(files.download).toBeCallableWith("acme/a.txt");
    expectTypeOf(files.download).toBeCallableWith("file-processing/t/0000/a.txt");
    attach(storagePath);
    attach(fromCollectionNamedFile);
    attachId(fileId);
    const asString: string = storagePath;
    expect(asString).toBe("acme/_sandbox_uploads/1a2b/report.pdf");
  });
});

describe("run time (for untyped callers)", () => {
  const untyped = (value: unknown) => value as string;

  it.each([
    ["file-abc123", "is a file id"],
    ["", "must not be empty"],
    ["   ", "must not be empty"],
    ["/acme/a.txt", "is absolute"],
    ["\\acme\\a.txt", "is absolute"],
    ["C:\\acme\\a.txt", "is absolute"],
    ["acme/../b.txt", '".." segment'],
    ["acme/x/..", '".." segment'],
    ["acme/./b.txt", '"." or ".."'],
    ["acme/a\u0000.txt", "NUL"],
  ])("asStoragePath(%j) throws InvalidInputError (param storagePath)", (value, message) => {
    const error = (() => {
      try {
        asStoragePath(untyped(value));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).param).toBe("storagePath");
    expect((error as Error).message).toContain(message.replace('".." segment', '"."'));
    expect(isStoragePath(value)).toBe(false);
  });

  it("asStoragePath refuses non-strings", () => {
    expect(() => asStoragePath(untyped(42))).toThrow(InvalidInputError);
    expect(() => asStoragePath(untyped(null))).toThrow(InvalidInputError);
  });

  it("files.download refuses a file id before sending", async () => {
    await expect(files.download(untyped("file-abc123"))).rejects.toThrow(/file id, not a storage path/);
  });

  it("asFileId requires file- plus one segment", () => {
    expect(asFileId("file-abc123")).toBe("file-abc123");
    for (const bad of ["abc123", "acme/a.txt", "file-processing/t/0000/a.txt", "file-", "", "FILE-x"]) {
      expect(() => asFileId(bad), bad).toThrow(InvalidInputError);
    }
    try {
      asFileId("acme/a.txt");
    } catch (error) {
      expect((error as InvalidInputError).param).toBe("fileId");
      expect((error as Error).message).toContain("looks like a storage path");
    }
  });

  it("guards narrow and tell the two apart", () => {
    const value: unknown = "file-xyz";
    if (isFileId(value)) expectTypeOf(value).toEqualTypeOf<FileId>();
    if (isStoragePath(value)) expectTypeOf(value).toEqualTypeOf<StoragePath>();
    expect(isFileId("file-xyz")).toBe(true);
    expect(isStoragePath("file-xyz")).toBe(false);
    expect(isFileId("file-processing/t/0000/a.txt")).toBe(false);
    expect(isStoragePath("file-processing/t/0000/a.txt")).toBe(true);
    expect(isFileId(42)).toBe(false);
    expect(isStoragePath(null)).toBe(false);
  });
});
