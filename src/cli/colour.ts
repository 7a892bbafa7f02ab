export interface ColourSwitches {
  /** commander's --color / --no-color: true, false, or undefined when neither was given. */
  flag: boolean | undefined;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

/** One switch for colour: chalk itself reads neither NO_COLOR nor our flags. */
export function useColour({ flag, isTTY, env }: ColourSwitches): boolean {
  if (flag !== undefined) return flag;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return isTTY && env['TERM'] !== 'dumb';
}
