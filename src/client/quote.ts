/**
 * Quoting a passage, loaded by src/client/quote-loader.ts on the first selection in the author's
 * text or the first press of a paragraph's Quote… button. Selecting the author's words (in one
 * paragraph, across several, or in a table) shows the Quote control below the selection
 * (quote-control.ts); each paragraph's Quote… button opens the same dialog (quote-dialog.ts) with
 * the whole paragraph, narrowed by sentences. The passage is quote-passage.ts, its link
 * quote-link.ts, its words quote-text.ts.
 */
import './quote-control.ts';
import { openQuote } from './quote-dialog.ts';
import { PARAGRAPH, textPassage } from './quote-passage.ts';
import { sentencesOf, textModel, trimmed } from './quote-text.ts';

/** Follows the selection from now on: the page's one <quote-control>. */
export function start(): void {
  if (!document.querySelector('quote-control')) document.body.append(document.createElement('quote-control'));
}

/** A paragraph's Quote… button: the dialog with the whole paragraph, to narrow by sentences. */
export function quoteParagraph(button: HTMLButtonElement): void {
  const block = button.closest<HTMLElement>(PARAGRAPH);
  if (!block) return;
  const model = textModel(block);
  const whole = trimmed(model, 0, model.text.length);
  const passage = textPassage([{ model, ...whole }]);
  if (passage) void openQuote(passage, { model, sentences: sentencesOf(model) }, button);
}
