type FilterToggleProps = {
  /** What the table shows, e.g. the level's name. */
  label: string;
  /** What a screen reader hears before the label, e.g. "Filtra per livello Giallo". */
  action: string;
  pressed: boolean;
  onToggle: () => void;
  className?: string;
};

/** A row label that sets or clears a dashboard filter, so the table works as the chart does. */
export function FilterToggle({ label, action, pressed, onToggle, className }: FilterToggleProps) {
  return (
    <button
      type="button"
      className={className ? `btn btn-link p-0 ${className}` : 'btn btn-link p-0'}
      aria-pressed={pressed}
      onClick={onToggle}
    >
      <span className="visually-hidden">{action}: </span>
      <span aria-hidden="true">{label}</span>
    </button>
  );
}
