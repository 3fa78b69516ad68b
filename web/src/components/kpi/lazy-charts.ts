// The board's charts, loaded with chart.js only when shown; while they load, a skeleton of the chart's height holds
// its place (the page must not jump).
import { defineAsyncComponent, h } from 'vue';
import Skeleton from 'primevue/skeleton';

export const KpiYearChart = defineAsyncComponent({
  loader: () => import('./KpiYearChart.vue'),
  loadingComponent: () => h(Skeleton, { height: '17rem' }),
  delay: 0,
});

export const KpiBarChart = defineAsyncComponent({
  loader: () => import('./KpiBarChart.vue'),
  // The loading component receives the chart's own props, so the skeleton has the chart's height.
  loadingComponent: (props: { height?: string }) => h(Skeleton, { height: props.height ?? '15rem' }),
  delay: 0,
});
