// Shared by several defensive rule files.

export const COUNTER_BLAME_UNLESS = [
  '(not|never) your (fault|mistake|error)',
  '(sorry|apologies|apologise|apologize) (for|about) (my|our) (mistake|error)',
  'that (was|is) (my|our) (mistake|fault|error)',
  'your (own)? (mistake|error) (is|was)? (understandable|easy to make|no problem)',
];
