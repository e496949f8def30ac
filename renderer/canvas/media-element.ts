/**
 * Stops a media element and lets go of it: the connection and the decoder are dropped now
 * rather than at garbage collection, and the element leaves the page.
 */
export function releaseMediaElement(element: HTMLMediaElement): void {
  element.pause();
  element.removeAttribute('src');
  element.load();
  element.remove();
}
