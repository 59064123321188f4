import type { RiskLevel } from '@domain';

// Bootstrap Italia's success, warning and danger tones: each has at least 3:1 contrast on
// white, as WCAG 1.4.11 asks of chart marks. Colour is never the only cue: tables repeat it.
export const LEVEL_COLORS: Record<RiskLevel, string> = {
  green: '#008055',
  amber: '#a66300',
  red: '#cc334d',
};

export const SERIES_COLORS = ['#0066cc', '#5c6f82', '#008055', '#a66300'] as const;
