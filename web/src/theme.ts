// PrimeVue Aura with a calm deep-teal primary; shades chosen so white text on primary meets WCAG AA.
// Rendered to CSS at build time (web/build/prebuilt-theme.ts); only the dev server loads the preset in the browser.
import { definePreset } from '@primeuix/themes';
import Aura from '@primeuix/themes/aura';

/** A solid button of one colour, dark enough for white text (shades 700 → 900). */
function solidButton(colour: 'red' | 'orange') {
  return {
    background: `{${colour}.700}`,
    hoverBackground: `{${colour}.800}`,
    activeBackground: `{${colour}.900}`,
    borderColor: `{${colour}.700}`,
    hoverBorderColor: `{${colour}.800}`,
    activeBorderColor: `{${colour}.900}`,
    focusRing: { color: `{${colour}.700}`, shadow: 'none' },
  };
}

/** How the preset is applied: light only, no CSS layers (the app's own CSS is not layered either). */
export const THEME_OPTIONS = { darkModeSelector: false, cssLayer: false };

export const LaunchpadPreset = definePreset(Aura, {
  semantic: {
    primary: {
      50: '{cyan.50}',
      100: '{cyan.100}',
      200: '{cyan.200}',
      300: '{cyan.300}',
      400: '{cyan.400}',
      500: '{cyan.500}',
      600: '{cyan.600}',
      700: '{cyan.700}',
      800: '{cyan.800}',
      900: '{cyan.900}',
      950: '{cyan.950}',
    },
    colorScheme: {
      light: {
        primary: {
          color: '{primary.800}',
          contrastColor: '#ffffff',
          hoverColor: '{primary.900}',
          activeColor: '{primary.950}',
        },
        highlight: {
          background: '{primary.50}',
          focusBackground: '{primary.100}',
          color: '{primary.900}',
          focusColor: '{primary.950}',
        },
      },
    },
  },
  // Aura's muted greys and red-600 fall under 4.5:1 on their tinted backgrounds; darken them one step.
  components: {
    togglebutton: {
      colorScheme: {
        light: { root: { color: '{surface.600}' }, icon: { color: '{surface.600}' } },
      },
    },
    message: {
      colorScheme: {
        light: {
          error: { color: '{red.700}', simple: { color: '{red.700}' }, outlined: { color: '{red.700}' } },
          warn: { color: '{yellow.800}', simple: { color: '{yellow.800}' }, outlined: { color: '{yellow.800}' } },
          success: { color: '{green.800}', simple: { color: '{green.800}' }, outlined: { color: '{green.800}' } },
        },
      },
    },
    // Aura's red-500 and orange-500 buttons carry white text at 3.8:1 and 2.8:1: one shade darker passes 4.5:1.
    button: {
      colorScheme: {
        light: {
          root: {
            danger: solidButton('red'),
            warn: solidButton('orange'),
          },
          outlined: {
            secondary: { color: '{surface.700}', borderColor: '{surface.300}' },
            danger: { color: '{red.700}', borderColor: '{red.300}' },
            warn: { color: '{orange.700}', borderColor: '{orange.300}' },
          },
          text: { danger: { color: '{red.700}' }, warn: { color: '{orange.700}' } },
        },
      },
    },
  },
});
