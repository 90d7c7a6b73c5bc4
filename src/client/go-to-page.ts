/** What a reader is told when the page number asked for is not one of the paper's journal pages. */
export const pageRangeMessage = (asked: string, first: string | number, last: string | number) =>
  `There is no journal page ${asked} in this paper: its pages are ${first}–${last}.`;

/** The "Go to journal page" forms (src/components/GoToPage.astro): straight to the page's place, or a message naming both bounds. */
export function enhanceGoToPageForms(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-go-to-page]')) {
    const input = form.querySelector<HTMLInputElement>('input[name="n"]')!;
    const targets = JSON.parse(form.dataset['targets'] ?? '{}') as Record<string, string>;
    // The browser's own message for a number out of range names one bound; this one names both.
    input.addEventListener('input', () =>
      input.setCustomValidity(input.value && !targets[input.value] ? pageRangeMessage(input.value, input.min, input.max) : ''),
    );
    form.addEventListener('submit', (event) => {
      const target = targets[input.value];
      if (!target) return;
      event.preventDefault();
      window.location.href = target;
    });
  }
}
