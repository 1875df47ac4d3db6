import lawJson from '../../flows/law.json' with { type: 'json' };
import type { Law } from '../flow/schema.ts';

/** The ids are the JSON's own keys, so an id the registry does not have fails `tsc`. */
type LawJson = typeof lawJson;
export type RuleId = keyof LawJson['rules'];
export type CitationId = keyof LawJson['citations'];
export type ChannelId = keyof LawJson['channels'];

type Registry = {
  rules: Record<RuleId, Law['rules'][string]>;
  citations: Record<CitationId, Law['citations'][string] & { rule: RuleId }>;
  channels: Record<ChannelId, Law['channels'][string]>;
};

/**
 * The citation registry every piece of advice cites from. The keys come from the JSON; the values'
 * shapes (a kind, a status of P or S…) are the schema's, which the tests hold the JSON to.
 */
export const law = lawJson as Registry;

export const isCitationId = (id: string): id is CitationId => Object.hasOwn(law.citations, id);
export const isChannelId = (id: string): id is ChannelId => Object.hasOwn(law.channels, id);

/**
 * Ids read from the flow data, as registry ids. The tests hold the data to the registry, so none is
 * dropped in practice; one that slipped through is left out (never a crashed screen) and reported
 * in development.
 */
export const citationIds = (ids: readonly string[]): CitationId[] => known(ids, isCitationId, 'citation');
export const channelIds = (ids: readonly string[]): ChannelId[] => known(ids, isChannelId, 'channel');

function known<Id extends string>(ids: readonly string[], isId: (id: string) => id is Id, kind: string): Id[] {
  return ids.filter((id): id is Id => isId(id) || reportUnknown(kind, id));
}

/** Says in development that an id is not in the registry; always false, so it can end a filter. */
export function reportUnknown(kind: string, id: string): false {
  if (import.meta.env.DEV) console.error(`Unknown ${kind} id "${id}": it is not in flows/law.json`);
  return false;
}
