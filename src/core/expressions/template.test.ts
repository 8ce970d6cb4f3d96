import { describe, expect, it } from "vitest";
import { ExpressionError } from "./expression-error";
import { TemplateRenderError, collectTemplateStrings, renderTemplates } from "./render-templates";
import { compileTemplate, containsTemplate, renderTemplate } from "./template";

const scope = { trigger: { body: { name: "Ada", tags: ["x", "y"], count: 3, nested: { ok: true } } } };

describe("renderTemplate", () => {
  it("replaces each placeholder with its value as text", async () => {
    expect(await renderTemplate("Hello {{ trigger.body.name }}, you have {{ trigger.body.count }} items", scope)).toBe("Hello Ada, you have 3 items");
  });

  it("writes objects and arrays as JSON and no match as nothing", async () => {
    expect(await renderTemplate("tags={{ trigger.body.tags }} nested={{ trigger.body.nested }} missing=[{{ trigger.nope }}]", scope)).toBe(
      'tags=["x","y"] nested={"ok":true} missing=[]',
    );
  });

  it("leaves braces inside JSONata object literals and strings alone", async () => {
    expect(await renderTemplate('{{ {"a": {"b": trigger.body.name}} }} and {{ "}}" }}', scope)).toBe('{"a":{"b":"Ada"}} and }}');
  });

  it("reports an unclosed placeholder and a syntax error with positions in the template", () => {
    expect(() => compileTemplate("Hi {{ trigger.body.name")).toThrow(/opens "\{\{" at position 4 but never closes it/);
    try {
      compileTemplate("Hi {{ trigger.( }}");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ExpressionError);
      expect((error as ExpressionError).kind).toBe("syntax");
      expect((error as ExpressionError).position).toBeGreaterThan(6);
    }
  });

  it("tells template strings apart", () => {
    expect(containsTemplate("{{ a }}")).toBe(true);
    expect(containsTemplate("plain { text }")).toBe(false);
  });
});

describe("renderTemplates", () => {
  it("renders every string in a JSON value and returns raw values for sole placeholders", async () => {
    const rendered = await renderTemplates(
      {
        url: "https://x.test/users/{{ trigger.body.name }}",
        tags: "{{ trigger.body.tags }}",
        count: " {{ trigger.body.count }} ",
        flags: ["{{ trigger.body.nested.ok }}", 1, null, false],
        missing: "{{ trigger.nope }}",
        "{{ not.rendered }}": "keys stay",
      },
      scope,
    );
    expect(rendered).toEqual({
      url: "https://x.test/users/Ada",
      tags: ["x", "y"],
      count: 3,
      flags: [true, 1, null, false],
      missing: null,
      "{{ not.rendered }}": "keys stay",
    });
  });

  it("says which string failed", async () => {
    const error = await renderTemplates({ headers: { "x-id": "{{ $error('boom') }}" } }, scope).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TemplateRenderError);
    expect((error as TemplateRenderError).path).toBe('headers["x-id"]');
    expect((error as TemplateRenderError).failure.kind).toBe("evaluation");
  });

  it("applies the expression limits to every placeholder", async () => {
    const error = await renderTemplates({ big: "{{ [1..1000] }}" }, scope, { maxOutputBytes: 100 }).catch((caught: unknown) => caught);
    expect((error as TemplateRenderError).failure.kind).toBe("size");
  });

  it("lists template strings with their paths", () => {
    expect(collectTemplateStrings({ a: "x", b: ["{{ 1 }}", { c: "y {{ 2 }}" }] }, "input")).toEqual([
      { path: "input.b[0]", template: "{{ 1 }}" },
      { path: "input.b[1].c", template: "y {{ 2 }}" },
    ]);
  });
});
