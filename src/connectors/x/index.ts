import { defineConnector } from "@/core/connectors";
import { getUserPosts, searchRecent } from "./actions/listings";
import { createPost, deletePost, getPost } from "./actions/posts";
import { getMe, getUserByUsername } from "./actions/users";
import { xAuth } from "./auth";
import { newMention } from "./triggers";
import { TIMELINE_PAGINATION } from "./x-listing";

/** X API v2: post, delete, look up users and posts, search the last 7 days, and react to mentions. */
export const xConnector = defineConnector({
  id: "x",
  name: "X (Twitter)",
  icon: "twitter",
  categories: ["social media", "marketing"],
  description: "Publish and delete posts, look up accounts and posts, search recent posts, and start workflows on new mentions.",
  auth: xAuth,
  baseUrl: "https://api.x.com",
  // X limits each endpoint separately per 15-minute window, and by access tier (from a few requests to 900);
  // 300 per 15 minutes per connection is a conservative shared ceiling that X's per-endpoint 429s back up.
  rateLimit: { requests: 300, perMs: 15 * 60_000 },
  pagination: TIMELINE_PAGINATION,
  // A user lookup works with both kinds of connection; /2/users/me refuses app-only bearer tokens with a 403.
  // 2244994945 is @XDevelopers, X's own developer account (an id survives a rename).
  test: { method: "GET", path: "/2/users/2244994945" },
  actions: [createPost, deletePost, getPost, getMe, getUserByUsername, searchRecent, getUserPosts],
  triggers: [newMention],
});
