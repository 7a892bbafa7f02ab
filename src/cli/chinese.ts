import { Help, InvalidArgumentError, type Command } from 'commander';
import { eastAsianWidth } from 'get-east-asian-width';

/** commander's help headings, as the rest of the CLI speaks. */
const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '通用选项：',
};

/** commander's usage errors, in Chinese; a message not listed passes as it came. */
const ERRORS: [RegExp, (...groups: string[]) => string][] = [
  [/^error: unknown option '([^']*)'(?:\s*\(Did you mean (.*)\?\))?/, (flag, hint) => `错误：没有选项 ${flag}${hint ? `（是不是 ${hint}？）` : ''}`],
  [/^error: unknown command '([^']*)'(?:\s*\(Did you mean (.*)\?\))?/, (name, hint) => `错误：没有命令 ${name}${hint ? `（是不是 ${hint}？）` : ''}`],
  [/^error: missing required argument '([^']*)'/, (name) => `错误：缺少参数 ${name}`],
  [/^error: option '([^']*)' argument missing/, (flags) => `错误：选项 ${flags} 需要一个值`],
  [/^error: option '([^']*)' cannot be used with option '([^']*)'/, (a, b) => `错误：选项 ${a} 与 ${b} 不能同时使用`],
  [/^error: too many arguments.*/, () => '错误：参数太多'],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
    (flags, value, choices) => `错误：选项 ${flags} 的值 ${value} 无效，可选：${choices}`,
  ],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. (.*)/, (flags, value, why) => `错误：选项 ${flags} 的值 ${value} 无效：${why}`],
];

export function chineseError(message: string): string {
  for (const [pattern, say] of ERRORS) {
    const match = pattern.exec(message);
    if (match) return `${say(...match.slice(1))}\n`;
  }
  return message;
}

const placeholders = (usage: string): string => usage.replace('[options]', '[选项]').replace('[command]', '[命令]');

/**
 * The columns a line of help takes in a terminal, each character by its East Asian width. The
 * help is the tool's own words, Chinese and ASCII, with no emoji or escapes for string-width's
 * handling of them, whose load (60 ms, its emoji pattern) every run paid.
 */
function columns(text: string): number {
  let width = 0;
  for (const character of text) width += eastAsianWidth(character.codePointAt(0)!);
  return width;
}

/** The root command's help and errors in Chinese; subcommands inherit the settings they are made from. */
export function inChinese(command: Command): Command {
  return command
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .configureHelp({
      styleTitle: (title) => TITLES[title] ?? title,
      // A Chinese character takes two columns: help lines up by what the terminal shows.
      displayWidth: columns,
      // commander writes [options] and [command] into usage lines itself.
      commandUsage: (cmd) => placeholders(Help.prototype.commandUsage.call(new Help(), cmd)),
      subcommandTerm: (cmd) => placeholders(Help.prototype.subcommandTerm.call(new Help(), cmd)),
    });
}

/** `--jobs`: a positive whole number. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('应为正整数');
  return n;
}

/** `--file-timeout` and the sizes: a positive number. */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('应为正数');
  return n;
}
