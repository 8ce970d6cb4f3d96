import { addReaction } from "./add-reaction";
import { findUserByEmail } from "./find-user-by-email";
import { getChannelHistory } from "./get-channel-history";
import { listChannels } from "./list-channels";
import { sendMessage } from "./send-message";
import { updateMessage } from "./update-message";

export const slackActions = [sendMessage, updateMessage, listChannels, getChannelHistory, addReaction, findUserByEmail];
