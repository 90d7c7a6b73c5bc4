/**
 * The filter forms of the indexes (agreements table, timeline): hidden without JavaScript, shown
 * here, calling `update` whenever a field changes or the form is reset; never submitted.
 */
export function wireFilterForm(form: HTMLFormElement, update: () => void): void {
  form.hidden = false;
  form.addEventListener('input', update);
  // the reset event fires before the fields are reset
  form.addEventListener('reset', () => setTimeout(update));
  form.addEventListener('submit', (event) => event.preventDefault());
}
