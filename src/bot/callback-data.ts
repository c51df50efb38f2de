// The codec lives in lib/ (messages, features and jobs share it); features import it from here.
export * from "../lib/callback-data.ts";
