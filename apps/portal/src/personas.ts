// The demo's sign-in: the reference server's `/dev/personas` (only served by `serve --demo` outside production)
// hands out a dev token for every seeded clinician and patient account (a patient by masked name, never an ID
// number). The choice survives a reload in sessionStorage — the token only, never patient data.
import type { Schemas } from '@yilian/sdk';

export interface Persona {
  /** The token's subject: a clinician, or a patient account (`pat_…`) with the role `patient`. */
  clinicianId: string;
  name: string;
  institutionId: string;
  role: Schemas['Role'];
  token: string;
}

/** The default persona: 王芳, referring neurologist at 沧州市中心医院. */
export const DEFAULT_CLINICIAN_ID = 'cln_cz_neuro_wang';

const STORAGE_KEY = 'yilian-portal.token';

export async function fetchPersonas(signal: AbortSignal): Promise<Persona[]> {
  const response = await fetch('/dev/personas', { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`/dev/personas answered ${response.status}`);
  }
  const body = (await response.json()) as { items: Persona[] };
  return body.items;
}

/** The clinician (`sub`) of a JWT, read without verifying it (the server verifies). */
function subjectOf(token: string): string | undefined {
  try {
    const payload = token.split('.')[1];
    if (!payload) {
      return undefined;
    }
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const sub: unknown = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' ? sub : undefined;
  } catch {
    return undefined;
  }
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The persona chosen earlier in this tab, else the default one, else the first. */
export function initialPersona(personas: Persona[]): Persona | undefined {
  const stored = storage()?.getItem(STORAGE_KEY);
  const remembered = stored ? subjectOf(stored) : undefined;
  return (
    personas.find((p) => p.clinicianId === remembered) ??
    personas.find((p) => p.clinicianId === DEFAULT_CLINICIAN_ID) ??
    personas[0]
  );
}

export function rememberPersona(persona: Persona): void {
  storage()?.setItem(STORAGE_KEY, persona.token);
}
