/**
 * Whether text is a web page, without loading the HTML parser: most input is plain text, and
 * it must not pay for parse5.
 */
const HTML_START = /^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<table|<div|<p[\s>]|<span|<!--)/i;
const TAGS = /<\/(?:p|td|tr|div|table)>|<br\s*\/?>/gi;

/** Text that is a web page: it starts like one, or is full of block tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return HTML_START.test(head) || (head.match(TAGS)?.length ?? 0) >= 8;
}
