// Replays a startup's funding rounds and exits, in date order, into exact ownership fractions.
// Dilution itself is the shared rule (applyRound); this file only names the holders and orders events.
import {
  applyRound,
  compareVietnamese,
  makeStake,
  stakeBp,
  ZERO_STAKE,
  type FundingRoundInput,
  type Stake,
} from '@launchpad/shared';

export type HolderKind = 'FOUNDERS' | 'FUND' | 'OTHER_FUND' | 'PRIVATE';
export interface Holder {
  key: string;
  kind: HolderKind;
  name: string;
  fundId: string | null;
}

export const FOUNDERS: Holder = { key: 'founders', kind: 'FOUNDERS', name: 'Nhà sáng lập', fundId: null };

export function fundHolderKey(fundId: string): string {
  return `fund:${fundId}`;
}

export function holderOf(p: { kind: Exclude<HolderKind, 'FOUNDERS'>; fundId: string | null; name: string }): Holder {
  if (p.kind === 'FUND' && p.fundId)
    return { key: fundHolderKey(p.fundId), kind: 'FUND', name: p.name, fundId: p.fundId };
  return { key: `${p.kind}:${p.name}`, kind: p.kind, name: p.name, fundId: null };
}

export type CapTableEvent =
  | {
      type: 'ROUND';
      date: string;
      seq: number;
      preMoney: bigint;
      participations: { holder: Holder; amount: bigint }[];
    }
  | { type: 'EXIT'; date: string; seq: number; fundId: string; buyer: Holder | null };

export interface CapTableState {
  holders: Map<string, Holder>;
  stakes: Map<string, Stake>;
  invested: Map<string, bigint>;
  lastPostMoney: bigint | null;
}

export function emptyCapTable(): CapTableState {
  return { holders: new Map(), stakes: new Map(), invested: new Map(), lastPostMoney: null };
}

function addStake(a: Stake, b: Stake): Stake {
  return makeStake(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** The shared rule's view of a round: holder keys and amounts. */
export function roundInput(event: Extract<CapTableEvent, { type: 'ROUND' }>): FundingRoundInput {
  return {
    preMoney: event.preMoney,
    participations: event.participations.map((p) => ({ holder: p.holder.key, amount: p.amount })),
  };
}

/** Applies one event; before the first round the founders own everything. */
export function applyEvent(state: CapTableState, event: CapTableEvent): CapTableState {
  const holders = new Map(state.holders);
  const invested = new Map(state.invested);
  if (event.type === 'ROUND') {
    let stakes = state.stakes;
    if (stakes.size === 0) {
      stakes = new Map([[FOUNDERS.key, makeStake(1n, 1n)]]);
      holders.set(FOUNDERS.key, FOUNDERS);
    }
    const next = applyRound(stakes, roundInput(event));
    let raised = 0n;
    for (const p of event.participations) {
      holders.set(p.holder.key, p.holder);
      invested.set(p.holder.key, (invested.get(p.holder.key) ?? 0n) + p.amount);
      raised += p.amount;
    }
    return { holders, stakes: next, invested, lastPostMoney: event.preMoney + raised };
  }
  // An exit passes the fund's whole stake to its buyer; a write-off (no buyer) leaves it in place at zero value.
  if (!event.buyer) return { ...state, holders, invested };
  const key = fundHolderKey(event.fundId);
  const stake = state.stakes.get(key);
  if (!stake) return { ...state, holders, invested };
  const stakes = new Map(state.stakes);
  stakes.delete(key);
  holders.set(event.buyer.key, event.buyer);
  stakes.set(event.buyer.key, addStake(stakes.get(event.buyer.key) ?? ZERO_STAKE, stake));
  return { holders, stakes, invested, lastPostMoney: state.lastPostMoney };
}

export function sortEvents(events: CapTableEvent[]): CapTableEvent[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
}

export function replay(events: CapTableEvent[]): CapTableState {
  return sortEvents(events).reduce(applyEvent, emptyCapTable());
}

export interface CapTableRow {
  holder: Holder;
  stake: Stake;
  stakeBp: number;
  invested: bigint;
}

/** Rows by descending stake, then name. */
export function capTableRows(state: CapTableState): CapTableRow[] {
  const rows: CapTableRow[] = [];
  for (const [key, stake] of state.stakes) {
    rows.push({
      holder: state.holders.get(key)!,
      stake,
      stakeBp: stakeBp(stake),
      invested: state.invested.get(key) ?? 0n,
    });
  }
  return rows.sort((a, b) => {
    const diff = b.stake.num * a.stake.den - a.stake.num * b.stake.den;
    return diff > 0n ? 1 : diff < 0n ? -1 : compareVietnamese(a.holder.name, b.holder.name);
  });
}
