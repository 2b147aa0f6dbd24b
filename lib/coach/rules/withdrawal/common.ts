// Shared by several withdrawal rule files.

export const NO_POINT_UNLESS = [
  '(no|little) point (of contact|person)',
  'there is no point in (rushing|waiting|sending|paying)',
  "it (doesn't|does not) matter (which|what|when|who|whether|if|to me which|to us which)",
  'matter (to you|which)',
  'move on to (the|our|item|next)',
];

/** The look-alike of the old `withdrawal.checked-out` bin. */
export const CHECKED_OUT_UNLESS = ["(don't|do not) worry about it #WeI (will|ll|can) (sort|handle|fix|cover)"];
