/**
 * The emulator's router: routes come from the operation table, precedence is OpenAPI's (a literal
 * segment beats a parameter, which beats a slash-keeping one) whatever the registration order, and
 * FastAPI's trailing-slash 307, 405 with Allow and HEAD-as-GET are kept.
 */
import { describe, expect, it } from "vitest";
import type { OperationDescriptor } from "../../src/generated/operations";
import { type Match, Router } from "../../src/testing/http/router";

const op = (
  operationId: string,
  method: OperationDescriptor["method"],
  path: string,
  keepSlashes: string[] = [],
): OperationDescriptor => ({
  operationId,
  method,
  path,
  pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => ({
    name: m[1]!,
    keepSlashes: keepSlashes.includes(m[1]!),
  })),
  query: [],
  body: "none",
  request: undefined,
  response: undefined,
  success: ["json"],
  events: undefined,
  auth: "required",
  retry: method === "GET" || method === "PUT" || method === "DELETE" ? "idempotent" : "not-acted-on",
  anyBody: false,
});

const TABLE = [
  op("getTask", "GET", "/tasks/{collection}/{task}"),
  op("updateTask", "PUT", "/tasks/{collection}/{task}"),
  op("searchTasks", "GET", "/tasks/{collection}/search"),
  op("listTasks", "GET", "/tasks/{collection}/"),
  op("downloadFile", "GET", "/file/{storage_path}", ["storage_path"]),
  op("getFileMeta", "GET", "/file/meta/{id}"),
  op("getHealth", "GET", "/health"),
];

/** A router over TABLE with every operation registered in `order`; handlers name their operation. */
function router(order: string[]): Router {
  // biome-ignore lint/suspicious/noExplicitAny: the test table's ids are not the generated union.
  const r = new Router(TABLE) as any;
  for (const id of order) r.on(id, () => id);
  return r;
}

const handled = (match: Match) => (match.kind === "route" ? [match.operationId, match.params] : match);

describe("emulator router", () => {
  it("prefers literal segments over parameters whatever the registration order", () => {
    const ids = TABLE.map((o) => o.operationId);
    for (const order of [ids, [...ids].reverse()]) {
      const r = router(order);
      expect(handled(r.match("GET", "/tasks/acme/search"))).toEqual(["searchTasks", { collection: "acme" }]);
      expect(handled(r.match("GET", "/tasks/acme/echo"))).toEqual([
        "getTask",
        { collection: "acme", task: "echo" },
      ]);
      // The method decides among routes matching the path: PUT on ".../search" updates a task called so.
      expect(handled(r.match("PUT", "/tasks/acme/search"))).toEqual([
        "updateTask",
        { collection: "acme", task: "search" },
      ]);
      expect(handled(r.match("GET", "/file/meta/7"))).toEqual(["getFileMeta", { id: "7" }]);
      expect(handled(r.match("GET", "/file/acme/t/0000/a%20b.txt"))).toEqual([
        "downloadFile",
        { storage_path: "acme/t/0000/a b.txt" },
      ]);
    }
  });

  it("answers like FastAPI: 307 to the other slash form, 405 with Allow, HEAD as GET", () => {
    const r = router(TABLE.map((o) => o.operationId));
    expect(r.match("GET", "/tasks/acme")).toEqual({ kind: "redirect", location: "/tasks/acme/" });
    expect(r.match("GET", "/health/")).toEqual({ kind: "redirect", location: "/health" });
    expect(r.match("DELETE", "/tasks/acme/echo")).toEqual({
      kind: "method-not-allowed",
      allow: expect.arrayContaining(["GET", "PUT"]),
    });
    expect(handled(r.match("HEAD", "/health"))).toEqual(["getHealth", {}]);
    expect(r.match("GET", "/nowhere")).toEqual({ kind: "not-found" });
    // An undecodable or empty parameter matches nothing.
    expect(r.match("GET", "/tasks/acme/%E0%A4%A")).toMatchObject({ kind: "not-found" });
  });

  it("takes auth from the descriptor and keeps off-spec routes explicit", () => {
    const r = new Router([{ ...TABLE[6]!, auth: "none" }]);
    // biome-ignore lint/suspicious/noExplicitAny: the test table's ids are not the generated union.
    (r as any).on("getHealth", () => "ok");
    expect(r.match("GET", "/health")).toMatchObject({ kind: "route", auth: "none" });
    expect(() => r.unlisted("GET", "/alias", () => 1, { auth: "required", why: " " })).toThrow(/why/i);
    r.unlisted("GET", "/alias", () => 1, { auth: "optional", why: "an alias for tests" });
    expect(r.match("GET", "/alias")).toMatchObject({
      kind: "route",
      auth: "optional",
      operationId: undefined,
    });
    expect(r.served).toEqual(new Set(["getHealth"]));
  });

  it("refuses an unknown operation and a route registered twice", () => {
    const r = router([]);
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong ids.
    const loose = r as any;
    expect(() => loose.on("noSuchOperation", () => 1)).toThrow(/noSuchOperation/);
    loose.on("getTask", () => 1);
    expect(() => loose.on("getTask", () => 1)).toThrow(/twice/);
    expect(() => r.unlisted("GET", "/tasks/{c}/{t}", () => 1, { auth: "required", why: "dup" })).toThrow(
      /twice/,
    );
  });
});
