import type { DependencyList } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';

/** The state of one asynchronous load: what a widget shows as loading, error or content. */
export type AsyncState<TData> =
  | { status: 'loading'; data: TData | undefined; error: undefined }
  | { status: 'success'; data: TData; error: undefined }
  | { status: 'error'; data: TData | undefined; error: unknown };

/**
 * Runs `load` when `deps` change and keeps its latest outcome; `reload()` runs it again. Results of a load that was
 * overtaken by a newer one are dropped (its signal is aborted). Stays `loading` during server rendering, where
 * effects do not run.
 * @param load - receives an AbortSignal to pass on to the SDK
 * @param deps - when to load again
 * @example const me = useAsync((signal) => client.me({ signal }), [client]);
 */
export function useAsync<TData>(load: (signal: AbortSignal) => Promise<TData>, deps: DependencyList) {
  const [state, setState] = useState<AsyncState<TData>>({
    status: 'loading',
    data: undefined,
    error: undefined,
  });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', data: previous.data, error: undefined }));
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) {
          setState({ status: 'success', data, error: undefined });
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState((previous) => ({ status: 'error', data: previous.data, error }));
        }
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps decide when to reload
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
