// Shared by several ego rule files.

export const BRIDGE = 'What would it take to make this work for both of us?';
