import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The record a link asks a register page to open (`?open=<id>`, from the today board): calls
 * `onOpen` once with the id and takes the parameter off the address, so closing the drawer and
 * coming back does not open it again.
 */
export function useOpenParam(onOpen: (id: string) => void): void {
  const [params, setParams] = useSearchParams();
  const id = params.get('open');
  const handler = useRef(onOpen);
  useEffect(() => {
    handler.current = onOpen;
  });
  useEffect(() => {
    if (!id) return;
    handler.current(id);
    setParams(
      (p) => {
        p.delete('open');
        return p;
      },
      { replace: true },
    );
  }, [id, setParams]);
}
