// PrimeVue's Tag as its markup and classes (the prebuilt theme styles them), without a PrimeVue component
// instance: lists and tables show dozens of tags, and each PrimeVue instance costs its pass-through and style
// machinery when it mounts — most of a phone's time on the startup list's first render.
import { h, type FunctionalComponent } from 'vue';
// Links the tag's prebuilt CSS with this module (web/build/prebuilt-theme.ts).
import 'primevue/tag/style';

interface TagProps {
  value?: string | number | null;
  /** secondary, info, success, warn, danger or contrast, as PrimeVue's Tag takes it. */
  severity?: string | null;
  icon?: string;
  rounded?: boolean;
}

const LightTag: FunctionalComponent<TagProps> = (props, { slots }) =>
  h(
    'span',
    { class: ['p-tag p-component', props.severity && `p-tag-${props.severity}`, props.rounded && 'p-tag-rounded'] },
    [
      props.icon ? h('span', { class: ['p-tag-icon', props.icon], 'aria-hidden': 'true' }) : null,
      slots.default
        ? slots.default()
        : props.value != null
          ? h('span', { class: 'p-tag-label' }, String(props.value))
          : null,
    ],
  );

LightTag.displayName = 'Tag';
LightTag.props = { value: [String, Number], severity: String, icon: String, rounded: Boolean };

export default LightTag;
