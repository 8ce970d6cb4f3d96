import type { z, ZodType } from "zod";
import type { PaginationStyleInput } from "@/core/http/pagination-style";
import type { ActionContext, ActionRunTools, CollectedPages, ConnectorRequest, ConnectorResponse } from "./connector-request";

export const ACTION_ID_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

interface ActionBase<I extends ZodType, O extends ZodType> {
  /** Unique within the connector; the workflow names it `<connector>.<id>`. */
  id: string;
  name: string;
  description: string;
  /** Describe each field with `.meta({ description, examples })`: the form shows both. */
  input: I;
  /** The step's output is parsed with it: an answer of another shape fails the step with a clear message. */
  output: O;
  /**
   * The action lists: a request action then walks the pages (up to the input's `maxPages`, default 10) and its
   * `response` / output see `{ items, pages, hasMore }` (CollectedPages) instead of one answer. `true` uses the
   * connector's pagination style.
   */
  pagination?: PaginationStyleInput | true;
}

/** Declarative: the input becomes one request; `response` shapes the answer (its body by default). */
export interface RequestAction<I extends ZodType = ZodType, O extends ZodType = ZodType> extends ActionBase<I, O> {
  // Method syntax keeps these assignable to the catalog's ActionDefinition (parameters are bivariant).
  request(input: z.output<I>, context: ActionContext): ConnectorRequest;
  response?(response: ConnectorResponse, input: z.output<I>): unknown;
  /** With `pagination`: shapes the gathered pages (`{ items, pages, hasMore }` by default). */
  pages?(collected: CollectedPages, input: z.output<I>): unknown;
  run?: undefined;
}

/** Custom logic: any number of requests through `tools`, for what one request cannot do. */
export interface RunAction<I extends ZodType = ZodType, O extends ZodType = ZodType> extends ActionBase<I, O> {
  run(input: z.output<I>, tools: ActionRunTools): Promise<unknown>;
  request?: undefined;
  response?: undefined;
  pages?: undefined;
}

export type ActionDefinition<I extends ZodType = ZodType, O extends ZodType = ZodType> = RequestAction<I, O> | RunAction<I, O>;

/** Declares one connector action; checks what a type cannot (the id's form, a request builder or a run function). */
export function defineAction<I extends ZodType, O extends ZodType>(action: ActionDefinition<I, O>): ActionDefinition<I, O> {
  const { id } = action;
  if (!ACTION_ID_PATTERN.test(id)) throw new Error(`Action id "${id}" must be letters, digits, '_' or '-' (at most 64).`);
  if (typeof action.request !== "function" && typeof action.run !== "function") throw new Error(`Action "${id}" needs a request builder or a run function.`);
  return Object.freeze(action);
}
