/** The selected province's heading: the list moves focus there after a choice. */
export const SELECTED_PROVINCE_HEADING_ID = 'selected-province-heading';
