/** The webview unsupported.js found too old for the bundles ('trident' | 'edgehtml'), if any: then they do nothing. */
export function unsupportedWebview(): string | null {
  const v = (window as unknown as { __cchcUnsupported?: unknown }).__cchcUnsupported;
  return typeof v === 'string' ? v : null;
}

/** window.localStorage, or undefined where reading it throws (storage blocked). */
export function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
