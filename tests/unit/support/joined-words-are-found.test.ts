/** The scan for words run together at element boundaries finds them, and nothing else. */
import { describe, expect, it } from 'vitest';
import { joinedWords } from '../../support/joined-words.ts';

const words = (html: string) => joinedWords(`<!doctype html><html><body>${html}</body></html>`).map((j) => j.words);

describe('joinedWords', () => {
  it('finds a word run into a link, a label or a marker', () => {
    expect(words('<p>listed in the<a href="/">data notes</a>.</p>')).toEqual(['thedata']);
    expect(words('<p>direction<span class="sr-only">Start of journal page </span>35</p>')).toEqual(['directionStart']);
    expect(words('<p><span class="page-marker">p. 34<span> inferred</span></span>Secondly, pipeline</p>')).toEqual(['inferredSecondly']);
    expect(words('<p><a>Cite</a><button hidden>Quote…</button></p>')).toEqual(['CiteQuote']);
  });

  it('does not count words that a space, a block or a line break sets apart', () => {
    expect(words('<p>listed in the <a href="/">data notes</a>.</p>')).toEqual([]);
    expect(words('<p>a paragraph</p><p>another</p><ul><li>one</li><li>two</li></ul>')).toEqual([]);
    expect(words('<table><tr><td>12</td><td>34</td></tr></table>')).toEqual([]);
    expect(words('<p>one<br>two</p>')).toEqual([]);
    expect(words('<p>Sino-<a>Kazakh</a> and <a>China</a>’s</p>')).toEqual([]);
  });

  it('does not read what the browser does not render', () => {
    expect(words('<p>word<script>var x</script>word<template><b>t</b></template></p>')).toEqual(['wordword']);
    expect(words('<p><span>Search</span><kbd style="display: none;"><kbd>Ctrl</kbd></kbd></p>')).toEqual([]);
  });
});
