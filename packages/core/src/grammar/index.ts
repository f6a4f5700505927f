/**
 * Grammar for the span rules: the verb chain after a modal, passives,
 * agents and actors (`mr/hidden-actor`), hedges and the obligation/goal
 * test (`mr/vague-commitment`). Pure functions over analysed sentences.
 */
export { findHiddenActor, type HiddenActorFinding } from "./hidden-actor.js";
export { findHedges, type HedgeMatch } from "./hedges.js";
export { isObligationOrGoal } from "./obligation.js";
