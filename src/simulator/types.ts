// Telegram Bot API object shapes used by the simulator. Only the fields the simulator
// produces are listed; they follow https://core.telegram.org/bots/api names exactly.

export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface TgBotUser extends TgUser {
  can_join_groups?: boolean;
  can_read_all_group_messages?: boolean;
  supports_inline_queries?: boolean;
  can_connect_to_business?: boolean;
  has_main_web_app?: boolean;
}

export interface TgChat {
  id: number;
  type: "private";
  first_name: string;
  username?: string;
}

export interface TgEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
}

export interface TgPhotoSize {
  file_id: string;
  file_unique_id: string;
  width: number;
  height: number;
  file_size?: number;
}

export interface TgFileMeta {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  file_size?: number;
}

export interface TgContact {
  phone_number: string;
  first_name: string;
  last_name?: string;
  user_id?: number;
}

export interface TgLocation {
  latitude: number;
  longitude: number;
}

export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
  [other: string]: unknown;
}

export interface InlineKeyboardMarkup {
  inline_keyboard: InlineButton[][];
}

export interface ReplyButton {
  text: string;
  request_contact?: boolean;
  request_location?: boolean;
  [other: string]: unknown;
}

export interface ReplyKeyboardState {
  keyboard: ReplyButton[][];
  resize_keyboard?: boolean;
  one_time_keyboard?: boolean;
  is_persistent?: boolean;
  input_field_placeholder?: string;
}

export type MediaKind = "photo" | "document" | "video" | "audio" | "voice" | "animation";

/** What a message says, as the Bot API and the simulator page both show it. */
export interface TgMessageBody {
  message_id: number;
  date: number;
  edit_date?: number;
  text?: string;
  entities?: TgEntity[];
  caption?: string;
  caption_entities?: TgEntity[];
  contact?: TgContact;
  location?: TgLocation;
}

export interface TgMessage extends TgMessageBody {
  from: TgUser;
  chat: TgChat;
  photo?: TgPhotoSize[];
  document?: TgFileMeta;
  video?: TgFileMeta;
  audio?: TgFileMeta;
  voice?: TgFileMeta;
  animation?: TgFileMeta;
  reply_to_message?: TgMessage;
  reply_markup?: InlineKeyboardMarkup;
  forward_origin?: { type: "user"; sender_user: TgUser; date: number };
  forward_from?: TgUser;
  forward_date?: number;
}

export interface TgCallbackQuery {
  id: string;
  from: TgUser;
  message: TgMessage;
  chat_instance: string;
  data?: string;
}

export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  callback_query?: TgCallbackQuery;
}

export type UpdatePayload = Omit<TgUpdate, "update_id">;

export interface BotCommand {
  command: string;
  description: string;
}

export interface Persona {
  key: string;
  label: string;
  telegramId: number;
  firstName: string;
  username?: string;
  description?: string;
}

/** Someone who has talked to the bot before (a seeded demo user): their chat exists from the start. */
export interface KnownUser {
  id: number;
  first_name: string;
  username?: string;
}

export interface SimLogger {
  info(o: object | string, msg?: string): void;
}
