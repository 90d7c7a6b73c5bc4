/** What a reader is told when the page number asked for is not one of the paper's journal pages. */
export const pageRangeMessage = (asked: string, first: string | number, last: string | number) =>
  `There is no journal page ${asked} in this paper: its pages are ${first}–${last}.`;
