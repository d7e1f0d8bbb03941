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

/**
 * Like useOpenParam for a link that asks for an action (`?new=patrol&alert=…`): calls
 * `onAction` once with the trigger's value and the `extra` parameters present, then takes them
 * all off the address.
 */
export function useActionParam(
  trigger: string,
  extra: readonly string[],
  onAction: (value: string, extras: Record<string, string>) => void,
): void {
  const [params, setParams] = useSearchParams();
  const value = params.get(trigger);
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    if (!value) return;
    const extras: Record<string, string> = {};
    for (const k of extra) {
      const v = params.get(k);
      if (v) extras[k] = v;
    }
    handler.current(value, extras);
    setParams(
      (p) => {
        for (const k of [trigger, ...extra]) p.delete(k);
        return p;
      },
      { replace: true },
    );
  }, [value, params, trigger, extra, setParams]);
}
