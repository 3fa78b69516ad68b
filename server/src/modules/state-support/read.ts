// The StateSupportEntry as GraphQL reads it: a startup's support, the overview and a recording all list entries
// through stateSupportEntryView (service.ts computes the totals and the double-support warnings from them).
import type { SupportKind } from '../../graphql/generated';
import type { StateSupport } from './entities';

export interface StateSupportEntryView {
  id: string;
  startupId: string;
  kind: SupportKind;
  source: string;
  legalBasis: string;
  amount: bigint;
  hours: number | null;
  date: string;
  costRef: string | null;
  note: string | null;
  createdAt: Date;
}

export function stateSupportEntryView(e: StateSupport): StateSupportEntryView {
  return {
    id: e.id,
    startupId: e.startup.id,
    kind: e.kind,
    source: e.source,
    legalBasis: e.legalBasis,
    amount: BigInt(e.amount),
    hours: e.hours ?? null,
    date: e.date,
    costRef: e.costRef ?? null,
    note: e.note ?? null,
    createdAt: e.createdAt,
  };
}

/** Two or more entries of one startup for one cost (its reference compared on letters and digits only). */
export interface DoubleSupportWarningView {
  startupId: string;
  startupName: string;
  costRef: string;
  entries: StateSupportEntryView[];
  amount: bigint;
}

export interface RecordedStateSupportView {
  entry: StateSupportEntryView;
  warning: DoubleSupportWarningView | null;
}
