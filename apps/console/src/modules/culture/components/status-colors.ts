/** The colour of each event status, the same in the list, the calendar and the event page. */
export const STATUS_COLORS = {
  planned: 'default',
  confirmed: 'blue',
  held: 'green',
  reported: 'cyan',
  postponed: 'gold',
  cancelled: 'red',
} as const;
