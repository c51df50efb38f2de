export { canEditDetails, canManageBoard, activeMembership } from "./access.ts";
export {
  renameCoop,
  setLegalNumber,
  setUnits,
  setPosition,
  removeMember,
  leaveCoop,
  setCoopStatus,
  type EditResult,
  type LeaveResult,
} from "./edit.ts";
export { proposeHandover, decideHandover, type ProposeResult, type DecideResult } from "./handover.ts";
export { coopHistory, type HistoryEntry } from "./history.ts";
