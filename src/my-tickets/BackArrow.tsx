/** Arrow of a Back button; the stylesheet mirrors it in right-to-left layouts. */
export function BackArrow() {
  return (
    <span aria-hidden="true" data-slot="my-tickets-back-icon">
      ←
    </span>
  );
}
