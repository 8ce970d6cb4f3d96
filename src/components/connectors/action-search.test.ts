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
    // "Create label" is shorter than "Add labels to issue".
    expect(labels.slice(0, 2)).toEqual(["github.create_label", "github.add_labels"]);
    // create_issue mentions labels only in its description.
    expect(labels).toContain("github.create_issue");
    expect(labels.indexOf("github.create_issue")).toBeGreaterThan(1);
  });

  it("puts the phrase in a name first, then shorter names", () => {
    const imported = [
      { id: "acme.orgs_create-issue-field", name: "Create issue field for an organization", description: "" },
      { id: "acme.issues_create", name: "Create an issue", description: "" },
      { id: "acme.issues_create-comment", name: "Create an issue comment", description: "" },
      { id: "acme.repos_list", name: "List repositories", description: "Create issue links" },
    ];
    expect(searchActions(imported, "create issue").map((a) => a.id)).toEqual([
      "acme.orgs_create-issue-field",
      "acme.issues_create",
      "acme.issues_create-comment",
      "acme.repos_list",
    ]);
    expect(searchActions(imported, "issues create").map((a) => a.id).slice(0, 2)).toEqual(["acme.issues_create", "acme.issues_create-comment"]);
  });

  it("finds nothing for a word no action has", () => {
    expect(searchActions(actions, "refund")).toEqual([]);
  });
});
