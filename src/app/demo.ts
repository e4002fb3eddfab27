import { createContext, useContext } from 'react';

// What the embedded mock API offers the console in the demo: personas to switch between,
// and a way to reset the demo's data. Null against a real deployment.
export interface DemoPersona {
  id: string;
  label: string;
  role: string;
  email: string;
  name: string;
  apiKey: string;
}

export interface DemoControls {
  personas: readonly DemoPersona[];
  reset: () => void;
  /**
   * Before signing in as a persona: issues their demo key again if it was deleted (as they
   * would make a new key in the web app). Returns why they cannot sign in, or null.
   */
  preparePersona: (personaId: string) => string | null;
  /** Another tab of the demo changed the organization; returns the unsubscribe. */
  onExternalChange: (listener: () => void) => () => void;
  /** Set when the mock could not start (service workers blocked, insecure origin). */
  unavailable: string | null;
}

export const DemoContext = createContext<DemoControls | null>(null);

export function useDemo(): DemoControls | null {
  return useContext(DemoContext);
}
