// A link inside the app for the rows of long lists: an <a> whose click the router follows, as RouterLink's does,
// without a RouterLink instance (which resolves its route and tracks whether it is active, for every row).
import { h, type FunctionalComponent } from 'vue';
import { useRouter } from 'vue-router';

interface LightLinkProps {
  /** An address inside the app, such as `/program/startups/<id>`. */
  to: string;
}

/** A click the browser should handle itself: another tab or window, a download, or one already handled. */
function leftToBrowser(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0) return true;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return true;
  const target = (event.currentTarget as Element | null)?.getAttribute('target');
  return target != null && target !== '_self';
}

const LightLink: FunctionalComponent<LightLinkProps> = (props, { slots }) => {
  const router = useRouter();
  const follow = (event: MouseEvent) => {
    if (leftToBrowser(event)) return;
    event.preventDefault();
    void router.push(props.to);
  };
  return h('a', { href: props.to, onClick: follow }, slots.default?.());
};

LightLink.displayName = 'LightLink';
LightLink.props = { to: { type: String, required: true } };

export default LightLink;
