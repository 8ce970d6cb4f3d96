import { describe, expect, it } from "vitest";
import { ConnectorActionError } from "@/core/connectors";
import { graphqlConnector } from ".";

const [query] = graphqlConnector.actions;
const input = query!.input.parse({ url: "https://api.example.com/graphql", query: "query Q($n: Int) { items(first: $n) { id } }", variables: { n: 2 } });

describe("graphql.query", () => {
  it("posts the query and variables as JSON", () => {
    expect(query!.request!(input, { idempotencyKey: "run-1:step-1" })).toMatchObject({
      method: "POST",
      path: "https://api.example.com/graphql",
      body: { query: "query Q($n: Int) { items(first: $n) { id } }", variables: { n: 2 } },
    });
  });

  it("returns data, and turns an errors array into a clear error", () => {
    const ok = { status: 200, headers: {}, body: { data: { items: [{ id: "1" }] } } };
    expect(query!.response!(ok, input)).toEqual({ data: { items: [{ id: "1" }] } });
    const failed = { status: 200, headers: {}, body: { data: null, errors: [{ message: "Cannot query field \"nope\"", path: ["items", 0] }, { message: "Second" }] } };
    expect(() => query!.response!(failed, input)).toThrow(ConnectorActionError);
    expect(() => query!.response!(failed, input)).toThrow('The GraphQL API at api.example.com answered with 2 errors: Cannot query field "nope" (at items.0); Second. Check the query and its variables.');
    expect(() => query!.response!({ status: 200, headers: {}, body: "<html>" }, input)).toThrow(/without "data"/);
  });
});
