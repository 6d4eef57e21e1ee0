// The little of Decap CMS's browser API the admin script uses: the CMS global, React's
// createElement (window.h) and create-react-class (window.createClass), and Immutable maps.
export interface Immutable {
  get(key: string | number): unknown;
  getIn(path: readonly (string | number)[]): unknown;
  set(key: string | number, value: unknown): Immutable;
  setIn(path: readonly (string | number)[], value: unknown): Immutable;
  toJS(): unknown;
}

export interface WidgetProps {
  value: unknown;
  onChange: (value: unknown) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  field: Immutable;
  collection: Immutable;
  getEntry?: () => Immutable;
  entry: Immutable;
  [key: string]: unknown;
}

export interface PreviewProps {
  entry: Immutable;
  collection?: Immutable;
  value?: unknown;
  field?: Immutable;
}

export type Element = unknown;
export type Child = Element | string | number | null | undefined | false | readonly Child[];
export type Component = unknown;

interface Cms {
  registerWidget(name: string, control: Component, preview?: Component): void;
  registerPreviewTemplate(collection: string, component: Component): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerEventListener(listener: { name: string; handler: (data: { entry: Immutable }) => unknown }): void;
  registerLocale(locale: string, phrases: unknown): void;
  getLocale(locale: string): unknown;
  getWidget(name: string): { control: Component; preview?: Component } | undefined;
  init(options?: unknown): void;
}

interface ClassSpec<S> {
  getInitialState?(this: Instance<S>): S;
  componentDidMount?(this: Instance<S>): void;
  componentDidUpdate?(this: Instance<S>, previous: WidgetProps): void;
  componentWillUnmount?(this: Instance<S>): void;
  isValid?(this: Instance<S>): boolean | { error: { message: string } };
  render(this: Instance<S>): Element;
  [method: string]: unknown;
}

export interface Instance<S> {
  props: WidgetProps;
  state: S;
  setState(update: Partial<S>): void;
  [key: string]: unknown;
}

declare global {
  interface Window {
    CMS: Cms;
    CMS_MANUAL_INIT?: boolean;
    h: (type: unknown, props?: Record<string, unknown> | null, ...children: Child[]) => Element;
    createClass: <S>(spec: ClassSpec<S>) => Component;
  }
}

/** React.createElement, as Decap exposes it. */
export const h = (type: unknown, props?: Record<string, unknown> | null, ...children: Child[]): Element => window.h(type, props ?? null, ...children);

export const createClass = <S>(spec: ClassSpec<S> & ThisType<Instance<S>>): Component => window.createClass(spec);

/** Plain data out of a Decap value (an Immutable structure, or already plain). */
export function plain(value: unknown): unknown {
  return value !== null && typeof value === 'object' && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as Immutable).toJS() : value;
}

/** The entry being edited, fresh (getEntry), as plain data, with its collection's folder. */
export function currentEntry(props: WidgetProps): { data: unknown; folder: string; collection: string } {
  const entry = props.getEntry?.() ?? props.entry;
  return {
    data: plain(entry?.get('data')),
    folder: String(props.collection?.get('folder') ?? ''),
    collection: String(props.collection?.get('name') ?? ''),
  };
}
