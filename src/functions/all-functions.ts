/**
 * Every WRES.* function, in functions.md's order: the list the generator, the help page and the pane read.
 * The declarations are re-exported for registered.ts, the functions Excel calls.
 */
import type { DeclaredFunction } from "./declaration";
import { ETHNIC_GROUP } from "./classification";
import { MODEL_EMPLOYER_GOAL } from "./model-employer";
import { BAND_TABLE, GROUP_COUNTS } from "./record-level";
import {
  APPOINTMENT_RL,
  DISCIPLINARY_RL,
  RELATIVE_LIKELIHOOD,
  RL_CI,
  RL_STATUS,
  SHORTFALL,
  TRAINING_RL,
} from "./relative-likelihood";
import { BOARD_GAP, REPRESENTATION, REPRESENTATION_GAP } from "./representation";
import { NATIONAL, TREND } from "./trend";

export const ALL_FUNCTIONS: readonly DeclaredFunction[] = [
  RELATIVE_LIKELIHOOD,
  APPOINTMENT_RL,
  DISCIPLINARY_RL,
  TRAINING_RL,
  RL_CI,
  RL_STATUS,
  SHORTFALL,
  REPRESENTATION,
  REPRESENTATION_GAP,
  BOARD_GAP,
  ETHNIC_GROUP,
  TREND,
  NATIONAL,
  GROUP_COUNTS,
  BAND_TABLE,
  MODEL_EMPLOYER_GOAL,
];

export * from "./classification";
export * from "./model-employer";
export * from "./record-level";
export * from "./relative-likelihood";
export * from "./representation";
export * from "./trend";
