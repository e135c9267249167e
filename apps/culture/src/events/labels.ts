/** Event types as a person reads them, [Vietnamese, English]: the iCal feed's categories, the exports. */
export const TYPE_LABELS = {
  festival: ['Lễ hội', 'Festival'],
  'art-performance': ['Biểu diễn nghệ thuật', 'Art performance'],
  exhibition: ['Triển lãm', 'Exhibition'],
  'trade-tourism-fair': ['Hội chợ thương mại, du lịch', 'Trade and tourism fair'],
  'sports-exchange': ['Giao lưu thể thao', 'Sports exchange'],
  'asean-corner': ['Góc ASEAN', 'ASEAN corner'],
  conference: ['Hội nghị, hội thảo', 'Conference'],
  'culture-week': ['Tuần văn hóa', 'Culture week'],
  'mass-art-programme': ['Văn nghệ quần chúng', 'Mass art programme'],
} as const;
