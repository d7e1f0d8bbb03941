import { AutoComplete } from 'antd';
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactElement,
  type ReactNode,
} from 'react';

export interface TypeAheadOption {
  /** Unique among the hits; what the list selects by. */
  key: string;
  label: ReactNode;
}

interface Props<H> {
  /** The text in the box (typed, or what a pick put there). */
  value: string;
  onChange: (text: string) => void;
  /** Hits for the trimmed text; answers to texts the clerk has typed past are dropped. */
  search: (q: string) => Promise<readonly H[]>;
  option: (hit: H) => TypeAheadOption;
  /** Enter on the highlighted hit, or a click on any hit. */
  onPick: (hit: H) => void;
  notFoundContent?: ReactNode;
  style?: CSSProperties;
  /** The input inside (antd Input or Input.Search), with its test id and aria label. */
  children: ReactElement;
}

/**
 * The one keyboard habit of every type-ahead at the desk (the header search, the unit
 * pickers): the first hit is highlighted as soon as the hits show, Enter picks the highlighted
 * one, ↓/↑ move the highlight. antd's AutoComplete highlights nothing by default, so Enter did
 * nothing in one place and ↓ Enter took the second hit where the first looked chosen. Enter
 * typed faster than the search answers takes the first hit once it comes. A pick shuts the list
 * at once: rc-select shuts it only a macrotask later, and an Enter typed in between (the clerk
 * moving on) went to the closing list instead of to the next field.
 */
export function TypeAhead<H>(props: Props<H>) {
  const { value, onChange, search, option, onPick, notFoundContent, style, children } = props;
  const [found, setFound] = useState<{ q: string; hits: readonly H[] }>({ q: '', hits: [] });
  // The list's open state, as rc-select asks for it, but shut by a pick without its delay.
  const [open, setOpen] = useState(false);
  const latest = useRef(0);
  const q = value.trim();
  // Only the answer to what is typed now is shown.
  const hits = q && found.q === q ? found.hits : [];
  // Callers pass a fresh function each render; the search reruns only when the text changes.
  const searchRef = useRef(search);
  useLayoutEffect(() => {
    searchRef.current = search;
  });

  // Enter pressed before the hits for the text came back: the first hit is taken when they do.
  const pendingEnter = useRef<string | null>(null);
  const pickRef = useRef(onPick);
  useLayoutEffect(() => {
    pickRef.current = onPick;
  });

  useEffect(() => {
    const ticket = ++latest.current;
    if (!q) return;
    void searchRef.current(q).then((result) => {
      if (ticket !== latest.current) return;
      setFound({ q, hits: result });
      const first = result[0];
      if (pendingEnter.current === q && first !== undefined) pickRef.current(first);
      pendingEnter.current = null;
    });
  }, [q]);

  const options = hits.map((h) => {
    const o = option(h);
    return { value: o.key, label: o.label };
  });

  return (
    <AutoComplete
      value={value}
      style={style}
      options={options}
      open={open}
      onOpenChange={setOpen}
      defaultActiveFirstOption
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing && q && found.q !== q)
          pendingEnter.current = q;
      }}
      onChange={(text: string) => onChange(text ?? '')}
      onSelect={(key: string) => {
        setOpen(false);
        const hit = hits.find((h) => option(h).key === key);
        if (hit !== undefined) onPick(hit);
      }}
      notFoundContent={q && found.q === q ? notFoundContent : null}
      // Which text the list answers, for tests that must not act on an earlier keystroke's list.
      popupRender={(menu) => <div data-typeahead-q={found.q}>{menu}</div>}
    >
      {children}
    </AutoComplete>
  );
}
