import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type {
  EmulationMovement,
  EmulationRound,
  ModelRoundState,
  ModelState,
} from '@/features/models/api/models';
import type { Schema } from '@/lib/api/schema-types';

const ROUND_COLORS: Record<ModelRoundState, string> = {
  REGISTERED: 'default',
  IN_PROGRESS: 'blue',
  REPORTED: 'cyan',
  SUBMITTED: 'geekblue',
  RETURNED: 'orange',
  NOT_PASSED: 'red',
  APPRAISED: 'lime',
  RECOGNIZED: 'green',
  EXEMPLARY: 'gold',
  PROPOSED_FOR_COMMENDATION: 'purple',
  COMMENDED: 'magenta',
  PROPOSED_UPWARD: 'volcano',
};

export function RoundStateTag({ state }: { state: ModelRoundState }) {
  const { t } = useTranslation(['translation', 'models']);
  return (
    <Tag color={ROUND_COLORS[state]} data-testid="round-state">
      {t(`models:roundState.${state}`)}
    </Tag>
  );
}

export function ModelStateTag({ state }: { state: ModelState }) {
  const { t } = useTranslation(['translation', 'models']);
  return (
    <Tag color={state === 'DISCONTINUED' ? 'default' : state === 'ACTIVE' ? 'green' : 'blue'}>
      {t(`models:modelState.${state}`)}
    </Tag>
  );
}

export function MarkTag({ mark }: { mark: Schema<'ModelRoundMark'> }) {
  const { t } = useTranslation(['translation', 'models']);
  return (
    <Tag color={mark === 'WEAK' ? 'orange' : mark === 'MAINTAINED' ? 'green' : 'default'}>
      {t(`models:mark.${mark}`)}
    </Tag>
  );
}

/** What the round still needs from the model's organization, or nothing. */
export type RoundNeed = 'start' | 'report' | 'submit' | 'complete';

export function roundNeed(state: ModelRoundState | undefined): RoundNeed | undefined {
  switch (state) {
    case 'REGISTERED':
      return 'start';
    case 'IN_PROGRESS':
      return 'report';
    case 'REPORTED':
      return 'submit';
    case 'RETURNED':
      return 'complete';
    default:
      return undefined;
  }
}

/** Every round of a movement, newest first. */
export function roundsOf(movement: EmulationMovement | undefined): EmulationRound[] {
  return (movement?.periods ?? [])
    .flatMap((period) => period.rounds)
    .sort((a, b) => b.year - a.year || b.registrationFrom.localeCompare(a.registrationFrom));
}

/** The round open for registration today, else the newest one already begun, else the newest. */
export function currentRound(
  movement: EmulationMovement | undefined,
  today = dayjs().format('YYYY-MM-DD'),
): EmulationRound | undefined {
  const rounds = roundsOf(movement);
  return (
    rounds.find((r) => r.registrationFrom <= today && today <= r.registrationTo) ??
    rounds.find((r) => r.registrationFrom <= today) ??
    rounds[0]
  );
}

/** Whether a round takes registrations today. */
export function isRegistrationOpen(round: EmulationRound, today = dayjs().format('YYYY-MM-DD')) {
  return round.registrationFrom <= today && today <= round.registrationTo;
}
