import type { Database } from './database.types';

/** The SQL API functions by name, with their arguments and result rows (generated types). */
export type RpcName = keyof Database['public']['Functions'];
export type RpcArgs<F extends RpcName> = Database['public']['Functions'][F]['Args'];
export type RpcRows<F extends RpcName> = Database['public']['Functions'][F]['Returns'];
export type DatabaseEnums = Database['public']['Enums'];
