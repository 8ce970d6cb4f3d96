import { describe, expect, it } from "vitest";
import { githubConnector } from "@/connectors/github";
import { describeConnector } from "@/core/connectors";
import { searchActions } from "./action-search";

const actions = describeConnector(githubConnector).actions;

describe("searchActions", () => {
  it("returns every action for an empty query", () => {
    expect(searchActions(actions, "  ")).toBe(actions);
  });

  it("matches every word in the name, id or description, name matches first", () => {
    expect(searchActions(actions, "Issue COMMENT").map((a) => a.id)).toEqual(["github.create_issue_comment"]);
    const labels = searchActions(actions, "label").map((a) => a.id);
    expect(labels.slice(0, 2)).toEqual(["github.add_labels", "github.create_label"]);
    // create_issue mentions labels only in its description.
    expect(labels).toContain("github.create_issue");
    expect(labels.indexOf("github.create_issue")).toBeGreaterThan(1);
  });

  it("finds nothing for a word no action has", () => {
    expect(searchActions(actions, "refund")).toEqual([]);
  });
});
