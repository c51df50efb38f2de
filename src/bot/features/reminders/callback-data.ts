// The reminder's "Isi laporan" button: "rml:<coopId>:<period>" (defined with the card the job renders).
export { reminderCb } from "../../../messages/reminder-card.ts";
