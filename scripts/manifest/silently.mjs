/**
 * Runs `task` with console.log muted: Office's tools (office-addin-dev-certs, the manifest converter)
 * narrate each step on stdout, and the caller says once what matters.
 */
export async function silently(task) {
  const log = console.log;
  console.log = () => {};
  try {
    return await task();
  } finally {
    console.log = log;
  }
}
