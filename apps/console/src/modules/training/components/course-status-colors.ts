/** The colour of each course status, the same in the course list and on the course page. */
export const STATUS_COLORS = {
  planned: 'default',
  open: 'blue',
  'in-progress': 'gold',
  completed: 'green',
  cancelled: 'red',
} as const;
