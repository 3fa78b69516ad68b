// How a stage looks as a tag: its colour and, for a graduate, a star. StageTag draws one; the startup table draws
// one per row from these without a component instance each.
import type { Stage } from '../../api/generated/graphql';

export function stageSeverity(stage: Stage): string {
  switch (stage) {
    case 'CONNECTION':
      return 'secondary';
    case 'INCUBATION':
      return 'info';
    case 'PLATFORM_BUILDING':
      return 'warn';
    case 'SCALING_UP':
    case 'GRADUATED':
      return 'success';
    default:
      return 'danger';
  }
}

export function stageIcon(stage: Stage): string | undefined {
  return stage === 'GRADUATED' ? 'pi pi-star' : undefined;
}
