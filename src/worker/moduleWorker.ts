// Starting a module worker, also where the page's origin is opaque: a frame sandboxed
// without allow-same-origin (a course page's embed), where storage is refused too. There
// the browser refuses a worker script from the app's own address (to an opaque origin every
// address is another origin), but runs a worker from a data: URL, which then imports that
// script. The import is a CORS request: the host must send Access-Control-Allow-Origin (as
// static hosts such as GitHub Pages do); the module scripts of the page itself need it too.

/** A module worker running the script at `url` (from Vite's `?worker&url` import). */
export function startModuleWorker(url: string): Worker {
  const href = new URL(url, location.href).href;
  try {
    return new Worker(href, { type: 'module' });
  } catch (e) {
    if (!(e instanceof DOMException && e.name === 'SecurityError')) throw e;
    const trampoline = `import ${JSON.stringify(href)};`;
    return new Worker(`data:text/javascript,${encodeURIComponent(trampoline)}`, {
      type: 'module',
    });
  }
}
