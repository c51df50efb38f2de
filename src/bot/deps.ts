// Deps and Clock live at src/deps.ts (jobs and services use them too); the bot imports them from here.
export { systemClock, type Clock, type Deps } from "../deps.ts";
