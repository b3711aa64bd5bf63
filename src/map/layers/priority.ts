import type { LayerPriority } from '../interaction-router';
import { NETWORK_SITE_LAYER_ID, PARTNERSHIP_LAYER_ID, SEEKER_LAYER_ID } from './network';
import { PROVINCE_FILL_LAYER_ID } from './provinces';

/**
 * Which layer a click or hover belongs to when several lie under the pointer: a partnership beats
 * the site it meets at, any point beats the province around it.
 */
export const LAYER_PRIORITY: LayerPriority = {
  [PARTNERSHIP_LAYER_ID]: 30,
  [SEEKER_LAYER_ID]: 20,
  [NETWORK_SITE_LAYER_ID]: 20,
  [PROVINCE_FILL_LAYER_ID]: 10,
};
