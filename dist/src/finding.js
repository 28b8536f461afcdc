export const SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
